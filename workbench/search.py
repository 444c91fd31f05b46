"""Ranking entries against what a person typed: the mapper's filter and its search of the target framework.

A list kept in framework order put *Service provision* above *Vision* for "vision", and *Value streams and
processes* above *Value stream*; people picked the first row and decided about the wrong entry. Rows are now
ranked by how well a label matches, and the best comes first:

0. a label is exactly the text;
1. a label starts with it;
2. a label holds it as a whole word (or words);
3. a label holds it anywhere (or the entry's reference does);
4. only the definition holds it.

Within a tier the preferred label beats the other labels, then the shorter label wins (it says less besides),
then the framework's own order. Case and accents are ignored.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

from workbench.domain import EntryRecord

TIERS = 5
_NO_MATCH = TIERS


def fold(text: str) -> str:
    """Case- and accent-insensitive form for comparing what was typed with labels."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(character for character in decomposed if not unicodedata.combining(character)).strip()


@dataclass(frozen=True, slots=True)
class Searchable:
    """An entry's texts folded once (a large framework is filtered on every keystroke)."""

    preferred: str
    others: tuple[str, ...]
    """Alternative labels, abbreviations, labels in other languages, and the reference."""
    definition: str

    @classmethod
    def of(cls, entry: EntryRecord) -> Searchable:
        others = (*(fold(label.text) for label in entry.labels), str(entry.ref).casefold())
        texts = [entry.definition, *(text for _lang, text in entry.definitions)]
        return cls(fold(entry.label), others, fold(" ".join(texts)))

    def labels_hold(self, needle: str) -> bool:
        return needle in self.preferred or any(needle in other for other in self.others)

    def rank(self, needle: str, whole_word: re.Pattern[str] | None = None) -> tuple[int, int, int]:
        """(tier, 0 for the preferred label or 1 for another, label length); tier TIERS: no match at all.
        `whole_word`: `word_pattern(needle)`, when the caller ranks many entries against one needle."""
        pattern = whole_word or word_pattern(needle)
        best = (_NO_MATCH, 1, 0)
        for which, label in enumerate((self.preferred, *self.others)):
            if needle not in label:
                continue
            if label == needle:
                tier = 0
            elif label.startswith(needle):
                tier = 1
            else:
                tier = 2 if pattern.search(label) else 3
            best = min(best, (tier, min(which, 1), len(label)))
            if best[:2] == (0, 0):
                break
        if best[0] == _NO_MATCH and needle in self.definition:
            return (4, 1, 0)
        return best


def word_pattern(needle: str) -> re.Pattern[str]:
    """Finds `needle` as whole words: not inside a longer word on either side."""
    return re.compile(rf"(?<!\w){re.escape(needle)}(?!\w)")


def rank_entries(text: str, entries: Sequence[EntryRecord], searchable: Sequence[Searchable] | None = None,
                 *, definitions: bool = True) -> list[EntryRecord]:
    """The entries that match `text`, best first (see the module's tiers); all of them, in order, for no text.
    `searchable`: the entries' folded texts when the caller keeps them (one per entry, same order)."""
    needle = fold(text)
    if not needle:
        return list(entries)
    folded = searchable if searchable is not None else [Searchable.of(entry) for entry in entries]
    pattern = word_pattern(needle)
    ranked: list[tuple[tuple[int, int, int], int]] = []
    for position, item in enumerate(folded):
        if item.labels_hold(needle):
            ranked.append((item.rank(needle, pattern), position))
        elif definitions and needle in item.definition:
            ranked.append(((4, 1, 0), position))
    ranked.sort()
    return [entries[position] for _rank, position in ranked]
