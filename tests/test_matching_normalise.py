"""Normalisation: folding, word splitting, stop words, stemming (English and Swedish), abbreviations."""

from __future__ import annotations

from workbench.matching.normalise import Abbreviations, content_words, is_acronym, split_words, stem, stems


def test_camel_snake_kebab_and_case_are_split_and_folded() -> None:
    assert split_words("hasProgramCommitteeMember") == ["has", "program", "committee", "member"]
    assert split_words("Conference_volume") == ["conference", "volume"]
    assert split_words("CI/CD-pipeline") == ["ci", "cd", "pipeline"]
    assert split_words("HTTPServer") == ["http", "server"]
    assert split_words("ÅTERSTÄLLNING") == ["återställning"]


def test_stop_words_are_dropped_unless_nothing_else_is_left() -> None:
    assert content_words("Request for change") == ["request", "change"]
    assert content_words("The") == ["the"]
    assert content_words("Plan och genomför", "sv") == ["plan", "genomför"]


def test_a_preposition_opening_a_name_or_ending_a_compound_is_part_of_it() -> None:
    # "On call" / "On-call" is a duty, not a "call"; "built-in" is not "built".
    assert content_words("On call") == content_words("On-call") == ["on", "call"]
    assert content_words("Built-in quality") == ["built", "in", "quality"]
    assert content_words("På väg", "sv") == ["på", "väg"]
    # Inside a compound or further on, the usual rule: "work-in-progress" is "work in progress".
    assert content_words("Work-in-progress") == content_words("Work in progress") == ["work", "progress"]
    assert content_words("The incident") == ["incident"]
    # An acronym keeps the stop-word rule: "IT" is as common as a stop word in IT management names.
    assert content_words("IT-support") == ["support"]


def test_english_stems_join_inflected_forms() -> None:
    assert stem("deployment") == stem("deploying") == "deploy"
    assert stems("Managing services") == stems("service management")[::-1]


def test_swedish_stems_join_inflected_forms_and_drop_accents_afterwards() -> None:
    assert stem("förändringar", "sv") == stem("förändring", "sv") == "forandring"
    assert stem("leveranser", "sv") == stem("leveransen", "sv")
    assert stem("förändringar", "en") != stem("förändringar", "sv")


def test_acronyms_are_recognised_by_their_capitals() -> None:
    assert is_acronym("SLA") and is_acronym("CI/CD") and is_acronym("MTTR")
    assert not is_acronym("Release") and not is_acronym("a")


def test_abbreviations_expand_and_are_learned_both_ways() -> None:
    abbreviations = Abbreviations.built_in()
    assert ("sla", ["service", "level", "agreement", "breach"]) in abbreviations.expand(["sla", "breach"])
    assert abbreviations.acronym_of(["service", "level", "agreement"]) == "sla"
    assert abbreviations.expand(["xyz"]) == []
    abbreviations.learn("XYZ", "Extra Yield Zone")
    assert abbreviations.expand(["xyz"]) == [("xyz", ["extra", "yield", "zone"])]
    assert abbreviations.acronym_of(["extra", "yield", "zone"]) == "xyz"
