"""The coverage matrix: unified concepts (or processes and activities) down, frameworks across; each cell is
coloured by the strongest relation of that framework's members (exact > close > broader/narrower > related),
and clicking it lists the members beside the matrix."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from html import escape
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor
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

from ui.models import relation_word
from ui.translations import translate
from ui.unified.context import RELATION_STRENGTH, UnifiedContext
from ui.widgets import table_view
from workbench.domain import Ref
from workbench.errors import WorkbenchError
from workbench.unified_model import Member, UnifiedSnapshot

Index = QModelIndex | QPersistentModelIndex
CONCEPTS, PROCESSES = "concepts", "processes"
CELL_COLOURS = {4: QColor("#66bb6a"), 3: QColor("#aed581"), 2: QColor("#fff176"), 1: QColor("#ffb74d")}
"""By relation strength (see RELATION_STRENGTH): greens for matches, yellow for broader/narrower, orange for
related. Text on them is always dark, so the cells read the same in the dark theme."""
LEGEND = ((("exact",), 4), (("close",), 3), (("broader", "narrower"), 2), (("related",), 1))


@dataclass(frozen=True)
class MatrixRow:
    uid: str
    label: str
    kind: str
    """"concept", "process" or "activity"."""
    members: tuple[Member, ...]


def strongest(members: Sequence[Member]) -> str | None:
    if not members:
        return None
    return max(members, key=lambda m: RELATION_STRENGTH.get(m.relation, 0)).relation


def matrix_rows(snapshot: UnifiedSnapshot, what: str) -> list[MatrixRow]:
    if what == CONCEPTS:
        return [MatrixRow(c.uid, c.label, "concept", c.members) for c in snapshot.concepts]
    rows: list[MatrixRow] = []
    for process in snapshot.processes:
        rows.append(MatrixRow(process.uid, process.label, "process", process.traces))
        rows += [MatrixRow(a.uid, a.label, "activity", a.traces) for a in process.activities]
    return rows


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
        return [m for m in self._rows[index.row()].members if m.ref.framework == framework]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if index.column() == 0:
            if role == Qt.ItemDataRole.DisplayRole:
                return ("    " if row.kind == "activity" else "") + row.label
            if role == Qt.ItemDataRole.ToolTipRole:
                return f"{row.kind} {row.uid}"
            return None
        members = self.cell_members(index)
        relation = strongest(members)
        if relation is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            shown = relation_word(relation)
            return shown if len(members) == 1 else f"{shown} ×{len(members)}"
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(CELL_COLOURS[RELATION_STRENGTH.get(relation, 1)])
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(QColor("#1b1b1b"))
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            return "\n".join(f"{m.ref} ({relation_word(m.relation)})" for m in members)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return translate("Coverage", "Unified element") if section == 0 else self._frameworks[section - 1][1]
        if role == Qt.ItemDataRole.ToolTipRole and section > 0:
            key = self._frameworks[section - 1][0]
            covered = sum(1 for row in self._rows if any(m.ref.framework == key for m in row.members))
            return f"{covered} of {len(self._rows)} unified elements have a member from {key}"
        return None


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
            swatch = QLabel("  {}  ".format(" / ".join(relation_word(word) for word in words)))
            swatch.setStyleSheet(f"background: {CELL_COLOURS[strength].name()}; color: #1b1b1b; "
                                 "border-radius: 3px; padding: 2px;")
            bar.addWidget(swatch)
        bar.addSpacing(24)
        bar.addWidget(self.summary_label, 1)

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
        layout.addWidget(split, 1)

        self.what_box.currentIndexChanged.connect(self.reload)
        self.view.clicked.connect(self.show_cell)
        self.view.selectionModel().currentChanged.connect(lambda current, _p: self.show_cell(current))
        context.listen(self.reload)
        self.reload()

    def reload(self) -> None:
        frameworks = [(f.key, f.short_name) for f in self.context.frameworks()]
        rows = matrix_rows(self.context.snapshot(), str(self.what_box.currentData()))
        self.model.set_matrix(rows, frameworks)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        self.view.setColumnWidth(0, 300)
        for column in range(1, self.model.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        shares = []
        for key, _name in frameworks:
            covered = sum(1 for row in rows if any(m.ref.framework == key for m in row.members))
            shares.append(f"{key} {covered}/{len(rows)}")
        self.summary_label.setText(
            translate("Coverage", "Elements with a member: ") + ", ".join(shares)
            if rows
            else translate("Coverage", ("Nothing yet: refresh the glossary or start the process model"))
        )
        self.members_text.setHtml(translate("Coverage", "<p style='color:gray'>Click a cell to see its members.</p>"))

    def show_cell(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        row = self.model.row(index.row())
        members = self.model.cell_members(index)
        framework = self.model.framework(index.column())
        parts = [
            f"<h3>{escape(row.label)}</h3>",
            f"<div style='color:gray'>{escape(row.kind)} {escape(row.uid)}"
            + (f" · {escape(framework)}" if framework else " · all frameworks")
            + "</div>",
        ]
        if not members:
            parts.append("<p><i>No member from this framework.</i></p>")
        for member in members:
            parts.append(self._member_html(member))
        self.members_text.setHtml("".join(parts))

    def _member_html(self, member: Member) -> str:
        definition = self._definition(member.ref)
        return (
            f"<p><b>{escape(self.context.label(member.ref))}</b> "
            f"<span style='color:gray'>{escape(str(member.ref))} · {escape(relation_word(member.relation))}</span>"
            + (f"<br>{escape(definition)}" if definition else "")
            + "</p>"
        )

    def _definition(self, ref: Ref) -> str:
        try:
            return self.context.workspace.entry(ref).definition
        except WorkbenchError:  # an entry removed since the snapshot: show the member without its text
            return ""
