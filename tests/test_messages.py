"""Messages as data (workbench.messages): written once, rendered in any language, never parsed back."""

from __future__ import annotations

import pickle

import pytest

from workbench.errors import FileProblemsError, WorkbenchError
from workbench.messages import ENGLISH, Joined, Message, Renderer, Template, Word, all_templates, relation

PLACE = Template("test.place", "sheet {sheet}, row {row}")
AT = Template("test.at", "{place}: {problem}")
DECIDED = Template("test.decided", "{subject} {relation} {object}")


def test_english_rendering_fills_named_parameters_and_nests_messages() -> None:
    message = AT(place=PLACE(sheet="Terms", row=4), problem="the label is empty")
    assert str(message) == "sheet Terms, row 4: the label is empty"
    assert message.code == "test.at"
    assert message.get("place") == PLACE(sheet="Terms", row=4)


def test_parameters_must_match_the_placeholders() -> None:
    with pytest.raises(TypeError):
        PLACE(sheet="Terms")
    with pytest.raises(TypeError):
        PLACE(sheet="Terms", row=4, column="B")


def test_a_code_names_one_template() -> None:
    with pytest.raises(ValueError, match="used twice"):
        Template("test.place", "another text {x}")
    with pytest.raises(ValueError, match="must be names"):
        Template("test.positional", "a {0} placeholder")


def test_a_label_with_braces_is_shown_as_it_is() -> None:
    assert str(AT(place="{row}", problem="{0} {}")) == "{row}: {0} {}"


def test_words_and_numbers_go_through_the_renderer() -> None:
    swedish = Renderer(
        template_text=lambda t: {"test.decided": "{subject} är {relation} {object}"}.get(t.code, t.english),
        word=lambda w: {"close": "nära"}.get(w.key, w.english),
        number=lambda n: f"{n:,}".replace(",", " "),
    )
    message = DECIDED(subject="itil4:a", relation=relation("close"), object="safe:b")
    assert str(message) == "itil4:a close safe:b"
    assert message.render(swedish) == "itil4:a är nära safe:b"
    assert swedish.render(PLACE(sheet="T", row=12000)) == "sheet T, row 12 000"
    assert ENGLISH.value(("a", 2, Word("kind", "activity"))) == "a, 2, activity"
    assert ENGLISH.value(Joined(("x", "y"), "; ")) == "x; y"


def test_messages_pickle_and_compare_by_value() -> None:
    message = AT(place=PLACE(sheet="Terms", row=4), problem=Joined((relation("exact"), "x"), "; "))
    assert pickle.loads(pickle.dumps(message)) == message
    assert hash(message) == hash(AT(place=PLACE(sheet="Terms", row=4), problem=Joined((relation("exact"), "x"), "; ")))


def test_errors_carry_their_message_and_read_as_english() -> None:
    error = WorkbenchError(PLACE(sheet="Terms", row=4))
    assert str(error) == "sheet Terms, row 4" and error.message.code == "test.place"
    problems = [PLACE(sheet="T", row=n) for n in range(1, 6)]
    file_error = FileProblemsError("a.xlsx", problems)
    assert str(file_error) == "a.xlsx: sheet T, row 1; sheet T, row 2; sheet T, row 3 (and 2 more)"
    assert file_error.problems == problems


def test_every_core_template_is_found_and_well_formed() -> None:
    templates = all_templates()
    assert "file.problems" in templates
    for code, template in templates.items():
        assert code == template.code and template.english.strip(), code
        Message(code)  # a code alone is a value; rendering needs its parameters


def test_templates_of_tests_are_not_the_cores() -> None:
    assert "test.place" not in all_templates()
