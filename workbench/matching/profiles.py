"""What the engine knows about one entry: its label forms (normalised), its text vector, its place in a hierarchy.

Profiles are built once per run from `EntryRecord` values; scorers and the candidate index only read them.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import pairwise

from workbench.domain import EntryRecord, Kind, LabelKind, Ref
from workbench.matching.normalise import Abbreviations, acronyms_in, content_words, is_acronym, split_words, stem

PROPERTY_CATEGORY = "property"
"""Imported ontology properties carry this category; they are only compared with other properties."""


@dataclass(frozen=True, slots=True)
class Form:
    """One way of writing an entry's name, reduced to stems."""

    text: str
    lang: str
    source: str
    """"pref", "alt", "abbrev" or "lang" (a label in another language than the entry's own)."""
    stems: tuple[str, ...]
    words: tuple[str, ...]
    key: str
    via: str = ""
    """The acronym that was expanded to produce this form, if any."""
    joined: str = ""
    """The words run together, so a compound written apart or hyphenated ("fore-brain") meets "forebrain"."""
    initials: frozenset[str] = frozenset()
    """First letters of the stems: two forms without one in common share no similar word, a quick reject."""
    numbered: bool = False
    """A word of it is or holds a number ("vertebra 1", "C1"): only such forms may pair a code with its words."""
    stem_set: frozenset[str] = frozenset()
    language: str = ""
    """The language without its region ("en" for "en-GB"): stems and word weights are per language."""


@dataclass(slots=True)
class Profile:
    index: int
    record: EntryRecord
    group: str
    forms: list[Form]
    text: dict[str, float] = field(default_factory=dict)
    """Unit-length TF-IDF vector of the definition, purpose and outcome (stems and stem pairs)."""
    words: tuple[tuple[str, str], ...] = ()
    """(stem, word as written) of that text in order: the words behind a shared term, for reasons."""
    ref: Ref = field(init=False)
    name: str = field(init=False)
    """The ref as text, which orders equal scores: made once, not for every comparison of a sort."""

    def __post_init__(self) -> None:
        self.ref = self.record.ref  # read for every candidate pair: a field, not a property
        self.name = str(self.ref)

    def surface(self, term: str) -> str:
        """The words a stem or stem pair of the text came from, as written ("restore service")."""
        stems = term.split(" ")
        for start in range(len(self.words) - len(stems) + 1):
            if all(self.words[start + offset][0] == stem for offset, stem in enumerate(stems)):
                return " ".join(word for _, word in self.words[start : start + len(stems)])
        return term

    @property
    def parents(self) -> tuple[Ref, ...]:
        found = list(self.record.broader)
        if self.record.parent is not None:
            found.append(self.record.parent)
        return tuple(found)


def group_of(record: EntryRecord) -> str:
    """Entries are only compared within a group: activities with activities, properties with properties."""
    if record.category == PROPERTY_CATEGORY:
        return "property"
    if record.kind is Kind.ACTIVITY:
        return "activity"
    return "entry"


def learn_abbreviations(records: Sequence[EntryRecord], abbreviations: Abbreviations) -> None:
    """An entry's own abbreviation labels teach the acronym and its expansion (both ways)."""
    for record in records:
        expansions = [record.label, *(
            label.text for label in record.labels
            if label.kind is not LabelKind.ABBREVIATION and not is_acronym(label.text)
        )]
        for label in record.labels:
            if label.kind is LabelKind.ABBREVIATION:
                for expansion in expansions:
                    if not is_acronym(expansion):
                        abbreviations.learn(label.text, expansion)


def _form(text: str, lang: str, source: str, words: Sequence[str], via: str = "") -> Form:
    stems = tuple(stem(word, lang) for word in words)
    initials = frozenset(s[0] for s in stems if s)
    numbered = any(char.isdigit() for char in "".join(stems))
    return Form(
        text, lang, source, stems, tuple(words), " ".join(stems), via, "".join(words), initials, numbered,
        frozenset(stems), lang.split("-", 1)[0],
    )


def head_of(form: Form) -> str:
    """The stem of the word a name is about: the last one ("accepted paper"), or the one before a preposition
    ("author of paper"). Two names about different things ("rejected paper" / "rejection") differ in it.
    Worked out when a scorer asks (cached per label), not for every form of every run."""
    return form.stems[-1] if form.via else _head(form.text, form.lang)


_PREPOSITIONS = frozenset({
    "of", "for", "in", "on", "at", "by", "to", "from", "with", "about",
    "av", "för", "i", "på", "till", "från", "med", "om",
})


_QUALIFIER = re.compile(r"\s*\([^()]*\)")
"""A qualifier in parentheses ("Cycle time (Kanban)"): it says which sense, not what the name is about."""


@lru_cache(maxsize=200_000)
def _head(text: str, lang: str) -> str:
    words = split_words(_QUALIFIER.sub("", text)) or split_words(text)
    for position, word in enumerate(words):
        if word in _PREPOSITIONS and position > 0:
            return stem(words[position - 1], lang)
    return stem(words[-1], lang) if words else ""


def build_profile(index: int, record: EntryRecord, abbreviations: Abbreviations) -> Profile:
    labels: list[tuple[str, str, str]] = [(record.label, record.lang, "pref")]
    for label in record.labels:
        if label.kind is LabelKind.ABBREVIATION:
            source = "abbrev"
        elif label.lang.split("-")[0] != record.lang.split("-")[0]:
            source = "lang"
        else:
            source = "alt"
        labels.append((label.text, label.lang, source))
    forms: list[Form] = []
    seen: set[str] = set()
    own = {" ".join(content_words(text, lang)) for text, lang, source in labels if source != "abbrev"}
    for text, lang, source in labels:
        words = content_words(text, lang)
        if not words:
            continue
        candidates = [_form(text, lang, source, words)]
        expansions = abbreviations.expand(words, acronyms_in(text))
        if source == "abbrev":
            # An entry's own abbreviation means what the entry says, not every expansion it has elsewhere
            # (its "CI" is a configuration item, not continuous integration).
            expansions = [item for item in expansions if " ".join(item[1]) in own] or expansions
        for acronym, expanded in expansions:
            candidates.append(_form(text, lang, source, expanded, via=acronym))
        for form in candidates:
            if form.key not in seen:
                seen.add(form.key)
                forms.append(form)
    return Profile(index, record, group_of(record), forms)


@lru_cache(maxsize=100_000)
def _terms(text: str) -> tuple[tuple[tuple[str, int], ...], tuple[tuple[str, str], ...]]:
    """(term counts, (stem, word) in order) of one text: terms are stems and adjacent stem pairs. Cached,
    because the same definitions are read again on every run over a workspace."""
    words = content_words(text, "en") if text else []
    terms = [stem(word) for word in words]
    counter: Counter[str] = Counter(terms)
    counter.update(f"{first} {second}" for first, second in pairwise(terms))
    return tuple(counter.items()), tuple(zip(terms, words, strict=True))


def _text_of(record: EntryRecord) -> str:
    parts = [record.definition, record.purpose, record.outcome]
    if not record.definition:
        parts += [text for lang, text in record.definitions if lang.startswith("en")]
    return " ".join(part for part in parts if part)


def add_text_vectors(profiles: Sequence[Profile]) -> None:
    """TF-IDF over all profiles of a run (sources and targets together), stems plus adjacent stem pairs."""
    counts: list[tuple[tuple[str, int], ...]] = []
    document_frequency: Counter[str] = Counter()
    for profile in profiles:
        counter, profile.words = _terms(_text_of(profile.record))
        counts.append(counter)
        document_frequency.update(term for term, _ in counter)
    total = max(len(profiles), 1)
    # Terms in nearly every text say nothing about a pair.
    idf = {
        term: math.log(1.0 + total / count)
        for term, count in document_frequency.items()
        if count < total * 0.5 or total < 10
    }
    for profile, counter in zip(profiles, counts, strict=True):
        vector = {
            term: (1.0 + math.log(count)) * idf[term] if count > 1 else idf[term]
            for term, count in counter
            if term in idf
        }
        norm = math.sqrt(sum(value * value for value in vector.values()))
        profile.text = {term: value / norm for term, value in vector.items()} if norm else {}


WordSynonyms = dict[str, frozenset[str]]
"""Stem -> stems an entry's own labels use interchangeably (learned per run, see `learn_word_synonyms`)."""


def learn_word_synonyms(profiles: Sequence[Profile]) -> WordSynonyms:
    """Word pairs that two labels of the same entry swap while keeping every other word: an entry named
    "Cerebral Arachnoid Membrane" also called "Brain Arachnoid Membrane" teaches cerebral ~ brain, and one named
    "Extremities" also called "Limbs" teaches extremity ~ limb. Only forms of the same language and without an
    expanded acronym are compared; the synonyms then help every other pair of labels in the run."""
    found: dict[str, set[str]] = {}
    for profile in profiles:
        forms = [form for form in profile.forms if not form.via and form.source in ("pref", "alt")]
        for position, first in enumerate(forms):
            for second in forms[position + 1 :]:
                if len(first.stems) != len(second.stems) or first.lang != second.lang:
                    continue
                differing = [(a, b) for a, b in zip(first.stems, second.stems, strict=True) if a != b]
                if len(differing) == 1:
                    a, b = differing[0]
                    found.setdefault(a, set()).add(b)
                    found.setdefault(b, set()).add(a)
    return {word: frozenset(others) for word, others in found.items()}
