"""File → Export…: the open workspace in any export format, written in a background job with a progress bar.

The core exporters write to a temporary file and rename it into place, so a failed export leaves no half-written
file; the dialog only chooses the format and path and reports the outcome. Exports cannot be cancelled halfway
(none of the exporters offers it), so the dialog stays open until the job has finished.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
)

from ui.form_rows import add_field_row
from ui.jobs import CallJob
from ui.messages import INTERFACE, error_text
from ui.settings import default_export_folder, remember_export_folder
from ui.translations import QT_TRANSLATE_NOOP, translate
from workbench.exporters import FORMATS, export
from workbench.workspace import Workspace

FORMAT_TITLES = {
    "xlsx": QT_TRANSLATE_NOOP("Export", "Excel workbook for stakeholders (.xlsx)"),
    "csv": QT_TRANSLATE_NOOP("Export", "CSV tables (a .zip, or a folder of .csv files)"),
    "json": QT_TRANSLATE_NOOP("Export", "JSON document (.json)"),
    "skos": QT_TRANSLATE_NOOP("Export", "SKOS vocabulary, Turtle (.ttl)"),
    "sssom": QT_TRANSLATE_NOOP("Export", "SSSOM mapping set (.sssom.tsv)"),
    "archimate": QT_TRANSLATE_NOOP("Export", "ArchiMate Open Exchange (.xml)"),
    "html": QT_TRANSLATE_NOOP("Export", "HTML glossary, one file (.html)"),
}
SUFFIXES = {"xlsx": ".xlsx", "csv": ".zip", "json": ".json", "skos": ".ttl", "sssom": ".sssom.tsv",
            "archimate": ".xml", "html": ".html"}


def _stem(path: Path) -> str:
    name = path.name
    for suffix in sorted(SUFFIXES.values(), key=len, reverse=True):
        if name.lower().endswith(suffix):
            return name[: -len(suffix)]
    return path.stem if path.suffix else name


class ExportDialog(QDialog):
    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.workspace: Workspace = window.workspace  # type: ignore[attr-defined]
        self.setWindowTitle(translate("Export", "Export"))
        self.setObjectName("export-dialog")
        self.format_box = QComboBox()
        self.format_box.setAccessibleName(translate("Export", "Export format"))
        for format in FORMATS:
            self.format_box.addItem(translate("Export", FORMAT_TITLES.get(format, format)), format)
        self.path_edit = QLineEdit()
        self.path_edit.setAccessibleName(translate("Export", "Export to"))
        browse = QPushButton(translate("Export", "&Browse…"))
        browse.clicked.connect(self._browse)
        self.folder_button = QPushButton(translate("Export", "&Folder…"))
        self.folder_button.setToolTip(translate("Export", "CSV only: write one .csv file per table into a new folder"))
        self.folder_button.clicked.connect(self._choose_folder)
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(browse)
        row.addWidget(self.folder_button)
        self.sssom_sheet = QCheckBox(translate("Export", "Add a last sheet for &programs (decisions in SSSOM codes)"))
        self.sssom_sheet.setToolTip(translate(
            "Export", "The sheets for people name entries and relations in words; programs read SSSOM identifiers"))
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.setAccessibleName(translate("Export", "Export progress"))
        self.progress.hide()
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.export_button = self.buttons.addButton(translate("Export", "&Export"),
                                                    QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.start_export)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(translate("Export", "F&ormat:"), self.format_box)
        add_field_row(form, translate("Export", "&To:"), row, self.path_edit)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.sssom_sheet)
        layout.addWidget(self.hint)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.job: CallJob | None = None
        self.written: Path | None = None
        self.error: str | None = None
        self.set_path(Path(default_export_folder()) / f"{self.workspace.path.stem}{SUFFIXES[self.format()]}")
        self.format_box.currentIndexChanged.connect(self._format_changed)
        self._format_changed()
        self.resize(720, 240)

    # Format and path are settable, so tests need no native dialog.
    def format(self) -> str:
        return str(self.format_box.currentData())

    def set_format(self, format: str) -> None:
        self.format_box.setCurrentIndex(self.format_box.findData(format))

    def path(self) -> Path:
        return Path(self.path_edit.text().strip())

    def set_path(self, path: Path | str) -> None:
        self.path_edit.setText(str(path))

    def _format_changed(self) -> None:
        format = self.format()
        self.folder_button.setVisible(format == "csv")
        self.sssom_sheet.setVisible(format == "xlsx")
        self.hint.setText(translate("Export",
                                    "A name ending in .zip writes one archive; any other name a folder of .csv files.")
                          if format == "csv" else "")
        text = self.path_edit.text().strip()
        if text:  # keep the name the user chose, with the suffix of the new format
            path = Path(text)
            self.set_path(path.with_name(_stem(path) + SUFFIXES[format]))

    def _browse(self) -> None:
        format = self.format()
        suffix = SUFFIXES[format]
        name, _ = QFileDialog.getSaveFileName(
            self,
            translate("Export", "Export"),
            self.path_edit.text(),
            translate("Export", "{0} (*{1});;All files (*)").format(translate("Export", FORMAT_TITLES[format]), suffix),
        )
        if name:
            self.set_path(name if name.lower().endswith(suffix) else name + suffix)

    def _choose_folder(self) -> None:
        parent = QFileDialog.getExistingDirectory(
            self, translate("Export", "Folder to write the CSV folder in"), str(self.path().parent)
        )
        if parent:
            self.set_path(Path(parent) / _stem(self.path()))

    @property
    def busy(self) -> bool:
        return self.job is not None

    def start_export(self) -> None:
        if self.busy:
            return
        format, path = self.format(), self.path()
        if not self.path_edit.text().strip():
            self.status.setText(translate("Export", "Choose where to write the export."))
            return
        workspace = self.workspace
        self.written, self.error = None, None
        self.progress.setRange(0, 0)  # busy until the exporter reports how much there is
        self.progress.show()
        self.status.setText(translate("Export", "Writing {0}…").format(path))
        for widget in (self.format_box, self.path_edit, self.sssom_sheet, self.buttons):
            widget.setEnabled(False)
        # People's texts in the interface language; the renderer only reads the installed translator.
        sssom_sheet = format == "xlsx" and self.sssom_sheet.isChecked()
        self.job = CallJob(lambda progress: export(workspace, format, path, progress=progress, renderer=INTERFACE,
                                                   sssom_sheet=sssom_sheet), self)
        self.job.progressed.connect(self._progressed)
        self.job.succeeded.connect(lambda _result: self._finished(path, None))
        self.job.failed.connect(lambda message, _problems: self._finished(path, message))
        self.job.start()

    def _progressed(self, done: int, total: int) -> None:
        if total > 0:
            self.progress.setRange(0, total)
            self.progress.setValue(done)

    def _finished(self, path: Path, error: str | None) -> None:
        self.job = None
        for widget in (self.format_box, self.path_edit, self.sssom_sheet, self.buttons):
            widget.setEnabled(True)
        self.progress.hide()
        if error is None:
            self.written = path
            remember_export_folder(path)
            self.status.setText(translate("Export", "Written: {0}").format(path))
            parent = self.parent()
            if isinstance(parent, QMainWindow):
                parent.statusBar().showMessage(translate("Export", "Exported {0}").format(path), 8000)
        else:
            self.error = error
            self.status.setText(translate("Export", "Nothing was written: {0}").format(error_text(error)))

    def reject(self) -> None:
        if self.busy:  # the export runs to its end; the dialog stays until it has
            return
        super().reject()

    def wait_for_job(self) -> None:
        job = self.job
        if job is not None:
            job.done.wait()


def open_export_dialog(window: QMainWindow) -> ExportDialog:
    dialog = ExportDialog(window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
