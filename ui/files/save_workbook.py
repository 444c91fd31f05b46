"""File → Save workbook…: the stakeholder workbook (xlsx) of the open workspace, written by the core exporter."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMessageBox

from ui.messages import INTERFACE, error_text
from ui.settings import default_export_folder, remember_export_folder
from ui.translations import translate
from workbench.errors import WorkbenchError
from workbench.exporters import export
from workbench.workspace import Workspace


def save_workbook(window: QMainWindow, path: Path | None = None) -> Path | None:
    """Ask where (unless `path` is given), write the workbook, say so in the status bar; None when nothing written."""
    workspace: Workspace = window.workspace  # type: ignore[attr-defined]
    if path is None:
        suggested = Path(default_export_folder()) / f"{workspace.path.stem}.xlsx"
        name, _ = QFileDialog.getSaveFileName(window, translate("Save", "Save workbook"), str(suggested),
                                              translate("Save", "Excel workbooks (*.xlsx)"))
        if not name:
            return None
        path = Path(name) if name.lower().endswith(".xlsx") else Path(name + ".xlsx")
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        export(workspace, "xlsx", path, renderer=INTERFACE)
    except (WorkbenchError, OSError) as error:
        QGuiApplication.restoreOverrideCursor()
        QMessageBox.warning(window, translate("Save", "Cannot save the workbook"), error_text(error))
        return None
    QGuiApplication.restoreOverrideCursor()
    remember_export_folder(path)
    window.statusBar().showMessage(translate("Save", "Saved {0}").format(path), 8000)
    return path


def save_workbook_action(window: QMainWindow) -> QAction:
    action = QAction(translate("Save", "Save &workbook…"), window)
    action.setObjectName("save-workbook")
    action.setShortcut(QKeySequence("Ctrl+Shift+S"))
    action.setToolTip(translate("Save",
                                "Write the glossary, process model, coverage and decisions to an Excel workbook"))
    action.setObjectName("save-workbook")
    action.triggered.connect(lambda: save_workbook(window))
    return action
