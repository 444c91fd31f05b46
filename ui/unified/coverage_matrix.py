"""The coverage matrix: unified concepts (or processes and activities) down, frameworks across; each cell is
coloured by the strongest relation that framework has to the element (exact > close > broader/narrower >
related; the framework an element was started from is marked as its source), and clicking it lists the entries
beside the matrix. The cells are computed in the core (`workbench.unify.matrix`)."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSizePolicy,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ui.translations import QT_TRANSLATE_NOOP, translate, translated_word
from ui.unified.context import UnifiedContext, relation_or_source
from ui.widgets import table_view
from workbench.domain import Ref
from workbench.errors import WorkbenchError
from workbench.unified_model import Member
from workbench.unify.matrix import CONCEPTS, PROCESSES, SOURCE, STRENGTH, MatrixRow, matrix_rows

Index = QModelIndex | QPersistentModelIndex
CELL_COLOURS = {5: QColor("#90caf9"), 4: QColor("#66bb6a"), 3: QColor("#aed581"), 2: QColor("#fff176"),
                1: QColor("#ffb74d")}
"""By strength (`workbench.unify.matrix.STRENGTH`): blue for the framework an element was started from, greens
for matches, yellow for broader/narrower, orange for related. Text on them is always dark, so the cells read
the same in the dark theme."""
LEGEND = (((SOURCE,), 5), (("exact",), 4), (("close",), 3), (("broader", "narrower"), 2), (("related",), 1))
KIND_WORDS = {
    "concept": QT_TRANSLATE_NOOP("Coverage", "concept"),
    "process": QT_TRANSLATE_NOOP("Coverage", "process"),
    "activity": QT_TRANSLATE_NOOP("Coverage", "activity"),
}


class CoverageModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[MatrixRow] = []
        self._frameworks: list[tuple[str, str]] = []

    def set_matrix(self, rows: Sequence[MatrixRow], frameworks: Sequence[tuple[str, str]]) -> None:
        self.beginResetModel()
        self._rows, self._frameworks = list(rows), list(frameworks)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._frameworks) + 1

    def row(self, row: int) -> MatrixRow:
        return self._rows[row]

    def framework(self, column: int) -> str | None:
        return self._frameworks[column - 1][0] if column > 0 else None

    def cell_members(self, index: Index) -> list[Member]:
        framework = self.framework(index.column())
        if framework is None:
            return list(self._rows[index.row()].members)
        return list(self._rows[index.row()].cell(framework)[1])

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if index.column() == 0:
            if role == Qt.ItemDataRole.DisplayRole:
                label = translate("Process", "{0} (proposed)").format(row.label) if row.proposed else row.label
                return ("    " if row.kind == "activity" else "") + label
            if role == Qt.ItemDataRole.ToolTipRole:
                return f"{translated_word('Coverage', KIND_WORDS, row.kind)} {row.uid}"
            return None
        framework = self.framework(index.column())
        assert framework is not None
        relation, members = row.cell(framework)
        if relation is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            shown = relation_or_source(relation)
            return shown if len(members) == 1 else f"{shown} ×{len(members)}"
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(CELL_COLOURS[STRENGTH.get(relation, 1)])
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(QColor("#1b1b1b"))
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            return "\n".join(f"{m.ref} ({relation_or_source(m.relation)})" for m in members)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return translate("Coverage", "Unified element") if section == 0 else self._frameworks[section - 1][1]
        if role == Qt.ItemDataRole.ToolTipRole and section > 0:
            key = self._frameworks[section - 1][0]
            covered = sum(1 for row in self._rows if row.cell(key)[0] is not None)
            return translate("Coverage", "{0} of {1} unified elements relate to {2}").format(
                covered, len(self._rows), self._frameworks[section - 1][1])
        return None


ELEMENT_LEAST, ELEMENT_MOST, CELL_ROOM = 180, 320, 64
"""The elements' column takes what the frameworks' columns leave at CELL_ROOM pixels each, within these bounds
(widened by hand if need be): at a fixed 300 a 1366-pixel screen's cells read "e…" instead of "exact"."""


class CoverageMatrix(QWidget):
    def __init__(self, context: UnifiedContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.what_box = QComboBox()
        self.what_box.setAccessibleName(translate("Coverage", "Rows of the matrix"))
        self.what_box.addItem(translate("Coverage", "Unified concepts"), CONCEPTS)
        self.what_box.addItem(translate("Coverage", "Unified processes and activities"), PROCESSES)
        self.summary_label = QLabel()
        self.summary_label.setWordWrap(True)
        # a long summary must not widen the window
        self.summary_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(translate("Coverage", "Rows:")))
        bar.addWidget(self.what_box)
        bar.addSpacing(24)
        for words, strength in LEGEND:
            swatch = QLabel("  {}  ".format(" / ".join(relation_or_source(word) for word in words)))
            swatch.setStyleSheet(f"background: {CELL_COLOURS[strength].name()}; color: #1b1b1b; "
                                 "border-radius: 3px; padding: 2px;")
            bar.addWidget(swatch)
        bar.addStretch(1)

        self.model = CoverageModel(self)
        self.view = table_view(self.model)
        self.view.setAccessibleName(translate("Coverage", "Coverage matrix"))
        self.view.setSelectionBehavior(self.view.SelectionBehavior.SelectItems)
        self.view.setAlternatingRowColors(False)
        self.view.setShowGrid(True)
        self.members_text = QTextBrowser()
        self.members_text.setAccessibleName(translate("Coverage", "Members of the selected cell"))
        self.members_text.setMinimumWidth(320)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.view)
        split.addWidget(self.members_text)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        split.setSizes([1050, 360])
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        # On a line of its own: beside the legend, on a 1366-pixel screen, it wrapped a word per line and
        # stretched the legend's swatches to its height.
        layout.addWidget(self.summary_label)
        layout.addWidget(split, 1)

        self.what_box.currentIndexChanged.connect(self.reload)
        self.view.clicked.connect(self.show_cell)
        self.view.selectionModel().currentChanged.connect(lambda current, _p: self.show_cell(current))
        context.listen(self.reload)
        self.reload()

    def reload(self) -> None:
        frameworks = [(f.key, f.short_name) for f in self.context.frameworks()]
        rows = matrix_rows(self.context.snapshot(), str(self.what_box.currentData()), self.context.framework_name)
        self.model.set_matrix(rows, frameworks)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        self._fit_element_column()
        for column in range(1, self.model.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        shares = []
        for key, name in frameworks:
            covered = sum(1 for row in rows if row.cell(key)[0] is not None)
            shares.append(f"{name} {covered}/{len(rows)}")
        self.summary_label.setText(
            translate("Coverage", "Elements each framework relates to: ") + ", ".join(shares)
            if rows
            else translate("Coverage", "Nothing yet: press “Refresh from decisions” in the Unified glossary tab, or "
                           "start the process model from the USM skeleton")
        )
        self.members_text.setHtml(translate("Coverage", "<p style='color:gray'>Click a cell to see its members.</p>"))

    def _fit_element_column(self) -> None:
        room = self.view.viewport().width() - (self.model.columnCount() - 1) * CELL_ROOM
        self.view.setColumnWidth(0, max(ELEMENT_LEAST, min(ELEMENT_MOST, room)))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._fit_element_column()  # the view's width is known once shown

    def show_cell(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        row = self.model.row(index.row())
        members = self.model.cell_members(index)
        framework = self.model.framework(index.column())
        parts = [
            f"<h3>{escape(row.label)}</h3>",
            f"<div style='color:gray'>{escape(translated_word('Coverage', KIND_WORDS, row.kind))} {escape(row.uid)}"
            + (f" · {escape(self.context.framework_name(framework))}" if framework
               else " · " + escape(translate("Coverage", "all frameworks")))
            + "</div>",
        ]
        if not members:
            parts.append("<p><i>" + escape(translate("Coverage", "Nothing from this framework.")) + "</i></p>")
        for member in members:
            parts.append(self._member_html(member))
        self.members_text.setHtml("".join(parts))

    def _member_html(self, member: Member) -> str:
        definition = self._definition(member.ref)
        return (
            f"<p><b>{escape(self.context.label(member.ref))}</b> "
            f"<span style='color:gray'>{escape(str(member.ref))} · {escape(relation_or_source(member.relation))}</span>"
            + (f"<br>{escape(definition)}" if definition else "")
            + "</p>"
        )

    def _definition(self, ref: Ref) -> str:
        try:
            return self.context.workspace.entry(ref).definition
        except WorkbenchError:  # an entry removed since the snapshot: show the member without its text
            return ""
