"""Reading the unified glossary and process model as plain values (building and editing them come later)."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from sqlalchemy import select
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
    traces: tuple[Member, ...] = ()


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
    traces: tuple[Member, ...] = ()


@dataclass(frozen=True)
class UnifiedSnapshot:
    concepts: tuple[ConceptRecord, ...] = field(default_factory=tuple)
    processes: tuple[ProcessRecord, ...] = field(default_factory=tuple)


def _refs(session: Session) -> dict[int, Ref]:
    rows = session.execute(select(Entry.id, Framework.key, Entry.key).join(Framework))
    return {entry_id: Ref(framework, key) for entry_id, framework, key in rows}


def read_unified(session: Session) -> UnifiedSnapshot:
    concepts = session.scalars(select(UnifiedConcept).order_by(UnifiedConcept.id)).all()
    processes = session.scalars(select(UnifiedProcess).order_by(UnifiedProcess.position, UnifiedProcess.id)).all()
    if not concepts and not processes:
        return UnifiedSnapshot()
    refs = _refs(session)
    members: dict[int, list[Member]] = defaultdict(list)
    for row in session.scalars(select(UnifiedConceptMember)):
        members[row.concept_id].append(Member(refs[row.entry_id], row.relation))
    uids = {concept.id: concept.uid for concept in concepts}
    links: dict[tuple[int, str], list[str]] = defaultdict(list)
    for link in session.scalars(select(UnifiedConceptLink)):
        links[(link.subject_id, link.relation)].append(uids[link.object_id])
    process_traces: dict[int, list[Member]] = defaultdict(list)
    activity_traces: dict[int, list[Member]] = defaultdict(list)
    for trace in session.scalars(select(UnifiedTrace).order_by(UnifiedTrace.id)):
        traced = Member(refs[trace.entry_id], trace.relation)
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
            )
        )
    return UnifiedSnapshot(
        concepts=tuple(
            ConceptRecord(
                uid=concept.uid,
                label=concept.label,
                definition=concept.definition,
                status=concept.status,
                notes=concept.notes,
                members=tuple(members[concept.id]),
                broader=tuple(links[(concept.id, "broader")]),
                related=tuple(links[(concept.id, "related")]),
            )
            for concept in concepts
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
