"""Issue 15: every decision lands exactly where the user meant it, by keyboard alone.

Each test drives the real main window with key presses (QTest through qtbot) and reads the workspace after.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractButton, QApplication, QInputDialog, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

import ui.settings
from ui.main_window import MainWindow
from ui.settings import Preferences, load_preferences, save_preferences
from ui.translations import install_translator, remove_translators
from workbench.catalogue import load_bundled
from workbench.domain import Kind, Predicate, Ref
from workbench.workspace import Workspace

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture(scope="module")
def bundled() -> list:
    return [f for f in load_bundled() if f.key in ("itil4", "devops", "safe")]


@pytest.fixture
def preferences() -> Iterator[None]:
    """Preferences start at their defaults and are put back after the test."""
    save_preferences(Preferences())
    yield
    save_preferences(Preferences())


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path, bundled: list, preferences: None) -> Iterator[MainWindow]:
    path = tmp_path / "ws.workbench"
    Workspace.create(path, bundled).close()
    opened = MainWindow(Workspace.open(path))
    qtbot.addWidget(opened)
    opened.show()
    qtbot.waitExposed(opened)
    yield opened
    opened.wait_for_jobs()
    opened.workspace.close()


def ready(qtbot: QtBot, window: MainWindow, source: str = "itil4", target: str = "devops",
          kind: Kind = Kind.TERM) -> None:
    window.mapper.choose(source, target, kind)
    qtbot.waitUntil(lambda: not window.mapper.busy, timeout=30_000)
    view = window.mapper.source_view  # the user clicks into the entry list to start
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(view.currentIndex()).center())
    assert view.hasFocus()


def go_to(qtbot: QtBot, window: MainWindow, label: str) -> None:
    """Select an entry as a user would: Ctrl+L, type its label, Tab back into the list (the best match is
    selected), then Esc-free arrow keys stay in the list."""
    mapper = window.mapper
    qtbot.keyClick(mapper.source_view, Qt.Key.Key_L, CTRL)
    mapper.filter_edit.selectAll()
    qtbot.keyClicks(mapper.filter_edit, label)
    qtbot.keyClick(mapper.filter_edit, Qt.Key.Key_Tab)
    assert mapper.source_view.hasFocus()
    entry = mapper.current_entry()
    assert entry is not None and entry.label.casefold() == label.casefold(), (entry, label)


def clear_filter(qtbot: QtBot, window: MainWindow) -> None:
    mapper = window.mapper
    qtbot.keyClick(mapper.source_view, Qt.Key.Key_L, CTRL)
    mapper.filter_edit.selectAll()
    qtbot.keyClick(mapper.filter_edit, Qt.Key.Key_Delete)
    qtbot.keyClick(mapper.filter_edit, Qt.Key.Key_Tab)


def type_rationale(qtbot: QtBot, window: MainWindow, text: str, finish: Qt.Key = Qt.Key.Key_Return) -> None:
    mapper = window.mapper
    qtbot.keyClick(QApplication.focusWidget() or mapper.source_view, Qt.Key.Key_E, CTRL)
    assert mapper.rationale_edit.hasFocus()
    qtbot.keyClicks(mapper.rationale_edit, text)
    qtbot.keyClick(mapper.rationale_edit, finish)
    assert mapper.source_view.hasFocus()


def rationales(workspace: Workspace) -> dict[tuple[str, str], tuple[str, bool, str]]:
    return {(str(m.subject), str(m.object)): (m.predicate.short, m.negated, m.comment) for m in workspace.mappings()}


# --- point 1: the rationale belongs to one decision or one entry ----------------------------------------------


def test_the_reported_sequence_without_moving_on_saves_on_the_decision_made(
    qtbot: QtBot, window: MainWindow
) -> None:
    save_preferences(Preferences(advance_after_decision=False))
    ready(qtbot, window)
    mapper = window.mapper
    go_to(qtbot, window, "Incident")
    first = mapper.current_entry().ref
    candidate = mapper.current_candidate()
    qtbot.keyClick(mapper.source_view, Qt.Key.Key_5)  # press 5 on an entry
    type_rationale(qtbot, window, "both name an unplanned interruption")  # Ctrl+E, type, Enter
    assert rationales(window.workspace) == {
        (str(first), str(candidate)): ("related", False, "both name an unplanned interruption")}
    qtbot.keyClick(mapper.source_view, Qt.Key.Key_N)  # N moves on: typed nothing into the line
    second = mapper.current_entry().ref
    assert second != first
    other = mapper.current_candidate()
    qtbot.keyClick(mapper.source_view, Qt.Key.Key_X)
    assert rationales(window.workspace) == {
        (str(first), str(candidate)): ("related", False, "both name an unplanned interruption"),
        (str(second), str(other)): ("exact", True, ""),
    }
    # Enter saved it as one undoable step: undo takes the rationale back, not the decision.
    qtbot.keyClick(mapper.source_view, Qt.Key.Key_Z, CTRL)
    qtbot.keyClick(mapper.source_view, Qt.Key.Key_Z, CTRL)
    assert rationales(window.workspace) == {(str(first), str(candidate)): ("related", False, "")}


def test_a_draft_stays_with_its_entry_and_the_next_decision_of_that_entry_takes_it(
    qtbot: QtBot, window: MainWindow
) -> None:
    ready(qtbot, window)  # moving on after a decision is the default
    mapper = window.mapper
    go_to(qtbot, window, "Incident")
    a = mapper.current_entry().ref
    a_candidate = mapper.current_candidate()
    type_rationale(qtbot, window, "why A")
    qtbot.keyClick(mapper.source_view, Qt.Key.Key_2)
    b = mapper.current_entry().ref
    assert b != a  # moved on to the next unreviewed entry
    type_rationale(qtbot, window, "draft for B", finish=Qt.Key.Key_Escape)
    qtbot.keyClick(mapper.source_view, Qt.Key.Key_Down)
    c = mapper.current_entry().ref
    assert c not in (a, b)
    assert mapper.rationale_edit.text() == ""  # C has no draft: B's stayed with B
    c_candidate = mapper.current_candidate()
    qtbot.keyClick(mapper.source_view, Qt.Key.Key_X)
    qtbot.keyClick(mapper.source_view, Qt.Key.Key_Up)
    qtbot.keyClick(mapper.source_view, Qt.Key.Key_Up)
    assert mapper.current_entry().ref == b  # X moved on from C to the entry after it: two Ups are B again
    assert mapper.rationale_edit.text() == "draft for B"
    b_candidate = mapper.current_candidate()
    qtbot.keyClick(mapper.source_view, Qt.Key.Key_1)
    assert rationales(window.workspace) == {
        (str(a), str(a_candidate)): ("close", False, "why A"),
        (str(c), str(c_candidate)): ("exact", True, ""),
        (str(b), str(b_candidate)): ("exact", False, "draft for B"),
    }


def test_a_decided_pair_shows_its_rationale_and_enter_edits_it(qtbot: QtBot, window: MainWindow) -> None:
    window.workspace.add_mapping("itil4:incident", "close", "devops:incident", comment="old reason")
    window.decisions_changed()
    ready(qtbot, window)
    mapper = window.mapper
    go_to(qtbot, window, "Incident")
    assert mapper.current_candidate() == Ref("devops", "incident")
    assert mapper.rationale_edit.text() == "old reason"
    qtbot.keyClick(mapper.source_view, Qt.Key.Key_E, CTRL)
    mapper.rationale_edit.selectAll()
    qtbot.keyClicks(mapper.rationale_edit, "new reason")
    qtbot.keyClick(mapper.rationale_edit, Qt.Key.Key_Return)
    decision = window.workspace.mapping_between("itil4:incident", "devops:incident")
    assert decision.comment == "new reason" and decision.predicate is Predicate.CLOSE
    assert window.workspace.count_mappings() == 1


def test_deciding_a_pair_recorded_the_other_way_round_replaces_that_decision(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.workspace.add_mapping("devops:incident", "narrower", "itil4:incident", comment="kept")
    window.decisions_changed()
    ready(qtbot, window)
    mapper = window.mapper
    go_to(qtbot, window, "Incident")
    assert mapper.current_candidate() == Ref("devops", "incident")
    assert mapper.rationale_edit.text() == "kept"
    qtbot.keyClick(mapper.source_view, Qt.Key.Key_1)
    assert rationales(window.workspace) == {("itil4:incident", "devops:incident"): ("exact", False, "kept")}
    qtbot.keyClick(mapper.source_view, Qt.Key.Key_Z, CTRL)
    assert rationales(window.workspace) == {("devops:incident", "itil4:incident"): ("narrower", False, "kept")}


# --- point 2: every key once ----------------------------------------------------------------------------------


def _context_widget(action: QAction | QShortcut) -> QWidget | None:
    parent = action.parent()
    return parent if isinstance(parent, QWidget) else None


def test_no_key_sequence_is_registered_twice_where_both_could_fire(window: MainWindow) -> None:
    # (owner, the widget whose context decides where it fires, context, keys): an action counts once however many
    # menus and tool bars show it.
    bindings: list[tuple[QObject, QWidget, Qt.ShortcutContext, list[QKeySequence]]] = []
    for action in window.findChildren(QAction):
        widget = _context_widget(action) or next(
            (w for w in action.associatedObjects() if isinstance(w, QWidget)), None)
        if widget is not None:
            bindings.append((action, widget, action.shortcutContext(), action.shortcuts()))
    for shortcut in window.findChildren(QShortcut):
        bindings.append((shortcut, shortcut.parentWidget(), shortcut.context(), shortcut.keys()))
    for button in window.findChildren(QAbstractButton):
        if not button.shortcut().isEmpty():
            bindings.append((button, button, Qt.ShortcutContext.WindowShortcut, [button.shortcut()]))
    by_key: dict[str, list[tuple[QObject, QWidget, Qt.ShortcutContext]]] = {}
    for owner, widget, context, keys in bindings:
        for key in {key.toString() for key in keys if not key.isEmpty()}:
            by_key.setdefault(key, []).append((owner, widget, context))
    clashes = []
    for key, owners in by_key.items():
        for i, (first, first_widget, first_context) in enumerate(owners):
            for second, second_widget, second_context in owners[i + 1:]:
                if first is not second and _overlap(first_widget, first_context, second_widget, second_context):
                    clashes.append((key, first.objectName() or type(first).__name__,
                                    second.objectName() or type(second).__name__))
    assert len(by_key) > 15  # the walk found the window's keys
    assert clashes == []


def _overlap(a: QWidget, a_context: Qt.ShortcutContext, b: QWidget, b_context: Qt.ShortcutContext) -> bool:
    if a.window() is not b.window():
        return False
    window_wide = (Qt.ShortcutContext.WindowShortcut, Qt.ShortcutContext.ApplicationShortcut)
    if a_context in window_wide or b_context in window_wide:
        return True
    return a.isAncestorOf(b) or b.isAncestorOf(a)


def test_redo_has_its_keys_once_each(window: MainWindow) -> None:
    redo = next(a for a in window.findChildren(QAction) if a.text().replace("&", "").startswith("Redo"))
    keys = [key.toString() for key in redo.shortcuts()]
    assert "Ctrl+Shift+Z" in keys and "Ctrl+Y" in keys and len(keys) == len(set(keys))


# --- point 3: Ctrl+E, Ctrl+F and Ctrl+L from any line of the mapper ---------------------------------------------


def test_mapper_keys_work_from_the_filter_and_a_filter_without_matches_leaves_nothing_to_decide(
    qtbot: QtBot, window: MainWindow
) -> None:
    ready(qtbot, window)
    mapper = window.mapper
    qtbot.keyClick(mapper.source_view, Qt.Key.Key_L, CTRL)
    qtbot.keyClicks(mapper.filter_edit, "incident")
    qtbot.keyClick(mapper.filter_edit, Qt.Key.Key_E, CTRL)
    assert mapper.rationale_edit.hasFocus() and mapper.filter_edit.text() == "incident"
    qtbot.keyClick(mapper.rationale_edit, Qt.Key.Key_Escape)
    qtbot.keyClick(mapper.source_view, Qt.Key.Key_F, CTRL)
    assert mapper.search_edit.hasFocus()
    qtbot.keyClick(mapper.search_edit, Qt.Key.Key_E, CTRL)
    assert mapper.rationale_edit.hasFocus()
    qtbot.keyClick(mapper.rationale_edit, Qt.Key.Key_L, CTRL)
    assert mapper.filter_edit.hasFocus()
    mapper.filter_edit.selectAll()
    qtbot.keyClicks(mapper.filter_edit, "no entry is called this")
    assert mapper.source_model.rowCount() == 0
    assert mapper.suggestion_model.rowCount() == 0 and mapper.current_candidate() is None
    assert not mapper.rationale_edit.isEnabled()
    qtbot.keyClick(mapper.filter_edit, Qt.Key.Key_Tab)
    qtbot.keyClick(mapper.source_view, Qt.Key.Key_3)
    assert window.workspace.count_mappings() == 0
    assert "Choose a candidate first" in window.statusBar().currentMessage()


# --- point 4: the direction spelled out ------------------------------------------------------------------------


def test_broader_and_narrower_name_both_entries_and_the_decisions_tab_says_the_same(
    qtbot: QtBot, window: MainWindow
) -> None:
    ready(qtbot, window, target="safe")
    mapper = window.mapper
    go_to(qtbot, window, "Capacity")
    assert mapper.current_candidate() == Ref("safe", "capacity")
    three = mapper.decision_buttons["3"].toolTip().splitlines()[0]
    four = mapper.decision_buttons["4"].toolTip().splitlines()[0]
    assert three == "SAFe “Capacity” is broader than ITIL 4 “Capacity”"
    assert four == "SAFe “Capacity” is narrower than ITIL 4 “Capacity”"
    assert mapper.decision_buttons["3"].full_text() == "3 · " + three
    qtbot.mouseClick(mapper.decision_buttons["3"], Qt.MouseButton.LeftButton)
    decision = window.workspace.mapping_between("itil4:capacity", "safe:capacity")
    assert decision is not None and decision.predicate is Predicate.BROADER
    model = window.mapping_model
    relation = next(c for c in range(model.columnCount()) if model.headerData(c, Qt.Orientation.Horizontal)
                    == "Relation")
    assert model.index(0, relation).data(Qt.ItemDataRole.ToolTipRole) == three


# --- point 5: the best match first ------------------------------------------------------------------------------


def test_the_filter_puts_the_exact_label_first_and_selects_it(qtbot: QtBot, window: MainWindow) -> None:
    ready(qtbot, window, source="safe", target="itil4")
    mapper = window.mapper
    qtbot.keyClick(mapper.source_view, Qt.Key.Key_L, CTRL)
    qtbot.keyClicks(mapper.filter_edit, "value stream")
    labels = [e.label for e in mapper.source_model.rows()]
    assert labels[0] == "Value stream" and len(labels) > 3
    assert mapper.current_entry().label == "Value stream"
    mapper.filter_edit.selectAll()
    qtbot.keyClicks(mapper.filter_edit, "vision")
    assert mapper.source_model.value(0).label == "Vision" == mapper.current_entry().label


def test_search_results_go_when_the_target_changes(qtbot: QtBot, window: MainWindow) -> None:
    ready(qtbot, window, target="safe")
    mapper = window.mapper
    qtbot.keyClick(mapper.source_view, Qt.Key.Key_F, CTRL)
    qtbot.keyClicks(mapper.search_edit, "release")
    qtbot.waitUntil(lambda: mapper.search_model.rowCount() > 0)
    assert {e.ref.framework for e in mapper.search_model.rows()} == {"safe"}
    assert mapper.search_model.value(0).label.casefold().startswith("release")
    mapper.target_box.setFocus()
    devops = mapper.target_box.findData("devops")
    while mapper.target_box.currentIndex() != devops:
        qtbot.keyClick(mapper.target_box, Qt.Key.Key_Down if mapper.target_box.currentIndex() < devops
                       else Qt.Key.Key_Up)
    assert mapper.search_model.rowCount() == 0 and mapper.search_edit.text() == ""
    qtbot.waitUntil(lambda: not mapper.busy, timeout=30_000)
    candidate = mapper.current_candidate()
    assert candidate is not None and candidate.framework == "devops"  # the candidates are the new target's


# --- point 6: one definition of coverage ------------------------------------------------------------------------


def test_the_dock_counts_not_a_match_as_reviewed_never_as_aligned(qtbot: QtBot, window: MainWindow) -> None:
    workspace = window.workspace
    workspace.add_mapping("itil4:incident", "exact", "devops:incident")
    workspace.add_mapping("itil4:problem", "exact", "devops:incident", negated=True)
    workspace.add_mapping("itil4:change", "exact", "devops:incident", negated=True)
    window.decisions_changed()
    tree = window.frameworks
    itil = next(tree.topLevelItem(i) for i in range(tree.topLevelItemCount()) if tree.topLevelItem(i).text(0)
                == "ITIL 4")
    terms = next(itil.child(i) for i in range(itil.childCount()) if itil.child(i).text(0) == "Terms")
    total = int(terms.text(1))
    assert terms.text(2) == f"{3 / total:.0%}" and terms.text(3) == f"{1 / total:.0%}"
    coverage = workspace.coverage()[("itil4", Kind.TERM)]
    assert (coverage.reviewed, coverage.aligned) == (3, 1)


# --- point 8: details follow the visible tab --------------------------------------------------------------------


def test_details_follow_the_selection_of_the_visible_tab(qtbot: QtBot, window: MainWindow) -> None:
    window.workspace.add_mapping("itil4:problem", "exact", "devops:incident", negated=True)
    window.decisions_changed()
    ready(qtbot, window)
    go_to(qtbot, window, "Incident")
    assert "itil4:incident" in window.details.toPlainText()
    qtbot.keyClick(window, Qt.Key.Key_D, Qt.KeyboardModifier.AltModifier)  # the Decisions tab (&Decisions)
    assert window.tabs.currentWidget() is window.decisions_page
    assert "itil4:incident" not in window.details.toPlainText()
    window.mapping_view.setFocus()
    qtbot.keyClick(window.mapping_view, Qt.Key.Key_Down)
    assert "itil4:problem" in window.details.toPlainText()
    qtbot.keyClick(window, Qt.Key.Key_U, Qt.KeyboardModifier.AltModifier)  # &Unified glossary
    assert "itil4:" not in window.details.toPlainText()


# --- point 9: noise below the floor -----------------------------------------------------------------------------


def test_suggestions_without_a_reason_below_the_floor_are_hidden(qtbot: QtBot, window: MainWindow) -> None:
    save_preferences(Preferences(suggestion_floor=0.0))
    ready(qtbot, window)
    mapper = window.mapper
    every = {e.ref: len(mapper._suggestions.get(str(e.ref), [])) for e in mapper.source_model.rows()}
    # Without a floor some suggestions have no reason at all: the floor below has something to hide.
    assert sum(1 for found in mapper._suggestions.values() for s in found if not s.reasons) > 0
    assert mapper.source_model.rowCount() > 10
    save_preferences(Preferences(suggestion_floor=1.0))  # nothing without a reason passes
    shown_without_reason = 0
    for row in range(mapper.source_model.rowCount()):
        mapper.source_view.setCurrentIndex(mapper.source_model.index(row, 1))
        suggestions = mapper.suggestion_model.rows()
        shown_without_reason += sum(1 for s in suggestions if not s.reasons)
        assert len(suggestions) <= every[mapper.current_entry().ref]
    assert shown_without_reason == 0
    assert load_preferences().suggestion_floor == 1.0


# --- point 10: who decides --------------------------------------------------------------------------------------


def test_the_first_decision_asks_for_the_author_once(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(ui.settings, "LAUNCH_AUTHOR", None)
    monkeypatch.delenv("WORKBENCH_AUTHOR")
    ready(qtbot, window)
    mapper = window.mapper
    go_to(qtbot, window, "Incident")
    asked: list[str] = []

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, QInputDialog)
        asked.append(dialog.textValue())
        line = dialog.findChild(QLineEdit)
        qtbot.keyClick(line, Qt.Key.Key_A, CTRL)
        qtbot.keyClicks(line, "Ann Architect")
        qtbot.keyClick(line, Qt.Key.Key_Return)

    QTimer.singleShot(0, answer)
    qtbot.keyClick(mapper.source_view, Qt.Key.Key_1)
    assert len(asked) == 1 and asked[0]  # prefilled with the login name
    assert {m.author for m in window.workspace.mappings()} == {"Ann Architect"}
    qtbot.keyClick(mapper.source_view, Qt.Key.Key_X)  # not asked again
    assert len(asked) == 1 and {m.author for m in window.workspace.mappings()} == {"Ann Architect"}
    assert load_preferences().author == "Ann Architect"
    os.environ["WORKBENCH_AUTHOR"] = "Test Author"  # as conftest set it, for the tests after this one


# --- point 11: a laptop screen ----------------------------------------------------------------------------------


def test_ten_suggestion_rows_show_on_a_laptop_screen(qtbot: QtBot, window: MainWindow) -> None:
    window.resize(1366, 768 - 40)
    ready(qtbot, window)
    qtbot.waitUntil(lambda: window.height() <= 768 - 40)
    view = window.mapper.suggestion_view
    rows = view.viewport().height() // view.verticalHeader().defaultSectionSize()
    assert rows >= 10, rows


# --- point 12: Swedish ------------------------------------------------------------------------------------------


def test_categories_relations_and_check_names_are_swedish(qtbot: QtBot, window: MainWindow) -> None:
    app = QApplication.instance()
    assert install_translator(app, "sv") == "sv"
    try:
        ready(qtbot, window)
        go_to(qtbot, window, "Incident")
        details = window.mapper.source_text.toPlainText()
        assert "begrepp" in details and "concept" not in details
        checks = window.unified.checks
        qtbot.mouseClick(checks.run_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: window.unified.checks.model.rowCount() > 0, timeout=20_000)
        names = {checks.model.index(r, 1).data() for r in range(checks.model.rowCount())}
        assert "Täckning" in names and "coverage" not in names
    finally:
        remove_translators()


# --- the bar: an hour at the keyboard ----------------------------------------------------------------------------


@pytest.mark.parametrize(("seed", "advance"), [(1, True), (2, False), (3, True)])
def test_random_keyboard_sessions_never_attach_a_rationale_to_another_entry(
    qtbot: QtBot, window: MainWindow, seed: int, advance: bool
) -> None:
    """A user's hour compressed: random keys (decisions, moves, rationales finished with Enter or Esc, undo,
    redo, filtering, another candidate by mouse). Each rationale typed is unique and remembered with the entry
    that was selected while it was typed; every decision's rationale must come from its own entry."""
    import random

    save_preferences(Preferences(advance_after_decision=advance))
    ready(qtbot, window, target="safe")
    mapper = window.mapper
    view = mapper.source_view
    chance = random.Random(seed)
    typed_for: dict[str, Ref] = {}
    for step in range(160):
        action = chance.choice(["decide", "decide", "move", "move", "rationale", "rationale", "undo", "redo",
                                "candidate", "filter"])
        if not view.hasFocus():
            qtbot.keyClick(mapper.rationale_edit if mapper.rationale_edit.hasFocus() else view, Qt.Key.Key_Escape)
            view.setFocus()
        if action == "decide":
            qtbot.keyClick(view, chance.choice([Qt.Key.Key_1, Qt.Key.Key_2, Qt.Key.Key_3, Qt.Key.Key_4,
                                                Qt.Key.Key_5, Qt.Key.Key_X]))
        elif action == "move":
            qtbot.keyClick(view, chance.choice([Qt.Key.Key_N, Qt.Key.Key_P, Qt.Key.Key_Down, Qt.Key.Key_Up]))
        elif action == "rationale" and mapper.current_entry() is not None:
            text = f"reason {seed}-{step}"
            typed_for[text] = mapper.current_entry().ref
            qtbot.keyClick(view, Qt.Key.Key_E, CTRL)
            mapper.rationale_edit.selectAll()
            qtbot.keyClicks(mapper.rationale_edit, text)
            qtbot.keyClick(mapper.rationale_edit, chance.choice([Qt.Key.Key_Return, Qt.Key.Key_Escape]))
        elif action == "undo":
            qtbot.keyClick(view, Qt.Key.Key_Z, CTRL)
        elif action == "redo":
            redo = chance.choice([(Qt.Key.Key_Z, CTRL | Qt.KeyboardModifier.ShiftModifier), (Qt.Key.Key_Y, CTRL)])
            qtbot.keyClick(view, *redo)
        elif action == "candidate" and mapper.suggestion_model.rowCount() > 1:
            candidates = mapper.suggestion_view
            row = chance.randrange(mapper.suggestion_model.rowCount())
            qtbot.mouseClick(candidates.viewport(), Qt.MouseButton.LeftButton,
                             pos=candidates.visualRect(mapper.suggestion_model.index(row, 2)).center())
            view.setFocus()
        elif action == "filter":
            qtbot.keyClick(view, Qt.Key.Key_L, CTRL)
            mapper.filter_edit.selectAll()
            qtbot.keyClicks(mapper.filter_edit, chance.choice(["", "ca", "value", "team", "service", "flow"]))
            qtbot.keyClick(mapper.filter_edit, Qt.Key.Key_Tab)
    decisions = window.workspace.mappings()
    assert len(decisions) >= 10  # the session decided things
    with_rationale = [m for m in decisions if m.comment]
    assert with_rationale  # and wrote rationales for some
    for mapping in decisions:
        entry = mapping.subject if mapping.subject.framework == "itil4" else mapping.object
        if mapping.comment:
            assert typed_for[mapping.comment] == entry, (mapping, typed_for[mapping.comment])


# --- issue 17: false friends are shown where people decide ----------------------------------------------------


def test_a_false_friend_is_flagged_in_the_mapper_and_in_the_decisions_tab(qtbot: QtBot, window: MainWindow) -> None:
    ready(qtbot, window, target="safe")
    mapper = window.mapper
    go_to(qtbot, window, "Capacity")
    assert mapper.current_candidate() == Ref("safe", "capacity")
    top = mapper.suggestion_model.value(0)
    assert top.flags == ("same-label-different-meaning",) and top.predicate is Predicate.RELATED
    assert mapper.suggestion_model.index(0, 2).data().startswith("⚠ ")
    assert mapper.flag_label.isVisible() and "Same name, different meaning" in mapper.flag_label.text()
    qtbot.keyClick(mapper.source_view, Qt.Key.Key_1)  # decided exact all the same
    qtbot.keyClick(window, Qt.Key.Key_D, Qt.KeyboardModifier.AltModifier)
    model = window.mapping_model
    qtbot.waitUntil(lambda: model.index(0, 2).data().startswith("⚠ "), timeout=30_000)
    assert "Same name, different meaning" in model.index(0, 2).data(Qt.ItemDataRole.ToolTipRole)
    window.wait_for_jobs()
