"""The process-model tab: a tree of unified processes and their ordered activities, edited in place (rename,
add, reorder, move between processes, delete), and a list of framework processes and activities beside it that
are dragged onto a unified element (or assigned with a button) to trace them. "Start from USM skeleton" and
"Refresh from decisions" trace framework processes and activities from the decisions (`ui.unified.refresher`);
processes and activities the refresh proposes show as proposed until a person accepts, edits or moves them. Every
change is one undoable command on the window's stack."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
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

from ui.messages import text as message_text
from ui.models import Column, ListTableModel, relation_word
from ui.translations import translate
from ui.unified.commands import Refreshed, push_model_edit
from ui.unified.context import UnifiedContext, origin_word
from ui.unified.process_tree import PROCESS_ROW, ProcessTreeModel
from ui.unified.refresher import Refresher
from ui.unified.trace_sources import TraceSources
from ui.widgets import table_view
from workbench.domain import EntryRecord, Ref
from workbench.unified_model import ActivityRecord, ProcessRecord, Trace
from workbench.unify import process_model
from workbench.unify.model_refresh import ModelRefreshReport, decided_relation
from workbench.unify.model_state import ModelEdit


class ProcessModelTab(QWidget):
    def __init__(self, context: UnifiedContext, refresher: Refresher, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.refresher = refresher

        self.start_button = QPushButton(translate("Process", "Start from USM skeleton"))
        self.start_button.setToolTip(translate(
            "Process", "Copy the five USM processes and their activities, each traced to its USM entry as its source, "
            "and trace the framework processes and activities your decisions relate to them (processes proposed so far "
            "give way to them)"))
        self.refresh_button = QPushButton(translate("Process", "Refresh from decisions"))
        self.refresh_button.setToolTip(translate(
            "Process", "Trace framework processes and activities from the decisions, propose processes and "
            "activities for what has no place yet, and refresh the glossary; what you traced or edited is kept (undo "
            "with Ctrl+Z)"))
        self.accept_button = QPushButton(translate("Process", "Accept proposal"))
        self.accept_button.setToolTip(translate(
            "Process", "Make the selected proposed process or activity part of the model (editing or moving it does "
            "too)"))
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
        self.empty_label = QLabel()
        self.empty_label.setWordWrap(True)
        self.empty_label.setStyleSheet("color: gray")
        self.report_label = QLabel()
        self.report_label.setWordWrap(True)
        self.report_label.setAccessibleName(translate("Process", "Refresh report"))
        self.report_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.report_label.hide()
        # Two rows: in one, the buttons set the window's least width above a 1366-pixel laptop's room for it
        # beside the docks (Swedish labels are longer), and the frameworks dock was squeezed to "Proce…".
        starts = QHBoxLayout()
        starts.addWidget(self.start_button)
        starts.addWidget(self.refresh_button)
        starts.addStretch(1)
        bar = QHBoxLayout()
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
        self.description_edit.setMaximumHeight(70)
        self.apply_button = QPushButton(translate("Process", "Apply"))
        self.traces_model: ListTableModel[Trace] = ListTableModel(
            [
                Column(
                    translate("Process", "Traced entry"), lambda t: context.label(t.ref), tooltip=lambda t: str(t.ref)
                ),
                Column(translate("Process", "Framework"), lambda t: context.framework_name(t.ref.framework)),
                Column(translate("Process", "Relation"), lambda t: relation_word(t.relation)),
                Column(translate("Process", "From"), lambda t: origin_word(t.origin)),
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
        form.addRow(translate("Process", "Descr&iption:"), self.description_edit)
        details = QWidget()
        details_layout = QVBoxLayout(details)
        details_layout.setContentsMargins(0, 0, 0, 0)
        details_layout.addWidget(self.element_label)
        details_layout.addLayout(form)
        apply_row = QHBoxLayout()
        apply_row.addWidget(self.accept_button)
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
        left.setSizes([500, 400])  # room for the traces of the selected element

        # The framework side: what can be traced (the widgets are the tab's too, as one view).
        self.sources = TraceSources(context)
        self.framework_box = self.sources.framework_box
        self.kind_box = self.sources.kind_box
        self.source_filter = self.sources.source_filter
        self.source_model = self.sources.source_model
        self.source_view = self.sources.source_view
        self.relation_box = self.sources.relation_box
        self.assign_button = self.sources.assign_button
        right = self.sources

        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(left)
        split.addWidget(right)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setSizes([850, 560])
        layout = QVBoxLayout(self)
        layout.addLayout(starts)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.report_label)
        layout.addLayout(bar)
        layout.addWidget(split, 1)

        self.start_button.clicked.connect(self.start_from_usm)
        self.refresh_button.clicked.connect(refresher.refresh)
        self.accept_button.clicked.connect(self.accept_selected)
        refresher.running_changed.connect(lambda _running: self._enable_refresh())
        refresher.refreshed.connect(self._refreshed)
        self.add_process_button.clicked.connect(self.add_process)
        self.add_activity_button.clicked.connect(self.add_activity)
        self.up_button.clicked.connect(lambda: self.move_selected(-1))
        self.down_button.clicked.connect(lambda: self.move_selected(+1))
        self.delete_button.clicked.connect(self.delete_selected)
        self.apply_button.clicked.connect(self.apply_details)
        self.untrace_button.clicked.connect(self.untrace_selected)
        self.assign_button.clicked.connect(self.assign_selected)
        self.tree.selectionModel().currentChanged.connect(lambda _c, _p: self._show_current())
        self.source_view.selectionModel().currentRowChanged.connect(lambda _c, _p: self._suggest_relation())
        context.listen(self.reload)
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
        self.sources.set_frameworks(frameworks)
        with_usm = any(f.key == "usm" for f in frameworks)
        self.start_button.setVisible(with_usm)
        # Without USM there is no button to start from: the hint pointed at one that was not there.
        self.empty_label.setText(translate(
            "Process", "The model is empty. Start from the USM skeleton (your decisions about processes and "
            "activities are traced to it at once), or type a name and add your own processes.") if with_usm
            else translate(
            "Process", "The model is empty. Type a name and add your own processes, or add the bundled USM "
            "framework (File > Add bundled frameworks…) to start from its skeleton; your decisions about "
            "processes and activities are then traced to it at once."))
        self.sources.set_places(processes)
        self._enable_refresh()
        self.empty_label.setVisible(not processes)
        if keep is not None:
            self.select_uid(keep)
        self._show_current()

    def selected_entry(self) -> EntryRecord | None:
        """The framework process or activity selected in the list on the right."""
        return self.sources.selected_entry()

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
        self.accept_button.setEnabled(element is not None and element.status == process_model.PROPOSED)
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
        self._suggest_relation()

    def _suggest_relation(self) -> None:
        """The relation box starts from what the decisions say about the selected entry and element."""
        element, entry = self.current_element(), self.selected_entry()
        if element is None or entry is None:
            return
        relation = decided_relation(entry.ref, element.traces, self.context.workspace.mappings_of(entry.ref))
        if relation is not None:
            self.relation_box.setCurrentIndex(self.relation_box.findData(relation))

    def _enable_refresh(self) -> None:
        running = self.refresher.running
        # Processes the refresh proposed give way to the skeleton (workbench.unify.process_model.start_in).
        self.start_button.setEnabled(not running and all(
            process.status == process_model.PROPOSED for process in self.model.processes()))
        self.refresh_button.setEnabled(not running)
    # --- editing --------------------------------------------------------------------------------------------

    def _push(self, text: str, edit: Callable[[], ModelEdit]) -> str | None:
        """Make one undoable edit; the uid it is about, or None when the services refused it."""
        done: list[ModelEdit] = []
        self.context.attempt(
            lambda: done.append(
                push_model_edit(self.context.stack, text, self.context.workspace, edit, self.context.changed,
                                self.context.undo_refused)
            )
        )
        return done[0].uid if done else None

    def start_from_usm(self) -> None:
        """The USM skeleton, traced from the decisions at once; one undo step."""
        self.refresher.start_from_usm()

    def _refreshed(self, done: Refreshed) -> None:
        self.show_report(done.unified.model)

    def show_report(self, report: ModelRefreshReport) -> None:
        """What the refresh did to the process model, with what still needs a person: activities in two places,
        and decided entries with no place yet."""
        summary = message_text(report.summary())
        lines = [summary[0].upper() + summary[1:] + "."]
        if report.conflicts:
            names = {process.uid: process.label for process in self.model.processes()}
            names.update({activity.uid: activity.label for process in self.model.processes()
                          for activity in process.activities})
            lines.append(translate("Process", "In two places (decide which): {0}").format("; ".join(
                "{} → {}".format(self.context.label(c.ref), " / ".join(names.get(u, u) for u in c.places))
                for c in report.conflicts)))
        if report.unplaced:
            shown = [f"{self.context.label(ref)} [{self.context.framework_name(ref.framework)}]"
                     for ref in report.unplaced[:12]]
            lines.append(translate("Process", "Not yet placed (no unified process for them yet): {0}").format(
                ", ".join(shown) + (" …" if len(report.unplaced) > 12 else "")))
        self.report_label.setText("\n".join(lines))
        self.report_label.show()

    def accept_selected(self) -> None:
        element = self.current_element()
        if element is None or element.status != process_model.PROPOSED:
            return
        workspace, uid = self.context.workspace, element.uid
        if isinstance(element, ActivityRecord):
            self._push(translate("Undo", "accept the proposed activity '{0}'").format(element.label),
                       lambda: process_model.update_activity(workspace, uid, status="draft"))
        else:
            self._push(translate("Undo", "accept the proposed process '{0}'").format(element.label),
                       lambda: process_model.update_process(workspace, uid, status="draft"))
        self.select_uid(uid)

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
        position = index.row() + 1 if index.internalId() != PROCESS_ROW else None
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
        """Trace `ref` to `uid`: as the decisions relate them when they do (a drop onto another element than the
        selected one too), else as the relation box says."""
        workspace = self.context.workspace
        relation = self.relation_box.currentData()
        target = self.model.element(self.model.index_of(uid))
        if target is not None and target.uid != self.current_uid():
            parsed = Ref.parse(ref)
            relation = decided_relation(parsed, target.traces, workspace.mappings_of(parsed)) or relation
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
