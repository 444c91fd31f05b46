"""The matching development set (tests/benchmarks/devset.py) on the bundled frameworks: recall and rejections.

Run on its own: .venv/bin/python -m pytest tests/benchmarks/test_matching_devset.py -s

Prints, for the tuning half and the held-out half apart, the share of cross-framework pairs whose right partner is
in the engine's top 5 (pairs findable by words, pairs that need meaning), for the six older frameworks' set and
for the new frameworks' sets (Scrum, Kanban, FitSM, COBIT 2019, ITIL v3, PRINCE2) apart, and how many of the pairs
a practitioner rejects `--best` proposes without a flag; each against the engine on labels alone in the same run.
The assertions hold the figures docs/matching.md reports.
"""

from __future__ import annotations

import time
from collections import defaultdict
from collections.abc import Iterator

import pytest

from tests.benchmarks.devset import Pair, load_new_pairs, load_pairs, load_rejected
from workbench.catalogue import load_bundled
from workbench.domain import Ref
from workbench.matching import embeddings, match
from workbench.workspace import Workspace

pytestmark = pytest.mark.benchmark

REPORTED = {
    # (set, half): (share findable by words in the top 5, share needing meaning in the top 5); measured
    # 106/114, 30/57; 107/112, 29/65; 100/105, 11/20; 105/109, 11/24 (docs/matching.md)
    ("six frameworks", "tuning"): (0.92, 0.52),
    ("six frameworks", "held-out"): (0.95, 0.44),
    ("new frameworks", "tuning"): (0.95, 0.55),
    ("new frameworks", "held-out"): (0.96, 0.45),
}
REJECTED_PROPOSED = {"tuning": 1, "held-out": 1}
"""Rejected pairs (all of the six older frameworks) that --best proposes without a flag, at most."""
RELATIONS = (241, 62)
"""Of the pairs of both sets whose partner is in the top 5 (499), the proposed relation the practitioner's (at
least), and a "kind of" (broader or narrower) proposed where the practitioner says exact, close or related (at
most); measured 241 and 62 on 2026-12-03, 234 and 69 before names were compared by their heads."""


@pytest.fixture(scope="module")
def bundled(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Workspace]:
    with Workspace.create(tmp_path_factory.mktemp("devset") / "ws.db", load_bundled()) as workspace:
        start = time.perf_counter()
        count = embeddings.refresh(workspace)
        print(f"\nembedding {count} bundled entries and storing the vectors: {time.perf_counter() - start:.2f} s "
              f"(bar 30 s)")
        yield workspace


def _rankings(workspace: Workspace, keys: set[tuple[str, str]], use_meaning: bool) -> dict:
    everything = workspace.entries()
    vectors = embeddings.load(workspace, everything)
    by_framework: dict[str, list] = defaultdict(list)
    for record in everything:
        by_framework[record.ref.framework].append(record)
    top: dict[tuple[str, str], dict[str, list[str]]] = {}
    relations: dict[tuple[str, str], str] = {}
    best: dict[tuple[str, str], dict[tuple[str, str], object]] = {}
    for source, target in sorted(keys):
        ranked: dict[str, list[str]] = defaultdict(list)
        for item in match(by_framework[source], by_framework[target], top=5, vectors=vectors,
                          use_meaning=use_meaning):
            ranked[str(item.subject)].append(str(item.object))
            relations[(str(item.subject), str(item.object))] = item.predicate.short
        top[(source, target)] = ranked
        best[(source, target)] = {
            (str(item.subject), str(item.object)): item
            for item in match(by_framework[source], by_framework[target], best=True, vectors=vectors,
                              use_meaning=use_meaning)
        }
    return {"top": top, "best": best, "relations": relations}


def _frameworks(subject: str, obj: str) -> tuple[str, str]:
    return Ref.parse(subject).framework, Ref.parse(obj).framework


def _recall(run: dict, pairs: list[Pair], half: str) -> tuple[tuple[int, int], tuple[int, int]]:
    """(hits, count) of pairs whose right partner is in the top 5: findable by words, then needing meaning."""
    hits: dict[str, list[int]] = {"words": [0, 0], "meaning": [0, 0]}
    for p in (p for p in pairs if p.half == half):
        hits[p.needs][1] += 1
        hits[p.needs][0] += p.object in run["top"][_frameworks(p.subject, p.object)].get(p.subject, [])
    return (hits["words"][0], hits["words"][1]), (hits["meaning"][0], hits["meaning"][1])


def _share(found: tuple[int, int]) -> float:
    return found[0] / found[1]


def test_development_set(bundled: Workspace) -> None:
    sets = {"six frameworks": load_pairs(), "new frameworks": load_new_pairs()}
    rejected = load_rejected()
    keys = {_frameworks(p.subject, p.object) for pairs in sets.values() for p in pairs}
    keys |= {_frameworks(r.subject, r.object) for r in rejected}
    start = time.perf_counter()
    runs = {"engine": _rankings(bundled, keys, True), "labels only": _rankings(bundled, keys, False)}
    elapsed = time.perf_counter() - start
    figures: dict[tuple[str, str, str], tuple[float, float]] = {}
    refused: dict[tuple[str, str], int] = {}
    for name, run in runs.items():
        for half in ("tuning", "held-out"):
            for set_name, pairs in sets.items():
                words, meaning = _recall(run, pairs, half)
                figures[(name, set_name, half)] = (_share(words), _share(meaning))
                print(f"{name:<12} {set_name:<14} {half:<9} right partner in the top 5: findable by words "
                      f"{words[0]}/{words[1]} = {_share(words):.0%}, needing meaning {meaning[0]}/{meaning[1]} = "
                      f"{_share(meaning):.0%}")
            proposed = []
            chosen = [r for r in rejected if r.half == half]
            for r in chosen:
                item = run["best"][_frameworks(r.subject, r.object)].get((r.subject, r.object))
                if item is not None and r.is_wrong(item.predicate.short) and not item.flags:
                    proposed.append(f"{r.subject} {item.predicate.short} {r.object}")
            refused[(name, half)] = len(proposed)
            print(f"{name:<12} {half:<9} rejected pairs proposed by --best without a flag: {len(proposed)}/"
                  f"{len(chosen)}" + (f" ({'; '.join(proposed)})" if proposed and name == "engine" else ""))
    for half in ("tuning", "held-out"):
        for set_name in sets:
            engine, labels = figures[("engine", set_name, half)], figures[("labels only", set_name, half)]
            print(f"{set_name}, {half}: ratio engine / labels only, words {engine[0] / labels[0]:.2f}, meaning "
                  f"{engine[1] / max(labels[1], 1e-9):.1f}; bars: words 95%, meaning 60%")
    print(f"(both runs over {len(keys)} framework pairs: {elapsed:.1f} s)")
    shown = [(p.relation, runs["engine"]["relations"][(p.subject, p.object)])
             for pairs in sets.values() for p in pairs if (p.subject, p.object) in runs["engine"]["relations"]]
    agreeing = sum(1 for wanted, proposed in shown if wanted == proposed)
    kind_of = sum(1 for wanted, proposed in shown
                  if proposed in ("broader", "narrower") and wanted not in ("broader", "narrower"))
    print(f"relation proposed for the {len(shown)} pairs in the top 5: the practitioner's {agreeing} "
          f"({agreeing / len(shown):.0%}); a kind of (broader/narrower) where they say exact, close or related "
          f"{kind_of}")
    for (set_name, half), (words, meaning) in REPORTED.items():
        got = figures[("engine", set_name, half)]
        assert got[0] >= words and got[1] >= meaning, (set_name, half, got)
    for half, most in REJECTED_PROPOSED.items():
        assert refused[("engine", half)] <= most, (half, refused[("engine", half)])
    assert agreeing >= RELATIONS[0] and kind_of <= RELATIONS[1], (agreeing, kind_of)


FLAGGED = {"tuning": (9, 3), "held-out": (12, 3)}
"""(true synonyms flagged, false friends flagged) as docs/matching.md reports them: at most the first, at least the
second."""


def test_false_friend_flag_on_pairs_of_one_name(bundled: Workspace, tmp_path_factory: pytest.TempPathFactory) -> None:
    """How the false-friend flag splits the pairs of one name: those the development sets call exact or close (a
    flag there is a false alarm that demotes a true synonym to related) and the rejected false friends."""
    from workbench.matching import false_friends

    entries = {str(record.ref): record for record in bundled.entries()}

    def names(ref: str) -> set[str]:
        return {entries[ref].label.casefold()}

    synonyms = [p for p in load_pairs() + load_new_pairs()
                if p.relation in ("exact", "close") and names(p.subject) & names(p.object)]
    friends = [r for r in load_rejected() if r.kind == "false-friend"]
    with Workspace.create(tmp_path_factory.mktemp("flags") / "ws.db", load_bundled()) as workspace:
        embeddings.refresh(workspace)
        for pair in [*synonyms, *friends]:
            workspace.add_mapping(pair.subject, "exact", pair.object)
        flagged = {(str(mapping.subject), str(mapping.object)) for mapping, _item in false_friends(workspace)}
    for half, (most_alarms, least_caught) in FLAGGED.items():
        good = [p for p in synonyms if p.half == half]
        bad = [r for r in friends if r.half == half]
        alarms = sum((p.subject, p.object) in flagged for p in good)
        caught = sum((r.subject, r.object) in flagged for r in bad)
        print(f"{half:<9} pairs of one name: true synonyms flagged {alarms}/{len(good)}, false friends flagged "
              f"{caught}/{len(bad)}")
        assert alarms <= most_alarms and caught >= least_caught, (half, alarms, caught)
