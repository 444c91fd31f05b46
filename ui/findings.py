"""The checks' findings in the interface language.

The Qt-free core (workbench/checks.py) writes each finding in English from a fixed pattern, read back through
`CoreMessages`: references, labels, counts and lists stay as they are, a relation word among them is translated.
tests/test_ui_findings.py checks that every finding the checks write is known.
"""

from __future__ import annotations

from ui.core_messages import CoreMessages
from ui.models import relation_word
from ui.translations import QT_TRANSLATE_NOOP, translate
from workbench.checks import Severity

_SEVERITY_WORDS = {
    Severity.ERROR: QT_TRANSLATE_NOOP("Findings", "error"),
    Severity.WARNING: QT_TRANSLATE_NOOP("Findings", "warning"),
    Severity.INFO: QT_TRANSLATE_NOOP("Findings", "info"),
}


def severity_text(severity: Severity) -> str:
    return translate("Findings", _SEVERITY_WORDS[severity])


_REF = r"(\S+)"
FINDINGS = CoreMessages(
    "Findings",
    (
        (
            rf"{_REF} (\w+) {_REF}, but {_REF} is marked 'not a match' for {_REF}",
            QT_TRANSLATE_NOOP("Findings", "{0} {1} {2}, but {3} is marked 'not a match' for {4}"),
        ),
        (
            rf"{_REF} is marked 'not a match' for {_REF}, but exact/close decisions join them into one concept",
            QT_TRANSLATE_NOOP(
                "Findings", "{0} is marked 'not a match' for {1}, but exact/close decisions join them into one concept"
            ),
        ),
        (
            rf"{_REF} is marked 'not a match' for {_REF}, but both are members of concept (.+)",
            QT_TRANSLATE_NOOP("Findings", "{0} is marked 'not a match' for {1}, but both are members of concept {2}"),
        ),
        (
            rf"{_REF} (\w+) {_REF}, but exact/close decisions join them into one concept",
            QT_TRANSLATE_NOOP("Findings", "{0} {1} {2}, but exact/close decisions join them into one concept"),
        ),
        (
            rf"{_REF} (\w+) {_REF}, but {_REF} (\w+) {_REF}",
            QT_TRANSLATE_NOOP("Findings", "{0} {1} {2}, but {3} {4} {5}"),
        ),
        (
            r"broader/narrower decisions go round in a circle through (\d+) entries: (.+)",
            QT_TRANSLATE_NOOP("Findings", "broader/narrower decisions go round in a circle through {0} entries: {1}"),
        ),
        (
            r"(\d+) entries of (\S+) are joined by exact matches into one concept: (.+)",
            QT_TRANSLATE_NOOP("Findings", "{0} entries of {1} are joined by exact matches into one concept: {2}"),
        ),
        (
            r"(\d+) entries of (\S+) are exact members of (.+) into one concept: (.+)",
            QT_TRANSLATE_NOOP("Findings", "{0} entries of {1} are exact members of {2} into one concept: {3}"),
        ),
        (
            r"concept (.+) has no members left; the decisions that formed it were withdrawn",
            QT_TRANSLATE_NOOP(
                "Findings", "concept {0} has no members left; the decisions that formed it were withdrawn"
            ),
        ),
        (
            r"process (.+) is named after who does it; name what happens instead",
            QT_TRANSLATE_NOOP("Findings", "process {0} is named after who does it; name what happens instead"),
        ),
        (
            r"process (.+) is named after a tool; name what happens instead",
            QT_TRANSLATE_NOOP("Findings", "process {0} is named after a tool; name what happens instead"),
        ),
        (
            r"process (.+) does not read as an activity \(a verb, or a noun like 'management' or 'planning'\)",
            QT_TRANSLATE_NOOP(
                "Findings",
                "process {0} does not read as an activity (a verb, or a noun like 'management' or 'planning')",
            ),
        ),
        (
            r"process (.+) has no trigger: say what starts it",
            QT_TRANSLATE_NOOP("Findings", "process {0} has no trigger: say what starts it"),
        ),
        (
            r"process (.+) has no outcome: say what the customer gets from it",
            QT_TRANSLATE_NOOP("Findings", "process {0} has no outcome: say what the customer gets from it"),
        ),
        (r"process (.+) has no activities", QT_TRANSLATE_NOOP("Findings", "process {0} has no activities")),
        (
            r"activity (.+) in (.+) does not read as an activity \(start it with a verb\)",
            QT_TRANSLATE_NOOP("Findings", "activity {0} in {1} does not read as an activity (start it with a verb)"),
        ),
        (
            r"one activity occurs (\d+) times in the model: (.+)",
            QT_TRANSLATE_NOOP("Findings", "one activity occurs {0} times in the model: {1}"),
        ),
        (
            r"(.+) \((\S+)\) and (.+) \((\S+)\) are decided as one, but may be false friends: (.+)",
            QT_TRANSLATE_NOOP("Findings", "{0} ({1}) and {2} ({3}) are decided as one, but may be false friends: {4}"),
        ),
        (
            r"(\d+) activities of (\S+) belong to no process: (.+)",
            QT_TRANSLATE_NOOP("Findings", "{0} activities of {1} belong to no process: {2}"),
        ),
        (
            r"(\S+): (\d+) of (\d+) entries \((\d+%)\) covered — (\d+) mapped, (\d+) only in the unified model, "
            r"(\d+) excluded; (\d+) not yet",
            QT_TRANSLATE_NOOP(
                "Findings",
                "{0}: {1} of {2} entries ({3}) covered — {4} mapped, {5} only in the unified model, {6} excluded; "
                "{7} not yet",
            ),
        ),
    ),
    part=relation_word,
)


def known(message: str) -> bool:
    return FINDINGS.known(message)


def finding_text(message: str) -> str:
    """One finding's message in the interface language."""
    return FINDINGS.text(message)
