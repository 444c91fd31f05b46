"""Rules for reading labels: how two labels are judged "the same", and whether a process or activity name
says what happens (USM's first and second requirements for a process) rather than who or what tool does it.

The rules are deliberately simple heuristics, stated here so a reader can predict them:

- `normalise`: case-folded, text in parentheses dropped ("Contract management (USM)"), punctuation turned
  into spaces, a leading "the"/"a"/"an" dropped, and a plural "s" taken off the last word (not "ss", "us",
  "is"), so "Incidents" and "the incident" compare equal.
- `names_a_role`: the last word is a word for people or a group (manager, owner, team, board, desk, ...).
- `names_a_tool`: the last word is a word for a tool (tool, system, database, portal, ...), or any word is
  the name of a well-known product (CMDB, Jira, ServiceNow, ...).
- `reads_as_activity`: the first word is a verb we know (a list of verbs common in process names and in the
  bundled frameworks' activities (the refresh proposes unified activities named after them), plus words
  ending in -ise/-ize/-ify/-ate), or the last word is an activity noun (ending in -ment, -ing, -tion, -sion,
  -ance, -ence, -ure, -sis, -ery, -al, or one of a few listed nouns such as "review" or "control").
"""

from __future__ import annotations

import re

_PARENTHESES = re.compile(r"\([^)]*\)")
_NON_WORD = re.compile(r"[^\w]+")
_ARTICLES = ("the", "a", "an")

ROLE_WORDS = frozenset(
    "manager managers owner owners team teams board boards desk office committee council architect architects "
    "engineer engineers analyst analysts lead leader leaders coach master steward agent agents officer "
    "department unit staff customer supplier sponsor champion".split()
)
TOOL_WORDS = frozenset(
    "tool tools tooling system systems database databases portal platform software spreadsheet dashboard "
    "wiki application repository".split()
)
PRODUCT_WORDS = frozenset("cmdb jira servicenow topdesk confluence sharepoint excel remedy".split())

VERBS = frozenset(
    """
    accept achieve acquire adapt add adjust agree align allocate analyse analyze apply approve arrange assess
    assign assure audit authorise authorize automate build calculate capture change check choose classify
    close collect commission communicate compare complete conclude configure confirm connect consolidate
    control coordinate correct create decide define deliver deploy design detect determine develop diagnose
    direct discover document draft embed enable engage ensure escalate establish estimate evaluate execute
    explore fix forecast fulfil fulfill gather govern handle hand identify implement improve inform inspect
    install integrate investigate involve issue launch learn log maintain manage measure merge monitor
    negotiate notify observe onboard operate optimise optimize order organise organize perform plan prepare
    prioritise prioritize procure provide publish receive record recover refine register release remove
    repair replace report request resolve respond restore retire review run scale schedule secure select
    set settle ship solve specify start stop support sustain test track train transfer transition triage
    update upgrade validate verify visualise visualize
    account act address appoint catalog catalogue charge commit declare describe discuss empower enhance explain
    focus follow form hold keep make map mark present prevent produce propose protect provision prototype reach
    recap recommend recruit renew reorder rework route share shine sort store take treat tune unblock understand
    use walk write
    """.split()
)
ACTIVITY_NOUNS = frozenset(
    """
    review control support design delivery recovery analysis audit change release triage response repair
    research discovery intake refinement retrospective demo planning sync standup handover onboarding
    """.split()
)
ACTIVITY_SUFFIXES = ("ment", "ing", "tion", "sion", "ance", "ence", "ure", "sis", "ery", "al")
VERB_SUFFIXES = ("ise", "ize", "ify", "ate")


def words(text: str) -> list[str]:
    return [word for word in _NON_WORD.split(_PARENTHESES.sub(" ", text).casefold()) if word]


def _singular(word: str) -> str:
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def normalise(text: str) -> str:
    """The comparison key of a label (see the module notes)."""
    parts = words(text)
    if len(parts) > 1 and parts[0] in _ARTICLES:
        parts = parts[1:]
    if parts:
        parts[-1] = _singular(parts[-1])
    return " ".join(parts)


def display_form(text: str) -> str:
    """A label cleaned for showing: parenthesised qualifiers removed, spaces tidied, first letter capital."""
    cleaned = " ".join(_PARENTHESES.sub(" ", text).split()) or text.strip()
    return cleaned[:1].upper() + cleaned[1:]


def names_a_role(text: str) -> bool:
    parts = words(text)
    return bool(parts) and parts[-1] in ROLE_WORDS


def names_a_tool(text: str) -> bool:
    parts = words(text)
    return bool(parts) and (parts[-1] in TOOL_WORDS or any(part in PRODUCT_WORDS for part in parts))


def reads_as_activity(text: str) -> bool:
    parts = words(text)
    if not parts:
        return False
    first, last = parts[0], _singular(parts[-1])
    if first in VERBS or (len(first) > 4 and first.endswith(VERB_SUFFIXES)):
        return True
    return last in ACTIVITY_NOUNS or (len(last) > 4 and last.endswith(ACTIVITY_SUFFIXES))
