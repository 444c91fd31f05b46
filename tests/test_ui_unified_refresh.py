"""Issue 16 in the window: decisions drive the process model and the coverage colours.

The tests press the keys and click the buttons a user would on the real main window (QTest through qtbot), then
read what the tabs show and what the workspace holds."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QTableView, QTreeView
from pytestqt.qtbot import QtBot

from tests.window_helpers import finish_window, shown_window
from ui.main_window import MainWindow
from ui.unified.coverage_matrix import CELL_COLOURS
from workbench.catalogue import load_bundled
from workbench.domain import Predicate, Ref
from workbench.workspace import Workspace

ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier
DECISIONS = (
    ("itil4:incident-management-close", "close", "usm:recover-close"),
    ("itil4:incident-management-resolve", "exact", "usm:recover-restore"),
    ("devops:incident-response", "close", "usm:recover"),
    ("itil4:incident-management-categorise", "broader", "usm:recover-diagnose"),
    ("devops:incident-response-communicate", "related", "usm:recover-close"),
    ("itil4:incident", "exact", "devops:incident"),
    ("safe:capacity", "broader", "itil4:capacity"),
)


@pytest.fixture(scope="module")
def bundled() -> list:
    return [f for f in load_bundled() if f.key in {"usm", "itil4", "devops", "safe"}]


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path, bundled: list) -> Iterator[MainWindow]:
    workspace = Workspace.create(tmp_path / "ws.db", bundled)
    for subject, predicate, obj in DECISIONS:
        workspace.add_mapping(subject, predicate, obj)
    main = MainWindow(workspace)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    main.activateWindow()
    yield main
    main.wait_for_jobs()
    main.unified.refresher.wait_for_jobs()
    main.workspace.close()


def active(qtbot: QtBot, window: MainWindow) -> None:
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def click(qtbot: QtBot, button: QAbstractButton) -> None:
    assert button.isVisible() and button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def finished(window: MainWindow) -> None:
    deadline = time.monotonic() + 30
    while window.unified.refresher.running:
        assert time.monotonic() < deadline, "the refresh did not finish"
        QApplication.processEvents()
        time.sleep(0.005)
    # A refresh that took long enough to show its busy dialog leaves no window active on the offscreen platform
    # (a window manager gives the keyboard back to the window): the next key press needs it back.
    window.activateWindow()
    while QApplication.activeWindow() is not window:
        assert time.monotonic() < deadline, "the window did not get the keyboard back"
        QApplication.processEvents()
        time.sleep(0.005)


def click_row(qtbot: QtBot, view: QTreeView | QTableView, index: QModelIndex) -> None:
    view.scrollTo(index)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center())
    assert view.currentIndex() == index


def tree_row(window: MainWindow, label: str) -> QModelIndex:
    model = window.unified.process_model.model
    for row in range(model.rowCount()):
        process = model.index(row, 0)
        if process.data(Qt.ItemDataRole.EditRole) == label:
            return process
        for child in range(model.rowCount(process)):
            if model.index(child, 0, process).data(Qt.ItemDataRole.EditRole) == label:
                return model.index(child, 0, process)
    raise AssertionError(f"no row '{label}' in the process model")


@pytest.fixture
def without_usm(qtbot: QtBot, tmp_path: Path, bundled: list) -> Iterator[MainWindow]:
    """A window on ITIL 4, DevOps and SAFe (no USM) with decisions about incident handling, on its Process
    model tab."""
    path = tmp_path / "ws.db"
    with Workspace.create(path, [f for f in bundled if f.key != "usm"]) as workspace:
        workspace.add_mapping("itil4:incident-management", "close", "devops:incident-response")
        workspace.add_mapping("itil4:incident-management-communicate", "exact", "devops:incident-response-communicate")
    main = shown_window(qtbot, path)
    active(qtbot, main)
    qtbot.keyClick(main, Qt.Key.Key_P, ALT)  # &Process model
    assert main.tabs.currentWidget() is main.unified.process_model
    yield main
    main.unified.refresher.wait_for_jobs()
    finish_window(main)


def test_without_usm_the_empty_process_model_does_not_point_at_a_missing_button(without_usm: MainWindow) -> None:
    # The hint said "Start from the USM skeleton" while that button is hidden (no USM in the workspace).
    tab = without_usm.unified.process_model
    hint = tab.empty_label.text()
    assert tab.empty_label.isVisible() and not tab.start_button.isVisible()
    assert "Start from the USM skeleton" not in hint and "Add bundled frameworks" in hint


def test_processes_decided_among_themselves_are_proposed_and_accepted_with_a_click(
    qtbot: QtBot, without_usm: MainWindow
) -> None:
    # No USM, no skeleton: the decisions about two frameworks' processes used to go nowhere ("not yet placed").
    main = without_usm
    tab = main.unified.process_model
    click(qtbot, tab.refresh_button)
    finished(main)
    assert tab.model.rowCount() == 1 and not tab.empty_label.isVisible()
    process = tab.model.index(0, 0)
    shown = process.data()
    assert shown.endswith("(proposed)") and process.data(Qt.ItemDataRole.FontRole).italic()
    assert "1 proposed processes (1 new), 1 proposed activities (1 new)" in tab.report_label.text()
    assert tab.model.rowCount(process) == 1  # the steps decided the same, proposed inside it
    assert tab.start_button.isHidden()
    label = process.data(Qt.ItemDataRole.EditRole)

    # the coverage tab names it proposed too
    qtbot.keyClick(main, Qt.Key.Key_R, ALT)  # Cove&rage
    matrix = main.unified.coverage
    matrix.what_box.setFocus()
    qtbot.keyClick(matrix.what_box, Qt.Key.Key_Down)
    assert matrix.what_box.currentData() == "processes"
    assert matrix.model.index(0, 0).data() == f"{label} (proposed)"
    qtbot.keyClick(main, Qt.Key.Key_P, ALT)

    process = tab.model.index(0, 0)
    click_row(qtbot, tab.tree, process)
    click(qtbot, tab.accept_button)
    assert [p.status for p in main.workspace.unified_snapshot().processes] == ["draft"]
    assert tab.model.index(0, 0).data() == label and not tab.accept_button.isEnabled()
    assert main.undo_stack.undoText() == f"accept the proposed process '{label}'"
    active(qtbot, main)
    qtbot.keyClick(main, Qt.Key.Key_Z, CTRL)
    assert [p.status for p in main.workspace.unified_snapshot().processes] == ["proposed"]


def test_the_refresh_traces_decisions_into_the_process_model_with_their_relations(
    window: MainWindow, qtbot: QtBot
) -> None:
    tab = window.unified.process_model
    qtbot.keyClick(window, Qt.Key.Key_P, ALT)  # &Process model
    assert window.tabs.currentWidget() is tab
    assert tab.empty_label.isVisible() and "Start from the USM skeleton" in tab.empty_label.text()
    click(qtbot, tab.start_button)
    finished(window)
    assert not tab.empty_label.isVisible()
    model = tab.model

    # no trace was made by hand: the skeleton start traced the decisions, each with its relation
    close_row = tree_row(window, "Verify recovery and close the incident")
    traced = model.index(close_row.row(), 1, close_row.parent()).data()
    assert "Verify recovery and close the incident [usm, source]" in traced
    assert "Close the incident [itil4, close]" in traced
    assert "Communicate status [devops, related]" in traced
    assert "Resolve and recover [itil4, exact]" in model.index(tree_row(window, "Restore the service").row(), 1,
                                                               close_row.parent()).data()
    assert "Categorise and prioritise the incident [itil4, broader]" in model.index(
        tree_row(window, "Diagnose the incident").row(), 1, close_row.parent()).data()
    assert "Incident response [devops, close]" in model.index(tree_row(window, "Recover").row(), 1).data()
    assert window.undo_stack.count() == 1 and window.undo_stack.undoText() == "start the process model from USM"

    # the traces of the clicked element: relation and where each comes from
    click_row(qtbot, tab.tree, close_row)
    rows = {(tab.traces_model.index(r, 0).data(), tab.traces_model.index(r, 2).data(),
             tab.traces_model.index(r, 3).data()) for r in range(tab.traces_model.rowCount())}
    assert rows == {("Verify recovery and close the incident", "exact", "source"),
                    ("Close the incident", "close", "from a decision"),
                    ("Communicate status", "related", "from a decision")}

    # tracing by hand starts from the decided relation, not from "exact"
    tab.framework_box.setCurrentIndex(tab.framework_box.findData("devops"))
    qtbot.keyClicks(tab.source_filter, "Resolve and close")
    assert tab.source_model.rowCount() == 1
    assert tab.relation_box.currentData() == "exact"
    click_row(qtbot, tab.source_view, tab.source_model.index(0, 0))
    assert tab.relation_box.currentData() == "exact"  # no decision relates it to this element yet

    # a new decision, then "Refresh from decisions": traced at once, the glossary too, one undo step
    window.decide(Ref("devops", "incident-response-resolve"), Predicate.CLOSE,
                  Ref("itil4", "incident-management-close"), False, "")
    click(qtbot, tab.refresh_button)
    finished(window)
    traced = model.index(close_row.row(), 1, close_row.parent()).data()
    assert "Resolve and close the incident [devops, close]" in traced
    click_row(qtbot, tab.tree, tree_row(window, "Restore the service"))
    click_row(qtbot, tab.tree, close_row)
    assert tab.relation_box.currentData() == "close"  # the decision with ITIL's "Close the incident"
    assert "refresh the unified model" in window.undo_stack.undoText()
    assert "traces from decisions" in tab.report_label.text() and tab.report_label.isVisible()
    assert {c.label for c in window.workspace.unified_snapshot().concepts} == {"Incident", "Capacity"}
    active(qtbot, window)  # the refresh's busy dialog took the focus; the offscreen platform does not give it back
    qtbot.keyClick(window, Qt.Key.Key_Z, CTRL)
    assert "Resolve and close the incident" not in model.index(close_row.row(), 1, close_row.parent()).data()
    assert window.workspace.unified_snapshot().concepts == ()
    assert len(window.workspace.unified_snapshot().processes) == 5  # the start is a step of its own


def test_on_a_laptop_screen_the_coverage_legend_stays_one_line_and_the_summary_reads_across(
    window: MainWindow, qtbot: QtBot
) -> None:
    # Beside the legend the summary wrapped a word per line, and the swatches stretched to its height (180 px);
    # the cells of five frameworks read "e…" instead of "exact".
    window.resize(1366, 768)
    qtbot.keyClick(window, Qt.Key.Key_R, ALT)  # Cove&rage
    matrix = window.unified.coverage
    assert window.tabs.currentWidget() is matrix
    swatches = [label for label in matrix.findChildren(QLabel) if "background" in label.styleSheet()]
    assert len(swatches) == 5
    qtbot.waitUntil(lambda: matrix.summary_label.isVisible())
    assert all(swatch.height() < 2 * matrix.what_box.height() for swatch in swatches)
    assert matrix.summary_label.width() > matrix.width() // 2
    metrics = matrix.view.fontMetrics()
    assert all(matrix.view.columnWidth(column) > metrics.horizontalAdvance("exact")
               for column in range(1, matrix.model.columnCount()))


def test_the_coverage_tab_shows_each_relations_colour(window: MainWindow, qtbot: QtBot) -> None:
    qtbot.keyClick(window, Qt.Key.Key_U, ALT)  # &Unified glossary
    glossary = window.unified.glossary
    assert glossary.empty_label.isVisible() and "Refresh from decisions" in glossary.empty_label.text()
    click(qtbot, glossary.refresh_button)
    finished(window)
    assert not glossary.empty_label.isVisible()
    # the two concepts labelled "Capacity" are told apart, A-Z
    labels = [glossary.model.index(r, 0).data() for r in range(glossary.model.rowCount())]
    assert labels == ["Capacity (ITIL 4)", "Capacity (SAFe)", "Incident"]
    qtbot.keyClick(window, Qt.Key.Key_P, ALT)
    click(qtbot, window.unified.process_model.start_button)
    finished(window)

    qtbot.keyClick(window, Qt.Key.Key_R, ALT)  # Cove&rage
    matrix = window.unified.coverage
    assert window.tabs.currentWidget() is matrix
    model = matrix.model
    columns = {model.framework(c): c for c in range(1, model.columnCount())}

    def cell(label: str, framework: str) -> tuple[str, object]:
        row = next(r for r in range(model.rowCount()) if model.row(r).label == label)
        index = model.index(row, columns[framework])
        return index.data(), index.data(Qt.ItemDataRole.BackgroundRole).color()

    # concepts: a single framework's concept is its source; the broader decision shows yellow, not "exact"
    assert cell("Capacity (SAFe)", "safe") == ("source", CELL_COLOURS[5])
    assert cell("Capacity (SAFe)", "itil4") == ("narrower", CELL_COLOURS[2])
    assert cell("Capacity (ITIL 4)", "safe") == ("broader", CELL_COLOURS[2])
    assert cell("Incident", "itil4") == ("exact", CELL_COLOURS[4])

    # the process model: chosen with the keyboard in the rows box
    matrix.what_box.setFocus()
    qtbot.keyClick(matrix.what_box, Qt.Key.Key_Down)
    assert matrix.what_box.currentData() == "processes"
    assert cell("Verify recovery and close the incident", "usm") == ("source", CELL_COLOURS[5])
    assert cell("Restore the service", "itil4") == ("exact", CELL_COLOURS[4])
    assert cell("Verify recovery and close the incident", "itil4") == ("close", CELL_COLOURS[3])
    assert cell("Diagnose the incident", "itil4") == ("broader", CELL_COLOURS[2])
    assert cell("Verify recovery and close the incident", "devops") == ("related", CELL_COLOURS[1])
    assert model.index(0, columns["safe"]).data() is None  # no decision: no colour

    # clicking a cell lists its entries with their relations
    row = next(r for r in range(model.rowCount()) if model.row(r).label == "Verify recovery and close the incident")
    click_row(qtbot, matrix.view, model.index(row, columns["devops"]))
    assert "Communicate status" in matrix.members_text.toPlainText()
    assert "devops:incident-response-communicate · related" in matrix.members_text.toPlainText()
