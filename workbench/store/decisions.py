"""Writing one decision when others may be writing the same workspace at the same moment.

- Without a check (the command line: the person states the decision outright), a decision is an upsert: an
  INSERT that becomes an UPDATE when the pair is already decided, atomic on SQLite and PostgreSQL alike, so
  writers deciding the same pair at once never fail on the unique pair, and the last one wins.
- With a check (a window that showed the pair): the decision is written only if the pair still holds exactly
  what the window loaded, by stamp (`Mapping.version`); otherwise nothing is written and `DecisionChangedError`
  says who changed it and when, carrying their decision so the window can offer theirs or yours.
- Conflicts of the database itself (a deadlock, a serialization failure, a key taken at that moment) are retried.
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from typing import Any, TypeVar

from sqlalchemy import ColumnElement, and_, delete, update
from sqlalchemy.dialects import sqlite
from sqlalchemy.orm import Session

from workbench.domain import MappingRecord, Ref
from workbench.errors import WorkbenchError
from workbench.messages import Template, relation
from workbench.store.models import Mapping
from workbench.store.records import mapping_records
from workbench.store.server_errors import RetryableError

CHANGED_BY = Template(
    "decision.changed-by",
    "{subject} and {object}: changed by {author} at {time} since it was shown to you (now: {relation}); nothing "
    "was recorded",
)
REMOVED_SINCE = Template(
    "decision.removed-since",
    "{subject} and {object}: the decision was removed since it was shown to you; nothing was recorded",
)
RETRIES = 6

T = TypeVar("T")


class AnyVersion:
    """No check: the decision replaces whatever the pair holds (`ANY_VERSION`)."""


ANY_VERSION = AnyVersion()
Expected = MappingRecord | None | AnyVersion
"""What the writer last saw of the pair: a decision, None (no decision), or ANY_VERSION (no check)."""
Held = Sequence[MappingRecord] | MappingRecord | None | AnyVersion
"""What a pair held when the window last saw it, either way round: its decisions, one, none, or ANY_VERSION."""


class DecisionChangedError(WorkbenchError):
    """The pair changed since the writer loaded it; `current` is what it holds now (None: no decision)."""

    def __init__(self, subject: Ref, object: Ref, current: MappingRecord | None) -> None:
        self.current = current
        if current is None:
            message = REMOVED_SINCE(subject=str(subject), object=str(object))
        else:
            message = CHANGED_BY(subject=str(current.subject), object=str(current.object), author=current.author,
                                 time=local_time(current.updated),
                                 relation=relation("not a match" if current.negated else current.predicate.short))
        super().__init__(message)


class StaleError(Exception):
    """Raised inside the transaction to roll it back: the pair is not what the writer expected."""


def local_time(moment: datetime) -> str:
    """A stored (UTC) time as the reader's clock shows it."""
    return moment.replace(tzinfo=UTC).astimezone().strftime("%Y-%m-%d %H:%M")


def retrying(work: Callable[[], T]) -> T:
    """`work()`, done again (a few times, after a short random pause) while another writer got in its way."""
    for attempt in range(RETRIES):
        try:
            return work()
        except RetryableError:
            if attempt == RETRIES - 1:
                raise
            time.sleep(random.uniform(0.0, 0.01 * (attempt + 1)))
    raise AssertionError("unreachable")


def check_holds(session: Session, where: ColumnElement[bool], expected: Held, a: Ref, b: Ref) -> None:
    """Undo, redo and delete put a pair back to what the window showed; only while the pair (the decisions
    `where` selects) still holds exactly `expected` (an empty list for no decision), so a colleague's decision
    made since is never overwritten silently. ANY_VERSION: no check.
    Compared by what the decisions say and when they were written, not by stamp: undoing a later command puts
    the decision back as a new row with a new stamp, and the earlier commands' undo must still find it theirs."""
    if isinstance(expected, AnyVersion):
        return
    wanted = [expected] if isinstance(expected, MappingRecord) else list(expected or ())
    current = mapping_records(session, where)
    if {_said(record) for record in current} != {_said(record) for record in wanted}:
        raise DecisionChangedError(a, b, current[0] if current else None)


def _said(record: MappingRecord) -> tuple[object, ...]:
    return (record.subject, record.object, record.predicate, record.negated, record.confidence,
            record.justification, record.author, record.comment, record.created, record.updated)


def insert_for(session: Session) -> Any:
    """The dialect's INSERT, which knows ON CONFLICT (PostgreSQL's dialect is loaded only for a database)."""
    if session.get_bind().dialect.name == "postgresql":
        from sqlalchemy.dialects import postgresql

        return postgresql.insert
    return sqlite.insert


def upsert(session: Session, subject_id: int, object_id: int, values: dict[str, Any]) -> int:
    """Record the decision about (subject, object) whatever it holds now; the mapping's id."""
    row = insert_for(session)(Mapping).values(subject_id=subject_id, object_id=object_id, created=values["updated"],
                                              **values)
    # The stamp drawn for the row to insert serves the update too: a fresh one either way.
    statement = row.on_conflict_do_update(
        index_elements=[Mapping.subject_id, Mapping.object_id],
        set_={**values, "version": row.excluded.version},
    ).returning(Mapping.id)
    mapping_id: int = session.execute(statement).scalar_one()
    return mapping_id


def write_expected(session: Session, subject_id: int, object_id: int, values: dict[str, Any],
                   expected: MappingRecord | None, subject: Ref, replace_reverse: bool) -> int:
    """Record the decision only if the pair holds `expected` (by id and stamp; either direction when
    `replace_reverse`); raises StaleError otherwise. The mapping's id."""
    forward = expected if expected is not None and expected.subject == subject else None
    reverse = expected if expected is not None and expected.subject != subject else None
    if replace_reverse:
        condition = and_(Mapping.subject_id == object_id, Mapping.object_id == subject_id)
        if reverse is not None:
            condition = and_(condition, Mapping.id == reverse.id, Mapping.version == reverse.version)
        removed = session.execute(delete(Mapping).where(condition)).rowcount  # type: ignore[attr-defined]
        if removed != (1 if reverse is not None else 0):
            raise StaleError
    if forward is not None:
        changed = session.execute(
            update(Mapping).where(Mapping.id == forward.id, Mapping.version == forward.version).values(**values)
        ).rowcount  # type: ignore[attr-defined]
        if changed != 1:
            raise StaleError
        return forward.id
    mapping_id: int | None = session.execute(
        insert_for(session)(Mapping)
        .values(subject_id=subject_id, object_id=object_id, created=values["updated"], **values)
        .on_conflict_do_nothing(index_elements=[Mapping.subject_id, Mapping.object_id])
        .returning(Mapping.id)
    ).scalar()
    if mapping_id is None:
        raise StaleError
    return mapping_id
