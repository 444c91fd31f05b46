"""What durability costs: a decision with PRAGMA synchronous=FULL against NORMAL (docs/reliability.md).

Run on its own:  .venv/bin/python -m pytest tests/benchmarks/test_durability_benchmark.py -s

Two situations: the desktop app (its window keeps a connection open, so the WAL lives on between decisions) and
a lone command line `map` (its connection is the last one: every commit also checkpoints the WAL into the file).
"""

from __future__ import annotations

import sqlite3
import statistics
import time
from pathlib import Path

import pytest

from workbench.catalogue import load_bundled
from workbench.store import database
from workbench.workspace import Workspace

DECISIONS = 150
ROUNDS = 3


def _decide(folder: Path, mode: str, window_open: bool) -> list[float]:
    database.SYNCHRONOUS = mode
    frameworks = [f for f in load_bundled() if f.key in ("itil4", "safe")]
    path = folder / f"{mode}-{window_open}.db"
    workspace = Workspace.create(path, frameworks)
    keeper = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True) if window_open else None
    if keeper is not None:
        keeper.execute("PRAGMA data_version").fetchone()
    subjects = [entry.ref for entry in workspace.entries("itil4")][:DECISIONS]
    objects = [entry.ref for entry in workspace.entries("safe")][:DECISIONS]
    times = []
    for subject, obj in zip(subjects, objects, strict=True):
        started = time.perf_counter()
        workspace.add_mapping(subject, "close", obj, comment="measured")
        times.append(time.perf_counter() - started)
    workspace.close()
    if keeper is not None:
        keeper.close()
    path.unlink()
    return times


@pytest.mark.benchmark
def test_cost_of_synchronous_full_per_decision(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(database, "SYNCHRONOUS", database.SYNCHRONOUS)
    results: dict[tuple[bool, str], list[float]] = {}
    for _round in range(ROUNDS):  # interleaved, so a busy moment of the machine falls on both modes alike
        for window_open in (True, False):
            for mode in ("NORMAL", "FULL"):
                results.setdefault((window_open, mode), []).extend(_decide(tmp_path, mode, window_open))
    for (window_open, mode), times in sorted(results.items(), reverse=True):
        times.sort()
        where = "window open" if window_open else "command line"
        print(f"{where:12}  {mode:6}  median {statistics.median(times) * 1000:5.1f} ms  "
              f"p90 {times[int(len(times) * 0.9)] * 1000:5.1f} ms  ({len(times)} decisions)")
