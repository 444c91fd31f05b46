"""What the engine holds about pairs while it works: people's decisions, scored candidate pairs, and the
one-to-one selection."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from workbench.domain import MappingRecord, Predicate, Ref
from workbench.matching.profiles import Profile
from workbench.matching.scorers import LabelMatch
from workbench.messages import Message


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
class Scored:
    source: int
    target: int
    score: float
    label: LabelMatch | None
    text: float
    reasons: list[Message] = field(default_factory=list)
    """Reasons from decisions and structure; label and text reasons are only written for kept suggestions."""
    predicate: Predicate | None = None
    chained: str = ""
    """The entry through which a chain of decisions links the pair, if one does."""
    meaning: float | None = None
    """Cosine of the two entries' text vectors; None where one has no definition."""
    carried_by_meaning: bool = False
    flags: list[str] = field(default_factory=list)


def allowed(source: Profile, target: Profile, decisions: Decisions) -> bool:
    if source.group != target.group or source.ref.framework == target.ref.framework:
        return False
    if not decisions.decided and not decisions.negated:
        return True
    pair = (source.ref, target.ref)
    return pair not in decisions.negated and pair not in decisions.decided


def one_to_one(
    items: list[Scored], profiles: Sequence[Profile], decisions: Decisions, threshold: float
) -> list[Scored]:
    """Greedy one-to-one selection, best score first; per target framework, so with several targets a source
    entry can have one partner in each. Pairs already decided hold their places."""
    used: set[tuple[Ref, str]] = set()
    for subject, obj in decisions.decided:
        used.add((subject, obj.framework))
    chosen = []
    ordered = sorted(
        (item for item in items if item.score >= threshold),
        key=lambda i: (-i.score, profiles[i.source].name, profiles[i.target].name),
    )
    for item in ordered:
        source, target = profiles[item.source].ref, profiles[item.target].ref
        if (source, target.framework) in used or (target, source.framework) in used:
            continue
        used.add((source, target.framework))
        used.add((target, source.framework))
        chosen.append(item)
    return chosen
