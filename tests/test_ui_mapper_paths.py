"""The mapper's keys, each pressed where the user's keyboard is (issue 24): P goes back to the previous unreviewed
entry, Ctrl+L and Ctrl+F move the keyboard to the filter and the search and what is typed next filters or searches,
1–5 and X each record their own relation on the pair on show. Keys go to the focused widget, as on a desk; each
test reads the workspace or the view afterwards."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from tests.test_ui_mapper_keys import bundled, preferences, ready, window  # noqa: F401
from ui.main_window import MainWindow
from ui.models import Status
from workbench.domain import Predicate, Ref

CTRL = Qt.KeyboardModifier.ControlModifier


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def press(qtbot: QtBot, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    """A key as the user presses it: to whatever has the keyboard."""
    qtbot.keyClick(focused(), key, modifier)


def type_text(qtbot: QtBot, text: str) -> None:
    qtbot.keyClicks(focused(), text)


def test_n_and_p_walk_the_unreviewed_entries_both_ways_skipping_decided_ones(
    qtbot: QtBot, window: MainWindow  # noqa: F811
) -> None:
    ready(qtbot, window)
    mapper = window.mapper
    model = mapper.source_model
    rows = model.rowCount()
    assert mapper.source_view.currentIndex().row() == 0 and rows > 5
    press(qtbot, Qt.Key.Key_1)  # decide the first entry (moving on to the second)
    press(qtbot, Qt.Key.Key_1)  # and the second (on to the third)
    assert mapper.source_view.currentIndex().row() == 2
    assert [model.status(model.value(row)) for row in (0, 1, 2)] == [Status.MAPPED, Status.MAPPED,
                                                                     Status.UNREVIEWED]
    press(qtbot, Qt.Key.Key_P)  # the previous unreviewed: back past the two decided ones, round to the last row
    assert mapper.source_view.currentIndex().row() == rows - 1
    assert mapper.current_entry() == model.value(rows - 1) and mapper.source_view.hasFocus()
    press(qtbot, Qt.Key.Key_N)  # and forward again, past the decided ones, to the third
    assert mapper.source_view.currentIndex().row() == 2
    press(qtbot, Qt.Key.Key_N)
    assert mapper.source_view.currentIndex().row() == 3
    press(qtbot, Qt.Key.Key_P)
    assert mapper.source_view.currentIndex().row() == 2
    assert window.workspace.count_mappings() == 2  # moving decided nothing


def test_ctrl_l_moves_the_keyboard_to_the_filter_and_what_is_typed_filters_the_entries(
    qtbot: QtBot, window: MainWindow  # noqa: F811
) -> None:
    ready(qtbot, window)
    mapper = window.mapper
    every = mapper.source_model.rowCount()
    press(qtbot, Qt.Key.Key_L, CTRL)
    assert mapper.filter_edit.hasFocus()
    type_text(qtbot, "service level")
    assert mapper.filter_edit.text() == "service level"
    labels = [entry.label for entry in mapper.source_model.rows()]
    assert labels[0] == "Service level" and 1 < len(labels) < every
    assert mapper.current_entry() is not None and mapper.current_entry().label == "Service level"
    assert window.workspace.count_mappings() == 0  # the letters typed decided nothing
    press(qtbot, Qt.Key.Key_Tab)  # back to the list: the entry found is the one the keys decide
    assert mapper.source_view.hasFocus()
    candidate = mapper.current_candidate()
    assert candidate is not None
    press(qtbot, Qt.Key.Key_2)
    decision = window.workspace.mapping_between(Ref("itil4", "service-level"), candidate)
    assert decision is not None and decision.predicate is Predicate.CLOSE


def test_ctrl_f_moves_the_keyboard_to_the_search_and_its_first_result_is_the_candidate(
    qtbot: QtBot, window: MainWindow  # noqa: F811
) -> None:
    ready(qtbot, window)
    mapper = window.mapper
    entry = mapper.current_entry()
    assert entry is not None and not mapper.search_view.isVisible()
    press(qtbot, Qt.Key.Key_F, CTRL)
    assert mapper.search_edit.hasFocus() and mapper.search_view.isVisible()
    type_text(qtbot, "error budget")
    qtbot.waitUntil(lambda: mapper.search_model.rowCount() > 0)
    found = mapper.search_model.value(0)
    assert found.label == "Error budget" and found.ref.framework == "devops"
    assert mapper.current_candidate() == found.ref
    assert "Error budget" in mapper.candidate_text.toPlainText()
    press(qtbot, Qt.Key.Key_L, CTRL)  # Ctrl+L, Tab: back in the list, the search result still the candidate
    press(qtbot, Qt.Key.Key_Tab)
    assert mapper.source_view.hasFocus() and mapper.current_entry() == entry
    press(qtbot, Qt.Key.Key_5)
    decision = window.workspace.mapping_between(entry.ref, found.ref)
    assert decision is not None and decision.predicate is Predicate.RELATED


def test_each_decision_key_records_its_own_relation_on_the_pair_on_show(
    qtbot: QtBot, window: MainWindow  # noqa: F811
) -> None:
    ready(qtbot, window)
    mapper = window.mapper
    expected: dict[tuple[Ref, Ref], tuple[Predicate, bool]] = {}
    keys = ((Qt.Key.Key_1, Predicate.EXACT, False), (Qt.Key.Key_2, Predicate.CLOSE, False),
            (Qt.Key.Key_3, Predicate.BROADER, False), (Qt.Key.Key_4, Predicate.NARROWER, False),
            (Qt.Key.Key_5, Predicate.RELATED, False), (Qt.Key.Key_X, Predicate.EXACT, True))
    for key, predicate, negated in keys:
        entry, candidate = mapper.current_entry(), mapper.current_candidate()
        assert entry is not None and candidate is not None
        press(qtbot, key)
        expected[(entry.ref, candidate)] = (predicate, negated)
        assert mapper.current_entry() != entry  # each decision moves on to the next unreviewed entry
    recorded = {(m.subject, m.object): (m.predicate, m.negated) for m in window.workspace.mappings()}
    assert recorded == expected and len(recorded) == 6
