"""Turning labels into comparable word stems: folding, word splitting, stop words, stemming, abbreviations.

Everything here is pure and cached, because the engine normalises every label of every entry once per run
and the same words recur thousands of times.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import snowballstemmer  # type: ignore[import-untyped]

_CAMEL = re.compile(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")
_WORD = re.compile(r"[^\W_]+")
_COMPOUND = re.compile(r"[^\W_]+(?:-[^\W_]+)*")

STOP_WORDS: dict[str, frozenset[str]] = {
    "en": frozenset(
        "a an and the of for to in on at by with from into as or is are be been being has have had "
        "its it this that these those their our your any each per via than then".split()
    ),
    "sv": frozenset(
        "och i på av för till med som att en ett den det de om från vid eller är har inom under "
        "samt sin sina sitt".split()
    ),
}

_PREPOSITIONS = frozenset(
    "on in at by for to from with into via per "
    "på i av för till med från vid inom under om".split()
)

_STEMMER_LANGUAGES = {"en": "english", "sv": "swedish"}

BUILT_IN_ABBREVIATIONS: dict[str, tuple[str, ...]] = {
    # Common in IT management writing; entries' own abbreviation labels add to these at run time.
    "sla": ("service level agreement",),
    "ola": ("operational level agreement",),
    "kpi": ("key performance indicator",),
    "ci": ("configuration item", "continuous integration"),
    "cd": ("continuous delivery", "continuous deployment"),
    "cicd": ("continuous integration continuous delivery",),
    "cmdb": ("configuration management database",),
    "wip": ("work in progress", "work in process"),
    "mttr": ("mean time to restore", "mean time to repair", "mean time to recovery"),
    "mtbf": ("mean time between failures",),
    "rca": ("root cause analysis",),
    "okr": ("objectives and key results",),
    "mvp": ("minimum viable product",),
    "pi": ("program increment", "planning interval"),
    "art": ("agile release train",),
    "rte": ("release train engineer",),
    "po": ("product owner",),
    "sre": ("site reliability engineering", "site reliability engineer"),
    "slo": ("service level objective",),
    "sli": ("service level indicator",),
    "itsm": ("it service management",),
    "raci": ("responsible accountable consulted informed",),
    "cab": ("change advisory board",),
    "kanban": ("kanban",),
    "pdca": ("plan do check act",),
    "vsm": ("value stream mapping", "value stream management"),
    "qa": ("quality assurance",),
    "ux": ("user experience",),
    "roi": ("return on investment",),
    "tco": ("total cost of ownership",),
    "sme": ("subject matter expert",),
    "faq": ("frequently asked questions",),
}


def split_words(text: str) -> list[str]:
    """camelCase, snake_case, kebab-case and punctuation become separate, case-folded words."""
    spaced = _CAMEL.sub(" ", text)
    return _WORD.findall(spaced.casefold())


def strip_accents(word: str) -> str:
    decomposed = unicodedata.normalize("NFKD", word)
    return "".join(char for char in decomposed if not unicodedata.combining(char))


@lru_cache(maxsize=8)
def _stemmer(lang: str) -> Any:
    return snowballstemmer.stemmer(_STEMMER_LANGUAGES.get(lang, "english"))


@lru_cache(maxsize=200_000)
def stem(word: str, lang: str = "en") -> str:
    """The Snowball stem of one folded word, accents removed afterwards (the Swedish stemmer needs them)."""
    language = lang.split("-", 1)[0]
    if language not in _STEMMER_LANGUAGES or len(word) < 3 or word.isdigit():
        return strip_accents(word)
    result: str = _stemmer(language).stemWord(word)
    return strip_accents(result)


def content_words(text: str, lang: str = "en") -> list[str]:
    """Folded words without stop words; a text made only of stop words keeps them (so "Do" is not empty)."""
    return list(_content_words(text, lang))


@lru_cache(maxsize=200_000)
def _content_words(text: str, lang: str) -> tuple[str, ...]:
    # Cached: every run over a workspace reads the same labels again.
    stops = STOP_WORDS.get(lang.split("-", 1)[0], STOP_WORDS["en"])
    words = split_words(text)
    if "-" in text or (words and words[0] in _PREPOSITIONS):
        marked = _marked_words(text)
        kept = tuple(word for word, keep in marked if keep or word not in stops)
    else:  # the usual case, and every definition's: no word is kept for its place
        kept = tuple(word for word in words if word not in stops)
    return kept or tuple(words)


def _marked_words(text: str) -> list[tuple[str, bool]]:
    """The words of `split_words`, each with whether it stays even if it is a stop word. A preposition that
    opens a name, or a particle at either end of a hyphenated compound, is part of what the name means: "on
    call" and "on-call" are no "call", "built-in" is not "built". Inside a compound ("work-in-progress") or
    after the first word it is not. An acronym ("IT-drift") is left to the stop words: kept, a word as common
    as "IT" made unrelated IT entries look alike."""
    marked: list[tuple[str, bool]] = []
    for group in _COMPOUND.findall(_CAMEL.sub(" ", text)):
        parts = group.split("-")
        for position, part in enumerate(parts):
            folded = part.casefold()
            opening = not marked and position == 0 and folded in _PREPOSITIONS
            at_edge = len(parts) > 1 and position in (0, len(parts) - 1)
            marked.append((folded, (opening or at_edge) and not part.isupper()))
    return marked


def stems(text: str, lang: str = "en") -> tuple[str, ...]:
    return tuple(stem(word, lang) for word in content_words(text, lang))


def acronyms_in(text: str) -> frozenset[str]:
    """The folded words a label writes as acronyms: two capitals or more in one word ("SLA", "WIP", "CoD"), and
    capitals run into a word ("PC" of "PCMember")."""
    whole = {word for word in re.findall(r"[^\W_]+", text) if sum(char.isupper() for char in word) >= 2}
    parts = {part for part in _WORD.findall(_CAMEL.sub(" ", text)) if len(part) >= 2 and part.isupper()}
    return frozenset(word.casefold() for word in whole | parts)


def is_acronym(text: str) -> bool:
    """Short, one word, and written in capitals in the source (SLA, WIP, MTTR, CI/CD)."""
    compact = text.replace("/", "").replace("-", "").replace("&", "")
    return 2 <= len(compact) <= 6 and compact.isalnum() and sum(ch.isupper() for ch in compact) >= 2


@dataclass
class Abbreviations:
    """Acronym (folded) -> expansions as word tuples; both ways: an expansion knows its acronym too."""

    expansions: dict[str, set[str]]

    @classmethod
    def built_in(cls) -> Abbreviations:
        return cls({key: set(values) for key, values in BUILT_IN_ABBREVIATIONS.items() if key != values[0]})

    def learn(self, acronym: str, expansion: str) -> None:
        key = "".join(split_words(acronym))
        folded = " ".join(split_words(expansion))
        if key and folded and key != folded.replace(" ", ""):
            self.expansions.setdefault(key, set()).add(folded)

    def expand(self, words: Iterable[str], written: frozenset[str] | None = None) -> list[tuple[str, list[str]]]:
        """For a word list containing known acronyms: (acronym, words with it expanded) per expansion.

        `written` (from `acronyms_in`) limits the words expanded to those the label writes as acronyms: the "Co"
        that splitting "CoS" leaves is no abbreviation of "changeover" (C/O)."""
        words = list(words)
        found: list[tuple[str, list[str]]] = []
        for index, word in enumerate(words):
            if written is not None and word not in written:
                continue
            for expansion in sorted(self.expansions.get(word, ())):
                found.append((word, [*words[:index], *expansion.split(), *words[index + 1 :]]))
        # "CI/CD" splits into two words that only together make the acronym.
        joined = "".join(words)
        if len(words) > 1 and joined in self.expansions:
            found.extend((joined, expansion.split()) for expansion in sorted(self.expansions[joined]))
        return found

    def acronym_of(self, words: Iterable[str]) -> str | None:
        """The acronym whose expansion these words are, if any ("service level agreement" -> "sla")."""
        folded = " ".join(words)
        for key, values in self.expansions.items():
            if folded in values:
                return key
        return None
