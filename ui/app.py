"""Starting the desktop application: the QApplication, the first workspace, the main window."""

from __future__ import annotations

import sys
from pathlib import Path

from platformdirs import user_data_path
from PySide6.QtWidgets import QApplication, QMessageBox

from ui.icon import app_icon
from ui.main_window import MainWindow
from ui.messages import error_text
from ui.settings import APP_NAME, apply_preferences, load_preferences
from ui.translations import install_translator
from ui.welcome import show_welcome, wants_welcome
from ui.workspace_guard import NotOpenedError, open_workspace
from workbench import __version__, catalogue
from workbench.errors import WorkbenchError
from workbench.workspace import Workspace


def demo_workspace_path() -> Path:
    return user_data_path("framework-workbench", appauthor=False) / "demo.workbench"


def first_workspace(requested: str | None) -> Workspace:
    """The workspace named on the command line, else the demo workspace (created on first run)."""
    if requested:
        return open_workspace(None, requested)
    path = demo_workspace_path()
    if path.exists():
        return open_workspace(None, path)
    path.parent.mkdir(parents=True, exist_ok=True)
    return Workspace.create(path, [f for f in catalogue.load_bundled() if f.key in catalogue.DEFAULT_SELECTION])


INTERFACE_SWITCH_INTERVAL = 0.001
"""Seconds a Python thread may hold the GIL before another that waits gets it (Python's default is 0.005).
Background jobs (suggestions, reading a file to import) are Python threads; with two of them busy, the default
let them pass the GIL between each other and left the interface waiting: the import preview of a 50,000-row
workbook, started while suggestions were computed, stalled the window for 1.2-2.9 s at the default and for
0.4-0.6 s at 1 ms, in three runs each; the jobs took no longer."""


def main(workspace_path: str | None = None) -> int:
    sys.setswitchinterval(INTERFACE_SWITCH_INTERVAL)
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName("framework-workbench")
    app.setWindowIcon(app_icon())
    preferences = load_preferences()
    install_translator(app, preferences.language)  # before any widget is built: texts are read as they are made
    apply_preferences(preferences)  # theme, font size, and the author recorded on decisions
    try:
        workspace = first_workspace(workspace_path)
    except NotOpenedError:  # open in another window, and the person chose not to open it here
        return 0
    except WorkbenchError as error:
        QMessageBox.critical(None, APP_NAME, error_text(error))
        print(f"workbench: error: {error}", file=sys.stderr)
        return 1
    window = MainWindow(workspace)
    window.show()
    if wants_welcome(workspace.path, demo_workspace_path()):
        show_welcome(window)
    result: int = app.exec()
    workspace.close()
    return result
