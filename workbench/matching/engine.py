"""The matching engine: from two lists of entries (and the decisions already taken) to scored suggestions.

Stages, each cancellable: normalise every label once (profiles; once for all frameworks in `match_all`),
generate candidates by indexing (`candidates`), keep the best few per entry by the indexes' quick scores,
score each of those pairs (`scorers`: labels, definitions), add structure (pairs whose
parents, or at least two children, are mapped, by decision or by a confident first pass; properties by the
classes they link, domain to domain and range to range) and decisions (chains A=B, B=C propose A=C;
"not a match" pairs and pairs already decided are never proposed), then keep the top K per source entry or
the one-to-one selection (`best`).

Scores combine as "noisy or": the label score, raised by definition similarity and by structure, so a
suggestion is never pushed below what its labels alone say. The exceptions are lowered on evidence against
them: two properties whose classes do not correspond or correspond the other way round, and two classes
whose parents surely match elsewhere.
"""

from __future__ import annotations

import math
import threading
from collections import Counter, defaultdict
from collections.abc import Callable, Mapping, Sequence

import numpy as np

from workbench.domain import EntryRecord, MappingRecord, Ref, Suggestion
from workbench.matching import candidates, signals, structure
from workbench.matching import reasons as because
from workbench.matching.embeddings import build_index
from workbench.matching.normalise import Abbreviations
from workbench.matching.pairs import Decisions, Scored, allowed, one_to_one
from workbench.matching.profiles import (
    Profile,
    WordSynonyms,
    add_text_vectors,
    build_profile,
    learn_abbreviations,
    learn_word_synonyms,
)
from workbench.matching.scorers import (
    label_reasons,
    label_similarity,
    shared_text,
    text_similarity,
)
from workbench.matching.verdict import Judge
from workbench.messages import Message

DEFAULT_THRESHOLD = 0.75
"""The score at which `best` proposes a pair. A general threshold chosen on the OAEI Conference track (all
pairs together, never per reference pair); see tests/benchmarks/test_matching_benchmark.py."""

TEXT_WEIGHT = 0.5
MEANING_CEILING = DEFAULT_THRESHOLD - 0.01
"""The highest score meaning can give a pair whose labels alone are below the threshold."""
FUSION_K, SCORE_RANKS = 10, 2.5
"""Reciprocal-rank fusion of a source's candidates (`_top`): 1 / (K + rank), the ranking by score counting 2.5
times the ranking by meaning. K = 10 lets a candidate that is first by meaning and sixth by score into the top 5.
On the development set's tuning half, weights 2, 2.5 and 3 differ by one pair either way (docs/matching.md)."""
COARSE_WEIGHT = 0.9
"""Stems that only start alike are weaker evidence than shared stems when candidates are ranked."""
FINE_CANDIDATES = 6
"""Per source entry, how many candidates (by the indexes' quick scores) get the full label and text scoring."""

Progress = Callable[[int, int], None]
Cancel = Callable[[], bool] | threading.Event


class Cancelled(Exception):  # noqa: N818 - it is what the caller asked for, not an error
    """The caller's cancel signal was seen; no suggestions are returned."""


def _cancel_checker(cancel: Cancel | None) -> Callable[[], None]:
    if cancel is None:
        return lambda: None
    asked: Callable[[], bool] = cancel.is_set if isinstance(cancel, threading.Event) else cancel

    def check() -> None:
        if asked():
            raise Cancelled("matching was cancelled")

    return check


def clear_caches() -> None:
    """Forget the normalised words, stems and text terms kept between runs (for measuring a first run)."""
    from workbench.matching import normalise, profiles, scorers

    normalise.stem.cache_clear()
    normalise._content_words.cache_clear()
    profiles._terms.cache_clear()
    profiles._head.cache_clear()
    scorers._token_similarity.cache_clear()


def label_weights(profiles: Sequence[Profile]) -> dict[str, float]:
    """IDF of each label stem over all entries of the run: rare words say more than "management"."""
    frequency: Counter[str] = Counter()
    for profile in profiles:
        frequency.update({token for form in profile.forms for token in form.stems})
    total = max(len(profiles), 1)
    return {token: math.log(1.0 + total / count) for token, count in frequency.items()}


def match(
    sources: Sequence[EntryRecord],
    targets: Sequence[EntryRecord],
    mappings: Sequence[MappingRecord] = (),
    *,
    top: int | None = 5,
    min_score: float = 0.0,
    best: bool = False,
    threshold: float = DEFAULT_THRESHOLD,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
    vectors: Mapping[Ref, np.ndarray] | None = None,
    use_meaning: bool = True,
) -> list[Suggestion]:
    """Suggestions for `sources` against `targets`, best first.

    `top` keeps at most that many per source entry (None: all candidates); `best` keeps instead the one-to-one
    selection at `threshold` (per target framework). `progress(done, total)` is called as source entries are
    scored; `cancel` (a callable or a threading.Event) stops the run with `Cancelled`. `vectors` are stored
    meaning vectors by ref (`embeddings.load`); the others are embedded now. `use_meaning` False matches on
    labels and structure alone (a baseline for benchmarks).
    """
    records = [*sources, *targets]
    passes = [(range(len(sources)), range(len(sources), len(records)))]
    return _match_passes(
        records, passes, mappings, top, min_score, best, threshold, progress, cancel, vectors, use_meaning
    )


def match_all(
    groups: Sequence[Sequence[EntryRecord]],
    mappings: Sequence[MappingRecord] = (),
    *,
    top: int | None = 5,
    min_score: float = 0.0,
    best: bool = False,
    threshold: float = DEFAULT_THRESHOLD,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
    vectors: Mapping[Ref, np.ndarray] | None = None,
    use_meaning: bool = True,
) -> list[Suggestion]:
    """Suggestions for every pair of `groups` (the entries of one framework each), each pair once: from each
    group to all later groups.

    Profiles, text vectors and word weights are built once for all entries, then each group is matched against
    all later groups in one pass; `top`, `best` and the rest mean what they mean for `match`.
    """
    records = [record for group in groups for record in group]
    starts = [0]
    for group in groups:
        starts.append(starts[-1] + len(group))
    passes = [(range(starts[i], starts[i + 1]), range(starts[i + 1], len(records))) for i in range(len(groups) - 1)]
    return _match_passes(
        records, passes, mappings, top, min_score, best, threshold, progress, cancel, vectors, use_meaning
    )


def _match_passes(
    records: Sequence[EntryRecord],
    passes: Sequence[tuple[range, range]],
    mappings: Sequence[MappingRecord],
    top: int | None,
    min_score: float,
    best: bool,
    threshold: float,
    progress: Progress | None,
    cancel: Cancel | None,
    vectors: Mapping[Ref, np.ndarray] | None = None,
    use_meaning: bool = True,
) -> list[Suggestion]:
    """Profiles once for all `records`, then one candidate-and-scoring pass per (sources, targets) range pair."""
    check_cancel = _cancel_checker(cancel)
    total = sum(len(sources) for sources, _ in passes)
    if progress is not None:
        progress(0, total)
    decisions = Decisions.from_mappings(mappings)
    abbreviations = Abbreviations.built_in()
    learn_abbreviations(records, abbreviations)
    check_cancel()
    profiles = [build_profile(index, record, abbreviations) for index, record in enumerate(records)]
    add_text_vectors(profiles)
    by_ref = {profile.ref: profile for profile in profiles}
    weights = label_weights(profiles)
    synonyms = learn_word_synonyms(profiles)
    index = build_index(records, vectors, enabled=use_meaning)
    check_cancel()

    scored: dict[tuple[int, int], Scored] = {}

    def score_pair(source: Profile, target: Profile) -> Scored:
        return _score(source, target, weights, None, index.cosine(source.index, target.index))

    done = 0
    for source_range, target_range in passes:
        source_profiles = profiles[source_range.start : source_range.stop]
        target_profiles = profiles[target_range.start : target_range.stop]
        pairs = _candidates(source_profiles, target_profiles, weights, decisions, check_cancel)
        nearest = candidates.by_meaning(source_profiles, target_profiles, index.full, index.known, check_cancel)
        for source in source_profiles:
            if done % 256 == 0:
                check_cancel()
                if progress is not None and done:
                    progress(done, total)
            done += 1
            lexical = _prefilter(pairs.get(source.index, {}))
            chosen = [target for target in dict.fromkeys([*lexical, *nearest.get(source.index, {})])
                      if allowed(source, profiles[target], decisions)]
            # One product per source rather than one per pair.
            cosines = index.cosines(source.index, chosen)
            for target_index, cosine in zip(chosen, cosines, strict=True):
                # A pair only meaning found shares no label word any index could see: its labels are not scored.
                scored[(source.index, target_index)] = _score(
                    source, profiles[target_index], weights, synonyms, cosine, labels=target_index in lexical
                )
        structure.add_successors(source_profiles, target_range, profiles, by_ref, decisions, scored, score_pair)
        structure.add_chains(source_profiles, target_range, by_ref, decisions, scored, score_pair)
    check_cancel()
    structure.add_structure(profiles, decisions, scored, threshold)
    if progress is not None:
        progress(total, total)

    results = list(scored.values())
    results = [item for item in results if item.score >= min_score and item.score > 0.0]
    if best:
        results = one_to_one(results, profiles, decisions, max(threshold, min_score))
    elif top is not None:
        per_source: dict[int, list[Scored]] = defaultdict(list)
        for item in results:
            per_source[item.source].append(item)
        results = [item for items in per_source.values() for item in _top(items, profiles, top)]
    results.sort(key=lambda i: (-i.score, profiles[i.source].name, profiles[i.target].name))
    judge = Judge(profiles, index)
    return [_suggestion(item, profiles, synonyms, judge) for item in results]


def _top(items: list[Scored], profiles: Sequence[Profile], top: int) -> list[Scored]:
    """A source entry's `top` suggestions: its candidates by reciprocal-rank fusion of the score's ranking
    (weight SCORE_RANKS) and the meaning's (weight 1). Scores mix label and meaning evidence on one scale, where
    a weak label match (a shared "customer") outranks a partner whose definition says the same in other words;
    by ranks, the nearest by meaning keep a place beside the best by score. Entries without a definition are
    ranked by score alone (they are not in the meaning ranking)."""
    by_score = sorted(items, key=lambda i: (-i.score, profiles[i.target].name))
    if len(by_score) <= top:
        return by_score
    by_meaning = sorted((i for i in items if i.meaning is not None), key=lambda i: -(i.meaning or 0.0))
    meaning_rank = {item.target: rank for rank, item in enumerate(by_meaning, 1)}
    fused = {
        item.target: SCORE_RANKS / (FUSION_K + rank)
        + (1.0 / (FUSION_K + meaning_rank[item.target]) if item.target in meaning_rank else 0.0)
        for rank, item in enumerate(by_score, 1)
    }
    # Stable: equal fused values keep the order by score.
    return sorted(by_score, key=lambda i: -fused[i.target])[: max(top, 0)]


def _prefilter(quick: dict[int, float]) -> list[int]:
    """The candidates worth fine scoring: the best few by the indexes' quick scores (exact labels first)."""
    if len(quick) <= FINE_CANDIDATES:
        return list(quick)
    # What heapq.nlargest returns, ties in insertion order; sorting a few dozen in C is quicker.
    return sorted(quick, key=quick.__getitem__, reverse=True)[:FINE_CANDIDATES]


def _candidates(
    sources: Sequence[Profile],
    targets: Sequence[Profile],
    weights: dict[str, float],
    decisions: Decisions,
    check_cancel: Callable[[], None],
) -> candidates.Found:
    """Every index's candidates with the best quick score any index gave them (text counts half, as in scoring)."""
    found: candidates.Found = defaultdict(dict)
    for index_found, factor in (
        (candidates.by_exact_label(sources, targets), 1.0),
        (candidates.by_codes(sources, targets), 1.0),
        (candidates.by_shared_stems(sources, targets, weights, check_cancel), 1.0),
        (candidates.by_shared_stems(
            sources, targets, weights, check_cancel, candidates.COARSE_CANDIDATES, coarse=True), COARSE_WEIGHT),
        (candidates.by_spelling(sources, targets, check_cancel), 1.0),
        (candidates.by_shared_text(sources, targets, check_cancel), TEXT_WEIGHT),
    ):
        for index, items in index_found.items():
            mine = found[index]
            for target_index, quick in items.items():
                value = quick * factor
                if value > mine.get(target_index, -1.0):
                    mine[target_index] = value
    return found


def _score(
    source: Profile,
    target: Profile,
    weights: dict[str, float],
    synonyms: WordSynonyms | None = None,
    cosine: float | None = None,
    labels: bool = True,
) -> Scored:
    """Labels (with shared definition words) and meaning, combined as a noisy or. Where both entries have a
    definition, a label score whose texts are unrelated counts for less (a shared "management", a learned
    synonym, a spelling), unless the names are the same: a same-named pair keeps its place and is judged
    as a possible false friend instead (`_judge_meaning`). `cosine` is the pair's meaning (None: not known)."""
    if cosine is not None and cosine < signals.MEANING_SAID:
        # A word pair learned from one entry's names ("knowledge article" / "solution article") says nothing
        # about two other entries whose definitions do not agree ("Knowledge management" / "Solution Management").
        synonyms = None
    label = label_similarity(source, target, weights, synonyms) if labels else None
    label_score = label.score if label is not None else 0.0
    # A pair only meaning found is judged by meaning alone: its definitions' shared words are in the vectors.
    text = text_similarity(source, target) if labels and source.text and target.text else 0.0
    lexical = label_score + (1.0 - label_score) * TEXT_WEIGHT * text
    item = Scored(source.index, target.index, lexical, label, text, meaning=cosine)
    if cosine is None:
        return item
    same_name = label is not None and (label.identical or label.source_form.key == label.target_form.key)
    if not same_name:
        lexical *= signals.label_factor(cosine)
    meaning = signals.meaning_score(cosine)
    first, second = signals.family(source.record), signals.family(target.record)
    apart = bool(first and second and first != second)
    if meaning > 0.0:
        if first and first == second:
            meaning = min(meaning + signals.CATEGORY_BONUS, 1.0)
        elif apart:
            meaning = max(meaning - signals.CATEGORY_BONUS, 0.0)
    if lexical < DEFAULT_THRESHOLD:
        # Meaning ranks a pair among the suggestions but never makes it one to accept on its own: static
        # vectors find related entries well and tell near-synonyms from neighbours poorly. It raises the pair
        # toward the ceiling, so that pairs found by meaning keep their order below it.
        item.score = lexical + (MEANING_CEILING - lexical) * meaning
    else:
        item.score = 1.0 - (1.0 - lexical) * (1.0 - meaning)
    item.carried_by_meaning = meaning > lexical
    if apart:
        item.score *= signals.CATEGORIES_APART
    return item


def _reasons(item: Scored, source: Profile, target: Profile, synonyms: WordSynonyms) -> list[Message]:
    """Written only for the suggestions kept: most scored pairs never reach a person."""
    reasons = [because.LINKED_THROUGH(ref=str(item.chained))] if item.chained else []
    if item.label is not None and item.label.score > 0:
        gated = item.meaning is not None and item.meaning < signals.MEANING_SAID  # as in _score
        reasons += label_reasons(item.label, None if gated else synonyms)
    if item.text >= 0.1:
        phrases = shared_text(source, target)
        if phrases:
            reasons.append(because.DEFINITIONS_SHARE(phrases=because.quoted(phrases)))
    return reasons + item.reasons


def _suggestion(item: Scored, profiles: Sequence[Profile], synonyms: WordSynonyms, judge: Judge) -> Suggestion:
    source, target = profiles[item.source], profiles[item.target]
    verdict = judge.verdict(
        source, target, item.label, item.score, item.meaning, item.carried_by_meaning, item.predicate
    )
    reasons = [*verdict.reasons_first, *_reasons(item, source, target, synonyms), *verdict.reasons_last]
    return Suggestion(
        subject=source.ref,
        subject_label=source.record.label,
        object=target.ref,
        object_label=target.record.label,
        score=min(item.score, 1.0),
        predicate=verdict.predicate,
        reasons=tuple(dict.fromkeys(reasons)),
        flags=tuple(verdict.flags),
    )
