"""Main windows in UI tests, opened and closed as the application does."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from ui.main_window import MainWindow
from ui.workshop import WorkshopLauncher
from workbench.workspace import Workspace


def shown_window(qtbot: QtBot, path: Path) -> MainWindow:
    """A main window on the workspace file at `path`, shown and exposed."""
    window = MainWindow(Workspace.open(path))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def finish_window(window: MainWindow, *, close: bool = False) -> None:
    """End a test's window: its workshop windows freed, its background work finished, its workspace closed
    (`close`: the window closed first, as the user closes it)."""
    launcher = window.findChild(WorkshopLauncher)
    if launcher is not None and launcher.workshop is not None:
        launcher.workshop.dispose()
    window.wait_for_jobs()
    if close:
        window.close()
    window.workspace.close()
