"""Alt keys in English, the default language: on every tab of the main window, each Alt key on show (menus, tabs,
buttons, labelled fields) does one thing, and the tab's own Alt key shows it. Qt gives a key two of them share to
each in turn, so Alt+H showed the Checks tab on one press and opened the Help menu on the next."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from tests.conftest import DATA
from tests.test_ui_swedish_everywhere import alt_keys, mnemonic, press
from ui.main_window import MainWindow
from workbench.catalogue import load_file
from workbench.workspace import Workspace


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path) -> Iterator[MainWindow]:
    workspace = Workspace.create(tmp_path / "ws.workbench", [load_file(DATA / "alpha.toml"),
                                                             load_file(DATA / "beta.toml")])
    main = MainWindow(workspace)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    main.activateWindow()
    qtbot.waitUntil(main.isActiveWindow)
    yield main
    main.wait_for_jobs()
    main.workspace.close()


def test_every_alt_key_on_show_does_one_thing_and_each_tab_has_its_own(qtbot: QtBot, window: MainWindow) -> None:
    tabs = window.tabs
    for index in range(tabs.count()):
        page = tabs.widget(index)
        for _press in range(2):  # a key shared with a menu would open the menu on the second press
            press(qtbot, tabs.currentWidget(), f"Alt+{mnemonic(tabs.tabText(index))}")
            assert tabs.currentWidget() is page, tabs.tabText(index)
        shared = {key: texts for key, texts in alt_keys(window).items() if len(texts) > 1}
        assert shared == {}, f"on the tab {tabs.tabText(index)!r}, one Alt key for several things: {shared}"
