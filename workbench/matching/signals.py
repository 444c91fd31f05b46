"""Evidence beyond spelling: meaning, the catalogue's categories, false friends, and which side is broader.

The reasons these signals give are messages of workbench.matching.reasons.
"""

from __future__ import annotations

import re

from workbench.domain import EntryRecord, Kind
from workbench.matching import reasons as because
from workbench.messages import Message, Word

FALSE_FRIEND = "same-label-different-meaning"
"""The flag of a pair whose names agree but whose meanings do not."""


# --- meaning ------------------------------------------------------------------------------------------------------

MEANING_LOW, MEANING_HIGH = 0.0, 0.7
"""Cosines of whole-text vectors centred on the run's mean (embeddings.build_index): at or below LOW the texts
share nothing beyond what all texts of the run share (half of all cross-framework pairs of bundled entries are
above it), at HIGH they say the same (about 1 pair in 7,000)."""
MEANING_WEIGHT = 0.9
"""The most a meaning alone adds to a pair: kept below 1 so a pair found by meaning only is a candidate to
review, ranked among the label matches, not a sure match."""
UNRELATED_FLOOR = 0.6
"""Factor on the label score of two entries whose texts are unrelated (cosine at or below DEMOTE_LOW): a shared
generic word ("management"), a learned synonym or a similar spelling is then weak evidence."""
DEMOTE_LOW, DEMOTE_HIGH = -0.05, 0.2
"""Centred cosines: about 3 in 10 cross-framework pairs of bundled entries are at or below LOW, 6 in 100 above HIGH."""


MEANING_SAID = 0.4
"""A centred meaning this close is worth a reason of its own (about 1 pair of bundled entries in 200 is)."""


def meaning_score(cosine: float) -> float:
    # Plain arithmetic: this runs for every scored pair, and numpy's clip on one number costs 20 times more.
    return MEANING_WEIGHT * min(max((cosine - MEANING_LOW) / (MEANING_HIGH - MEANING_LOW), 0.0), 1.0)


def label_factor(cosine: float) -> float:
    """How much of a label score stands when the texts are this alike: all of it from DEMOTE_HIGH up."""
    share = min(max((cosine - DEMOTE_LOW) / (DEMOTE_HIGH - DEMOTE_LOW), 0.0), 1.0)
    return UNRELATED_FLOOR + (1.0 - UNRELATED_FLOOR) * share


# --- categories ---------------------------------------------------------------------------------------------------

FAMILIES = {
    "role": "role", "organisation": "role", "forum": "role",
    "practice": "practice", "process": "practice", "technique": "practice", "event": "practice",
    "activity": "practice", "value-stream": "practice",
    "artefact": "artefact", "tool": "artefact",
    "metric": "metric", "measure": "metric",
    "principle": "principle", "value": "principle",
}
"""The catalogue's categories grouped into the kinds of thing that can never be the same entry: a role, a
practice, an artefact, a metric and a principle. Concepts, models, dimensions and the rest fit any of them."""
CATEGORY_BONUS = 0.1
"""Added to the meaning score of two entries of one family, taken from two of different families."""
CATEGORIES_APART = 0.9
"""Factor on the score of two entries of different families: still shown, below two of one family."""


def family(record: EntryRecord) -> str:
    return FAMILIES.get(record.category, "")


def families_apart(first: EntryRecord, second: EntryRecord) -> bool:
    a, b = family(first), family(second)
    return bool(a and b and a != b)


def families_alike(first: EntryRecord, second: EntryRecord) -> bool:
    a = family(first)
    return bool(a and a == family(second))


# --- false friends ------------------------------------------------------------------------------------------------

DEFINITIONS_APART = 0.62
"""Definition cosine below which two definitions are taken to say different things."""
OUTRANKED = 15
"""A definition that finds this many of the other framework's entries closer than the namesake has found no
namesake: the other framework means something else by the word."""
EVIDENCE_NEEDED = 2
"""Two independent signs of a different meaning make a false friend; one alone (a different category, a looser
definition) is common between true synonyms of two frameworks."""


def false_friend_reasons(
    first: EntryRecord, second: EntryRecord, definition_cosine: float, rank: int
) -> list[Message]:
    """The signs that two entries of the same name mean different things; a false friend has EVIDENCE_NEEDED."""
    signs = []
    if definition_cosine < DEFINITIONS_APART:
        signs.append(because.DEFINITIONS_APART())
    if rank > OUTRANKED:
        signs.append(because.OUTRANKED())
    if first.kind is not Kind.ACTIVITY and first.kind != second.kind:
        signs.append(because.KINDS_APART(first=Word("kind", first.kind.value), second=Word("kind", second.kind.value)))
    elif first.category and second.category and first.category != second.category and not (
        families_alike(first, second)
    ):
        signs.append(because.KINDS_APART(first=Word("category", first.category),
                                         second=Word("category", second.category)))
    return signs


# --- direction ----------------------------------------------------------------------------------------------------

_CONJUNCTION = re.compile(r"\b(and|or|och|eller)\b|&|/", re.IGNORECASE)


def joins_several(label: str) -> bool:
    """ "Assess and authorise the change" names two steps: it covers more than "Authorise the change"."""
    return bool(_CONJUNCTION.search(label))
