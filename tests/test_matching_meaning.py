"""Meaning vectors: the shipped table, its word pieces, and the vectors kept in the workspace."""

from __future__ import annotations

from pathlib import Path

import numpy as np
from sqlalchemy import update

from tests.unify_helpers import framework, make, term
from workbench.matching import embeddings, meaning
from workbench.store.models import Entry, EntryEmbedding


def test_word_pieces_follow_bert_uncased() -> None:
    _, vocabulary = meaning._table()
    assert meaning._words("Plan-Do-Check-Act (PDCA), förvaltning") == [
        "plan", "-", "do", "-", "check", "-", "act", "(", "pdca", ")", ",", "forvaltning",
    ]
    pieces = meaning._pieces("forvaltning")
    assert len(pieces) > 1 and all(piece in vocabulary.values() for piece in pieces)
    assert meaning._pieces("incident") == (vocabulary["incident"],)


def test_vectors_are_unit_length_and_alike_texts_are_closer() -> None:
    vectors = meaning.embed([
        "A team coach who helps an agile team improve how it works.",
        "A coach who helps agile teams improve their way of working.",
        "The money set aside for a value stream for one year.",
        "",
    ])
    assert np.allclose(np.linalg.norm(vectors[:3], axis=1), 1.0, atol=1e-5)
    assert not vectors[3].any()
    assert vectors[0] @ vectors[1] > vectors[0] @ vectors[2] + 0.1


def test_vectors_are_stored_once_and_recomputed_when_the_text_changes(tmp_path: Path) -> None:
    with make(tmp_path, framework("x", term("a", "Incident"), term("b", "Problem"))) as ws:
        seen: list[tuple[int, int]] = []
        assert embeddings.refresh(ws, progress=lambda done, total: seen.append((done, total))) == 2
        assert seen[0] == (0, 2) and seen[-1] == (2, 2)
        assert embeddings.refresh(ws) == 0
        records = ws.entries()
        stored = embeddings.load(ws, records)
        assert set(stored) == {record.ref for record in records}
        assert np.allclose(stored[records[0].ref][0], embeddings.build_index(records[:1]).full[0], atol=2e-3)
        with ws.transaction() as session:
            session.execute(update(Entry).where(Entry.key == "a").values(definition="Something broke just now."))
        assert {str(ref) for ref in embeddings.load(ws, ws.entries())} == {"x:b"}
        assert embeddings.refresh(ws) == 1
        with ws.transaction() as session:
            assert session.query(EntryEmbedding).count() == 2
