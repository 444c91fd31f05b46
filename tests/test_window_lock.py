"""The window lock file (workbench.store.window_lock): one writing window per workspace, stale locks recognised."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from hostile_env import read_only_media

from workbench.store import window_lock
from workbench.store.window_lock import LockOwner, WindowLock, acquire, is_stale, lock_path, read_owner
from workbench.workspace import Workspace

# These tests are about the workspace's file itself (its locks, journal, disk and neighbours).
pytestmark = pytest.mark.file_only

HOLD = textwrap.dedent("""
    import sys, time
    from pathlib import Path
    from workbench.store.window_lock import acquire
    lock = acquire(Path(sys.argv[1]))
    print(type(lock).__name__, flush=True)
    if sys.argv[2] == "hold":
        time.sleep(60)
""")


@pytest.fixture
def path(workspace: Workspace) -> Path:
    workspace.close()
    return workspace.path


def test_a_second_window_is_told_who_holds_the_workspace(path: Path) -> None:
    lock = acquire(path)
    assert isinstance(lock, WindowLock) and lock_path(path).is_file()
    assert json.loads(lock_path(path).read_text())["pid"] == os.getpid()
    again = acquire(path)
    assert isinstance(again, LockOwner) and again.this_process
    lock.release()
    assert not lock_path(path).exists()
    after = acquire(path)
    assert isinstance(after, WindowLock)
    lock.release()  # an old lock given back again removes nothing of the new one
    assert lock_path(path).is_file()
    after.release()


def test_another_running_program_holds_the_lock_until_it_ends(path: Path) -> None:
    with subprocess.Popen([sys.executable, "-c", HOLD, str(path), "hold"], stdout=subprocess.PIPE,
                          text=True) as holder:
        try:
            assert holder.stdout is not None and holder.stdout.readline().strip() == "WindowLock"
            owner = acquire(path)
            assert isinstance(owner, LockOwner) and owner.pid == holder.pid and owner.on_this_host
            assert not is_stale(owner)
        finally:
            holder.kill()
            holder.wait()
    # Killed: its lock file stays behind, and is recognised as stale.
    left = read_owner(lock_path(path))
    assert left is not None and left.pid == holder.pid and is_stale(left)
    mine = acquire(path)
    assert isinstance(mine, WindowLock)
    mine.release()


def test_a_lock_whose_process_id_was_reused_is_stale(path: Path) -> None:
    owner = window_lock._me()
    reused = LockOwner(owner.host, os.getppid(), "1", owner.user, owner.since, "x")
    lock_path(path).write_text(json.dumps(reused.__dict__))
    assert is_stale(reused) == (window_lock._process_start(os.getppid()) not in ("", "1"))


def test_another_computers_lock_is_reported_and_can_be_taken_over(path: Path) -> None:
    foreign = LockOwner("another-laptop", 4242, "", "kim", "2026-01-05T09:00:00", "t")
    lock_path(path).write_text(json.dumps(foreign.__dict__))
    owner = acquire(path)
    assert owner == foreign and not is_stale(foreign)
    taken = acquire(path, take_over=True)
    assert isinstance(taken, WindowLock) and read_owner(lock_path(path)) == taken.owner
    taken.release()


def test_a_damaged_lock_file_is_taken_for_stale(path: Path) -> None:
    lock_path(path).write_text("{not json")
    lock = acquire(path)
    assert isinstance(lock, WindowLock)
    lock.release()


def test_no_lock_is_needed_on_read_only_media(path: Path, tmp_path: Path) -> None:
    with read_only_media([path], tmp_path) as media:
        assert acquire(media / path.name) is None
        with Workspace.open(media / path.name) as workspace:
            assert workspace.read_only == "media"


def test_the_command_line_writes_alongside_a_window(path: Path) -> None:
    """The lock is for windows: the command line keeps writing (SQLite's WAL keeps that safe)."""
    from workbench.cli import main

    lock = acquire(path)
    try:
        assert main(["map", str(path), "alpha:incident", "close", "beta:storning"]) == 0
    finally:
        assert isinstance(lock, WindowLock)
        lock.release()
