"""The desktop window opens on a workspace and shows what it holds."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from ui.main_window import MainWindow
from workbench.workspace import Workspace


def test_main_window_lists_the_frameworks_of_the_workspace(qtbot: QtBot, workspace: Workspace) -> None:
    window = MainWindow(workspace)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    tree = window.frameworks
    rows = [[tree.topLevelItem(i).text(c) for c in range(4)] for i in range(tree.topLevelItemCount())]
    assert rows == [["Alpha Service Method", "2", "1", "2"], ["Beta Förvaltning", "1", "1", "1"]]
    assert window.windowTitle().startswith("ws.db")
