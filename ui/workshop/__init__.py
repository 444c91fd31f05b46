"""Workshop mode: a facilitator projects candidate pairs and the room decides them, one at a time.

`install(window)` is the main window's only hook: it adds "Start workshop…" (F5) to the Mapping menu and a toolbar.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QIcon, QKeySequence
from PySide6.QtWidgets import QDialog, QMenu, QStyle

from ui.translations import translate
from ui.workshop.agenda import AgendaDialog
from ui.workshop.controller import Workshop
from workbench.domain import Suggestion

if TYPE_CHECKING:
    from ui.main_window import MainWindow


class WorkshopLauncher(QObject):
    """Owns the running workshop of one main window (at most one at a time)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.workshop: Workshop | None = None
        self.dialog: AgendaDialog | None = None
        icon: QIcon = window.style().standardIcon(QStyle.StandardPixmap.SP_MediaPlay)
        self.action = QAction(icon, translate("Workshop", "Start &workshop…"), window)
        self.action.setShortcut(QKeySequence("F5"))
        self.action.setToolTip(
            translate("Workshop", "Start a workshop: project candidate pairs and decide them with the room (F5)")
        )
        self.action.setObjectName("start-workshop")
        self.action.triggered.connect(lambda _checked=False: self.ask_and_start())

    def ask_and_start(self) -> Workshop | None:
        mapper = getattr(self.window, "mapper", None)
        self.dialog = AgendaDialog(self.window.workspace, mapper, self.window)
        try:
            if self.dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            return self.start(self.dialog.agenda(), self.dialog.facilitator())
        finally:
            self.dialog.wait_for_jobs()
            self.dialog.deleteLater()
            self.dialog = None

    def start(self, items: list[Suggestion], facilitator: str, *, show: bool = True) -> Workshop:
        if self.workshop is not None:
            self.workshop.dispose()
        self.workshop = Workshop(self.window, items, facilitator, self)
        if show:
            self.workshop.show(self.window.screen())
        return self.workshop


def install(window: MainWindow) -> WorkshopLauncher:
    """Add "Start workshop…" to the window's Mapping menu (else a Workshop menu) and to a toolbar."""
    launcher = WorkshopLauncher(window)
    menus = [action.menu() for action in window.menuBar().actions()]
    mapping = next((m for m in menus if isinstance(m, QMenu) and m.objectName() == "mapping-menu"), None)
    if mapping is None:
        mapping = window.menuBar().addMenu(translate("Workshop", "&Workshop"))
    mapping.addSeparator()
    mapping.addAction(launcher.action)
    toolbar = window.addToolBar(translate("Workshop", "Workshop"))
    toolbar.setObjectName("workshop-toolbar")
    toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)  # a lone icon says too little
    toolbar.addAction(launcher.action)
    return launcher


__all__ = ["Workshop", "WorkshopLauncher", "install"]
