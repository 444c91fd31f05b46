"""Opening workspace files: recognising them, refusing what is not ours, upgrading older schemas safely.

A workspace is one SQLite file marked with our `application_id` and versioned by Alembic. Before anything
writes to a file we inspect it read-only, so refusing a file never changes it.

A workspace that cannot be written (read-only media, a folder or file without write permission) or that is
asked for read-only opens read-only: reading works, a write says why it cannot be done. Every SQLite error
becomes one line saying what happened (`workbench.store.sqlite_errors`); a lock held by another program is
waited for (`lock_wait()` seconds, reported to `Access.waiting` so the desktop app can show it) before giving up.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import sqlite3
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.pool import NullPool

from workbench.errors import WorkbenchError
from workbench.files import NO_FOLDER, default_file_mode, write_failure
from workbench.messages import Template
from workbench.store import sqlite_errors

APPLICATION_ID = 0x46485742  # "FHWB": marks a SQLite file as a workbench workspace
_SQLITE_HEADER = b"SQLite format 3\x00"


NO_WORKSPACE = Template("workspace.missing", "{path}: no such workspace")
A_FOLDER = Template("workspace.is-folder", "{path}: is a folder, not a workspace file")
CANNOT_READ = Template("workspace.cannot-read", "{path}: cannot read the file: {reason}")
NOT_SQLITE = Template("workspace.not-sqlite", "{path}: not a workbench workspace (it is not a SQLite database)")
OTHER_PROGRAM = Template(
    "workspace.other-program", "{path}: not a workbench workspace (a SQLite database of another program)"
)
NEWER = Template(
    "workspace.newer", "{path}: made by a newer version of the workbench (schema {revision}); install a newer "
    "workbench to open it"
)
UPGRADE_FAILED = Template(
    "workspace.upgrade-failed",
    "{path}: upgrading from schema {revision} failed ({error}); the file is unchanged and a copy is at {backup}",
)
FOLDER_NOT_FILE = Template("workspace.folder-not-file", "{path}: is a folder; give a file name for the workspace")
EXISTS = Template("workspace.exists", "{path}: already exists; use --force to replace it")


class WorkspaceFileError(WorkbenchError):
    """A file that cannot be opened as a workspace; nothing was written to it."""


NEEDS_UPGRADE = Template(
    "workspace.read-only-needs-upgrade",
    "{path}: made by an earlier version (schema {revision}) and must be upgraded, which needs write access "
    "({reason})",
)
UNREADABLE_JOURNAL = Template(
    "workspace.journal-needs-writable-folder",
    "{path}: its journal {journal} holds changes that can only be read in a writable folder; copy both files "
    "to one",
)
DEFAULT_LOCK_WAIT = 30.0
BusyHook = Callable[[float, float], None]
"""Called while waiting for another program's write lock: (seconds waited, seconds it will wait at most)."""


def lock_wait() -> float:
    """Seconds to wait for a lock another program holds: $WORKBENCH_LOCK_WAIT, else 30."""
    try:
        return max(0.0, float(os.environ.get("WORKBENCH_LOCK_WAIT", DEFAULT_LOCK_WAIT)))
    except ValueError:
        return DEFAULT_LOCK_WAIT


@dataclass
class Access:
    """How a workspace file is used: writable or read-only (and why), and who hears about waiting for a lock."""

    path: Path
    read_only: str | None = None
    """None when writable; else the reason's key in `sqlite_errors.READ_ONLY_REASONS`."""
    uri_options: str = ""
    """SQLite URI parameters of a read-only connection: mode=ro, and immutable=1 where nothing can change it."""
    waiting: BusyHook | None = None
    lock_wait: float = field(default_factory=lock_wait)
    writes: int = 0
    """Write transactions begun through this access (the desktop app tells its own changes from others')."""
    location: str = ""
    """How the workspace is named to people: the file path, or a database URL without its password."""
    token: str = ""
    """A database workspace: the application_name its connections carry (workbench.store.postgres)."""

    def __post_init__(self) -> None:
        if not self.location:
            self.location = str(self.path)


@dataclass(frozen=True)
class Opened:
    engine: Engine
    upgraded_from: str | None = None
    backup: Path | None = None
    access: Access | None = None

    def engine_path(self) -> Path:
        """The workspace's path (a database's stand-in path, see `Access.path`)."""
        assert self.access is not None
        return self.access.path


def alembic_config() -> Config:
    config = Config()
    config.set_main_option("script_location", "workbench.store:migrations")
    return config


def _scripts() -> ScriptDirectory:
    return ScriptDirectory.from_config(alembic_config())


def head_revision() -> str:
    head = _scripts().get_current_head()
    assert head is not None
    return head


def known_revisions() -> list[str]:
    """Oldest first."""
    return [script.revision for script in reversed(list(_scripts().walk_revisions()))]


SYNCHRONOUS = "FULL"
"""FULL: each commit syncs the WAL, so a decision is on disk when the call returns, even if the laptop loses
power a moment later (NORMAL may lose the last commits then, though never the file's integrity). It costs
4-6 ms more per decision here (docs/reliability.md; tests/benchmarks/test_durability_benchmark.py)."""


def _configure_connection(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute(f"PRAGMA synchronous={SYNCHRONOUS}")
    cursor.close()


def _configure_read_only(dbapi_connection: Any, _record: Any) -> None:
    dbapi_connection.execute("PRAGMA foreign_keys=ON")


WRITE_STATEMENT = re.compile(r"\s*(INSERT|UPDATE|DELETE|REPLACE|CREATE|DROP|ALTER)\b", re.IGNORECASE)
_SLICE = 0.25
"""Seconds of each wait for the write lock, between reports to `Access.waiting`."""


def _take_write_lock(connection: sqlite3.Connection, access: Access) -> None:
    """BEGIN IMMEDIATE, waiting for another program's write lock in slices so the waiting can be shown.

    Taken before a transaction's first write: the lock is then held until commit, so the writes that follow
    never meet a busy lock halfway (and never see SQLITE_BUSY_SNAPSHOT)."""
    started = time.monotonic()
    connection.execute(f"PRAGMA busy_timeout={int(_SLICE * 1000)}")
    try:
        while True:
            try:
                connection.execute("BEGIN IMMEDIATE")
                access.writes += 1
                return
            except sqlite3.OperationalError as error:
                waited = time.monotonic() - started
                if not sqlite_errors.is_busy(error) or waited >= access.lock_wait:
                    raise
                if access.waiting is not None:
                    access.waiting(waited, access.lock_wait)
    finally:
        with contextlib.suppress(sqlite3.Error):  # a broken connection keeps the error that broke it
            connection.execute(f"PRAGMA busy_timeout={int(access.lock_wait * 1000)}")


def _listen(engine: Engine, access: Access) -> None:
    def before_execute(_conn: Any, cursor: Any, statement: str, *_args: Any) -> None:
        connection = cursor.connection
        if not connection.in_transaction and WRITE_STATEMENT.match(statement):
            _take_write_lock(connection, access)

    def handle_error(context: Any) -> None:
        error = context.original_exception
        if isinstance(error, WorkbenchError):
            raise error  # said already by a statement run inside this one (a decision's stamp), not wrapped again
        if isinstance(error, sqlite3.Error) and sqlite_errors.result_code(error) in sqlite_errors.TRANSLATED:
            raise sqlite_errors.problem(error, access.path, read_only=access.read_only, waited=access.lock_wait)

    if access.read_only is None:
        event.listen(engine, "connect", _configure_connection)
        event.listen(engine, "before_cursor_execute", before_execute)
    else:
        event.listen(engine, "connect", _configure_read_only)
    event.listen(engine, "handle_error", handle_error)


def make_engine(path: Path, access: Access | None = None) -> Engine:
    access = access if access is not None else Access(path)
    # NullPool: each session gets its own connection and closing the workspace releases the file at once.
    if access.read_only is None:
        engine = create_engine(f"sqlite:///{path}", poolclass=NullPool, connect_args={"timeout": access.lock_wait})
    else:
        uri = f"{path.resolve().as_uri()}?{access.uri_options or 'mode=ro'}"
        engine = create_engine(
            "sqlite://",
            poolclass=NullPool,
            creator=lambda: sqlite3.connect(uri, uri=True, timeout=access.lock_wait),
        )
    _listen(engine, access)
    return engine


def _read_revision(path: Path, access: Access) -> tuple[int, str | None]:
    """(application_id, alembic revision or None), read without writing anything to the file."""
    if access.read_only is not None:
        mode = access.uri_options
    else:
        # immutable=1 avoids creating -wal/-shm files next to a file we may refuse; with a live WAL we must read it.
        mode = "mode=ro" if _companion(path, "-wal").exists() else "mode=ro&immutable=1"
    uri = f"{path.resolve().as_uri()}?{mode}"
    connection = sqlite3.connect(uri, uri=True, timeout=access.lock_wait)
    try:
        application_id = connection.execute("PRAGMA application_id").fetchone()[0]
        has_version = connection.execute(
            "SELECT count(*) FROM sqlite_master WHERE type='table' AND name='alembic_version'"
        ).fetchone()[0]
        revision = None
        if has_version:
            row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
            revision = row[0] if row else None
        check = connection.execute("PRAGMA quick_check").fetchone()[0]
        if check != "ok":
            raise _DamagedError(check)
        return application_id, revision
    finally:
        connection.close()


class _DamagedError(Exception):
    """quick_check found the file damaged."""


def _companion(path: Path, suffix: str) -> Path:
    return path.with_name(path.name + suffix)


def _unwritable(path: Path) -> str | None:
    """Why the workspace at `path` cannot be written ("media" or "file"), or None when it can."""
    folder = path.parent
    try:
        if os.statvfs(folder).f_flag & os.ST_RDONLY:
            return "media"
    except (AttributeError, OSError):  # no statvfs on Windows; os.access below says enough there
        pass
    # SQLite writes its -wal and -shm files beside the workspace: an unwritable folder is as good as read-only media.
    if not os.access(folder, os.W_OK):
        return "media"
    if not os.access(path, os.W_OK):
        return "file"
    return None


def access_for(path: Path, read_only: bool | str = False) -> Access:
    """How to open `path`: writable, or read-only because it cannot be written or because that was asked
    (`read_only` True, or the reason's key: "another-window")."""
    reason = _unwritable(path) if path.is_file() else None
    if reason is None and not read_only:
        return Access(path)
    reason = reason or (read_only if isinstance(read_only, str) else "requested")
    options = "mode=ro"
    if reason == "media":
        wal = _companion(path, "-wal")
        if wal.exists() and wal.stat().st_size > 0:
            # Changes still in the journal can be read only through its -shm index, which cannot be made here.
            if not _companion(path, "-shm").exists():
                raise WorkspaceFileError(UNREADABLE_JOURNAL(path=str(path), journal=str(wal)))
        else:
            # Nothing can change a file here, and SQLite may skip the -shm file it could not create.
            options = "mode=ro&immutable=1"
    return Access(path, reason, options)


def inspect(path: Path, access: Access | None = None) -> str:
    """The schema revision of the workspace at `path`; raises WorkspaceFileError for anything else."""
    if not path.exists():
        raise WorkspaceFileError(NO_WORKSPACE(path=str(path)))
    if path.is_dir():
        raise WorkspaceFileError(A_FOLDER(path=str(path)))
    try:
        with path.open("rb") as handle:
            header = handle.read(len(_SQLITE_HEADER))
    except OSError as error:
        raise WorkspaceFileError(CANNOT_READ(path=str(path), reason=error.strerror or str(error))) from error
    if header != _SQLITE_HEADER:
        raise WorkspaceFileError(NOT_SQLITE(path=str(path)))
    access = access if access is not None else access_for(path)
    try:
        application_id, revision = _read_revision(path, access)
    except _DamagedError as error:
        raise WorkspaceFileError(sqlite_errors.DAMAGED(path=str(path), detail=str(error))) from error
    except sqlite3.DatabaseError as error:
        if sqlite_errors.result_code(error) in sqlite_errors.DAMAGED_CODES:
            raise WorkspaceFileError(sqlite_errors.DAMAGED(path=str(path), detail=str(error))) from error
        # A lock, a full disk, a vanished disk: the file is fine, using it is not possible now; say which.
        raise sqlite_errors.problem(error, path, read_only=access.read_only, waited=access.lock_wait) from error
    if application_id != APPLICATION_ID or revision is None:
        raise WorkspaceFileError(OTHER_PROGRAM(path=str(path)))
    if revision not in known_revisions():
        raise WorkspaceFileError(NEWER(path=str(path), revision=revision))
    return revision


def open_database(path: Path, *, read_only: bool | str = False) -> Opened:
    """The workspace at `path`, upgraded to the current schema if it is older (after keeping a backup).

    Opens read-only when asked, or when the file or its folder cannot be written (see `Access`)."""
    access = access_for(path, read_only)
    revision = inspect(path, access)
    head = head_revision()
    if revision == head:
        return Opened(make_engine(path, access), access=access)
    if access.read_only is not None:
        reason = sqlite_errors.READ_ONLY_REASONS[access.read_only]()
        raise WorkspaceFileError(NEEDS_UPGRADE(path=str(path), revision=revision, reason=reason))
    backup = _backup(path, revision)
    try:
        _upgrade_copy(path)
    except Exception as error:
        raise WorkspaceFileError(UPGRADE_FAILED(path=str(path), revision=revision, error=str(error),
                                                backup=str(backup))) from error
    return Opened(make_engine(path, access), upgraded_from=revision, backup=backup, access=access)


def _upgrade_copy(path: Path) -> None:
    """Upgrade a copy beside `path` and rename it over `path` once complete: a failure, or the process killed
    halfway, leaves `path` exactly as it was."""
    wal = _companion(path, "-wal")
    if wal.exists() and wal.stat().st_size > 0:
        # A journal left by a crash: fold it into the file first, so no stale journal outlives the rename.
        journaled = sqlite3.connect(path, timeout=lock_wait())
        try:
            journaled.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            journaled.close()
    temporary = _temporary_beside(path)
    try:
        _copy_database(path, temporary)
        engine = make_engine(temporary, Access(path))  # errors name the workspace, not its temporary file
        try:
            _upgrade(engine)
            with engine.connect() as connection:
                connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            engine.dispose()
        shutil.copymode(path, temporary)
        _fsync(temporary)
        for suffix in ("-wal", "-shm"):
            _companion(path, suffix).unlink(missing_ok=True)
        temporary.replace(path)
    finally:
        for leftover in (temporary, _companion(temporary, "-wal"), _companion(temporary, "-shm")):
            leftover.unlink(missing_ok=True)


def _temporary_beside(path: Path) -> Path:
    try:
        handle, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    except OSError as error:
        raise WorkspaceFileError(write_failure(path, error)) from error
    os.close(handle)
    return Path(name)


def _fsync(path: Path) -> None:
    descriptor = os.open(path, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def _copy_database(source_path: Path, target_path: Path) -> None:
    """A consistent copy through SQLite's backup API (it reads committed changes still in a journal too)."""
    try:
        source = sqlite3.connect(f"{source_path.resolve().as_uri()}?mode=ro", uri=True, timeout=lock_wait())
        try:
            target = sqlite3.connect(target_path)
            try:
                source.backup(target)
            finally:
                target.close()
        finally:
            source.close()
    except sqlite3.Error as error:
        raise sqlite_errors.problem(error, target_path, waited=lock_wait()) from error


def create_database(
    path: Path, *, force: bool = False, populate: Callable[[Engine], None] | None = None,
    access: Access | None = None,
) -> Engine:
    """A new workspace at `path`, built and filled by `populate` in a temporary file, then renamed into place,
    so a failure leaves no half-made workspace and never touches an existing file."""
    if path.is_dir():
        raise WorkspaceFileError(FOLDER_NOT_FILE(path=str(path)))
    if path.exists() and not force:
        raise WorkspaceFileError(EXISTS(path=str(path)))
    if not path.parent.is_dir():
        raise WorkspaceFileError(NO_FOLDER(path=str(path.parent)))
    temporary = _temporary_beside(path)
    try:
        engine = make_engine(temporary, Access(path))  # errors name the workspace, not its temporary file
        with engine.begin() as connection:
            connection.exec_driver_sql(f"PRAGMA application_id={APPLICATION_ID}")
        _upgrade(engine)
        if populate is not None:
            populate(engine)
        with engine.connect() as connection:
            # Fold the WAL back so the single renamed file is the whole workspace.
            connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        engine.dispose()
        for suffix in ("-wal", "-shm"):
            Path(str(path) + suffix).unlink(missing_ok=True)
        temporary.chmod(default_file_mode())
        temporary.replace(path)
    finally:
        for leftover in (temporary, Path(str(temporary) + "-wal"), Path(str(temporary) + "-shm")):
            leftover.unlink(missing_ok=True)
    return make_engine(path, access)


def _upgrade(engine: Engine, target: str = "head") -> None:
    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, target)


def _backup(path: Path, revision: str) -> Path:
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.stem}.backup-schema{revision}-{stamp}{path.suffix}")
    try:
        _copy_database(path, target)
    except WorkbenchError:
        target.unlink(missing_ok=True)  # a half-made backup is no backup
        raise
    return target


def create_at_revision(path: Path, revision: str) -> None:
    """A workspace at an older schema revision; for building test fixtures of earlier versions."""
    engine = make_engine(path)
    with engine.begin() as connection:
        connection.exec_driver_sql(f"PRAGMA application_id={APPLICATION_ID}")
    _upgrade(engine, revision)
    engine.dispose()
