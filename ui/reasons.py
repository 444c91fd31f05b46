"""The matching engine's reasons in the interface language.

The Qt-free core writes each reason in English from a fixed pattern ("shared words 'incident'"); read back
through `CoreMessages`, a Swedish workshop reads "gemensamma ord 'incident'". The quoted parts are the entries'
own words and stay as they are. tests/test_ui_reasons.py checks that every reason the engine gives on the
bundled frameworks is known.
"""

from __future__ import annotations

from collections.abc import Iterable

from ui.core_messages import CoreMessages
from ui.translations import QT_TRANSLATE_NOOP

REASONS = CoreMessages(
    "Reasons",
    (
        (r"same label", QT_TRANSLATE_NOOP("Reasons", "same label")),
        (r"same stem (.+)", QT_TRANSLATE_NOOP("Reasons", "same stem {0}")),
        (r"shared words (.+)", QT_TRANSLATE_NOOP("Reasons", "shared words {0}")),
        (r"similar spelling \((\d+)%\)", QT_TRANSLATE_NOOP("Reasons", "similar spelling ({0}%)")),
        (r"similar words (.+)", QT_TRANSLATE_NOOP("Reasons", "similar words {0}")),
        (r"same compound (.+) / (.+)", QT_TRANSLATE_NOOP("Reasons", "same compound {0} / {1}")),
        (r"abbreviation (.+)", QT_TRANSLATE_NOOP("Reasons", "abbreviation {0}")),
        (r"alternative label (.+)", QT_TRANSLATE_NOOP("Reasons", "alternative label {0}")),
        (r"Swedish label (.+)", QT_TRANSLATE_NOOP("Reasons", "Swedish label {0}")),
        (r"English label (.+)", QT_TRANSLATE_NOOP("Reasons", "English label {0}")),
        (r"German label (.+)", QT_TRANSLATE_NOOP("Reasons", "German label {0}")),
        (r"French label (.+)", QT_TRANSLATE_NOOP("Reasons", "French label {0}")),
        (r"Dutch label (.+)", QT_TRANSLATE_NOOP("Reasons", "Dutch label {0}")),
        (r"(\S+) label (.+)", QT_TRANSLATE_NOOP("Reasons", "label in {0}: {1}")),
        (
            r"synonyms (.+) / (.+) \(labels of one entry swap them\)",
            QT_TRANSLATE_NOOP("Reasons", "synonyms {0} / {1} (labels of one entry swap them)"),
        ),
        (
            r"but one names a role, the other an activity",
            QT_TRANSLATE_NOOP("Reasons", "but one names a role, the other an activity"),
        ),
        (r"code (.+) spelled out", QT_TRANSLATE_NOOP("Reasons", "code {0} spelled out")),
        (r"definitions share (.+)", QT_TRANSLATE_NOOP("Reasons", "definitions share {0}")),
        (r"linked through (.+) \(both mapped\)", QT_TRANSLATE_NOOP("Reasons", "linked through {0} (both mapped)")),
        (r"parents mapped", QT_TRANSLATE_NOOP("Reasons", "parents mapped")),
        (r"children mapped", QT_TRANSLATE_NOOP("Reasons", "children mapped")),
        (r"parents matched elsewhere", QT_TRANSLATE_NOOP("Reasons", "parents matched elsewhere")),
        (r"links corresponding classes", QT_TRANSLATE_NOOP("Reasons", "links corresponding classes")),
        (
            r"links the same classes the other way round",
            QT_TRANSLATE_NOOP("Reasons", "links the same classes the other way round"),
        ),
        (r"domain or range mapped", QT_TRANSLATE_NOOP("Reasons", "domain or range mapped")),
        (
            r"carried by meaning: the definitions say much the same \(([\d.]+)\)",
            QT_TRANSLATE_NOOP("Reasons", "carried by meaning: the definitions say much the same ({0})"),
        ),
        (
            r"the definitions say much the same \(meaning ([\d.]+)\)",
            QT_TRANSLATE_NOOP("Reasons", "the definitions say much the same (meaning {0})"),
        ),
        (
            r"same name; the definitions differ \((.+)\)",
            QT_TRANSLATE_NOOP("Reasons", "same name; the definitions differ ({0})"),
        ),
        (
            r"different kinds of entry: (\S+) / (\S+)",
            QT_TRANSLATE_NOOP("Reasons", "different kinds of entry: {0} / {1}"),
        ),
    ),
)


def known(reason: str) -> bool:
    return REASONS.known(reason)


def reason_text(reason: str) -> str:
    """One reason of the engine in the interface language."""
    return REASONS.text(reason)


def reasons_text(reasons: Iterable[str], separator: str = "; ") -> str:
    return separator.join(reason_text(reason) for reason in reasons)
