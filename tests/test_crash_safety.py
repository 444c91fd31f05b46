"""Killed at the worst moment (SIGKILL: no cleanup runs), nothing is lost and the file stays intact: right after a
decision is committed, just before an import's, a unify refresh's or a decision's transaction commits, and while
an export is being written. A few kills at random moments too; the long run is tests/benchmarks."""

from __future__ import annotations

import hashlib
import random
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from workbench.cli import main
from workbench.domain import Predicate, Ref
from workbench.workspace import Workspace

# These tests are about the workspace's file itself (its locks, journal, disk and neighbours).
pytestmark = pytest.mark.file_only

CHILD = Path(__file__).parent / "crash_child.py"


def run_child(path: Path, action: str, moment: str, argument: str = "") -> tuple[int, list[str]]:
    result = subprocess.run([sys.executable, str(CHILD), str(path), action, moment, argument],
                            capture_output=True, text=True, check=False, timeout=120)
    return result.returncode, result.stdout.splitlines()


def assert_intact(path: Path) -> None:
    connection = sqlite3.connect(path)
    try:
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    finally:
        connection.close()


def decided(lines: list[str]) -> dict[tuple[Ref, Ref], int]:
    """(subject, object) -> the number of the last decision about it the child reported as made."""
    found: dict[tuple[Ref, Ref], int] = {}
    for line in lines:
        if line.startswith("decided "):
            _, subject, obj, number = line.split()
            found[(Ref.parse(subject), Ref.parse(obj))] = int(number)
    return found


def assert_kept(path: Path, reported: dict[tuple[Ref, Ref], int]) -> None:
    """Every decision the child reported is in the workspace (or a later one about the same pair)."""
    assert_intact(path)
    with Workspace.open(path) as workspace:
        stored = {(m.subject, m.object): int(m.comment.split()[-1]) for m in workspace.mappings()
                  if m.comment.startswith("decision ")}
    for pair, number in reported.items():
        assert stored.get(pair, -1) >= number, (pair, number, stored.get(pair))


@pytest.fixture
def path(workspace: Workspace) -> Path:
    workspace.close()
    return workspace.path


def test_killed_right_after_a_decision_it_is_kept(path: Path) -> None:
    code, lines = run_child(path, "decide", "after-commit", "3")
    assert code == -9
    reported = decided(lines)
    assert len(reported) == 3
    assert_kept(path, reported)
    with Workspace.open(path) as workspace:
        assert workspace.count_mappings() == 3


def test_killed_before_a_decision_commits_nothing_half_made_is_left(path: Path) -> None:
    with Workspace.open(path) as workspace:
        workspace.add_mapping("alpha:incident", "exact", "beta:storning", comment="decision 0")
    code, lines = run_child(path, "decide", "before-commit")
    assert code == -9 and decided(lines) == {}
    assert_intact(path)
    with Workspace.open(path) as workspace:
        assert [m.comment for m in workspace.mappings()] == ["decision 0"]
    assert main(["map", str(path), "alpha:incident", "close", "beta:storning"]) == 0


def test_killed_at_random_moments_while_deciding(path: Path) -> None:
    rng = random.Random(18)
    for _kill in range(3):
        with subprocess.Popen([sys.executable, str(CHILD), str(path), "decide"], stdout=subprocess.PIPE,
                              text=True) as child:
            assert child.stdout is not None
            lines = [child.stdout.readline().strip()]
            assert lines[0] == "ready"
            wanted = rng.randint(2, 10)
            while len(decided(lines)) < wanted:
                lines.append(child.stdout.readline().strip())
            time.sleep(rng.uniform(0, 0.05))  # somewhere inside the next decision
            child.kill()
            rest = child.stdout.read()
        assert_kept(path, decided(lines + rest.splitlines()))


def framework_file(folder: Path, rows: int) -> Path:
    file = folder / "big.csv"
    file.write_text("key;label;definition\n" + "".join(f"k{n};Label {n};Definition {n}\n" for n in range(rows)))
    return file


def test_killed_during_an_import_the_workspace_is_as_before(path: Path, tmp_path: Path) -> None:
    file = framework_file(tmp_path, 3000)
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    code, lines = run_child(path, "import", "before-commit", str(file))
    assert code == -9 and "imported" not in lines
    assert_intact(path)
    with Workspace.open(path) as workspace:
        assert [f.key for f in workspace.frameworks()] == ["alpha", "beta"]
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before
    assert main(["import", str(path), str(file)]) == 0


def test_killed_during_unify_the_unified_model_is_as_before(path: Path) -> None:
    with Workspace.open(path) as workspace:
        workspace.add_mapping("alpha:incident", "exact", "beta:storning")
        before = workspace.unified_snapshot()
    code, lines = run_child(path, "unify", "before-commit")
    assert code == -9 and "unified" not in lines
    assert_intact(path)
    with Workspace.open(path) as workspace:
        assert workspace.unified_snapshot() == before
        assert [(m.subject, m.predicate) for m in workspace.mappings()] == [(Ref("alpha", "incident"), Predicate.EXACT)]
    assert main(["unify", str(path)]) == 0


def test_killed_while_an_export_is_written_the_earlier_export_is_kept(path: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.json"
    assert main(["export", str(path), "--format", "json", "-o", str(out)]) == 0
    before = out.read_bytes()
    code, lines = run_child(path, "export", "while-writing", str(out))
    assert code == -9 and "exported" not in lines
    assert out.read_bytes() == before
    assert_intact(path)
