"""The unified process model: unified processes with ordered unified activities, traced to framework entries.

It starts from the USM skeleton (the `usm` framework's five processes and their activities, each traced to its
USM entry) or empty. Each unified activity occurs once in the model (USM's ninth requirement): the services
refuse an activity label whose `normalise`d form is already used elsewhere, and `workbench.checks` reports any
duplicate that got in another way.

Every editing service runs in one transaction and returns a `ModelEdit`; its `undo` holds the processes the edit
touched as they were before (with their activities and traces) and the order of all processes, and `restore`
puts them back, returning the edit that redoes it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from uuid import uuid4

from sqlalchemy import delete, insert, select, update
from sqlalchemy.orm import Session

from workbench.domain import Kind, Predicate, Ref
from workbench.errors import WorkbenchError
from workbench.messages import Message, Template
from workbench.store.batches import batched
from workbench.store.entry_rows import entry_id_of, ids_by_ref
from workbench.store.models import Entry, Framework, UnifiedActivity, UnifiedProcess, UnifiedTrace
from workbench.unified_model import Member
from workbench.unify.naming import normalise
from workbench.workspace import Workspace

UNKNOWN_SKELETON = Template("model.unknown-skeleton", "unknown process skeleton '{skeleton}': use one of {skeletons}")
MODEL_NOT_EMPTY = Template("model.not-empty", "{path}: the unified process model is not empty")
NO_USM = Template("model.no-usm", "{path} holds no 'usm' framework to start the process model from")
BAD_STATUS = Template("model.bad-status", "process {uid}: status '{status}' is not one of {statuses}")
NOT_TRACED = Template("model.not-traced", "{ref} is not traced to {uid}")
PROCESS_NEEDS_LABEL = Template("model.process-label", "a process needs a label")
NAMED_PROCESS_NEEDS_LABEL = Template("model.named-process-label", "process {uid} needs a label")
ACTIVITY_NEEDS_LABEL = Template("model.activity-label", "an activity needs a label")
NAMED_ACTIVITY_NEEDS_LABEL = Template("model.named-activity-label", "activity {uid} needs a label")
NO_PROCESS = Template("model.no-process", "no unified process '{uid}'")
NO_ACTIVITY = Template("model.no-activity", "no unified activity '{uid}'")
NO_ELEMENT = Template("model.no-element", "no unified process or activity '{uid}'")
ACTIVITY_TWICE = Template(
    "model.activity-twice",
    "activity '{label}' already occurs in process '{process}' as '{other}'; each activity occurs only once in the "
    "model",
)

SKELETONS = ("usm", "empty")
STATUSES = ("draft", "agreed")
RELATIONS = tuple(predicate.short for predicate in Predicate)


@dataclass(frozen=True)
class ActivityState:
    uid: str
    label: str
    description: str
    traces: tuple[Member, ...] = ()


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
    traces: tuple[Member, ...] = ()


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


# --- starting ------------------------------------------------------------------------------------------------


def is_empty(workspace: Workspace) -> bool:
    with workspace.transaction() as session:
        return session.scalar(select(UnifiedProcess.id).limit(1)) is None


def start(workspace: Workspace, skeleton: str = "usm") -> ModelEdit | None:
    """Fill an empty model from a skeleton: "usm" copies USM's processes and activities and traces each to its
    USM entry; "empty" leaves the model empty. Returns None when nothing was added."""
    if skeleton not in SKELETONS:
        raise WorkbenchError(UNKNOWN_SKELETON(skeleton=skeleton, skeletons=tuple(SKELETONS)))
    with workspace.transaction() as session:
        if session.scalar(select(UnifiedProcess.id).limit(1)) is not None:
            raise WorkbenchError(MODEL_NOT_EMPTY(path=str(workspace.path)))
        if skeleton == "empty":
            return None
        usm = session.scalar(select(Framework.id).where(Framework.key == "usm"))
        if usm is None:
            raise WorkbenchError(NO_USM(path=str(workspace.path)))
        rows = session.execute(
            select(Entry.id, Entry.kind, Entry.label, Entry.definition, Entry.trigger, Entry.outcome,
                   Entry.parent_id)
            .where(Entry.framework_id == usm, Entry.kind.in_([Kind.PROCESS.value, Kind.ACTIVITY.value]))
            .order_by(Entry.position, Entry.id)
        ).all()
        created: list[str] = []
        process_ids: dict[int, int] = {}
        for row in rows:
            if row.kind == Kind.PROCESS.value:
                uid = _new_uid("p")
                process_ids[row.id] = session.execute(
                    insert(UnifiedProcess)
                    .values(uid=uid, label=row.label, description=row.definition, trigger=row.trigger,
                            outcome=row.outcome, status="draft", notes="", position=len(process_ids))
                    .returning(UnifiedProcess.id)
                ).scalar_one()
                created.append(uid)
                session.execute(insert(UnifiedTrace).values(process_id=process_ids[row.id], entry_id=row.id,
                                                            relation="exact"))
        counts: dict[int, int] = {}
        for row in rows:
            if row.kind == Kind.ACTIVITY.value and row.parent_id in process_ids:
                process_id = process_ids[row.parent_id]
                activity_id = session.execute(
                    insert(UnifiedActivity)
                    .values(uid=_new_uid("a"), process_id=process_id, label=row.label,
                            description=row.definition, position=counts.get(process_id, 0))
                    .returning(UnifiedActivity.id)
                ).scalar_one()
                counts[process_id] = counts.get(process_id, 0) + 1
                session.execute(insert(UnifiedTrace).values(activity_id=activity_id, entry_id=row.id,
                                                            relation="exact"))
        if not created:
            return None
        return ModelEdit(created[0], ModelUndo(remove=tuple(created)))


# --- processes -----------------------------------------------------------------------------------------------


def add_process(
    workspace: Workspace,
    label: str,
    *,
    position: int | None = None,
    description: str = "",
    trigger: str = "",
    outcome: str = "",
) -> ModelEdit:
    label = _label(label, PROCESS_NEEDS_LABEL())
    with workspace.transaction() as session:
        order = _order(session)
        uid = _new_uid("p")
        session.execute(insert(UnifiedProcess).values(
            uid=uid, label=label, description=description.strip(), trigger=trigger.strip(),
            outcome=outcome.strip(), status="draft", notes="", position=len(order)))
        _set_order(session, _placed(order, uid, position))
        return ModelEdit(uid, ModelUndo(remove=(uid,), order=tuple(order)))


def update_process(
    workspace: Workspace,
    uid: str,
    *,
    label: str | None = None,
    description: str | None = None,
    trigger: str | None = None,
    outcome: str | None = None,
    status: str | None = None,
    notes: str | None = None,
) -> ModelEdit:
    """Rename a process or change any of its texts; arguments left as None stay as they are."""
    if status is not None and status not in STATUSES:
        raise WorkbenchError(BAD_STATUS(uid=uid, status=status, statuses=tuple(STATUSES)))
    with workspace.transaction() as session:
        process = _process(session, uid)
        before = _state(session, process)
        if label is not None:
            process.label = _label(label, NAMED_PROCESS_NEEDS_LABEL(uid=uid))
        for column, value in (("description", description), ("trigger", trigger), ("outcome", outcome),
                              ("status", status), ("notes", notes)):
            if value is not None:
                setattr(process, column, value.strip())
        return ModelEdit(uid, ModelUndo(restore=(before,), order=tuple(_order(session))))


def move_process(workspace: Workspace, uid: str, position: int) -> ModelEdit:
    with workspace.transaction() as session:
        _process(session, uid)
        order = _order(session)
        _set_order(session, _placed([u for u in order if u != uid], uid, position))
        return ModelEdit(uid, ModelUndo(order=tuple(order)))


def delete_process(workspace: Workspace, uid: str) -> ModelEdit:
    """Delete a process with its activities and traces."""
    with workspace.transaction() as session:
        process = _process(session, uid)
        before = _state(session, process)
        order = _order(session)
        session.delete(process)
        session.flush()
        _set_order(session, [u for u in order if u != uid])
        return ModelEdit(uid, ModelUndo(restore=(before,), order=tuple(order)))


# --- activities ----------------------------------------------------------------------------------------------


def add_activity(
    workspace: Workspace, process_uid: str, label: str, *, position: int | None = None, description: str = ""
) -> ModelEdit:
    label = _label(label, ACTIVITY_NEEDS_LABEL())
    with workspace.transaction() as session:
        process = _process(session, process_uid)
        _refuse_duplicate(session, label, None)
        before = _state(session, process)
        uid = _new_uid("a")
        session.execute(insert(UnifiedActivity).values(uid=uid, process_id=process.id, label=label,
                                                       description=description.strip(), position=10**6))
        _renumber(session, process.id, uid, position)
        return ModelEdit(uid, ModelUndo(restore=(before,), order=tuple(_order(session))))


def update_activity(
    workspace: Workspace, uid: str, *, label: str | None = None, description: str | None = None
) -> ModelEdit:
    with workspace.transaction() as session:
        activity = _activity(session, uid)
        process = session.get_one(UnifiedProcess, activity.process_id)
        before = _state(session, process)
        if label is not None:
            activity.label = _label(label, NAMED_ACTIVITY_NEEDS_LABEL(uid=uid))
            _refuse_duplicate(session, activity.label, activity.id)
        if description is not None:
            activity.description = description.strip()
        return ModelEdit(uid, ModelUndo(restore=(before,), order=tuple(_order(session))))


def move_activity(workspace: Workspace, uid: str, process_uid: str, position: int | None = None) -> ModelEdit:
    """Reorder an activity inside its process, or move it to another process (at `position`, else last)."""
    with workspace.transaction() as session:
        activity = _activity(session, uid)
        source = session.get_one(UnifiedProcess, activity.process_id)
        target = _process(session, process_uid)
        before = tuple(dict.fromkeys([_state(session, source), _state(session, target)]))
        activity.process_id = target.id
        session.flush()
        _renumber(session, target.id, uid, position)
        if source.id != target.id:
            _renumber(session, source.id, None, None)
        return ModelEdit(uid, ModelUndo(restore=before, order=tuple(_order(session))))


def delete_activity(workspace: Workspace, uid: str) -> ModelEdit:
    with workspace.transaction() as session:
        activity = _activity(session, uid)
        process = session.get_one(UnifiedProcess, activity.process_id)
        before = _state(session, process)
        session.delete(activity)
        session.flush()
        _renumber(session, process.id, None, None)
        return ModelEdit(uid, ModelUndo(restore=(before,), order=tuple(_order(session))))


# --- traces --------------------------------------------------------------------------------------------------


def trace(workspace: Workspace, ref: Ref | str, uid: str, relation: str = "exact") -> ModelEdit:
    """Record that framework entry `ref` is harmonised by unified process or activity `uid`."""
    ref = Ref.parse(ref) if isinstance(ref, str) else ref
    relation = Predicate.parse(relation).short
    with workspace.transaction() as session:
        entry_id = entry_id_of(session, ref)
        process, target = _target(session, uid)
        before = _state(session, process)
        column = UnifiedTrace.process_id if target is None else UnifiedTrace.activity_id
        target_id = process.id if target is None else target.id
        session.execute(delete(UnifiedTrace).where(column == target_id, UnifiedTrace.entry_id == entry_id))
        values = {"process_id": process.id} if target is None else {"activity_id": target_id}
        session.execute(insert(UnifiedTrace).values(entry_id=entry_id, relation=relation, **values))
        return ModelEdit(uid, ModelUndo(restore=(before,), order=tuple(_order(session))))


def untrace(workspace: Workspace, ref: Ref | str, uid: str) -> ModelEdit:
    ref = Ref.parse(ref) if isinstance(ref, str) else ref
    with workspace.transaction() as session:
        entry_id = entry_id_of(session, ref)
        process, target = _target(session, uid)
        before = _state(session, process)
        column = UnifiedTrace.process_id if target is None else UnifiedTrace.activity_id
        target_id = process.id if target is None else target.id
        result = session.execute(
            delete(UnifiedTrace).where(column == target_id, UnifiedTrace.entry_id == entry_id)
        )
        if not getattr(result, "rowcount", 0):
            raise WorkbenchError(NOT_TRACED(ref=str(ref), uid=uid))
        return ModelEdit(uid, ModelUndo(restore=(before,), order=tuple(_order(session))))


# --- undo ----------------------------------------------------------------------------------------------------


def restore(workspace: Workspace, undo: ModelUndo) -> ModelEdit:
    """Undo an edit (see the module notes); returns the edit that redoes it."""
    with workspace.transaction() as session:
        uids = list(dict.fromkeys([state.uid for state in undo.restore] + list(undo.remove)))
        existing = {row.uid: row for batch in batched(uids) for row in session.scalars(
            select(UnifiedProcess).where(UnifiedProcess.uid.in_(batch)))}
        redo = ModelUndo(
            restore=tuple(_state(session, existing[u]) for u in uids if u in existing),
            remove=tuple(state.uid for state in undo.restore if state.uid not in existing),
            order=tuple(_order(session)),
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
            _insert_traces(session, ids, state.traces, process_id=process_id)
            for position, activity in enumerate(state.activities):
                activity_id = session.execute(
                    insert(UnifiedActivity)
                    .values(uid=activity.uid, process_id=process_id, label=activity.label,
                            description=activity.description, position=position)
                    .returning(UnifiedActivity.id)
                ).scalar_one()
                _insert_traces(session, ids, activity.traces, activity_id=activity_id)
        current = _order(session)
        ordered = [u for u in undo.order if u in current] + [u for u in current if u not in undo.order]
        _set_order(session, ordered)
        first = uids[0] if uids else (undo.order[0] if undo.order else "")
        return ModelEdit(first, redo)


# --- helpers -------------------------------------------------------------------------------------------------


def _new_uid(prefix: str) -> str:
    return f"{prefix}-{uuid4().hex[:16]}"


def _label(text: str, refusal: Message) -> str:
    label = " ".join(text.split())
    if not label:
        raise WorkbenchError(refusal)
    return label


def _process(session: Session, uid: str) -> UnifiedProcess:
    process = session.scalar(select(UnifiedProcess).where(UnifiedProcess.uid == uid))
    if process is None:
        raise WorkbenchError(NO_PROCESS(uid=uid))
    return process


def _activity(session: Session, uid: str) -> UnifiedActivity:
    activity = session.scalar(select(UnifiedActivity).where(UnifiedActivity.uid == uid))
    if activity is None:
        raise WorkbenchError(NO_ACTIVITY(uid=uid))
    return activity


def _target(session: Session, uid: str) -> tuple[UnifiedProcess, UnifiedActivity | None]:
    process = session.scalar(select(UnifiedProcess).where(UnifiedProcess.uid == uid))
    if process is not None:
        return process, None
    activity = session.scalar(select(UnifiedActivity).where(UnifiedActivity.uid == uid))
    if activity is None:
        raise WorkbenchError(NO_ELEMENT(uid=uid))
    return session.get_one(UnifiedProcess, activity.process_id), activity


def _insert_traces(
    session: Session, ids: dict[Ref, int], traces: Sequence[Member], *, process_id: int | None = None,
    activity_id: int | None = None,
) -> None:
    rows = [
        {"process_id": process_id, "activity_id": activity_id, "entry_id": ids[m.ref], "relation": m.relation}
        for m in traces
        if m.ref in ids
    ]
    if rows:
        session.execute(insert(UnifiedTrace), rows)


def _refuse_duplicate(session: Session, label: str, activity_id: int | None) -> None:
    key = normalise(label)
    for other_id, other_label, process_label in session.execute(
        select(UnifiedActivity.id, UnifiedActivity.label, UnifiedProcess.label).join(
            UnifiedProcess, UnifiedActivity.process_id == UnifiedProcess.id
        )
    ):
        if other_id != activity_id and normalise(other_label) == key:
            raise WorkbenchError(ACTIVITY_TWICE(label=label, process=process_label, other=other_label))


def _order(session: Session) -> list[str]:
    return list(session.scalars(select(UnifiedProcess.uid).order_by(UnifiedProcess.position, UnifiedProcess.id)))


def _placed(order: list[str], uid: str, position: int | None) -> list[str]:
    rest = [u for u in order if u != uid]
    at = len(rest) if position is None else max(0, min(position, len(rest)))
    return [*rest[:at], uid, *rest[at:]]


def _set_order(session: Session, order: Sequence[str]) -> None:
    for position, uid in enumerate(order):
        session.execute(update(UnifiedProcess).where(UnifiedProcess.uid == uid).values(position=position))


def _renumber(session: Session, process_id: int, uid: str | None, position: int | None) -> None:
    """Number a process's activities 0..n-1, placing `uid` at `position` (last when None)."""
    order = list(session.scalars(
        select(UnifiedActivity.uid).where(UnifiedActivity.process_id == process_id)
        .order_by(UnifiedActivity.position, UnifiedActivity.id)
    ))
    if uid is not None:
        order = _placed(order, uid, position)
    for index, activity_uid in enumerate(order):
        session.execute(update(UnifiedActivity).where(UnifiedActivity.uid == activity_uid).values(position=index))


def _state(session: Session, process: UnifiedProcess) -> ProcessState:
    session.flush()
    traces: dict[tuple[str, int | None], list[Member]] = {}
    activity_ids = select(UnifiedActivity.id).where(UnifiedActivity.process_id == process.id).scalar_subquery()
    for process_id, activity_id, framework, key, relation in session.execute(
        select(UnifiedTrace.process_id, UnifiedTrace.activity_id, Framework.key, Entry.key, UnifiedTrace.relation)
        .join(Entry, UnifiedTrace.entry_id == Entry.id)
        .join(Framework, Entry.framework_id == Framework.id)
        .where((UnifiedTrace.process_id == process.id) | UnifiedTrace.activity_id.in_(activity_ids))
        .order_by(UnifiedTrace.id)
    ):
        target = ("p", process_id) if process_id is not None else ("a", activity_id)
        traces.setdefault(target, []).append(Member(Ref(framework, key), relation))
    activities = session.execute(
        select(UnifiedActivity.id, UnifiedActivity.uid, UnifiedActivity.label, UnifiedActivity.description)
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
            ActivityState(row.uid, row.label, row.description, tuple(traces.get(("a", row.id), ())))
            for row in activities
        ),
        traces=tuple(traces.get(("p", process.id), ())),
    )
