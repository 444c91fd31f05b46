"""Matching benchmarks: OAEI Conference and Anatomy, our own gold pairs, and speed.

Run on their own: .venv/bin/python -m pytest tests/benchmarks/test_matching_benchmark.py -s
The OAEI data is read from shared/bench/oaei/ beside the repository (never copied in); without it those
benchmarks skip. Every figure is printed with its baseline measured in the same run. The engine's default
threshold (0.75) is a general threshold chosen on Conference, all 21 pairs together.
"""

from __future__ import annotations

import csv
import os
import random
import resource
import time
import tracemalloc
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest
from rapidfuzz import fuzz
from rapidfuzz.process import cdist

from tests.benchmarks.oaei import ANATOMY, CONFERENCE, Counts, read_reference
from workbench.catalogue import load_bundled
from workbench.domain import EntryRecord, Kind, Ref
from workbench.importers import import_file
from workbench.matching import embeddings, match, match_all, suggest
from workbench.matching.engine import clear_caches, label_weights
from workbench.matching.normalise import Abbreviations
from workbench.matching.profiles import PROPERTY_CATEGORY, build_profile
from workbench.workspace import Workspace

pytestmark = pytest.mark.benchmark
GOLD = Path(__file__).resolve().parents[1] / "data" / "alignment_gold.tsv"


def _need(path: Path) -> None:
    if not path.exists():
        pytest.skip(f"OAEI data not found at {path} (shared/bench/oaei beside the repository); benchmark skipped")


def test_conference(tmp_path: Path) -> None:
    _need(CONFERENCE)
    with Workspace.create(tmp_path / "conference.db") as workspace:
        for ontology in sorted((CONFERENCE / "ontologies").glob("*.owl")):
            import_file(workspace, ontology, "owl")
        entries = {record.key: workspace.entries(record.key) for record in workspace.frameworks()}
    engine, classes, baseline, baseline_classes = Counts(), Counts(), Counts(), Counts()
    properties_engine, properties_baseline = Counts(), Counts()
    elapsed = 0.0
    for reference_file in sorted((CONFERENCE / "reference-alignment").glob("*.rdf")):
        first, second = (name.lower() for name in reference_file.stem.split("-"))
        reference = read_reference(reference_file)
        properties = {e.ref.key for e in entries[first] + entries[second] if e.category == PROPERTY_CATEGORY}
        class_reference = {pair for pair in reference if pair[0] not in properties}
        # Baseline: lower-cased exact local names (OAEI's "StringEquiv").
        names = {e.ref.key.lower(): e.ref.key for e in entries[second]}
        exact = {(e.ref.key, names[e.ref.key.lower()]) for e in entries[first] if e.ref.key.lower() in names}
        baseline.add(exact, reference)
        baseline_classes.add({p for p in exact if p[0] not in properties}, class_reference)
        properties_baseline.add({p for p in exact if p[0] in properties}, reference - class_reference)
        start = time.perf_counter()
        found = match(entries[first], entries[second], best=True)
        elapsed += time.perf_counter() - start
        pairs = {(s.subject.key, s.object.key) for s in found}
        engine.add(pairs, reference)
        classes.add({p for p in pairs if p[0] not in properties}, class_reference)
        properties_engine.add({p for p in pairs if p[0] in properties}, reference - class_reference)
    print()
    print("OAEI Conference, 21 pairs, ra1, micro-averaged; engine = suggest --best at the default threshold")
    print(engine.line("engine, classes + properties"))
    print(baseline.line("exact-name baseline"))
    print(classes.line("engine, classes only"))
    print(baseline_classes.line("exact-name baseline, classes only"))
    print(properties_engine.line("engine, properties only"))
    print(properties_baseline.line("exact-name baseline, properties"))
    print(f"F1 ratio engine / baseline: {engine.f1 / baseline.f1:.2f}; published AML 0.74, LogMap 0.69; "
          f"bar 0.75; matching time for all 21 pairs {elapsed:.2f} s")
    print("(the default threshold 0.75 was chosen on this track, all 21 pairs together)")
    assert engine.f1 > baseline.f1
    assert engine.f1 >= 0.68, "issue 17's guard: matching by meaning must not cost Conference F1"


def test_anatomy(tmp_path: Path) -> None:
    _need(ANATOMY)
    with Workspace.create(tmp_path / "anatomy.db") as workspace:
        import_file(workspace, ANATOMY / "mouse.owl", "owl")
        import_file(workspace, ANATOMY / "human.owl", "owl")
        mouse, human = workspace.entries("mouse"), workspace.entries("human")
    reference = read_reference(ANATOMY / "reference.rdf")
    labels: dict[str, str] = {}
    for record in human:
        labels.setdefault(record.label.casefold().replace("_", " "), record.ref.key)
    baseline = Counts()
    baseline.add(
        {(r.ref.key, labels[r.label.casefold().replace("_", " ")]) for r in mouse
         if r.label.casefold().replace("_", " ") in labels},
        reference,
    )
    start = time.perf_counter()
    found = match(mouse, human, best=True)
    elapsed = time.perf_counter() - start
    engine = Counts()
    engine.add({(s.subject.key, s.object.key) for s in found}, reference)
    print()
    print(f"OAEI Anatomy, mouse {len(mouse)} x human {len(human)} entries")
    print(engine.line("engine (--best)"))
    print(baseline.line("exact-label baseline"))
    print(f"F1 ratio engine / baseline: {engine.f1 / baseline.f1:.2f}; bar 0.90 (AML 0.94, LogMap 0.88); "
          f"matching time after import {elapsed:.2f} s (bar 5 s)")
    assert engine.f1 > baseline.f1
    assert engine.f1 >= 0.91, "issue 17's guard"


@pytest.fixture(scope="module")
def bundled(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Workspace]:
    with Workspace.create(tmp_path_factory.mktemp("bundled") / "ws.db", load_bundled()) as workspace:
        yield workspace


def test_gold_pairs_of_our_frameworks_are_in_the_top_five(bundled: Workspace) -> None:
    with GOLD.open(encoding="utf-8") as stream:
        rows = list(csv.DictReader(stream, delimiter="\t"))
    gold = [(Ref.parse(row["subject_ref"]), Ref.parse(row["object_ref"])) for row in rows]
    cache: dict[tuple[str, str], dict[Ref, list[Ref]]] = {}
    hits, first, misses = 0, 0, []
    for subject, obj in gold:
        key = (subject.framework, obj.framework)
        if key not in cache:
            ranked: dict[Ref, list[Ref]] = {}
            for item in suggest(bundled, subject.framework, obj.framework, top=5):
                ranked.setdefault(item.subject, []).append(item.object)
            cache[key] = ranked
        partners = cache[key].get(subject, [])
        if obj in partners:
            hits += 1
            first += partners[0] == obj
        else:
            misses.append(f"{subject} -> {obj}")
    print()
    print(f"gold pairs: {len(gold)}; right partner in the top 5: {hits} ({hits / len(gold):.0%}), "
          f"ranked first: {first} ({first / len(gold):.0%})")
    print("missed: " + ", ".join(misses))
    assert hits >= 59, "README reports 59 of 60"


OLDER_SIX = ("itil4", "safe", "devops", "lean", "pm3", "usm")
"""The frameworks bundled when issue 17 set its bar (1.5 s for all their pairs); issue 21 added six more (5 s)."""


def test_all_pairs_of_the_bundled_frameworks_in_under_a_second(bundled: Workspace) -> None:
    every = [record.key for record in bundled.frameworks()]
    entries = {key: bundled.entries(key) for key in every}
    embeddings.refresh(bundled)
    # The five of the brief (no bar of their own), the six of issue 17's bar, all twelve of issue 21's.
    for keys, bar in (([key for key in OLDER_SIX if key != "usm"], None), (list(OLDER_SIX), 1.5), (every, 5.0)):
        groups = [entries[key] for key in keys]
        cold, warm, labels_only = [], [], []
        for _ in range(3):  # this machine's speed varies from run to run: the best of three, and the worst
            clear_caches()
            start = time.perf_counter()
            # As suggest() runs: the stored meaning vectors are read, then everything is matched.
            vectors = embeddings.load(bundled, [record for group in groups for record in group])
            count = len(match_all(groups, vectors=vectors))
            cold.append(time.perf_counter() - start)
            start = time.perf_counter()
            match_all(groups, vectors=vectors)
            warm.append(time.perf_counter() - start)
            clear_caches()
            start = time.perf_counter()
            match_all(groups, use_meaning=False)
            labels_only.append(time.perf_counter() - start)
        # Baseline in the same run: one `match` call per pair, each building its own profiles.
        clear_caches()
        start = time.perf_counter()
        for index, first in enumerate(keys):
            for second in keys[index + 1 :]:
                match(entries[first], entries[second], vectors=vectors)
        per_pair = time.perf_counter() - start
        pairs = len(keys) * (len(keys) - 1) // 2
        print()
        print(f"all {pairs} pairs of {len(keys)} bundled frameworks ({', '.join(keys)}; "
              f"{sum(len(entries[key]) for key in keys)} entries), match_all: first run (caches cleared) "
              f"{min(cold):.2f} s best of 3, {max(cold):.2f} s worst; again {min(warm):.2f} s; bar "
              f"{f'{bar} s' if bar else 'none'} with stored meaning vectors; {count} suggestions; machine load "
              f"average {os.getloadavg()[0]:.1f}")
        print(f"same run, labels only (use_meaning=False): {min(labels_only):.2f} s best of 3; ratio "
              f"{min(cold) / min(labels_only):.2f}; one match() per pair, caches cleared: {per_pair:.2f} s")
        if bar is not None:
            assert min(cold) < bar


def _synthetic(framework: str, count: int, seed: int) -> list[EntryRecord]:
    """Made-up glossaries: labels of 1-4 words from a shared vocabulary, short definitions, some alt labels."""
    rng = random.Random(seed)
    vocabulary = [f"{a}{b}{c}" for a in ("ba", "ko", "mi", "te", "ru", "sa", "lo", "pe", "di", "fu")
                  for b in ("ran", "lit", "mos", "ver", "kal", "dun", "pel", "sor", "tic", "gan")
                  for c in ("", "a", "o", "er", "ing", "ment", "ion", "ity")]
    records = []
    for number in range(count):
        label = " ".join(rng.sample(vocabulary, rng.randint(1, 4)))
        definition = " ".join(rng.choices(vocabulary, k=12))
        records.append(EntryRecord(
            id=number, ref=Ref(framework, f"e{number}"), kind=Kind.TERM, label=label, lang="en",
            category="concept", definition=definition,
        ))
    return records


def test_two_synthetic_glossaries_of_ten_thousand_entries() -> None:
    sources, targets = _synthetic("one", 10_000, 1), _synthetic("two", 10_000, 2)
    # Embedding is timed apart: in the application it runs once per entry, at import, and is stored.
    start = time.perf_counter()
    index = embeddings.build_index([*sources, *targets])
    embedding = time.perf_counter() - start
    vectors = {
        record.ref: np.stack([index.full[number], index.definition[number]])
        for number, record in enumerate([*sources, *targets])
    }
    clear_caches()
    start = time.perf_counter()
    found = match(sources, targets, top=5, vectors=vectors)
    elapsed = time.perf_counter() - start
    # Memory in a second run: tracing every allocation slows Python down, so it is not timed.
    clear_caches()
    tracemalloc.start()
    match(sources, targets, top=5, vectors=vectors)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()

    # Label scoring alone (normalise + candidate labels scored) against a bare cdist over the same labels.
    clear_caches()
    abbreviations = Abbreviations.built_in()
    start = time.perf_counter()
    profiles = [build_profile(i, r, abbreviations) for i, r in enumerate([*sources, *targets])]
    weights = label_weights(profiles)
    from workbench.matching import candidates

    candidates.by_exact_label(profiles[:10_000], profiles[10_000:])
    candidates.by_shared_stems(profiles[:10_000], profiles[10_000:], weights, lambda: None)
    candidates.by_shared_stems(profiles[:10_000], profiles[10_000:], weights, lambda: None, coarse=True)
    candidates.by_spelling(profiles[:10_000], profiles[10_000:], lambda: None)
    label_time = time.perf_counter() - start
    start = time.perf_counter()
    cdist([r.label for r in sources], [r.label for r in targets], scorer=fuzz.ratio, dtype="uint8", workers=1)
    bare = time.perf_counter() - start
    print()
    print(f"synthetic 10,000 x 10,000, suggestions with the vectors given: {elapsed:.2f} s (bar 10 s; machine load "
          f"average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores), peak traced memory of that step "
          f"{peak / 2**20:.0f} MiB (bar 1.5 GB), {len(found)} suggestions; embedding the 20,000 entries beforehand "
          f"(timed apart, as the application does it once at import) {embedding:.2f} s")
    print(f"label scoring {label_time:.2f} s vs bare rapidfuzz cdist(ratio) {bare:.2f} s: "
          f"ratio {label_time / bare:.2f}; the process's peak resident memory so far "
          f"{resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 2**20:.2f} GiB")
    assert elapsed < 10.0 and peak < 1.5 * 2**30, "issue 17's bars: 10 s and 1.5 GB with stored vectors"
