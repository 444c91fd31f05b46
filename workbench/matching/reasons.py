"""Why the engine suggests a pair, and what it warns about: every reason and flag as a message (workbench.messages).

`suggest --json` prints each reason's English text under `reasons` and its code under `reason_codes` (same order);
the interface shows them in its language. Labels and words quoted in a reason are the entries' own.
"""

from __future__ import annotations

from workbench.messages import Joined, Message, Template, Word

SAME_LABEL = Template("reason.same-label", "same label")
SAME_STEM = Template("reason.same-stem", "same stem {stems}")
SHARED_WORDS = Template("reason.shared-words", "shared words {words}")
SIMILAR_SPELLING = Template("reason.similar-spelling", "similar spelling ({percent}%)")
SIMILAR_WORDS = Template("reason.similar-words", "similar words {pairs}")
WORD_PAIR = Template("reason.word-pair", "'{first}' / '{second}'")
SAME_COMPOUND = Template("reason.same-compound", "same compound '{first}' / '{second}'")
ABBREVIATION = Template("reason.abbreviation", "abbreviation {text}")
ALTERNATIVE_LABEL = Template("reason.alternative-label", "alternative label '{text}'")
LANGUAGE_LABEL = Template("reason.language-label", "{language} label '{text}'")
SYNONYMS = Template("reason.synonyms", "synonyms '{word}' / '{partner}' (labels of one entry swap them)")
ROLE_AND_ACTIVITY = Template("reason.role-and-activity", "but one names a role, the other an activity")
CODE_SPELLED_OUT = Template("reason.code-spelled-out", "code '{code}' spelled out")
DEFINITIONS_SHARE = Template("reason.definitions-share", "definitions share {phrases}")
LINKED_THROUGH = Template("reason.linked-through", "linked through {ref} (both mapped)")
PARENTS_MAPPED = Template("reason.parents-mapped", "parents mapped")
CHILDREN_MAPPED = Template("reason.children-mapped", "children mapped")
PARENTS_ELSEWHERE = Template("reason.parents-elsewhere", "parents matched elsewhere")
LINKS_CORRESPONDING = Template("reason.links-corresponding", "links corresponding classes")
LINKS_REVERSED = Template("reason.links-reversed", "links the same classes the other way round")
DOMAIN_OR_RANGE = Template("reason.domain-or-range", "domain or range mapped")
MEANING_ALIKE = Template("reason.meaning-alike", "the definitions say much the same (meaning {similarity})")
MEANING_CARRIED = Template(
    "reason.meaning-carried", "carried by meaning: the definitions say much the same ({similarity})"
)
FALSE_FRIEND = Template("reason.false-friend", "same name; the definitions differ ({why})")
SUCCESSOR = Template("reason.successor", "'{old}' was renamed or replaced by '{new}'")
SUCCESSOR_OF = Template("reason.successor-of", "successor of '{label}', which matches as well")
CATEGORIES_APART = Template("reason.categories-apart", "different kinds of entry: {first} / {second}")

# The signs that two entries of one name mean different things (inside FALSE_FRIEND's "why").
DEFINITIONS_APART = Template("sign.definitions-apart", "the definitions share little")
OUTRANKED = Template("sign.outranked", "each framework's definition fits other entries better")
KINDS_APART = Template("sign.kinds-apart", "different kinds: {first} / {second}")


def quoted(words: list[str] | tuple[str, ...]) -> tuple[str, ...]:
    """Words of the entries, each in quotes, as the reasons show them."""
    return tuple(f"'{word}'" for word in words)


def language_label(lang: str, text: str) -> Message:
    return LANGUAGE_LABEL(language=Word("language", lang.split("-")[0]), text=text)


def false_friend(signs: list[Message]) -> Message:
    return FALSE_FRIEND(why=Joined(tuple(signs), "; "))
