"""An export never destroys data: not the workspace, its journal or backups, nor a folder of other files.

Each refusal is one line on stderr with exit code 1, and leaves every file as it was.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from workbench.cli import main
from workbench.exporters import FORMATS
from workbench.exporters.destination import MANIFEST
from workbench.workspace import Workspace

# These tests are about the workspace's file itself (its locks, journal, disk and neighbours).
pytestmark = pytest.mark.file_only


def tree(folder: Path) -> dict[str, str]:
    """Every file under `folder` (relative name -> digest): what must survive a refused export."""
    return {
        str(path.relative_to(folder)): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(folder.rglob("*"))
        if path.is_file() and not path.is_symlink()
    }


def refused(capsys: pytest.CaptureFixture[str], argv: list[str], message: str) -> None:
    assert main(argv) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and message in err, err


@pytest.fixture
def closed(workspace: Workspace) -> Path:
    workspace.close()
    return workspace.path


@pytest.mark.parametrize("format", FORMATS)
def test_no_format_writes_onto_the_workspace(closed: Path, format: str, capsys: pytest.CaptureFixture[str]) -> None:
    before = tree(closed.parent)
    refused(capsys, ["export", str(closed), "--format", format, "-o", str(closed)], "ws.db:")
    assert tree(closed.parent) == before
    with Workspace.open(closed) as again:
        assert again.frameworks()


@pytest.mark.parametrize("name", ["ws.db-wal", "ws.db-shm", "ws.db-journal", ".ws.db.lock", "WS.DB",
                                  "ws.backup-schema0001-20250101-120000.db"])
def test_the_workspaces_companions_and_backups_are_refused(closed: Path, name: str,
                                                          capsys: pytest.CaptureFixture[str]) -> None:
    backup = closed.parent / "ws.backup-schema0001-20250101-120000.db"
    backup.write_bytes(closed.read_bytes())
    before = tree(closed.parent)
    refused(capsys, ["export", str(closed), "--format", "json", "-o", str(closed.parent / name)], "workspace")
    assert tree(closed.parent) == before


def test_a_link_to_the_workspace_and_another_database_are_refused(closed: Path,
                                                                 capsys: pytest.CaptureFixture[str]) -> None:
    link = closed.parent / "export.html"
    link.symlink_to(closed.name)
    other = closed.parent / "colleague.db"
    other.write_bytes(closed.read_bytes())
    before = tree(closed.parent)
    refused(capsys, ["export", str(closed), "--format", "html", "-o", str(link)], "is the workspace itself")
    refused(capsys, ["export", str(closed), "--format", "xlsx", "-o", str(other)], "is a database")
    assert tree(closed.parent) == before


def test_a_csv_export_never_replaces_a_folder_of_other_files(closed: Path, tmp_path: Path,
                                                             capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "reports"
    folder.mkdir()
    (folder / "notes.txt").write_text("mine")
    (folder / "kept.db").write_bytes(closed.read_bytes())
    before = tree(tmp_path)
    refused(capsys, ["export", str(closed), "--format", "csv", "-o", str(folder)], "holds kept.db")
    refused(capsys, ["export", str(closed), "--format", "csv", "-o", str(tmp_path)], "holds the workspace")
    refused(capsys, ["export", str(closed), "--format", "csv", "-o", str(tmp_path.parent)], "holds the workspace")
    assert tree(tmp_path) == before


def test_the_current_folder_is_refused_without_a_traceback(closed: Path, monkeypatch: pytest.MonkeyPatch,
                                                          capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.chdir(closed.parent)
    refused(capsys, ["export", "ws.db", "--format", "csv", "-o", "."], ".: holds the workspace ws.db")


def test_an_earlier_export_is_replaced_but_not_once_edited(closed: Path, tmp_path: Path,
                                                           capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "out"
    argv = ["export", str(closed), "--format", "csv", "-o", str(folder)]
    assert main(argv) == 0
    assert (folder / MANIFEST).is_file()
    assert main(argv) == 0, "the export's own earlier output is replaced"
    capsys.readouterr()
    with (folder / "glossary.csv").open("a", encoding="utf-8") as stream:
        stream.write("my own row\n")
    before = tree(folder)
    refused(capsys, argv, "glossary.csv was changed after the export wrote it")
    assert tree(folder) == before
    (folder / "glossary.csv").unlink()
    assert main(argv) == 0, "a file removed from an earlier export is no reason to refuse"
    (folder / "extra.csv").write_text("x")
    refused(capsys, argv, "holds extra.csv")


def test_an_export_from_inside_the_folder_it_replaces(closed: Path, tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "out"
    assert main(["export", str(closed), "--format", "csv", "-o", str(folder)]) == 0
    monkeypatch.chdir(folder)
    assert main(["export", str(closed), "--format", "csv", "-o", "."]) == 0
    assert (folder / "glossary.csv").is_file()


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(name=st.sampled_from(["ws.db", "ws.db-wal", "ws.db-shm", ".ws.db.lock"]),
       case=st.lists(st.booleans(), min_size=12, max_size=12), dots=st.sampled_from(["", "./", "sub/../"]))
def test_any_spelling_of_a_workspace_file_is_refused(closed: Path, name: str, case: list[bool], dots: str,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    (closed.parent / "sub").mkdir(exist_ok=True)
    spelled = "".join(char.upper() if upper else char for char, upper in zip(name, case, strict=False))
    spelled += name[len(case):]
    before = tree(closed.parent)
    assert main(["export", str(closed), "--format", "sssom", "-o", str(closed.parent) + os.sep + dots + spelled]) == 1
    assert capsys.readouterr().err.count("\n") == 1
    assert tree(closed.parent) == before
