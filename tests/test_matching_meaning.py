"""Meaning vectors: the shipped table, its word pieces, and the vectors kept in the workspace."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import update

from tests.test_matching_engine import entry
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


def _words_char_by_char(text: str) -> list[str]:
    """The pre-tokeniser read character by character, as BERT's is written: the reference for the quick path."""
    return meaning._words_by_category(unicodedata.normalize("NFD", text.lower()))


def test_quick_word_split_is_berts_on_every_bundled_text() -> None:
    from workbench.catalogue import load_bundled

    records = [entry for framework in load_bundled() for entry in framework.entries]
    texts = [text for record in records for text in (
        record.label, record.definition, record.purpose, record.outcome,
        *(label.text for label in record.labels), *(text for _lang, text in record.definitions)) if text]
    assert len(texts) > 8000 and any(not text.isascii() for text in texts)
    assert [meaning._words(text) for text in texts] == [_words_char_by_char(text) for text in texts]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(
    "aZ09 _-–.,;:!?()[]{}'\"/\\@#&*\t\n\r\x00\x0b\x1c\x7f\u00a0åäöÅÄÖéüßøæ\u0301\u0308漢字\ufffd\u2028€"
)))
def test_quick_word_split_is_berts_on_any_text(text: str) -> None:
    assert meaning._words(text) == _words_char_by_char(text)


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
        computed = embeddings.compute(records[:1], embeddings.texts(records[:1]))[0]
        assert np.allclose(stored[records[0].ref], computed, atol=2e-3)
        assert np.allclose(embeddings.build_index(records, stored).full, embeddings.build_index(records).full,
                           atol=2e-3)
        with ws.transaction() as session:
            session.execute(update(Entry).where(Entry.key == "a").values(definition="Something broke just now."))
        assert {str(ref) for ref in embeddings.load(ws, ws.entries())} == {"x:b"}
        assert embeddings.refresh(ws) == 1
        with ws.transaction() as session:
            assert session.query(EntryEmbedding).count() == 2


def test_paged_refresh_reads_a_step_with_its_process_on_another_page(tmp_path: Path,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    # The refresh reads entries a page at a time; a step is embedded with its process's name, which may sit on the
    # page before. A step read without it would get a vector whose fingerprint `load` never matches.
    from workbench.catalogue import load_bundled

    monkeypatch.setattr(embeddings, "PAGE", 7)
    with make(tmp_path, *[f for f in load_bundled() if f.key == "usm"]) as ws:
        seen: list[tuple[int, int]] = []
        count = embeddings.refresh(ws, progress=lambda done, total: seen.append((done, total)), chunk=3)
        records = ws.entries()
        assert count == len(records) and seen[-1] == (len(records), len(records))
        assert [done for done, _ in seen] == sorted(done for done, _ in seen)
        assert set(embeddings.load(ws, records)) == {record.ref for record in records}
        assert any(record.parent is not None for record in records)
        assert embeddings.refresh(ws) == 0


def test_the_shipped_centre_is_the_mean_of_the_bundled_entries() -> None:
    # scripts/meaning_centre.py writes it; a content revision that moved it much needs the script run again.
    from scripts.meaning_centre import bundled_centre

    shipped, current = meaning.centre(), bundled_centre()
    assert float(shipped @ current) / float(np.linalg.norm(shipped) * np.linalg.norm(current)) > 0.99


def test_centring_takes_away_what_all_texts_share_and_never_makes_two_entries_opposites() -> None:
    records = [
        entry("a:coach", "Team coach", definition="A coach who helps an agile team improve how it works."),
        entry("b:coach", "Agile coach", definition="Helps agile teams improve their way of working."),
        entry("b:budget", "Budget", definition="The money set aside for a value stream for one year."),
    ]
    raw = meaning.embed(embeddings.texts(records))
    index = embeddings.build_index(records)
    assert np.allclose(np.linalg.norm(index.full, axis=1), 1.0, atol=1e-5)
    alike, unrelated = index.cosine(0, 1) or 0.0, index.cosine(0, 2) or 0.0
    # Centred, unrelated texts are about orthogonal, and alike ones stand further apart from them than before.
    assert abs(unrelated) < 0.2 and alike > 0.6
    assert alike - unrelated > float(raw[0] @ raw[1] - raw[0] @ raw[2]) + 0.1
    # Two entries alone are centred mostly on the bundled entries' mean, not made each other's opposite.
    assert (embeddings.build_index(records[:2]).cosine(0, 1) or 0.0) > 0.6
