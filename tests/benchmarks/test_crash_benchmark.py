"""Many kills at random moments (SIGKILL) during decisions, imports, unify refreshes and exports: after each, the
workspace passes PRAGMA integrity_check, every decision reported as made is there, an import is all or nothing,
and an export is the earlier one or the new one, never a mixture.

Run on its own:  .venv/bin/python -m pytest tests/benchmarks/test_crash_benchmark.py -s
(the suite's bounded version is tests/test_crash_safety.py).
"""

from __future__ import annotations

import json
import random
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.test_crash_safety import CHILD, assert_intact, assert_kept, decided, framework_file
from workbench.catalogue import load_bundled, load_file
from workbench.workspace import Workspace

KILLS = 15
"""Per kind of work; 60 kills in all."""
DATA = Path(__file__).parent.parent / "data"


def _kill_at_random(path: Path, rng: random.Random, action: str, argument: str, longest: float) -> list[str]:
    with subprocess.Popen([sys.executable, str(CHILD), str(path), action, "never", argument],
                          stdout=subprocess.PIPE, text=True) as child:
        assert child.stdout is not None
        lines = [child.stdout.readline().strip()]
        assert lines == ["ready"]
        time.sleep(rng.uniform(0, longest))
        child.kill()
        lines += child.stdout.read().splitlines()
    return lines


@pytest.mark.benchmark
def test_random_kills_lose_nothing(tmp_path: Path) -> None:
    rng = random.Random(2026)
    frameworks = [load_file(DATA / "alpha.toml"), load_file(DATA / "beta.toml")]
    path, target = tmp_path / "ws.db", tmp_path / "import-target.db"
    # The bundled frameworks, so that a unify refresh and an export take long enough to be killed halfway.
    Workspace.create(path, load_bundled()).close()
    with Workspace.open(path) as workspace:
        for first, second in zip(workspace.entries("itil4")[:300], workspace.entries("safe")[:300], strict=True):
            workspace.add_mapping(first.ref, "close", second.ref)
    big = framework_file(tmp_path, 20_000)
    out = tmp_path / "out.json"
    midway = {"decide": 0, "import": 0, "unify": 0, "export": 0}
    """Kills that came before the work was done (the others found it finished)."""
    started = time.monotonic()
    for _round in range(KILLS):
        lines = _kill_at_random(path, rng, "decide", "", 1.0)
        # This run's decisions (a later run decides the same pairs again, which replaces the earlier ones).
        assert_kept(path, decided(lines))
        midway["decide"] += 1

        Workspace.create(target, frameworks, force=True).close()
        lines = _kill_at_random(target, rng, "import", str(big), 1.0)
        assert_intact(target)
        with Workspace.open(target) as workspace:
            keys = [f.key for f in workspace.frameworks()]
            if "imported" in lines:
                assert workspace.count_entries("big") == 20_000
            else:
                midway["import"] += 1
                assert keys == ["alpha", "beta"] or workspace.count_entries("big") == 20_000

        lines = _kill_at_random(path, rng, "unify", "", 0.25)
        assert_intact(path)
        midway["unify"] += "unified" not in lines

        lines = _kill_at_random(path, rng, "export", str(out), 0.25)
        if out.exists():  # the earlier export or the new one, whole either way
            assert json.loads(out.read_text(encoding="utf-8"))["format"] == "workbench-export"
        midway["export"] += "exported" not in lines
    took = time.monotonic() - started
    print(f"{4 * KILLS} kills in {took:.0f} s, before the work was done: {midway}; nothing lost, every file intact")
