"""An undo or redo of the unified model that the workspace refuses (another program keeps it locked) changes
nothing, says why, and leaves the undo stack in step with the workspace: the refused step leaves the stack, and the
steps before it still undo."""

from __future__ import annotations

from pathlib import Path

import pytest
from hostile_env import lock_held
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractItemView, QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from tests.test_ui_unified import concepts, refreshed, window  # noqa: F401
from ui.main_window import MainWindow
from ui.unified.glossary_tab import UnifiedGlossaryTab
from workbench.workspace import Workspace


def boxes(window: MainWindow) -> list[str]:  # noqa: F811
    """The texts of the boxes the window opened (not exec'd) to say an undo or redo changed nothing."""
    return [box.text() for box in window.findChildren(QMessageBox) if box.isVisible()]


def close_boxes(qtbot: QtBot, window: MainWindow) -> None:  # noqa: F811
    """Close the open boxes as a user does, with Enter, and wait until the window has the keyboard again."""
    for box in [box for box in window.findChildren(QMessageBox) if box.isVisible()]:
        qtbot.keyClick(box, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda b=box: not b.isVisible())  # type: ignore[misc]
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def wait_briefly_for_locks(window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> Path:  # noqa: F811
    """A lock held by another program is waited for half a second (the limit is read when a workspace opens)."""
    monkeypatch.setenv("WORKBENCH_LOCK_WAIT", "0.5")
    path = window.workspace.path
    window.switch_workspace(Workspace.open(path))
    return path


def glossary_shown(window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, UnifiedGlossaryTab]:  # noqa: F811
    """The workspace reopened to wait briefly for locks, the glossary tab shown and refreshed from the decisions."""
    path = wait_briefly_for_locks(window, monkeypatch)
    tab = window.unified.glossary
    window.tabs.setCurrentWidget(tab)
    refreshed(window)
    return path, tab


def undo_key(qtbot: QtBot, window: MainWindow, redo: bool = False) -> None:  # noqa: F811
    modifiers = Qt.KeyboardModifier.ControlModifier | (Qt.KeyboardModifier.ShiftModifier if redo else
                                                        Qt.KeyboardModifier.NoModifier)
    window.activateWindow()  # the window's shortcuts work while it has the keyboard
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window, Qt.Key.Key_Z, modifiers)


def test_a_refused_undo_of_a_glossary_edit_keeps_the_edit_and_the_stack_in_step(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch  # noqa: F811
) -> None:
    path, tab = glossary_shown(window, monkeypatch)
    uid = next(c.uid for c in window.workspace.unified_snapshot().concepts if c.label == "Incident")
    # Rename the concept in the table: F2 on its label, type, Enter.
    cell = tab.model.index(tab.model.row_of(uid), 0)
    tab.view.setFocus()
    tab.view.setCurrentIndex(cell)
    qtbot.keyClick(tab.view, Qt.Key.Key_F2)
    qtbot.waitUntil(lambda: tab.view.indexWidget(cell) is not None)
    editor = tab.view.indexWidget(cell)
    editor.selectAll()  # type: ignore[attr-defined]
    qtbot.keyClicks(editor, "Service disruption")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "Service disruption" in concepts(window))
    steps = window.undo_stack.count()
    assert steps == 2  # the refresh, then the rename

    with lock_held(path):
        undo_key(qtbot, window)
        assert len(boxes(window)) == 1 and "locked" in boxes(window)[0]
    assert "Service disruption" in concepts(window) and "Incident" not in concepts(window)
    assert tab.model.index(tab.model.row_of(uid), 0).data() == "Service disruption"
    assert window.undo_stack.count() == steps - 1 and window.undo_stack.index() == steps - 1
    assert not window.undo_stack.canRedo()  # no redo of a step that never was undone

    # The lock gone, the step before (the refresh) still undoes and redoes, the rename with it.
    close_boxes(qtbot, window)
    undo_key(qtbot, window)
    assert concepts(window) == {}
    undo_key(qtbot, window, redo=True)
    assert "Service disruption" in concepts(window)


def test_a_refused_undo_of_a_merge_of_three_changes_none_of_it(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch  # noqa: F811
) -> None:
    path, tab = glossary_shown(window, monkeypatch)
    before = concepts(window)
    assert len(before) >= 3
    # Click the first row, Ctrl+click two more, then the Merge button: one step of two merges.
    tab.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    for row, modifier in ((0, Qt.KeyboardModifier.NoModifier), (1, Qt.KeyboardModifier.ControlModifier),
                          (2, Qt.KeyboardModifier.ControlModifier)):
        rect = tab.view.visualRect(tab.model.index(row, 0))
        QTest.mouseClick(tab.view.viewport(), Qt.MouseButton.LeftButton, modifier, rect.center())
    assert len(tab.selected_uids()) == 3
    QTest.mouseClick(tab.merge_button, Qt.MouseButton.LeftButton)
    merged = concepts(window)
    assert len(merged) == len(before) - 2
    steps = window.undo_stack.count()

    with lock_held(path):
        undo_key(qtbot, window)
        # One refusal: the merge's other part is not tried once the first is refused.
        assert len(boxes(window)) == 1 and "locked" in boxes(window)[0]
    assert concepts(window) == merged
    assert window.undo_stack.count() == steps - 1 and not window.undo_stack.canRedo()
    close_boxes(qtbot, window)
    undo_key(qtbot, window)
    assert concepts(window) == {}  # the refresh, the step before the merge
