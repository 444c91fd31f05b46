"""Ranking what a person typed against entries: exact label, prefix, whole word, anywhere, then definitions."""

from __future__ import annotations

import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

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


def _reference(text: str, entries: list[EntryRecord]) -> list[str]:
    """The ranking as the module's docstring states it, written plainly (regular expressions, tuples): the fast
    path packs keys and looks words up, and must order every list exactly so."""
    needle = fold(text)
    if not needle:
        return [e.ref.key for e in entries]
    whole = re.compile(rf"(?<!\w){re.escape(needle)}(?!\w)")
    ranked = []
    for position, e in enumerate(entries):
        item = Searchable.of(e)
        best = (5, 1, 0)
        for which, label in enumerate((item.preferred, *item.others)):
            if needle in label:
                tier = 0 if label == needle else 1 if label.startswith(needle) else 2 if whole.search(label) else 3
                best = min(best, (tier, min(which, 1), len(label)))
        if best[0] == 5 and needle in item.definition:
            best = (4, 1, 0)
        if best[0] < 5:
            ranked.append((best, position))
    return [entries[position].ref.key for _best, position in sorted(ranked)]


WORDS = st.sampled_from(["se", "service", "serv", "ice", "s", "e", "_s", "s_", "é", "Sé", "vice-", "a b", "x", ""])


@settings(max_examples=300, deadline=None)
@example(labels=[(["services"], [], []), (["service", "x"], [["service"]], [])], typed=["service"])  # another is it
@example(labels=[(["x"], [["y", "s_"]], []), (["x"], [["yy", "s"]], [])], typed=["s"])  # "_" is a word character
@example(labels=[(["a", "b"], [], []), (["x"], [["za", "b_"]], []), (["x"], [["a", "b"]], [])], typed=["a", "b"])
@given(labels=st.lists(st.tuples(st.lists(WORDS, max_size=4), st.lists(st.lists(WORDS, max_size=3), max_size=2),
                                 st.lists(WORDS, max_size=3)), min_size=1, max_size=12),
       typed=st.lists(WORDS, min_size=1, max_size=3))
def test_the_fast_ranking_orders_as_the_plain_rules_do(
        labels: list[tuple[list[str], list[list[str]], list[str]]], typed: list[str]) -> None:
    entries = [entry(f"e{index}", " ".join(preferred) or "x", " ".join(definition),
                     *(" ".join(other) or "y" for other in others))
               for index, (preferred, others, definition) in enumerate(labels)]
    for separator in (" ", "", "-"):
        text = separator.join(typed)
        assert keys(text, entries) == _reference(text, entries), text
