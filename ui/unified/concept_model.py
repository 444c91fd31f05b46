"""The glossary tab's table: unified concepts as rows in the glossary's one order (A-Z, told apart by qualifier
when two share a label), the first four columns edited in place, then one column per framework with the
entries each concept harmonises; and a drop-down for the status column."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import partial
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from ui.models import Column, ListTableModel, relation_word
from ui.translations import QT_TRANSLATE_NOOP, translate, translated_word
from ui.unified.context import RELATION_STRENGTH
from workbench.domain import Ref
from workbench.unified_model import ConceptRecord, concept_qualifiers, display_label, label_key, ordered_concepts
from workbench.unify import glossary

Index = QModelIndex | QPersistentModelIndex
EDITABLE = ("label", "status", "definition", "notes")
"""The first columns, in order; the framework columns follow."""
AGREED_COLOUR = QColor("#2e7d32")
STATUS_WORDS = {"draft": QT_TRANSLATE_NOOP("Glossary", "draft"), "agreed": QT_TRANSLATE_NOOP("Glossary", "agreed")}
"""What each of glossary.STATUSES is called in the interface; the stored value stays the key."""


def status_word(status: str) -> str:
    return translated_word("Glossary", STATUS_WORDS, status)


def fill_statuses(box: QComboBox) -> None:
    for status in glossary.STATUSES:
        box.addItem(status_word(status), status)


class ConceptModel(ListTableModel[ConceptRecord]):
    """Concepts as rows; the first four columns are editable and write through `edit(uid, field, text)`."""

    def __init__(self, label: Callable[[Ref], str], edit: Callable[[str, str, str], bool],
                 framework_name: Callable[[str], str] = str, parent: QObject | None = None) -> None:
        super().__init__([], parent)
        self._label = label
        self._edit = edit
        self._framework_name = framework_name
        self._all: list[ConceptRecord] = []
        self._qualifiers: dict[str, str] = {}
        self._filter = ""
        self.set_frameworks([])

    def set_frameworks(self, frameworks: Sequence[tuple[str, str]]) -> None:
        """(key, name) of each framework, one column each."""
        columns: list[Column[ConceptRecord]] = [
            Column(translate("Glossary", "Label"), self.shown_label, tooltip=lambda c: c.uid,
                   sort_key=lambda c: (label_key(c.label), self._qualifiers.get(c.uid, "").casefold(), c.uid)),
            Column(translate("Glossary", "Status"), lambda c: status_word(c.status)),
            Column(translate("Glossary", "Definition"), lambda c: c.definition.replace("\n", " "),
                   tooltip=lambda c: c.definition),
            Column(translate("Glossary", "Notes"), lambda c: c.notes.replace("\n", " "), tooltip=lambda c: c.notes),
        ]
        for key, name in frameworks:
            columns.append(Column(name, partial(self.equivalents, framework=key),
                                  tooltip=partial(self.equivalents, framework=key, separator="\n")))
        self.beginResetModel()
        self._columns = columns
        self.endResetModel()

    def equivalents(self, concept: ConceptRecord, framework: str, separator: str = "; ") -> str:
        members = sorted((m for m in concept.members if m.ref.framework == framework),
                         key=lambda m: -RELATION_STRENGTH.get(m.relation, 0))
        return separator.join(f"{self._label(m.ref)} ({relation_word(m.relation)})" for m in members)

    def set_concepts(self, concepts: Sequence[ConceptRecord]) -> None:
        """The concepts in the glossary's one order (A-Z by label, then qualifier)."""
        self._qualifiers = concept_qualifiers(concepts, self._framework_name)
        self._all = ordered_concepts(concepts, self._qualifiers)
        self._apply()

    def shown_label(self, concept: ConceptRecord) -> str:
        """The label, with what tells it apart from another concept of the same label."""
        return display_label(concept, self._qualifiers)

    def set_filter(self, text: str) -> None:
        self._filter = text.strip().casefold()
        self._apply()

    def _apply(self) -> None:
        if not self._filter:
            self.set_rows(self._all)
            return
        needle = self._filter

        def keep(concept: ConceptRecord) -> bool:
            texts = [self.shown_label(concept), concept.definition, concept.notes, concept.uid]
            texts += [self._label(m.ref) for m in concept.members] + [str(m.ref) for m in concept.members]
            return any(needle in text.casefold() for text in texts)

        self.set_rows([concept for concept in self._all if keep(concept)])

    def row_of(self, uid: str) -> int:
        return next((row for row, concept in enumerate(self._rows) if concept.uid == uid), -1)

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() < len(EDITABLE):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        if role == Qt.ItemDataRole.EditRole and index.column() < len(EDITABLE):
            return str(getattr(self._rows[index.row()], EDITABLE[index.column()]))
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == 1:
            return QBrush(AGREED_COLOUR) if self._rows[index.row()].status == "agreed" else None
        return super().data(index, role)

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or index.column() >= len(EDITABLE):
            return False
        concept = self._rows[index.row()]
        field = EDITABLE[index.column()]
        text = "" if value is None else str(value)
        if text == getattr(concept, field):
            return False
        # the edit reloads the model (through the undo command); nothing is left to change here
        return self._edit(concept.uid, field, text)


class StatusDelegate(QStyledItemDelegate):
    """A drop-down of the statuses instead of free text."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        box = QComboBox(parent)
        fill_statuses(box)
        return box

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(editor.findData(str(index.data(Qt.ItemDataRole.EditRole))), 0))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
