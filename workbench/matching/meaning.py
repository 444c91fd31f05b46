"""What an entry means, as a vector: static sentence embeddings over its name and definition.

The vectors come from a table of one 256-number vector per word piece, distilled once from the sentence model
all-MiniLM-L6-v2 (Apache-2.0) with model2vec and shipped in `data/` (see `data/README.md`). A text's vector is the
mean of its pieces' vectors, normalised: numpy only, no model run and nothing downloaded. Measured on the
development set (docs/matching.md), the table finds as many cross-framework partners as the full model does
once it is combined with labels, and embeds the 1,435 bundled entries in about a tenth of a second.

The word pieces are BERT's uncased WordPiece, written out here (normalise, split on spaces and punctuation,
longest known piece first) so that no tokenizer package is needed at run time.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Callable, Sequence
from functools import cache, lru_cache
from importlib import resources

import numpy as np

from workbench.domain import EntryRecord

MODEL = "minilm-static-256-v1"
"""Names the table: stored vectors made with another table are recomputed."""
DIMENSIONS = 256
_MAX_WORD = 100
_CHUNK = 512


@cache
def _table() -> tuple[np.ndarray, dict[str, int]]:
    data = resources.files("workbench.matching") / "data"
    with (data / "meaning-table.npz").open("rb") as stream, np.load(stream) as archive:
        table = archive["table"].astype(np.float32) * archive["scale"][:, None]
    vocabulary = (data / "meaning-vocab.txt").read_text(encoding="utf-8").split("\n")
    return table, {piece: index for index, piece in enumerate(vocabulary) if piece}


@cache
def centre() -> np.ndarray:
    """The mean whole-text vector of the bundled entries (`scripts/meaning_centre.py`): what texts about managing
    work have in common, whichever two entries they describe."""
    data = resources.files("workbench.matching") / "data"
    with (data / "meaning-centre.npy").open("rb") as stream:
        return np.asarray(np.load(stream), dtype=np.float32)


def _is_punctuation(char: str) -> bool:
    code = ord(char)
    if 33 <= code <= 47 or 58 <= code <= 64 or 91 <= code <= 96 or 123 <= code <= 126:
        return True
    return unicodedata.category(char).startswith("P")


_COMBINING = re.compile("[\u0300-\u036f]")
_ASCII_CONTROL = re.compile("[\x00-\x08\x0b-\x0c\x0e-\x1f\x7f]")
_ASCII_WORD = re.compile(r"[^\s!-/:-@\[-`{-~]+|[!-/:-@\[-`{-~]")
"""A run of characters that are neither white space nor ASCII punctuation, or one punctuation mark."""


def _words(text: str) -> list[str]:
    """BERT's normaliser and pre-tokeniser: drop control characters, lower-case, strip accents, then split on
    white space and around each punctuation mark.

    Texts that are ASCII once accents are stripped (English, Swedish) take a path of regular expressions, about
    ten times quicker than reading each character's Unicode category; it gives the same words (a test compares
    both on every bundled text)."""
    folded = _COMBINING.sub("", unicodedata.normalize("NFD", text.lower()))
    if folded.isascii():
        return _ASCII_WORD.findall(_ASCII_CONTROL.sub("", folded))
    return _words_by_category(folded)


def _words_by_category(folded: str) -> list[str]:
    words: list[str] = []
    current: list[str] = []
    for char in folded:
        category = unicodedata.category(char)
        if category == "Mn" or char == "\ufffd" or (category.startswith("C") and char not in "\t\n\r"):
            continue
        if char.isspace():
            if current:
                words.append("".join(current))
                current = []
        elif _is_punctuation(char) or 0x4E00 <= ord(char) <= 0x9FFF:
            if current:
                words.append("".join(current))
                current = []
            words.append(char)
        else:
            current.append(char)
    if current:
        words.append("".join(current))
    return words


@lru_cache(maxsize=100_000)
def _pieces(word: str) -> tuple[int, ...]:
    """WordPiece: the longest known start, then the longest known continuation ("##..."), and so on; a word
    with an unknown part gives nothing (the distilled table has no vector worth using for "[UNK]")."""
    _, vocabulary = _table()
    if len(word) > _MAX_WORD:
        return ()
    found: list[int] = []
    start = 0
    while start < len(word):
        end = len(word)
        while end > start:
            piece = word[start:end] if start == 0 else "##" + word[start:end]
            if piece in vocabulary:
                found.append(vocabulary[piece])
                break
            end -= 1
        else:
            return ()
        start = end
    return tuple(found)


def embed(texts: Sequence[str], progress: Callable[[int, int], None] | None = None) -> np.ndarray:
    """One unit-length float32 vector per text (a row of zeros for a text without a known word)."""
    table, _ = _table()
    out = np.zeros((len(texts), table.shape[1]), dtype=np.float32)
    for start in range(0, len(texts), _CHUNK):
        for row, text in enumerate(texts[start : start + _CHUNK], start):
            ids = [index for word in _words(text) for index in _pieces(word)]
            if ids:
                out[row] = table[ids].mean(axis=0)
        if progress is not None:
            progress(min(start + _CHUNK, len(texts)), len(texts))
    norms = np.linalg.norm(out, axis=1, keepdims=True)
    np.divide(out, norms, out=out, where=norms > 0)
    return out


def english_name(record: EntryRecord) -> str:
    """The name an English model reads best: the preferred label, or the first English label of an entry whose
    preferred labels are in another language (PM3's Swedish names have English ones)."""
    if record.lang.split("-")[0] == "en":
        return record.label
    return next((label.text for label in record.labels if label.lang.split("-")[0] == "en"), record.label)


def entry_text(record: EntryRecord, parent: str = "") -> str:
    """What is embedded: the English name, a few other English names, the parent's name for a step, then the
    definition, purpose and outcome."""
    name = english_name(record)
    others = [label.text for label in record.labels if label.lang.split("-")[0] == "en" and label.text != name]
    head = name + (f" ({'; '.join(others[:4])})" if others else "")
    if parent:
        head += f" - step of {parent}"
    definition = record.definition or next(
        (text for lang, text in record.definitions if lang.split("-")[0] == "en"), ""
    )
    return " ".join(part for part in (head + ":", definition, record.purpose, record.outcome) if part)


def text_hash(text: str) -> str:
    """A short fingerprint of an embedded text: a stored vector is reused only while its text is unchanged."""
    return hashlib.blake2b(f"{MODEL}\n{text}".encode(), digest_size=8).hexdigest()


def has_meaning(record: EntryRecord) -> bool:
    """Only entries with a definition (or purpose) are compared by meaning: for a bare name the vector only
    repeats what the label scorers already know, and would count the same evidence twice."""
    return bool(record.definition or record.purpose or record.definitions)
