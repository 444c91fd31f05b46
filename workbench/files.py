"""Crash-safe file writing: write beside the target, flush to disk, then rename into place."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

from workbench.errors import WorkbenchError


def default_file_mode() -> int:
    """What a plain `open(path, "w")` would give (mkstemp's files are private to the owner)."""
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


@contextmanager
def atomic_path(path: Path) -> Iterator[Path]:
    """A temporary path beside `path`, renamed over it only if the block finishes; otherwise `path` is untouched."""
    if path.is_dir():
        raise WorkbenchError(f"{path}: is a folder; give a file name")
    folder = path.parent
    if not folder.is_dir():
        raise WorkbenchError(f"{folder}: no such folder")
    try:
        handle, temporary_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    except OSError as error:
        raise WorkbenchError(f"{path}: cannot write here: {error.strerror or error}") from error
    os.close(handle)
    temporary = Path(temporary_name)
    try:
        yield temporary
        temporary.chmod(default_file_mode())
        temporary.replace(path)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise


@contextmanager
def atomic_write(path: Path) -> Iterator[IO[str]]:
    """A UTF-8 text handle whose content replaces `path` only if the block finishes."""
    with atomic_path(path) as temporary, temporary.open("w", encoding="utf-8", newline="") as stream:
        yield stream
        stream.flush()
        os.fsync(stream.fileno())
