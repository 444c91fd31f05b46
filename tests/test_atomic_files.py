"""`workbench.files`: a write that fails leaves the old file as it was and no temporary file behind, and says so
in one line (a full disk by name)."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

from workbench.cli import main
from workbench.errors import WorkbenchError
from workbench.exporters import FORMATS
from workbench.files import atomic_path, atomic_write
from workbench.workspace import Workspace

# These tests are about the workspace's file itself (its locks, journal, disk and neighbours).
pytestmark = pytest.mark.file_only


def leftovers(folder: Path) -> list[str]:
    return sorted(path.name for path in folder.iterdir() if path.name.startswith("."))


def test_a_finished_block_replaces_the_file(tmp_path: Path) -> None:
    target = tmp_path / "out.txt"
    target.write_text("old")
    with atomic_write(target) as stream:
        stream.write("new")
    assert target.read_text() == "new"
    assert leftovers(tmp_path) == []


def test_an_exception_in_the_block_keeps_the_old_file(tmp_path: Path) -> None:
    target = tmp_path / "out.txt"
    target.write_text("old")
    with pytest.raises(KeyError), atomic_write(target) as stream:
        stream.write("half of the new")
        raise KeyError("a bug halfway")
    assert target.read_text() == "old"
    assert leftovers(tmp_path) == []


@pytest.mark.parametrize("failing", ["fsync", "replace"])
def test_a_full_disk_while_writing_keeps_the_old_file_and_says_so(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                                  failing: str) -> None:
    target = tmp_path / "out.txt"
    target.write_text("old")

    def no_space(*_args: object) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    if failing == "fsync":
        monkeypatch.setattr(os, "fsync", no_space)
    else:
        monkeypatch.setattr(Path, "replace", no_space)
    with pytest.raises(WorkbenchError) as raised, atomic_write(target) as stream:
        stream.write("new")
    assert str(raised.value) == f"{target}: the disk is full; nothing was written (free some space, then try again)"
    assert target.read_text() == "old"
    assert leftovers(tmp_path) == []


def test_other_write_failures_name_the_reason(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def denied(*_args: object) -> None:
        raise PermissionError(errno.EACCES, os.strerror(errno.EACCES))

    monkeypatch.setattr(Path, "chmod", denied)
    with pytest.raises(WorkbenchError, match=r"could not write \(Permission denied\); nothing was written"), \
            atomic_path(tmp_path / "out.bin") as temporary:
        temporary.write_bytes(b"x")
    assert list(tmp_path.iterdir()) == []


def test_a_missing_folder_and_a_folder_in_the_way_are_named(tmp_path: Path) -> None:
    with pytest.raises(WorkbenchError, match="no such folder"), atomic_write(tmp_path / "none" / "out.txt"):
        pass
    with pytest.raises(WorkbenchError, match="is a folder"), atomic_write(tmp_path):
        pass


@pytest.mark.parametrize("format", FORMATS)
def test_every_export_on_a_full_disk_is_one_line_and_keeps_the_earlier_export(
    workspace: Workspace, tmp_path: Path, format: str, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    workspace.close()
    out = tmp_path / ("out" if format == "csv" else f"out.{format}")
    argv = ["export", str(workspace.path), "--format", format, "-o", str(out)]
    assert main(argv) == 0
    before = sorted(out.rglob("*")) if out.is_dir() else out.read_bytes()

    def no_space(*_args: object) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    # Every export flushes its file to disk before renaming it into place; that is where a full disk shows
    # when the writes themselves were buffered.
    monkeypatch.setattr(os, "fsync", no_space)
    capsys.readouterr()
    assert main(argv) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "the disk is full" in err, err
    monkeypatch.undo()
    assert (sorted(out.rglob("*")) if out.is_dir() else out.read_bytes()) == before
    assert leftovers(tmp_path) == []
