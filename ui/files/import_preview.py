"""File → Import…, its preview page: what a file would bring in before anything is written (recognised columns,
first rows and every problem of a spreadsheet; a short account of a mapping set), read in the background."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QProgressBar,
    QTableView,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from ui.jobs import CallJob
from ui.messages import text as message_text
from ui.models import Column, ListTableModel
from ui.translations import QT_TRANSLATE_NOOP, translate, translated_word
from workbench.errors import WorkbenchError
from workbench.importers import framework_key
from workbench.messages import Message
from workbench.workspace import Workspace

if TYPE_CHECKING:  # the importers load when a file is read, not at start-up
    from workbench.importers.spreadsheet import SpreadsheetPreview
    from workbench.importers.sssom import SSSOMPreview
from ui.files.import_choose import FORMAT_TITLES, ChoosePage

FIELD_NAMES = {
    # What the importer reads a recognised column as (workbench.importers.spreadsheet.HEADINGS).
    "key": QT_TRANSLATE_NOOP("Import", "Key"),
    "label": QT_TRANSLATE_NOOP("Import", "Label"),
    "definition": QT_TRANSLATE_NOOP("Import", "Definition"),
    "kind": QT_TRANSLATE_NOOP("Import", "Kind"),
    "parent": QT_TRANSLATE_NOOP("Import", "Parent process"),
    "alt_labels": QT_TRANSLATE_NOOP("Import", "Alternative labels"),
    "abbreviations": QT_TRANSLATE_NOOP("Import", "Abbreviations"),
    "category": QT_TRANSLATE_NOOP("Import", "Category"),
    "purpose": QT_TRANSLATE_NOOP("Import", "Purpose"),
    "trigger": QT_TRANSLATE_NOOP("Import", "Trigger"),
    "outcome": QT_TRANSLATE_NOOP("Import", "Outcome"),
    "language": QT_TRANSLATE_NOOP("Import", "Language"),
    "broader": QT_TRANSLATE_NOOP("Import", "Broader"),
    "related": QT_TRANSLATE_NOOP("Import", "Related"),
}


def _field_name(field: str) -> str:
    return translated_word("Import", FIELD_NAMES, field)


_FileState = tuple[Path, str, str | None, tuple[int, int] | None]
"""A file as the wizard read it: path, format, framework key, and (size, modification time)."""


def table(model: ListTableModel[Any], name: str) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setAccessibleName(name)
    view.verticalHeader().hide()
    view.horizontalHeader().setStretchLastSection(True)
    view.setWordWrap(False)
    view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
    return view


def _field_column(name: str) -> Column[dict[str, str]]:
    def text(row: dict[str, str]) -> str:
        return row.get(name, "")

    return Column(_field_name(name), text, tooltip=text)


def text_model(title: str, parent: QObject) -> ListTableModel[str]:
    return ListTableModel([Column[str](title, lambda line: line, tooltip=lambda line: line)], parent)



class PreviewPage(QWizardPage):
    def __init__(self, choose: ChoosePage, workspace: Callable[[], Workspace], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._choose = choose
        self._workspace = workspace
        self.setTitle(translate("Import", "Preview"))
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, translate("Import", "&Import"))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.columns_model: ListTableModel[tuple[str, str, str]] = ListTableModel(
            [
                Column[tuple[str, str, str]](translate("Import", "Sheet"), lambda row: row[0]),
                Column[tuple[str, str, str]](translate("Import", "Heading in the file"), lambda row: row[1]),
                Column[tuple[str, str, str]](translate("Import", "Read as"), lambda row: row[2]),
            ],
            self,
        )
        self.columns_view = table(self.columns_model, translate("Import", "Recognised columns"))
        for section in (0, 1):
            self.columns_view.horizontalHeader().setSectionResizeMode(section, QHeaderView.ResizeMode.ResizeToContents)
        self.rows_model: ListTableModel[dict[str, str]] = ListTableModel([], self)
        self.rows_view = table(self.rows_model, translate("Import", "First rows"))
        self.rows_view.horizontalHeader().setStretchLastSection(False)
        self.rows_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.problems_model = text_model(
            translate("Import", "Problem (nothing is imported until every one is fixed)"), self
        )
        self.problems_view = table(self.problems_model, translate("Import", "Problems"))
        self.problems_label = QLabel(translate("Import", "Problems"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        self.columns_label = QLabel(translate("Import", "Recognised columns"))
        layout.addWidget(self.columns_label)
        layout.addWidget(self.columns_view, 1)
        self.rows_label = QLabel(translate("Import", "First rows"))
        layout.addWidget(self.rows_label)
        layout.addWidget(self.rows_view, 2)
        layout.addWidget(self.problems_label)
        layout.addWidget(self.problems_view, 1)
        layout.addStretch(0)  # takes the room only while the tables are hidden, keeping the text at the top
        self.reading = QProgressBar()
        self.reading.setRange(0, 0)
        self.reading.setAccessibleName(translate("Import", "Reading the file"))
        layout.insertWidget(1, self.reading)
        self.problems: list[Message] = []
        self.job: CallJob | None = None
        """The preview being read; a job left behind by Back or Cancel reports to nobody."""
        self._reading_of: _FileState | None = None
        self._read: tuple[_FileState, Any] | None = None
        """What the last preview read, and of which file as it was then."""

    def initializePage(self) -> None:
        path, format, framework = self._choose.path(), self._choose.format(), self._choose.framework()
        self.setSubTitle(
            translate("Import", "{0} as {1}").format(path.name, translate("Import", FORMAT_TITLES.get(format, format)))
        )
        self._show_tables(False)
        self.columns_model.set_rows([])
        self.rows_model.set_rows([])
        self.problems = []
        self.problems_label.setText("")
        self.problems_view.hide()
        if format not in ("xlsx", "csv", "sssom"):
            self.reading.hide()
            self.summary.setText(
                translate(
                    "Import",
                    "The {0} file is read with rdflib (no external entities or downloads): every concept or"
                    " class becomes an entry with its labels, definitions and broader links. Nothing is "
                    "written until the whole file has been read.",
                ).format(format.upper())
                + (
                    " " + translate(
                        "Import",
                        "A file with several concept schemes gives one framework per scheme (the framework key "
                        "picks one of them), and its mapping relations between them become decisions.",
                    )
                    if format == "skos" else ""
                )
                + self._replacing(path, framework)
            )
            self._set_problems([])
            self.completeChanged.emit()
            return
        self.summary.setText(translate("Import", "Reading {0}…").format(path.name))
        self.reading.show()
        workspace = self._workspace()
        self._read = None
        self._reading_of = (path, format, framework, _stamp(path))
        job = CallJob(lambda _progress: _read_preview(workspace, path, format, framework))
        job.succeeded.connect(self._preview_ready)
        job.failed.connect(self._preview_failed)
        self.job = job
        _RUNNING.add(job)
        job.finished.connect(lambda j=job: _RUNNING.discard(j))
        job.start()
        self.completeChanged.emit()

    def _replacing(self, path: Path, framework: str | None) -> str:
        try:
            key = framework_key(path, framework)
        except WorkbenchError:
            return ""
        if key not in {record.key for record in self._workspace().frameworks()}:
            return ""
        return " " + translate(
            "Import", "It replaces the framework {0} already in the workspace (decisions on remaining keys are kept)."
        ).format(key)

    def spreadsheet_read(self, path: Path, format: str, framework: str | None) -> SpreadsheetPreview | None:
        """The preview of this spreadsheet if the file is still as it was read, so the import need not read
        it again (a 50,000-row workbook takes seconds)."""
        if self._read is None or format not in ("xlsx", "csv"):
            return None
        (read_path, read_format, read_key, stamp), found = self._read
        if (read_path, read_format, read_key) != (path, format, framework) or stamp is None or stamp != _stamp(path):
            return None
        return found  # type: ignore[no-any-return]

    def cleanupPage(self) -> None:
        self.job = None  # Back: whatever the old job finds is no longer wanted

    @property
    def busy(self) -> bool:
        return self.job is not None

    def _preview_ready(self, found: Any) -> None:
        if self.sender() is not self.job:
            return
        self.job = None
        if self._reading_of is not None:
            self._read = (self._reading_of, found)
        self.reading.hide()
        if self._choose.format() == "sssom":
            self._show_sssom(found)
        else:
            self._show_tables(True)
            self._show_spreadsheet(found)
        self.completeChanged.emit()

    def _preview_failed(self, message: Message, problems: list[Message]) -> None:
        if self.sender() is not self.job:
            return
        self.job = None
        self.reading.hide()
        self.summary.setText(translate("Import", "This file cannot be imported as it is."))
        self._set_problems(list(problems) or [message])
        self.completeChanged.emit()

    def _show_tables(self, visible: bool) -> None:
        for widget in (self.columns_label, self.columns_view, self.rows_label, self.rows_view):
            widget.setVisible(visible)

    def _set_problems(self, problems: list[Message]) -> None:
        self.problems = list(problems)
        self.problems_model.set_rows([message_text(problem) for problem in problems])
        self.problems_label.setText(
            translate("Import", "Problems: {0}").format(len(problems))
            if problems
            else translate("Import", "No problems found")
        )
        self.problems_view.setVisible(bool(problems))

    def _show_spreadsheet(self, found: SpreadsheetPreview) -> None:
        self.columns_model.set_rows(
            [
                (sheet.name, heading, _field_name(field))
                for sheet in found.sheets
                for heading, field in sheet.recognised.items()
            ]
            + [
                (sheet.name, heading, translate("Import", "(ignored)"))
                for sheet in found.sheets
                for heading in sheet.ignored
            ]
        )
        fields: list[str] = []
        rows: list[dict[str, str]] = []
        for sheet in found.sheets:
            for name in sheet.recognised.values():
                if name not in fields:
                    fields.append(name)
            rows += [{"sheet": sheet.name, **row} for row in sheet.rows]
        columns = (
            [Column[dict[str, str]](translate("Import", "Sheet"), lambda row: row.get("sheet", ""))]
            if len(found.sheets) > 1
            else []
        )
        columns += [_field_column(name) for name in fields]
        old = self.rows_model
        self.rows_model = ListTableModel(columns, self)
        self.rows_model.set_rows(rows)
        self.rows_view.setModel(self.rows_model)
        old.deleteLater()
        for index in range(len(columns)):
            self.rows_view.setColumnWidth(index, 160)
        shown = sum(len(sheet.rows) for sheet in found.sheets)
        total = sum(sheet.row_count for sheet in found.sheets)
        self.rows_label.setText(translate("Import", "First rows ({0} of {1})").format(shown, total))
        data = found.framework
        if data is not None:
            counts: dict[str, int] = {}
            for entry in data.entries:
                counts[entry.kind.value] = counts.get(entry.kind.value, 0) + 1
            existing = {record.key for record in self._workspace().frameworks()}
            if data.key in existing:
                action = translate(
                    "Import",
                    "It replaces the framework already in the workspace (decisions on remaining keys are kept).",
                )
            else:
                action = translate("Import", "It is added as a new framework.")
            kinds = {
                "term": translate("Import", "terms"),
                "process": translate("Import", "processes"),
                "activity": translate("Import", "activities"),
            }
            made = ", ".join(f"{count} {kinds.get(kind, kind)}" for kind, count in sorted(counts.items()))
            edition = translate("Import", ", edition {0}").format(data.edition) if data.edition else ""
            self.summary.setText(
                translate("Import", "<b>{0}</b> (key <code>{1}</code>{2}): {3} entries ({4}).").format(
                    data.name, data.key, edition, len(data.entries), made
                )
                + " "
                + action
            )
        else:
            self.summary.setText(
                translate("Import", "This file cannot be imported until the problems below are fixed.")
            )
        self._set_problems(found.problems)

    def _show_sssom(self, found: SSSOMPreview) -> None:
        self.summary.setText(
            translate(
                "Import",
                "{0} mapping decisions. New ones are added, identical ones merged; any that contradict a "
                "decision already made are listed for review, never overwritten.",
            ).format(len(found.rows))
        )
        self._set_problems(list(found.problems))

    def isComplete(self) -> bool:
        return not self.busy and not self.problems

    def validatePage(self) -> bool:
        # QWizard.next() from code skips isComplete; this keeps the import from starting with problems listed.
        return self.isComplete()



def _stamp(path: Path) -> tuple[int, int] | None:
    try:
        status = path.stat()
    except OSError:
        return None
    return status.st_size, status.st_mtime_ns


_RUNNING: set[CallJob] = set()
"""Preview jobs still reading: kept here, not by a page, so closing the wizard never deletes a running job."""


def _read_preview(workspace: Workspace, path: Path, format: str, framework: str | None) -> Any:
    if format == "sssom":
        from workbench.importers.sssom import preview as sssom_preview

        return sssom_preview(workspace, path)
    from workbench.importers.spreadsheet import preview

    return preview(path, framework, is_csv=format == "csv")
