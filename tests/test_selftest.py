"""The self-test the frozen build runs: it passes on a sound installation and names the step that breaks."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtWidgets import QApplication

from workbench import catalogue, exporters
from workbench.cli import main
from workbench.selftest import SelfTestError, run_self_test
from workbench.workspace import Workspace


def test_self_test_runs_the_whole_flow_in_process(tmp_path: Path) -> None:
    lines = run_self_test(tmp_path)
    assert [line.split(":")[0] for line in lines] == ["workspace", "suggestions", "unify", "export", "reopen"]
    assert f"{len(catalogue.load_bundled())} bundled frameworks" in lines[0]
    book = load_workbook(tmp_path / "self-test.xlsx", read_only=True)
    assert "Glossary" in book.sheetnames
    book.close()
    with Workspace.open(tmp_path / "self-test.workbench") as workspace:
        assert [mapping.author for mapping in workspace.mappings()] == ["self-test"]
        assert workspace.unified_snapshot().concepts


def test_self_test_fails_without_bundled_frameworks(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(catalogue, "load_bundled", lambda: [])
    with pytest.raises(SelfTestError, match="no bundled frameworks"):
        run_self_test(tmp_path)


def test_a_failing_step_is_named(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def broken_export(*_args: object) -> None:
        raise ModuleNotFoundError("No module named 'openpyxl'")

    monkeypatch.setattr(exporters, "export", broken_export)
    with pytest.raises(SelfTestError, match="'export xlsx' failed: ModuleNotFoundError"):
        run_self_test(tmp_path)


def test_the_command_line_flag_runs_core_and_window_checks(
    qapp: QApplication, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--self-test"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[-1] == "self-test passed"
    assert any(line.startswith("ok  window:") and "Mapper" in line for line in out)


def test_the_command_line_flag_exits_1_with_one_line_on_failure(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(catalogue, "load_bundled", lambda: [])
    assert main(["--self-test"]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert err == ["workbench: error: self-test: no bundled frameworks found"]
