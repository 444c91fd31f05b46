"""Where a workspace is: a file path, or a database URL `postgresql://user@host[:port]/db`.

Light on purpose: every command imports it, and only a command given a URL loads the database driver
(`workbench.store.postgres`, psycopg and SQLAlchemy's PostgreSQL dialect: 75 ms of start-up).
"""

from __future__ import annotations

import os
from pathlib import Path

from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError

from workbench.errors import WorkbenchError
from workbench.messages import Template

SCHEMES = ("postgresql:", "postgres:", "postgresql+psycopg:")
NOTIFY_CHANNEL = "workbench_changes"
"""Revision 0007's trigger notifies this channel after every change (workbench.store.watch listens)."""
DEFAULT_CONNECT_TIMEOUT = 10

BAD_URL = Template(
    "server.bad-url", "'{url}' is not a database URL: write postgresql://user@host[:port]/database"
)
def is_url(location: str | Path) -> bool:
    """True for a database URL, False for a file path (a Path is always a file)."""
    return isinstance(location, str) and location.strip().lower().startswith(SCHEMES)


def server_url(text: str) -> URL:
    """The SQLAlchemy URL (driver psycopg 3) of a workspace URL; a one-line error when it is not one."""
    try:
        url = make_url(text.strip())
    except (ArgumentError, ValueError) as error:
        raise WorkbenchError(BAD_URL(url=text)) from error
    if url.get_backend_name() not in ("postgresql", "postgres") or not url.database:
        raise WorkbenchError(BAD_URL(url=text))
    return url.set(drivername="postgresql+psycopg")


def display(url: URL | str) -> str:
    """The URL as a person reads and the workbench keeps it: postgresql://user@host:port/db, no password."""
    url = server_url(url) if isinstance(url, str) else url
    # URL.set(password=None) keeps the password ("not given"): build the URL afresh without one.
    bare = URL.create("postgresql", url.username, None, url.host, url.port, url.database, url.query)
    return bare.render_as_string(hide_password=False)


def stand_in_path(location: str) -> Path:
    """A Path for code that names a workspace by its file (`name`, `stem`): the database's name (the URL's
    parameters left out, so an export is never named `team?sslmode=require.xlsx`)."""
    return Path(location.split("?", 1)[0])


def connect_timeout() -> int:
    try:
        return max(1, int(os.environ.get("WORKBENCH_CONNECT_TIMEOUT", DEFAULT_CONNECT_TIMEOUT)))
    except ValueError:
        return DEFAULT_CONNECT_TIMEOUT
