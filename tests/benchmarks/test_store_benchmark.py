"""How a large workspace feels: open it and list one framework's entries.

Run on its own:  .venv/bin/python -m pytest tests/benchmarks/test_store_benchmark.py -s
Targets (issue 2): open under 0.5 s; list 10,000 entries under 0.2 s; with 50,000 entries and 100,000 mappings.
"""

from __future__ import annotations

import random
import statistics
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import create_engine, insert

from workbench.domain import EntryData, FrameworkData, Kind, Label, LabelKind
from workbench.store.models import Mapping, utcnow
from workbench.workspace import Workspace

FRAMEWORKS = 5
ENTRIES_PER_FRAMEWORK = 10_000
MAPPINGS = 100_000
WORDS = ("service incident change release problem value stream flow team portfolio backlog risk asset "
         "capacity demand supplier deploy monitor improve plan review budget request level agreement").split()


def synthetic_framework(index: int, rng: random.Random, size: int = ENTRIES_PER_FRAMEWORK) -> FrameworkData:
    entries = []
    for number in range(size):
        words = rng.sample(WORDS, 3)
        entries.append(
            EntryData(
                key=f"e{number}",
                kind=Kind.TERM,
                label=" ".join(words).capitalize() + f" {number}",
                lang="en",
                category="concept",
                definition="A synthetic entry about " + " and ".join(rng.sample(WORDS, 6)) + ".",
                labels=(Label(f"{words[0]} {number}", LabelKind.ALTERNATIVE, "en"),),
            )
        )
    return FrameworkData(key=f"fw{index}", name=f"Framework {index}", entries=tuple(entries))


def paired_workspace(path: Path, size: int, rng: random.Random) -> None:
    """Two synthetic frameworks of `size` entries and one decision (exact, close or broader) per entry pair."""
    Workspace.create(path, [synthetic_framework(index, rng, size) for index in range(2)]).close()
    engine = create_engine(f"sqlite:///{path}")
    now = utcnow()
    with engine.begin() as connection:
        connection.execute(insert(Mapping), [
            {"subject_id": i, "object_id": size + i, "negated": False, "confidence": 1.0,
             "predicate": rng.choice(("skos:exactMatch", "skos:closeMatch", "skos:broadMatch")),
             "justification": "semapv:ManualMappingCuration", "author": "bench", "comment": "",
             "created": now, "updated": now}
            for i in range(1, size + 1)
        ])
    engine.dispose()


def timed(action: Callable[[], object], runs: int = 7) -> tuple[float, object]:
    durations, result = [], None
    for _ in range(runs):
        start = time.perf_counter()
        result = action()
        durations.append(time.perf_counter() - start)
    return statistics.median(durations), result


@pytest.mark.benchmark
def test_open_and_list_a_large_workspace(tmp_path: Path) -> None:
    rng = random.Random(7)
    path = tmp_path / "large.db"
    frameworks = [synthetic_framework(index, rng) for index in range(FRAMEWORKS)]
    start = time.perf_counter()
    Workspace.create(path, frameworks).close()
    create_seconds = time.perf_counter() - start

    engine = create_engine(f"sqlite:///{path}")
    now = utcnow()
    total = FRAMEWORKS * ENTRIES_PER_FRAMEWORK
    pairs: set[tuple[int, int]] = set()
    while len(pairs) < MAPPINGS:
        subject, obj = rng.randrange(1, total + 1), rng.randrange(1, total + 1)
        if subject != obj:
            pairs.add((subject, obj))
    with engine.begin() as connection:
        connection.execute(
            insert(Mapping),
            [
                {"subject_id": s, "object_id": o, "predicate": "skos:closeMatch", "negated": False,
                 "confidence": 0.8, "justification": "semapv:ManualMappingCuration", "author": "bench",
                 "comment": "", "created": now, "updated": now}
                for s, o in pairs
            ],
        )
    engine.dispose()

    def open_and_summarise() -> Workspace:
        workspace = Workspace.open(path)
        workspace.frameworks()
        workspace.close()
        return workspace

    open_seconds, _ = timed(open_and_summarise)
    with Workspace.open(path) as workspace:
        list_seconds, listed = timed(lambda: workspace.entries("fw2"))
        filter_seconds, filtered = timed(lambda: workspace.entries("fw2", text="incident"))
        page_seconds, _ = timed(lambda: workspace.entries("fw2", limit=200, offset=5000))
        mappings_seconds, decisions = timed(lambda: workspace.mappings("fw1", "fw3"), runs=3)
        assert workspace.count_mappings() == MAPPINGS
    assert isinstance(listed, list) and len(listed) == ENTRIES_PER_FRAMEWORK
    assert isinstance(filtered, list) and 0 < len(filtered) < ENTRIES_PER_FRAMEWORK
    assert isinstance(decisions, list)

    print()
    print(f"workspace: {total:,} entries, {MAPPINGS:,} mappings, {path.stat().st_size / 1e6:.1f} MB")
    print(f"create with 5 frameworks (bulk insert): {create_seconds:.2f} s")
    print(f"open + framework summary (median of 7): {open_seconds * 1000:.1f} ms   target < 500 ms  "
          f"ratio to target {open_seconds / 0.5:.2f}")
    print(f"list 10,000 entries of one framework:   {list_seconds * 1000:.1f} ms   target < 200 ms  "
          f"ratio to target {list_seconds / 0.2:.2f}")
    print(f"filter one framework by text ({len(filtered)} hits):  {filter_seconds * 1000:.1f} ms")
    print(f"one page of 200 entries:                {page_seconds * 1000:.1f} ms")
    print(f"mappings between two frameworks ({len(decisions)}): {mappings_seconds * 1000:.1f} ms")
