"""The matching engine: from two lists of entries (and the decisions already taken) to scored suggestions.

Stages, each cancellable: normalise every label once (profiles), generate candidates by indexing
(`candidates`), score each candidate pair (`scorers`: labels, definitions), add structure (pairs whose
parents are mapped, by decision or by a confident first pass) and decisions (chains A=B, B=C propose A=C;
"not a match" pairs and pairs already decided are never proposed), then keep the top K per source entry or
the one-to-one selection (`best`).

Scores combine as "noisy or": the label score, raised by definition similarity and by structure, so a
suggestion is never pushed below what its labels alone say.
"""

from __future__ import annotations

import math
import threading
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field

from workbench.domain import EntryRecord, MappingRecord, Predicate, Ref, Suggestion
from workbench.matching import candidates
from workbench.matching.normalise import Abbreviations
from workbench.matching.profiles import Profile, add_text_vectors, build_profile, learn_abbreviations
from workbench.matching.scorers import (
    LabelMatch,
    label_reasons,
    label_similarity,
    propose_predicate,
    shared_text,
    text_similarity,
)

DEFAULT_THRESHOLD = 0.75
"""The score at which `best` proposes a pair. A general threshold chosen on the OAEI Conference track (all
pairs together, never per reference pair); see tests/benchmarks/test_matching_benchmark.py."""

TEXT_WEIGHT = 0.5
STRUCTURE_WEIGHT = 0.3
CHAIN_SCORE = {True: 0.95, False: 0.85}
"""Score of a pair proposed through a chain of decisions: all exact, or with a close match in it."""

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


@dataclass
class Decisions:
    """What people have already decided, in the shapes the engine needs."""

    negated: set[tuple[Ref, Ref]] = field(default_factory=set)
    decided: set[tuple[Ref, Ref]] = field(default_factory=set)
    linked: dict[Ref, dict[Ref, bool]] = field(default_factory=lambda: defaultdict(dict))
    """Equivalence-like decisions (exact or close) as a graph; the value says whether the link is exact."""

    @classmethod
    def from_mappings(cls, mappings: Iterable[MappingRecord]) -> Decisions:
        decisions = cls()
        for mapping in mappings:
            pair, reverse = (mapping.subject, mapping.object), (mapping.object, mapping.subject)
            if mapping.negated:
                decisions.negated |= {pair, reverse}
                continue
            decisions.decided |= {pair, reverse}
            if mapping.predicate in (Predicate.EXACT, Predicate.CLOSE):
                exact = mapping.predicate is Predicate.EXACT
                decisions.linked[mapping.subject][mapping.object] = exact
                decisions.linked[mapping.object][mapping.subject] = exact
        return decisions


@dataclass(slots=True)
class _Scored:
    source: int
    target: int
    score: float
    label: LabelMatch | None
    text: float
    reasons: list[str]
    predicate: Predicate | None = None


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
) -> list[Suggestion]:
    """Suggestions for `sources` against `targets`, best first.

    `top` keeps at most that many per source entry (None: all candidates); `best` keeps instead the one-to-one
    selection at `threshold` (per target framework). `progress(done, total)` is called as source entries are
    scored; `cancel` (a callable or a threading.Event) stops the run with `Cancelled`.
    """
    check_cancel = _cancel_checker(cancel)
    total = len(sources)
    if progress is not None:
        progress(0, total)
    decisions = Decisions.from_mappings(mappings)
    abbreviations = Abbreviations.built_in()
    learn_abbreviations([*sources, *targets], abbreviations)
    check_cancel()
    profiles = [build_profile(index, record, abbreviations) for index, record in enumerate([*sources, *targets])]
    source_profiles = profiles[: len(sources)]
    target_profiles = profiles[len(sources) :]
    add_text_vectors(profiles)
    weights = label_weights(profiles)
    check_cancel()

    pairs = _candidates(source_profiles, target_profiles, weights, decisions, check_cancel)
    by_ref = {profile.ref: profile for profile in profiles}
    scored: dict[tuple[int, int], _Scored] = {}
    for number, source in enumerate(source_profiles):
        if number % 256 == 0:
            check_cancel()
            if progress is not None and number:
                progress(number, total)
        for target_index in pairs.get(source.index, ()):
            target = profiles[target_index]
            if not _allowed(source, target, decisions):
                continue
            scored[(source.index, target.index)] = _score(source, target, weights)
    _add_chains(source_profiles, by_ref, decisions, weights, scored)
    check_cancel()
    _add_structure(profiles, decisions, scored, threshold)
    if progress is not None:
        progress(total, total)

    results = list(scored.values())
    results = [item for item in results if item.score >= min_score and item.score > 0.0]
    if best:
        results = _one_to_one(results, profiles, decisions, max(threshold, min_score))
    elif top is not None:
        per_source: dict[int, list[_Scored]] = defaultdict(list)
        for item in results:
            per_source[item.source].append(item)
        results = [
            item for items in per_source.values()
            for item in sorted(items, key=lambda i: (-i.score, str(profiles[i.target].ref)))[: max(top, 0)]
        ]
    results.sort(key=lambda i: (-i.score, str(profiles[i.source].ref), str(profiles[i.target].ref)))
    return [_suggestion(item, profiles) for item in results]


def _allowed(source: Profile, target: Profile, decisions: Decisions) -> bool:
    pair = (source.ref, target.ref)
    return (
        source.group == target.group
        and source.ref.framework != target.ref.framework
        and pair not in decisions.negated
        and pair not in decisions.decided
    )


def _candidates(
    sources: Sequence[Profile],
    targets: Sequence[Profile],
    weights: dict[str, float],
    decisions: Decisions,
    check_cancel: Callable[[], None],
) -> dict[int, set[int]]:
    found: dict[int, set[int]] = defaultdict(set)
    for index, items in candidates.by_exact_label(sources, targets).items():
        found[index] |= items
    for index, ranked in candidates.by_shared_stems(sources, targets, weights, check_cancel).items():
        found[index].update(ranked)
    for index, items in candidates.by_spelling(sources, targets, check_cancel).items():
        found[index] |= items
    for index, ranked in candidates.by_shared_text(sources, targets, check_cancel).items():
        found[index].update(ranked)
    return found


def _score(source: Profile, target: Profile, weights: dict[str, float]) -> _Scored:
    label = label_similarity(source, target, weights)
    label_score = label.score if label is not None else 0.0
    text = text_similarity(source, target) if source.text and target.text else 0.0
    score = label_score + (1.0 - label_score) * TEXT_WEIGHT * text
    reasons = label_reasons(label) if label is not None and label_score > 0 else []
    if text >= 0.1:
        phrases = shared_text(source, target)
        if phrases:
            reasons.append("definitions share " + ", ".join(f"'{phrase}'" for phrase in phrases))
    return _Scored(source.index, target.index, score, label, text, reasons)


def _add_chains(
    sources: Sequence[Profile],
    by_ref: dict[Ref, Profile],
    decisions: Decisions,
    weights: dict[str, float],
    scored: dict[tuple[int, int], _Scored],
) -> None:
    """A = B and B = C (decided, exact or close) propose A = C, whatever their labels say."""
    for source in sources:
        for middle, first_exact in decisions.linked.get(source.ref, {}).items():
            for end, second_exact in decisions.linked.get(middle, {}).items():
                target = by_ref.get(end)
                if target is None or target.index < len(sources) or not _allowed(source, target, decisions):
                    continue
                exact = first_exact and second_exact
                item = scored.get((source.index, target.index)) or _score(source, target, weights)
                item.score = max(item.score, CHAIN_SCORE[exact])
                item.predicate = Predicate.EXACT if exact else Predicate.CLOSE
                item.reasons.insert(0, f"linked through {middle} (both mapped)")
                scored[(source.index, target.index)] = item


def _add_structure(
    profiles: Sequence[Profile], decisions: Decisions, scored: dict[tuple[int, int], _Scored], threshold: float
) -> None:
    """Raise pairs whose parents are mapped: by a decision, or by a confident one-to-one first pass."""
    mapped = set(decisions.decided)
    confident = _one_to_one(list(scored.values()), profiles, decisions, threshold)
    for item in confident:
        mapped.add((profiles[item.source].ref, profiles[item.target].ref))
    if not mapped:
        return
    for item in scored.values():
        source, target = profiles[item.source], profiles[item.target]
        if any((a, b) in mapped for a in source.parents for b in target.parents):
            item.score += (1.0 - item.score) * STRUCTURE_WEIGHT
            item.reasons.append("parents mapped")


def _one_to_one(
    items: list[_Scored], profiles: Sequence[Profile], decisions: Decisions, threshold: float
) -> list[_Scored]:
    """Greedy one-to-one selection, best score first; per target framework, so with several targets a source
    entry can have one partner in each. Pairs already decided hold their places."""
    used: set[tuple[Ref, str]] = set()
    for subject, obj in decisions.decided:
        used.add((subject, obj.framework))
    chosen = []
    ordered = sorted(
        (item for item in items if item.score >= threshold),
        key=lambda i: (-i.score, str(profiles[i.source].ref), str(profiles[i.target].ref)),
    )
    for item in ordered:
        source, target = profiles[item.source].ref, profiles[item.target].ref
        if (source, target.framework) in used or (target, source.framework) in used:
            continue
        used.add((source, target.framework))
        used.add((target, source.framework))
        chosen.append(item)
    return chosen


def _suggestion(item: _Scored, profiles: Sequence[Profile]) -> Suggestion:
    source, target = profiles[item.source], profiles[item.target]
    predicate = item.predicate or propose_predicate(item.label, item.score)
    return Suggestion(
        subject=source.ref,
        subject_label=source.record.label,
        object=target.ref,
        object_label=target.record.label,
        score=min(item.score, 1.0),
        predicate=predicate,
        reasons=tuple(dict.fromkeys(item.reasons)),
    )
