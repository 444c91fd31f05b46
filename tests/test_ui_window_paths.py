"""The main window's own paths as a user walks them (issue 24): File → Open recent, the window and dock layout
kept from one start to the next, the undo history dock, and the folder the export dialog offers. Menus are opened
and their items chosen with the mouse, dialogs answered with the keyboard; each test runs on settings of its own."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QSize, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLineEdit,
    QMenu,
    QUndoView,
    QWidget,
)
from pytestqt.qtbot import QtBot

from tests.conftest import DATA
from tests.window_helpers import finish_window, shown_window
from ui.files.export_dialog import ExportDialog
from ui.main_window import MainWindow
from ui.models import Status
from ui.preferences import PreferencesDialog
from workbench.catalogue import load_bundled, load_file
from workbench.domain import FrameworkData, Kind, Predicate, Ref
from workbench.workspace import Workspace

LEFT = Qt.MouseButton.LeftButton
CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier


@pytest.fixture
def own_settings(tmp_path: Path) -> Iterator[Path]:
    """The application's settings (ui.settings.settings(), read by the window and every dialog) in a folder of this
    test's own, as tests/test_ui_preferences.py keeps its store: nothing another test saved is seen here."""
    folder = tmp_path / "settings"
    for format in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(format, QSettings.Scope.UserScope, str(folder))
    yield folder
    for format in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(format, QSettings.Scope.UserScope, os.environ["XDG_CONFIG_HOME"])


@pytest.fixture
def open_window(qtbot: QtBot, own_settings: Path) -> Iterator[Callable[[Path], MainWindow]]:
    """Opens a main window on a workspace file, as a start of the application does; closes them all after."""
    windows: list[MainWindow] = []

    def make(path: Path) -> MainWindow:
        windows.append(shown_window(qtbot, path))
        return windows[-1]

    yield make
    for window in windows:
        finish_window(window)


def new_workspace(path: Path, frameworks: list[FrameworkData] | None = None) -> Path:
    Workspace.create(path, frameworks or [load_file(DATA / "alpha.toml"), load_file(DATA / "beta.toml")]).close()
    return path


def active(qtbot: QtBot, window: QWidget) -> None:
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def words(text: str) -> str:
    return text.replace("&", "")


def open_menu(qtbot: QtBot, window: MainWindow, title: str) -> QMenu:
    """Click a menu's title in the menu bar; the menu it drops down."""
    bar = window.menuBar()
    action = next(a for a in bar.actions() if words(a.text()) == title)
    qtbot.mouseClick(bar, LEFT, pos=bar.actionGeometry(action).center())
    menu = action.menu()
    assert isinstance(menu, QMenu)
    qtbot.waitUntil(menu.isVisible)
    return menu


def click_item(qtbot: QtBot, menu: QMenu, text: str) -> None:
    action = next(a for a in menu.actions() if words(a.text()) == text)
    qtbot.mouseClick(menu, LEFT, pos=menu.actionGeometry(action).center())


def when_shown(qtbot: QtBot, kind: type[QDialog], answer: Callable[[QDialog], None]) -> None:
    """Answer the next dialog of `kind` once it is up and has the keyboard (a modal dialog runs its own event
    loop; its Alt keys only work once it is the active window). An answer that fails closes the dialog, so the
    test fails instead of waiting for it forever."""
    def look() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, kind):
            QTimer.singleShot(10, look)
            return
        try:
            active(qtbot, dialog)
            answer(dialog)
        except BaseException:
            dialog.reject()
            raise

    QTimer.singleShot(0, look)


# --- File → Open recent ---------------------------------------------------------------------------------------


def test_open_recent_lists_the_workspace_opened_before_and_choosing_it_opens_it(
    qtbot: QtBot, tmp_path: Path, open_window: Callable[[Path], MainWindow]
) -> None:
    first, second = new_workspace(tmp_path / "first.workbench"), new_workspace(tmp_path / "second.workbench")
    with Workspace.open(first) as workspace:  # something to tell the first from the second by
        workspace.add_mapping("alpha:incident", "exact", "beta:storning")
    window = open_window(first)
    active(qtbot, window)

    def type_the_name(dialog: QDialog) -> None:  # the file dialog: in the folder, the name typed, a click on Open
        assert isinstance(dialog, QFileDialog)
        line = dialog.findChild(QLineEdit, "fileNameEdit")
        buttons = dialog.findChild(QDialogButtonBox, "buttonBox")
        assert line is not None and buttons is not None
        # The folder as the user would have browsed to it: a whole path typed into Qt's own dialog is taken apart
        # by its completion, which reads the file system in the background and so differs from run to run.
        dialog.setDirectory(str(tmp_path))
        line.setCompleter(None)
        qtbot.keyClicks(line, second.name)
        qtbot.mouseClick(buttons.button(QDialogButtonBox.StandardButton.Open), LEFT)

    when_shown(qtbot, QFileDialog, type_the_name)
    qtbot.keyClick(window, Qt.Key.Key_O, CTRL)  # File → Open workspace…
    assert window.workspace.path == second and window.windowTitle().startswith("second.workbench")
    assert window.mapping_model.rowCount() == 0

    file_menu = open_menu(qtbot, window, "File")
    recent = next(a.menu() for a in file_menu.actions() if words(a.text()) == "Open recent")
    assert isinstance(recent, QMenu)
    assert [a.text() for a in recent.actions()] == [str(second.resolve()), str(first.resolve())]
    click_item(qtbot, file_menu, "Open recent")
    qtbot.waitUntil(recent.isVisible)
    click_item(qtbot, recent, str(first.resolve()))
    assert window.workspace.path == first and window.mapping_model.rowCount() == 1
    assert window.windowTitle().startswith("first.workbench")
    assert [a.text() for a in window.recent_menu.actions()] == [str(first.resolve()), str(second.resolve())]


# --- the layout, from one start to the next --------------------------------------------------------------------


def test_the_window_comes_back_as_it_was_left_size_docks_closed_and_floating(
    qtbot: QtBot, tmp_path: Path, open_window: Callable[[Path], MainWindow]
) -> None:
    path = new_workspace(tmp_path / "ws.workbench")
    window = open_window(path)
    assert window.frameworks_dock.isVisible() and not window.details_dock.isFloating()
    window.resize(1250, 700)
    qtbot.waitUntil(lambda: window.size() == QSize(1250, 700))
    close = window.frameworks_dock.findChild(QAbstractButton, "qt_dockwidget_closebutton")
    float_ = window.details_dock.findChild(QAbstractButton, "qt_dockwidget_floatbutton")
    assert close is not None and float_ is not None
    qtbot.mouseClick(close, LEFT)  # the user closes the frameworks dock
    qtbot.mouseClick(float_, LEFT)  # and floats the details dock beside the window
    assert not window.frameworks_dock.isVisible() and window.details_dock.isFloating()
    view_menu = open_menu(qtbot, window, "View")
    frameworks_item = next(a for a in view_menu.actions() if words(a.text()) == "Frameworks")
    assert not frameworks_item.isChecked()  # the View menu says it is closed, and can bring it back
    view_menu.close()
    window.close()

    again = open_window(path)
    # The height it was left at (the first start takes 800 here); the width is the offscreen screen's 800 pixels,
    # as Qt brings a restored window back within the screen.
    assert again.height() == 700
    assert not again.frameworks_dock.isVisible()
    assert again.details_dock.isVisible() and again.details_dock.isFloating()

    # Back again from the View menu: the next start has it too.
    view_menu = open_menu(qtbot, again, "View")
    click_item(qtbot, view_menu, "Frameworks")
    assert again.frameworks_dock.isVisible()
    again.close()
    third = open_window(path)
    assert third.frameworks_dock.isVisible() and third.details_dock.isFloating()


# --- the undo history dock ---------------------------------------------------------------------------------------


def test_the_undo_history_lists_each_decision_and_clicking_an_earlier_one_undoes_to_there(
    qtbot: QtBot, tmp_path: Path, open_window: Callable[[Path], MainWindow]
) -> None:
    bundled = [framework for framework in load_bundled() if framework.key in ("itil4", "devops")]
    window = open_window(new_workspace(tmp_path / "ws.workbench", bundled))
    mapper = window.mapper
    mapper.choose("itil4", "devops", Kind.TERM)
    qtbot.waitUntil(lambda: not mapper.busy, timeout=20_000)
    view = mapper.source_view
    qtbot.mouseClick(view.viewport(), LEFT, pos=view.visualRect(view.currentIndex()).center())
    decided: list[tuple[Ref, Ref]] = []
    for key in (Qt.Key.Key_1, Qt.Key.Key_2, Qt.Key.Key_3):  # three pairs decided from the keyboard
        entry, candidate = mapper.current_entry(), mapper.current_candidate()
        assert entry is not None and candidate is not None
        qtbot.keyClick(view, key)
        decided.append((entry.ref, candidate))
    assert window.workspace.count_mappings() == 3 and len(set(decided)) == 3

    assert not window.history_dock.isVisible()
    click_item(qtbot, open_menu(qtbot, window, "Edit"), "Undo history")
    assert window.history_dock.isVisible()
    history = window.history_dock.widget()
    assert isinstance(history, QUndoView)
    model = history.model()
    listed = [model.index(row, 0).data() for row in range(model.rowCount())]
    assert listed == ["<empty>", *(f"{subject} {relation} {obj}" for (subject, obj), relation
                                   in zip(decided, ("exact", "close", "broader"), strict=True))]
    assert history.currentIndex().row() == 3  # the state now: after the third

    where = history.visualRect(model.index(1, 0)).center()
    qtbot.mouseClick(history.viewport(), LEFT, pos=where)  # back to just after the first decision
    assert window.undo_stack.index() == 1
    first = window.workspace.mapping_between(*decided[0])
    assert first is not None and first.predicate is Predicate.EXACT
    assert [window.workspace.mapping_between(*pair) for pair in decided[1:]] == [None, None]
    assert window.mapping_model.rowCount() == 1  # the decisions tab shows it
    source = mapper.source_model
    statuses = [source.status(source.value(source.row_of(subject))) for subject, _candidate in decided]
    assert statuses == [Status.MAPPED, Status.UNREVIEWED, Status.UNREVIEWED]  # and so does the mapper's list

    qtbot.mouseClick(history.viewport(), LEFT, pos=history.visualRect(model.index(3, 0)).center())  # redo all
    assert window.workspace.count_mappings() == 3 and window.mapping_model.rowCount() == 3


# --- the folder the export dialog offers ------------------------------------------------------------------------


def export_dialog(qtbot: QtBot, window: MainWindow) -> ExportDialog:
    active(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_E, CTRL | Qt.KeyboardModifier.ShiftModifier)  # File → Export…
    [dialog] = [shown for shown in window.findChildren(ExportDialog) if shown.isVisible()]
    active(qtbot, dialog)
    return dialog


def close(qtbot: QtBot, dialog: ExportDialog) -> None:
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_the_export_dialog_offers_the_last_export_folder_else_the_preference_else_documents(
    qtbot: QtBot, tmp_path: Path, open_window: Callable[[Path], MainWindow], monkeypatch: pytest.MonkeyPatch
) -> None:
    home = tmp_path / "home"
    (home / "Documents").mkdir(parents=True)
    monkeypatch.setenv("HOME", str(home))
    window = open_window(new_workspace(tmp_path / "plan.workbench"))

    dialog = export_dialog(qtbot, window)  # a first export: the documents folder, as README says
    assert dialog.path() == home / "Documents" / "plan.xlsx"
    close(qtbot, dialog)

    chosen = tmp_path / "deliverables"
    chosen.mkdir()

    def set_folder(preferences: QDialog) -> None:  # Preferences: Alt+E to the export folder, type it, Enter
        qtbot.keyClick(preferences, Qt.Key.Key_E, ALT)
        line = QApplication.focusWidget()
        assert isinstance(line, QLineEdit)
        qtbot.keyClicks(line, str(chosen))
        qtbot.keyClick(line, Qt.Key.Key_Return)

    when_shown(qtbot, PreferencesDialog, set_folder)
    active(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_Comma, CTRL)
    dialog = export_dialog(qtbot, window)
    assert dialog.path() == chosen / "plan.xlsx"

    # The user writes this one elsewhere: Alt+T to the path, a new one typed, Enter exports.
    elsewhere = tmp_path / "for the board"
    elsewhere.mkdir()
    qtbot.keyClick(dialog, Qt.Key.Key_T, ALT)
    assert dialog.path_edit.hasFocus()
    qtbot.keyClick(dialog.path_edit, Qt.Key.Key_A, CTRL)
    qtbot.keyClicks(dialog.path_edit, str(elsewhere / "glossary.json"))
    qtbot.keyClick(dialog.path_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.busy, timeout=20_000)
    assert dialog.written == elsewhere / "glossary.json" and (elsewhere / "glossary.json").is_file()
    close(qtbot, dialog)

    dialog = export_dialog(qtbot, window)  # the next export starts where the last one went
    assert dialog.path() == elsewhere / "plan.xlsx"
    close(qtbot, dialog)

    (elsewhere / "glossary.json").unlink()
    elsewhere.rmdir()  # that folder is gone: back to the preference
    dialog = export_dialog(qtbot, window)
    assert dialog.path() == chosen / "plan.xlsx"
    close(qtbot, dialog)
