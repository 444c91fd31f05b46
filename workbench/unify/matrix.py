"""The coverage matrix as values: unified elements down, frameworks across, each cell the strongest relation a
framework has to the element (exact, close, broader/narrower, related), and "source" for the framework an element
was started from.

- A unified process or activity: its traces. The trace of the entry it was started from (the USM skeleton, or
  the entry a proposal was made from) marks that framework as the source, not as an exact match.
- A unified concept: its members (exact or close); a concept whose members all come from one framework was
  started from that framework alone, its source. Broader, narrower and related decisions do not make members,
  they link concepts: a concept's broader concept shows its frameworks as "narrower" (their entries are broader
  than this concept, so this concept is the narrower one), its narrower concepts as "broader", related ones as
  "related".
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass

from workbench.unified_model import (
    ActivityRecord,
    ConceptRecord,
    Member,
    ProcessRecord,
    UnifiedSnapshot,
    concept_qualifiers,
    display_label,
    ordered_concepts,
    ordered_processes,
)
from workbench.unify.model_graph import PROPOSED

SOURCE = "source"
STRENGTH = {SOURCE: 5, "exact": 4, "close": 3, "broader": 2, "narrower": 2, "related": 1}
"""Strongest first: the source, then exact > close > broader/narrower > related."""
CONCEPTS, PROCESSES = "concepts", "processes"


@dataclass(frozen=True)
class MatrixRow:
    uid: str
    label: str
    kind: str
    """"concept", "process" or "activity"."""
    members: tuple[Member, ...]
    """Every framework entry behind the row's cells with its relation to the element ("source" for the entry the
    element was started from); for a concept also the members of the concepts it is linked to."""
    proposed: bool = False
    """A process or activity the refresh proposed and nobody has adopted yet."""

    def cell(self, framework: str) -> tuple[str | None, tuple[Member, ...]]:
        """The strongest relation of `framework` to the element (None: none), and its entries, strongest first."""
        members = tuple(sorted((m for m in self.members if m.ref.framework == framework),
                               key=lambda m: -STRENGTH.get(m.relation, 0)))
        return (members[0].relation if members else None), members


def matrix_rows(snapshot: UnifiedSnapshot, what: str, framework_name: Callable[[str], str]) -> list[MatrixRow]:
    """The rows in the one order of every list: concepts A-Z (told apart by qualifier), processes and their
    activities in model order."""
    if what == CONCEPTS:
        return _concept_rows(snapshot.concepts, framework_name)
    rows: list[MatrixRow] = []
    for process in ordered_processes(snapshot.processes):
        elements: list[tuple[str, ProcessRecord | ActivityRecord]] = [("process", process)]
        elements += [("activity", activity) for activity in process.activities]
        for kind, element in elements:
            members = tuple(Member(t.ref, SOURCE if t.origin == SOURCE else t.relation) for t in element.traces)
            rows.append(MatrixRow(element.uid, element.label, kind, members, element.status == PROPOSED))
    return rows


def _concept_rows(concepts: tuple[ConceptRecord, ...], framework_name: Callable[[str], str]) -> list[MatrixRow]:
    by_uid = {concept.uid: concept for concept in concepts}
    narrower: dict[str, list[str]] = defaultdict(list)
    for concept in concepts:
        for broader in concept.broader:
            narrower[broader].append(concept.uid)
    qualifiers = concept_qualifiers(concepts, framework_name)
    rows = []
    for concept in ordered_concepts(concepts, qualifiers):
        alone = len({m.ref.framework for m in concept.members}) == 1
        members = [Member(m.ref, SOURCE) if alone else m for m in concept.members]
        for uids, relation in ((concept.broader, "narrower"), (narrower[concept.uid], "broader"),
                               (concept.related, "related")):
            members += [Member(m.ref, relation) for uid in uids if uid in by_uid for m in by_uid[uid].members]
        rows.append(MatrixRow(concept.uid, display_label(concept, qualifiers), "concept", tuple(members)))
    return rows
