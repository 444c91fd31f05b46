"""`workbench export` writes every format through the same command, and refuses bad output paths."""

from __future__ import annotations

from pathlib import Path

import pytest
from export_helpers import add_decisions, add_unified

from workbench.cli import main
from workbench.workspace import Workspace


@pytest.mark.parametrize(("format", "name", "start"), [
    ("skos", "out.ttl", b"@prefix"),
    ("archimate", "out.xml", b"<?xml"),
    ("html", "out.html", b"<!DOCTYPE html>"),
    ("csv", "out.zip", b"PK"),
])
def test_each_format_is_written(workspace: Workspace, tmp_path: Path, format: str, name: str, start: bytes,
                                capsys: pytest.CaptureFixture[str]) -> None:
    add_decisions(workspace)
    add_unified(workspace)
    workspace.close()
    out = tmp_path / name
    assert main(["export", workspace.location, "--format", format, "-o", str(out)]) == 0
    assert out.read_bytes().startswith(start)
    assert f"wrote {out}" in capsys.readouterr().out


def test_a_missing_folder_is_one_clear_error(workspace: Workspace, tmp_path: Path,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    workspace.close()
    out = tmp_path / "nowhere" / "out.ttl"
    assert main(["export", workspace.location, "--format", "skos", "-o", str(out)]) == 1
    assert "no such folder" in capsys.readouterr().err
