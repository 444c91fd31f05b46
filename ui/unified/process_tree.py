"""The tree of the process-model tab: unified processes, each with its activities in order, and what each is
traced to. It holds the processes as read from the core; every change goes out through callbacks (rename,
trace a dropped framework entry, move a dragged activity) and comes back as a new tuple of processes."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QMimeData, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from ui.models import REF_MIME_TYPE
from ui.translations import QT_TRANSLATE_NOOP, translate
from ui.unified.context import relation_or_source
from workbench.domain import Ref
from workbench.unified_model import ActivityRecord, ProcessRecord, Trace
from workbench.unify import process_model

Index = QModelIndex | QPersistentModelIndex
ACTIVITY_MIME_TYPE = "application/x-workbench-unified-activity"
"""Drag payload inside the tree: the uid of the unified activity being moved, UTF-8."""
ElementRole = Qt.ItemDataRole.UserRole + 2
"""The ProcessRecord or ActivityRecord behind a row."""
PROCESS_ROW = 0
"""internalId of a process row; an activity row holds its process's row + 1."""
PROPOSED_COLOUR = QColor("#6a6a9a")
"""An activity the refresh proposed: greyish blue and italic, so it reads as not yet the model's."""

TraceDrop = Callable[[str, str], None]
"""(framework ref, unified uid)"""
Move = Callable[[str, str, int | None], None]
"""(activity uid, process uid, position or None for last)"""


class ProcessTreeModel(QAbstractItemModel):
    """Two levels: processes, each with its activities in order. Reads a tuple of ProcessRecords; every change
    goes out through the callbacks and comes back as a new tuple."""

    COLUMNS = (QT_TRANSLATE_NOOP("Process", "Unified process / activity"), QT_TRANSLATE_NOOP("Process", "Traced to"))

    def __init__(self, label: Callable[[Ref], str], rename: Callable[[str, str], bool], trace: TraceDrop, move: Move,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._processes: list[ProcessRecord] = []
        self._label = label
        self._rename = rename
        self._trace = trace
        self._move = move

    def set_processes(self, processes: Sequence[ProcessRecord]) -> None:
        self.beginResetModel()
        self._processes = list(processes)
        self.endResetModel()

    def processes(self) -> list[ProcessRecord]:
        return list(self._processes)

    # --- structure --------------------------------------------------------------------------------------------

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, PROCESS_ROW)
        return self.createIndex(row, column, parent.row() + 1)

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid() or index.internalId() == PROCESS_ROW:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, PROCESS_ROW)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return len(self._processes)
        if parent.column() != 0 or parent.internalId() != PROCESS_ROW:
            return 0
        return len(self._processes[parent.row()].activities)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return len(self.COLUMNS)

    def element(self, index: Index) -> ProcessRecord | ActivityRecord | None:
        if not index.isValid():
            return None
        if index.internalId() == PROCESS_ROW:
            return self._processes[index.row()]
        return self._processes[index.internalId() - 1].activities[index.row()]

    def process_of(self, index: Index) -> ProcessRecord | None:
        if not index.isValid():
            return None
        row = index.row() if index.internalId() == PROCESS_ROW else index.internalId() - 1
        return self._processes[row]

    def index_of(self, uid: str) -> QModelIndex:
        for row, process in enumerate(self._processes):
            if process.uid == uid:
                return self.index(row, 0)
            for activity_row, activity in enumerate(process.activities):
                if activity.uid == uid:
                    return self.index(activity_row, 0, self.index(row, 0))
        return QModelIndex()

    # --- data -------------------------------------------------------------------------------------------------

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        element = self.element(index)
        if element is None:
            return None
        proposed = element.status == process_model.PROPOSED
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if index.column() == 0:
                if proposed and role == Qt.ItemDataRole.DisplayRole:
                    return translate("Process", "{0} (proposed)").format(element.label)
                return element.label
            if role == Qt.ItemDataRole.DisplayRole:
                return self._traces_text(element.traces, "; ")
            return None
        if proposed and role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(PROPOSED_COLOUR)
        if role == Qt.ItemDataRole.FontRole and (proposed or (
                isinstance(element, ProcessRecord) and index.column() == 0)):
            font = QFont()
            font.setItalic(proposed)
            font.setBold(isinstance(element, ProcessRecord) and index.column() == 0)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            if index.column() == 1:
                return self._traces_text(element.traces, "\n") or None
            parts = [element.description]
            if isinstance(element, ProcessRecord):
                parts += [translate("Process", "Trigger: {0}").format(element.trigger or "—"),
                          translate("Process", "Outcome: {0}").format(element.outcome or "—")]
            if proposed:
                parts.append(translate("Process", "Proposed from the decisions: accept, rename or move it to make it "
                                                  "yours"))
            return "\n".join(part for part in parts if part) or None
        if role == ElementRole:
            return element
        return None

    def _traces_text(self, traces: Sequence[Trace], separator: str) -> str:
        """Each traced entry with its framework and relation ("source" for the one the element started from)."""
        return separator.join(
            f"{self._label(t.ref)} [{t.ref.framework}, {trace_word(t)}]" for t in traces)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return translate("Process", self.COLUMNS[section])
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDropEnabled
        if index.column() == 0:
            flags |= Qt.ItemFlag.ItemIsEditable
        if index.internalId() != PROCESS_ROW:
            flags |= Qt.ItemFlag.ItemIsDragEnabled
        return flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        element = self.element(index)
        if role != Qt.ItemDataRole.EditRole or element is None or index.column() != 0:
            return False
        text = str(value or "").strip()
        if not text or text == element.label:
            return False
        return self._rename(element.uid, text)

    # --- drag and drop ----------------------------------------------------------------------------------------

    def mimeTypes(self) -> list[str]:
        return [REF_MIME_TYPE, ACTIVITY_MIME_TYPE]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        data = QMimeData()
        for index in indexes:
            element = self.element(index)
            if isinstance(element, ActivityRecord):
                data.setData(ACTIVITY_MIME_TYPE, element.uid.encode())
                break
        return data

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.CopyAction | Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        # the move is made by the drop itself; a MoveAction would have the view remove the source row too
        return Qt.DropAction.CopyAction

    def canDropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int,
                        parent: Index) -> bool:
        if data.hasFormat(REF_MIME_TYPE):
            return parent.isValid() and row < 0
        if data.hasFormat(ACTIVITY_MIME_TYPE):
            return parent.isValid()
        return False

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index) -> bool:
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        if data.hasFormat(REF_MIME_TYPE):
            target = self.element(parent)
            assert target is not None
            self._trace(bytes(data.data(REF_MIME_TYPE).data()).decode(), target.uid)
            return True
        uid = bytes(data.data(ACTIVITY_MIME_TYPE).data()).decode()
        process = self.process_of(parent)
        assert process is not None
        # between two activities: that gap; onto the process: last; onto an activity: its place
        on_process = parent.internalId() == PROCESS_ROW
        position = (row if row >= 0 else None) if on_process else parent.row()
        current = [activity.uid for activity in process.activities]
        if position is not None and uid in current and current.index(uid) < position and row >= 0:
            position -= 1  # the dragged one leaves its old place above the gap first
        self._move(uid, process.uid, position)
        return True




def trace_word(trace: Trace) -> str:
    """The trace's relation in the interface language; "source" for the entry the element was started from."""
    return relation_or_source("source" if trace.origin == "source" else trace.relation)

