"""`workbench unify`: refresh proposals, start the process model, one summary line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from workbench.cli import main


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_unify_builds_the_glossary_and_starts_from_usm_then_check_sees_it(tmp_path: Path, capsys) -> None:
    ws = str(tmp_path / "ws.db")
    run(capsys, "init", ws, "--frameworks", "itil4,devops,usm")
    run(capsys, "map", ws, "itil4:incident", "exact", "devops:incident")
    code, out, _ = run(capsys, "unify", ws)
    assert code == 0
    assert out.startswith("unified glossary: 1 concepts (1 added, 0 removed, 0 changed, 0 member(s) moved)")
    assert out.rstrip().endswith("process model: 5 processes, 28 activities, started from usm")
    code, out, _ = run(capsys, "unify", ws, "--process-skeleton", "empty")
    assert "(0 added, 0 removed, 0 changed" in out and "started" not in out
    code, out, _ = run(capsys, "check", ws, "--json")
    findings = json.loads(out)
    usm = next(f for f in findings if f["code"] == "coverage" and f["message"].startswith("usm:"))
    assert "33 of 99" in usm["message"] and all({"severity", "code", "message", "refs"} <= set(f) for f in findings)


def test_unify_with_an_empty_skeleton_and_a_missing_usm(tmp_path: Path, capsys) -> None:
    ws = str(tmp_path / "ws.db")
    run(capsys, "init", ws, "--frameworks", "itil4")
    code, out, _ = run(capsys, "unify", ws)
    assert code == 0 and "process model: 0 processes" in out
    code, _, err = run(capsys, "unify", ws, "--process-skeleton", "usm")
    assert code == 1 and "holds no 'usm' framework" in err
