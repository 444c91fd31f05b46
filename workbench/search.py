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
    others_text: str = ""
    """`others` in one string, each between two characters no label holds: one test whether any of them holds
    what was typed (or is it exactly), instead of one per label."""
    words: frozenset[str] = frozenset()
    """The preferred label's words: typed text of one word holds there as a whole word exactly when it is one."""

    @classmethod
    def of(cls, entry: EntryRecord) -> Searchable:
        others = (*(fold(label.text) for label in entry.labels), str(entry.ref).casefold())
        texts = [entry.definition, *(text for _lang, text in entry.definitions)]
        preferred = fold(entry.label)
        return cls(preferred, others, fold(" ".join(texts)), _SEPARATOR + _SEPARATOR.join(others) + _SEPARATOR,
                   frozenset(_WORD.findall(preferred)))


_SEPARATOR = "\x00"
_WORD = re.compile(r"\w+")


def _tier(needle: str, label: str) -> int:
    """The tier of a label that holds `needle`: 0 equal, 1 starts with it, 2 as whole words, 3 anywhere. Whole
    words by hand rather than by regular expression (one per label made filtering 50,000 entries take 116 ms):
    `\\w` is what `str.isalnum` says, and the underscore."""
    if label == needle:
        return 0
    if label.startswith(needle):
        return 1
    end = len(needle)
    start = label.find(needle)
    while start >= 0:
        before = label[start - 1] if start else " "
        after = label[start + end] if start + end < len(label) else " "
        if not (before.isalnum() or before == "_") and not (after.isalnum() or after == "_"):
            return 2
        start = label.find(needle, start + 1)
    return 3


_LONGEST = 1 << 16
"""Label lengths are counted up to this in a row's sort key."""
_DEFINITION_ONLY = (4 * 2 + 1) * _LONGEST


def _others_key(needle: str, others: tuple[str, ...]) -> int:
    """The best (tier, 1, length) of the other labels holding `needle`, as `rank_entries` packs it."""
    best = _DEFINITION_ONLY
    for label in others:
        if needle in label:
            key = (_tier(needle, label) * 2 + 1) * _LONGEST + min(len(label), _LONGEST - 1)
            if key < best:
                best = key
    return best


def rank_entries(text: str, entries: Sequence[EntryRecord], searchable: Sequence[Searchable] | None = None,
                 *, definitions: bool = True) -> list[EntryRecord]:
    """The entries that match `text`, best first (see the module's tiers); all of them, in order, for no text.
    `searchable`: the entries' folded texts when the caller keeps them (one per entry, same order).

    Each row's (tier, preferred or other label, label length, position) is packed into one integer: sorting
    50,000 of them takes a quarter of the time tuples take, and the whole ranking runs on every keystroke of the
    mapper's filter."""
    needle = fold(text)
    if not needle:
        return list(entries)
    folded = searchable if searchable is not None else [Searchable.of(entry) for entry in entries]
    count = len(folded)
    one_word = _WORD.fullmatch(needle) is not None
    exactly = _SEPARATOR + needle + _SEPARATOR
    keys: list[int] = []
    add = keys.append
    for position, item in enumerate(folded):
        preferred = item.preferred
        if needle in preferred:
            if one_word and preferred != needle and not preferred.startswith(needle):
                tier = 2 if needle in item.words else 3  # what _tier finds, by one look-up
            else:
                tier = _tier(needle, preferred)
            key = tier * 2 * _LONGEST + min(len(preferred), _LONGEST - 1)
            # Another label wins only with a better tier (the preferred one wins ties): over a preferred label
            # that starts with the text, only another that is the text.
            if tier == 1:
                if exactly in item.others_text:
                    key = _LONGEST + len(needle)
            elif tier and needle in item.others_text:
                key = min(key, _others_key(needle, item.others))
        elif needle in item.others_text:
            key = _others_key(needle, item.others)
        elif definitions and needle in item.definition:
            key = _DEFINITION_ONLY
        else:
            continue
        add(key * count + position)
    keys.sort()
    return [entries[key % count] for key in keys]
