"""The interface language: every visible text has a Swedish translation, and the committed catalogues are current."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from string import Formatter

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QTabWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from scripts.compile_translations import compile_ts, update
from ui.main_window import MainWindow
from ui.messages import text as message_text
from ui.preferences import PreferencesDialog
from ui.settings import Preferences
from ui.translations import install_translator, remove_translators, resolve_language, translate
from ui.welcome import WelcomePanel, find_action, find_tab, show_welcome
from workbench.domain import Kind
from workbench.messages import all_templates
from workbench.workspace import Workspace

ROOT = Path(__file__).resolve().parent.parent
SWEDISH = ROOT / "resources" / "translations" / "workbench_sv.ts"

# Texts that are the same in Swedish or are not language at all: data (framework names, counts), the language
# names (each written in itself), shortcut hints and words Swedish borrows unchanged.
SAME_IN_SWEDISH = {"Status", "Definition", "Relation", "Format", "F&ormat:", "&Status:", "&Definition:", "Process",
                   "Workshop", "&Workshop", "Agenda", "English", "Svenska", "Normal"}
Horizontal = Qt.Orientation.Horizontal
_NOT_WORDS = re.compile(r"^[\W\d_]*$|^\[.*\]$")


def messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    found = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            found[(name, message.findtext("source", ""))] = message
    return found


@pytest.fixture
def swedish(qapp: QApplication) -> Iterator[None]:
    assert install_translator(qapp, "sv") == "sv"
    yield
    remove_translators()
    assert translate("Main", "&File") == "&File"  # nothing leaks into the next test


def test_every_swedish_message_is_finished() -> None:
    found = messages(SWEDISH)
    assert len(found) > 300
    unfinished = [key for key, message in found.items()
                  if (translation := message.find("translation")) is None or translation.get("type") is not None
                  or not (translation.text or "").strip()]
    assert unfinished == []


def placeholders(text: str) -> set[tuple[str, str]]:
    """The {0}- or {name}-style fields of a text, each with its format spec ("{0}", "{share:.0%}")."""
    return {(field, spec) for _literal, field, spec, _conversion in Formatter().parse(text) if field is not None}


def wrong_placeholders(ts: Path) -> list[tuple[str, str, str]]:
    """(context, source, translation) of every message whose translation has not exactly its source's fields, or
    cannot be formatted at all (a lone brace)."""
    wrong = []
    for (context, source), message in messages(ts).items():
        translation = message.findtext("translation", "")
        try:
            same = placeholders(translation) == placeholders(source)
        except ValueError:
            same = False
        if not same:
            wrong.append((context, source, translation))
    return wrong


def test_placeholders_survive_translation() -> None:
    """Every message, the interface's {0}-style texts and the core's {name}-style templates alike: the same fields
    in Swedish, no more, no fewer, none renamed."""
    assert wrong_placeholders(SWEDISH) == []


def test_every_core_template_renders_in_swedish_with_each_of_its_values(swedish: None) -> None:
    """The core's templates as the interface shows them: each named value lands in the Swedish text (a renamed or
    dropped {name} would raise or lose it)."""
    templates = all_templates()
    assert len(templates) > 300
    lost = []
    for code, template in templates.items():
        values = {name: f"⟪{name}⟫" for name in template.names}
        try:
            shown = message_text(template(**values))
        except (KeyError, IndexError, ValueError) as error:  # a field the values do not name, a lone brace
            shown = repr(error)
        if any(value not in shown for value in values.values()):
            lost.append((code, shown))
    assert lost == []


def test_the_placeholder_check_finds_a_renamed_or_dropped_field(tmp_path: Path) -> None:
    broken = tmp_path / "workbench_sv.ts"
    text = SWEDISH.read_text(encoding="utf-8")
    for before, after in (("<translation>{path}: arbetsytan är öppen skrivskyddad ({reason}); inget ändrades",
                           "<translation>{sökväg}: arbetsytan är öppen skrivskyddad ({reason}); inget ändrades"),
                          ("<translation>Utlösare: {0}</translation>", "<translation>Utlösare:</translation>"),
                          ("<translation>Resultat: {0}</translation>", "<translation>Resultat: {0</translation>")):
        assert before in text
        text = text.replace(before, after)
    broken.write_text(text, encoding="utf-8")
    assert [(context, source) for context, source, _translation in wrong_placeholders(broken)] == [
        ("Core", "{path}: the workspace is open read-only ({reason}); nothing was changed"),
        ("Process", "Trigger: {0}"), ("Process", "Outcome: {0}")]


def test_no_text_in_the_code_lacks_a_swedish_message(tmp_path: Path) -> None:
    fresh = tmp_path / "workbench_sv.ts"
    update(fresh)
    missing = set(messages(fresh)) - set(messages(SWEDISH))
    assert missing == set(), "run scripts/compile_translations.py --update and translate these"


def test_committed_catalogue_is_compiled_from_the_current_source(tmp_path: Path) -> None:
    compiled = tmp_path / "workbench_sv.qm"
    compile_ts(SWEDISH, compiled)
    assert compiled.read_bytes() == SWEDISH.with_suffix(".qm").read_bytes(), \
        "stale .qm: run scripts/compile_translations.py"


def test_language_preference_then_system_then_english(monkeypatch: pytest.MonkeyPatch) -> None:
    assert resolve_language("sv") == "sv" and resolve_language("en") == "en"
    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale("sv_SE")))
    assert resolve_language("system") == "sv"
    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale("de_DE")))
    assert resolve_language("system") == "en"


def _texts(widget: QWidget) -> Iterator[tuple[str, str]]:
    """(what, text) of every text a user sees in `widget` and its children."""
    yield "window title", widget.windowTitle()
    for child in [widget, *widget.findChildren(QWidget)]:
        if isinstance(child, QAbstractButton):
            yield type(child).__name__, child.text()
        elif isinstance(child, QLabel):
            yield "label", child.text()
        elif isinstance(child, QLineEdit):
            yield "placeholder", child.placeholderText()
        elif isinstance(child, QGroupBox):
            yield "group", child.title()
        if isinstance(child, QTabWidget):
            for index in range(child.count()):
                yield "tab", child.tabText(index)
        if isinstance(child, QHeaderView) and child.model() is not None and child.orientation() == Horizontal:
            for column in range(child.count()):
                yield "header", str(child.model().headerData(column, Horizontal) or "")
        if isinstance(child, QComboBox):
            for index in range(child.count()):
                yield "choice", child.itemText(index)
        if isinstance(child, QMenu):
            yield "menu", child.title()
            for action in child.actions():
                yield "action", action.text()
    for action in widget.findChildren(QAction):
        yield "action", action.text()


def _plain(text: str) -> str:
    return re.sub(r"<[^>]+>", "", text).strip()


def untranslated(widget: QWidget, english: set[str]) -> list[tuple[str, str]]:
    """Texts still showing an English source text that Swedish words differently."""
    return sorted({(what, text) for what, text in _texts(widget)
                   if text and text in english and text not in SAME_IN_SWEDISH and not _NOT_WORDS.match(text)})


@pytest.fixture(scope="module")
def english_sources() -> set[str]:
    return {source for _context, source in messages(SWEDISH)} | {"Cancel", "OK"}


def test_main_window_and_welcome_panel_speak_swedish(qtbot: QtBot, workspace: Workspace, swedish: None,
                                                     english_sources: set[str]) -> None:
    window = MainWindow(workspace)
    qtbot.addWidget(window)
    panel = show_welcome(window)
    assert isinstance(panel, WelcomePanel)
    assert window.menuBar().actions()[0].text() == "&Arkiv"
    assert panel.buttons["Align"].text() == "Öppna mappningen"
    assert untranslated(window, english_sources) == []
    # The welcome panel finds the views by name, whatever the language.
    assert find_tab(window.tabs, "mapper") is window.mapper
    assert find_tab(window.tabs, "unified glossary") is window.unified.glossary
    assert find_action(window, "preferences") is not None
    assert panel.show_align() and window.tabs.currentWidget() is window.mapper
    window.wait_for_jobs()


def test_dialogs_speak_swedish(qtbot: QtBot, workspace: Workspace, swedish: None,
                               english_sources: set[str]) -> None:
    from ui.workshop.agenda import AgendaDialog

    preferences = PreferencesDialog(Preferences())
    qtbot.addWidget(preferences)
    assert preferences.windowTitle() == "Inställningar"
    assert untranslated(preferences, english_sources) == []
    window = MainWindow(workspace)
    qtbot.addWidget(window)
    agenda = AgendaDialog(window.workspace, window.mapper, window)
    qtbot.addWidget(agenda)
    assert untranslated(agenda, english_sources) == []
    agenda.reject()
    window.wait_for_jobs()


def test_the_check_finds_an_untranslated_text(qtbot: QtBot, swedish: None, english_sources: set[str]) -> None:
    widget = QWidget()
    qtbot.addWidget(widget)
    QLabel("Decisions", widget)  # an English text shown as it is
    assert untranslated(widget, english_sources) == [("label", "Decisions")]


def test_english_is_the_default(qapp: QApplication) -> None:
    assert install_translator(qapp, "en") == "en"
    assert QCoreApplication.translate("Main", "&File") == "&File"
    remove_translators()


def test_relation_words_are_swedish_and_the_decisions_filter_still_works(
    qtbot: QtBot, workspace: Workspace, swedish: None
) -> None:
    window = MainWindow(workspace)
    qtbot.addWidget(window)
    workspace.add_mapping("alpha:incident", "exact", "beta:storning", author="Ann")
    workspace.add_mapping("alpha:service-level-agreement", "related", "beta:storning", author="Bo", negated=True)
    window.decisions_changed()
    model = window.mapping_model
    relation = next(c for c in range(model.columnCount()) if model.headerData(c, Horizontal) == "Relation")
    shown = {model.index(row, relation).data() for row in range(model.rowCount())}
    assert shown == {"exakt", "inte en matchning"}
    exact = window.relation_filter.findText("exakt")
    assert exact > 0 and window.relation_filter.findText("exact") == -1
    window.relation_filter.setCurrentIndex(exact)
    assert [m.author for m in model.rows()] == ["Ann"]
    assert [window.relation_edit.itemText(i) for i in range(window.relation_edit.count())] == [
        "exakt", "nära", "bredare", "smalare", "relaterad", "inte en matchning"
    ]
    window.wait_for_jobs()


def test_the_wall_screen_shows_a_definition_in_the_interface_language_when_the_entry_has_one(
    qtbot: QtBot, qapp: QApplication
) -> None:
    from ui.workshop.audience import EntryCard
    from workbench.domain import EntryRecord, Kind, Ref

    entry = EntryRecord(id=1, ref=Ref("pm3", "krav"), kind=Kind.TERM, label="Krav", lang="sv", category="concept",
                        definition="A verifiable statement of what a solution must do.",
                        definitions=(("sv", "Ett verifierbart påstående om vad en lösning ska göra."),))
    card = EntryCard()
    qtbot.addWidget(card)
    card.show_entry("PM3", entry, entry.label, "pm3")
    assert card.definition.text() == entry.definition
    assert install_translator(qapp, "sv") == "sv"
    try:
        card.show_entry("PM3", entry, entry.label, "pm3")
        assert card.definition.text() == "Ett verifierbart påstående om vad en lösning ska göra."
    finally:
        remove_translators()


def test_the_glossary_report_and_statuses_are_swedish_and_a_status_still_saves(
    qtbot: QtBot, workspace: Workspace, swedish: None
) -> None:
    workspace.add_mapping("alpha:incident", "exact", "beta:storning")
    window = MainWindow(workspace)
    qtbot.addWidget(window)
    tab = window.unified.glossary
    tab.refresh_button.click()
    qtbot.waitUntil(lambda: not tab.refreshing)
    assert tab.report_label.text().startswith("Enhetlig ordlista: 1 begrepp (1 tillagda, 0 borttagna")
    model = tab.model
    status = next(c for c in range(model.columnCount()) if model.headerData(c, Horizontal) == "Status")
    assert model.index(0, status).data() == "utkast"
    tab.view.setCurrentIndex(model.index(0, 0))
    assert [tab.status_box.itemText(i) for i in range(tab.status_box.count())] == ["utkast", "överenskommen"]
    members = tab.members_model
    assert {members.index(row, 2).data() for row in range(members.rowCount())} == {"exakt"}  # "exact" before
    tab.status_box.setCurrentIndex(tab.status_box.findData("agreed"))
    tab.apply_editor()
    assert workspace.unified_snapshot().concepts[0].status == "agreed"
    assert model.index(0, status).data() == "överenskommen"
    assert window.undo_stack.undoText().startswith("redigera ")  # Edit → Undo names the step in Swedish too
    window.wait_for_jobs()


def test_the_target_search_names_entry_kinds_in_swedish(qtbot: QtBot, workspace: Workspace, swedish: None) -> None:
    window = MainWindow(workspace)
    qtbot.addWidget(window)
    mapper = window.mapper
    mapper.choose("alpha", "beta", Kind.ACTIVITY)
    mapper.search_edit.setText("emot")  # QTest types ASCII only
    qtbot.waitUntil(lambda: mapper.search_model.rowCount() > 0)
    kinds = {mapper.search_model.index(row, 2).data() for row in range(mapper.search_model.rowCount())}
    assert kinds == {"aktivitet"}  # "activity" before
    mapper.wait_for_jobs()
