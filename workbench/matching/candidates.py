"""Candidate generation (blocking): which target entries are worth scoring for each source entry.

Scoring every pair in Python does not scale (10,000 x 10,000 is 10^8 pairs), so candidates come from
indexes that touch only promising pairs:

- exact normalised labels, by hash;
- shared label stems, by an inverted index with IDF-weighted overlap, keeping the best few per entry;
- similar spelling of whole labels, by rapidfuzz's C `cdist` with a score cutoff, a block of rows at a time
  (a whole-matrix pass would allocate hundreds of megabytes);
- shared rare words of definitions, by an inverted index over the TF-IDF vectors.
"""

from __future__ import annotations

import heapq
from collections import defaultdict
from collections.abc import Callable, Mapping, Sequence

import numpy as np
from rapidfuzz import fuzz
from rapidfuzz.process import cdist

from workbench.matching.profiles import Profile

CheckCancel = Callable[[], None]

STEM_CANDIDATES = 12
TEXT_CANDIDATES = 6
SPELLING_CUTOFF = 85
_ROW_BLOCK = 1024
_MAX_POSTINGS = 400
"""A stem shared by more target entries than this only counts for forms that have nothing rarer."""


def by_exact_label(sources: Sequence[Profile], targets: Sequence[Profile]) -> dict[int, set[int]]:
    index: dict[str, set[int]] = defaultdict(set)
    for target in targets:
        for form in target.forms:
            index[form.key].add(target.index)
    found: dict[int, set[int]] = defaultdict(set)
    for source in sources:
        for form in source.forms:
            found[source.index] |= index.get(form.key, set())
    return found


def by_shared_stems(
    sources: Sequence[Profile],
    targets: Sequence[Profile],
    weights: Mapping[str, float],
    check_cancel: CheckCancel,
    limit: int = STEM_CANDIDATES,
) -> dict[int, list[int]]:
    postings: dict[str, list[tuple[int, float]]] = defaultdict(list)
    for target in targets:
        for form in target.forms:
            total = sum(weights.get(s, 1.0) for s in form.stems)
            for token in set(form.stems):
                postings[token].append((target.index, total))
    found: dict[int, list[int]] = {}
    for number, source in enumerate(sources):
        if number % 512 == 0:
            check_cancel()
        best: dict[int, float] = {}
        for form in source.forms:
            own = sum(weights.get(s, 1.0) for s in form.stems)
            tokens = sorted(set(form.stems), key=lambda token: len(postings.get(token, ())))
            shared: dict[tuple[int, float], float] = defaultdict(float)
            for position, token in enumerate(tokens):
                posting = postings.get(token)
                if not posting or (position > 0 and len(posting) > _MAX_POSTINGS):
                    continue
                weight = weights.get(token, 1.0)
                for key in posting[: _MAX_POSTINGS * 4]:
                    shared[key] += weight
            for (target_index, total), weight in shared.items():
                dice = 2.0 * weight / (own + total)
                if dice > best.get(target_index, 0.0):
                    best[target_index] = dice
        found[source.index] = heapq.nlargest(limit, best, key=best.__getitem__)
    return found


def by_spelling(
    sources: Sequence[Profile], targets: Sequence[Profile], check_cancel: CheckCancel, workers: int = 1
) -> dict[int, set[int]]:
    """Pairs whose whole normalised labels are spelled alike (typos, British/American, unsplit compounds)."""
    source_keys = [(profile.index, form.key) for profile in sources for form in profile.forms]
    target_keys = [(profile.index, form.key) for profile in targets for form in profile.forms]
    found: dict[int, set[int]] = defaultdict(set)
    if not source_keys or not target_keys:
        return found
    target_texts = [key for _, key in target_keys]
    target_owner = np.fromiter((index for index, _ in target_keys), dtype=np.int64, count=len(target_keys))
    for start in range(0, len(source_keys), _ROW_BLOCK):
        check_cancel()
        block = source_keys[start : start + _ROW_BLOCK]
        scores = cdist(
            [key for _, key in block], target_texts, scorer=fuzz.ratio, score_cutoff=SPELLING_CUTOFF,
            dtype=np.uint8, workers=workers,
        )
        rows, columns = np.nonzero(scores)
        for row, column in zip(rows.tolist(), target_owner[columns].tolist(), strict=True):
            found[block[row][0]].add(column)
    return found


def by_shared_text(
    sources: Sequence[Profile], targets: Sequence[Profile], check_cancel: CheckCancel, limit: int = TEXT_CANDIDATES
) -> dict[int, list[int]]:
    postings: dict[str, list[tuple[int, float]]] = defaultdict(list)
    for target in targets:
        for term, value in target.text.items():
            postings[term].append((target.index, value))
    # A word in hundreds of definitions is no evidence for any one pair, and scanning it is what costs time.
    cap = 100
    found: dict[int, list[int]] = {}
    for number, source in enumerate(sources):
        if number % 512 == 0:
            check_cancel()
        if not source.text:
            continue
        strongest = heapq.nlargest(8, source.text.items(), key=lambda item: item[1])
        sums: dict[int, float] = defaultdict(float)
        for term, value in strongest:
            posting = postings.get(term, ())
            if len(posting) > cap:
                continue
            for target_index, other in posting:
                sums[target_index] += value * other
        found[source.index] = heapq.nlargest(limit, sums, key=sums.__getitem__)
    return found
