"""What a SQLite error means for the person using the workspace: one line saying what happened and what to do.

SQLite reports a full disk, a locked file, read-only media and a damaged file each with its own result code;
they reach us as `sqlite3.Error` (directly, or wrapped by SQLAlchemy). `problem()` turns one into a message:

- busy (SQLITE_BUSY, SQLITE_LOCKED): another program held the workspace locked for longer than we waited;
- read-only (SQLITE_READONLY): a write to a workspace opened read-only, or on read-only media;
- disk full (SQLITE_FULL, or an I/O error while the disk has next to no space left: SQLite reports a -shm or
  -wal file that cannot grow as SQLITE_IOERR);
- I/O error (SQLITE_IOERR otherwise): the disk failed or went away;
- cannot open (SQLITE_CANTOPEN): the file or its folder cannot be opened;
- damaged (SQLITE_CORRUPT, SQLITE_NOTADB): only these, and a failed integrity check, call a workspace damaged.

In every case the transaction was rolled back: nothing was changed, and nothing decided earlier is lost.
"""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from workbench.errors import WorkbenchError
from workbench.messages import Template

BUSY = Template(
    "workspace.busy",
    "{path}: another program has kept the workspace locked for {seconds} s; nothing was changed "
    "(try again when it has finished)",
)
READ_ONLY = Template("workspace.read-only", "{path}: the workspace is open read-only ({reason}); nothing was changed")
DISK_FULL = Template(
    "workspace.disk-full",
    "{path}: the disk is full; nothing was changed and nothing saved earlier is lost (free some space, then try "
    "again)",
)
IO_ERROR = Template(
    "workspace.io-error",
    "{path}: reading or writing the disk failed ({detail}); nothing was changed (is the disk still there?)",
)
CANNOT_OPEN = Template("workspace.cannot-open", "{path}: cannot open the workspace ({detail})")
DAMAGED = Template(
    "workspace.damaged",
    "{path}: the workspace file is damaged and cannot be read ({detail}); open an earlier copy or backup",
)
OTHER = Template("workspace.database-error", "{path}: the workspace could not be used ({detail})")

READ_ONLY_REASONS = {
    "media": Template(
        "workspace.read-only.media",
        "it is on read-only media or in a folder you cannot write to; copy it to a writable folder to change it",
    ),
    "file": Template("workspace.read-only.file", "the file is read-only; make it writable to change it"),
    "requested": Template("workspace.read-only.requested", "as asked; open it again for writing to change it"),
    "another-window": Template(
        "workspace.read-only.another-window", "it is open for writing in another window; make changes there"
    ),
    "role": Template(
        "workspace.read-only.role",
        "your database role may only read it; its owner can grant you the editor's rights (README: Team workspace)",
    ),
}
"""Why a workspace is read-only, by key (`Workspace.read_only`)."""

_BUSY, _LOCKED, _READONLY, _IOERR, _CORRUPT, _FULL, _CANTOPEN, _NOTADB = 5, 6, 8, 10, 11, 13, 14, 26
TRANSLATED = frozenset({_BUSY, _LOCKED, _READONLY, _IOERR, _CORRUPT, _FULL, _CANTOPEN, _NOTADB})
"""The result codes `problem()` explains; any other is a fault of ours and keeps its traceback."""
DAMAGED_CODES = frozenset({_CORRUPT, _NOTADB})
NEARLY_FULL = 1024 * 1024
"""Free bytes below which an I/O error is taken for a full disk."""


class WorkspaceBusyError(WorkbenchError):
    """Another program held the workspace locked for longer than we waited."""


class WorkspaceReadOnlyError(WorkbenchError):
    """A change to a workspace that is open read-only."""


class DiskFullError(WorkbenchError):
    """The disk holding the workspace is full; the change was rolled back."""


def result_code(error: BaseException) -> int | None:
    """SQLite's primary result code of a `sqlite3.Error` (extended codes carry it in their low byte)."""
    code = getattr(error, "sqlite_errorcode", None)
    return code & 0xFF if isinstance(code, int) else None


def is_busy(error: BaseException) -> bool:
    return result_code(error) in (_BUSY, _LOCKED)


def _nearly_full(path: Path) -> bool:
    try:
        return shutil.disk_usage(path.parent).free < NEARLY_FULL
    except OSError:
        return False


def read_only_problem(path: Path | str, reason: str) -> WorkspaceReadOnlyError:
    return WorkspaceReadOnlyError(READ_ONLY(path=str(path), reason=READ_ONLY_REASONS[reason]()))


def busy_problem(path: Path | str, seconds: float) -> WorkspaceBusyError:
    # Whole seconds, but a wait under one (WORKBENCH_LOCK_WAIT=0.5) is not written as "0 s".
    return WorkspaceBusyError(BUSY(path=str(path), seconds=round(seconds) if seconds >= 1 else round(seconds, 1)))


def problem(error: sqlite3.Error, path: Path, *, read_only: str | None = None, waited: float = 0.0) -> WorkbenchError:
    """The error to show for `error`, raised while using the workspace at `path` (opened read-only for the
    reason `read_only`, if it was; after waiting `waited` seconds for a lock)."""
    code = result_code(error)
    detail = str(error) or type(error).__name__
    if code in (_BUSY, _LOCKED):
        return busy_problem(path, waited)
    if code == _READONLY:
        return read_only_problem(path, read_only or "file")
    if code == _FULL or (code == _IOERR and _nearly_full(path)):
        return DiskFullError(DISK_FULL(path=str(path)))
    if code == _IOERR:
        return WorkbenchError(IO_ERROR(path=str(path), detail=detail))
    if code == _CANTOPEN:
        return WorkbenchError(CANNOT_OPEN(path=str(path), detail=detail))
    if code in (_CORRUPT, _NOTADB):
        return WorkbenchError(DAMAGED(path=str(path), detail=detail))
    return WorkbenchError(OTHER(path=str(path), detail=detail))
