"""Candidate generation (blocking): which target entries are worth scoring for each source entry.

Scoring every pair in Python does not scale (10,000 x 10,000 is 10^8 pairs), so candidates come from
indexes that touch only promising pairs:

- exact normalised labels, by hash (also with spaces and hyphens dropped, for compounds);
- shared label stems, by an inverted index joined in numpy with IDF-weighted overlap, keeping the best few
  per entry; once more on the first letters of stems only (coarse), for derived words;
- similar spelling of whole labels, by rapidfuzz's C `cdist` with a score cutoff, a block of rows at a time
  (a whole-matrix pass would allocate hundreds of megabytes);
- letter-and-number codes against the word and number they stand for ("C1" / "cervical ... 1");
- shared rare words of definitions, by an inverted index over the TF-IDF vectors.

Each index gives its candidates a quick score; the engine fine-scores only the best few per source entry.
"""

from __future__ import annotations

import heapq
import math
import re
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
_FORM_BLOCK = 4096
_COARSE_LETTERS = 4
_COARSE_POSTINGS = 100
COARSE_CANDIDATES = 6
_DICE_STEPS = 1 << 20
_MAX_POSTINGS = 400
"""A stem shared by more target entries than this only counts for forms that have nothing rarer."""


Found = dict[int, dict[int, float]]
"""Source index -> {target index: quick score 0..1}; the quick score ranks candidates before fine scoring."""


def by_exact_label(sources: Sequence[Profile], targets: Sequence[Profile]) -> Found:
    """Same normalised label, or the same letters once spaces and hyphens go ("fore-brain" / "forebrain")."""
    by_key: dict[str, set[int]] = defaultdict(set)
    by_joined: dict[str, set[int]] = defaultdict(set)
    for target in targets:
        for form in target.forms:
            by_key[form.key].add(target.index)
            by_joined[form.joined].add(target.index)
    found: Found = defaultdict(dict)
    for source in sources:
        mine = found[source.index]
        for form in source.forms:
            for target_index in by_key.get(form.key, ()):
                mine[target_index] = 1.0
            for target_index in by_joined.get(form.joined, ()):
                mine[target_index] = 1.0
    return found


def by_shared_stems(
    sources: Sequence[Profile],
    targets: Sequence[Profile],
    weights: Mapping[str, float],
    check_cancel: CheckCancel,
    limit: int = STEM_CANDIDATES,
    coarse: bool = False,
) -> Found:
    """The best `limit` targets per source by IDF-weighted Dice overlap of label stems (best over label forms).

    `coarse` compares only the first letters of each stem, so derived words the stemmer keeps apart
    (spleen / splenic, trabeculum / trabecula) still meet; the fine scorers judge them afterwards.

    An inverted index joined in numpy, a block of source forms at a time: the pairs sharing a stem are
    expanded as arrays and summed by sorting, never in a Python loop per pair.
    """
    found: Found = {}
    token_ids: dict[str, int] = {}
    posting_lists: list[list[int]] = []
    target_owner: list[int] = []
    target_total: list[float] = []
    for target in targets:
        for form in target.forms:
            form_id = len(target_owner)
            target_owner.append(target.index)
            target_total.append(sum(weights.get(s, 1.0) for s in form.stems))
            for token in dict.fromkeys(_keys(form.stems, coarse)):
                token_id = token_ids.setdefault(token, len(token_ids))
                if token_id == len(posting_lists):
                    posting_lists.append([])
                posting_lists[token_id].append(form_id)
    if not target_owner:
        return found
    lengths = np.fromiter((len(p) for p in posting_lists), dtype=np.int64, count=len(posting_lists))
    starts = np.concatenate(([0], np.cumsum(lengths)[:-1])).astype(np.int64)
    flat = np.fromiter((f for p in posting_lists for f in p), dtype=np.int64, count=int(lengths.sum()))
    owners = np.asarray(target_owner, dtype=np.int64)
    coarse_cap = max(_COARSE_POSTINGS, len(target_owner) // 50)
    totals = np.asarray(target_total, dtype=np.float64)

    # Rows (source form, token, weight): a token shared by very many targets only counts for a form that has
    # nothing rarer, and then only its first entries are read.
    row_form: list[int] = []
    row_token: list[int] = []
    row_weight: list[float] = []
    form_owner: list[int] = []
    form_own: list[float] = []
    for source in sources:
        for form in source.forms:
            form_id = len(form_owner)
            form_owner.append(source.index)
            form_own.append(sum(weights.get(s, 1.0) for s in form.stems))
            own_weights: dict[int, float] = {}
            for token, key in zip(form.stems, _keys(form.stems, coarse), strict=True):
                if key in token_ids:
                    token_id = token_ids[key]
                    own_weights[token_id] = max(own_weights.get(token_id, 0.0), weights.get(token, 1.0))
            known = sorted(own_weights, key=lambda token_id: lengths[token_id])
            for position, token_id in enumerate(known):
                # A beginning shared by more than 2% of the target labels is skipped even as the rarest: it
                # says little, and scanning it is what costs the time.
                if coarse and lengths[token_id] > coarse_cap:
                    continue
                if position > 0 and lengths[token_id] > _MAX_POSTINGS:
                    continue
                row_form.append(form_id)
                row_token.append(token_id)
                row_weight.append(own_weights[token_id])
    if not row_form:
        return found
    rows_form = np.asarray(row_form, dtype=np.int64)
    rows_token = np.asarray(row_token, dtype=np.int64)
    rows_weight = np.asarray(row_weight, dtype=np.float64)
    source_owner = np.asarray(form_owner, dtype=np.int64)
    source_own = np.asarray(form_own, dtype=np.float64)
    n_targets = len(owners)
    best_pairs: list[np.ndarray] = []
    best_dice: list[np.ndarray] = []
    # Blocks of rows keep the expanded arrays small (a few million entries at most).
    boundaries = np.searchsorted(rows_form, np.arange(0, len(form_owner) + _FORM_BLOCK, _FORM_BLOCK))
    for low, high in zip(boundaries[:-1].tolist(), boundaries[1:].tolist(), strict=True):
        if low == high:
            continue
        check_cancel()
        used = np.minimum(lengths[rows_token[low:high]], _MAX_POSTINGS * 4)
        count = int(used.sum())
        if not count:
            continue
        offsets = np.repeat(starts[rows_token[low:high]] - (np.cumsum(used) - used), used)
        target_forms = flat[offsets + np.arange(count, dtype=np.int64)]
        keys = np.repeat(rows_form[low:high], used) * n_targets + target_forms
        unique, inverse = np.unique(keys, return_inverse=True)
        shared = np.bincount(inverse, weights=np.repeat(rows_weight[low:high], used))
        source_forms, matched_forms = unique // n_targets, unique % n_targets
        dice = 2.0 * shared / (source_own[source_forms] + totals[matched_forms])
        pairs = source_owner[source_forms] * (1 << 32) + owners[matched_forms]
        best_pairs.append(pairs)
        best_dice.append(dice)
    if not best_pairs:
        return found
    pairs = np.concatenate(best_pairs)
    dice = np.concatenate(best_dice)
    # Best form pair per entry pair (sorted by pair, then a maximum per run of equal pairs).
    order = np.argsort(pairs)
    pairs, dice = pairs[order], dice[order]
    first = np.ones(len(pairs), dtype=bool)
    first[1:] = pairs[1:] != pairs[:-1]
    run_starts = np.flatnonzero(first)
    dice = np.maximum.reduceat(dice, run_starts)
    pairs = pairs[run_starts]
    source_ids, target_ids = pairs >> 32, pairs & ((1 << 32) - 1)
    # Then the best `limit` per source: one integer sort on (source, falling Dice); a stable sort keeps equal
    # scores in target order.
    falling = np.round((1.0 - np.clip(dice, 0.0, 1.0)) * _DICE_STEPS).astype(np.int64)
    order = np.argsort(source_ids * (_DICE_STEPS + 1) + falling, kind="stable")
    source_ids, target_ids, dice = source_ids[order], target_ids[order], dice[order]
    group_start = np.ones(len(source_ids), dtype=bool)
    group_start[1:] = source_ids[1:] != source_ids[:-1]
    starts_at = np.flatnonzero(group_start)
    rank = np.arange(len(source_ids)) - np.repeat(starts_at, np.diff(np.append(starts_at, len(source_ids))))
    keep = rank < limit
    for source_id, target_id, value in zip(
        source_ids[keep].tolist(), target_ids[keep].tolist(), dice[keep].tolist(), strict=True
    ):
        found.setdefault(source_id, {})[target_id] = value
    return found


def _keys(stems: Sequence[str], coarse: bool) -> Sequence[str]:
    return [token[:_COARSE_LETTERS] for token in stems] if coarse else stems


def by_spelling(
    sources: Sequence[Profile], targets: Sequence[Profile], check_cancel: CheckCancel, workers: int = 1
) -> Found:
    """Pairs whose whole normalised labels are spelled alike (typos, British/American, unsplit compounds).

    Labels are sorted by length and each block of similar-length source labels is compared only with the
    target labels whose length allows the cutoff at all (a ratio of r needs the shorter string to be at least
    r / (2 - r) of the longer), so most hopeless pairs are never scored.
    """
    source_keys = sorted(((profile.index, form.key) for profile in sources for form in profile.forms),
                         key=lambda item: len(item[1]))
    target_keys = sorted(((profile.index, form.key) for profile in targets for form in profile.forms),
                         key=lambda item: len(item[1]))
    found: Found = defaultdict(dict)
    if not source_keys or not target_keys:
        return found
    target_texts = [key for _, key in target_keys]
    target_lengths = np.fromiter((len(key) for key in target_texts), dtype=np.int64, count=len(target_texts))
    target_owner = np.fromiter((index for index, _ in target_keys), dtype=np.int64, count=len(target_keys))
    cutoff = SPELLING_CUTOFF / 100.0
    shortest = cutoff / (2.0 - cutoff)
    for start in range(0, len(source_keys), _ROW_BLOCK):
        check_cancel()
        block = source_keys[start : start + _ROW_BLOCK]
        low = int(np.searchsorted(target_lengths, math.floor(len(block[0][1]) * shortest), side="left"))
        high = int(np.searchsorted(target_lengths, math.ceil(len(block[-1][1]) / shortest), side="right"))
        if low >= high:
            continue
        scores = cdist(
            [key for _, key in block], target_texts[low:high], scorer=fuzz.ratio, score_cutoff=SPELLING_CUTOFF,
            dtype=np.uint8, workers=workers,
        )
        rows, columns = np.nonzero(scores)
        values = scores[rows, columns].tolist()
        owners = target_owner[low:high][columns].tolist()
        for row, column, value in zip(rows.tolist(), owners, values, strict=True):
            quick = (value / 100.0 - 0.5) * 2.0
            mine = found[block[row][0]]
            if quick > mine.get(column, 0.0):
                mine[column] = quick
    return found


def by_shared_text(
    sources: Sequence[Profile], targets: Sequence[Profile], check_cancel: CheckCancel, limit: int = TEXT_CANDIDATES
) -> Found:
    # Only the few strongest terms of each source text are looked up, so only those get postings.
    strongest_of = {
        source.index: heapq.nlargest(8, source.text.items(), key=lambda item: item[1])
        for source in sources
        if source.text
    }
    wanted = {term for strongest in strongest_of.values() for term, _ in strongest}
    postings: dict[str, list[tuple[int, float]]] = defaultdict(list)
    for target in targets:
        for term in target.text.keys() & wanted:
            postings[term].append((target.index, target.text[term]))
    # A word in hundreds of definitions is no evidence for any one pair, and scanning it is what costs time.
    cap = 100
    found: Found = {}
    for number, source in enumerate(sources):
        if number % 512 == 0:
            check_cancel()
        strongest = strongest_of.get(source.index)
        if not strongest:
            continue
        sums: dict[int, float] = defaultdict(float)
        for term, value in strongest:
            posting = postings.get(term, ())
            if len(posting) > cap:
                continue
            for target_index, other in posting:
                sums[target_index] += value * other
        found[source.index] = {key: sums[key] for key in heapq.nlargest(limit, sums, key=sums.__getitem__)}
    return found


_CODE = re.compile(r"^([a-z])(\d+)$")
CodeKey = tuple[str, str, frozenset[str]]


def _code_keys(stems: tuple[str, ...]) -> tuple[list[CodeKey], list[CodeKey]]:
    """(keys of letter-and-number codes this label has, keys of codes it spells out): "c1 vertebra" has
    ("c", "1", {vertebra}); "cervical vertebra 1" spells out ("c", "1", {vertebra})."""
    has: list[CodeKey] = []
    spells: list[CodeKey] = []
    for token in stems:
        code = _CODE.match(token)
        if code:
            has.append((code.group(1), code.group(2), frozenset(s for s in stems if s != token)))
        elif token.isdigit():
            for word in stems:
                if word != token and word[:1].isalpha():
                    spells.append((word[0], token, frozenset(s for s in stems if s not in (word, token))))
    return has, spells


def by_codes(sources: Sequence[Profile], targets: Sequence[Profile]) -> Found:
    """A letter-and-number code on one side, its spelled-out word and number on the other ("C1 vertebra" /
    "cervical vertebra 1"); only labels with a number in them are looked at."""
    has_index: dict[CodeKey, set[int]] = defaultdict(set)
    spells_index: dict[CodeKey, set[int]] = defaultdict(set)
    for target in targets:
        for form in target.forms:
            if form.numbered:
                has, spells = _code_keys(form.stems)
                for key in has:
                    has_index[key].add(target.index)
                for key in spells:
                    spells_index[key].add(target.index)
    found: Found = defaultdict(dict)
    if not has_index and not spells_index:
        return found
    for source in sources:
        for form in source.forms:
            if not form.numbered:
                continue
            has, spells = _code_keys(form.stems)
            for key in has:
                for target_index in spells_index.get(key, ()):
                    found[source.index][target_index] = 1.0
            for key in spells:
                for target_index in has_index.get(key, ()):
                    found[source.index][target_index] = 1.0
    return found


MEANING_CANDIDATES = 8
"""Per source entry, its nearest targets by meaning that are always fine-scored, whatever the labels say (8, not 5:
with ranks fused, the sixth to eighth nearest reach a top 5 often enough; 0.3 s more at 10,000 x 10,000)."""
_EXACT_TARGETS = 4096
"""Up to this many targets the nearest are found by one product per block of sources; beyond, through clusters."""
_PROBES = 4


def by_meaning(
    sources: Sequence[Profile],
    targets: Sequence[Profile],
    vectors: np.ndarray,
    known: np.ndarray,
    check_cancel: CheckCancel,
    limit: int = MEANING_CANDIDATES,
) -> Found:
    """The `limit` targets nearest each source by meaning (cosine of unit vectors), within its group; the quick
    score is the cosine. Entries without a definition take no part (see meaning.has_meaning)."""
    found: Found = {}
    groups: dict[str, tuple[list[int], list[int]]] = defaultdict(lambda: ([], []))
    for profile in sources:
        if known[profile.index]:
            groups[profile.group][0].append(profile.index)
    for profile in targets:
        if known[profile.index]:
            groups[profile.group][1].append(profile.index)
    for source_ids, target_ids in groups.values():
        if not source_ids or not target_ids:
            continue
        rows, columns = np.asarray(source_ids), np.asarray(target_ids)
        if len(columns) <= _EXACT_TARGETS:
            _nearest_exact(rows, columns, vectors, limit, found, check_cancel)
        else:
            _nearest_clustered(rows, columns, vectors, limit, found, check_cancel)
    return found


def _keep_best(rows: np.ndarray, columns: np.ndarray, scores: np.ndarray, limit: int, found: Found) -> None:
    """For each row of `scores` (sources x candidate columns), the best `limit` columns into `found`."""
    if scores.shape[1] > limit:
        best = np.argpartition(-scores, limit - 1, axis=1)[:, :limit]
    else:
        best = np.broadcast_to(np.arange(scores.shape[1]), scores.shape)
    values = np.take_along_axis(scores, best, axis=1).tolist()
    chosen = columns[best].tolist()
    for row, picks, picked in zip(rows.tolist(), chosen, values, strict=True):
        mine = found.setdefault(row, {})
        for column, value in zip(picks, picked, strict=True):
            if value > mine.get(column, -1.0):
                mine[column] = value


def _nearest_exact(
    rows: np.ndarray, columns: np.ndarray, vectors: np.ndarray, limit: int, found: Found, check_cancel: CheckCancel
) -> None:
    targets = vectors[columns]
    for start in range(0, len(rows), _ROW_BLOCK):
        check_cancel()
        block = rows[start : start + _ROW_BLOCK]
        _keep_best(block, columns, vectors[block] @ targets.T, limit, found)


def _sums_by(assignment: np.ndarray, vectors: np.ndarray, count: int) -> np.ndarray:
    """Sum of the vectors of each of `count` clusters (sorted once and reduced: numpy's add.at is slow)."""
    order = np.argsort(assignment, kind="stable")
    ordered = assignment[order]
    starts = np.flatnonzero(np.r_[True, ordered[1:] != ordered[:-1]])
    sums = np.zeros((count, vectors.shape[1]), dtype=vectors.dtype)
    sums[ordered[starts]] = np.add.reduceat(vectors[order], starts, axis=0)
    return sums


def _nearest_clustered(
    rows: np.ndarray, columns: np.ndarray, vectors: np.ndarray, limit: int, found: Found, check_cancel: CheckCancel
) -> None:
    """An inverted-file search: the targets are split into about sqrt(n) clusters by a few rounds of spherical
    k-means; each source is compared only with the members of its _PROBES nearest clusters."""
    targets = vectors[columns]
    count = max(int(np.sqrt(len(columns))), 1)
    rng = np.random.default_rng(0)
    centroids = targets[rng.choice(len(columns), count, replace=False)]
    for _ in range(4):
        check_cancel()
        assignment = np.argmax(targets @ centroids.T, axis=1)
        sums = _sums_by(assignment, targets, count)
        norms = np.linalg.norm(sums, axis=1, keepdims=True)
        centroids = np.where(norms > 0, sums / np.maximum(norms, 1e-9), centroids)
    assignment = np.argmax(targets @ centroids.T, axis=1)
    probes = np.argsort(-(vectors[rows] @ centroids.T), axis=1)[:, :_PROBES]
    # One product per cluster: the sources that probe it against its members, keeping each source's best few
    # there; then each source's best over its probes. (One product per source cost a Python loop of 10,000.)
    source_ids: list[np.ndarray] = []
    target_ids: list[np.ndarray] = []
    values: list[np.ndarray] = []
    for cluster in range(count):
        check_cancel()
        members = np.flatnonzero(assignment == cluster)
        asking = np.flatnonzero((probes == cluster).any(axis=1))
        if not len(members) or not len(asking):
            continue
        scores = vectors[rows[asking]] @ targets[members].T
        keep = min(limit, len(members))
        best = np.argpartition(-scores, keep - 1, axis=1)[:, :keep] if len(members) > keep else (
            np.broadcast_to(np.arange(len(members)), scores.shape))
        source_ids.append(np.repeat(asking, keep))
        target_ids.append(members[best].ravel())
        values.append(np.take_along_axis(scores, best, axis=1).ravel())
    if not source_ids:
        return
    sources_all = np.concatenate(source_ids)
    targets_all = np.concatenate(target_ids)
    values_all = np.concatenate(values)
    order = np.lexsort((-values_all, sources_all))
    sources_all, targets_all, values_all = sources_all[order], targets_all[order], values_all[order]
    starts = np.flatnonzero(np.r_[True, sources_all[1:] != sources_all[:-1]])
    rank = np.arange(len(sources_all)) - np.repeat(starts, np.diff(np.r_[starts, len(sources_all)]))
    chosen = rank < limit
    for position, target, value in zip(sources_all[chosen].tolist(), columns[targets_all[chosen]].tolist(),
                                       values_all[chosen].tolist(), strict=True):
        mine = found.setdefault(int(rows[position]), {})
        if value > mine.get(target, -1.0):
            mine[target] = value
