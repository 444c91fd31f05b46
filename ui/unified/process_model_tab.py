"""The process-model tab: a tree of unified processes and their ordered activities, edited in place (rename,
add, reorder, move between processes, delete), and a list of framework processes and activities beside it that
are dragged onto a unified element (or assigned with a button) to trace them. Every change is one undoable
command on the window's stack."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QItemSelectionModel,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from ui.framework_pair import add_framework
from ui.models import REF_MIME_TYPE, Column, ListTableModel, relation_word
from ui.translations import QT_TRANSLATE_NOOP, translate
from ui.unified.commands import push_model_edit
from ui.unified.context import UnifiedContext
from ui.widgets import table_view
from workbench.domain import EntryRecord, Kind, Ref
from workbench.errors import WorkbenchError
from workbench.unified_model import ActivityRecord, Member, ProcessRecord
from workbench.unify import process_model
from workbench.workspace import Workspace

Index = QModelIndex | QPersistentModelIndex
ACTIVITY_MIME_TYPE = "application/x-workbench-unified-activity"
"""Drag payload inside the tree: the uid of the unified activity being moved, UTF-8."""
ElementRole = Qt.ItemDataRole.UserRole + 2
"""The ProcessRecord or ActivityRecord behind a row."""
_PROCESS = 0
"""internalId of a process row; an activity row holds its process's row + 1."""

Trace = Callable[[str, str], None]
"""(framework ref, unified uid)"""
Move = Callable[[str, str, int | None], None]
"""(activity uid, process uid, position or None for last)"""


class ProcessTreeModel(QAbstractItemModel):
    """Two levels: processes, each with its activities in order. Reads a tuple of ProcessRecords; every change
    goes out through the callbacks and comes back as a new tuple."""

    COLUMNS = (QT_TRANSLATE_NOOP("Process", "Unified process / activity"), QT_TRANSLATE_NOOP("Process", "Traced to"))

    def __init__(self, label: Callable[[Ref], str], rename: Callable[[str, str], bool], trace: Trace, move: Move,
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
            return self.createIndex(row, column, _PROCESS)
        return self.createIndex(row, column, parent.row() + 1)

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid() or index.internalId() == _PROCESS:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, _PROCESS)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return len(self._processes)
        if parent.column() != 0 or parent.internalId() != _PROCESS:
            return 0
        return len(self._processes[parent.row()].activities)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return len(self.COLUMNS)

    def element(self, index: Index) -> ProcessRecord | ActivityRecord | None:
        if not index.isValid():
            return None
        if index.internalId() == _PROCESS:
            return self._processes[index.row()]
        return self._processes[index.internalId() - 1].activities[index.row()]

    def process_of(self, index: Index) -> ProcessRecord | None:
        if not index.isValid():
            return None
        row = index.row() if index.internalId() == _PROCESS else index.internalId() - 1
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
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if index.column() == 0:
                return element.label
            if role == Qt.ItemDataRole.DisplayRole:
                return self._traces_text(element.traces, "; ")
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            if index.column() == 1:
                return self._traces_text(element.traces, "\n") or None
            if isinstance(element, ProcessRecord):
                parts = [element.description, f"Trigger: {element.trigger or '—'}",
                         f"Outcome: {element.outcome or '—'}"]
                return "\n".join(part for part in parts if part)
            return element.description or None
        if role == Qt.ItemDataRole.FontRole and isinstance(element, ProcessRecord) and index.column() == 0:
            font = QFont()
            font.setBold(True)
            return font
        if role == ElementRole:
            return element
        return None

    def _traces_text(self, traces: Sequence[Member], separator: str) -> str:
        return separator.join(f"{self._label(t.ref)} [{t.ref.framework}, {relation_word(t.relation)}]" for t in traces)

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
        if index.internalId() != _PROCESS:
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
        on_process = parent.internalId() == _PROCESS
        position = (row if row >= 0 else None) if on_process else parent.row()
        current = [activity.uid for activity in process.activities]
        if position is not None and uid in current and current.index(uid) < position and row >= 0:
            position -= 1  # the dragged one leaves its old place above the gap first
        self._move(uid, process.uid, position)
        return True


class ProcessModelTab(QWidget):
    def __init__(self, context: UnifiedContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context

        self.start_button = QPushButton(translate("Process", "Start from USM skeleton"))
        self.start_button.setToolTip(translate("Process",
                                               "Copy the five USM processes and their activities, each traced to USM"))
        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText(
            translate("Process", "Name of a new process or activity (a verb phrase: 'Restore service')")
        )
        self.name_edit.setAccessibleName(translate("Process", "Name of the new process or activity"))
        self.add_process_button = QPushButton(translate("Process", "Add process"))
        self.add_activity_button = QPushButton(translate("Process", "Add activity"))
        self.add_activity_button.setToolTip(
            translate("Process", "Add an activity to the selected process (after the selected activity)")
        )
        self.up_button = QPushButton(translate("Process", "Move up"))
        self.down_button = QPushButton(translate("Process", "Move down"))
        self.delete_button = QPushButton(translate("Process", "Delete"))
        self.empty_label = QLabel(
            translate("Process", "The model is empty: start from the USM skeleton, or add your own processes.")
        )
        self.empty_label.setStyleSheet("color: gray")
        bar = QHBoxLayout()
        bar.addWidget(self.start_button)
        bar.addSpacing(16)
        bar.addWidget(self.name_edit, 1)
        for button in (
            self.add_process_button,
            self.add_activity_button,
            self.up_button,
            self.down_button,
            self.delete_button,
        ):
            bar.addWidget(button)

        self.model = ProcessTreeModel(context.label, self.rename, self.trace_ref, self.move_activity, self)
        self.tree = QTreeView()
        self.tree.setModel(self.model)
        self.tree.setAccessibleName(translate("Process", "Unified process model"))
        self.tree.setAlternatingRowColors(True)
        self.tree.setDragEnabled(True)
        self.tree.setAcceptDrops(True)
        self.tree.setDropIndicatorShown(True)
        self.tree.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.tree.setDefaultDropAction(Qt.DropAction.CopyAction)
        self.tree.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        self.tree.setColumnWidth(0, 330)

        # The selected element: its texts and its traces.
        self.element_label = QLabel()
        self.element_label.setStyleSheet("color: gray")
        self.label_edit = QLineEdit()
        self.label_edit.setAccessibleName(translate("Process", "Name"))
        self.trigger_edit = QLineEdit()
        self.trigger_edit.setAccessibleName(translate("Process", "Trigger"))
        self.outcome_edit = QLineEdit()
        self.outcome_edit.setAccessibleName(translate("Process", "Outcome"))
        self.description_edit = QPlainTextEdit()
        self.description_edit.setAccessibleName(translate("Process", "Description"))
        self.description_edit.setMaximumHeight(90)
        self.apply_button = QPushButton(translate("Process", "Apply"))
        self.traces_model: ListTableModel[Member] = ListTableModel(
            [
                Column(
                    translate("Process", "Traced entry"), lambda m: context.label(m.ref), tooltip=lambda m: str(m.ref)
                ),
                Column(translate("Process", "Framework"), lambda m: context.framework_name(m.ref.framework)),
                Column(translate("Process", "Relation"), lambda m: relation_word(m.relation)),
            ],
            self,
        )
        self.traces_view = table_view(self.traces_model)
        self.traces_view.setAccessibleName(translate("Process", "Traces of the selected element"))
        self.traces_view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.untrace_button = QPushButton(translate("Process", "Remove trace"))
        form = QFormLayout()
        form.addRow(translate("Process", "&Name:"), self.label_edit)
        form.addRow(translate("Process", "Tri&gger:"), self.trigger_edit)
        form.addRow(translate("Process", "&Outcome:"), self.outcome_edit)
        form.addRow(translate("Process", "&Description:"), self.description_edit)
        details = QWidget()
        details_layout = QVBoxLayout(details)
        details_layout.setContentsMargins(0, 0, 0, 0)
        details_layout.addWidget(self.element_label)
        details_layout.addLayout(form)
        apply_row = QHBoxLayout()
        apply_row.addStretch(1)
        apply_row.addWidget(self.apply_button)
        details_layout.addLayout(apply_row)
        details_layout.addWidget(self.traces_view, 1)
        untrace_row = QHBoxLayout()
        untrace_row.addStretch(1)
        untrace_row.addWidget(self.untrace_button)
        details_layout.addLayout(untrace_row)
        left = QSplitter(Qt.Orientation.Vertical)
        left.addWidget(self.tree)
        left.addWidget(details)
        left.setStretchFactor(0, 3)
        left.setStretchFactor(1, 2)
        left.setSizes([560, 340])

        # The framework side: what can be traced.
        self.framework_box = QComboBox()
        self.framework_box.setAccessibleName(translate("Process", "Framework to trace from"))
        self.kind_box = QComboBox()
        self.kind_box.setAccessibleName(translate("Process", "Kind of framework entries"))
        self.kind_box.addItem(translate("Process", "Activities"), Kind.ACTIVITY.value)
        self.kind_box.addItem(translate("Process", "Processes"), Kind.PROCESS.value)
        self.source_filter = QLineEdit()
        self.source_filter.setPlaceholderText(translate("Process", "Filter framework entries"))
        self.source_filter.setClearButtonEnabled(True)
        self.source_model: ListTableModel[EntryRecord] = ListTableModel(
            [
                Column(
                    translate("Process", "Framework entry"),
                    lambda e: e.label,
                    tooltip=lambda e: f"{e.ref}\n{e.definition}",
                ),
                Column(translate("Process", "Process"), lambda e: context.label(e.parent) if e.parent else ""),
                Column(translate("Process", "Traced to"), lambda e: self._traced_to.get(e.ref, "")),
            ],
            self,
            drag_ref=lambda e: str(e.ref),
        )
        self._traced_to: dict[Ref, str] = {}
        self._source_entries: list[EntryRecord] = []
        self.source_view = table_view(self.source_model)
        self.source_view.setAccessibleName(translate("Process", "Framework processes and activities"))
        self.source_view.setDragEnabled(True)
        self.source_view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.relation_box = QComboBox()
        self.relation_box.setAccessibleName(translate("Process", "Relation of the trace"))
        for relation in process_model.RELATIONS:
            self.relation_box.addItem(relation_word(relation), relation)
        self.assign_button = QPushButton(translate("Process", "Trace to the selected unified element"))
        self.assign_button.setToolTip(translate("Process", "Or drag the entry onto a process or activity in the tree"))
        source_bar = QHBoxLayout()
        source_bar.addWidget(self.framework_box, 1)
        source_bar.addWidget(self.kind_box)
        assign_row = QHBoxLayout()
        assign_row.addWidget(self.relation_box)
        assign_row.addWidget(self.assign_button, 1)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addLayout(source_bar)
        right_layout.addWidget(self.source_filter)
        right_layout.addWidget(self.source_view, 1)
        right_layout.addLayout(assign_row)

        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(left)
        split.addWidget(right)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setSizes([850, 560])
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.empty_label)
        layout.addWidget(split, 1)

        self.start_button.clicked.connect(self.start_from_usm)
        self.add_process_button.clicked.connect(self.add_process)
        self.add_activity_button.clicked.connect(self.add_activity)
        self.up_button.clicked.connect(lambda: self.move_selected(-1))
        self.down_button.clicked.connect(lambda: self.move_selected(+1))
        self.delete_button.clicked.connect(self.delete_selected)
        self.apply_button.clicked.connect(self.apply_details)
        self.untrace_button.clicked.connect(self.untrace_selected)
        self.assign_button.clicked.connect(self.assign_selected)
        self.framework_box.currentIndexChanged.connect(self._load_sources)
        self.kind_box.currentIndexChanged.connect(self._load_sources)
        self.source_filter.textChanged.connect(self._filter_sources)
        self.tree.selectionModel().currentChanged.connect(lambda _c, _p: self._show_current())
        context.listen(self.reload)
        self._frameworks: list[str] = []
        self._sources_of: Workspace | None = None
        self.reload()

    # --- reading --------------------------------------------------------------------------------------------

    def reload(self) -> None:
        keep = self.current_uid()
        expanded = {
            process.uid
            for row, process in enumerate(self.model.processes())
            if self.tree.isExpanded(self.model.index(row, 0))
        }
        first_load = not self.model.processes()
        processes = self.context.snapshot().processes
        self.model.set_processes(processes)
        for row, process in enumerate(processes):
            if first_load or process.uid in expanded or process.uid == keep:
                self.tree.setExpanded(self.model.index(row, 0), True)
        frameworks = self.context.frameworks()
        keys = [f.key for f in frameworks]
        if keys != self._frameworks or self._sources_of is not self.context.workspace:
            self._frameworks = keys
            self._sources_of = self.context.workspace
            self.framework_box.blockSignals(True)
            self.framework_box.clear()
            for framework in frameworks:
                add_framework(self.framework_box, framework)
            self.framework_box.blockSignals(False)
            self.start_button.setVisible("usm" in keys)
            self._load_sources()
        self._traced_to = {
            trace.ref: element.label
            for process in processes
            for element in (process, *process.activities)
            for trace in element.traces
        }
        self._filter_sources()
        self.start_button.setEnabled(not processes)
        self.empty_label.setVisible(not processes)
        if keep is not None:
            self.select_uid(keep)
        self._show_current()

    def _load_sources(self) -> None:
        key = self.framework_box.currentData()
        self._source_entries = (
            self.context.workspace.entries(str(key), Kind(self.kind_box.currentData())) if key else []
        )
        self._filter_sources()

    def _filter_sources(self) -> None:
        needle = self.source_filter.text().strip().casefold()
        rows = [
            entry
            for entry in self._source_entries
            if not needle or needle in entry.label.casefold() or needle in str(entry.ref)
        ]
        self.source_model.set_rows(rows)

    def selected_entry(self) -> EntryRecord | None:
        """The framework process or activity selected in the list on the right."""
        index = self.source_view.currentIndex()
        return self.source_model.value(index.row()) if index.isValid() else None

    def current_element(self) -> ProcessRecord | ActivityRecord | None:
        return self.model.element(self.tree.currentIndex())

    def current_uid(self) -> str | None:
        element = self.current_element()
        return element.uid if element is not None else None

    def select_uid(self, uid: str) -> bool:
        index = self.model.index_of(uid)
        if not index.isValid():
            return False
        if index.parent().isValid():
            self.tree.setExpanded(index.parent(), True)
        self.tree.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        )
        self.tree.scrollTo(index)
        return True

    def _show_current(self) -> None:
        element = self.current_element()
        is_process = isinstance(element, ProcessRecord)
        for widget in (
            self.label_edit,
            self.description_edit,
            self.apply_button,
            self.up_button,
            self.down_button,
            self.delete_button,
            self.untrace_button,
            self.assign_button,
        ):
            widget.setEnabled(element is not None)
        for widget in (self.trigger_edit, self.outcome_edit):
            widget.setEnabled(is_process)
        self.add_activity_button.setEnabled(element is not None)
        if element is None:
            self.element_label.setText(translate("Process", "Select a process or activity"))
            for edit in (self.label_edit, self.trigger_edit, self.outcome_edit):
                edit.clear()
            self.description_edit.clear()
            self.traces_model.set_rows([])
            return
        self.element_label.setText(
            (translate("Process", "Process {0}") if is_process else translate("Process", "Activity {0}")).format(
                element.uid
            )
        )
        self.label_edit.setText(element.label)
        self.trigger_edit.setText(element.trigger if isinstance(element, ProcessRecord) else "")
        self.outcome_edit.setText(element.outcome if isinstance(element, ProcessRecord) else "")
        self.description_edit.setPlainText(element.description)
        for edit in (self.label_edit, self.trigger_edit, self.outcome_edit):
            edit.setCursorPosition(0)  # show the start of a long trigger or outcome
        self.traces_model.set_rows(element.traces)

    # --- editing --------------------------------------------------------------------------------------------

    def _push(self, text: str, edit: Callable[[], process_model.ModelEdit]) -> str | None:
        """Make one undoable edit; the uid it is about, or None when the services refused it."""
        done: list[process_model.ModelEdit] = []
        self.context.attempt(
            lambda: done.append(
                push_model_edit(self.context.stack, text, self.context.workspace, edit, self.context.changed)
            )
        )
        return done[0].uid if done else None

    def start_from_usm(self) -> None:
        workspace = self.context.workspace

        def start() -> process_model.ModelEdit:
            edit = process_model.start(workspace, "usm")
            if edit is None:
                raise WorkbenchError("the USM framework has no processes to start from")
            return edit

        self._push(translate("Undo", "start the process model from USM"), start)

    def add_process(self) -> None:
        name = self.name_edit.text().strip()
        if not name:
            self.name_edit.setFocus()
            return
        current = self.model.process_of(self.tree.currentIndex())
        order = [process.uid for process in self.model.processes()]
        position = order.index(current.uid) + 1 if current is not None else None
        workspace = self.context.workspace
        uid = self._push(
            translate("Undo", "add process '{0}'").format(name),
            lambda: process_model.add_process(workspace, name, position=position),
        )
        if uid is not None:
            self.name_edit.clear()
            self.select_uid(uid)

    def add_activity(self) -> None:
        name = self.name_edit.text().strip()
        index = self.tree.currentIndex()
        process = self.model.process_of(index)
        if not name or process is None:
            self.name_edit.setFocus()
            return
        position = index.row() + 1 if index.internalId() != _PROCESS else None
        workspace = self.context.workspace
        uid = self._push(
            translate("Undo", "add activity '{0}' to '{1}'").format(name, process.label),
            lambda: process_model.add_activity(workspace, process.uid, name, position=position),
        )
        if uid is not None:
            self.name_edit.clear()
            self.select_uid(uid)

    def rename(self, uid: str, label: str) -> bool:
        workspace = self.context.workspace
        if self._is_process(uid):
            return (
                self._push(
                    translate("Undo", "rename process to '{0}'").format(label),
                    lambda: process_model.update_process(workspace, uid, label=label),
                )
                is not None
            )
        return (
            self._push(
                translate("Undo", "rename activity to '{0}'").format(label),
                lambda: process_model.update_activity(workspace, uid, label=label),
            )
            is not None
        )

    def _is_process(self, uid: str) -> bool:
        return any(process.uid == uid for process in self.model.processes())

    def apply_details(self) -> None:
        element = self.current_element()
        if element is None:
            return
        workspace = self.context.workspace
        label = self.label_edit.text().strip() or element.label
        description = self.description_edit.toPlainText().strip()
        if isinstance(element, ProcessRecord):
            uid = element.uid
            trigger, outcome = self.trigger_edit.text().strip(), self.outcome_edit.text().strip()
            if (label, description, trigger, outcome) == (
                element.label,
                element.description,
                element.trigger,
                element.outcome,
            ):
                return
            self._push(
                translate("Undo", "edit process '{0}'").format(label),
                lambda: process_model.update_process(
                    workspace, uid, label=label, description=description, trigger=trigger, outcome=outcome
                ),
            )
        else:
            activity_uid = element.uid
            if (label, description) == (element.label, element.description):
                return
            self._push(
                translate("Undo", "edit activity '{0}'").format(label),
                lambda: process_model.update_activity(
                    workspace, activity_uid, label=label if label != element.label else None, description=description
                ),
            )

    def move_selected(self, step: int) -> None:
        index = self.tree.currentIndex()
        element = self.model.element(index)
        if element is None:
            return
        workspace = self.context.workspace
        if isinstance(element, ProcessRecord):
            position = index.row() + step
            if not 0 <= position < self.model.rowCount():
                return
            self._push(
                translate("Undo", "move process '{0}'").format(element.label),
                lambda: process_model.move_process(workspace, element.uid, position),
            )
        else:
            process = self.model.process_of(index)
            assert process is not None
            position = index.row() + step
            if not 0 <= position < len(process.activities):
                return
            self.move_activity(element.uid, process.uid, position)
        self.select_uid(element.uid)

    def move_activity(self, uid: str, process_uid: str, position: int | None) -> None:
        workspace = self.context.workspace
        if (
            self._push(
                translate("Undo", "move activity"),
                lambda: process_model.move_activity(workspace, uid, process_uid, position),
            )
            is not None
        ):
            self.select_uid(uid)

    def delete_selected(self) -> None:
        element = self.current_element()
        if element is None:
            return
        workspace = self.context.workspace
        if isinstance(element, ProcessRecord):
            self._push(
                translate("Undo", "delete process '{0}'").format(element.label),
                lambda: process_model.delete_process(workspace, element.uid),
            )
        else:
            self._push(
                translate("Undo", "delete activity '{0}'").format(element.label),
                lambda: process_model.delete_activity(workspace, element.uid),
            )

    def trace_ref(self, ref: str, uid: str) -> None:
        workspace = self.context.workspace
        relation = self.relation_box.currentData()
        if self._push(
            translate("Undo", "trace {0} to {1}").format(ref, uid),
            lambda: process_model.trace(workspace, ref, uid, relation),
        ):
            self.select_uid(uid)

    def assign_selected(self) -> None:
        uid = self.current_uid()
        index = self.source_view.currentIndex()
        if uid is None or not index.isValid():
            self.context.window.statusBar().showMessage(
                translate("Process", "Select a framework entry and a unified process or activity"), 5000
            )
            return
        self.trace_ref(str(self.source_model.value(index.row()).ref), uid)

    def untrace_selected(self) -> None:
        uid = self.current_uid()
        index = self.traces_view.currentIndex()
        if uid is None or not index.isValid():
            return
        ref = self.traces_model.value(index.row()).ref
        workspace = self.context.workspace
        if self._push(
            translate("Undo", "remove the trace of {0}").format(ref), lambda: process_model.untrace(workspace, ref, uid)
        ):
            self.select_uid(uid)
