"""The window half of `workbench --self-test`: the main window opens on the self-test's workspace, offscreen.

A frozen build can lack a Qt platform plugin, a style or a bundled icon that the Qt-free core never touches;
this opens the real window with its welcome panel and menus and checks they came up.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from workbench.selftest import REQUIRED, SelfTestError
from workbench.workspace import Workspace


def run_window_self_test(folder: Path) -> list[str]:
    """Open the workspace the core self-test left in `folder` in the main window; one line per check passed."""
    # Before Qt loads: no window appears, and no display is needed (CI, a build server).
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QApplication

    from ui.icon import app_icon
    from ui.main_window import MainWindow
    from ui.welcome import WelcomePanel, show_welcome

    app = QApplication.instance() or QApplication(sys.argv[:1])
    icon = app_icon()
    if icon.isNull():
        raise SelfTestError(REQUIRED(what="the application icon is missing from the bundled resources"))
    workspace = Workspace.open(folder / "self-test.workbench")
    try:
        window = MainWindow(workspace)
        window.show()
        panel = show_welcome(window)
        app.processEvents()
        if not isinstance(panel, WelcomePanel) or not window.isVisible():
            raise SelfTestError(REQUIRED(what="the main window or its welcome panel did not open"))
        if not panel.show_align():
            raise SelfTestError(REQUIRED(what="the welcome panel cannot reach the Mapper"))
        tabs = [window.tabs.tabText(index).replace("&", "") for index in range(window.tabs.count())]
        menus = [action.text().replace("&", "") for action in window.menuBar().actions()]
        window.mapper.wait_for_jobs()
        window.close()
        window.deleteLater()
        app.processEvents()
    finally:
        workspace.close()
    return [f"window: {QGuiApplication.platformName()} platform, tabs {', '.join(tabs)}; menus {', '.join(menus)}"]
