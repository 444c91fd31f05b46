"""The services: the one API over a workspace that both the CLI and the Qt interface call.

Every method that changes something runs in one transaction and commits before it returns, so a decision
is on disk the moment the call ends. Results are plain values from `workbench.domain`, never ORM objects.
"""

from __future__ import annotations

import difflib
import getpass
import os
from collections import defaultdict
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, and_, delete, func, insert, or_, select, update
from sqlalchemy.orm import Session

from workbench.coverage import Coverage, coverage_by_kind
from workbench.domain import (
    MANUAL_CURATION,
    EntryRecord,
    FrameworkData,
    FrameworkRecord,
    Kind,
    MappingRecord,
    Predicate,
    Ref,
)
from workbench.errors import WorkbenchError
from workbench.memory import collector_paused
from workbench.messages import Message, Template
from workbench.search import rank_entries
from workbench.store import database, decisions, locations, sqlite_errors, watch
from workbench.store.decisions import ANY_VERSION, AnyVersion, DecisionChangedError, Expected, Held
from workbench.store.models import (
    Entry,
    Framework,
    Mapping,
    VersionCounter,
    utcnow,
)
from workbench.store.records import entry_records, entry_select, framework_record, insert_framework, mapping_records
from workbench.store.watch import ChangeWatch
from workbench.text import printable
from workbench.unified_model import UnifiedSnapshot, read_unified

SEARCH_CANDIDATES = 2_000
"""Entries read for one search before ranking; the best `limit` of them are shown."""

FRAMEWORK_TWICE = Template("workspace.framework-twice", "framework '{key}' is listed twice")
NO_FRAMEWORK = Template("workspace.no-framework", "no framework '{key}' in {path} (it holds: {keys})")
NO_FRAMEWORK_EMPTY = Template(
    "workspace.no-framework-empty", "no framework '{key}' in {path} (it holds no frameworks)"
)
HOLDS_FRAMEWORK = Template("workspace.holds-framework", "{path} already holds a framework '{key}'")
UNKNOWN_FRAMEWORK_OF_ENTRY = Template(
    "workspace.unknown-entry-framework", "unknown entry {ref}: no framework '{framework}' (it holds: {keys})"
)
UNKNOWN_FRAMEWORK_OF_ENTRY_EMPTY = Template(
    "workspace.unknown-entry-framework-empty",
    "unknown entry {ref}: no framework '{framework}' (it holds no frameworks)",
)
NO_ENTRY = Template("workspace.no-entry", "unknown entry {ref}: framework '{framework}' has no entry '{key}'")
NO_ENTRY_DID_YOU_MEAN = Template(
    "workspace.no-entry-did-you-mean",
    "unknown entry {ref}: framework '{framework}' has no entry '{key}'; did you mean {suggestion}?",
)
BAD_CONFIDENCE = Template("decision.confidence", "confidence {value} must be between 0 and 1")
SELF_MAPPING = Template("decision.self", "cannot map {ref} to itself")
NO_DECISION = Template("decision.missing", "no decision recorded for {subject} and {object}")


def default_author() -> str:
    """Who a decision is recorded for when the caller does not say: $WORKBENCH_AUTHOR, else the login name."""
    author = os.environ.get("WORKBENCH_AUTHOR", "").strip()
    if author:
        return author
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "unknown"


@dataclass(frozen=True)
class EntryFilter:
    framework: str | None = None
    kind: Kind | None = None
    text: str = ""
    """Case-insensitive substring of any label."""


class Workspace:
    """An open workspace file. Use as a context manager, or call `close()`."""

    def __init__(self, path: Path, opened: database.Opened) -> None:
        self._engine = opened.engine
        self.upgraded_from = opened.upgraded_from
        self.backup = opened.backup
        self._access = opened.access if opened.access is not None else database.Access(path)
        self.path = self._access.path
        """The workspace file; for a database, a stand-in whose `name` and `stem` are the database's name."""
        self.location = self._access.location
        """How people name it: the file path, or the database URL without its password."""
        self._after_write: Callable[[], None] | None = None
        self._closing: list[Callable[[], None]] = []

    # --- lifetime -------------------------------------------------------------------------------------------

    @classmethod
    def open(cls, location: str | Path, *, read_only: bool | str = False) -> Workspace:
        """Open a workspace: a file path, or a database URL postgresql://user@host[:port]/db. Read-only when asked
        (True, or the reason: "another-window"), or when it cannot be written (the file or its folder, or the
        database role). Then `read_only` says why, and every change raises one clear error."""
        if locations.is_url(location):
            from workbench.store import postgres  # the driver loads only for a database (locations says why)

            opened = postgres.open_server(str(location), read_only=read_only)
            return cls(opened.engine_path(), opened)
        path = Path(location)
        return cls(path, database.open_database(path, read_only=read_only))

    @property
    def on_server(self) -> bool:
        """True for a team workspace in a database server, False for a workspace file."""
        return self._engine.dialect.name == "postgresql"

    def watch_changes(self) -> ChangeWatch | None:
        """A watch that tells when other programs changed the workspace (None where nothing can change it)."""
        return watch.for_workspace(self._engine, self._access)

    @property
    def read_only(self) -> str | None:
        """None when changes can be saved; else why not (a key of `sqlite_errors.READ_ONLY_REASONS`)."""
        return self._access.read_only

    def require_writable(self) -> None:
        """Raise the read-only error now, before work whose result could not be saved."""
        if self._access.read_only is not None:
            raise sqlite_errors.read_only_problem(self.location, self._access.read_only)

    def on_write(self, hook: Callable[[], None] | None) -> None:
        """`hook()` is called after each transaction of this workspace object that wrote something has been
        committed (the desktop app tells its own changes from those of other programs); None to stop."""
        self._after_write = hook

    def on_lock_wait(self, hook: database.BusyHook | None) -> None:
        """`hook(waited, limit)` is called every quarter second while a change waits for another program's
        write lock (the desktop app shows it); None to stop."""
        self._access.waiting = hook

    @classmethod
    def create(
        cls, location: str | Path, frameworks: Sequence[FrameworkData] = (), *, force: bool = False
    ) -> Workspace:
        """A new workspace holding `frameworks`: a file, or the schema in an empty database (a URL)."""
        keys = [framework.key for framework in frameworks]
        duplicates = sorted({key for key in keys if keys.count(key) > 1})
        if duplicates:
            raise WorkbenchError(FRAMEWORK_TWICE(key=duplicates[0]))

        def fill(session: Session) -> None:
            for framework in frameworks:
                insert_framework(session, framework)

        if locations.is_url(location):
            from workbench.store import postgres  # the driver loads only for a database (locations says why)

            opened = postgres.create_server(str(location), force=force, populate=fill)
            return cls(opened.engine_path(), opened)

        def populate(engine: Engine) -> None:
            with Session(engine) as session, session.begin():
                fill(session)

        path = Path(location)
        access = database.Access(path)
        engine = database.create_database(path, force=force, populate=populate, access=access)
        return cls(path, database.Opened(engine, access=access))

    def close(self) -> None:
        self._engine.dispose()
        while self._closing:
            self._closing.pop()()

    def on_close(self, hook: Callable[[], None]) -> None:
        """`hook()` is called once when the workspace is closed (the desktop app gives its window lock back)."""
        self._closing.append(hook)

    def __enter__(self) -> Workspace:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    @contextmanager
    def transaction(self, *, consistent: bool = False) -> Iterator[Session]:
        """One unit of work: commits on success, rolls back on any error. For core service modules; callers
        outside `workbench` use the methods instead. `consistent`: what it reads stays as read until it commits
        (a file: the write lock is taken at once; a database: REPEATABLE READ, where a concurrent change of the
        same rows ends it with RetryableError), for work that writes what it computed from what it read."""
        writes = self._access.writes
        engine = self._engine
        if consistent and self.on_server:
            engine = engine.execution_options(isolation_level="REPEATABLE READ")
        with Session(engine) as session, session.begin():
            if consistent and not self.on_server and self.read_only is None:
                # A write that changes nothing: it takes the file's write lock now (BEGIN IMMEDIATE).
                session.execute(update(VersionCounter).where(VersionCounter.id == 0).values(value=0))
            yield session
        if self._access.writes != writes and self._after_write is not None:
            self._after_write()

    # --- frameworks -----------------------------------------------------------------------------------------

    def frameworks(self) -> list[FrameworkRecord]:
        with self.transaction() as session:
            counts: dict[int, dict[str, int]] = defaultdict(dict)
            for framework_id, kind, count in session.execute(
                select(Entry.framework_id, Entry.kind, func.count()).group_by(Entry.framework_id, Entry.kind)
            ):
                counts[framework_id][kind] = count
            rows = session.scalars(select(Framework).order_by(Framework.id)).all()
            return [framework_record(row, counts[row.id]) for row in rows]

    def framework(self, key: str) -> FrameworkRecord:
        for record in self.frameworks():
            if record.key == key:
                return record
        raise WorkbenchError(self._no_framework(key))

    def add_framework(self, data: FrameworkData) -> FrameworkRecord:
        with self.transaction() as session:
            if session.scalar(select(Framework.id).where(Framework.key == data.key)) is not None:
                raise WorkbenchError(HOLDS_FRAMEWORK(path=self.location, key=data.key))
            insert_framework(session, data)
        return self.framework(data.key)

    def _no_framework(self, key: str) -> Message:
        keys = tuple(record.key for record in self.frameworks())
        if keys:
            return NO_FRAMEWORK(key=key, path=self.location, keys=keys)
        return NO_FRAMEWORK_EMPTY(key=key, path=self.location)

    # --- entries --------------------------------------------------------------------------------------------

    def entries(
        self,
        framework: str | None = None,
        kind: Kind | None = None,
        text: str = "",
        *,
        limit: int | None = None,
        offset: int = 0,
    ) -> list[EntryRecord]:
        """Entries in the order their framework lists them (each process followed by its activities)."""
        with self.transaction() as session:
            query = self._entry_query(session, framework, kind, text).order_by(Entry.id)
            if limit is not None:
                query = query.limit(limit).offset(offset)
            with collector_paused():
                rows = session.execute(query).all()
            return entry_records(session, rows, query.with_only_columns(Entry.id).scalar_subquery())

    def search(self, text: str, frameworks: Sequence[str], *, limit: int = 200) -> list[EntryRecord]:
        """Entries of `frameworks` whose labels or definitions hold `text`, best first (workbench.search): the
        mapper's search of the target framework."""
        needle = text.strip().casefold()
        if not needle or not frameworks:
            return []
        escaped = "%" + needle.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        with self.transaction() as session:
            query = (
                entry_select()
                .where(Framework.key.in_(frameworks))
                .where(or_(Entry.search.like(escaped, escape="\\"), Entry.definition.like(escaped, escape="\\")))
                .order_by(Entry.id)
                .limit(SEARCH_CANDIDATES)
            )
            rows = session.execute(query).all()
            found = entry_records(session, rows, query.with_only_columns(Entry.id).scalar_subquery())
        return rank_entries(text, found)[:limit]

    def count_entries(self, framework: str | None = None, kind: Kind | None = None, text: str = "") -> int:
        with self.transaction() as session:
            query = self._entry_query(session, framework, kind, text)
            return session.scalar(select(func.count()).select_from(query.subquery())) or 0

    def _entry_query(self, session: Session, framework: str | None, kind: Kind | None, text: str) -> Any:
        query = entry_select()
        if framework is not None:
            framework_id = session.scalar(select(Framework.id).where(Framework.key == framework))
            if framework_id is None:
                raise WorkbenchError(self._no_framework(framework))
            query = query.where(Entry.framework_id == framework_id)
        if kind is not None:
            query = query.where(Entry.kind == kind.value)
        needle = text.strip().casefold()
        if needle:
            escaped = needle.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
            query = query.where(Entry.search.like(f"%{escaped}%", escape="\\"))
        return query

    def entry(self, ref: Ref | str) -> EntryRecord:
        ref = Ref.parse(ref) if isinstance(ref, str) else ref
        with self.transaction() as session:
            row = session.execute(
                entry_select().where(Framework.key == ref.framework, Entry.key == ref.key)
            ).first()
            if row is None:
                raise WorkbenchError(self._unknown_ref_message(session, ref))
            return entry_records(session, [row], select(Entry.id).where(Entry.id == row.id).scalar_subquery())[0]

    def activities_of(self, process: Ref | str) -> list[EntryRecord]:
        """The activities of a process, in order."""
        process = Ref.parse(process) if isinstance(process, str) else process
        with self.transaction() as session:
            process_id = self._entry_id(session, process)
            query = entry_select().where(Entry.parent_id == process_id).order_by(Entry.position, Entry.id)
            rows = session.execute(query).all()
            return entry_records(session, rows, query.with_only_columns(Entry.id).scalar_subquery())

    def _entry_id(self, session: Session, ref: Ref) -> int:
        entry_id = session.scalar(
            select(Entry.id).join(Framework).where(Framework.key == ref.framework, Entry.key == ref.key)
        )
        if entry_id is None:
            raise WorkbenchError(self._unknown_ref_message(session, ref))
        return entry_id

    def _unknown_ref_message(self, session: Session, ref: Ref) -> Message:
        if session.scalar(select(Framework.id).where(Framework.key == ref.framework)) is None:
            held = tuple(record.key for record in self.frameworks())
            if held:
                return UNKNOWN_FRAMEWORK_OF_ENTRY(ref=str(ref), framework=ref.framework, keys=held)
            return UNKNOWN_FRAMEWORK_OF_ENTRY_EMPTY(ref=str(ref), framework=ref.framework)
        keys = session.scalars(select(Entry.key).join(Framework).where(Framework.key == ref.framework)).all()
        close = difflib.get_close_matches(ref.key, keys, n=1)
        if close:
            return NO_ENTRY_DID_YOU_MEAN(ref=str(ref), framework=ref.framework, key=ref.key,
                                         suggestion=f"{ref.framework}:{close[0]}")
        return NO_ENTRY(ref=str(ref), framework=ref.framework, key=ref.key)

    # --- mappings -------------------------------------------------------------------------------------------

    def add_mapping(
        self,
        subject: Ref | str,
        predicate: Predicate | str,
        object: Ref | str,
        *,
        negated: bool = False,
        comment: str = "",
        author: str | None = None,
        confidence: float = 1.0,
        justification: str = MANUAL_CURATION,
        replace_reverse: bool = False,
        expected: Expected = ANY_VERSION,
    ) -> MappingRecord:
        """Record a decision about a pair; a later decision about the same pair replaces the earlier one.
        `replace_reverse`: a decision recorded the other way round (object to subject) is replaced too, in the
        same transaction, so the pair holds this one decision (the mapper decides about pairs, not directions).
        `expected`: what the caller last saw of the pair (a decision, or None for none); when the pair holds
        something else now, nothing is recorded and DecisionChangedError says who changed it and when."""
        subject = Ref.parse(subject) if isinstance(subject, str) else subject
        object = Ref.parse(object) if isinstance(object, str) else object
        predicate = predicate if isinstance(predicate, Predicate) else Predicate.parse(predicate)
        if not 0.0 <= confidence <= 1.0:
            raise WorkbenchError(BAD_CONFIDENCE(value=confidence))
        if subject == object:
            raise WorkbenchError(SELF_MAPPING(ref=str(subject)))
        values = {
            "predicate": predicate.value,
            "negated": negated,
            "confidence": confidence,
            "justification": justification,
            "author": printable(author if author is not None else default_author()),
            "comment": printable(comment).strip(),
        }

        def write() -> MappingRecord:
            with self.transaction() as session:
                subject_id = self._entry_id(session, subject)
                object_id = self._entry_id(session, object)
                now = {**values, "updated": utcnow()}
                if isinstance(expected, AnyVersion):
                    if replace_reverse:
                        session.execute(
                            delete(Mapping).where(Mapping.subject_id == object_id, Mapping.object_id == subject_id)
                        )
                    mapping_id = decisions.upsert(session, subject_id, object_id, now)
                else:
                    mapping_id = decisions.write_expected(session, subject_id, object_id, now, expected, subject,
                                                          replace_reverse)
                return mapping_records(session, Mapping.id == mapping_id)[0]

        try:
            return decisions.retrying(write)
        except decisions.StaleError:
            current = self.mapping_between(subject, object)
            if current is None and replace_reverse:
                current = self.mapping_between(object, subject)
            raise DecisionChangedError(subject, object, current) from None

    def restore_mapping(self, record: MappingRecord, *, expected: Held = ANY_VERSION) -> MappingRecord:
        """Put back a decision exactly as it was (for undo), replacing whatever the pair holds now; with
        `expected`, only while the pair holds that (DecisionChangedError otherwise)."""
        with self.transaction() as session:
            subject_id = self._entry_id(session, record.subject)
            object_id = self._entry_id(session, record.object)
            decisions.check_holds(session, and_(Mapping.subject_id == subject_id, Mapping.object_id == object_id),
                                  expected, record.subject, record.object)
            session.execute(
                delete(Mapping).where(Mapping.subject_id == subject_id, Mapping.object_id == object_id)
            )
            session.execute(
                insert(Mapping).values(
                    subject_id=subject_id,
                    object_id=object_id,
                    predicate=record.predicate.value,
                    negated=record.negated,
                    confidence=record.confidence,
                    justification=record.justification,
                    author=record.author,
                    comment=record.comment,
                    created=record.created,
                    updated=record.updated,
                )
            )
            return mapping_records(
                session, and_(Mapping.subject_id == subject_id, Mapping.object_id == object_id)
            )[0]

    def restore_pair(self, a: Ref, b: Ref, records: Sequence[MappingRecord], *,
                     expected: Held = ANY_VERSION) -> list[MappingRecord]:
        """Put the pair (either direction) back to exactly `records` (for undo of a decision that replaced a
        reverse one): whatever the pair holds now goes, in one transaction; with `expected`, only while the pair
        holds that (DecisionChangedError otherwise). Returns what the pair holds then."""
        with self.transaction() as session:
            a_id, b_id = self._entry_id(session, a), self._entry_id(session, b)
            pair = or_(
                and_(Mapping.subject_id == a_id, Mapping.object_id == b_id),
                and_(Mapping.subject_id == b_id, Mapping.object_id == a_id),
            )
            decisions.check_holds(session, pair, expected, a, b)
            session.execute(delete(Mapping).where(pair))
            for record in records:
                session.execute(insert(Mapping).values(
                    subject_id=a_id if record.subject == a else b_id,
                    object_id=b_id if record.subject == a else a_id,
                    predicate=record.predicate.value,
                    negated=record.negated,
                    confidence=record.confidence,
                    justification=record.justification,
                    author=record.author,
                    comment=record.comment,
                    created=record.created,
                    updated=record.updated,
                ))
            return mapping_records(session, pair)

    def set_rationale(self, subject: Ref, object: Ref, comment: str, *,
                      expected: MappingRecord | None = None) -> MappingRecord:
        """Change the rationale of the decision about (subject, object); its relation and author stay. With
        `expected` (the decision as the caller saw it), only if nobody changed it since (DecisionChangedError)."""
        with self.transaction() as session:
            subject_id, object_id = self._entry_id(session, subject), self._entry_id(session, object)
            where = and_(Mapping.subject_id == subject_id, Mapping.object_id == object_id)
            checked = where if expected is None else and_(where, Mapping.version == expected.version)
            changed = session.execute(update(Mapping).where(checked).values(comment=comment.strip(), updated=utcnow()))
            if changed.rowcount == 0 and expected is None:  # type: ignore[attr-defined]
                raise WorkbenchError(NO_DECISION(subject=str(subject), object=str(object)))
            if changed.rowcount == 0:  # type: ignore[attr-defined]
                current = mapping_records(session, where)
                raise DecisionChangedError(subject, object, current[0] if current else None)
            return mapping_records(session, where)[0]

    def remove_mapping(self, subject: Ref | str, object: Ref | str, *,
                       expected: MappingRecord | AnyVersion = ANY_VERSION) -> MappingRecord:
        """Forget the decision about a pair; returns what was removed. With `expected` (the decision as the
        caller saw it), only if nobody changed it since (DecisionChangedError)."""
        subject = Ref.parse(subject) if isinstance(subject, str) else subject
        object = Ref.parse(object) if isinstance(object, str) else object
        with self.transaction() as session:
            subject_id = self._entry_id(session, subject)
            object_id = self._entry_id(session, object)
            found = mapping_records(
                session, and_(Mapping.subject_id == subject_id, Mapping.object_id == object_id)
            )
            if not found and isinstance(expected, AnyVersion):
                raise WorkbenchError(NO_DECISION(subject=str(subject), object=str(object)))
            decisions.check_holds(session, and_(Mapping.subject_id == subject_id, Mapping.object_id == object_id),
                                  expected, subject, object)
            session.execute(
                delete(Mapping).where(Mapping.subject_id == subject_id, Mapping.object_id == object_id)
            )
            return found[0]

    def mapping_between(self, subject: Ref | str, object: Ref | str) -> MappingRecord | None:
        subject = Ref.parse(subject) if isinstance(subject, str) else subject
        object = Ref.parse(object) if isinstance(object, str) else object
        with self.transaction() as session:
            subject_id = self._entry_id(session, subject)
            object_id = self._entry_id(session, object)
            found = mapping_records(
                session, and_(Mapping.subject_id == subject_id, Mapping.object_id == object_id)
            )
            return found[0] if found else None

    def mappings(self, framework: str | None = None, other: str | None = None) -> list[MappingRecord]:
        """All decisions, or those touching `framework` (and, with `other`, between the two in either order)."""
        with self.transaction() as session:
            for key in (framework, other):
                if key is not None and session.scalar(select(Framework.id).where(Framework.key == key)) is None:
                    raise WorkbenchError(self._no_framework(key))
            return mapping_records(session, between=(framework, other))

    def mappings_of(self, ref: Ref | str) -> list[MappingRecord]:
        """Every decision that names this entry, on either side."""
        ref = Ref.parse(ref) if isinstance(ref, str) else ref
        with self.transaction() as session:
            entry_id = self._entry_id(session, ref)
            return mapping_records(session, or_(Mapping.subject_id == entry_id, Mapping.object_id == entry_id))

    def coverage(self) -> dict[tuple[str, Kind], Coverage]:
        """Per framework and kind: entries in all, reviewed and aligned (one definition: workbench.coverage)."""
        with self.transaction() as session:
            return coverage_by_kind(session)

    def count_mappings(self) -> int:
        with self.transaction() as session:
            return session.scalar(select(func.count()).select_from(Mapping)) or 0

    # --- bulk access for exporters and checks -----------------------------------------------------------------

    def unified_snapshot(self) -> UnifiedSnapshot:
        with self.transaction() as session:
            return read_unified(session)
