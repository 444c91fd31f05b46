"""Ranking what a person typed against entries: exact label, prefix, whole word, anywhere, then definitions."""

from __future__ import annotations

from workbench.domain import EntryRecord, Kind, Label, LabelKind, Ref
from workbench.search import Searchable, fold, rank_entries


def entry(key: str, label: str, definition: str = "", *alt: str) -> EntryRecord:
    labels = tuple(Label(text, LabelKind.ALTERNATIVE, "en") for text in alt)
    return EntryRecord(0, Ref("x", key), Kind.TERM, label, "en", "concept", definition, labels=labels)


def keys(text: str, entries: list[EntryRecord]) -> list[str]:
    return [e.ref.key for e in rank_entries(text, entries)]


def test_the_exact_label_comes_before_labels_that_merely_hold_the_text() -> None:
    entries = [
        entry("provision", "Service provision"),
        entry("visionary", "Visionary leadership"),
        entry("vision", "Vision"),
        entry("roadmap", "Roadmap", "A plan that turns the vision into steps."),
        entry("divisions", "Product divisions"),
    ]
    assert keys("vision", entries) == ["vision", "visionary", "provision", "divisions", "roadmap"]


def test_prefix_then_whole_word_then_shorter_label() -> None:
    entries = [
        entry("vs-processes", "Value streams and processes"),
        entry("operational-vs", "Operational value stream"),
        entry("value-stream", "Value stream"),
        entry("development-vs", "Development value stream"),
    ]
    assert keys("value stream", entries) == ["value-stream", "vs-processes", "operational-vs", "development-vs"]
    assert keys("VALUE STREAMS", entries)[0] == "vs-processes"


def test_alternative_labels_count_after_the_preferred_one_and_accents_are_ignored() -> None:
    entries = [
        entry("sla", "Service level agreement", "", "SLA"),
        entry("slas", "SLA"),
        entry("storning", "Störning"),
    ]
    assert keys("sla", entries) == ["slas", "sla"]
    assert keys("storning", entries) == ["storning"]
    assert fold("  Ändring ") == "andring"


def test_no_text_keeps_the_framework_order_and_no_match_gives_nothing() -> None:
    entries = [entry("b", "Beta"), entry("a", "Alpha")]
    assert keys("", entries) == ["b", "a"]
    assert keys("gamma", entries) == []
    assert rank_entries("alpha", entries, [Searchable.of(e) for e in entries]) == [entries[1]]


def test_definitions_can_be_left_out() -> None:
    entries = [entry("roadmap", "Roadmap", "A plan that turns the vision into steps.")]
    assert rank_entries("vision", entries, definitions=False) == []
