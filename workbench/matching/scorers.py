"""Scorers for one candidate pair: label similarity, text similarity, and the reasons and predicate they imply.

Each scorer returns a value in 0..1 and what it found, so the engine can both combine the numbers and explain
them. Label similarity is the best over all pairs of label forms (preferred, alternative, abbreviation,
other-language): IDF-weighted overlap of stems, with near-identical stems counted too, or whole-label
spelling similarity (rapidfuzz) for typos and variants the stemmer misses.
"""

from __future__ import annotations

import math
import os
import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import fuzz

from workbench.domain import Predicate
from workbench.matching import reasons as because
from workbench.matching.profiles import Form, Profile, head_of
from workbench.messages import Message

ACRONYM_ONLY = 0.8
"""Two entries that share only an acronym (CI, PI) may well mean different things."""
PREFIX_SIMILARITY = 0.85
"""Two words that start alike for most of their length, as derived forms do ("thymus" / "thymic")."""
PREFIX_ONLY = 0.9
"""Factor for two one-word names whose words only start alike: "Requirement" / "Request", "Transparency" /
"Transport", "Company" / "Computer". With nothing else in common a shared start does not make them one thing;
with this factor they rank high among the suggestions but stay below the one-to-one threshold."""
SOURCE_WEIGHT = {"pref": 1.0, "lang": 0.99, "alt": 0.97, "abbrev": 0.97}
"""Synonyms are a little less sure than preferred labels, so a preferred-label pair wins a one-to-one tie."""
SAME_STEMS = 0.97
"""Same stems but different words ("capacity plan" / "capacity planning"): close, a little below identical."""
SYNONYM_WORD = 0.9
"""A word another label of some entry in the run uses in its place (see profiles.learn_word_synonyms)."""
AGENT_AND_ACTION = 0.6
"""The same stem, but one word names who acts and the other the act ("presenter" / "presentation", "release
manager" / "release management"): a role and an activity are related, not the same thing."""
_AGENT_ENDINGS = ("er", "or")
_ACTION_ENDINGS = ("ion", "ment", "ing", "ance", "ence")
_NONE: frozenset[str] = frozenset()
HEAD_APART = 0.9
"""Two names of several words about different things ("rejected paper" / "rejection", "camera-ready event" /
"camera-ready paper"): their shared words describe, they do not identify."""
COMPOUND = 0.98
"""The same letters once spaces and hyphens go ("fore-brain" / "forebrain")."""


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
    if _start_alike(a, b, shorter):
        return PREFIX_SIMILARITY
    if shorter < 5:
        return 0.0
    ratio = fuzz.ratio(a, b) / 100.0
    return ratio if ratio >= 0.85 else 0.0


def _start_alike(a: str, b: str, shorter: int) -> bool:
    """Derived forms the stemmer keeps apart share a long start: thymus/thymic, spleen/splenic,
    esophagus/esophageal."""
    prefix = len(os.path.commonprefix((a, b)))  # noqa: RUF071 - words, not paths
    return prefix >= max(4, math.ceil(0.6 * shorter)) and prefix >= 0.5 * max(len(a), len(b))


def _prefix_only(a: tuple[str, ...], b: tuple[str, ...], synonyms: Mapping[str, frozenset[str]] | None) -> bool:
    """One word each, different, alike only in how they start (see PREFIX_ONLY)."""
    if len(a) != 1 or len(b) != 1 or a[0] == b[0] or (synonyms and b[0] in synonyms.get(a[0], _NONE)):
        return False
    return _token_similarity(a[0], b[0]) == PREFIX_SIMILARITY and fuzz.ratio(a[0], b[0]) < 85


def _agent_and_action(a: str, b: str) -> bool:
    """One word ends like a doer ("-er", "-or") and the other like a deed ("-ion", "-ment", "-ing", ...)."""
    if a == b:
        return False
    return (a.endswith(_AGENT_ENDINGS) and b.endswith(_ACTION_ENDINGS)) or (
        b.endswith(_AGENT_ENDINGS) and a.endswith(_ACTION_ENDINGS)
    )


_CODE = re.compile(r"^([a-z])(\d+)$")


def _spell_out(stems: tuple[str, ...], other: tuple[str, ...]) -> tuple[str, ...]:
    """A letter-and-number code ("c1", "l2") read as the other label's word with that initial plus the same
    number: "C1 vertebra" / "cervical vertebra 1", "L2 support" / "level 2 support"."""
    out: list[str] = []
    for token in stems:
        code = _CODE.match(token)
        if code and code.group(2) in other:
            word = next((o for o in other if o.startswith(code.group(1)) and o not in stems), None)
            if word is not None and word != code.group(2):
                out += [word, code.group(2)]
                continue
        out.append(token)
    return tuple(out)


def _initials(stems: tuple[str, ...]) -> frozenset[str]:
    return frozenset(stem[0] for stem in stems if stem)


def _bare_acronym(form: Form) -> bool:
    return form.source == "abbrev" and not form.via


def _role_and_activity(a: Form, b: Form) -> bool:
    return a.key == b.key and any(_agent_and_action(x, y) for x, y in zip(a.words, b.words, strict=True))


def form_similarity(
    a: Form, b: Form, weights: Mapping[str, float], synonyms: Mapping[str, frozenset[str]] | None = None
) -> tuple[float, float]:
    """(similarity, spelling ratio) of two label forms; `synonyms` are word synonyms learned in the run."""
    if a.key == b.key:
        if a.source == b.source == "abbrev" and not a.via and not b.via:
            return ACRONYM_ONLY, 1.0
        if a.words == b.words or a.via or b.via:
            return 1.0, 1.0
        if _role_and_activity(a, b):
            return AGENT_AND_ACTION, 1.0
        return SAME_STEMS, 1.0
    if a.joined == b.joined:
        # One compound written apart or hyphenated, the other in one word: the same name.
        return COMPOUND, 1.0
    if _bare_acronym(a) or _bare_acronym(b):
        # An acronym as written ("SLA") only meets the same acronym; its expansions are forms of their own.
        return 0.0, 0.0
    spelling = fuzz.ratio(a.key, b.key) / 100.0
    from_spelling = (spelling - 0.5) * 2.0 if spelling > 0.5 else 0.0
    if a.language != b.language:
        # Words of two languages are compared as letters only: stems and word weights are per language.
        return min(from_spelling, 0.99), spelling
    if a.initials.isdisjoint(b.initials) and not (synonyms and any(token in synonyms for token in a.stems)):
        # No two words start alike, so none is shared or similar (see _token_similarity): spelling alone.
        return min(from_spelling, 0.99), spelling
    mine_stems, their_stems = a.stems, b.stems
    mine_set, their_set, mine_initials, their_initials = a.stem_set, b.stem_set, a.initials, b.initials
    if a.numbered and b.numbered:
        mine_stems, their_stems = _spell_out(a.stems, b.stems), _spell_out(b.stems, a.stems)
        mine_set, their_set = frozenset(mine_stems), frozenset(their_stems)
        mine_initials, their_initials = _initials(mine_stems), _initials(their_stems)
    weight_of = weights.get
    total = 0.0
    matched = 0.0
    for mine, others, initials in ((mine_stems, their_set, their_initials), (their_stems, mine_set, mine_initials)):
        for token in mine:
            weight = weight_of(token, 1.0)
            total += weight
            if token in others:
                matched += weight
                continue
            best = 0.0
            if token[:1] in initials:  # words that start differently are not similar (_token_similarity)
                for other in others:
                    value = _token_similarity(token, other)
                    if value > best:
                        best = value
            if synonyms and best < SYNONYM_WORD and not synonyms.get(token, _NONE).isdisjoint(others):
                best = SYNONYM_WORD
            matched += weight * best * 0.9
    overlap = matched / total if total else 0.0
    if _prefix_only(mine_stems, their_stems, synonyms):
        overlap *= PREFIX_ONLY
    score = min(max(overlap, from_spelling), 0.99)
    if len(a.stems) > 1 or len(b.stems) > 1:
        heads = head_of(a), head_of(b)
        if all(heads) and not _same_word(*heads, synonyms):
            score *= HEAD_APART
    return score, spelling


def _same_word(a: str, b: str, synonyms: Mapping[str, frozenset[str]] | None) -> bool:
    return a == b or _token_similarity(a, b) >= 0.85 or bool(synonyms and b in synonyms.get(a, _NONE))


def label_similarity(
    source: Profile,
    target: Profile,
    weights: Mapping[str, float],
    synonyms: Mapping[str, frozenset[str]] | None = None,
) -> LabelMatch | None:
    best: LabelMatch | None = None
    for a in source.forms:
        for b in target.forms:
            score, spelling = form_similarity(a, b, weights, synonyms)
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
        chosen.append(source.surface(term))
    covered = {word for term in pairs[:limit] for word in term.split()}
    for _, term in shared:
        if len(chosen) >= limit:
            break
        if " " not in term and term not in covered:
            chosen.append(source.surface(term))
    return chosen


def label_reasons(match: LabelMatch, synonyms: Mapping[str, frozenset[str]] | None = None) -> list[Message]:
    a, b = match.source_form, match.target_form
    reasons: list[Message] = []
    if synonyms and a.key != b.key:
        theirs = dict(zip(b.stems, b.words, strict=True))
        for word, token in zip(a.words, a.stems, strict=True):
            partner = next((theirs[s] for s in sorted(synonyms.get(token, _NONE)) if s in theirs), None)
            if partner is not None and token not in theirs:
                reasons.append(because.SYNONYMS(word=word, partner=partner))
    for form in (a, b):
        if form.via:
            reason = because.ABBREVIATION(text=form.via.upper())
            if reason not in reasons:
                reasons.append(reason)
        if form.source == "alt":
            reasons.append(because.ALTERNATIVE_LABEL(text=form.text))
        elif form.source == "lang":
            reasons.append(because.language_label(form.lang, form.text))
        elif form.source == "abbrev" and not form.via:
            reasons.append(because.ABBREVIATION(text=form.text))
    if a.key != b.key and a.joined == b.joined:
        reasons.insert(0, because.SAME_COMPOUND(first=a.text, second=b.text))
        return reasons
    if a.key == b.key:
        if a.words == b.words:
            if a.source == b.source == "pref" and not a.via and not b.via:
                reasons.insert(0, because.SAME_LABEL())
        else:
            differing = [
                word_a for word_a, word_b in zip(a.words, b.words, strict=False) if word_a != word_b
            ]
            stems = [s for s, w in zip(a.stems, a.words, strict=False) if w in differing] or list(a.stems)
            reasons.insert(0, because.SAME_STEM(stems=because.quoted(stems[:3])))
            if _role_and_activity(a, b):
                reasons.insert(1, because.ROLE_AND_ACTIVITY())
        return reasons
    for coded, other in ((a, b), (b, a)):
        for word, token in zip(coded.words, coded.stems, strict=True):
            if _CODE.match(token) and token not in _spell_out(coded.stems, other.stems):
                reasons.append(because.CODE_SPELLED_OUT(code=word.upper()))
    shared = [word for word, s in zip(a.words, a.stems, strict=True) if s in set(b.stems)]
    similar = _similar_words(a, b)
    if similar and not (match.spelling >= 0.85 and len(a.stems) == len(b.stems) == 1):
        reasons.insert(0, because.SIMILAR_WORDS(pairs=tuple(because.WORD_PAIR(first=mine, second=theirs)
                                                    for mine, theirs in similar[:2])))
    if shared:
        reasons.insert(0, because.SHARED_WORDS(words=because.quoted(shared[:3])))
    if match.spelling >= 0.85 or (match.spelling > 0.5 and not shared and not similar):
        # Below 85% only when spelling is all the two labels have in common ("Product" / "Overproduction").
        reasons.insert(0, because.SIMILAR_SPELLING(percent=round(match.spelling * 100)))
    return reasons


def _similar_words(a: Form, b: Form) -> list[tuple[str, str]]:
    """Words of two labels that count as alike without being the same (form_similarity's _token_similarity):
    the part of a label score that "shared words" does not explain."""
    found = []
    theirs = [(word, token) for word, token in zip(b.words, b.stems, strict=True) if token not in a.stem_set]
    for word, token in zip(a.words, a.stems, strict=True):
        if token in b.stem_set:
            continue
        partner = next((other for other, stem in theirs if _token_similarity(token, stem) > 0.0), None)
        if partner is not None:
            found.append((word, partner))
    return found


def propose_predicate(match: LabelMatch | None, score: float) -> Predicate:
    """Exact for the same normalised label; broader/narrower when one label's words contain the other's."""
    if match is not None:
        a, b = set(match.source_form.stems), set(match.target_form.stems)
        if match.identical or match.source_form.joined == match.target_form.joined:
            return Predicate.EXACT
        if match.source_form.key == match.target_form.key:
            if _role_and_activity(match.source_form, match.target_form):
                return Predicate.RELATED
            return Predicate.CLOSE
        if b and b < a:
            # The subject's label adds words to the object's ("major incident" vs "incident"): the object is broader.
            return Predicate.BROADER
        if a and a < b:
            return Predicate.NARROWER
    return Predicate.CLOSE if score >= 0.75 else Predicate.RELATED
