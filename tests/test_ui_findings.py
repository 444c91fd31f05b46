"""Check findings in the interface language: every finding the checks write is known and translated."""

from __future__ import annotations

import inspect
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

import tests.test_checks as check_tests
from ui.findings import finding_text, known, severity_text
from ui.translations import install_translator, remove_translators
from workbench.checks import Finding, Severity
from workbench.domain import FrameworkData
from workbench.workspace import Workspace


@pytest.fixture
def swedish(qapp: QApplication) -> Iterator[None]:
    assert install_translator(qapp, "sv") == "sv"
    yield
    remove_translators()


def test_every_finding_the_checks_write_is_known(
    tmp_path: Path, mini_frameworks: list[FrameworkData], monkeypatch: pytest.MonkeyPatch
) -> None:
    # The checks' own tests build a model with each fault: run them all and read what the checks wrote.
    seen: list[Finding] = []
    run_checks = check_tests.run_checks

    def recording(workspace: Workspace) -> list[Finding]:
        found = run_checks(workspace)
        seen.extend(found)
        return found

    monkeypatch.setattr(check_tests, "run_checks", recording)
    for name, test in sorted(vars(check_tests).items()):
        if not name.startswith("test_") or not callable(test):
            continue
        folder = tmp_path / name
        folder.mkdir()
        if "workspace" in inspect.signature(test).parameters:
            with Workspace.create(folder / "ws.db", mini_frameworks) as workspace:
                test(workspace)
        else:
            test(folder)
    assert {finding.code for finding in seen} >= {
        "match-and-not-a-match", "contradictory-relations", "not-a-match-joined", "broader-cycle",
        "same-framework-in-concept", "process-named-by-role", "process-named-by-tool", "name-not-an-activity",
        "process-without-trigger", "process-without-outcome", "activity-occurs-twice", "activity-without-process",
        "coverage",
    }
    assert sorted({finding.message for finding in seen if not known(finding.message)}) == []


def test_findings_read_in_swedish_with_references_and_names_kept(swedish: None) -> None:
    assert finding_text("x:a exact y:a, but y:a is marked 'not a match' for x:a") == (
        "x:a exakt y:a, men y:a är markerad som 'inte en matchning' för x:a")
    assert finding_text("process 'Service desk' has no trigger: say what starts it") == (
        "processen 'Service desk' saknar utlösare: säg vad som startar den")
    assert finding_text("itil4: 12 of 462 entries aligned (3%), 15 reviewed (3%); 450 neither aligned nor "
                        "excluded") == (
        "itil4: 12 av 462 poster matchade (3%), 15 granskade (3%); 450 varken matchade eller undantagna")
    assert severity_text(Severity.WARNING) == "varning"
    assert finding_text("a finding from a newer core") == "a finding from a newer core"
