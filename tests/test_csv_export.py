"""CSV export: one UTF-8 (with BOM) file per table, as a folder or a zip, formulas neutralised."""

from __future__ import annotations

import csv
import errno
import io
import zipfile
from pathlib import Path

import pytest
from export_helpers import add_decisions, add_unified

from workbench.errors import WorkbenchError
from workbench.exporters.csv_export import export_csv
from workbench.exporters.destination import MANIFEST
from workbench.workspace import Workspace

TABLES = {"about.csv", "frameworks.csv", "glossary.csv", "processes.csv", "coverage.csv", "decisions.csv",
          "open_questions.csv", "mappings.csv", "entries.csv"}


def rows(data: bytes) -> list[list[str]]:
    assert data.startswith(b"\xef\xbb\xbf"), "Excel needs the byte-order mark to read UTF-8"
    return list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))


def test_folder_holds_one_file_per_table(workspace: Workspace, tmp_path: Path) -> None:
    add_decisions(workspace)
    add_unified(workspace)
    out = tmp_path / "export"
    export_csv(workspace, out)
    assert {p.name for p in out.iterdir()} == TABLES | {MANIFEST}
    mappings = rows((out / "mappings.csv").read_bytes())
    assert mappings[0][:3] == ["subject_id", "subject_label", "predicate_id"]
    assert mappings[1][:3] == ["alpha:incident", "Incident", "skos:exactMatch"]
    assert any(row[3] == "Not" for row in mappings[1:])
    comment = next(row[-1] for row in mappings[1:] if row[3] == "Not")
    assert comment.startswith("'=HYPERLINK")
    glossary = rows((out / "glossary.csv").read_bytes())
    # The glossary in the Unified glossary tab's order: alphabetical, case-insensitive ("+" before letters).
    assert [row[0] for row in glossary[1:]] == ["'+Service level agreement", "Incident"]
    assert glossary[1][1] == "'@An agreement on the levels of service to be delivered."
    decisions = rows((out / "decisions.csv").read_bytes())
    assert decisions[0] == ["Decision", "Relation", "Rationale", "Decided by", "Date"]
    assert decisions[1][:2] == ["Alpha Service Method “Incident” means the same as Beta Förvaltning “Störning”",
                                "exact"]
    entries = rows((out / "entries.csv").read_bytes())
    assert any(row[2] == "Störning" for row in entries)


def test_zip_and_replacing_an_existing_folder(workspace: Workspace, tmp_path: Path) -> None:
    out = tmp_path / "export.zip"
    export_csv(workspace, out)
    with zipfile.ZipFile(out) as archive:
        names = {Path(name).name for name in archive.namelist()}
        assert names == TABLES
        assert rows(archive.read("export/frameworks.csv"))[1][0] == "alpha"
    folder = tmp_path / "again"
    export_csv(workspace, folder)
    (folder / "glossary.csv").unlink()  # an earlier export, partly removed: still ours to replace
    export_csv(workspace, folder)
    assert {p.name for p in folder.iterdir()} == TABLES | {MANIFEST}
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_a_file_in_the_way_is_refused_and_kept(workspace: Workspace, tmp_path: Path) -> None:
    blocker = tmp_path / "export"
    blocker.write_text("keep me")
    with pytest.raises(WorkbenchError, match="is a file"):
        export_csv(workspace, blocker)
    assert blocker.read_text() == "keep me"


def test_a_failed_export_leaves_the_existing_folder_alone(workspace: Workspace, tmp_path: Path,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    import workbench.exporters.csv_export as module

    folder = tmp_path / "export"
    export_csv(workspace, folder)
    before = {p.name: p.read_bytes() for p in folder.iterdir()}
    calls = []

    def failing_fsync(descriptor: int) -> None:
        calls.append(descriptor)
        if len(calls) == 3:
            raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(module.os, "fsync", failing_fsync)
    with pytest.raises(WorkbenchError, match="export: the disk is full; nothing was written"):
        export_csv(workspace, folder)
    assert {p.name: p.read_bytes() for p in folder.iterdir()} == before
    assert not [p.name for p in tmp_path.iterdir() if p.name.startswith(".export")], "temporary folder left"
