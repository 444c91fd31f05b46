"""Suggestion reasons in the interface language: every reason the engine writes reads in Swedish (messages as data:
nothing is parsed back from English)."""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from tests.test_matching_engine import decision, entry, prop
from ui.messages import text, texts
from ui.translations import install_translator, remove_translators
from workbench.catalogue import load_bundled
from workbench.domain import Predicate, Suggestion
from workbench.matching import match, match_all
from workbench.matching import reasons as because
from workbench.messages import Message
from workbench.workspace import Workspace


@pytest.fixture
def swedish(qapp: QApplication) -> Iterator[None]:
    assert install_translator(qapp, "sv") == "sv"
    yield
    remove_translators()


def _engine_reasons() -> set[Message]:
    """Reasons from the bundled frameworks and from small cases that reach the rarer ones."""
    frameworks = load_bundled()
    reasons: set[Message] = set()

    def add(found: list[Suggestion]) -> None:
        reasons.update(reason for suggestion in found for reason in suggestion.reasons)

    with tempfile.TemporaryDirectory() as folder, Workspace.create(Path(folder) / "ws.db", frameworks) as workspace:
        add(match_all([workspace.entries(framework.key) for framework in frameworks], top=5))
    add(match([entry("a:one", "Alpha thing")], [entry("c:three", "Unrelated")],
              [decision("a:one", "b:two"), decision("c:three", "b:two")]))
    add(match([entry("a:men", "Brain meninges")],
              [entry("b:arach", "Cerebral arachnoid membrane", alt=("Brain arachnoid membrane",)),
               entry("b:men", "Cerebral meninges")]))
    add(match([entry("a:l2", "Level 2 support")], [entry("b:l2", "L2 support")]))
    add(match([entry("a:fb", "fore-brain")], [entry("b:fb", "Forebrain")]))
    add(match([entry("a:p", "Presenter")], [entry("b:p", "Presentation")]))
    add(match([entry("a:p", "Vehicle"), entry("a:c", "Red fast car", broader=("a:p",))],
              [entry("b:p", "Automobile"), entry("b:c", "Fast red cars", broader=("b:p",))],
              [decision("a:p", "b:p", Predicate.CLOSE)]))
    add(match([entry("a:paper", "Paper"), entry("a:pabs", "Paper abstract", broader=("a:paper",)),
               entry("a:review", "Review")],
              [entry("b:paper", "Paper"), entry("b:review", "Review"),
               entry("b:abs", "Abstract", broader=("b:review",))],
              top=None))
    classes = [entry("a:paper", "Paper"), entry("a:author", "Author")]
    others = [entry("b:paper", "Paper"), entry("b:author", "Author")]
    add(match([*classes, prop("a:has", "hasAuthor", "a:paper", "a:author")],
              [*others, prop("b:has", "has_authors", "b:paper", "b:author"),
               prop("b:of", "authorOf", "b:author", "b:paper"), prop("b:on", "author", "b:paper", "b:paper")],
              top=None))
    return reasons


def test_every_reason_the_engine_gives_reads_in_swedish(swedish: None) -> None:
    reasons = _engine_reasons()
    assert len(reasons) > 50
    codes = {reason.code for reason in reasons}
    # The small cases reach the rarer reasons too, so a reason the engine stopped giving cannot hide here.
    assert codes >= {
        "reason.linked-through", "reason.synonyms", "reason.code-spelled-out", "reason.same-compound",
        "reason.role-and-activity", "reason.children-mapped", "reason.parents-elsewhere",
        "reason.links-corresponding", "reason.links-reversed", "reason.domain-or-range", "reason.language-label",
        "reason.abbreviation", "reason.definitions-share", "reason.similar-spelling", "reason.similar-words",
        "reason.same-label", "reason.shared-words", "reason.meaning-alike",
    }
    untranslated = sorted(str(reason) for reason in reasons if text(reason) == str(reason))
    assert untranslated == []


def test_reasons_read_in_swedish_with_the_entries_own_words_kept(swedish: None) -> None:
    assert text(because.SHARED_WORDS(words=because.quoted(["incident", "response"]))) == (
        "gemensamma ord 'incident', 'response'")
    assert text(because.SIMILAR_SPELLING(percent=92)) == "liknande stavning (92 %)"
    assert text(because.SIMILAR_WORDS(pairs=(because.WORD_PAIR(first="provision", second="provider"),))) == (
        "liknande ord 'provision' / 'provider'")
    assert text(because.language_label("sv", "Förvaltningsobjekt")) == "benämning på svenska 'Förvaltningsobjekt'"
    assert texts([because.SAME_LABEL(), because.PARENTS_MAPPED()]) == "samma benämning; föräldrarna mappade"


def test_reasons_stay_as_written_in_english(qapp: QApplication) -> None:
    assert text(because.SHARED_WORDS(words=because.quoted(["incident"]))) == "shared words 'incident'"
    assert text(because.LINKED_THROUGH(ref="b:two")) == "linked through b:two (both mapped)"
    assert str(because.false_friend([because.DEFINITIONS_APART(), because.OUTRANKED()])) == (
        "same name; the definitions differ (the definitions share little; each framework's definition fits other "
        "entries better)")
