"""The checks panel as a user drives it (issue 24): Alt+C opens it, a click runs the checks, a double-click on a
finding or on one of its places goes there, and so does Enter on a place. Each test sends the real mouse and key
events to the real main window and reads what is selected and shown afterwards."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QListWidgetItem
from pytestqt.qtbot import QtBot

from tests.conftest import DATA
from tests.unify_helpers import framework, term
from ui.main_window import MainWindow
from ui.unified.checks_panel import ChecksPanel
from workbench.catalogue import load_file
from workbench.checks import Finding
from workbench.domain import Ref
from workbench.unify import process_model
from workbench.workspace import Workspace

ALT = Qt.KeyboardModifier.AltModifier
LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path) -> Iterator[MainWindow]:
    """Decisions that give the checks something to say about an entry (x:c related to y:c, and not a match), a
    unified concept (two entries of x joined into one) and a unified process (one without a trigger)."""
    workspace = Workspace.create(tmp_path / "ws.workbench", [
        load_file(DATA / "alpha.toml"),
        framework("x", term("a", "Service incident", "Incident"), term("b", "Problem"), term("c", "Known error")),
        framework("y", term("a", "Incident"), term("b", "Problem record", "Problem"), term("c", "Defect")),
    ])
    for subject, predicate, obj in (("x:a", "exact", "y:a"), ("x:b", "exact", "y:b"), ("x:c", "related", "y:c"),
                                    ("y:b", "close", "x:a")):
        workspace.add_mapping(subject, predicate, obj)
    workspace.add_mapping("y:c", "exact", "x:c", negated=True)
    main = MainWindow(workspace)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    yield main
    main.wait_for_jobs()
    main.workspace.close()


def keyboard_back(qtbot: QtBot, window: MainWindow) -> None:
    """After a unified refresh the offscreen platform leaves no window active (see HELPER_BRIEF)."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def checks_run(qtbot: QtBot, window: MainWindow) -> ChecksPanel:
    """Refresh the unified glossary with its button, add a process, then Alt+C and a click on Run checks."""
    glossary = window.unified.glossary
    qtbot.keyClick(window, Qt.Key.Key_U, ALT)
    assert window.tabs.currentWidget() is glossary
    qtbot.mouseClick(glossary.refresh_button, LEFT)
    qtbot.waitUntil(lambda: not window.unified.refresher.running, timeout=20_000)
    assert window.workspace.unified_snapshot().concepts  # the refresh made the concepts the checks look at
    process_model.add_process(window.workspace, "Service desk")
    window.unified.context.changed()
    keyboard_back(qtbot, window)
    panel = window.unified.checks
    qtbot.keyClick(window, Qt.Key.Key_C, ALT)
    assert window.tabs.currentWidget() is panel
    qtbot.mouseClick(panel.run_button, LEFT)
    qtbot.waitUntil(lambda: not panel.running and panel.model.rowCount() > 0, timeout=20_000)
    return panel


def row_of(panel: ChecksPanel, code: str) -> tuple[int, Finding]:
    row = next(r for r in range(panel.model.rowCount()) if panel.model.value(r).code == code)
    return row, panel.model.value(row)


def double_click(qtbot: QtBot, view: QAbstractItemView, index: QModelIndex) -> None:
    """A double-click as the mouse makes it: press and release, then the double-click (QTest's mouseDClick alone
    sends only the last, which a view takes as a first press)."""
    view.scrollTo(index)
    where = view.visualRect(index).center()
    qtbot.mouseClick(view.viewport(), LEFT, pos=where)
    qtbot.mouseDClick(view.viewport(), LEFT, pos=where)


def click_finding(qtbot: QtBot, panel: ChecksPanel, row: int) -> None:
    index = panel.model.index(row, 2)
    panel.view.scrollTo(index)
    qtbot.mouseClick(panel.view.viewport(), LEFT, pos=panel.view.visualRect(index).center())


def place_item(panel: ChecksPanel, row: int) -> QListWidgetItem:
    item = panel.places_list.item(row)
    assert item is not None
    return item


def test_double_clicking_a_finding_goes_to_the_entry_concept_or_process_it_names(
    qtbot: QtBot, window: MainWindow
) -> None:
    panel = checks_run(qtbot, window)
    mapper = window.mapper
    assert mapper.source != "x"  # the mapper shows another framework until the finding is followed

    row, finding = row_of(panel, "match-and-not-a-match")
    assert finding.refs == (Ref("x", "c"), Ref("y", "c")) and not finding.uids
    double_click(qtbot, panel.view, panel.model.index(row, 2))
    assert window.tabs.currentWidget() is mapper
    entry = mapper.current_entry()
    assert entry is not None and entry.ref == Ref("x", "c")
    assert mapper.source_view.hasFocus()  # the keyboard is where the entry is: 1-5 and X decide it now
    assert "x:c" in window.details.toPlainText()

    qtbot.keyClick(window, Qt.Key.Key_C, ALT)
    row, finding = row_of(panel, "same-framework-in-concept")
    [concept] = finding.uids
    double_click(qtbot, panel.view, panel.model.index(row, 0))
    glossary = window.unified.glossary
    assert window.tabs.currentWidget() is glossary and glossary.current_uid() == concept
    assert glossary.view.hasFocus()

    qtbot.keyClick(window, Qt.Key.Key_C, ALT)
    row, finding = row_of(panel, "process-without-trigger")
    [process] = finding.uids
    double_click(qtbot, panel.view, panel.model.index(row, 3))
    tab = window.unified.process_model
    assert window.tabs.currentWidget() is tab and tab.current_uid() == process
    assert tab.tree.hasFocus()


def test_a_place_or_a_finding_goes_there_by_double_click_or_by_enter_and_the_severity_box_filters(
    qtbot: QtBot, window: MainWindow
) -> None:
    panel = checks_run(qtbot, window)
    mapper = window.mapper

    # Clicking a finding lists its places; Tab into them, Down to the second, Enter: that entry, in the mapper.
    row, _finding = row_of(panel, "match-and-not-a-match")
    click_finding(qtbot, panel, row)
    assert [place_item(panel, r).text() for r in range(panel.places_list.count())] == [
        "Known error  (x:c)", "Defect  (y:c)"]
    panel.view.setFocus()
    qtbot.keyClick(panel.view, Qt.Key.Key_Tab)
    assert panel.places_list.hasFocus()
    qtbot.keyClick(panel.places_list, Qt.Key.Key_Down)
    qtbot.keyClick(panel.places_list, Qt.Key.Key_Return)
    assert window.tabs.currentWidget() is mapper
    entry = mapper.current_entry()
    assert entry is not None and entry.ref == Ref("y", "c")

    # Enter on a finding goes where a double-click goes: the glossary's concept, keyboard only.
    qtbot.keyClick(window, Qt.Key.Key_C, ALT)
    row, finding = row_of(panel, "same-framework-in-concept")
    panel.view.setFocus()
    panel.view.setCurrentIndex(panel.model.index(row, 0))
    qtbot.keyClick(panel.view, Qt.Key.Key_Return)
    glossary = window.unified.glossary
    assert window.tabs.currentWidget() is glossary and glossary.current_uid() == finding.uids[0]

    # A double-click on a place: the process it names, in the process-model tab.
    qtbot.keyClick(window, Qt.Key.Key_C, ALT)
    row, finding = row_of(panel, "process-without-trigger")
    click_finding(qtbot, panel, row)
    item = place_item(panel, 0)
    assert item.text() == "process 'Service desk'"
    double_click(qtbot, panel.places_list, panel.places_list.indexFromItem(item))
    tab = window.unified.process_model
    assert window.tabs.currentWidget() is tab and tab.current_uid() == finding.uids[0]

    # The severity box, from the keyboard: the first severity after "All" lists the errors only.
    qtbot.keyClick(window, Qt.Key.Key_C, ALT)
    every = panel.model.rowCount()
    panel.severity_box.setFocus()
    qtbot.keyClick(panel.severity_box, Qt.Key.Key_Down)
    severities = {panel.model.value(r).severity.value for r in range(panel.model.rowCount())}
    assert severities == {"error"} and 0 < panel.model.rowCount() < every
