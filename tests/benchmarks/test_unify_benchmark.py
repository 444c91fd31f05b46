"""`workbench unify ws.db && workbench check ws.db --json` on the bundled frameworks with a few hundred decisions.

Run on its own:  .venv/bin/python -m pytest tests/benchmarks/test_unify_benchmark.py -s
Target (issue 7): both commands together under 2 s, and every conflict among the decisions reported.
Baseline measured in the same run: `workbench --version` (interpreter and CLI start-up alone).
"""

from __future__ import annotations

import json
import random
import subprocess
import sys
import time
from collections import defaultdict
from itertools import pairwise
from pathlib import Path

from workbench.domain import Ref
from workbench.unify.naming import normalise
from workbench.workspace import Workspace

DECISIONS = 400
PREDICATES = ("exact", "close", "broader", "narrower", "related")


def cli(*args: str) -> tuple[float, str]:
    started = time.perf_counter()
    result = subprocess.run([sys.executable, "-m", "workbench", *args], capture_output=True, text=True, check=True)
    return time.perf_counter() - started, result.stdout


def plausible_decisions(workspace: Workspace, rng: random.Random) -> None:
    """Exact matches between entries of different frameworks with the same normalised label, then random pairs
    with random predicates, some of them "not a match" (which also plants conflicts)."""
    entries = workspace.entries()
    by_label: dict[str, list[Ref]] = defaultdict(list)
    for entry in entries:
        by_label[normalise(entry.label)].append(entry.ref)
    made = 0
    for refs in by_label.values():
        for a, b in pairwise(refs):
            if a.framework != b.framework and made < DECISIONS // 2:
                workspace.add_mapping(a, "exact", b)
                made += 1
    exact = [m for m in workspace.mappings() if m.predicate.short == "exact"]
    for mapping in rng.sample(exact, min(10, len(exact))):  # the other side says "not a match": a conflict
        workspace.add_mapping(mapping.object, "exact", mapping.subject, negated=True)
        made += 1
    while made < DECISIONS:
        a, b = rng.sample(entries, 2)
        if a.ref.framework == b.ref.framework:
            continue
        workspace.add_mapping(a.ref, rng.choice(PREDICATES), b.ref, negated=rng.random() < 0.15)
        made += 1


def test_unify_and_check_on_the_bundled_frameworks(tmp_path: Path) -> None:
    ws = tmp_path / "ws.db"
    cli("init", str(ws), "--all")
    with Workspace.open(ws) as workspace:
        plausible_decisions(workspace, random.Random(7))
        mappings = workspace.mappings()
    baseline = min(cli("--version")[0] for _ in range(3))
    unify_time, unify_out = cli("unify", str(ws))
    check_time, check_out = cli("check", str(ws), "--json")
    again_time, again_out = cli("unify", str(ws))
    findings = json.loads(check_out)

    # every pair decided as a match one way and "not a match" the other is reported
    decided = {(m.subject, m.object): m for m in mappings}
    expected = {
        frozenset((str(s), str(o))) for (s, o), m in decided.items()
        if (o, s) in decided and m.negated != decided[(o, s)].negated
    }
    reported = {frozenset(f["refs"]) for f in findings if f["code"] == "match-and-not-a-match"}
    assert reported == expected
    # every exact-match group holding two entries of one framework is reported (groups found independently)
    groups: dict[Ref, set[Ref]] = {}
    for m in mappings:
        if not m.negated and m.predicate.short == "exact":
            merged = groups.get(m.subject, {m.subject}) | groups.get(m.object, {m.object})
            for ref in merged:
                groups[ref] = merged
    same_framework = {
        frozenset(str(r) for r in group if r.framework == fw)
        for group in map(frozenset, groups.values())
        for fw in {r.framework for r in group}
        if sum(1 for r in group if r.framework == fw) > 1
    }
    reported_same = {frozenset(f["refs"]) for f in findings if f["code"] == "same-framework-in-concept"}
    assert same_framework <= reported_same

    counts: dict[str, int] = defaultdict(int)
    for finding in findings:
        counts[finding["code"]] += 1
    total = unify_time + check_time
    print(f"\n{len(mappings)} decisions; {unify_out.strip()}")
    print(f"second unify: {again_out.strip()}")
    print("findings:", dict(sorted(counts.items())))
    print(f"start-up baseline (workbench --version): {baseline:.2f} s")
    print(f"unify {unify_time:.2f} s ({unify_time / baseline:.1f}x baseline), check --json {check_time:.2f} s "
          f"({check_time / baseline:.1f}x), together {total:.2f} s (target < 2 s); second unify {again_time:.2f} s")
    assert total < 2.0


def test_first_and_second_refresh_of_a_large_glossary(tmp_path: Path) -> None:
    """Two synthetic frameworks of 10,000 entries and one decision per entry pair (exact, close or broader):
    the glossary's first refresh builds every concept, the second finds nothing to change. Before the
    concepts' proposals were written in one executemany (and new ones looked up in a set), the first took
    7.4-7.7 s at this size (2.3-2.4 s after, runs interleaved on 2026-11-23) and 24 s at 25,000 a side."""
    from tests.benchmarks.test_store_benchmark import paired_workspace
    from workbench.unify import glossary

    size = 10_000
    path = tmp_path / "large.db"
    paired_workspace(path, size, random.Random(7))
    with Workspace.open(path) as workspace:
        before = glossary.concept_states(workspace)
        started = time.perf_counter()
        first = glossary.refresh(workspace)
        first_time = time.perf_counter() - started
        # Undo and redo of that refresh, as the glossary tab's undo step does them.
        started = time.perf_counter()
        undone = glossary.restore(workspace, glossary.GlossaryUndo(restore=before, remove=first.added))
        undo_time = time.perf_counter() - started
        assert not workspace.unified_snapshot().concepts
        started = time.perf_counter()
        glossary.restore(workspace, undone.undo)
        redo_time = time.perf_counter() - started
        started = time.perf_counter()
        second = glossary.refresh(workspace)
        second_time = time.perf_counter() - started
        started = time.perf_counter()
        snapshot = workspace.unified_snapshot()
        snapshot_time = time.perf_counter() - started
    print(f"\nglossary of 2 x {size:,} entries and {size:,} decisions: first refresh {first_time:.2f} s "
          f"({len(first.added):,} concepts added), second {second_time:.2f} s ({len(second.changed)} changed); "
          f"reading the unified model back {snapshot_time:.2f} s; undo of the first refresh {undo_time:.2f} s, "
          f"redo {redo_time:.2f} s (12.4 s and 14.6 s before, one statement per concept)")
    assert len(first.added) == first.total == len(snapshot.concepts) and not second.added and not second.changed
