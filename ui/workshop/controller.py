"""Running a workshop: the session, the audience and presenter windows on the right screens, and the keys.

The keys are one set of actions added to both windows, so whichever window has the focus, 1–5 and X decide,
N and P move, K parks, Ctrl+Z undoes — the mapper's keys, plus the workshop's own.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence, QScreen
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox, QWidget

from ui.mapper import DECISION_KEYS
from ui.translations import translate
from ui.workshop.audience import AudienceView
from ui.workshop.presenter import PresenterView
from ui.workshop.session import Host, Summary, WorkshopSession
from ui.workshop.summary import SummaryDialog
from workbench.domain import Predicate, Suggestion


def projector_and_laptop(home: QScreen | None) -> tuple[QScreen, QScreen | None]:
    """The screen for the audience, and the one for the presenter view (None when there is only one screen).

    With two or more screens the room gets one that is not the main window's (the projector) and the facilitator
    keeps the main window's own screen.
    """
    screens = QGuiApplication.screens()
    home = home or QGuiApplication.primaryScreen()
    others = [screen for screen in screens if screen is not home]
    if others:
        return others[0], home
    return home, None


class Workshop(QObject):
    def __init__(self, host: Host, items: list[Suggestion], facilitator: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = WorkshopSession(host, items, facilitator, parent=self)
        self.audience = AudienceView(self.session)
        self.presenter = PresenterView(self.session)
        self.summary: Summary | None = None
        self.summary_dialog: SummaryDialog | None = None
        self.two_screens = False
        self.actions_by_key: dict[str, QAction] = {}
        self.presenter.buttons_by_key.clear()
        for key, predicate, text, tip in DECISION_KEYS:
            self._action("{} [{}]".format(translate("Mapper", text), key), translate("Mapper", tip), key,
                         self._decider(predicate), button=True)
        self._action(translate("Workshop", "Park [K]"), translate("Workshop", "Park: defer this item and move on"),
                     "K", self.session.park, button=True)
        self._action(translate("Workshop", "Previous [P]"), translate("Workshop", "The previous item of the agenda"),
                     "P", lambda: self.session.step(-1),
                     button=True, second_row=True)
        self._action(translate("Workshop", "Next [N]"), translate("Workshop", "The next item of the agenda"), "N",
                     lambda: self.session.step(+1), button=True,
                     second_row=True)
        self._action(
            translate("Workshop", "Undo [Ctrl+Z]"),
            translate("Workshop", "Undo the last decision (the main window's undo)"),
            "Ctrl+Z",
            self.session.undo,
            button=True,
            second_row=True,
        )
        self._action(
            translate("Workshop", "Rationale [Ctrl+E]"),
            translate("Workshop", "Type the rationale for the current item"),
            "Ctrl+E",
            self.edit_rationale,
        )
        self._action(
            translate("Workshop", "Contrast [C]"),
            translate("Workshop", "Audience view: normal, black on white, white on black"),
            "C",
            self.audience.toggle_theme,
            button=True,
            second_row=True,
        )
        self._action(
            translate("Workshop", "Timer [T]"),
            translate("Workshop", "Switch the per-item timer on or off"),
            "T",
            self.presenter.timer_box.toggle,
        )
        self._action(
            translate("Workshop", "Presenter view [F6]"),
            translate("Workshop", "Show the presenter view (one screen)"),
            "F6",
            self.show_presenter,
        )
        self._action(
            translate("Workshop", "End workshop [Esc]"),
            translate("Workshop", "End the workshop and show its summary"),
            "Esc",
            self.end_asked,
            button=True,
            second_row=True,
        )
        self.presenter.refresh()  # its buttons exist now: broader and narrower name the first item
        self._clock = QTimer(self)
        self._clock.setInterval(1000)
        self._clock.timeout.connect(self._tick)
        self._clock.start()

    def _decider(self, predicate: Predicate | None) -> Callable[[], object]:
        return lambda: self.session.decide(predicate)

    def _action(
        self,
        text: str,
        tip: str,
        key: str,
        slot: Callable[[], object],
        *,
        button: bool = False,
        second_row: bool = False,
    ) -> QAction:
        action = QAction(text, self)
        action.setToolTip(tip)
        action.setShortcut(QKeySequence(key))
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(lambda _checked=False: slot())
        self.audience.addAction(action)
        self.presenter.addAction(action)
        if button:
            self.presenter.buttons_by_key[key] = self.presenter.add_button(text, tip, action.trigger, second_row)
        self.actions_by_key[key] = action
        return action

    # --- windows --------------------------------------------------------------------------------------------------

    def show(self, home: QScreen | None = None) -> None:
        audience_screen, laptop = projector_and_laptop(home)
        self.two_screens = laptop is not None
        self.audience.setScreen(audience_screen)
        self.audience.setGeometry(audience_screen.geometry())
        self.audience.showFullScreen()
        if laptop is not None:
            self.presenter.setScreen(laptop)
            self.presenter.move(laptop.availableGeometry().topLeft())
            self.presenter.show()
            self.presenter.activateWindow()
        else:
            self.audience.activateWindow()
            self.audience.setFocus()

    def show_presenter(self) -> None:
        if self.presenter.isVisible() and not self.two_screens:
            self.presenter.hide()
            self.audience.activateWindow()
        else:
            self.presenter.show()
            self.presenter.raise_()
            self.presenter.activateWindow()

    def edit_rationale(self) -> None:
        if self.presenter.isVisible():
            self.presenter.activateWindow()
            self.presenter.rationale_edit.setFocus()
            self.presenter.rationale_edit.selectAll()
        else:
            self.audience.edit_rationale()

    def _tick(self) -> None:
        if self.session.timer_seconds:
            self.audience.tick()
            self.presenter.tick()

    # --- ending -------------------------------------------------------------------------------------------------

    def end_asked(self) -> None:
        focused = QApplication.focusWidget()
        if isinstance(focused, QLineEdit):  # Esc while typing the rationale only leaves the line
            if focused is self.audience.rationale_edit:
                self.audience.finish_rationale()
            else:
                self.presenter.setFocus()
            return
        parent = self.presenter if self.presenter.isVisible() else self.audience
        answer = QMessageBox.question(
            parent,
            translate("Workshop", "End workshop"),
            translate("Workshop", "End the workshop and show its summary?"),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.end()

    def end(self, parent: QWidget | None = None) -> Summary:
        self.summary = self.session.end()
        self._clock.stop()
        self.session.close()
        self.audience.close()
        self.presenter.close()
        self.summary_dialog = SummaryDialog(self.summary, parent)
        self.summary_dialog.show()
        return self.summary

    def dispose(self) -> None:
        """Free the windows (tests, and a new workshop replacing this one)."""
        self.session.close()
        self._clock.stop()
        for widget in (self.audience, self.presenter, self.summary_dialog):
            if widget is not None:
                widget.close()
                widget.deleteLater()
