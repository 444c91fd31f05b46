"""The unified glossary tab: one row per unified concept with its label, status, definition, notes and, per
framework, the entries it harmonises. Label, status, definition and notes are edited in the table or in the
side editor; concepts are merged and members split out; "Refresh from decisions" rebuilds the proposals (and
the process model's traces, see `ui.unified.refresher`). Every change is one undoable command on the window's
stack. Concepts are listed A–Z (the order of every export), and two with the same label show what tells them
apart: "Capacity (ITIL 4)", "Capacity (SAFe)"."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QPersistentModelIndex, Qt
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
    QVBoxLayout,
    QWidget,
)

from ui.messages import text as message_text
from ui.models import Column, ListTableModel, ValueRole, relation_word
from ui.translations import QT_TRANSLATE_NOOP, translate, translated_word
from ui.unified.commands import Refreshed, push_glossary_edit
from ui.unified.concept_model import EDITABLE, ConceptModel, StatusDelegate, fill_statuses
from ui.unified.context import UnifiedContext
from ui.unified.refresher import Refresher
from ui.widgets import table_view
from workbench.unified_model import ConceptRecord
from workbench.unify import glossary

Index = QModelIndex | QPersistentModelIndex
FIELD_WORDS = {
    "label": QT_TRANSLATE_NOOP("Undo", "label"),
    "status": QT_TRANSLATE_NOOP("Undo", "status"),
    "definition": QT_TRANSLATE_NOOP("Undo", "definition"),
    "notes": QT_TRANSLATE_NOOP("Undo", "notes"),
}


def field_word(field: str) -> str:
    return translated_word("Undo", FIELD_WORDS, field)


class UnifiedGlossaryTab(QWidget):
    def __init__(self, context: UnifiedContext, refresher: Refresher, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.refresher = refresher
        self._frameworks: list[tuple[str, str]] = []

        self.filter_edit = QLineEdit()
        self.filter_edit.setPlaceholderText(translate("Glossary",
                                                      "Filter concepts by label, definition, notes or member"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.setAccessibleName(translate("Glossary", "Filter unified concepts"))
        self.refresh_button = QPushButton(translate("Glossary", "Refresh from decisions"))
        self.refresh_button.setToolTip(translate(
            "Glossary", "Rebuild the concepts from the decisions about terms, and the process model's traces from "
            "the decisions about processes and activities; your edits are kept (undo with Ctrl+Z)"))
        self.merge_button = QPushButton(translate("Glossary", "Merge selected"))
        self.merge_button.setToolTip(translate("Glossary", "Merge the selected concepts into the first of them"))
        self.report_label = QLabel()
        self.report_label.setWordWrap(True)
        self.report_label.setAccessibleName(translate("Glossary", "Refresh report"))
        self.empty_label = QLabel(translate(
            "Glossary",
            "No concepts yet. Decide how the terms of two frameworks relate (the Mapper tab), then press "
            "“Refresh from decisions”: terms decided exact or close become one concept each."))
        self.empty_label.setWordWrap(True)
        self.empty_label.setStyleSheet("color: gray")
        bar = QHBoxLayout()
        bar.addWidget(self.filter_edit, 1)
        bar.addWidget(self.merge_button)
        bar.addWidget(self.refresh_button)

        self.model = ConceptModel(context.label, self.edit_field, context.framework_name, self)
        self.view = table_view(self.model)
        self.view.setAccessibleName(translate("Glossary", "Unified concepts"))
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.view.setItemDelegateForColumn(1, StatusDelegate(self.view))

        # The side editor: the whole texts, and the members to write the unified definition from.
        self.uid_label = QLabel()
        self.uid_label.setStyleSheet("color: gray")
        self.label_edit = QLineEdit()
        self.label_edit.setAccessibleName(translate("Glossary", "Concept label"))
        self.status_box = QComboBox()
        fill_statuses(self.status_box)
        self.status_box.setAccessibleName(translate("Glossary", "Concept status"))
        self.definition_edit = QPlainTextEdit()
        self.definition_edit.setAccessibleName(translate("Glossary", "Concept definition"))
        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setAccessibleName(translate("Glossary", "Concept notes"))
        self.notes_edit.setMaximumHeight(70)
        self.apply_button = QPushButton(translate("Glossary", "Apply"))
        self.apply_button.setToolTip(translate("Glossary", "Save the changed fields (one undo step)"))
        self.proposal_button = QPushButton(translate("Glossary", "Use proposals"))
        self.proposal_button.setToolTip(
            translate("Glossary", "Go back to the label and definition proposed from the members")
        )
        self.members_model: ListTableModel[glossary.MemberDetail] = ListTableModel(
            [
                Column(translate("Glossary", "Entry"), lambda m: m.label, tooltip=lambda m: str(m.ref)),
                Column(translate("Glossary", "Framework"), lambda m: context.framework_name(m.ref.framework)),
                Column(translate("Glossary", "Relation"), lambda m: relation_word(m.relation)),
                Column(translate("Glossary", "Definition"), lambda m: m.definition, tooltip=lambda m: m.definition),
            ],
            self,
        )
        self.members_view = table_view(self.members_model)
        self.members_view.setAccessibleName(translate("Glossary", "Members of the concept"))
        self.members_view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.members_view.horizontalHeader().setStretchLastSection(True)
        self.split_button = QPushButton(translate("Glossary", "Split selected members out"))
        self.split_button.setToolTip(translate("Glossary", "Move the selected members into a new concept of their own"))

        form = QFormLayout()
        form.addRow(translate("Glossary", "&Label:"), self.label_edit)
        form.addRow(translate("Glossary", "&Status:"), self.status_box)
        form.addRow(translate("Glossary", "Def&inition:"), self.definition_edit)
        form.addRow(translate("Glossary", "&Notes:"), self.notes_edit)
        editor_buttons = QHBoxLayout()
        editor_buttons.addStretch(1)
        editor_buttons.addWidget(self.proposal_button)
        editor_buttons.addWidget(self.apply_button)
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(self.uid_label)
        side_layout.addLayout(form, 2)
        side_layout.addLayout(editor_buttons)
        side_layout.addWidget(QLabel(translate("Glossary", "Members (their definitions help write the unified one):")))
        side_layout.addWidget(self.members_view, 2)
        side_layout.addWidget(self.split_button)

        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.view)
        split.addWidget(side)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setSizes([1000, 420])
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.report_label)
        layout.addWidget(self.empty_label)
        layout.addWidget(split, 1)

        self.filter_edit.textChanged.connect(self.model.set_filter)
        self.refresh_button.clicked.connect(self.refresh)
        refresher.running_changed.connect(lambda running: self.refresh_button.setEnabled(not running))
        refresher.refreshed.connect(self._refreshed)
        self.merge_button.clicked.connect(self.merge_selected)
        self.apply_button.clicked.connect(self.apply_editor)
        self.proposal_button.clicked.connect(self.use_proposals)
        self.split_button.clicked.connect(self.split_selected)
        self.view.selectionModel().currentRowChanged.connect(lambda _c, _p: self._show_current())
        self.report_label.hide()
        context.listen(self.reload)
        self.reload()

    # --- reading --------------------------------------------------------------------------------------------

    def reload(self) -> None:
        keep = self.current_uid()
        frameworks = [(f.key, f.short_name) for f in self.context.frameworks()]
        if frameworks != self._frameworks:
            self._frameworks = frameworks
            self.model.set_frameworks(frameworks)
            header = self.view.horizontalHeader()
            header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
            for column, width in enumerate((190, 64, 260, 110)):
                self.view.setColumnWidth(column, width)
            for column in range(len(EDITABLE), self.model.columnCount()):
                self.view.setColumnWidth(column, 170)
        concepts = self.context.snapshot().concepts
        self.model.set_concepts(concepts)
        self.empty_label.setVisible(not concepts)
        header = self.view.horizontalHeader()
        if header.sortIndicatorSection() >= 0:
            self.model.sort(header.sortIndicatorSection(), header.sortIndicatorOrder())
        if keep is not None:
            self.select_uid(keep)
        self._show_current()

    def current_uid(self) -> str | None:
        index = self.view.currentIndex()
        if not index.isValid():
            return None
        concept: ConceptRecord = self.model.data(index, ValueRole)
        return concept.uid

    def selected_uids(self) -> list[str]:
        rows = sorted({index.row() for index in self.view.selectionModel().selectedRows()})
        return [self.model.value(row).uid for row in rows]

    def select_uid(self, uid: str) -> bool:
        row = self.model.row_of(uid)
        if row < 0 and self.filter_edit.text():
            self.filter_edit.clear()
            row = self.model.row_of(uid)
        if row < 0:
            return False
        index = self.model.index(row, 0)
        self.view.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        )
        self.view.scrollTo(index)
        return True

    def _show_current(self) -> None:
        uid = self.current_uid()
        concept = self.model.value(self.view.currentIndex().row()) if uid is not None else None
        for widget in (
            self.label_edit,
            self.status_box,
            self.definition_edit,
            self.notes_edit,
            self.apply_button,
            self.proposal_button,
            self.split_button,
        ):
            widget.setEnabled(concept is not None)
        if concept is None:
            self.uid_label.setText(translate("Glossary", "Select a concept to edit it"))
            self.label_edit.clear()
            self.definition_edit.clear()
            self.notes_edit.clear()
            self.members_model.set_rows([])
            return
        self.uid_label.setText(concept.uid)
        self.label_edit.setText(concept.label)
        self.status_box.setCurrentIndex(max(self.status_box.findData(concept.status), 0))
        self.definition_edit.setPlainText(concept.definition)
        self.notes_edit.setPlainText(concept.notes)
        self.members_model.set_rows(glossary.members(self.context.workspace, concept.uid))

    # --- editing --------------------------------------------------------------------------------------------

    def edit_field(self, uid: str, field: str, text: str) -> bool:
        """One field of one concept; an empty label or definition goes back to the proposal."""
        workspace = self.context.workspace
        edits: dict[str, Callable[[], glossary.GlossaryEdit]] = {
            "label": lambda: glossary.set_label(workspace, uid, text.strip() or None),
            "definition": lambda: glossary.set_definition(workspace, uid, text.strip() or None),
            "status": lambda: glossary.set_status(workspace, uid, text.strip()),
            "notes": lambda: glossary.set_notes(workspace, uid, text),
        }
        description = translate("Undo", "edit the {0} of {1}").format(field_word(field), self._name(uid))
        return self.context.attempt(
            lambda: push_glossary_edit(self.context.stack, description, workspace, edits[field], self.context.changed,
                                       self.context.undo_refused)
        )

    def apply_editor(self) -> None:
        uid = self.current_uid()
        if uid is None:
            return
        concept = self.model.value(self.view.currentIndex().row())
        wanted = {
            "label": self.label_edit.text().strip(),
            "status": str(self.status_box.currentData()),
            "definition": self.definition_edit.toPlainText().strip(),
            "notes": self.notes_edit.toPlainText().strip(),
        }
        changes = [(field, text) for field, text in wanted.items() if text != getattr(concept, field)]
        if not changes:
            return
        stack = self.context.stack
        stack.beginMacro(translate("Undo", "edit {0}").format(self._name(uid)))
        try:
            for field, text in changes:
                if not self.edit_field(uid, field, text):
                    break
        finally:
            stack.endMacro()

    def use_proposals(self) -> None:
        uid = self.current_uid()
        if uid is None:
            return
        workspace, stack = self.context.workspace, self.context.stack
        stack.beginMacro(translate("Undo", "use the proposals for {0}").format(self._name(uid)))
        try:
            self.context.attempt(
                lambda: push_glossary_edit(
                    stack,
                    "proposed label",
                    workspace,
                    lambda: glossary.set_label(workspace, uid, None),
                    self.context.changed,
                    self.context.undo_refused,
                )
            )
            self.context.attempt(
                lambda: push_glossary_edit(
                    stack,
                    "proposed definition",
                    workspace,
                    lambda: glossary.set_definition(workspace, uid, None),
                    self.context.changed,
                    self.context.undo_refused,
                )
            )
        finally:
            stack.endMacro()

    def merge_selected(self) -> None:
        uids = self.selected_uids()
        if len(uids) < 2:
            self.context.window.statusBar().showMessage(
                translate("Glossary", "Select two or more concepts to merge"), 5000
            )
            return
        kept, others = uids[0], uids[1:]
        workspace, stack = self.context.workspace, self.context.stack
        stack.beginMacro(translate("Undo", "merge {0} concepts into {1}").format(len(uids), self._name(kept)))
        try:
            for other in others:
                if not self.context.attempt(
                    lambda o=other: push_glossary_edit(  # type: ignore[misc]
                        stack, "merge", workspace, lambda: glossary.merge(workspace, kept, o), self.context.changed,
                        self.context.undo_refused,
                    )
                ):
                    break
        finally:
            stack.endMacro()
        self.select_uid(kept)

    def split_selected(self) -> None:
        uid = self.current_uid()
        rows = sorted({index.row() for index in self.members_view.selectionModel().selectedRows()})
        if uid is None or not rows:
            self.context.window.statusBar().showMessage(translate("Glossary", "Select the members to split out"), 5000)
            return
        refs = [self.members_model.value(row).ref for row in rows]
        workspace = self.context.workspace
        result: list[glossary.GlossaryEdit] = []
        self.context.attempt(
            lambda: result.append(
                push_glossary_edit(
                    self.context.stack,
                    translate("Undo", "split {0} member(s) out of {1}").format(len(refs), self._name(uid)),
                    workspace,
                    lambda: glossary.split(workspace, uid, refs),
                    self.context.changed,
                    self.context.undo_refused,
                )
            )
        )
        if result:
            self.select_uid(result[0].uids[0])

    def refresh(self) -> None:
        """Refresh the glossary and the process model from the decisions, in the background, as one undo step."""
        self.refresher.refresh()

    @property
    def refreshing(self) -> bool:
        return self.refresher.running

    def wait_for_jobs(self) -> None:
        self.refresher.wait_for_jobs()

    def _refreshed(self, done: Refreshed) -> None:
        if done.unified.glossary is not None:
            self.show_report(done.unified.glossary)

    def show_report(self, report: glossary.RefreshReport) -> None:
        summary = message_text(report.summary())
        lines = [summary[0].upper() + summary[1:] + "."]
        names = {concept.uid: self.model.shown_label(concept) for concept in self.context.snapshot().concepts}

        def listed(title: str, uids: Sequence[str]) -> None:
            if uids:
                shown = ", ".join(names.get(uid, uid) for uid in uids[:8])
                lines.append(f"{title}: {shown}{' …' if len(uids) > 8 else ''}")

        listed(translate("Glossary", "Added"), report.added)
        listed(translate("Glossary", "Changed"), report.changed)
        if report.removed:
            lines.append(translate("Glossary", "Removed: {0} concept(s) no decision supports any more")
                         .format(len(report.removed)))
        listed(translate("Glossary", "Kept your edits though the decisions now propose otherwise"), report.kept_edits)
        listed(translate("Glossary", "Edited but now without members"), report.emptied)
        self.report_label.setText("\n".join(lines))
        self.report_label.show()

    def _name(self, uid: str) -> str:
        row = self.model.row_of(uid)
        return f"'{self.model.shown_label(self.model.value(row))}'" if row >= 0 else uid

