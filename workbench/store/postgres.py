"""Team workspaces on PostgreSQL: a workspace given as a URL, `postgresql://user@host[:port]/dbname`.

The same Alembic revisions build and upgrade it as a workspace file. What differs from a file:

- Opening checks that the database holds a workspace (or is empty, for `init`), and which rights the role has:
  a role that may only SELECT opens it read-only (`Access.read_only == "role"`); every connection of a read-only
  workspace also runs with `default_transaction_read_only`, so the server itself refuses a write.
- An older schema is upgraded inside one transaction (PostgreSQL's DDL is transactional: a failure leaves the
  database as it was), under an advisory lock so two programs never upgrade at once.
- Passwords are never part of what the workbench stores or shows: libpq finds them in ~/.pgpass ($PGPASSFILE),
  a service file or $PGPASSWORD; where the optional `keyring` package is installed, in the system keyring
  (`workbench.store.credentials`). `location` is the URL without its password.
- Every connection names itself (application_name `workbench/<token>`): the trigger of revision 0007 sends it
  with each change, so a window can tell its own changes from its colleagues' (`workbench.store.watch`).
- Errors become one line each (`workbench.store.server_errors`).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any

import psycopg
from alembic import command
from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.engine import URL
from sqlalchemy.orm import Session

from workbench.errors import WorkbenchError
from workbench.messages import Template
from workbench.store import credentials, server_errors, sqlite_errors
from workbench.store.database import (
    NEWER,
    WRITE_STATEMENT,
    Access,
    Opened,
    WorkspaceFileError,
    alembic_config,
    head_revision,
    known_revisions,
)
from workbench.store.locations import connect_timeout, display, server_url, stand_in_path
from workbench.store.models import Base

_UPGRADE_LOCK = 0x46485742  # pg_advisory_xact_lock key while building or upgrading the schema ("FHWB")

EMPTY_DATABASE = Template(
    "server.empty", "{location}: holds no workspace yet; create one with: workbench init {location}"
)
OTHER_TABLES = Template(
    "server.other-program",
    "{location}: not a workbench workspace (the database holds tables of another program: {tables})",
)
DATABASE_EXISTS = Template(
    "server.exists", "{location}: already holds a workspace; use --force to replace it"
)
CANNOT_CREATE = Template(
    "server.cannot-create",
    "{location}: your role may not create tables in this database; run init as the database's owner (or have it "
    "grant CREATE on the schema)",
)
NEEDS_OWNER = Template(
    "server.needs-owner",
    "{location}: made by an earlier version (schema {revision}); the database's owner must upgrade it (any "
    "workbench command run as the owner does)",
)


def _listen(engine: Engine, access: Access, url: URL) -> None:
    def connected(dbapi_connection: Any, _record: Any) -> None:
        if access.read_only is not None:
            # The server refuses every write from here on, whatever code path tries one.
            with dbapi_connection.cursor() as cursor:
                cursor.execute("SET default_transaction_read_only = on")
            dbapi_connection.commit()

    def before_execute(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        if WRITE_STATEMENT.match(statement):
            access.writes += 1

    def handle_error(context: Any) -> None:
        error = context.original_exception
        if isinstance(error, WorkbenchError):
            raise error  # said already by a statement run inside this one (a decision's stamp), not wrapped again
        if not isinstance(error, psycopg.Error):
            return
        sqlstate = getattr(error, "sqlstate", None)
        if sqlstate is None and context.connection is None:
            raise server_errors.connect_problem(error, access.location, url.username or "", url.database or "")
        problem = server_errors.problem(sqlstate, error, access.location, read_only=access.read_only,
                                        waited=access.lock_wait)
        if problem is not None:
            raise problem

    event.listen(engine, "connect", connected)
    event.listen(engine, "before_cursor_execute", before_execute)
    event.listen(engine, "handle_error", handle_error)


def make_engine(url: URL, access: Access) -> Engine:
    if url.password is None:
        password = credentials.password_for(access.location)
        if password is not None:
            url = url.set(password=password)
    lock_ms = int(access.lock_wait * 1000)
    engine = create_engine(
        url,
        pool_pre_ping=True,  # a connection the server closed (a restart, a timeout) is replaced, not reported
        pool_size=2,
        max_overflow=8,
        connect_args={
            "application_name": access.token,
            "connect_timeout": connect_timeout(),
            # Waiting for a row another writer holds ends like waiting for a file's lock: after lock_wait.
            "options": f"-c lock_timeout={lock_ms}",
        },
    )
    _listen(engine, access, url)
    return engine


def new_token() -> str:
    return f"workbench/{uuid.uuid4().hex[:12]}"


def _state(connection: Connection) -> tuple[str | None, list[str]]:
    """(alembic revision or None, the tables of the database's current schema)."""
    tables = sorted(connection.exec_driver_sql(
        "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()"
    ).scalars())
    revision = None
    if "alembic_version" in tables:
        revision = connection.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()
    return revision, tables


def _can_write(connection: Connection) -> bool:
    return bool(connection.exec_driver_sql(
        "SELECT has_table_privilege('mapping', 'INSERT') AND has_table_privilege('mapping', 'UPDATE') "
        "AND has_table_privilege('mapping', 'DELETE') AND has_sequence_privilege('mapping_version_seq', 'USAGE')"
    ).scalar())


def _access(location: str, read_only: bool | str) -> Access:
    reason = None if not read_only else (read_only if isinstance(read_only, str) else "requested")
    return Access(stand_in_path(location), reason, location=location, token=new_token())


def open_server(text: str, *, read_only: bool | str = False) -> Opened:
    """The workspace in the database at URL `text`, upgraded to the current schema if it is older. Read-only
    when asked, or when the role may not change decisions."""
    url = server_url(text)
    location = display(url)
    access = _access(location, read_only)
    engine = make_engine(url, access)
    try:
        with engine.connect() as connection:
            revision, tables = _state(connection)
        _known(location, revision, tables)
        assert revision is not None
        upgraded_from = None
        if revision != head_revision():
            if access.read_only is not None:
                raise WorkspaceFileError(NEEDS_OWNER(location=location, revision=revision))
            upgraded_from = _upgrade(engine, location, revision)
        if access.read_only is None:
            with engine.connect() as connection:
                if not _can_write(connection):
                    access.read_only = "role"
        if access.read_only is not None:
            engine.dispose()  # connections made before it was known set read-only mode on the next ones
    except BaseException:
        engine.dispose()
        raise
    return Opened(engine, upgraded_from=upgraded_from, access=access)


def _known(location: str, revision: str | None, tables: list[str]) -> None:
    if revision is None:
        if tables:
            raise WorkspaceFileError(OTHER_TABLES(location=location, tables=tuple(tables[:5])))
        raise WorkspaceFileError(EMPTY_DATABASE(location=location))
    if revision not in known_revisions():
        raise WorkspaceFileError(NEWER(path=location, revision=revision))


def _upgrade(engine: Engine, location: str, revision: str) -> str | None:
    """Upgrade in one transaction; the revision upgraded from, or None when another program just did it."""
    try:
        with engine.begin() as connection:
            connection.exec_driver_sql(f"SELECT pg_advisory_xact_lock({_UPGRADE_LOCK})")
            current, _tables = _state(connection)
            if current == head_revision():
                return None
            _migrate(connection)
    except sqlite_errors.WorkspaceReadOnlyError as error:
        raise WorkspaceFileError(NEEDS_OWNER(location=location, revision=revision)) from error
    return revision


def _migrate(connection: Connection) -> None:
    config = alembic_config()
    config.attributes["connection"] = connection
    command.upgrade(config, "head")


def create_server(
    text: str, *, force: bool = False, populate: Callable[[Session], None] | None = None
) -> Opened:
    """A new workspace in the (empty) database at URL `text`: schema and content in one transaction, so a
    failure leaves the database as it was. `force` replaces a workspace there, never another program's tables."""
    url = server_url(text)
    location = display(url)
    access = _access(location, False)
    engine = make_engine(url, access)
    try:
        with engine.begin() as connection:
            connection.exec_driver_sql(f"SELECT pg_advisory_xact_lock({_UPGRADE_LOCK})")
            revision, tables = _state(connection)
            if revision is not None:
                if revision not in known_revisions():
                    raise WorkspaceFileError(NEWER(path=location, revision=revision))
                if not force:
                    raise WorkspaceFileError(DATABASE_EXISTS(location=location))
                _drop(connection)
            elif tables:
                raise WorkspaceFileError(OTHER_TABLES(location=location, tables=tuple(tables[:5])))
            _migrate(connection)
            if populate is not None:
                with Session(bind=connection, join_transaction_mode="rollback_only") as session:
                    populate(session)
                    session.flush()
    except sqlite_errors.WorkspaceReadOnlyError as error:
        engine.dispose()
        raise WorkspaceFileError(CANNOT_CREATE(location=location)) from error
    except BaseException:
        engine.dispose()
        raise
    return Opened(engine, access=access)


def _drop(connection: Connection) -> None:
    """Remove the workspace's own tables, sequence and trigger function (for init --force)."""
    Base.metadata.drop_all(connection, checkfirst=True)
    connection.exec_driver_sql("DROP TABLE IF EXISTS alembic_version")
    connection.exec_driver_sql("DROP SEQUENCE IF EXISTS mapping_version_seq")
    connection.exec_driver_sql("DROP FUNCTION IF EXISTS workbench_changed() CASCADE")
