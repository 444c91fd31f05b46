"""The framework side of the process-model tab: a framework's processes or activities, filtered, each with where
it is traced in the unified model; dragged onto a unified element (or assigned with the button, as the relation
box says) to trace it there."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QHeaderView, QLineEdit, QPushButton, QVBoxLayout, QWidget

from ui.framework_pair import add_framework
from ui.models import Column, ListTableModel, relation_word
from ui.translations import translate
from ui.unified.context import UnifiedContext
from ui.unified.process_tree import trace_word
from ui.widgets import table_view
from workbench.domain import EntryRecord, FrameworkRecord, Kind, Ref
from workbench.unified_model import ActivityRecord, ProcessRecord
from workbench.unify import process_model
from workbench.unify.model_refresh import STRENGTH
from workbench.workspace import Workspace


class TraceSources(QWidget):
    def __init__(self, context: UnifiedContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
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
        self._entries: list[EntryRecord] = []
        self._frameworks: list[str] = []
        self._of: Workspace | None = None
        self.source_view = table_view(self.source_model)
        self.source_view.setAccessibleName(translate("Process", "Framework processes and activities"))
        self.source_view.setDragEnabled(True)
        self.source_view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.source_view.setColumnWidth(1, 140)
        self.source_view.setColumnWidth(2, 230)  # where an entry is traced, with how, is what is looked for here
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
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(source_bar)
        layout.addWidget(self.source_filter)
        layout.addWidget(self.source_view, 1)
        layout.addLayout(assign_row)
        self.framework_box.currentIndexChanged.connect(self._load)
        self.kind_box.currentIndexChanged.connect(self._load)
        self.source_filter.textChanged.connect(self._filter)

    def set_frameworks(self, frameworks: Sequence[FrameworkRecord]) -> bool:
        """Offer these frameworks (read again only when they or the workspace changed); True when they did."""
        keys = [f.key for f in frameworks]
        if keys == self._frameworks and self._of is self.context.workspace:
            return False
        self._frameworks, self._of = keys, self.context.workspace
        self.framework_box.blockSignals(True)
        self.framework_box.clear()
        for framework in frameworks:
            add_framework(self.framework_box, framework)
        self.framework_box.blockSignals(False)
        self._load()
        return True

    def set_places(self, processes: Sequence[ProcessRecord]) -> None:
        """Where each framework entry is traced: every unified element with its relation, strongest first."""
        places: dict[Ref, list[tuple[int, str]]] = {}
        for process in processes:
            elements: list[ProcessRecord | ActivityRecord] = [process, *process.activities]
            for element in elements:
                for trace in element.traces:
                    places.setdefault(trace.ref, []).append(
                        (-STRENGTH.get(trace.relation, 0), f"{element.label} ({trace_word(trace)})"))
        self._traced_to = {ref: "; ".join(text for _strength, text in sorted(found)) for ref, found in places.items()}
        self._filter()

    def selected_entry(self) -> EntryRecord | None:
        index = self.source_view.currentIndex()
        return self.source_model.value(index.row()) if index.isValid() else None

    def _load(self) -> None:
        key = self.framework_box.currentData()
        self._entries = self.context.workspace.entries(str(key), Kind(self.kind_box.currentData())) if key else []
        self._filter()

    def _filter(self) -> None:
        """Show the entries matching the filter; the selected one stays selected (every edit of the model
        reloads the list's "Traced to")."""
        selected = self.selected_entry()
        needle = self.source_filter.text().strip().casefold()
        rows = [entry for entry in self._entries
                if not needle or needle in entry.label.casefold() or needle in str(entry.ref)]
        self.source_model.set_rows(rows)
        if selected is not None:
            row = next((r for r, entry in enumerate(rows) if entry.ref == selected.ref), -1)
            if row >= 0:
                self.source_view.setCurrentIndex(self.source_model.index(row, 0))
