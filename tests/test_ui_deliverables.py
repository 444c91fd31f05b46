"""The deliverables from the desktop application: one remembered folder for every output, and the workbook in the
interface language with the sheet for programs only when asked for."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

import ui.files.save_workbook
import ui.workshop.summary
from ui.files.export_dialog import ExportDialog
from ui.files.save_workbook import save_workbook
from ui.main_window import MainWindow
from ui.translations import install_translator, remove_translators, translate
from ui.workshop.session import Summary
from ui.workshop.summary import SummaryDialog
from workbench.workspace import Workspace


@pytest.fixture
def window(qtbot: QtBot, workspace: Workspace) -> Iterator[MainWindow]:
    workspace.add_mapping("alpha:incident", "exact", "beta:storning", comment="both stop normal work")
    main = MainWindow(workspace)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    yield main
    main.wait_for_jobs()


@pytest.fixture
def swedish(qapp: QApplication) -> Iterator[None]:
    assert install_translator(qapp, "sv") == "sv"
    yield
    remove_translators()
    assert translate("Main", "&File") == "&File"


def open_export(window: MainWindow) -> ExportDialog:
    action = window.findChild(QAction, "export")
    assert action is not None
    action.trigger()
    [dialog] = [shown for shown in window.findChildren(ExportDialog) if shown.isVisible()]
    return dialog


def export_through(qtbot: QtBot, dialog: ExportDialog, format: str, path: Path) -> None:
    dialog.set_format(format)
    dialog.set_path(path)
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.busy, timeout=60_000)
    assert dialog.error is None and path.exists()


def test_every_output_starts_in_the_folder_the_last_one_went_to(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first, second, third = (tmp_path / name for name in ("exports", "workbooks", "minutes"))
    for folder in (first, second, third):
        folder.mkdir()
    dialog = open_export(window)
    export_through(qtbot, dialog, "json", first / "out.json")
    dialog.accept()
    again = open_export(window)
    assert again.path().parent == first.resolve()  # Export… remembers its own folder
    again.reject()

    offered: list[str] = []

    def save_as(target: Path):  # type: ignore[no-untyped-def]
        def ask(_parent: object, _title: str, suggested: str, _filter: str) -> tuple[str, str]:
            offered.append(suggested)
            return str(target), ""
        return ask

    monkeypatch.setattr(ui.files.save_workbook.QFileDialog, "getSaveFileName", save_as(second / "book.xlsx"))
    assert save_workbook(window) == second / "book.xlsx"
    assert Path(offered[-1]).parent == first.resolve()  # the workbook starts where the export went

    now = datetime(2026, 12, 3, 10, 0)
    summary = SummaryDialog(Summary("Ada", now, now, str(window.workspace.path), ()), window)
    qtbot.addWidget(summary)
    monkeypatch.setattr(ui.workshop.summary.QFileDialog, "getSaveFileName", save_as(third / "minutes.xlsx"))
    qtbot.mouseClick(summary.export_button, Qt.MouseButton.LeftButton)
    assert Path(offered[-1]).parent == second.resolve()  # the minutes start where the workbook went
    assert (third / "minutes.xlsx").is_file()
    assert open_export(window).path().parent == third.resolve()  # and Export… where the minutes went


def test_the_export_dialogs_workbook_speaks_the_interface_language(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, swedish: None
) -> None:
    dialog = open_export(window)
    dialog.set_format("xlsx")
    assert dialog.sssom_sheet.isVisible() and not dialog.sssom_sheet.isChecked()
    export_through(qtbot, dialog, "xlsx", tmp_path / "people.xlsx")
    book = load_workbook(tmp_path / "people.xlsx", read_only=True)
    assert book.sheetnames == ["Om", "Ordlista", "Processer", "Täckning", "Beslut", "Öppna frågor"]
    decisions = [row for row in book["Beslut"].iter_rows(min_row=4, values_only=True)]
    assert decisions[0][:2] == ("Alpha Service Method ”Incident” betyder samma sak som Beta Förvaltning ”Störning”",
                                "exakt")
    book.close()

    qtbot.mouseClick(dialog.sssom_sheet, Qt.MouseButton.LeftButton)
    assert dialog.sssom_sheet.isChecked()
    export_through(qtbot, dialog, "xlsx", tmp_path / "machines.xlsx")
    book = load_workbook(tmp_path / "machines.xlsx", read_only=True)
    assert book.sheetnames[-1] == "SSSOM"
    book.close()
    dialog.set_format("html")
    assert not dialog.sssom_sheet.isVisible()
    dialog.accept()
