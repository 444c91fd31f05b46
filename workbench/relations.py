"""Relations read as sentences about two entries, so nobody has to remember which way "broader" points.

`skos:broadMatch` from A to B says B is the broader notion. A button labelled "Broader" left people guessing
(issue 15: the wrong direction was picked twice in an hour); "SAFe “Capacity” is broader than ITIL 4
“Capacity”" does not. The mapper's buttons, the workshop, the Decisions tab and the stakeholder workbook all
say it this way.
"""

from __future__ import annotations

from workbench.domain import Predicate
from workbench.messages import Message, Template

SENTENCES = {
    "exact": Template(
        "relation.sentence.exact", "{subject_framework} “{subject}” means the same as {object_framework} “{object}”"
    ),
    "close": Template(
        "relation.sentence.close",
        "{subject_framework} “{subject}” means nearly the same as {object_framework} “{object}”",
    ),
    "broader": Template(
        "relation.sentence.broader", "{object_framework} “{object}” is broader than {subject_framework} “{subject}”"
    ),
    "narrower": Template(
        "relation.sentence.narrower",
        "{object_framework} “{object}” is narrower than {subject_framework} “{subject}”",
    ),
    "related": Template(
        "relation.sentence.related", "{subject_framework} “{subject}” is related to {object_framework} “{object}”"
    ),
    "not a match": Template(
        "relation.sentence.not-a-match",
        "{subject_framework} “{subject}” is not a match for {object_framework} “{object}”",
    ),
}


def relation_key(predicate: Predicate, negated: bool) -> str:
    """The relation as the core names it in every language: "exact" ... "related", or "not a match"."""
    return "not a match" if negated else predicate.short


def relation_sentence(
    predicate: Predicate,
    negated: bool,
    subject: str,
    subject_framework: str,
    object: str,
    object_framework: str,
) -> Message:
    """The decision "subject predicate object" as a sentence naming both entries with their frameworks."""
    return SENTENCES[relation_key(predicate, negated)](
        subject=subject, subject_framework=subject_framework, object=object, object_framework=object_framework
    )
