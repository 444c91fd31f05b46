"""Scorers for one candidate pair: label similarity, text similarity, and the reasons and predicate they imply.

Each scorer returns a value in 0..1 and what it found, so the engine can both combine the numbers and explain
them. Label similarity is the best over all pairs of label forms (preferred, alternative, abbreviation,
other-language): IDF-weighted overlap of stems, with near-identical stems counted too, or whole-label
spelling similarity (rapidfuzz) for typos and variants the stemmer misses.
"""

from __future__ import annotations

import math
import os
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import fuzz

from workbench.domain import Predicate
from workbench.matching.profiles import Form, Profile

_LANGUAGE_NAMES = {"sv": "Swedish", "en": "English", "de": "German", "fr": "French", "nl": "Dutch"}


ACRONYM_ONLY = 0.8
"""Two entries that share only an acronym (CI, PI) may well mean different things."""
PREFIX_SIMILARITY = 0.85
SOURCE_WEIGHT = {"pref": 1.0, "lang": 0.99, "alt": 0.97, "abbrev": 0.97}
"""Synonyms are a little less sure than preferred labels, so a preferred-label pair wins a one-to-one tie."""
SAME_STEMS = 0.97
COMPOUND = 0.98
"""The same letters once spaces and hyphens go ("fore-brain" / "forebrain")."""
"""Same stems but different words ("capacity plan" / "capacity planning"): close, a little below identical."""


@dataclass(frozen=True, slots=True)
class LabelMatch:
    score: float
    source_form: Form
    target_form: Form
    spelling: float
    """rapidfuzz ratio of the two stem strings, 0..1."""
    identical: bool = False
    """The same words (or an abbreviation and its expansion): an exact match."""


@lru_cache(maxsize=500_000)
def _token_similarity(a: str, b: str) -> float:
    if a == b:
        return 1.0
    shorter = min(len(a), len(b))
    # Words that start differently are taken as different (a typo in the first letter is left to whole-label
    # spelling); this lets form_similarity skip pairs of forms quickly.
    if shorter < 4 or a[0] != b[0]:
        return 0.0
    # Derived forms the stemmer keeps apart share a long start: thymus/thymic, spleen/splenic, esophagus/esophageal.
    prefix = len(os.path.commonprefix((a, b)))  # noqa: RUF071 - words, not paths
    if prefix >= max(4, math.ceil(0.6 * shorter)) and prefix >= 0.5 * max(len(a), len(b)):
        return PREFIX_SIMILARITY
    if shorter < 5:
        return 0.0
    ratio = fuzz.ratio(a, b) / 100.0
    return ratio if ratio >= 0.85 else 0.0


def form_similarity(a: Form, b: Form, weights: Mapping[str, float]) -> tuple[float, float]:
    """(similarity, spelling ratio) of two label forms."""
    if a.key == b.key:
        if a.source == b.source == "abbrev" and not a.via and not b.via:
            return ACRONYM_ONLY, 1.0
        return (1.0 if a.words == b.words or a.via or b.via else SAME_STEMS), 1.0
    if a.joined == b.joined:
        # One compound written apart or hyphenated, the other in one word: the same name.
        return COMPOUND, 1.0
    spelling = fuzz.ratio(a.key, b.key) / 100.0
    from_spelling = (spelling - 0.5) * 2.0 if spelling > 0.5 else 0.0
    if a.initials.isdisjoint(b.initials):
        # No two words start alike, so none is shared or similar (see _token_similarity): spelling alone.
        return min(from_spelling, 0.99), spelling
    total = 0.0
    matched = 0.0
    for mine, theirs in ((a.stems, b.stems), (b.stems, a.stems)):
        others = set(theirs)
        for token in mine:
            weight = weights.get(token, 1.0)
            total += weight
            if token in others:
                matched += weight
                continue
            best = 0.0
            for other in others:
                value = _token_similarity(token, other)
                if value > best:
                    best = value
            matched += weight * best * 0.9
    overlap = matched / total if total else 0.0
    return min(max(overlap, from_spelling), 0.99), spelling


def label_similarity(source: Profile, target: Profile, weights: Mapping[str, float]) -> LabelMatch | None:
    best: LabelMatch | None = None
    for a in source.forms:
        for b in target.forms:
            score, spelling = form_similarity(a, b, weights)
            identical = score >= 1.0
            score *= min(SOURCE_WEIGHT[a.source], SOURCE_WEIGHT[b.source])
            # Among equals prefer preferred labels, then forms without an expanded acronym: clearer reasons.
            if best is None or score > best.score + 1e-9 or (
                abs(score - best.score) <= 1e-9 and _rank(a, b) < _rank(best.source_form, best.target_form)
            ):
                best = LabelMatch(score, a, b, spelling, identical)
    return best


def _rank(a: Form, b: Form) -> int:
    order = {"pref": 0, "alt": 1, "lang": 2, "abbrev": 3}
    return order[a.source] + order[b.source] + (1 if a.via else 0) + (1 if b.via else 0)


def text_similarity(source: Profile, target: Profile) -> float:
    mine, other = source.text, target.text
    # The set intersection runs in C; most pairs share only a few terms.
    return sum(mine[term] * other[term] for term in mine.keys() & other.keys())


def shared_text(source: Profile, target: Profile, limit: int = 2) -> list[str]:
    """The most telling shared phrases of two texts, pairs of words first, as the source wrote them."""
    mine, other = source.text, target.text
    shared = [(mine[term] * other[term], term) for term in mine.keys() & other.keys()]
    shared.sort(reverse=True)
    pairs = [term for _, term in shared if " " in term]
    chosen: list[str] = []
    for term in pairs[:limit]:
        chosen.append(source.surface.get(term, term))
    covered = {word for term in pairs[:limit] for word in term.split()}
    for _, term in shared:
        if len(chosen) >= limit:
            break
        if " " not in term and term not in covered:
            chosen.append(source.surface.get(term, term))
    return chosen


def label_reasons(match: LabelMatch) -> list[str]:
    a, b = match.source_form, match.target_form
    reasons: list[str] = []
    for form in (a, b):
        if form.via:
            reason = f"abbreviation {form.via.upper()}"
            if reason not in reasons:
                reasons.append(reason)
        if form.source == "alt":
            reasons.append(f"alternative label '{form.text}'")
        elif form.source == "lang":
            language = _LANGUAGE_NAMES.get(form.lang.split("-")[0], form.lang)
            reasons.append(f"{language} label '{form.text}'")
        elif form.source == "abbrev" and not form.via:
            reasons.append(f"abbreviation {form.text}")
    if a.key != b.key and a.joined == b.joined:
        reasons.insert(0, f"same compound '{a.text}' / '{b.text}'")
        return reasons
    if a.key == b.key:
        if a.words == b.words:
            if a.source == b.source == "pref" and not a.via and not b.via:
                reasons.insert(0, "same label")
        else:
            differing = [
                word_a for word_a, word_b in zip(a.words, b.words, strict=False) if word_a != word_b
            ]
            stems = [s for s, w in zip(a.stems, a.words, strict=False) if w in differing] or list(a.stems)
            reasons.insert(0, "same stem " + ", ".join(f"'{s}'" for s in stems[:3]))
        return reasons
    shared = [word for word, s in zip(a.words, a.stems, strict=True) if s in set(b.stems)]
    if shared:
        reasons.insert(0, "shared words " + ", ".join(f"'{word}'" for word in shared[:3]))
    if match.spelling >= 0.85:
        reasons.insert(0, f"similar spelling ({round(match.spelling * 100)}%)")
    return reasons


def propose_predicate(match: LabelMatch | None, score: float) -> Predicate:
    """Exact for the same normalised label; broader/narrower when one label's words contain the other's."""
    if match is not None:
        a, b = set(match.source_form.stems), set(match.target_form.stems)
        if match.identical or match.source_form.joined == match.target_form.joined:
            return Predicate.EXACT
        if match.source_form.key == match.target_form.key:
            return Predicate.CLOSE
        if b and b < a:
            # The subject's label adds words to the object's ("major incident" vs "incident"): the object is broader.
            return Predicate.BROADER
        if a and a < b:
            return Predicate.NARROWER
    return Predicate.CLOSE if score >= 0.75 else Predicate.RELATED
