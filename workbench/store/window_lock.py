"""One writing window per workspace: a lock file beside the workspace names the window that writes to it.

SQLite lets several programs write one file safely (WAL), and the command line keeps doing so alongside the
desktop app. Two *windows* writing the same workspace are another matter: each would hold its own view, its
own undo history and its own half-edited glossary, and one person's undo could silently revert the other's
decision. So a window takes `.NAME.lock` (JSON: host, process id and start time, user, when) before it opens a
workspace for writing; a second window or app instance finds it, is told who holds it, and is offered the
workspace read-only.

A lock is stale when its process is gone: on the same host, no process with its id runs, or one does that
started at another time (the id was reused). A lock from another host cannot be checked (a shared folder): it
is reported as such, and the person may take it over. Where no lock can be written (read-only media), none is
needed: nothing can write there anyway.
"""

from __future__ import annotations

import contextlib
import getpass
import json
import os
import socket
import threading
import time
import uuid
from dataclasses import asdict, dataclass
from datetime import datetime
from pathlib import Path

_HELD: dict[Path, WindowLock] = {}
"""Locks this process holds, by resolved workspace path: a second window of the same process is refused too."""
_GUARD = threading.Lock()


@dataclass(frozen=True)
class LockOwner:
    host: str
    pid: int
    started: str
    """The process's own start time as the system counts it (Linux: clock ticks after boot), or ""."""
    user: str
    since: str
    """When the window took the lock (ISO 8601, local time)."""
    token: str = ""
    """Tells this lock from a later one of the same window (only the holder removes its own file)."""

    @property
    def on_this_host(self) -> bool:
        return self.host == socket.gethostname()

    @property
    def this_process(self) -> bool:
        return self.on_this_host and self.pid == os.getpid()


def lock_path(workspace: Path) -> Path:
    return workspace.with_name(f".{workspace.name}.lock")


def _process_start(pid: int) -> str:
    """When process `pid` started, to tell it from a later process given the same id ("" where unknown)."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return ""
    # The command name (field 2) is in brackets and may hold spaces; the start time is field 22.
    return stat.rsplit(")", 1)[1].split()[19]


def _alive(owner: LockOwner) -> bool:
    try:
        os.kill(owner.pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # another user's process: it runs
        pass
    except OSError:
        return True  # cannot tell (e.g. Windows refuses signal 0 for some processes): assume it runs
    started = _process_start(owner.pid)
    return not (started and owner.started and started != owner.started)


def is_stale(owner: LockOwner) -> bool:
    """The holder is gone (checked on this host only; another host's lock is never taken for stale)."""
    return owner.on_this_host and not owner.this_process and not _alive(owner)


def _me() -> LockOwner:
    try:
        user = getpass.getuser()
    except (KeyError, OSError):
        user = ""
    return LockOwner(socket.gethostname(), os.getpid(), _process_start(os.getpid()), user,
                     datetime.now().isoformat(timespec="seconds"), uuid.uuid4().hex)


def read_owner(path: Path) -> LockOwner | None:
    """The holder named in a lock file; None when there is none or it cannot be read (half written, damaged)."""
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
        return LockOwner(str(document["host"]), int(document["pid"]), str(document.get("started", "")),
                         str(document.get("user", "")), str(document.get("since", "")), str(document.get("token", "")))
    except (OSError, ValueError, KeyError, TypeError):
        return None


@dataclass
class WindowLock:
    """A lock this process holds; `release()` removes its file (only if it is still ours)."""

    workspace: Path
    path: Path
    owner: LockOwner

    def release(self) -> None:
        with _GUARD:
            if _HELD.get(self.workspace) is self:
                del _HELD[self.workspace]
        if read_owner(self.path) == self.owner:
            with contextlib.suppress(OSError):
                self.path.unlink()


def _create(path: Path, owner: LockOwner) -> bool:
    """Write the lock file if none exists (atomically: O_EXCL); False when one does."""
    try:
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
    except FileExistsError:
        return False
    try:
        os.write(descriptor, json.dumps(asdict(owner)).encode("utf-8"))
        os.fsync(descriptor)
    finally:
        os.close(descriptor)
    return True


def acquire(workspace: Path, *, take_over: bool = False) -> WindowLock | LockOwner | None:
    """The lock on `workspace` for this window; else who holds it. None when no lock can be kept there (a
    read-only folder): the workspace will open read-only anyway. `take_over` replaces another's lock (after the
    person was told whose it is)."""
    key = workspace.resolve()
    with _GUARD:
        mine = _HELD.get(key)
    if mine is not None and not take_over:
        return mine.owner  # another window of this process has it
    path = lock_path(key)
    me = _me()
    for _attempt in range(3):
        try:
            if _create(path, me):
                lock = WindowLock(key, path, me)
                with _GUARD:
                    _HELD[key] = lock
                return lock
        except OSError:
            return None
        owner = read_owner(path)
        if owner is None:
            # Being written this very moment, or damaged: look again shortly, then take it for stale.
            time.sleep(0.2)
            owner = read_owner(path)
        if owner is not None and not take_over and not is_stale(owner):
            return owner
        with contextlib.suppress(OSError):
            path.unlink()
    owner = read_owner(path)
    return owner if owner is not None else None
