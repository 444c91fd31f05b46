"""End of a workshop: what was decided, parked and left open — on screen, and as an Excel sheet for the minutes
(written by `ui.workshop.minutes`)."""

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
from ui.settings import default_export_folder, remember_export_folder
from ui.translations import translate
from ui.widgets import table_view
from ui.workshop.minutes import ORDER, write_minutes
from ui.workshop.session import Summary, SummaryRow, status_text
from workbench.errors import WorkbenchError


class SummaryDialog(QDialog):
    def __init__(self, summary: Summary, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.summary = summary
        self.setWindowTitle(translate("Summary", "Workshop summary"))
        self.headline = QLabel(
            translate(
                "Summary", "<b>{0} items: {1} decided, {2} parked, {3} left open.</b> Facilitated by {4}."
            ).format(len(summary.rows), *(summary.count(status) for status in ORDER), summary.facilitator)
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
        self.model.set_rows(sorted(summary.rows, key=lambda r: (ORDER.index(r.status), r.number)))
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
        suggested = str(Path(default_export_folder()) / f"workshop-{self.summary.started:%Y-%m-%d}.xlsx")
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
            return
        remember_export_folder(path)
