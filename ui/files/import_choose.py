"""File → Import…, its first page: the file, its format (guessed from the name, changeable) and, for a
framework, its key; also where a framework template is saved from."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QWidget,
    QWizardPage,
)

from ui.form_rows import add_field_row
from ui.messages import INTERFACE, error_text
from ui.settings import default_export_folder, remember_export_folder
from ui.translations import QT_TRANSLATE_NOOP, translate
from workbench.errors import WorkbenchError
from workbench.importers import FORMATS, guess_format

FORMAT_TITLES = {
    "xlsx": QT_TRANSLATE_NOOP("Import", "Excel workbook (.xlsx) — a framework"),
    "csv": QT_TRANSLATE_NOOP("Import", "CSV file (.csv) — a framework"),
    "skos": QT_TRANSLATE_NOOP("Import", "SKOS vocabulary (Turtle or RDF/XML) — a framework per concept scheme"),
    "owl": QT_TRANSLATE_NOOP("Import", "OWL ontology — a framework"),
    "sssom": QT_TRANSLATE_NOOP("Import", "SSSOM mapping set (.sssom.tsv) — mapping decisions"),
}
FRAMEWORK_FORMATS = ("xlsx", "csv", "skos", "owl")


class ChoosePage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(translate("Import", "Choose a file"))
        self.setSubTitle(
            translate(
                "Import", "A framework from a spreadsheet or an ontology, or a colleague's mapping decisions (SSSOM)."
            )
        )
        self.path_edit = QLineEdit()
        self.path_edit.setAccessibleName(translate("Import", "File to import"))
        browse = QPushButton(translate("Import", "&Browse…"))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(browse)
        self.format_box = QComboBox()
        self.format_box.setAccessibleName(translate("Import", "Format"))
        for format in FORMATS:
            self.format_box.addItem(translate("Import", FORMAT_TITLES.get(format, format)), format)
        self.framework_edit = QLineEdit()
        self.framework_edit.setAccessibleName(translate("Import", "Framework key"))
        self.framework_edit.setPlaceholderText(
            translate("Import", "from the file (About sheet or ontology); or type a short key")
        )
        self.template_button = QPushButton(translate("Import", "Save &template…"))
        self.template_button.setToolTip(
            translate("Import", "Write an Excel template to fill in with a framework of your own")
        )
        self.template_button.clicked.connect(lambda: self.save_template())
        form = QFormLayout(self)
        add_field_row(form, translate("Import", "&File:"), row, self.path_edit)
        form.addRow(translate("Import", "F&ormat:"), self.format_box)
        form.addRow(translate("Import", "Framework &key:"), self.framework_edit)
        form.addRow("", self.template_button)
        self.path_edit.textChanged.connect(self._path_changed)
        self.format_box.currentIndexChanged.connect(self._format_changed)
        self._format_changed()

    # The path field is public and settable, so tests (and drag and drop later) need no native dialog.
    def set_path(self, path: Path | str) -> None:
        self.path_edit.setText(str(path))

    def path(self) -> Path:
        return Path(self.path_edit.text().strip())

    def format(self) -> str:
        return str(self.format_box.currentData())

    def set_format(self, format: str) -> None:
        self.format_box.setCurrentIndex(self.format_box.findData(format))

    def framework(self) -> str | None:
        return self.framework_edit.text().strip() or None

    def _browse(self) -> None:
        patterns = "Importable files (*.xlsx *.csv *.ttl *.skos *.owl *.rdf *.tsv);;All files (*)"
        name, _ = QFileDialog.getOpenFileName(
            self, translate("Import", "Import a file"), self.path_edit.text(), patterns
        )
        if name:
            self.set_path(name)

    def _path_changed(self, text: str) -> None:
        if not text.strip():
            return
        try:
            format = guess_format(Path(text.strip()))
        except WorkbenchError:
            return
        self.set_format(format)
        # A CSV file has no About sheet: its key defaults to the file name, as on the command line.
        if format == "csv" and not self.framework_edit.text().strip():
            from workbench.importers.spreadsheet import slug

            self.framework_edit.setText(slug(Path(text.strip()).stem))
        self.completeChanged.emit()

    def _format_changed(self) -> None:
        self.framework_edit.setEnabled(self.format() in FRAMEWORK_FORMATS)

    def isComplete(self) -> bool:
        return bool(self.path_edit.text().strip())

    def validatePage(self) -> bool:
        if not self.path().is_file():
            QMessageBox.warning(
                self, translate("Import", "Import"), translate("Import", "{0}: no such file").format(self.path())
            )
            return False
        return True

    def save_template(self, path: Path | None = None) -> Path | None:
        """Write the spreadsheet template (asking where unless `path` is given); None when nothing written."""
        from workbench.importers.sheet_template import write_template

        if path is None:
            suggested = str(Path(default_export_folder()) / "framework-template.xlsx")
            name, _ = QFileDialog.getSaveFileName(
                self, translate("Import", "Save template"), suggested, translate("Import", "Excel workbooks (*.xlsx)")
            )
            if not name:
                return None
            path = Path(name) if name.lower().endswith(".xlsx") else Path(name + ".xlsx")
        try:
            write_template(path, INTERFACE)
        except (WorkbenchError, OSError) as error:
            QMessageBox.warning(self, translate("Import", "Cannot save the template"), error_text(error))
            return None
        remember_export_folder(path)
        self.set_path(path)
        return path

