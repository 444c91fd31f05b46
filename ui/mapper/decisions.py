"""The decisions a person can take about a pair, their keys, and how each reads as a sentence about two entries.

Shared by the mapper and the workshop, so both offer the same keys and say the same thing.
"""

from __future__ import annotations

from ui.translations import QT_TRANSLATE_NOOP
from workbench.domain import Predicate

DECISION_KEYS: list[tuple[str, Predicate | None, str, str]] = [
    (
        "1",
        Predicate.EXACT,
        QT_TRANSLATE_NOOP("Mapper", "Exact"),
        QT_TRANSLATE_NOOP("Mapper", "Exact match: the two mean the same"),
    ),
    (
        "2",
        Predicate.CLOSE,
        QT_TRANSLATE_NOOP("Mapper", "Close"),
        QT_TRANSLATE_NOOP("Mapper", "Close match: nearly the same, interchangeable in most uses"),
    ),
    (
        "3",
        Predicate.BROADER,
        QT_TRANSLATE_NOOP("Mapper", "Broader"),
        QT_TRANSLATE_NOOP("Mapper", "Broader: the candidate is the wider notion"),
    ),
    (
        "4",
        Predicate.NARROWER,
        QT_TRANSLATE_NOOP("Mapper", "Narrower"),
        QT_TRANSLATE_NOOP("Mapper", "Narrower: the candidate is the more specific notion"),
    ),
    (
        "5",
        Predicate.RELATED,
        QT_TRANSLATE_NOOP("Mapper", "Related"),
        QT_TRANSLATE_NOOP("Mapper", "Related: associated, but not a match"),
    ),
    (
        "X",
        None,
        QT_TRANSLATE_NOOP("Mapper", "Not a match"),
        QT_TRANSLATE_NOOP("Mapper", "Not a match: never suggest this pair again"),
    ),
]
