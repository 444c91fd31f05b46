"""Telling when other programs changed a workspace, cheaply enough to ask every second or two.

- A workspace file: SQLite's `PRAGMA data_version` on a connection of the watch's own changes whenever another
  connection commits; the workspace's own writes are told apart by reading it again right after each of them
  (`own_write`).
- A database: revision 0007's trigger sends NOTIFY workbench_changes with the writer's application_name after
  every change; the watch LISTENs on a connection of its own, in a thread of its own, and ignores notices
  carrying its workspace's name. A look only reads what that thread noted, so a slow or broken network never
  holds the caller (the window's timer looked with a `SELECT 1` round trip on the interface thread before).

A watch that cannot be set up or loses its connection says "nothing changed": the window still works, it only
does not refresh by itself.
"""

from __future__ import annotations

import sqlite3
import threading
from typing import Any, Protocol

from sqlalchemy import Engine

from workbench.store.database import Access
from workbench.store.locations import NOTIFY_CHANNEL, connect_timeout


class ChangeWatch(Protocol):
    def changed(self) -> bool:
        """True when another program changed the workspace since the last look."""

    def own_write(self) -> None:
        """The workspace's own program has just written (any thread): not someone else's change."""

    def close(self) -> None: ...


class FileWatch:
    def __init__(self, connection: sqlite3.Connection) -> None:
        self._connection: sqlite3.Connection | None = connection
        self._lock = threading.Lock()
        self._version = self._data_version()

    def _data_version(self) -> int | None:
        with self._lock:
            if self._connection is None:
                return None
            try:
                version: int = self._connection.execute("PRAGMA data_version").fetchone()[0]
            except sqlite3.Error:
                return None
            return version

    def own_write(self) -> None:
        version = self._data_version()
        if version is not None:
            self._version = version

    def changed(self) -> bool:
        version = self._data_version()
        if version is None or version == self._version:
            return False
        self._version = version
        return True

    def close(self) -> None:
        with self._lock:
            if self._connection is not None:
                self._connection.close()
                self._connection = None


LISTEN_SLICE = 0.5
"""Seconds the listening thread waits for notices before it looks whether the watch was closed."""


class ServerWatch:
    def __init__(self, connection: Any, own: str, errors: type[Exception]) -> None:
        self._errors = errors
        """psycopg.Error (psycopg loads only for a database)."""
        self._own = own
        self._others = False
        self._lock = threading.Lock()
        self._closed = threading.Event()
        self._thread = threading.Thread(target=self._listen, args=(connection,), name="workspace watch",
                                        daemon=True)
        self._thread.start()

    def _listen(self, connection: Any) -> None:
        """Notes others' notices until closed or the connection breaks (then nothing more is noted: the window
        still works, it only does not refresh by itself). The connection is used and closed by this thread only."""
        try:
            while not self._closed.is_set():
                for notice in connection.notifies(timeout=LISTEN_SLICE):
                    if notice.payload != self._own:
                        with self._lock:
                            self._others = True
        except self._errors:
            pass
        finally:
            connection.close()

    def own_write(self) -> None:
        """Nothing to do: the workspace's own notices carry its name."""

    def changed(self) -> bool:
        with self._lock:
            others, self._others = self._others, False
        return others

    def close(self) -> None:
        """The thread closes its connection within LISTEN_SLICE; nobody waits for it."""
        self._closed.set()


def for_workspace(engine: Engine, access: Access) -> ChangeWatch | None:
    """The watch for a workspace opened through `engine`; None when it cannot be watched or nothing can change
    it (a file on read-only media)."""
    if engine.dialect.name == "postgresql":
        return _server_watch(engine, access)
    if access.read_only == "media":
        return None
    try:
        connection = sqlite3.connect(f"{access.path.resolve().as_uri()}?mode=ro", uri=True, timeout=0.2,
                                     check_same_thread=False)
    except sqlite3.Error:
        return None
    return FileWatch(connection)


def _server_watch(engine: Engine, access: Access) -> ChangeWatch | None:
    import psycopg

    _args, params = engine.dialect.create_connect_args(engine.url)
    params.update(autocommit=True, connect_timeout=connect_timeout(), application_name=f"{access.token} watch")
    try:
        connection = psycopg.connect(**params)
        connection.execute(f"LISTEN {NOTIFY_CHANNEL}")
    except psycopg.Error:
        return None
    return ServerWatch(connection, access.token, psycopg.Error)
