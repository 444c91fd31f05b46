"""The last word on a kept suggestion: its predicate, its flags and the reasons that meaning and categories add.

Written only for the suggestions a person will see (most scored pairs never are), by `Judge.verdict`.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np

from workbench.domain import Kind, Predicate
from workbench.matching import reasons as because
from workbench.matching import signals
from workbench.matching.embeddings import MeaningIndex
from workbench.matching.profiles import Profile, head_of
from workbench.matching.scorers import LabelMatch, propose_predicate
from workbench.messages import Message, Word


@dataclass
class Verdict:
    predicate: Predicate
    reasons_first: list[Message] = field(default_factory=list)
    reasons_last: list[Message] = field(default_factory=list)
    flags: list[str] = field(default_factory=list)


SAMPLE = 1024
"""At most this many of a framework's entries are read to rank a definition among them: an even sample
estimates the rank of a large framework's entry well enough to tell "among the closest" from "far down"."""


class Judge:
    """Knows the run's profiles and meaning vectors; `peers` are (a sample of) the entries of one framework and
    group, with how many entries the sample stands for."""

    def __init__(self, profiles: Sequence[Profile], index: MeaningIndex) -> None:
        self.profiles = profiles
        self.index = index
        grouped: dict[tuple[str, str], list[int]] = defaultdict(list)
        for profile in profiles:
            if index.known[profile.index]:
                grouped[(profile.ref.framework, profile.group)].append(profile.index)
        # Each framework's sample of definition vectors, gathered once: a fancy-indexed copy per ranked pair
        # cost more than the product itself.
        self.peers = {
            key: (index.definition[np.asarray(value[:: max(len(value) // SAMPLE, 1)])], len(value))
            for key, value in grouped.items()
        }
        self._scores: dict[tuple[int, str, str], np.ndarray] = {}

    def _rank(self, source: Profile, target: Profile) -> int:
        """About how many of the target's framework's entries have a definition closer to the source's than the
        target's own, plus one."""
        key = (target.ref.framework, target.group)
        if key not in self.peers:
            return 1
        peers, total = self.peers[key]
        cached = (source.index, *key)
        if cached not in self._scores:
            self._scores[cached] = peers @ self.index.definition[source.index]
        scores = self._scores[cached]
        above = int(np.count_nonzero(scores > self.index.definition_cosine(source.index, target.index)))
        return round(above * total / len(scores)) + 1

    def verdict(
        self,
        source: Profile,
        target: Profile,
        label: LabelMatch | None,
        score: float,
        cosine: float | None,
        carried_by_meaning: bool,
        fixed: Predicate | None = None,
    ) -> Verdict:
        predicate = fixed or _direction(label, score, source, target)
        verdict = Verdict(predicate)
        if cosine is not None and carried_by_meaning:
            verdict.reasons_first.append(because.MEANING_CARRIED(similarity=round(cosine, 2)))
        elif cosine is not None and cosine >= signals.MEANING_SAID:
            verdict.reasons_last.append(because.MEANING_ALIKE(similarity=round(cosine, 2)))
        if fixed is not None:
            return verdict
        same_name = label is not None and (label.identical or label.source_form.key == label.target_form.key)
        if same_name and cosine is not None:
            rank = max(self._rank(source, target), self._rank(target, source))
            signs = signals.false_friend_reasons(
                source.record, target.record, self.index.definition_cosine(source.index, target.index), rank
            )
            if len(signs) >= signals.EVIDENCE_NEEDED:
                verdict.flags.append(signals.FALSE_FRIEND)
                verdict.reasons_first.append(because.false_friend(signs))
                verdict.predicate = Predicate.RELATED
        if signals.families_apart(source.record, target.record):
            verdict.reasons_last.append(because.CATEGORIES_APART(first=Word("category", source.record.category),
                                                           second=Word("category", target.record.category)))
            if verdict.predicate in (Predicate.EXACT, Predicate.CLOSE):
                verdict.predicate = Predicate.RELATED
        return verdict


def _direction(label: LabelMatch | None, score: float, source: Profile, target: Profile) -> Predicate:
    """Which side is broader, from what each covers rather than from how long its name is.

    - A name that joins several steps ("Assess and authorise the change") covers more than one of them.
    - An entry matched through one of its other names that is a kind of it ("Requirement", also called
      "Non-functional requirement") is broader than the entry named so ("Nonfunctional requirements").
    - Of two terms, one whose name adds words to the other's is a kind of it only when both are about the same
      thing: "major incident" is a kind of "incident", "planned business value" no kind of "plan" and "problem
      management" no kind of "problem"; such pairs are related."""
    predicate = propose_predicate(label, score)
    if label is None:
        return predicate
    a, b = label.source_form, label.target_form
    if predicate is Predicate.NARROWER and signals.joins_several(target.record.label):
        return Predicate.BROADER
    if predicate is Predicate.BROADER and signals.joins_several(source.record.label):
        return Predicate.NARROWER
    if (predicate in (Predicate.BROADER, Predicate.NARROWER) and source.record.kind is Kind.TERM
            and target.record.kind is Kind.TERM and head_of(a) != head_of(b)):
        # (Activities are named by verb phrases, whose last word is no head: "Verify the deployment".)
        return Predicate.RELATED
    if predicate in (Predicate.EXACT, Predicate.CLOSE):
        own_a, own_b = source.forms[0].stem_set, target.forms[0].stem_set
        if a.source != "pref" and own_a < a.stem_set and not own_b < b.stem_set:
            return Predicate.NARROWER
        if b.source != "pref" and own_b < b.stem_set and not own_a < a.stem_set:
            return Predicate.BROADER
    return predicate
