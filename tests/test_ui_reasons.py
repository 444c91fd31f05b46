"""Suggestion reasons in the interface language: every reason the engine writes is known and translated."""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from tests.test_matching_engine import decision, entry, prop
from ui.reasons import known, reason_text, reasons_text
from ui.translations import install_translator, remove_translators
from workbench.catalogue import load_bundled
from workbench.domain import Predicate, Suggestion
from workbench.matching import match, match_all
from workbench.workspace import Workspace


@pytest.fixture
def swedish(qapp: QApplication) -> Iterator[None]:
    assert install_translator(qapp, "sv") == "sv"
    yield
    remove_translators()


def _engine_reasons() -> set[str]:
    """Reasons from the bundled frameworks and from small cases that reach the rarer ones."""
    frameworks = load_bundled()
    reasons: set[str] = set()

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


def test_every_reason_the_engine_gives_is_known() -> None:
    reasons = _engine_reasons()
    assert len(reasons) > 50
    assert sorted(reason for reason in reasons if not known(reason)) == []
    # The small cases reach the rarer reasons too, so a pattern change in the core cannot hide here.
    for start in ("linked through", "synonyms", "code", "same compound", "but one names", "children mapped",
                  "parents matched elsewhere", "links corresponding", "links the same classes", "domain or range",
                  "English label", "abbreviation", "definitions share", "similar spelling", "similar words"):
        assert any(reason.startswith(start) for reason in reasons), start


def test_reasons_read_in_swedish_with_the_entries_own_words_kept(swedish: None) -> None:
    assert reason_text("shared words 'incident', 'response'") == "gemensamma ord 'incident', 'response'"
    assert reason_text("similar spelling (92%)") == "liknande stavning (92 %)"
    assert reason_text("similar words 'provision' / 'provider'") == "liknande ord 'provision' / 'provider'"
    assert reason_text("Swedish label 'Förvaltningsobjekt'") == "svensk benämning 'Förvaltningsobjekt'"
    assert reasons_text(["same label", "parents mapped"]) == "samma benämning; föräldrarna mappade"
    assert reason_text("a reason from a newer core") == "a reason from a newer core"


def test_reasons_stay_as_written_in_english(qapp: QApplication) -> None:
    assert reason_text("shared words 'incident'") == "shared words 'incident'"
    assert reason_text("linked through b:two (both mapped)") == "linked through b:two (both mapped)"
