"""Real hostile surroundings for the reliability tests: read-only media, a full disk, another user, a lock held
by another program. Nothing is simulated where the real thing can be had: a small tmpfs mounted read-only or
nearly full (as root), or a folder without write permission (as anyone else). Tests skip what this machine
cannot provide.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

IS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0


def _mount(folder: Path, size: str) -> bool:
    result = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(folder)],
                            capture_output=True, check=False)
    return result.returncode == 0


def _umount(folder: Path) -> None:
    subprocess.run(["umount", "-l", str(folder)], capture_output=True, check=False)


@contextmanager
def read_only_media(files: list[Path], where: Path) -> Iterator[Path]:
    """A folder holding copies of `files` that cannot be written: a tmpfs remounted read-only as root, else a
    folder without write permission. Yields the folder."""
    folder = where / "media"
    folder.mkdir()
    if IS_ROOT:
        if not _mount(folder, "64m"):
            pytest.skip("cannot mount a tmpfs here")
        try:
            for file in files:
                shutil.copy2(file, folder / file.name)
            subprocess.run(["mount", "-o", "remount,ro", str(folder)], check=True, capture_output=True)
            yield folder
        finally:
            _umount(folder)
        return
    for file in files:
        shutil.copy2(file, folder / file.name)
    folder.chmod(0o555)
    try:
        yield folder
    finally:
        folder.chmod(0o755)


@contextmanager
def small_disk(where: Path, size: str = "4m") -> Iterator[Path]:
    """A folder on a tmpfs of `size` (root only), to fill up."""
    if not IS_ROOT:
        pytest.skip("a full disk needs a small tmpfs, which only root can mount")
    folder = where / "disk"
    folder.mkdir()
    if not _mount(folder, size):
        pytest.skip("cannot mount a tmpfs here")
    try:
        yield folder
    finally:
        _umount(folder)


def fill(folder: Path) -> Path:
    """Fill the disk of `folder` to the last byte; returns the filler file (delete it to free the space)."""
    filler = folder / "filler"
    with filler.open("wb", buffering=0) as stream:
        try:
            while True:
                stream.write(b"\0" * 65536)
        except OSError:
            pass
        try:
            while True:
                stream.write(b"\0")
        except OSError:
            pass
    return filler


def as_other_user(argv: list[str], env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """Run the command line as user nobody (root only: to whom a read-only file is read-only)."""
    if not IS_ROOT or shutil.which("setpriv") is None:
        pytest.skip("needs root and setpriv to act as another user")
    return subprocess.run(
        ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", sys.executable, "-m", "workbench", *argv],
        capture_output=True, text=True, check=False, env={**os.environ, **(env or {})}, cwd="/",
    )


@contextmanager
def lock_held(path: Path, *, exclusive: bool = False) -> Iterator[threading.Event]:
    """Another connection holds the workspace's write lock (or, `exclusive`, every lock) until the yielded
    event is set, or the block ends."""
    release = threading.Event()
    held = threading.Event()

    def hold() -> None:
        connection = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
        try:
            if exclusive:
                connection.execute("PRAGMA locking_mode=EXCLUSIVE")
                connection.execute("BEGIN EXCLUSIVE")
                connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
            else:
                connection.execute("BEGIN IMMEDIATE")
            held.set()
            release.wait(60)
            connection.execute("COMMIT")
        finally:
            connection.close()

    thread = threading.Thread(target=hold, daemon=True)
    thread.start()
    assert held.wait(10), "the lock was not taken"
    try:
        yield release
    finally:
        release.set()
        thread.join(10)
