"""The words of the domain, as plain immutable values shared by every part of the core.

Importers (the bundled catalogue, spreadsheets, ontologies) produce `FrameworkData`; the store turns it into
rows and hands back `EntryRecord` and `MappingRecord` values, so callers never hold database sessions.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import Any

from workbench.errors import ParseError
from workbench.messages import Message, Template, vocabulary

UNKNOWN_PREDICATE = Template(
    "predicate.unknown", "unknown predicate '{text}': use one of {names} (or their skos: names)"
)
NOT_A_REF = Template(
    "ref.invalid", "'{text}' is not a reference: write FRAMEWORK:ENTRY, e.g. itil4:incident-management"
)


class Kind(StrEnum):
    TERM = "term"
    PROCESS = "process"
    ACTIVITY = "activity"


class Status(StrEnum):
    """Where an entry stands in its framework's history (catalogue provenance)."""

    CURRENT = "current"
    RENAMED = "renamed"
    """The framework still has the idea under another name, given by the entry's successors."""
    HISTORICAL = "historical"
    """An earlier edition had it; the current one dropped or replaced it."""


class LabelKind(StrEnum):
    PREFERRED = "pref"
    ALTERNATIVE = "alt"
    ABBREVIATION = "abbrev"


class Predicate(StrEnum):
    EXACT = "skos:exactMatch"
    CLOSE = "skos:closeMatch"
    BROADER = "skos:broadMatch"
    NARROWER = "skos:narrowMatch"
    RELATED = "skos:relatedMatch"

    @classmethod
    def parse(cls, text: str) -> Predicate:
        """Accept the CURIE, the SKOS local name or the short word a person would type ("exact")."""
        wanted = text.strip()
        for predicate in cls:
            if wanted in (predicate.value, predicate.local_name, predicate.short):
                return predicate
        raise ParseError(UNKNOWN_PREDICATE(text=text, names=tuple(p.short for p in cls)))

    @property
    def local_name(self) -> str:
        return self.value.split(":", 1)[1]

    @property
    def short(self) -> str:
        return _SHORT[self]

    @property
    def inverse(self) -> Predicate:
        return _INVERSE.get(self, self)


_SHORT = {
    Predicate.EXACT: "exact",
    Predicate.CLOSE: "close",
    Predicate.BROADER: "broader",
    Predicate.NARROWER: "narrower",
    Predicate.RELATED: "related",
}
_INVERSE = {Predicate.BROADER: Predicate.NARROWER, Predicate.NARROWER: Predicate.BROADER}

MANUAL_CURATION = "semapv:ManualMappingCuration"

KEY_PATTERN = re.compile(r"^[a-z0-9][a-z0-9-]*$")
_LANG_PATTERN = re.compile(r"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$")


def is_language_tag(tag: str) -> bool:
    return bool(_LANG_PATTERN.match(tag))


@dataclass(frozen=True, slots=True)
class Ref:
    """`framework_key:entry_key`, the stable name of an entry across imports and exports."""

    framework: str
    key: str

    @classmethod
    def parse(cls, text: str) -> Ref:
        framework, sep, key = text.partition(":")
        if not sep or not framework or not key:
            raise ParseError(NOT_A_REF(text=text))
        return cls(framework, key)

    def __str__(self) -> str:
        return f"{self.framework}:{self.key}"


@dataclass(frozen=True, slots=True)
class Label:
    text: str
    kind: LabelKind
    lang: str


@dataclass(frozen=True, slots=True)
class EntryData:
    """One entry as an importer reads it, before it has a database identity."""

    key: str
    kind: Kind
    label: str
    lang: str
    definition: str = ""
    category: str = ""
    labels: tuple[Label, ...] = ()
    definitions: tuple[tuple[str, str], ...] = ()
    """Definitions in other languages than English, as (language, text)."""
    purpose: str = ""
    trigger: str = ""
    outcome: str = ""
    parent: str | None = None
    position: int = 0
    broader: tuple[str, ...] = ()
    related: tuple[str, ...] = ()
    domains: tuple[str, ...] = ()
    """For a property of an imported ontology: the classes it links from (rdfs:domain)."""
    ranges: tuple[str, ...] = ()
    """For a property: the classes it links to (rdfs:range); empty for one whose values are data."""
    iri: str | None = None
    status: Status = Status.CURRENT
    source: str = ""
    """The publication and edition the entry follows, where it differs from the framework's edition."""
    successors: tuple[Ref, ...] = ()
    """What renamed or replaced the entry, usually in another framework (an ITIL v3 name's ITIL 4 practice)."""
    realised_by: tuple[str, ...] = ()
    """Keys of entries in the same framework that carry this one out (a value chain activity's practices)."""
    includes: tuple[str, ...] = ()
    """Keys of entries in the same framework that this one contains (an event held inside another event)."""


@dataclass(frozen=True, slots=True)
class FrameworkData:
    key: str
    name: str
    edition: str = ""
    publisher: str = ""
    language: str = "en"
    languages: tuple[str, ...] = ("en",)
    attribution: str = ""
    licence: str = ""
    description: str = ""
    origin: str = "bundled"
    entries: tuple[EntryData, ...] = ()


@dataclass(frozen=True, slots=True)
class FrameworkRecord:
    key: str
    name: str
    edition: str
    publisher: str
    language: str
    languages: tuple[str, ...]
    attribution: str
    licence: str
    description: str
    origin: str
    counts: dict[str, int] = field(default_factory=dict)
    """Entries per kind."""

    @property
    def short_name(self) -> str:
        """The name without its spelled-out form in brackets ("SAFe" of "SAFe (Scaled Agile Framework)"): what
        narrow places show (column titles, the frameworks tree, choice boxes), with the full name as a tooltip."""
        head, bracket, _ = self.name.partition(" (")
        return head if bracket and head.strip() and self.name.endswith(")") else self.name


@dataclass(frozen=True, slots=True)
class EntryRecord:
    """An entry as the store holds it; `id` is only meaningful inside one workspace."""

    id: int
    ref: Ref
    kind: Kind
    label: str
    lang: str
    category: str
    definition: str
    purpose: str = ""
    trigger: str = ""
    outcome: str = ""
    parent: Ref | None = None
    position: int = 0
    labels: tuple[Label, ...] = ()
    definitions: tuple[tuple[str, str], ...] = ()
    broader: tuple[Ref, ...] = ()
    related: tuple[Ref, ...] = ()
    domains: tuple[Ref, ...] = ()
    ranges: tuple[Ref, ...] = ()
    iri: str | None = None
    status: Status = Status.CURRENT
    source: str = ""
    successors: tuple[Ref, ...] = ()
    realised_by: tuple[Ref, ...] = ()
    includes: tuple[Ref, ...] = ()

    @property
    def alt_labels(self) -> tuple[str, ...]:
        return tuple(label.text for label in self.labels if label.kind is LabelKind.ALTERNATIVE)

    @property
    def abbreviations(self) -> tuple[str, ...]:
        return tuple(label.text for label in self.labels if label.kind is LabelKind.ABBREVIATION)


@dataclass(frozen=True, slots=True)
class MappingRecord:
    id: int
    subject: Ref
    predicate: Predicate
    object: Ref
    negated: bool
    confidence: float
    justification: str
    author: str
    comment: str
    created: datetime
    updated: datetime
    subject_label: str = ""
    object_label: str = ""
    version: int = 0
    """The stamp of this state of the decision (workbench.store.decisions): another stamp, another state."""


FLAG_NAMES = {"same-label-different-meaning": "Same name, different meaning"}
"""The warnings a suggestion may carry (`Suggestion.flags`), as people read them."""
vocabulary("flag", FLAG_NAMES)


@dataclass(frozen=True, slots=True)
class Suggestion:
    """A candidate pair proposed by the matching engine; derived, never stored (only decisions are)."""

    subject: Ref
    subject_label: str
    object: Ref
    object_label: str
    score: float
    predicate: Predicate
    reasons: tuple[Message, ...] = ()
    """Why the pair is suggested (workbench.matching.reasons), strongest evidence first."""
    flags: tuple[str, ...] = ()
    """Warnings a person should see before deciding: "same-label-different-meaning" marks a false friend."""

    def as_dict(self) -> dict[str, Any]:
        return {
            "subject": str(self.subject),
            "subject_label": self.subject_label,
            "object": str(self.object),
            "object_label": self.object_label,
            "score": round(self.score, 4),
            "predicate": self.predicate.value,
            "reasons": [str(reason) for reason in self.reasons],
            "reason_codes": [reason.code for reason in self.reasons],
            "flags": list(self.flags),
        }
