"""The unified process model: unified processes with ordered unified activities, traced to framework entries.

It starts from the USM skeleton (the `usm` framework's five processes and their activities, each traced to its
USM entry as its source) or empty; `workbench.unify.model_refresh` then traces framework processes and
activities to it from the decisions. Each unified activity occurs once in the model (USM's ninth requirement):
the services refuse an activity label whose `normalise`d form is already used elsewhere, and refuse to trace a
framework activity as exact or close to a second unified activity; `workbench.checks` reports any duplicate
that got in another way.

What a person does here survives every refresh: a trace made by hand stays; a trace taken away (or the traces of
a deleted activity) is remembered as "removed", so the refresh does not put it back; editing, moving or tracing
to an activity the refresh proposed adopts it (it becomes a draft of the person's own). A process the refresh
proposed is adopted the same way, and also by any change inside it (an activity added, edited, moved in or out,
deleted, traced): a proposed process holds nothing a person made, so withdrawing it loses nothing.

Every editing service runs in one transaction and returns a `ModelEdit` (`workbench.unify.model_state`) whose
`undo` can be handed to `restore`.
"""

from __future__ import annotations

from sqlalchemy import delete, insert, select, update
from sqlalchemy.orm import Session

from workbench.domain import Kind, Predicate, Ref
from workbench.errors import WorkbenchError
from workbench.messages import Message, Template
from workbench.store.entry_rows import entry_id_of
from workbench.store.models import Entry, Framework, UnifiedActivity, UnifiedProcess, UnifiedTrace
from workbench.unify.model_graph import PROPOSED as PROPOSED  # the interface reads it here
from workbench.unify.model_state import (
    ModelEdit,
    ModelUndo,
    adopt_used_proposals,
    all_states,
    new_element_uid,
    placed,
    process_order,
    process_state,
    renumber,
    restore_in,
    set_order,
)
from workbench.unify.naming import normalise
from workbench.workspace import Workspace

UNKNOWN_SKELETON = Template("model.unknown-skeleton", "unknown process skeleton '{skeleton}': use one of {skeletons}")
MODEL_NOT_EMPTY = Template("model.not-empty", "{path}: the unified process model is not empty")
NO_USM = Template("model.no-usm", "{path} holds no 'usm' framework to start the process model from")
NO_USM_PROCESSES = Template("model.no-usm-processes", "the USM framework has no processes to start from")
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
ACTIVITY_PLACED = Template(
    "model.activity-placed",
    "{ref} is already traced as {relation} to the activity '{other}' in '{process}'; an activity has one place in "
    "the model: remove that trace first, or trace it here as broader, narrower or related",
)

SKELETONS = ("usm", "empty")
STATUSES = ("draft", "agreed")
"""The statuses a person gives a process or activity."""
RELATIONS = tuple(predicate.short for predicate in Predicate)
SAME = ("exact", "close")
"""The relations that say a framework entry *is* the unified element (so an activity has one of them at most)."""


# --- starting ------------------------------------------------------------------------------------------------


def is_empty(workspace: Workspace) -> bool:
    """Nothing but processes the refresh proposed (a skeleton may still be started)."""
    with workspace.transaction() as session:
        return is_empty_in(session)


def is_empty_in(session: Session) -> bool:
    return session.scalar(select(UnifiedProcess.id).where(UnifiedProcess.status != PROPOSED).limit(1)) is None


def start(workspace: Workspace, skeleton: str = "usm") -> ModelEdit | None:
    """Fill an empty model from a skeleton: "usm" copies USM's processes and activities and traces each to its
    USM entry as its source; "empty" leaves the model empty. Returns None when nothing was added."""
    with workspace.transaction() as session:
        before, order = all_states(session), tuple(process_order(session))  # proposals the start replaces
        created = start_in(session, skeleton, str(workspace.path))
        return ModelEdit(created[0], ModelUndo(restore=before, remove=created, order=order)) if created else None


def start_in(session: Session, skeleton: str, path: str) -> tuple[str, ...]:
    """`start` inside the caller's transaction; the uids of the processes it created."""
    if skeleton not in SKELETONS:
        raise WorkbenchError(UNKNOWN_SKELETON(skeleton=skeleton, skeletons=tuple(SKELETONS)))
    adopt_used_proposals(session)
    if not is_empty_in(session):
        raise WorkbenchError(MODEL_NOT_EMPTY(path=path))
    if skeleton == "empty":
        return ()
    # Processes the refresh proposed while there was no skeleton give way to it: the refresh that follows a start
    # traces their entries to the skeleton, or proposes them again where it has no counterpart.
    session.execute(delete(UnifiedProcess).where(UnifiedProcess.status == PROPOSED))
    usm = session.scalar(select(Framework.id).where(Framework.key == "usm"))
    if usm is None:
        raise WorkbenchError(NO_USM(path=path))
    rows = session.execute(
        select(Entry.id, Entry.kind, Entry.label, Entry.definition, Entry.trigger, Entry.outcome, Entry.parent_id)
        .where(Entry.framework_id == usm, Entry.kind.in_([Kind.PROCESS.value, Kind.ACTIVITY.value]))
        .order_by(Entry.position, Entry.id)
    ).all()
    created: list[str] = []
    process_ids: dict[int, int] = {}
    for row in rows:
        if row.kind == Kind.PROCESS.value:
            uid = new_element_uid("p")
            process_ids[row.id] = session.execute(
                insert(UnifiedProcess)
                .values(uid=uid, label=row.label, description=row.definition, trigger=row.trigger,
                        outcome=row.outcome, status="draft", notes="", position=len(process_ids))
                .returning(UnifiedProcess.id)
            ).scalar_one()
            created.append(uid)
            session.execute(insert(UnifiedTrace).values(process_id=process_ids[row.id], entry_id=row.id,
                                                        relation="exact", origin="source"))
    counts: dict[int, int] = {}
    for row in rows:
        if row.kind == Kind.ACTIVITY.value and row.parent_id in process_ids:
            process_id = process_ids[row.parent_id]
            activity_id = session.execute(
                insert(UnifiedActivity)
                .values(uid=new_element_uid("a"), process_id=process_id, label=row.label,
                        description=row.definition, position=counts.get(process_id, 0), status="draft")
                .returning(UnifiedActivity.id)
            ).scalar_one()
            counts[process_id] = counts.get(process_id, 0) + 1
            session.execute(insert(UnifiedTrace).values(activity_id=activity_id, entry_id=row.id,
                                                        relation="exact", origin="source"))
    return tuple(created)


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
        order = process_order(session)
        uid = new_element_uid("p")
        session.execute(insert(UnifiedProcess).values(
            uid=uid, label=label, description=description.strip(), trigger=trigger.strip(),
            outcome=outcome.strip(), status="draft", notes="", position=len(order)))
        set_order(session, placed(order, uid, position))
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
        before = process_state(session, process)
        if label is not None:
            process.label = _label(label, NAMED_PROCESS_NEEDS_LABEL(uid=uid))
        process.status = _adopted(process.status)  # any edit adopts a proposed process
        for column, value in (("description", description), ("trigger", trigger), ("outcome", outcome),
                              ("status", status), ("notes", notes)):
            if value is not None:
                setattr(process, column, value.strip())
        return ModelEdit(uid, ModelUndo(restore=(before,), order=tuple(process_order(session))))


def move_process(workspace: Workspace, uid: str, position: int) -> ModelEdit:
    with workspace.transaction() as session:
        process = _process(session, uid)
        before = process_state(session, process)
        order = process_order(session)
        process.status = _adopted(process.status)
        set_order(session, placed([u for u in order if u != uid], uid, position))
        return ModelEdit(uid, ModelUndo(restore=(before,), order=tuple(order)))


def delete_process(workspace: Workspace, uid: str) -> ModelEdit:
    """Delete a process with its activities and traces."""
    with workspace.transaction() as session:
        process = _process(session, uid)
        before = process_state(session, process)
        order = process_order(session)
        session.delete(process)
        session.flush()
        set_order(session, [u for u in order if u != uid])
        return ModelEdit(uid, ModelUndo(restore=(before,), order=tuple(order)))


# --- activities ----------------------------------------------------------------------------------------------


def add_activity(
    workspace: Workspace, process_uid: str, label: str, *, position: int | None = None, description: str = ""
) -> ModelEdit:
    label = _label(label, ACTIVITY_NEEDS_LABEL())
    with workspace.transaction() as session:
        process = _process(session, process_uid)
        _refuse_duplicate(session, label, None)
        before = process_state(session, process)
        uid = new_element_uid("a")
        session.execute(insert(UnifiedActivity).values(uid=uid, process_id=process.id, label=label,
                                                       description=description.strip(), position=10**6,
                                                       status="draft"))
        process.status = _adopted(process.status)
        renumber(session, process.id, uid, position)
        return ModelEdit(uid, ModelUndo(restore=(before,), order=tuple(process_order(session))))


def update_activity(
    workspace: Workspace, uid: str, *, label: str | None = None, description: str | None = None,
    status: str | None = None,
) -> ModelEdit:
    """Rename an activity, change its description or status; any edit adopts a proposed activity."""
    if status is not None and status not in STATUSES:
        raise WorkbenchError(BAD_STATUS(uid=uid, status=status, statuses=tuple(STATUSES)))
    with workspace.transaction() as session:
        activity = _activity(session, uid)
        process = session.get_one(UnifiedProcess, activity.process_id)
        before = process_state(session, process)
        if label is not None:
            activity.label = _label(label, NAMED_ACTIVITY_NEEDS_LABEL(uid=uid))
            _refuse_duplicate(session, activity.label, activity.id)
        if description is not None:
            activity.description = description.strip()
        activity.status = status or _adopted(activity.status)
        process.status = _adopted(process.status)
        return ModelEdit(uid, ModelUndo(restore=(before,), order=tuple(process_order(session))))


def move_activity(workspace: Workspace, uid: str, process_uid: str, position: int | None = None) -> ModelEdit:
    """Reorder an activity inside its process, or move it to another process (at `position`, else last)."""
    with workspace.transaction() as session:
        activity = _activity(session, uid)
        source = session.get_one(UnifiedProcess, activity.process_id)
        target = _process(session, process_uid)
        before = tuple(dict.fromkeys([process_state(session, source), process_state(session, target)]))
        activity.process_id = target.id
        activity.status = _adopted(activity.status)
        source.status, target.status = _adopted(source.status), _adopted(target.status)
        session.flush()
        renumber(session, target.id, uid, position)
        if source.id != target.id:
            renumber(session, source.id, None, None)
        return ModelEdit(uid, ModelUndo(restore=before, order=tuple(process_order(session))))


def delete_activity(workspace: Workspace, uid: str) -> ModelEdit:
    """Delete an activity. Its traces are remembered on its process as "removed", so a refresh from decisions
    proposes none of its entries in that process again."""
    with workspace.transaction() as session:
        activity = _activity(session, uid)
        process = session.get_one(UnifiedProcess, activity.process_id)
        before = process_state(session, process)
        entries = dict(session.execute(
            select(UnifiedTrace.entry_id, UnifiedTrace.relation).where(UnifiedTrace.activity_id == activity.id)
        ).all())
        session.delete(activity)
        session.flush()
        process.status = _adopted(process.status)
        if entries:
            session.execute(insert(UnifiedTrace), [
                {"process_id": process.id, "activity_id": None, "entry_id": entry_id, "relation": relation,
                 "origin": "removed"}
                for entry_id, relation in entries.items()
            ])
        renumber(session, process.id, None, None)
        return ModelEdit(uid, ModelUndo(restore=(before,), order=tuple(process_order(session))))


# --- traces --------------------------------------------------------------------------------------------------


def trace(workspace: Workspace, ref: Ref | str, uid: str, relation: str = "exact") -> ModelEdit:
    """Record that framework entry `ref` relates to unified process or activity `uid` as `relation` (a trace
    made by hand). A framework activity is exact or close to one unified activity at most: a trace by hand
    elsewhere refuses, one the refresh derived gives way."""
    ref = Ref.parse(ref) if isinstance(ref, str) else ref
    relation = Predicate.parse(relation).short
    with workspace.transaction() as session:
        entry_id = entry_id_of(session, ref)
        process, target = _target(session, uid)
        others: list[int] = []
        if target is not None and relation in SAME and _is_activity(session, entry_id):
            others = _other_places(session, ref, entry_id, target.id)
        before = tuple(dict.fromkeys(
            [process_state(session, process)]
            + [process_state(session, session.get_one(UnifiedProcess, other)) for other in others]
        ))
        if others:
            assert target is not None
            session.execute(delete(UnifiedTrace).where(
                UnifiedTrace.entry_id == entry_id, UnifiedTrace.activity_id.is_not(None),
                UnifiedTrace.activity_id != target.id, UnifiedTrace.origin == "derived",
                UnifiedTrace.relation.in_(SAME)))
        column = UnifiedTrace.process_id if target is None else UnifiedTrace.activity_id
        target_id = process.id if target is None else target.id
        session.execute(delete(UnifiedTrace).where(column == target_id, UnifiedTrace.entry_id == entry_id))
        values = {"process_id": process.id} if target is None else {"activity_id": target_id}
        session.execute(insert(UnifiedTrace).values(entry_id=entry_id, relation=relation, origin="manual", **values))
        if target is not None:
            target.status = _adopted(target.status)
        process.status = _adopted(process.status)
        return ModelEdit(uid, ModelUndo(restore=before, order=tuple(process_order(session))))


def untrace(workspace: Workspace, ref: Ref | str, uid: str) -> ModelEdit:
    """Take a trace away. It is kept as "removed", so the refresh from decisions does not trace it there again;
    tracing it by hand brings it back."""
    ref = Ref.parse(ref) if isinstance(ref, str) else ref
    with workspace.transaction() as session:
        entry_id = entry_id_of(session, ref)
        process, target = _target(session, uid)
        before = process_state(session, process)
        column = UnifiedTrace.process_id if target is None else UnifiedTrace.activity_id
        target_id = process.id if target is None else target.id
        result = session.execute(
            update(UnifiedTrace)
            .where(column == target_id, UnifiedTrace.entry_id == entry_id, UnifiedTrace.origin != "removed")
            .values(origin="removed")
        )
        if not getattr(result, "rowcount", 0):
            raise WorkbenchError(NOT_TRACED(ref=str(ref), uid=uid))
        if target is not None:
            target.status = _adopted(target.status)
        process.status = _adopted(process.status)
        return ModelEdit(uid, ModelUndo(restore=(before,), order=tuple(process_order(session))))


# --- undo ----------------------------------------------------------------------------------------------------


def restore(workspace: Workspace, undo: ModelUndo) -> ModelEdit:
    """Undo an edit; returns the edit that redoes it."""
    with workspace.transaction() as session:
        return restore_in(session, undo)


# --- helpers -------------------------------------------------------------------------------------------------


def _label(text: str, refusal: Message) -> str:
    label = " ".join(text.split())
    if not label:
        raise WorkbenchError(refusal)
    return label


def _adopted(status: str) -> str:
    return "draft" if status == PROPOSED else status


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


def _is_activity(session: Session, entry_id: int) -> bool:
    return session.scalar(select(Entry.kind).where(Entry.id == entry_id)) == Kind.ACTIVITY.value


def _other_places(session: Session, ref: Ref, entry_id: int, activity_id: int) -> list[int]:
    """The processes holding another activity the entry is exact or close to by a derived trace (they give way);
    refuses when such a trace elsewhere was made by hand or is the other activity's source."""
    found: list[int] = []
    for origin, relation, label, process_id, process_label in session.execute(
        select(UnifiedTrace.origin, UnifiedTrace.relation, UnifiedActivity.label, UnifiedProcess.id,
               UnifiedProcess.label)
        .join(UnifiedActivity, UnifiedTrace.activity_id == UnifiedActivity.id)
        .join(UnifiedProcess, UnifiedActivity.process_id == UnifiedProcess.id)
        .where(UnifiedTrace.entry_id == entry_id, UnifiedTrace.activity_id != activity_id,
               UnifiedTrace.relation.in_(SAME), UnifiedTrace.origin != "removed")
        .order_by(UnifiedTrace.id)
    ):
        if origin != "derived":
            raise WorkbenchError(ACTIVITY_PLACED(ref=str(ref), relation=relation, other=label,
                                                 process=process_label))
        found.append(process_id)
    return list(dict.fromkeys(found))


def _refuse_duplicate(session: Session, label: str, activity_id: int | None) -> None:
    key = normalise(label)
    for other_id, other_label, process_label in session.execute(
        select(UnifiedActivity.id, UnifiedActivity.label, UnifiedProcess.label).join(
            UnifiedProcess, UnifiedActivity.process_id == UnifiedProcess.id
        )
    ):
        if other_id != activity_id and normalise(other_label) == key:
            raise WorkbenchError(ACTIVITY_TWICE(label=label, process=process_label, other=other_label))
