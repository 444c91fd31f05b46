"""The workshop's keys and buttons, each pressed or clicked as the facilitator does (issue 24): T, F6, Ctrl+E,
Enter and Esc, the presenter's buttons and its agenda, with what each shows and what the workspace records."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QModelIndex, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from tests.test_ui_workshop import FACILITATOR, bundled_pair, press, ten_item_agenda, window  # noqa: F401
from ui.main_window import MainWindow
from ui.workshop import WorkshopLauncher
from ui.workshop.controller import Workshop
from ui.workshop.session import ItemStatus
from workbench.domain import Predicate

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def workshop(qtbot: QtBot, window: MainWindow) -> Iterator[Workshop]:  # noqa: F811
    """A ten-item workshop on one screen, the audience view active (the presenter view hidden until F6)."""
    launcher = window.findChild(WorkshopLauncher)
    assert launcher is not None
    dialog, items = ten_item_agenda(qtbot, window)
    started = launcher.start(items, FACILITATOR)
    dialog.wait_for_jobs()
    active(qtbot, started.audience)
    assert not started.presenter.isVisible()
    yield started


def active(qtbot: QtBot, widget: QWidget) -> None:
    widget.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is widget)


def when_asked(qtbot: QtBot, answer: Callable[[QMessageBox], None], asked: list[str]) -> None:
    """Answer the next message box as the user would, once it is up (it runs its own event loop)."""
    def look() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(10, look)
            return
        asked.append(box.text())
        answer(box)

    QTimer.singleShot(0, look)


def test_t_switches_the_timer_and_f6_shows_and_hides_the_presenter_view(
    qtbot: QtBot, workshop: Workshop
) -> None:
    session, audience, presenter = workshop.session, workshop.audience, workshop.presenter
    assert session.remaining() is None and audience.clock.text() == ""
    press(qtbot, audience, "T")
    assert presenter.timer_box.isChecked() and session.timer_seconds == 5 * 60
    assert audience.clock.text() == "5:00" and presenter.timer_label.text() == "5:00 left"
    press(qtbot, audience, "T")
    assert not presenter.timer_box.isChecked() and session.remaining() is None
    assert audience.clock.text() == "" and presenter.timer_label.text() == ""

    press(qtbot, audience, "F6")  # one screen: F6 brings the presenter view up...
    qtbot.waitUntil(lambda: QApplication.activeWindow() is presenter)
    assert presenter.isVisible() and presenter.progress.text().startswith("Item 1 of 10")
    press(qtbot, presenter, "T")  # ...where the workshop's keys work too
    assert session.timer_seconds == 5 * 60
    press(qtbot, presenter, "F6")  # ...and takes it away again, back to the room's view
    qtbot.waitUntil(lambda: QApplication.activeWindow() is audience)
    assert not presenter.isVisible() and audience.isVisible()


def test_ctrl_e_in_the_presenter_view_enter_keeps_the_rationale_and_the_decision_records_it(
    qtbot: QtBot, window: MainWindow, workshop: Workshop  # noqa: F811
) -> None:
    session, audience, presenter = workshop.session, workshop.audience, workshop.presenter
    items = session.items
    press(qtbot, audience, "F6")
    qtbot.waitUntil(lambda: QApplication.activeWindow() is presenter)
    press(qtbot, presenter, "Ctrl+E")
    assert presenter.rationale_edit.hasFocus()
    qtbot.keyClicks(presenter.rationale_edit, "the narrower one is a kind of 4")  # the digit is typed, not decided
    qtbot.keyClick(presenter.rationale_edit, Qt.Key.Key_Return)
    assert presenter.hasFocus() and session.status(0) is ItemStatus.OPEN
    assert audience.rationale.text() == "Rationale: the narrower one is a kind of 4"
    press(qtbot, presenter, "4")
    decision = window.workspace.mapping_between(items[0].subject, items[0].object)
    assert decision is not None and decision.predicate is Predicate.NARROWER
    assert (decision.comment, decision.author) == ("the narrower one is a kind of 4", FACILITATOR)
    assert session.current == 1 and presenter.rationale_edit.text() == ""  # the next item has its own line


def test_the_presenter_s_buttons_and_agenda_answer_the_mouse(
    qtbot: QtBot, window: MainWindow, workshop: Workshop  # noqa: F811
) -> None:
    session, presenter = workshop.session, workshop.presenter
    items = session.items
    presenter.show()
    qtbot.waitExposed(presenter)
    active(qtbot, presenter)
    buttons = presenter.buttons_by_key
    qtbot.mouseClick(buttons["K"], LEFT)  # park the first item
    assert session.status(0) is ItemStatus.PARKED and session.current == 1
    qtbot.mouseClick(buttons["X"], LEFT)  # the second is not a match
    rejected = window.workspace.mapping_between(items[1].subject, items[1].object)
    assert rejected is not None and rejected.negated and rejected.author == FACILITATOR
    assert session.current == 2
    qtbot.mouseClick(buttons["N"], LEFT)
    qtbot.mouseClick(buttons["N"], LEFT)
    qtbot.mouseClick(buttons["P"], LEFT)
    assert session.current == 3
    qtbot.mouseClick(buttons["Ctrl+Z"], LEFT)  # undo the "not a match": the room goes back to that item
    assert window.workspace.mapping_between(items[1].subject, items[1].object) is None
    assert session.current == 1 and session.status(1) is ItemStatus.OPEN
    qtbot.mouseClick(buttons["C"], LEFT)
    assert workshop.audience.theme.key == "contrast-light"

    # A double-click on an agenda row takes the room to that item; the keyboard stays with the workshop.
    view, model = presenter.agenda_view, presenter.agenda_model
    target: QModelIndex = model.index(7, 2)
    view.scrollTo(target)
    where = view.visualRect(target).center()
    qtbot.mouseClick(view.viewport(), LEFT, pos=where)
    qtbot.mouseDClick(view.viewport(), LEFT, pos=where)
    assert session.current == 7 and workshop.audience.progress.text() == "Item 8 of 10"
    assert presenter.hasFocus()


def test_esc_leaves_the_rationale_line_first_then_asks_before_ending(
    qtbot: QtBot, window: MainWindow, workshop: Workshop  # noqa: F811
) -> None:
    session, audience = workshop.session, workshop.audience
    items = session.items
    press(qtbot, audience, "Ctrl+E")  # one screen: the line opens on the audience view
    assert audience.rationale_edit.isVisible() and audience.rationale_edit.hasFocus()
    qtbot.keyClicks(audience.rationale_edit, "same thing")
    asked: list[str] = []
    when_asked(qtbot, lambda box: qtbot.keyClick(box, Qt.Key.Key_Escape), asked)  # in case it asks (wrongly)
    qtbot.keyClick(audience.rationale_edit, Qt.Key.Key_Escape)
    assert not audience.rationale_edit.isVisible() and audience.rationale.text() == "Rationale: same thing"
    assert not session.ended
    press(qtbot, audience, "1")
    assert window.workspace.mapping_between(items[0].subject, items[0].object).comment == "same thing"
    assert asked == []  # Esc in the line did not ask to end the workshop

    press(qtbot, audience, "Esc")  # asks; Esc in the question answers No: the workshop goes on
    assert asked == ["End the workshop and show its summary?"]
    assert not session.ended and audience.isVisible()
    active(qtbot, audience)  # the offscreen platform activates no window after a dialog closes; a desktop does

    def yes(box: QMessageBox) -> None:
        button = box.button(QMessageBox.StandardButton.Yes)
        qtbot.mouseClick(button, LEFT)

    when_asked(qtbot, yes, asked)
    press(qtbot, audience, "Esc")
    assert len(asked) == 2 and session.ended
    assert not audience.isVisible() and workshop.summary_dialog is not None and workshop.summary_dialog.isVisible()
    assert "1 decided, 0 parked, 9 left open" in workshop.summary_dialog.headline.text()
    [decision] = window.workspace.mappings()
    assert (decision.comment, decision.author) == ("same thing", FACILITATOR)
