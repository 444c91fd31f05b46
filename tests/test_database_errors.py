"""A workspace on read-only media, on a full disk, locked by another program, or read-only to its user: every
command gives one line saying what happened and what to do, the exit code 1 for what cannot be done, and
nothing is lost. "Damaged" is said only when an integrity check says so."""

from __future__ import annotations

import hashlib
import shutil
import tempfile
import threading
import time
from pathlib import Path

import pytest
from hostile_env import as_other_user, fill, lock_held, read_only_media, small_disk

from workbench.cli import main
from workbench.exporters import FORMATS
from workbench.store.sqlite_errors import DiskFullError, WorkspaceBusyError, WorkspaceReadOnlyError, busy_problem
from workbench.workspace import Workspace

# These tests are about the workspace's file itself (its locks, journal, disk and neighbours).
pytestmark = pytest.mark.file_only

DECISION = ["alpha:incident", "close", "beta:storning"]


def one_line(capsys: pytest.CaptureFixture[str], argv: list[str], code: int = 1) -> str:
    assert main(argv) == code
    err = capsys.readouterr().err
    if code:
        assert err.count("\n") == 1 and "Traceback" not in err, err
    return err


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def decided(workspace: Workspace) -> Path:
    workspace.add_mapping("alpha:service-level-agreement", "related", "beta:anvandarstod", comment="kept")
    workspace.close()
    return workspace.path


# --- read-only media -----------------------------------------------------------------------------------------


def test_on_read_only_media_reading_works_and_writing_says_why(decided: Path, tmp_path: Path,
                                                               capsys: pytest.CaptureFixture[str]) -> None:
    with read_only_media([decided], tmp_path) as media:
        path = media / "ws.db"
        before = digest(path)
        with Workspace.open(path) as workspace:
            assert workspace.read_only == "media"
            assert [m.comment for m in workspace.mappings()] == ["kept"]
            with pytest.raises(WorkspaceReadOnlyError, match="read-only media"):
                workspace.add_mapping(*DECISION)
        assert main(["check", str(path)]) == 0
        for format in FORMATS:
            out = tmp_path / ("csv-out" if format == "csv" else f"out.{format}")
            assert main(["export", str(path), "--format", format, "-o", str(out)]) == 0, format
        for argv in (["map", str(path), *DECISION], ["unify", str(path)],
                     ["import", str(path), str(Path(__file__).parent / "data" / "tiny.owl")]):
            err = one_line(capsys, argv)
            assert "the workspace is open read-only (it is on read-only media" in err
        assert sorted(p.name for p in media.iterdir()) == ["ws.db"], "no -wal or -shm is left behind"
        assert digest(path) == before


def test_an_older_workspace_on_read_only_media_says_it_needs_an_upgrade(tmp_path: Path,
                                                                        capsys: pytest.CaptureFixture[str]) -> None:
    old = tmp_path / "old.db"
    shutil.copy(Path(__file__).parent / "data" / "schema0001.db", old)
    with read_only_media([old], tmp_path) as media:
        err = one_line(capsys, ["check", str(media / "old.db")])
        assert "must be upgraded, which needs write access" in err


def test_a_read_only_file_opens_read_only_for_its_user(decided: Path) -> None:
    folder = Path(tempfile.mkdtemp(prefix="workbench-ro-file-"))
    try:
        folder.chmod(0o777)
        path = folder / "ws.db"
        shutil.copy(decided, path)
        path.chmod(0o444)
        before = digest(path)
        result = as_other_user(["map", str(path), *DECISION])
        assert result.returncode == 1
        assert result.stderr.count("\n") == 1 and "the file is read-only" in result.stderr, result.stderr
        checked = as_other_user(["check", str(path)])
        assert checked.returncode == 0, checked.stderr
        assert digest(path) == before
    finally:
        shutil.rmtree(folder)


def test_read_only_when_asked(decided: Path) -> None:
    with Workspace.open(decided, read_only=True) as workspace:
        assert workspace.read_only == "requested"
        with pytest.raises(WorkspaceReadOnlyError, match="read-only"):
            workspace.require_writable()
        with pytest.raises(WorkspaceReadOnlyError, match="nothing was changed"):
            workspace.add_mapping(*DECISION)
        assert len(workspace.mappings()) == 1


def test_a_read_only_window_sees_what_a_writer_adds(decided: Path) -> None:
    with Workspace.open(decided, read_only=True) as reader, Workspace.open(decided) as writer:
        writer.add_mapping(*DECISION)
        assert len(reader.mappings()) == 2


# --- a full disk ---------------------------------------------------------------------------------------------


def test_a_full_disk_says_so_and_loses_nothing(decided: Path, tmp_path: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    with small_disk(tmp_path) as disk:
        path = disk / "ws.db"
        shutil.copy(decided, path)
        with Workspace.open(path) as workspace:
            workspace.add_mapping("alpha:incident-management", "exact", "beta:anvandarstod",
                                  comment="before the disk filled")
            filler = fill(disk)
            with pytest.raises(DiskFullError, match="the disk is full; nothing was changed"):
                # Enough to need new pages: a long comment on many decisions in one transaction.
                for entry in workspace.entries("alpha"):
                    workspace.add_mapping(entry.ref, "related", "beta:storning", comment="x" * 200_000)
            for argv in (["map", str(path), *DECISION], ["unify", str(path)], ["check", str(path)],
                         ["export", str(path), "--format", "json", "-o", str(disk / "out.json")]):
                err = one_line(capsys, argv)
                assert "the disk is full" in err and "damaged" not in err, err
            filler.unlink()
            comments = {m.comment for m in workspace.mappings()}
            assert {"kept", "before the disk filled"} <= comments
        assert main(["check", str(path)]) == 0
        assert main(["map", str(path), *DECISION]) == 0


# --- a lock held by another program --------------------------------------------------------------------------


def test_a_write_waits_for_a_lock_and_shows_the_waiting(decided: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WORKBENCH_LOCK_WAIT", "20")
    waits: list[tuple[float, float]] = []
    with Workspace.open(decided) as workspace:
        workspace.on_lock_wait(lambda waited, limit: waits.append((waited, limit)))
        with lock_held(decided) as release:
            threading.Timer(1.0, release.set).start()
            started = time.monotonic()
            workspace.add_mapping(*DECISION)
            took = time.monotonic() - started
        assert 0.8 < took < 5
        assert waits and waits[-1][1] == 20 and 0 < waits[-1][0] < 5
        assert len(workspace.mappings()) == 2


def test_a_lock_held_too_long_is_one_line_and_changes_nothing(decided: Path, monkeypatch: pytest.MonkeyPatch,
                                                              capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("WORKBENCH_LOCK_WAIT", "1")
    with lock_held(decided):
        started = time.monotonic()
        err = one_line(capsys, ["map", str(decided), *DECISION])
        assert time.monotonic() - started < 5
    assert "another program has kept the workspace locked for 1 s; nothing was changed" in err
    with Workspace.open(decided) as workspace:
        assert len(workspace.mappings()) == 1


def test_an_exclusive_lock_is_not_damage(decided: Path, monkeypatch: pytest.MonkeyPatch,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("WORKBENCH_LOCK_WAIT", "0.5")
    with lock_held(decided, exclusive=True):
        for argv in (["check", str(decided)], ["map", str(decided), *DECISION]):
            err = one_line(capsys, argv)
            assert "locked" in err and "damaged" not in err, err
    assert main(["check", str(decided)]) == 0


def test_busy_errors_are_typed(decided: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WORKBENCH_LOCK_WAIT", "0.3")
    with Workspace.open(decided) as workspace, lock_held(decided), pytest.raises(WorkspaceBusyError):
        workspace.add_mapping(*DECISION)


@pytest.mark.parametrize("format", FORMATS)
def test_an_export_onto_a_full_disk_is_one_line_and_leaves_nothing(decided: Path, tmp_path: Path, format: str,
                                                                   capsys: pytest.CaptureFixture[str]) -> None:
    with small_disk(tmp_path, "256k") as disk:
        fill(disk)
        out = disk / ("out" if format == "csv" else f"out.{format}")
        err = one_line(capsys, ["export", str(decided), "--format", format, "-o", str(out)])
        assert f"{out}: the disk is full; nothing was written" in err, err
        assert sorted(p.name for p in disk.iterdir()) == ["filler"]


def test_a_wait_under_a_second_is_not_written_as_none() -> None:
    assert "locked for 0.5 s;" in str(busy_problem("ws.workbench", 0.5))
    assert "locked for 30 s;" in str(busy_problem("ws.workbench", 30.2))
