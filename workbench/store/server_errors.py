"""What a PostgreSQL error means for the person using a team workspace: one line saying what happened and what to
do, like `workbench.store.sqlite_errors` for workspace files.

Connecting fails before the server has said anything we can rely on: libpq words those errors itself (and the
server's FATAL part may come in the server's language), so they are recognised by their stable English phrases
and otherwise passed on as one cleaned line. After connecting, errors carry a SQLSTATE:

- insufficient privilege (42501), or a write in a read-only transaction (25006): the role may only read;
- serialization failure (40001), deadlock (40P01), a unique key taken at the same moment (23505): another
  writer got there first; the services retry, and only a conflict that persists reaches the person;
- lock not available (55P03): another writer held a row longer than we wait;
- connection exceptions (08…), the server shutting down (57P…): the connection was lost;
- disk full (53100).

In every case the transaction was rolled back: nothing was changed.
"""

from __future__ import annotations

import re

from workbench.errors import WorkbenchError
from workbench.messages import Message, Template
from workbench.store import sqlite_errors

CANNOT_REACH = Template(
    "server.unreachable",
    "{location}: cannot reach the database server ({detail}); is it running, and are host and port right?",
)
NO_PASSWORD = Template(
    "server.no-password",
    "{location}: the server asks for a password; give it in ~/.pgpass (or $PGPASSFILE), a service file, "
    "$PGPASSWORD or the system keyring (the workbench never stores it in plain text)",
)
WRONG_PASSWORD = Template(
    "server.wrong-password",
    "{location}: the server refused the password of '{user}'; correct it where it is kept (~/.pgpass, "
    "$PGPASSWORD, the service file or the system keyring)",
)
NO_DATABASE = Template(
    "server.no-database", "{location}: the server has no database '{database}'; ask its administrator to create it"
)
NO_ROLE = Template("server.no-role", "{location}: the server has no role (user) '{user}'")
REFUSED = Template("server.refused", "{location}: the server refused the connection ({detail})")
CANNOT_CONNECT = Template("server.cannot-connect", "{location}: cannot connect to the database server ({detail})")
CONNECTION_LOST = Template(
    "server.connection-lost",
    "{location}: the connection to the database server was lost ({detail}); nothing was changed",
)
CONCURRENT = Template(
    "server.concurrent",
    "{location}: another writer changed the same data at the same moment; nothing was changed (try again)",
)
SERVER_FULL = Template(
    "server.disk-full", "{location}: the database server's disk is full; nothing was changed (tell its administrator)"
)
SERVER_ERROR = Template("server.error", "{location}: the database server refused the change ({detail})")

_UNREACHABLE = (
    "Connection refused", "could not translate host name", "failed to resolve host", "timeout expired",
    "No route to host", "Network is unreachable", "Connection timed out", "could not connect to server",
)


class RetryableError(WorkbenchError):
    """Another transaction got in the way (serialization failure, deadlock, a key taken at the same moment): the
    same work, done again, will most likely succeed."""


def one_line(text: str) -> str:
    """libpq's several lines (and tab-indented hints) as one."""
    return re.sub(r"\s+", " ", text).strip()


def connect_problem(error: Exception, location: str, user: str, database: str) -> WorkbenchError:
    """The message for a failure to connect (libpq's words; no SQLSTATE)."""
    text = one_line(str(error))
    # "connection failed: connection to server at "h", port p failed: FATAL: ..." -> the part after the last
    # "failed:" names the cause; the address is in `location` already.
    detail = re.sub(r"^.*?(port \d+ failed|socket \"[^\"]*\" failed):\s*", "", text)
    detail = re.sub(r"^connection failed:\s*", "", detail)
    detail = re.sub(r"^FATAL:\s*", "", detail)
    if "no password supplied" in text:
        return WorkbenchError(NO_PASSWORD(location=location))
    # The names as the server used them: libpq fills in what the URL leaves out (the login name, $PGUSER, ...).
    named = re.search(r"for user \"([^\"]*)\"|role \"([^\"]*)\" does not exist", text)
    user = next((name for name in named.groups() if name), user) if named else user
    if "password authentication failed" in text:
        return WorkbenchError(WRONG_PASSWORD(location=location, user=user))
    missing = re.search(r"database \"([^\"]*)\" does not exist", text)
    if missing:
        return WorkbenchError(NO_DATABASE(location=location, database=missing.group(1) or database))
    if re.search(r"role \"[^\"]*\" does not exist", text):
        return WorkbenchError(NO_ROLE(location=location, user=user))
    if any(phrase in text for phrase in _UNREACHABLE):
        return WorkbenchError(CANNOT_REACH(location=location, detail=detail))
    if "pg_hba.conf" in text or "authentication" in text:
        return WorkbenchError(REFUSED(location=location, detail=detail))
    return WorkbenchError(CANNOT_CONNECT(location=location, detail=detail))


def problem(sqlstate: str | None, error: Exception, location: str, *, read_only: str | None,
            waited: float) -> WorkbenchError | None:
    """The message for an error raised while using the database; None for one that is a fault of ours (it keeps
    its traceback)."""
    import psycopg  # loaded already: only a database's errors come here (workbench.store.locations says why)

    detail = one_line(str(error).split("\n")[0]) or type(error).__name__
    if sqlstate is None and not isinstance(error, (psycopg.OperationalError, psycopg.InterfaceError)):
        return None  # raised by the driver before the server saw the statement: a fault of ours
    if sqlstate in ("42501", "25006"):
        return sqlite_errors.WorkspaceReadOnlyError(read_only_message(location, read_only or "role"))
    if sqlstate in ("40001", "40P01", "23505"):
        return RetryableError(CONCURRENT(location=location))
    if sqlstate == "55P03":
        return sqlite_errors.busy_problem(location, waited)
    if sqlstate is None or sqlstate.startswith(("08", "57P")):
        return WorkbenchError(CONNECTION_LOST(location=location, detail=detail))
    if sqlstate == "53100":
        return sqlite_errors.DiskFullError(SERVER_FULL(location=location))
    if sqlstate.startswith("53"):
        return WorkbenchError(SERVER_ERROR(location=location, detail=detail))
    return None


def read_only_message(location: str, reason: str) -> Message:
    return sqlite_errors.READ_ONLY(path=location, reason=sqlite_errors.READ_ONLY_REASONS[reason]())
