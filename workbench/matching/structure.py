"""Evidence from outside a pair's own texts: chains of decisions, successor links of the catalogue, and the
hierarchies (parents and children mapped; properties judged by the classes they link)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Sequence

from workbench.domain import Predicate, Ref, Status
from workbench.matching import reasons as because
from workbench.matching.pairs import Decisions, Scored, allowed, one_to_one
from workbench.matching.profiles import Profile

STRUCTURE_WEIGHT = 0.3
SURE = 0.95
"""A first-pass pair this sure counts as settled when judging where other pairs' parents went."""
PARENTS_APART = 0.9
"""Factor for a pair of classes whose parents all have confident partners, but not each other: the two classes
sit in parts of the hierarchies that correspond elsewhere. Identical labels are left alone."""
CHILDREN_MAPPED = 2
"""Children mapped pairwise that raise their parents' pair: one shared child is too common to say much."""
UNLINKED_PROPERTY = 0.6
"""Factor for two properties whose domain and range classes are known but none of them are mapped."""
PROPERTY_LINKED = 0.5
"""Weight of two properties linking corresponding classes, domain to domain and range to range."""
INVERSE_PROPERTY = 0.5
"""Factor for two properties that link corresponding classes in opposite directions."""
CHAIN_SCORE = {True: 0.95, False: 0.85}
"""Score of a pair proposed through a chain of decisions: all exact, or with a close match in it."""


SUCCESSOR_SCORE = 0.9
"""Score of a pair one of whose entries names the other as its successor (renamed to it, or replaced by it): the
framework says so itself, so the pair is proposed, but as a close match to review, never as the same thing."""
BELOW_SUCCESSOR = 0.97
"""Factor on a renamed or historical entry's pair when its successor gets the same score: the current name first."""

ScorePair = Callable[[Profile, Profile], Scored]
"""Scores a pair that no index made a candidate (the engine's own scoring)."""


def add_chains(
    sources: Sequence[Profile],
    targets: range,
    by_ref: dict[Ref, Profile],
    decisions: Decisions,
    scored: dict[tuple[int, int], Scored],
    score_pair: ScorePair,
) -> None:
    """A = B and B = C (decided, exact or close) propose A = C, whatever their labels say."""
    for source in sources:
        for middle, first_exact in decisions.linked.get(source.ref, {}).items():
            for end, second_exact in decisions.linked.get(middle, {}).items():
                target = by_ref.get(end)
                if target is None or target.index not in targets or not allowed(source, target, decisions):
                    continue
                exact = first_exact and second_exact
                item = scored.get((source.index, target.index)) or score_pair(source, target)
                item.score = max(item.score, CHAIN_SCORE[exact])
                item.predicate = Predicate.EXACT if exact else Predicate.CLOSE
                item.chained = str(middle)
                scored[(source.index, target.index)] = item


def add_structure(
    profiles: Sequence[Profile], decisions: Decisions, scored: dict[tuple[int, int], Scored], threshold: float
) -> None:
    """Raise pairs whose parents are mapped: by a decision, or by a confident one-to-one first pass; lower a
    little pairs whose parents all have sure partners (decided, or first-pass score >= SURE) but not each other.

    Properties (imported ontologies) are judged by the classes they link (`_judge_properties`): alike names
    ("hasName", "date", "writtenBy") recur on unrelated properties.
    """
    mapped = set(decisions.decided)
    confident = one_to_one(list(scored.values()), profiles, decisions, threshold)
    for item in confident:
        mapped.add((profiles[item.source].ref, profiles[item.target].ref))
    partnered = {ref for pair in decisions.decided for ref in pair}
    for item in confident:
        if item.score >= SURE:
            partnered |= {profiles[item.source].ref, profiles[item.target].ref}
    children: dict[Ref, list[Ref]] = defaultdict(list)
    for profile in profiles:
        for parent in profile.parents:
            children[parent].append(profile.ref)
    for item in scored.values():
        source, target = profiles[item.source], profiles[item.target]
        if source.group == "property":
            _judge_properties(item, source, target, mapped)
            continue
        if mapped and any((a, b) in mapped for a in source.parents for b in target.parents):
            item.score += (1.0 - item.score) * STRUCTURE_WEIGHT
            item.reasons.append(because.PARENTS_MAPPED())
        elif mapped and sum(
            (a, b) in mapped for a in children.get(source.ref, ()) for b in children.get(target.ref, ())
        ) >= CHILDREN_MAPPED:
            item.score += (1.0 - item.score) * STRUCTURE_WEIGHT
            item.reasons.append(because.CHILDREN_MAPPED())
        elif (
            item.score < 1.0
            and source.parents and target.parents
            and all(a in partnered for a in source.parents)
            and all(b in partnered for b in target.parents)
        ):
            item.score *= PARENTS_APART
            item.reasons.append(because.PARENTS_ELSEWHERE())


def _judge_properties(item: Scored, source: Profile, target: Profile, mapped: set[tuple[Ref, Ref]]) -> None:
    """Two properties are the same relation only if they link corresponding classes in the same direction:
    "writtenBy" (paper to person) and "authorOf" (person to paper) are each other's inverse, not equal."""
    domains = (source.record.domains, target.record.domains)
    ranges = (source.record.ranges, target.record.ranges)
    if not all(domains) and not all(ranges):
        return
    if bool(ranges[0]) != bool(ranges[1]) and all(map(any, zip(domains, ranges, strict=True))):
        item.score *= UNLINKED_PROPERTY  # one links to classes, the other to plain values
        return

    def linked(sources: Sequence[Ref], targets: Sequence[Ref]) -> bool:
        # Only the classes themselves: letting mapped superclasses vouch ("Person") links nearly everything.
        return any((a, b) in mapped for a in sources for b in targets)

    same_domain = all(domains) and linked(*domains)
    same_range = all(ranges) and linked(*ranges)
    inverse = all(ranges) and all(domains) and linked(domains[0], ranges[1]) and linked(ranges[0], domains[1])
    if same_domain and (same_range or not all(ranges)):
        item.score += (1.0 - item.score) * PROPERTY_LINKED
        item.reasons.append(because.LINKS_CORRESPONDING())
    elif inverse:
        item.score *= INVERSE_PROPERTY
        item.reasons.append(because.LINKS_REVERSED())
    elif same_domain or same_range:
        item.score += (1.0 - item.score) * STRUCTURE_WEIGHT
        item.reasons.append(because.DOMAIN_OR_RANGE())
    else:
        item.score *= UNLINKED_PROPERTY


def add_successors(
    sources: Sequence[Profile],
    targets: range,
    profiles: Sequence[Profile],
    by_ref: dict[Ref, Profile],
    decisions: Decisions,
    scored: dict[tuple[int, int], Scored],
    score_pair: ScorePair,
) -> None:
    """The catalogue's successor links (`successors` of a renamed or historical entry):

    - an entry and the one of the other framework it names as its successor (ITIL v3 "Change management" and
      ITIL 4 "Change enablement") are proposed together, however their texts differ;
    - a source entry that matches a renamed or replaced target entry matches that entry's successors in the same
      framework as well, and they rank just above it (ITIL 4 keeps "Change management" as a renamed entry whose
      successor is "Change enablement")."""
    named_by: dict[Ref, list[Profile]] = defaultdict(list)
    for index in targets:
        for ref in profiles[index].record.successors:
            named_by[ref].append(profiles[index])
    for source in sources:
        linked = [by_ref[ref] for ref in source.record.successors if ref in by_ref]
        for target in [*linked, *named_by.get(source.ref, ())]:
            if target.index not in targets or not allowed(source, target, decisions):
                continue
            item = scored.get((source.index, target.index)) or score_pair(source, target)
            if item.score < SUCCESSOR_SCORE:
                item.score = SUCCESSOR_SCORE
                item.predicate = item.predicate or Predicate.CLOSE
            old, new = (source, target) if target in linked else (target, source)
            item.reasons.append(because.SUCCESSOR(old=old.record.label, new=new.record.label))
            scored[(source.index, target.index)] = item
    wanted = {profile.index for profile in sources}
    handed = [
        (item, profiles[item.source], by_ref[ref])
        for item in list(scored.values())
        if item.source in wanted and profiles[item.target].record.status is not Status.CURRENT
        for ref in profiles[item.target].record.successors
        if ref in by_ref and by_ref[ref].index in targets
    ]
    for item, source, successor in handed:
        if not allowed(source, successor, decisions):
            continue
        heir = scored.get((source.index, successor.index)) or score_pair(source, successor)
        if heir.score < item.score:
            heir.score = item.score
            heir.reasons.append(because.SUCCESSOR_OF(label=profiles[item.target].record.label))
        item.score *= BELOW_SUCCESSOR
        scored[(source.index, successor.index)] = heir
