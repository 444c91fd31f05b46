"""Check findings in the interface language: every finding the checks write renders in Swedish, references and
names kept as they are (ui/messages.py renders the core's messages; nothing is parsed back from English)."""

from __future__ import annotations

import inspect
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

import tests.test_checks as check_tests
from ui.messages import text, word_text
from ui.translations import install_translator, remove_translators
from workbench.checks import CHECK_NAMES, Finding, decisions, model
from workbench.domain import FrameworkData
from workbench.messages import Word, relation
from workbench.workspace import Workspace


@pytest.fixture
def swedish(qapp: QApplication) -> Iterator[None]:
    assert install_translator(qapp, "sv") == "sv"
    yield
    remove_translators()


def test_every_finding_the_checks_write_reads_in_swedish(
    tmp_path: Path, mini_frameworks: list[FrameworkData], monkeypatch: pytest.MonkeyPatch, swedish: None
) -> None:
    # The checks' own tests build a model with each fault: run them all and render what the checks wrote.
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
    codes = {finding.code for finding in seen}
    # These two are made elsewhere (test_unify_glossary, test_hostile_imports); every template is checked apart.
    assert codes >= set(CHECK_NAMES) - {"concept-without-members", "process-without-activities",
                                                "entry-broader-cycle"}
    for finding in seen:
        swedish_text = text(finding.message)
        assert swedish_text != str(finding.message) or not any(c.isalpha() for c in swedish_text), finding
        for ref in finding.refs[:5]:
            assert str(ref) in swedish_text or finding.code == "coverage", (ref, swedish_text)
        assert word_text(Word("check", finding.code)) != CHECK_NAMES[finding.code]


def test_findings_read_in_swedish_with_references_and_names_kept(swedish: None) -> None:
    finding = decisions.MATCH_AND_NOT(subject="x:a", relation=relation("exact"), object="y:a", negated_subject="y:a",
                                   negated_object="x:a")
    assert text(finding) == "x:a exakt y:a, men y:a är markerad som 'inte en matchning' för x:a"
    assert text(model.NO_TRIGGER(process="Service desk")) == (
        "processen 'Service desk' saknar utlösare: säg vad som startar den")
    assert text(model.COVERAGE(framework="itil4", aligned=12, total=462, aligned_percent=3, reviewed=15,
                                reviewed_percent=3, gaps=450)) == (
        "itil4: 12 av 462 poster matchade (3%), 15 granskade (3%); 450 varken matchade eller undantagna")
    assert word_text(Word("severity", "warning")) == "varning"
