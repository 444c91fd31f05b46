"""Opening workspace files: recognising them, refusing what is not ours, upgrading older schemas safely.

A workspace is one SQLite file marked with our `application_id` and versioned by Alembic. Before anything
writes to a file we inspect it read-only, so refusing a file never changes it.
"""

from __future__ import annotations

import os
import sqlite3
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.pool import NullPool

from workbench.errors import WorkbenchError
from workbench.files import default_file_mode

APPLICATION_ID = 0x46485742  # "FHWB": marks a SQLite file as a workbench workspace
_SQLITE_HEADER = b"SQLite format 3\x00"


class WorkspaceFileError(WorkbenchError):
    """A file that cannot be opened as a workspace; nothing was written to it."""


@dataclass(frozen=True)
class Opened:
    engine: Engine
    upgraded_from: str | None = None
    backup: Path | None = None


def _alembic_config() -> Config:
    config = Config()
    config.set_main_option("script_location", "workbench.store:migrations")
    return config


def _scripts() -> ScriptDirectory:
    return ScriptDirectory.from_config(_alembic_config())


def head_revision() -> str:
    head = _scripts().get_current_head()
    assert head is not None
    return head


def _known_revisions() -> list[str]:
    """Oldest first."""
    return [script.revision for script in reversed(list(_scripts().walk_revisions()))]


def _configure_connection(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def make_engine(path: Path) -> Engine:
    # NullPool: each session gets its own connection and closing the workspace releases the file at once.
    engine = create_engine(f"sqlite:///{path}", poolclass=NullPool)
    event.listen(engine, "connect", _configure_connection)
    return engine


def _read_revision(path: Path) -> tuple[int, str | None]:
    """(application_id, alembic revision or None), read without writing anything to the file."""
    wal = path.with_name(path.name + "-wal")
    # immutable=1 avoids creating -wal/-shm files next to a file we may refuse; with a live WAL we must read it.
    mode = "mode=ro" if wal.exists() else "mode=ro&immutable=1"
    uri = f"{path.resolve().as_uri()}?{mode}"
    connection = sqlite3.connect(uri, uri=True)
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
            raise sqlite3.DatabaseError(check)
        return application_id, revision
    finally:
        connection.close()


def inspect(path: Path) -> str:
    """The schema revision of the workspace at `path`; raises WorkspaceFileError for anything else."""
    if not path.exists():
        raise WorkspaceFileError(f"{path}: no such workspace")
    if path.is_dir():
        raise WorkspaceFileError(f"{path}: is a folder, not a workspace file")
    try:
        with path.open("rb") as handle:
            header = handle.read(len(_SQLITE_HEADER))
    except OSError as error:
        raise WorkspaceFileError(f"{path}: cannot read the file: {error.strerror or error}") from error
    if header != _SQLITE_HEADER:
        raise WorkspaceFileError(f"{path}: not a workbench workspace (it is not a SQLite database)")
    try:
        application_id, revision = _read_revision(path)
    except sqlite3.DatabaseError as error:
        raise WorkspaceFileError(f"{path}: the workspace file is damaged and cannot be read ({error})") from error
    if application_id != APPLICATION_ID or revision is None:
        raise WorkspaceFileError(f"{path}: not a workbench workspace (a SQLite database of another program)")
    if revision not in _known_revisions():
        raise WorkspaceFileError(
            f"{path}: made by a newer version of the workbench (schema {revision}); "
            "install a newer workbench to open it"
        )
    return revision


def open_database(path: Path) -> Opened:
    revision = inspect(path)
    head = head_revision()
    backup = None
    if revision != head:
        backup = _backup(path, revision)
    engine = make_engine(path)
    if revision != head:
        try:
            _upgrade(engine)
        except Exception as error:
            engine.dispose()
            raise WorkspaceFileError(
                f"{path}: upgrading from schema {revision} failed ({error}); the file is unchanged "
                f"and a copy is at {backup}"
            ) from error
    return Opened(engine, upgraded_from=revision if revision != head else None, backup=backup)


def create_database(
    path: Path, *, force: bool = False, populate: Callable[[Engine], None] | None = None
) -> Engine:
    """A new workspace at `path`, built and filled by `populate` in a temporary file, then renamed into place,
    so a failure leaves no half-made workspace and never touches an existing file."""
    if path.is_dir():
        raise WorkspaceFileError(f"{path}: is a folder; give a file name for the workspace")
    if path.exists() and not force:
        raise WorkspaceFileError(f"{path}: already exists; use --force to replace it")
    if not path.parent.is_dir():
        raise WorkspaceFileError(f"{path.parent}: no such folder")
    handle, temporary_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    os.close(handle)
    temporary = Path(temporary_name)
    try:
        engine = make_engine(temporary)
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
    return make_engine(path)


def _upgrade(engine: Engine, target: str = "head") -> None:
    config = _alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, target)


def _backup(path: Path, revision: str) -> Path:
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.stem}.backup-schema{revision}-{stamp}{path.suffix}")
    source = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        destination = sqlite3.connect(target)
        try:
            source.backup(destination)
        finally:
            destination.close()
    finally:
        source.close()
    return target


def create_at_revision(path: Path, revision: str) -> None:
    """A workspace at an older schema revision; for building test fixtures of earlier versions."""
    engine = make_engine(path)
    with engine.begin() as connection:
        connection.exec_driver_sql(f"PRAGMA application_id={APPLICATION_ID}")
    _upgrade(engine, revision)
    engine.dispose()
