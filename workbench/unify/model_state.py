"""The process model's undo data: a process as it is stored (with its activities and every trace, also the
"removed" ones a person left behind), and putting such states back.

Every editing service of `workbench.unify.process_model` and the refresh from decisions return a `ModelEdit`;
its `undo` holds the processes the edit touched as they were before and the order of all processes, and
`restore_in` puts them back, returning the edit that redoes it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from uuid import uuid4

from sqlalchemy import delete, insert, select, update
from sqlalchemy.orm import Session

from workbench.domain import Ref
from workbench.store.batches import batched
from workbench.store.entry_rows import ids_by_ref
from workbench.store.models import Entry, Framework, UnifiedActivity, UnifiedProcess, UnifiedTrace
from workbench.unified_model import Trace
from workbench.unify.model_graph import PROPOSED


@dataclass(frozen=True)
class ActivityState:
    uid: str
    label: str
    description: str
    traces: tuple[Trace, ...] = ()
    status: str = "draft"


@dataclass(frozen=True)
class ProcessState:
    uid: str
    label: str
    description: str
    trigger: str
    outcome: str
    status: str
    notes: str
    activities: tuple[ActivityState, ...] = ()
    traces: tuple[Trace, ...] = ()


@dataclass(frozen=True)
class ModelUndo:
    restore: tuple[ProcessState, ...] = ()
    remove: tuple[str, ...] = ()
    order: tuple[str, ...] = ()
    """Every process uid in its order before the edit."""


@dataclass(frozen=True)
class ModelEdit:
    uid: str
    """The process or activity the edit is about (the new one when something was added)."""
    undo: ModelUndo


def new_element_uid(prefix: str) -> str:
    return f"{prefix}-{uuid4().hex[:16]}"


def process_order(session: Session) -> list[str]:
    return list(session.scalars(select(UnifiedProcess.uid).order_by(UnifiedProcess.position, UnifiedProcess.id)))


def placed(order: list[str], uid: str, position: int | None) -> list[str]:
    """`order` with `uid` at `position` (last when None)."""
    rest = [u for u in order if u != uid]
    at = len(rest) if position is None else max(0, min(position, len(rest)))
    return [*rest[:at], uid, *rest[at:]]


def set_order(session: Session, order: Sequence[str]) -> None:
    for position, uid in enumerate(order):
        session.execute(update(UnifiedProcess).where(UnifiedProcess.uid == uid).values(position=position))


def renumber(session: Session, process_id: int, uid: str | None, position: int | None) -> None:
    """Number a process's activities 0..n-1, placing `uid` at `position` (last when None)."""
    order = list(session.scalars(
        select(UnifiedActivity.uid).where(UnifiedActivity.process_id == process_id)
        .order_by(UnifiedActivity.position, UnifiedActivity.id)
    ))
    if uid is not None:
        order = placed(order, uid, position)
    for index, activity_uid in enumerate(order):
        session.execute(update(UnifiedActivity).where(UnifiedActivity.uid == activity_uid).values(position=index))


def adopt_used_proposals(session: Session) -> set[int]:
    """Make every proposed process a person has made use of (an activity of theirs in it, a trace made or removed
    by hand on it or its activities) a draft of theirs, so that withdrawing or replacing proposals never takes
    their work along; returns the ids of the proposed processes nobody used."""
    proposed = set(session.scalars(select(UnifiedProcess.id).where(UnifiedProcess.status == PROPOSED)))
    by_hand = UnifiedTrace.origin.not_in(("derived", "source"))
    used: set[int] = set()
    for batch in batched(sorted(proposed)):
        used.update(session.scalars(select(UnifiedActivity.process_id).where(
            UnifiedActivity.process_id.in_(batch), UnifiedActivity.status != PROPOSED)))
        used.update(session.scalars(select(UnifiedTrace.process_id).where(
            UnifiedTrace.process_id.in_(batch), by_hand)))
        used.update(session.scalars(select(UnifiedActivity.process_id).join(
            UnifiedTrace, UnifiedTrace.activity_id == UnifiedActivity.id).where(
            UnifiedActivity.process_id.in_(batch), by_hand)))
    for batch in batched(sorted(used)):
        session.execute(update(UnifiedProcess).where(UnifiedProcess.id.in_(batch)).values(status="draft"))
    return proposed - used


def process_state(session: Session, process: UnifiedProcess) -> ProcessState:
    session.flush()
    traces: dict[tuple[str, int | None], list[Trace]] = {}
    activity_ids = select(UnifiedActivity.id).where(UnifiedActivity.process_id == process.id).scalar_subquery()
    for process_id, activity_id, framework, key, relation, origin in session.execute(
        select(UnifiedTrace.process_id, UnifiedTrace.activity_id, Framework.key, Entry.key, UnifiedTrace.relation,
               UnifiedTrace.origin)
        .join(Entry, UnifiedTrace.entry_id == Entry.id)
        .join(Framework, Entry.framework_id == Framework.id)
        .where((UnifiedTrace.process_id == process.id) | UnifiedTrace.activity_id.in_(activity_ids))
        .order_by(UnifiedTrace.id)
    ):
        target = ("p", process_id) if process_id is not None else ("a", activity_id)
        traces.setdefault(target, []).append(Trace(Ref(framework, key), relation, origin))
    activities = session.execute(
        select(UnifiedActivity.id, UnifiedActivity.uid, UnifiedActivity.label, UnifiedActivity.description,
               UnifiedActivity.status)
        .where(UnifiedActivity.process_id == process.id)
        .order_by(UnifiedActivity.position, UnifiedActivity.id)
    ).all()
    return ProcessState(
        uid=process.uid,
        label=process.label,
        description=process.description,
        trigger=process.trigger,
        outcome=process.outcome,
        status=process.status,
        notes=process.notes,
        activities=tuple(
            ActivityState(row.uid, row.label, row.description, tuple(traces.get(("a", row.id), ())), row.status)
            for row in activities
        ),
        traces=tuple(traces.get(("p", process.id), ())),
    )


def all_states(session: Session) -> tuple[ProcessState, ...]:
    """Every process as stored, in model order: what undoing an edit of the whole model (a refresh) needs."""
    return tuple(process_state(session, process) for process in session.scalars(
        select(UnifiedProcess).order_by(UnifiedProcess.position, UnifiedProcess.id)))


def restore_in(session: Session, undo: ModelUndo) -> ModelEdit:
    """Undo an edit inside the caller's transaction (see the module notes); returns the edit that redoes it."""
    uids = list(dict.fromkeys([state.uid for state in undo.restore] + list(undo.remove)))
    existing = {row.uid: row for batch in batched(uids) for row in session.scalars(
        select(UnifiedProcess).where(UnifiedProcess.uid.in_(batch)))}
    redo = ModelUndo(
        restore=tuple(process_state(session, existing[u]) for u in uids if u in existing),
        remove=tuple(state.uid for state in undo.restore if state.uid not in existing),
        order=tuple(process_order(session)),
    )
    for batch in batched(uids):
        session.execute(delete(UnifiedProcess).where(UnifiedProcess.uid.in_(batch)))
    wanted = {m.ref for s in undo.restore for m in s.traces} | {
        m.ref for s in undo.restore for a in s.activities for m in a.traces}
    ids = ids_by_ref(session, wanted)
    activity_uids = [a.uid for s in undo.restore for a in s.activities]
    # an activity moved elsewhere since is taken back to where the undo data has it
    for batch in batched(activity_uids):
        session.execute(delete(UnifiedActivity).where(UnifiedActivity.uid.in_(batch)))
    for state in undo.restore:
        process_id = session.execute(
            insert(UnifiedProcess)
            .values(uid=state.uid, label=state.label, description=state.description, trigger=state.trigger,
                    outcome=state.outcome, status=state.status, notes=state.notes, position=10**6)
            .returning(UnifiedProcess.id)
        ).scalar_one()
        insert_traces(session, ids, state.traces, process_id=process_id)
        for position, activity in enumerate(state.activities):
            activity_id = session.execute(
                insert(UnifiedActivity)
                .values(uid=activity.uid, process_id=process_id, label=activity.label,
                        description=activity.description, position=position, status=activity.status)
                .returning(UnifiedActivity.id)
            ).scalar_one()
            insert_traces(session, ids, activity.traces, activity_id=activity_id)
    current = process_order(session)
    ordered = [u for u in undo.order if u in current] + [u for u in current if u not in undo.order]
    set_order(session, ordered)
    first = uids[0] if uids else (undo.order[0] if undo.order else "")
    return ModelEdit(first, redo)


def insert_traces(
    session: Session, ids: dict[Ref, int], traces: Sequence[Trace], *, process_id: int | None = None,
    activity_id: int | None = None,
) -> None:
    rows = [
        {"process_id": process_id, "activity_id": activity_id, "entry_id": ids[t.ref], "relation": t.relation,
         "origin": t.origin}
        for t in traces
        if t.ref in ids
    ]
    if rows:
        session.execute(insert(UnifiedTrace), rows)
