"""Preferences round-trip through settings and take effect; the welcome panel leads into each view."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtGui import QAction, QKeySequence, QPalette
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

import ui.app
import ui.files.save_workbook
from ui.files.save_workbook import save_workbook
from ui.main_window import MainWindow
from ui.preferences import PreferencesDialog
from ui.settings import (
    Preferences,
    apply_font_scale,
    apply_preferences,
    load_preferences,
    save_preferences,
)
from ui.welcome import HIDDEN_KEY, WelcomePanel, find_action, find_tab, show_welcome, wants_welcome
from workbench.domain import Predicate, Ref
from workbench.workspace import Workspace


@pytest.fixture
def store(tmp_path: Path) -> QSettings:
    """Settings in a file of this test's own, so no test sees another's."""
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def window(qtbot: QtBot, workspace: Workspace) -> Iterator[MainWindow]:
    main = MainWindow(workspace)
    qtbot.addWidget(main)
    main.show()
    yield main
    main.wait_for_jobs()


@pytest.fixture
def restore_look(qapp: QApplication, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv("WORKBENCH_AUTHOR", "Test Author")
    yield
    apply_preferences(Preferences(theme="light"))  # later tests start from the usual look and size


CHOSEN = Preferences(author="Kim Berg", theme="dark", font_scale=130, language="sv", export_folder="/tmp/exports")


def test_preferences_round_trip_through_settings(store: QSettings) -> None:
    assert load_preferences(store) == Preferences()
    save_preferences(CHOSEN, store)
    again = QSettings(store.fileName(), QSettings.Format.IniFormat)
    assert load_preferences(again) == CHOSEN


def test_out_of_range_settings_fall_back_to_sensible_values(store: QSettings) -> None:
    store.setValue("theme", "purple")
    store.setValue("preferences/font_scale", 900)
    store.setValue("preferences/language", "tlh")
    loaded = load_preferences(store)
    assert (loaded.theme, loaded.font_scale, loaded.language) == ("system", 200, "system")


def test_the_dialog_shows_and_returns_the_preferences(qtbot: QtBot) -> None:
    dialog = PreferencesDialog(CHOSEN)
    qtbot.addWidget(dialog)
    assert dialog.chosen() == CHOSEN
    dialog.author.setText("  Ada  ")
    dialog.theme.setCurrentIndex(dialog.theme.findData("light"))
    dialog.font_scale.setValue(90)
    assert dialog.chosen() == Preferences("Ada", "light", 90, "sv", "/tmp/exports")


def test_the_author_preference_is_recorded_on_decisions(window: MainWindow, restore_look: None) -> None:
    apply_preferences(Preferences(author="Kim Berg"))
    window.decide(Ref("alpha", "incident"), Predicate.CLOSE, Ref("beta", "storning"), False, "")
    assert [mapping.author for mapping in window.workspace.mappings()] == ["Kim Berg"]
    apply_preferences(Preferences(author=""))
    assert os.environ["WORKBENCH_AUTHOR"] == "Test Author"  # back to what the environment said at start


def test_theme_and_font_scale_take_effect(qapp: QApplication, restore_look: None) -> None:
    base = qapp.font().pointSizeF()
    apply_preferences(Preferences(theme="dark", font_scale=150))
    assert qapp.palette().color(QPalette.ColorRole.Window).lightness() < 80
    assert qapp.font().pointSizeF() == pytest.approx(base * 1.5)
    apply_font_scale(150)  # scaling again starts from the original size, never compounds
    assert qapp.font().pointSizeF() == pytest.approx(base * 1.5)
    apply_preferences(Preferences(theme="light", font_scale=100))
    assert qapp.palette().color(QPalette.ColorRole.Window).lightness() > 180
    assert qapp.font().pointSizeF() == pytest.approx(base)


def test_edit_menu_has_preferences_on_ctrl_comma(window: MainWindow) -> None:
    action = find_action(window, "preferences")
    assert action is not None
    assert QKeySequence("Ctrl+,") in action.shortcuts()


def test_welcome_buttons_switch_views(window: MainWindow, store: QSettings) -> None:
    panel = show_welcome(window, store)
    assert isinstance(panel, WelcomePanel)
    assert (window.tabs.indexOf(panel), window.tabs.tabText(0), window.tabs.currentWidget()) == (0, "Welcome", panel)
    panel.buttons["Align"].click()
    assert window.tabs.currentWidget() is window.mapper
    glossary = find_tab(window.tabs, "unified glossary")
    assert glossary is not None
    panel.buttons["Unify"].click()
    assert window.tabs.currentWidget() is glossary
    window.tabs.removeTab(window.tabs.indexOf(glossary))  # now as in a window without that view
    window.tabs.setCurrentWidget(panel)
    panel.buttons["Unify"].click()
    assert window.tabs.currentWidget() is panel
    assert "not in this version" in window.statusBar().currentMessage()
    assert show_welcome(window, store) is panel  # asked again: the open panel comes forward, no second one


def test_welcome_export_opens_the_export_dialog(window: MainWindow, store: QSettings, qtbot: QtBot) -> None:
    from ui.files.export_dialog import ExportDialog

    panel = show_welcome(window, store)
    assert panel is not None
    panel.buttons["Export"].click()
    dialog = window.findChild(ExportDialog)
    assert dialog is not None and dialog.isVisible()
    dialog.close()


def test_save_workbook_writes_the_stakeholder_workbook(window: MainWindow, tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "for stakeholders"
    monkeypatch.setattr(ui.files.save_workbook.QFileDialog, "getSaveFileName",
                        lambda *_args: (str(target), "Excel workbooks (*.xlsx)"))
    assert save_workbook(window) is not None
    book = load_workbook(target.with_suffix(".xlsx"), read_only=True)
    assert "Glossary" in book.sheetnames
    book.close()


def test_dont_show_again_is_remembered_and_close_removes_the_panel(
    window: MainWindow, store: QSettings, qtbot: QtBot
) -> None:
    demo = window.workspace.path
    assert wants_welcome(demo, demo, store)
    assert not wants_welcome(demo, demo.with_name("other.workbench"), store)
    panel = show_welcome(window, store)
    assert panel is not None
    panel.hide_next_time.setChecked(True)
    assert store.value(HIDDEN_KEY, False, bool) is True
    assert not wants_welcome(demo, demo, store)
    count = window.tabs.count()
    panel.close_panel()
    assert window.tabs.count() == count - 1
    assert not any(isinstance(window.tabs.widget(i), WelcomePanel) for i in range(window.tabs.count()))


def test_the_first_start_opens_the_demo_workspace_on_the_welcome_panel(
    qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(ui.app, "demo_workspace_path", lambda: tmp_path / "demo.workbench")
    seen: dict[str, object] = {}

    def look_then_close() -> None:
        windows = [w for w in qapp.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
        try:
            seen["tab"] = windows[0].tabs.tabText(windows[0].tabs.currentIndex())
            seen["icon"] = not qapp.windowIcon().isNull()
            windows[0].wait_for_jobs()
        finally:
            for window in windows:  # always end the event loop, whatever was found
                window.close()
                window.deleteLater()

    QTimer.singleShot(0, look_then_close)
    assert ui.app.main(None) == 0
    assert seen == {"tab": "Welcome", "icon": True}
    assert (tmp_path / "demo.workbench").exists()


def test_accepting_the_dialog_stores_applies_and_ticks_the_theme_menu(
    window: MainWindow, restore_look: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    def accept_with_dark_theme(dialog: PreferencesDialog) -> int:
        dialog.theme.setCurrentIndex(dialog.theme.findData("dark"))
        dialog.author.setText("Ada")
        return int(QDialog.DialogCode.Accepted)

    monkeypatch.setattr(PreferencesDialog, "exec", accept_with_dark_theme)
    action = find_action(window, "preferences")
    assert action is not None
    action.trigger()
    assert (load_preferences().theme, load_preferences().author, os.environ["WORKBENCH_AUTHOR"]) == (
        "dark", "Ada", "Ada")
    ticked = [a.text() for a in window.findChildren(QAction) if a.isCheckable() and a.isChecked()
              and a.text() in ("Follow the system", "Light", "Dark")]
    assert ticked == ["Dark"]
    save_preferences(Preferences())  # leave the shared test settings as they were
