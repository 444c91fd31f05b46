"""The Decisions tab: every decision of the workspace in one table, filtered by text, relation and framework pair,
with the engine's warnings about decided pairs; the selected decision's relation changed or the decision deleted,
each one undoable command that never overwrites a colleague's change made since the tab showed it."""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from PySide6.QtGui import QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.commands import DecideCommand, DeleteMappingCommand, PairCommand, Refused
from ui.framework_pair import add_framework
from ui.jobs import CallJob
from ui.messages import error_text
from ui.models import CONFLICTS, RELATION_WORDS, MappingTableModel, ValueRole, relation_text, relation_word
from ui.translations import translate
from ui.widgets import table_view
from workbench.domain import MappingRecord, Predicate, Ref
from workbench.workspace import Workspace


class Host(Protocol):
    """What the tab needs from the main window."""

    workspace: Workspace
    undo_stack: QUndoStack

    def decisions_changed(self, pair: tuple[Ref, Ref] | None = None) -> None: ...


class DecisionsTab(QWidget):
    def __init__(self, host: Host, framework_name: Callable[[str], str], refused: Refused) -> None:
        super().__init__()
        self.setObjectName("decisions")
        self._host = host
        self._refused = refused
        self._unjudged = True
        self._judging: CallJob | None = None
        self.model = MappingTableModel(self, framework_name)
        self.view = table_view(self.model)
        self.view.setSortingEnabled(True)
        self.view.setAccessibleName(translate("Main", "Decisions"))
        # Labels and rationale share the width; the short columns are sized to what they hold. Not
        # ResizeToContents: that measures every row, and a workspace may hold tens of thousands of decisions.
        header = self.view.horizontalHeader()
        metrics = self.view.fontMetrics()
        padding = 2 * metrics.horizontalAdvance("M")
        for column, sample in ((1, "devops"), (2, relation_word("not a match")), (4, "devops"),
                               (5, "Firstname Lastname"), (6, "2026-11-23 17:30")):
            header.resizeSection(column, metrics.horizontalAdvance(sample) + padding)
        for column in (0, 3, 7):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.text_filter = QLineEdit()
        self.text_filter.setPlaceholderText(
            translate("Main", "Filter decisions by label, reference, author or rationale")
        )
        self.text_filter.setClearButtonEnabled(True)
        self.relation_filter = QComboBox()
        self.relation_filter.setAccessibleName(translate("Main", "Relation filter"))
        self.relation_filter.addItem(translate("Main", "Any relation"), "")
        for word in RELATION_WORDS:
            self.relation_filter.addItem(relation_word(word), word)
        self.relation_filter.addItem(translate("Main", "Conflicts (from a sync)"), CONFLICTS)
        self.framework_filter = QComboBox()
        self.framework_filter.setAccessibleName(translate("Main", "Framework filter"))
        self.other_filter = QComboBox()
        self.other_filter.setAccessibleName(translate("Main", "Second framework filter"))
        self.relation_edit = QComboBox()
        self.relation_edit.setAccessibleName(translate("Main", "Change relation of the selected decision"))
        for predicate in Predicate:
            self.relation_edit.addItem(relation_text(predicate, False), (predicate, False))
        self.relation_edit.addItem(relation_text(Predicate.EXACT, True), (Predicate.EXACT, True))
        change = QPushButton(translate("Main", "Change relation"))
        change.clicked.connect(self.change_selected_relation)
        delete = QPushButton(translate("Main", "Delete"))
        delete.setShortcut(QKeySequence.StandardKey.Delete)
        delete.setToolTip(translate("Main", "Delete the selected decision (Delete; undo with Ctrl+Z)"))
        delete.clicked.connect(self.delete_selected)
        self.text_filter.textChanged.connect(self._apply_filter)
        for combo in (self.relation_filter, self.framework_filter, self.other_filter):
            combo.currentIndexChanged.connect(self._apply_filter)
        # Sized to "Any framework", not to the longest name an imported framework may have: sized to the
        # names, the two boxes left the filter a few pixels wide beside the docks.
        self.text_filter.setMinimumWidth(self.text_filter.fontMetrics().horizontalAdvance("M") * 8)
        for combo in (self.framework_filter, self.other_filter):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(len(translate("Main", "Any framework")))
        # Filters above the table, changes to the selected decision below it: in one row the two made the
        # window too wide for a laptop beside the docks.
        bar = QHBoxLayout()
        bar.addWidget(self.text_filter, 1)
        bar.addWidget(self.relation_filter)
        bar.addWidget(self.framework_filter)
        bar.addWidget(QLabel(translate("Main", "and")))
        bar.addWidget(self.other_filter)
        edits = QHBoxLayout()
        edits.addStretch(1)
        edits.addWidget(self.relation_edit)
        edits.addWidget(change)
        edits.addWidget(delete)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)
        layout.addLayout(edits)

    def workspace_loaded(self) -> None:
        """The framework filters list the open workspace's frameworks."""
        for combo in (self.framework_filter, self.other_filter):
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(translate("Main", "Any framework"), "")
            for framework in self._host.workspace.frameworks():
                add_framework(combo, framework)
            combo.blockSignals(False)

    def selected(self) -> MappingRecord | None:
        index = self.view.currentIndex()
        if not index.isValid():
            return None
        mapping: MappingRecord = self.model.data(index, ValueRole)
        return mapping

    def delete_selected(self) -> None:
        mapping = self.selected()
        if mapping is None:
            return
        self._push(DeleteMappingCommand(self._host.workspace, mapping, changed=self._changed, refused=self._refused),
                   translate("Main", "Cannot delete the decision"))

    def change_selected_relation(self) -> None:
        mapping = self.selected()
        if mapping is None:
            return
        predicate, negated = self.relation_edit.currentData()
        self._push(DecideCommand(self._host.workspace, mapping.subject, predicate, mapping.object, negated=negated,
                                 comment=mapping.comment, author=mapping.author, expected=mapping,
                                 changed=self._changed, refused=self._refused),
                   translate("Main", "Cannot record the decision"))

    def _changed(self, pair: tuple[Ref, Ref]) -> None:
        self._host.decisions_changed(pair)

    def _push(self, command: PairCommand, title: str) -> None:
        self._host.undo_stack.push(command)
        if command.failure is not None:  # a colleague changed or removed it since the tab showed it
            QMessageBox.warning(self, title, error_text(command.failure))

    def _apply_filter(self) -> None:
        self.model.set_filter(
            self.text_filter.text(),
            str(self.relation_filter.currentData() or ""),
            str(self.framework_filter.currentData() or ""),
            str(self.other_filter.currentData() or ""),
        )

    # --- the engine's warnings, in the background ------------------------------------------------------------

    def decisions_changed(self, shown: bool) -> None:
        self._unjudged = True
        self.judge_if_shown(shown)

    def judge_if_shown(self, shown: bool) -> None:
        """The engine's warnings about decided pairs (false friends: same name, different meaning): computed in
        the background when the tab is shown and the decisions changed since."""
        if not shown or not self._unjudged:
            return
        self._unjudged = False
        workspace = self._host.workspace

        def judge(_progress: object) -> dict[tuple[Ref, Ref], tuple[str, ...]]:
            from workbench.matching import false_friends  # the engine loads off the interface thread

            return {(mapping.subject, mapping.object): suggestion.flags
                    for mapping, suggestion in false_friends(workspace)}

        job = CallJob(judge, self)
        job.succeeded.connect(lambda flags, w=workspace: self._judged(w, flags))
        self._judging = job
        job.start()

    def _judged(self, workspace: Workspace, flags: dict[tuple[Ref, Ref], tuple[str, ...]]) -> None:
        if workspace is self._host.workspace:
            self.model.set_flags(flags)

    def wait_for_jobs(self) -> None:
        if self._judging is not None:
            self._judging.done.wait()
