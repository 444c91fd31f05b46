"""Crash-safe file writing: write beside the target, flush to disk, then rename into place."""

from __future__ import annotations

import errno
import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import IO

from workbench.errors import WorkbenchError
from workbench.messages import Message, Template

DISK_FULL = Template(
    "file.disk-full", "{path}: the disk is full; nothing was written (free some space, then try again)"
)
NOT_WRITTEN = Template("file.not-written", "{path}: could not write ({reason}); nothing was written")
A_FOLDER = Template("file.is-folder", "{path}: is a folder; give a file name")
NO_FOLDER = Template("file.no-folder", "{path}: no such folder")
CANNOT_WRITE_HERE = Template("file.cannot-write-here", "{path}: cannot write here: {reason}")


def write_failure(path: Path, error: OSError) -> Message:
    """One line for a write that failed, saying whether the disk is full (the usual cause) or what else."""
    if error.errno in (errno.ENOSPC, errno.EDQUOT):
        return DISK_FULL(path=str(path))
    return NOT_WRITTEN(path=str(path), reason=error.strerror or str(error) or type(error).__name__)


def default_file_mode() -> int:
    """What a plain `open(path, "w")` would give (mkstemp's files are private to the owner)."""
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


def _flush_to_disk(path: Path) -> None:
    """fsync a file (its content before the rename, so power loss cannot leave an empty file under the old name)
    or a folder (the rename itself). Folders cannot be opened on Windows; there the rename is durable anyway."""
    try:
        descriptor = os.open(path, os.O_RDONLY)
    except (IsADirectoryError, PermissionError):
        if path.is_dir():
            return
        raise
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


@contextmanager
def atomic_path(path: Path) -> Iterator[Path]:
    """A temporary path beside `path`, renamed over it only if the block finishes; otherwise `path` is untouched."""
    if path.is_dir():
        raise WorkbenchError(A_FOLDER(path=str(path)))
    folder = path.parent
    if not folder.is_dir():
        raise WorkbenchError(NO_FOLDER(path=str(folder)))
    try:
        handle, temporary_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    except OSError as error:
        raise WorkbenchError(CANNOT_WRITE_HERE(path=str(path), reason=error.strerror or str(error))) from error
    os.close(handle)
    temporary = Path(temporary_name)
    try:
        yield temporary
        temporary.chmod(default_file_mode())
        _flush_to_disk(temporary)
        temporary.replace(path)
    except OSError as error:
        temporary.unlink(missing_ok=True)
        raise WorkbenchError(write_failure(path, error)) from error
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    with suppress(OSError):  # the new file is in place; making the rename durable is the best we can do
        _flush_to_disk(folder)


@contextmanager
def atomic_write(path: Path) -> Iterator[IO[str]]:
    """A UTF-8 text handle whose content replaces `path` only if the block finishes."""
    with atomic_path(path) as temporary, temporary.open("w", encoding="utf-8", newline="") as stream:
        yield stream
