"""Entries deliberately left out of the unified model, so the coverage check does not count them as gaps."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import delete, insert, select
from sqlalchemy.orm import Session

from workbench.domain import Ref
from workbench.store.batches import batched
from workbench.store.entry_rows import entry_id_of
from workbench.store.models import Entry, EntryExclusion, Framework, utcnow
from workbench.workspace import Workspace, default_author


@dataclass(frozen=True)
class Exclusion:
    ref: Ref
    reason: str
    author: str
    created: datetime


@dataclass(frozen=True)
class ExclusionUndo:
    """The exclusions of the touched entries as they were: entries listed in `refs` but not in `before` had
    none."""

    refs: tuple[Ref, ...]
    before: tuple[Exclusion, ...]


def exclusions(workspace: Workspace) -> list[Exclusion]:
    with workspace.transaction() as session:
        return _rows(session)


def _rows(session: Session) -> list[Exclusion]:
    rows = session.execute(
        select(Framework.key, Entry.key, EntryExclusion.reason, EntryExclusion.author, EntryExclusion.created)
        .join(Entry, EntryExclusion.entry_id == Entry.id)
        .join(Framework, Entry.framework_id == Framework.id)
        .order_by(Framework.id, Entry.id)
    )
    return [Exclusion(Ref(fw, key), reason, author, created) for fw, key, reason, author, created in rows]


def exclude(
    workspace: Workspace, refs: Sequence[Ref | str], reason: str = "", author: str | None = None
) -> ExclusionUndo:
    """Mark entries as deliberately outside the unified model (replacing any earlier reason)."""
    parsed = _parse(refs)
    now = utcnow()
    with workspace.transaction() as session:
        ids = {ref: entry_id_of(session, ref) for ref in parsed}
        undo = _undo(session, parsed)
        _delete_exclusions(session, ids.values())
        session.execute(
            insert(EntryExclusion),
            [{"entry_id": i, "reason": reason.strip(), "author": author or default_author(), "created": now}
             for i in ids.values()],
        )
        return undo


def include(workspace: Workspace, refs: Sequence[Ref | str]) -> ExclusionUndo:
    """Take entries back into the coverage count."""
    parsed = _parse(refs)
    with workspace.transaction() as session:
        ids = [entry_id_of(session, ref) for ref in parsed]
        undo = _undo(session, parsed)
        _delete_exclusions(session, ids)
        return undo


def restore(workspace: Workspace, undo: ExclusionUndo) -> ExclusionUndo:
    """Put the exclusions of `undo.refs` back as they were; returns the undo of this restore (a redo)."""
    with workspace.transaction() as session:
        redo = _undo(session, undo.refs)
        ids = {ref: entry_id_of(session, ref) for ref in undo.refs}
        _delete_exclusions(session, ids.values())
        if undo.before:
            session.execute(
                insert(EntryExclusion),
                [{"entry_id": ids[e.ref], "reason": e.reason, "author": e.author, "created": e.created}
                 for e in undo.before],
            )
        return redo


def _delete_exclusions(session: Session, entry_ids: Iterable[int]) -> None:
    for batch in batched(entry_ids):
        session.execute(delete(EntryExclusion).where(EntryExclusion.entry_id.in_(batch)))


def _parse(refs: Sequence[Ref | str]) -> tuple[Ref, ...]:
    return tuple(dict.fromkeys(Ref.parse(ref) if isinstance(ref, str) else ref for ref in refs))


def _undo(session: Session, refs: Sequence[Ref]) -> ExclusionUndo:
    wanted = set(refs)
    return ExclusionUndo(tuple(refs), tuple(e for e in _rows(session) if e.ref in wanted))
