"""Reading the unified glossary and process model as plain values, and the one order every view and export lists
them in (concepts A–Z by label, then qualifier; processes and activities by their position in the model).

Two concepts may carry the same label ("Capacity" from ITIL 4 and from SAFe) until a person merges or renames
them; `concept_qualifiers` tells them apart by the frameworks of their members, and every place that lists
concepts shows `display_label` ("Capacity (ITIL 4)", "Capacity (SAFe)").
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from workbench.domain import Ref
from workbench.store.models import (
    Entry,
    Framework,
    UnifiedActivity,
    UnifiedConcept,
    UnifiedConceptLink,
    UnifiedConceptMember,
    UnifiedProcess,
    UnifiedTrace,
)


@dataclass(frozen=True)
class Member:
    ref: Ref
    relation: str


TRACE_ORIGINS = ("source", "manual", "derived", "removed")
"""Where a trace comes from (revision 0006): the entry the element was started from, a person, the refresh from
decisions, or a person's removal of a place the refresh would otherwise derive again (never shown or counted)."""


@dataclass(frozen=True)
class Trace(Member):
    """A framework entry traced to a unified process or activity: `relation` says how the entry relates to the
    element (as in a decision "entry relation element"), `origin` where the trace comes from."""

    origin: str = "manual"


@dataclass(frozen=True)
class ConceptRecord:
    uid: str
    label: str
    definition: str
    status: str
    notes: str
    members: tuple[Member, ...] = ()
    broader: tuple[str, ...] = ()
    related: tuple[str, ...] = ()


@dataclass(frozen=True)
class ActivityRecord:
    uid: str
    label: str
    description: str
    position: int
    traces: tuple[Trace, ...] = ()
    status: str = "draft"


@dataclass(frozen=True)
class ProcessRecord:
    uid: str
    label: str
    description: str
    trigger: str
    outcome: str
    status: str
    position: int
    activities: tuple[ActivityRecord, ...] = ()
    traces: tuple[Trace, ...] = ()


@dataclass(frozen=True)
class UnifiedSnapshot:
    concepts: tuple[ConceptRecord, ...] = field(default_factory=tuple)
    processes: tuple[ProcessRecord, ...] = field(default_factory=tuple)


def _refs(session: Session) -> dict[int, Ref]:
    rows = session.execute(select(Entry.id, Framework.key, Entry.key).join(Framework))
    return {entry_id: Ref(framework, key) for entry_id, framework, key in rows}


def written(session: Session, table: str) -> Any:
    """The order `table`'s rows were written in: SQLite's rowid, or on PostgreSQL the column revision 0007 adds."""
    return text(f"{table}.rowid" if session.get_bind().dialect.name == "sqlite" else f"{table}.written")


def read_unified(session: Session) -> UnifiedSnapshot:
    """The whole unified model. Concepts, members and links are read as plain rows, not ORM objects: every
    glossary edit reads the model again, and for 13,000 concepts the ORM objects took 0.6 of its 1.3 s."""
    concepts = session.execute(
        select(UnifiedConcept.id, UnifiedConcept.uid, UnifiedConcept.label, UnifiedConcept.definition,
               UnifiedConcept.status, UnifiedConcept.notes).order_by(UnifiedConcept.id)
    ).all()
    processes = session.scalars(select(UnifiedProcess).order_by(UnifiedProcess.position, UnifiedProcess.id)).all()
    if not concepts and not processes:
        return UnifiedSnapshot()
    members: dict[int, list[Member]] = defaultdict(list)
    seen: dict[tuple[str, str], Ref] = {}  # one Ref object per entry, as a table of every entry's ref gave
    for concept_id, framework, key, relation in session.execute(
        select(UnifiedConceptMember.concept_id, Framework.key, Entry.key, UnifiedConceptMember.relation)
        .join(Entry, UnifiedConceptMember.entry_id == Entry.id)
        .join(Framework, Entry.framework_id == Framework.id)
        .order_by(written(session, "unified_concept_member"))  # the order they were written in, as before
    ):
        ref = seen.get((framework, key)) or seen.setdefault((framework, key), Ref(framework, key))
        members[concept_id].append(Member(ref, relation))
    uids = {concept_id: uid for concept_id, uid, *_ in concepts}
    links: dict[tuple[int, str], list[str]] = defaultdict(list)
    for subject_id, object_id, relation in session.execute(
        select(UnifiedConceptLink.subject_id, UnifiedConceptLink.object_id, UnifiedConceptLink.relation)
        .order_by(written(session, "unified_concept_link"))
    ):
        links[(subject_id, relation)].append(uids[object_id])
    refs = _refs(session) if processes else {}
    process_traces: dict[int, list[Trace]] = defaultdict(list)
    activity_traces: dict[int, list[Trace]] = defaultdict(list)
    for trace in session.scalars(
        select(UnifiedTrace).where(UnifiedTrace.origin != "removed").order_by(UnifiedTrace.id)
    ):
        traced = Trace(refs[trace.entry_id], trace.relation, trace.origin)
        if trace.process_id is not None:
            process_traces[trace.process_id].append(traced)
        elif trace.activity_id is not None:
            activity_traces[trace.activity_id].append(traced)
    activities: dict[int, list[ActivityRecord]] = defaultdict(list)
    for activity in session.scalars(
        select(UnifiedActivity).order_by(UnifiedActivity.process_id, UnifiedActivity.position)
    ):
        activities[activity.process_id].append(
            ActivityRecord(
                activity.uid,
                activity.label,
                activity.description,
                activity.position,
                tuple(activity_traces[activity.id]),
                activity.status,
            )
        )
    return UnifiedSnapshot(
        concepts=tuple(
            ConceptRecord(
                uid=uid,
                label=label,
                definition=definition,
                status=status,
                notes=notes,
                members=tuple(members[concept_id]),
                broader=tuple(links[(concept_id, "broader")]),
                related=tuple(links[(concept_id, "related")]),
            )
            for concept_id, uid, label, definition, status, notes in concepts
        ),
        processes=tuple(
            ProcessRecord(
                uid=process.uid,
                label=process.label,
                description=process.description,
                trigger=process.trigger,
                outcome=process.outcome,
                status=process.status,
                position=process.position,
                activities=tuple(activities[process.id]),
                traces=tuple(process_traces[process.id]),
            )
            for process in processes
        ),
    )


# --- one order, and labels told apart ------------------------------------------------------------------------


def label_key(label: str) -> str:
    """Two concept labels are "the same" when they differ only in case and spacing."""
    return " ".join(label.casefold().split())


def same_label_groups(concepts: Iterable[ConceptRecord]) -> list[list[ConceptRecord]]:
    """Concepts that share a label, each group in the order given; only groups of two or more."""
    groups: dict[str, list[ConceptRecord]] = defaultdict(list)
    for concept in concepts:
        groups[label_key(concept.label)].append(concept)
    return [group for group in groups.values() if len(group) > 1]


def concept_qualifiers(concepts: Sequence[ConceptRecord], framework_name: Callable[[str], str]) -> dict[str, str]:
    """uid -> what tells a concept apart from others with its label: the names of its members' frameworks
    ("ITIL 4, DevOps"), and where even those are alike, its first member's ref too. Concepts whose label is their
    own are not in the result."""
    qualifiers: dict[str, str] = {}
    for group in same_label_groups(concepts):
        names = {
            concept.uid: ", ".join(sorted({framework_name(m.ref.framework) for m in concept.members}, key=str.casefold))
            for concept in group
        }
        counts = Counter(names.values())
        for concept in group:
            name = names[concept.uid]
            if not concept.members:
                qualifiers[concept.uid] = concept.uid
            elif counts[name] > 1:
                qualifiers[concept.uid] = f"{name} · {concept.members[0].ref}"
            else:
                qualifiers[concept.uid] = name
    return qualifiers


def display_label(concept: ConceptRecord, qualifiers: dict[str, str]) -> str:
    """The label as lists show it: with its qualifier in brackets when another concept has the same label."""
    qualifier = qualifiers.get(concept.uid)
    return f"{concept.label} ({qualifier})" if qualifier else concept.label


def ordered_concepts(concepts: Iterable[ConceptRecord], qualifiers: dict[str, str]) -> list[ConceptRecord]:
    """The order of the glossary everywhere (the tab's default, the workbook, HTML, CSV, JSON): by label
    ignoring case, then by qualifier, then by uid so the order never depends on how the store returned them."""
    return sorted(concepts, key=lambda c: (label_key(c.label), qualifiers.get(c.uid, "").casefold(), c.uid))


def ordered_processes(processes: Iterable[ProcessRecord]) -> list[ProcessRecord]:
    """Processes by their position in the model, each with its activities by position."""
    return [
        ProcessRecord(
            uid=p.uid, label=p.label, description=p.description, trigger=p.trigger, outcome=p.outcome,
            status=p.status, position=p.position, traces=p.traces,
            activities=tuple(sorted(p.activities, key=lambda a: (a.position, a.uid))),
        )
        for p in sorted(processes, key=lambda p: (p.position, p.uid))
    ]
