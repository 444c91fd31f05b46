"""End of a workshop: what was decided, parked and left open — on screen, and as an Excel sheet for the minutes."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from ui.messages import error_text
from ui.models import Column, ListTableModel, relation_word
from ui.translations import translate
from ui.widgets import table_view
from ui.workshop.session import ItemStatus, Summary, SummaryRow, status_text
from workbench.errors import WorkbenchError
from workbench.files import atomic_path

MINUTES_COLUMNS = ["#", "Status", "Subject", "Subject ref", "Relation", "Object", "Object ref", "Proposed",
                   "Score", "Rationale", "Author", "Recorded"]


_ORDER = (ItemStatus.DECIDED, ItemStatus.PARKED, ItemStatus.OPEN)


def summary_text(summary: Summary) -> str:
    """The outcome line of the minutes, which are written in English whatever the interface language."""
    counts = ", ".join(f"{summary.count(status)} {'left open' if status is ItemStatus.OPEN else status.value}"
                       for status in _ORDER)
    return f"{len(summary.rows)} items: {counts}."


def _cells(row: SummaryRow) -> list[object]:
    item, decision = row.item, row.decision
    proposed = item.predicate.value
    return [
        row.number, row.status.value, item.subject_label, str(item.subject), row.relation, item.object_label,
        str(item.object), proposed, round(item.score, 3), row.rationale,
        decision.author if decision is not None else "",
        decision.updated.replace(tzinfo=None) if decision is not None else None,
    ]


def write_minutes(summary: Summary, path: Path) -> None:
    """One sheet: the session's facts on top, then every agenda item — decided first, then parked, then open."""
    # openpyxl loads only when minutes are written: importing it at start-up costs a quarter of a second.
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = "Workshop"
    facts = [
        ("Workshop minutes", ""),
        ("Facilitator", summary.facilitator),
        ("Workspace", summary.workspace),
        ("Started", summary.started.strftime("%Y-%m-%d %H:%M")),
        ("Ended", summary.ended.strftime("%Y-%m-%d %H:%M")),
        ("Outcome", summary_text(summary)),
    ]
    for key, value in facts:
        sheet.append([key, value])
    sheet["A1"].font = Font(bold=True, size=14)
    sheet.append([])
    sheet.append(MINUTES_COLUMNS)
    header_row = sheet.max_row
    for cell in sheet[header_row]:
        cell.font = Font(bold=True)
    for status in (ItemStatus.DECIDED, ItemStatus.PARKED, ItemStatus.OPEN):
        for row in summary.of(status):
            sheet.append(_cells(row))
            sheet.cell(sheet.max_row, MINUTES_COLUMNS.index("Recorded") + 1).number_format = "yyyy-mm-dd hh:mm"
    widths = {"A": 5, "B": 10, "C": 32, "D": 30, "E": 13, "F": 32, "G": 30, "H": 20, "I": 8, "J": 50, "K": 18,
              "L": 17}
    for column, width in widths.items():
        sheet.column_dimensions[column].width = width
    for cells in sheet.iter_rows(min_row=header_row + 1, min_col=10, max_col=10):
        for cell in cells:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    sheet.freeze_panes = sheet.cell(header_row + 1, 1)
    if path.suffix.lower() != ".xlsx":
        raise WorkbenchError(f"{path}: minutes are written as .xlsx")
    with atomic_path(path) as temporary:
        try:
            workbook.save(temporary)
        except OSError as error:
            raise WorkbenchError(f"{path}: cannot write the minutes: {error.strerror or error}") from error


class SummaryDialog(QDialog):
    def __init__(self, summary: Summary, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.summary = summary
        self.setWindowTitle(translate("Summary", "Workshop summary"))
        self.headline = QLabel(
            translate(
                "Summary", "<b>{0} items: {1} decided, {2} parked, {3} left open.</b> Facilitated by {4}."
            ).format(len(summary.rows), *(summary.count(status) for status in _ORDER), summary.facilitator)
        )
        self.model: ListTableModel[SummaryRow] = ListTableModel(
            [
                Column("#", lambda r: str(r.number), sort_key=lambda r: r.number, align_right=True),
                Column(translate("Summary", "Status"), lambda r: status_text(r.status)),
                Column(
                    translate("Summary", "Subject"),
                    lambda r: r.item.subject_label,
                    tooltip=lambda r: str(r.item.subject),
                ),
                Column(translate("Summary", "Relation"), lambda r: relation_word(r.relation)),
                Column(
                    translate("Summary", "Object"), lambda r: r.item.object_label, tooltip=lambda r: str(r.item.object)
                ),
                Column(translate("Summary", "Rationale"), lambda r: r.rationale, tooltip=lambda r: r.rationale),
            ],
            self,
        )
        order = {ItemStatus.DECIDED: 0, ItemStatus.PARKED: 1, ItemStatus.OPEN: 2}
        self.model.set_rows(sorted(summary.rows, key=lambda r: (order[r.status], r.number)))
        self.view = table_view(self.model)
        self.view.setAccessibleName(translate("Summary", "Workshop outcome"))
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.view.horizontalHeader().setStretchLastSection(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.export_button = buttons.addButton(
            translate("Summary", "Export minutes (Excel)…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.export_button.clicked.connect(self._export_dialog)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.headline)
        layout.addWidget(self.view, 1)
        layout.addWidget(buttons)
        self.resize(900, 500)

    def export(self, path: Path) -> None:
        write_minutes(self.summary, path)

    def _export_dialog(self) -> None:
        suggested = f"workshop-{self.summary.started:%Y-%m-%d}.xlsx"
        name, _ = QFileDialog.getSaveFileName(
            self, translate("Summary", "Export minutes"), suggested, translate("Summary", "Excel workbooks (*.xlsx)")
        )
        if not name:
            return
        path = Path(name)
        if path.suffix.lower() != ".xlsx":
            path = path.with_suffix(".xlsx")
        try:
            self.export(path)
        except WorkbenchError as error:
            QMessageBox.warning(self, translate("Summary", "Cannot export the minutes"), error_text(error))
