"""The team workspace in the window (issue 22): File → Open team workspace…, colleagues' decisions shown within
seconds, a decision changed since it was shown (theirs or mine), File → Sync… with its summary, and the Decisions
tab's conflicts filter. Driven by keys and clicks on the real main window."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QComboBox, QDialog, QLineEdit, QMessageBox, QPushButton, QTableView
from pytestqt.qtbot import QtBot

from ui.main_window import MainWindow
from ui.models import CONFLICTS
from ui.settings import settings
from ui.workspace_guard import POLL_MS
from workbench.domain import EntryRecord, FrameworkData, Kind, Predicate, Ref
from workbench.sync import sync
from workbench.workspace import Workspace


@pytest.fixture
def team(postgres_database: str, mini_frameworks: list[FrameworkData]) -> str:
    Workspace.create(postgres_database, mini_frameworks).close()
    return postgres_database


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path, mini_frameworks: list[FrameworkData]) -> Iterator[MainWindow]:
    path = tmp_path / "laptop.workbench"
    Workspace.create(path, mini_frameworks).close()
    opened = MainWindow(Workspace.open(path))
    qtbot.addWidget(opened)
    opened.show()
    qtbot.waitExposed(opened)
    yield opened
    opened.mapper.wait_for_jobs()
    opened.close()
    opened.workspace.close()


def when_modal(act: Callable[[QDialog], None], kind: type[QDialog] = QDialog) -> None:
    """Once a dialog of `kind` is up, let `act` work it as a person would (from a timer: exec() blocks)."""
    def look() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, kind):
            QTimer.singleShot(20, look)
            return
        try:
            act(dialog)
        except BaseException:
            dialog.reject()  # the test fails instead of waiting for the dialog forever
            raise
    QTimer.singleShot(0, look)


def click(box: QMessageBox, label: str) -> None:
    (button,) = [b for b in box.buttons() if b.text().replace("&", "") == label]
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)


def open_team(qtbot: QtBot, window: MainWindow, url: str) -> None:
    def type_url(dialog: QDialog) -> None:
        field = dialog.findChild(QLineEdit, "team-url")
        field.selectAll()
        qtbot.keyClicks(field, url)
        qtbot.keyClick(field, Qt.Key.Key_Return)
    when_modal(type_url)
    action = window.findChild(QAction, "open-team-workspace")
    assert action is not None
    action.trigger()
    window.activateWindow()  # back from the dialog, as a person's next click would make it
    qtbot.waitUntil(window.isActiveWindow)


def test_a_team_workspace_opens_from_the_file_menu_and_shows_colleagues_decisions(
        qtbot: QtBot, window: MainWindow, team: str) -> None:
    open_team(qtbot, window, team)
    assert window.workspace.on_server and window.workspace.location == team
    assert window.windowTitle().startswith(team.rsplit("/", 1)[1])
    assert settings().value("recent", [], list)[0] == team
    assert window.mapping_model.rowCount() == 0
    with Workspace.open(team) as colleague:
        colleague.add_mapping("alpha:incident", "close", "beta:storning", author="Kim")
    qtbot.waitUntil(lambda: window.mapping_model.rowCount() == 1, timeout=POLL_MS * 3)
    own_before = window.mapping_model.rowCount()
    window.decide(Ref("alpha", "service-level-agreement"), Predicate.RELATED, Ref("beta", "anvandarstod"), False, "")
    assert window.mapping_model.rowCount() == own_before + 1
    assert not window.guard.poll(), "the window's own decision is not taken for a colleague's"


def first_pair(qtbot: QtBot, window: MainWindow) -> tuple[QTableView, EntryRecord, Ref]:
    """The mapper on alpha's terms against beta's, the first entry clicked: its list, the entry and the candidate
    on show."""
    mapper = window.mapper
    mapper.choose("alpha", "beta", Kind.TERM)
    qtbot.waitUntil(lambda: not mapper.busy, timeout=30_000)
    view = mapper.source_view
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(view.currentIndex()).center())
    entry, candidate = mapper.current_entry(), mapper.current_candidate()
    assert entry is not None and candidate is not None
    return view, entry, candidate


def test_a_decision_changed_since_it_was_shown_offers_theirs_or_mine(qtbot: QtBot, window: MainWindow,
                                                                     team: str) -> None:
    open_team(qtbot, window, team)
    window.guard.poll_timer.stop()  # the colleague decides in the very moment before the key press
    mapper = window.mapper
    view, entry, candidate = first_pair(qtbot, window)
    with Workspace.open(team) as colleague:
        colleague.add_mapping(entry.ref, "broader", candidate, author="Kim")
    seen: list[str] = []

    def keep_theirs(box: QDialog) -> None:
        assert isinstance(box, QMessageBox)
        seen.append(f"{box.text()} {box.informativeText()}")
        click(box, "Keep theirs")
    when_modal(keep_theirs, QMessageBox)
    steps = window.undo_stack.count()
    qtbot.keyClick(view, Qt.Key.Key_1)
    assert "changed by Kim at" in seen[0] and "(now: broader)" in seen[0]
    decided = window.workspace.mapping_between(entry.ref, candidate)
    assert decided is not None and decided.predicate is Predicate.BROADER and decided.author == "Kim"
    # Nothing was recorded, so there is nothing to undo: Ctrl+Z must not put back what the pair held before Kim.
    assert window.undo_stack.count() == steps
    window.activateWindow()  # back from the message box
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    decided = window.workspace.mapping_between(entry.ref, candidate)
    assert decided is not None and decided.predicate is Predicate.BROADER and decided.author == "Kim"

    with Workspace.open(team) as colleague:
        colleague.add_mapping(entry.ref, "related", candidate, author="Kim")

    def mine(box: QDialog) -> None:
        assert isinstance(box, QMessageBox)
        click(box, "Record mine")
    when_modal(mine, QMessageBox)
    window.activateWindow()  # back from the message box
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(mapper.source_view, Qt.Key.Key_1)
    decided = window.workspace.mapping_between(entry.ref, candidate)
    assert decided is not None and decided.predicate is Predicate.EXACT and decided.author == "Test Author"


def test_sync_from_the_file_menu_reports_a_conflict_and_the_decisions_tab_lists_it(
        qtbot: QtBot, window: MainWindow, team: str) -> None:
    laptop = window.workspace.path
    window.workspace.close()
    laptop.unlink()
    sync(laptop, team)  # the laptop copy, as `workbench sync` makes it
    assert window.open_workspace(laptop)
    window.decide(Ref("alpha", "incident"), Predicate.NARROWER, Ref("beta", "storning"), False, "")
    with Workspace.open(team) as office:
        office.add_mapping("alpha:incident", "broader", "beta:storning", author="Anna")
        office.add_mapping("alpha:service-level-agreement", "exact", "beta:anvandarstod", author="Anna")
    summary: list[str] = []

    def start(dialog: QDialog) -> None:
        assert dialog.findChild(QLineEdit, "sync-local").text() == str(laptop)
        remote = dialog.findChild(QComboBox, "sync-remote")
        remote.lineEdit().selectAll()
        qtbot.keyClicks(remote.lineEdit(), team)
        (button,) = [b for b in dialog.findChildren(QPushButton) if b.text().replace("&", "") == "Sync"]
        QTest.mouseClick(button, Qt.MouseButton.LeftButton)
    when_modal(start)
    action = window.findChild(QAction, "sync")
    assert action is not None
    action.trigger()

    def box_shown() -> bool:
        box = window.findChild(QMessageBox, "sync-summary")
        if box is not None and box.isVisible():
            summary.append(f"{box.text()}\n{box.informativeText()}")
            click(box, "OK")
            return True
        return False
    qtbot.waitUntil(box_shown, timeout=30_000)
    assert summary[0].startswith(f"synced {laptop} with {team}: 0 decision(s) sent, 1 received, 1 conflict(s)")
    assert "conflict: alpha:incident – beta:storning: here narrower by Test Author" in summary[0]
    assert window.workspace.mapping_between("alpha:service-level-agreement", "beta:anvandarstod") is not None
    assert window.mapping_model.rowCount() == 2
    window.tabs.setCurrentWidget(window.decisions_page)
    combo = window.relation_filter
    combo.setFocus()
    while combo.currentData() != CONFLICTS:
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert window.mapping_model.rowCount() == 1
    assert "(conflict)" in window.mapping_model.index(0, 2).data()


def refusals(window: MainWindow) -> list[str]:
    """The texts of the boxes the window opened (not exec'd) to say an undo or redo changed nothing."""
    return [box.text() for box in window.findChildren(QMessageBox) if box.isVisible()]


def test_undo_and_redo_never_overwrite_a_colleagues_later_decision(qtbot: QtBot, window: MainWindow,
                                                                   team: str) -> None:
    open_team(qtbot, window, team)
    window.guard.poll_timer.stop()  # the colleague decides between our decision and our Ctrl+Z
    view, entry, candidate = first_pair(qtbot, window)
    steps = window.undo_stack.count()
    qtbot.keyClick(view, Qt.Key.Key_2)  # close
    mine = window.workspace.mapping_between(entry.ref, candidate)
    assert mine is not None and mine.predicate is Predicate.CLOSE and window.undo_stack.count() == steps + 1

    # Undo and redo of our own decision, with nobody in between, work as ever.
    ctrl = Qt.KeyboardModifier.ControlModifier
    qtbot.keyClick(view, Qt.Key.Key_Z, ctrl)
    assert window.workspace.mapping_between(entry.ref, candidate) is None
    qtbot.keyClick(view, Qt.Key.Key_Z, ctrl | Qt.KeyboardModifier.ShiftModifier)
    redone = window.workspace.mapping_between(entry.ref, candidate)
    assert redone is not None and redone.predicate is Predicate.CLOSE

    with Workspace.open(team) as colleague:
        colleague.add_mapping(entry.ref, "narrower", candidate, author="Kim", comment="Kim's reading")
    qtbot.keyClick(view, Qt.Key.Key_Z, ctrl)
    kept = window.workspace.mapping_between(entry.ref, candidate)
    assert kept is not None and (kept.predicate, kept.author, kept.comment) == (Predicate.NARROWER, "Kim",
                                                                                "Kim's reading")
    assert any("changed by Kim at" in text for text in refusals(window))
    assert window.undo_stack.count() == steps  # the step is gone: no later Ctrl+Z or redo can bring ours back
    qtbot.keyClick(view, Qt.Key.Key_Z, ctrl | Qt.KeyboardModifier.ShiftModifier)
    kept = window.workspace.mapping_between(entry.ref, candidate)
    assert kept is not None and kept.author == "Kim"


def test_undoing_a_delete_never_overwrites_a_colleagues_decision_made_since(qtbot: QtBot, window: MainWindow,
                                                                           team: str) -> None:
    open_team(qtbot, window, team)
    window.guard.poll_timer.stop()
    window.decide(Ref("alpha", "incident"), Predicate.CLOSE, Ref("beta", "storning"), False, "")
    window.tabs.setCurrentWidget(window.decisions_page)
    view = window.mapping_view
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(window.mapping_model.index(0, 0))
                     .center())
    qtbot.keyClick(view, Qt.Key.Key_Delete)  # the Delete button's key: it clicks after its 100 ms animation
    qtbot.waitUntil(lambda: window.workspace.mapping_between("alpha:incident", "beta:storning") is None)
    with Workspace.open(team) as colleague:
        colleague.add_mapping("alpha:incident", "related", "beta:storning", author="Kim")
    qtbot.keyClick(view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    kept = window.workspace.mapping_between("alpha:incident", "beta:storning")
    assert kept is not None and kept.predicate is Predicate.RELATED and kept.author == "Kim"
    assert any("changed by Kim at" in text for text in refusals(window))


def test_changing_a_relation_in_the_decisions_tab_never_overwrites_a_colleagues_change(
        qtbot: QtBot, window: MainWindow, team: str) -> None:
    open_team(qtbot, window, team)
    window.guard.poll_timer.stop()  # the colleague changes it while the tab shows the old decision
    window.decide(Ref("alpha", "incident"), Predicate.CLOSE, Ref("beta", "storning"), False, "")
    window.tabs.setCurrentWidget(window.decisions_page)
    view = window.mapping_view
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(window.mapping_model.index(0, 0))
                     .center())
    with Workspace.open(team) as colleague:
        colleague.add_mapping("alpha:incident", "broader", "beta:storning", author="Kim")
    window.relation_edit.setCurrentIndex(window.relation_edit.findText("related"))
    seen: list[str] = []

    def ok(box: QDialog) -> None:
        assert isinstance(box, QMessageBox)
        seen.append(box.text())
        click(box, "OK")
    when_modal(ok, QMessageBox)
    (change,) = [b for b in window.decisions_page.findChildren(QPushButton) if b.text() == "Change relation"]
    qtbot.mouseClick(change, Qt.MouseButton.LeftButton)
    assert "changed by Kim at" in seen[0]
    decided = window.workspace.mapping_between("alpha:incident", "beta:storning")
    assert decided is not None and decided.predicate is Predicate.BROADER
    assert "broader" in window.mapping_model.index(0, 2).data()  # theirs, shown
