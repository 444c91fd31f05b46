"""Meaning vectors of a run's entries, and their storage in the workspace.

Each entry has two vectors (`meaning.embed`): one of its whole text (names, definition, purpose, outcome; for a
step also its process's name), which ranks candidates, and one of its definition alone, which tells two entries
of the same name apart. `refresh` computes them once per entry and keeps them in the `entry_embedding` table with
a fingerprint of the text, so they are computed again only when the text changes; the window runs it in the background
when a workspace is opened or created and after an import (ui/mapper/meanings.py), with progress. `suggest` reads
the fresh ones and embeds the rest in memory.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np
from sqlalchemy import delete, insert, select

from workbench.domain import EntryRecord, Ref
from workbench.matching import meaning
from workbench.store.batches import batched
from workbench.store.models import EntryEmbedding

if TYPE_CHECKING:
    from workbench.workspace import Workspace

Progress = Callable[[int, int], None]

_STORED = np.float16
"""Vectors are kept at half precision: 1 KB per entry, and cosines agree to the third decimal."""


PAGE = 2_000
"""Entries read at a time by `refresh`: what it holds at once, and so what the collector has to look through."""
CENTRE_PRIOR = 50
"""How many entries the bundled entries' mean counts for in a run's centre: a run of hundreds is centred nearly
on its own mean."""


@dataclass
class MeaningIndex:
    """Row i belongs to the run's record i: `full` and `definition` are unit vectors (zeros where unknown).

    `full` is centred on the mean of the run's texts: static vectors of texts about managing work all lean the
    same way (the mean of the bundled entries' vectors has length 0.7), and that shared part says nothing about
    which two entries correspond. Without it, half of all pairs of bundled entries had a cosine above 0.5; centred,
    the right partner of a pair that shares no word is among the 5 nearest for 31 of 57 tuning pairs, not 24."""

    full: np.ndarray
    definition: np.ndarray
    known: np.ndarray
    """Whether record i has a definition to compare (`meaning.has_meaning`)."""

    def cosine(self, first: int, second: int) -> float | None:
        if not (self.known[first] and self.known[second]):
            return None
        return float(self.full[first] @ self.full[second])

    def cosines(self, first: int, others: Sequence[int]) -> list[float | None]:
        """`cosine(first, other)` for each of `others`, in one product."""
        if not self.known[first] or not others:
            return [None] * len(others)
        values = (self.full[others] @ self.full[first]).tolist()
        return [value if known else None for value, known in zip(values, self.known[others].tolist(), strict=True)]

    def definition_cosine(self, first: int, second: int) -> float:
        return float(self.definition[first] @ self.definition[second])


def texts(records: Sequence[EntryRecord], parents: Mapping[Ref, EntryRecord] | None = None) -> list[str]:
    """The text embedded for each record; a step is read with its process's name."""
    by_ref = dict(parents) if parents is not None else {record.ref: record for record in records}
    found = []
    for record in records:
        parent = by_ref.get(record.parent) if record.parent is not None else None
        found.append(meaning.entry_text(record, meaning.english_name(parent) if parent is not None else ""))
    return found


def _definition_text(record: EntryRecord) -> str:
    return record.definition or next((text for lang, text in record.definitions if lang.startswith("en")), "")


def compute(records: Sequence[EntryRecord], all_texts: Sequence[str], progress: Progress | None = None) -> np.ndarray:
    """(n, 2, DIMENSIONS): whole-text and definition vectors of each record."""
    full = meaning.embed(all_texts, progress)
    definition = meaning.embed([_definition_text(record) for record in records])
    return np.stack([full, definition], axis=1)


def build_index(
    records: Sequence[EntryRecord], stored: Mapping[Ref, np.ndarray] | None = None, enabled: bool = True
) -> MeaningIndex:
    """Vectors for every record: the stored ones where given, the rest embedded now (`enabled` False: none, so
    the engine runs on labels alone, as benchmarks' baseline)."""
    stored = stored or {}
    vectors = np.zeros((len(records), 2, meaning.DIMENSIONS), dtype=np.float32)
    known = np.fromiter((enabled and meaning.has_meaning(record) for record in records), dtype=bool,
                        count=len(records))
    missing = []
    for index, record in enumerate(records):
        if not known[index]:
            continue  # never compared by meaning: no vector needed (ontologies without comments, bare names)
        if record.ref in stored:
            vectors[index] = stored[record.ref]
        else:
            missing.append(index)
    if missing:
        chosen = [records[index] for index in missing]
        vectors[missing] = compute(chosen, texts(chosen, {record.ref: record for record in records}))
    return MeaningIndex(centred(vectors[:, 0], known), vectors[:, 1], known)


def centred(vectors: np.ndarray, known: np.ndarray) -> np.ndarray:
    """Unit vectors less the mean of the known ones, made unit again. The run's mean is blended with the bundled
    entries' (`meaning.centre`, counted as CENTRE_PRIOR entries): a run of two entries is not centred on the two
    (which would make them opposites), and a large run of another field on its own texts."""
    count = int(known.sum())
    if not count:
        return vectors
    mean = (vectors[known].sum(axis=0) + CENTRE_PRIOR * meaning.centre()) / (count + CENTRE_PRIOR)
    out = np.where(known[:, None], vectors - mean, 0.0).astype(np.float32)
    norms = np.linalg.norm(out, axis=1, keepdims=True)
    np.divide(out, norms, out=out, where=norms > 0)
    return out


# --- the workspace's stored vectors -----------------------------------------------------------------------------


def load(workspace: Workspace, records: Sequence[EntryRecord]) -> dict[Ref, np.ndarray]:
    """The stored vectors of `records` whose text has not changed since they were computed."""
    wanted = dict(zip((record.id for record in records), records, strict=True))
    fingerprints = {record.id: meaning.text_hash(text) for record, text in zip(records, texts(records), strict=True)}
    found: dict[Ref, np.ndarray] = {}
    with workspace.transaction() as session:
        rows = session.execute(
            select(EntryEmbedding.entry_id, EntryEmbedding.text_hash, EntryEmbedding.vector).where(
                EntryEmbedding.model == meaning.MODEL
            )
        )
        for entry_id, fingerprint, blob in rows:
            record = wanted.get(entry_id)
            if record is not None and fingerprints[entry_id] == fingerprint:
                found[record.ref] = np.frombuffer(blob, dtype=_STORED).reshape(2, -1).astype(np.float32)
    return found


def refresh(
    workspace: Workspace, progress: Progress | None = None, cancel: threading.Event | None = None,
    *, share: float = 1.0, chunk: int = 1024,
) -> int:
    """Compute and store the vectors of every entry whose text changed (or that has none yet); returns how many.

    Entries are read a page at a time (PAGE) and their stale ones embedded in chunks; `progress(done, total)`
    counts the entries looked at, after each chunk and page from the first stale one found (a workspace whose
    vectors are all stored shows no progress); `cancel` stops between chunks (what was stored stays stored).
    `share`: the part of the time the work may take, the rest spent waiting after each page and chunk. In a
    window it runs beside the interface in one interpreter, whose lock the two share: at full speed, filtering
    50,000 entries took six times as long meanwhile, and reading all 50,000 entries at once held the interface
    still for up to 300 ms (the collections of the garbage collector that so many new values set off)."""
    pause = threading.Event() if cancel is None else cancel

    def rest(began: float) -> None:
        if share < 1.0:
            pause.wait((time.perf_counter() - began) * (1.0 - share) / share)

    total = workspace.count_entries()
    stored = done = 0
    announced = False
    while not pause.is_set():
        began = time.perf_counter()
        records = workspace.entries(limit=PAGE, offset=done)
        if not records:
            break
        parents = {record.ref: record for record in records}
        for ref in {r.parent for r in records if r.parent is not None and r.parent not in parents}:
            parents[ref] = workspace.entry(ref)  # a process on the page before its step's
        page_texts = texts(records, parents)
        fingerprints = [meaning.text_hash(text) for text in page_texts]
        current: dict[int, str] = {}
        with workspace.transaction() as session:
            for batch in batched([record.id for record in records]):
                current.update((entry_id, fingerprint) for entry_id, fingerprint in session.execute(
                    select(EntryEmbedding.entry_id, EntryEmbedding.text_hash)
                    .where(EntryEmbedding.model == meaning.MODEL, EntryEmbedding.entry_id.in_(batch))
                ))
        stale = [index for index, record in enumerate(records) if current.get(record.id) != fingerprints[index]]
        if stale and not announced and progress is not None:
            announced = True
            progress(done, total)
        for start in range(0, len(stale), chunk):
            if start:
                rest(began)
                began = time.perf_counter()
            if pause.is_set():
                return stored
            part = stale[start : start + chunk]
            vectors = compute([records[i] for i in part], [page_texts[i] for i in part]).astype(_STORED)
            ids = [records[i].id for i in part]
            with workspace.transaction() as session:
                session.execute(delete(EntryEmbedding).where(EntryEmbedding.entry_id.in_(ids)))
                session.execute(insert(EntryEmbedding), [
                    {"entry_id": entry_id, "model": meaning.MODEL, "text_hash": fingerprints[index],
                     "vector": vector.tobytes()}
                    for entry_id, index, vector in zip(ids, part, vectors, strict=True)
                ])
            stored += len(part)
            if progress is not None:
                progress(done + part[-1] + 1, total)
        done += len(records)
        if announced and progress is not None:
            progress(min(done, total), total)
        rest(began)
    return stored
