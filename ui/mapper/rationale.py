"""The rationale line of the mapper, bound to exactly one decision or to one entry's next decision.

A rationale typed for one entry once landed on another entry's "not a match" (issue 15): the line edit was a
free-floating text that the next decision anywhere took. Now what is typed belongs to a place, and the label
beside the line says which:

- when the pair on show (the selected entry and candidate) has a decision, the line shows and edits that
  decision's rationale; Enter saves it on that decision (an undoable command);
- otherwise the line is the entry's draft for its next decision, whichever candidate it will be about; it
  never moves to another entry.

Text typed and not saved is kept per place, so moving away and back loses nothing. Enter and Esc hand the
keyboard back to the entry list, where 1–5, X, N and P act again.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QWidget

from ui.translations import translate
from workbench.domain import MappingRecord, Ref

Place = tuple[Ref, Ref | None]
"""(entry, candidate) for a decided pair; (entry, None) for the entry's draft of its next decision."""


class RationaleField(QWidget):
    saveRequested = Signal(object, str)
    """(MappingRecord, text): Enter on a decided pair whose rationale was changed."""
    left = Signal()
    """Enter or Esc: the keyboard goes back to the entry list."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = QLineEdit()
        self.edit.setPlaceholderText(translate("Mapper", "Rationale (Ctrl+E; Enter keeps it, Esc goes back)"))
        self.edit.setAccessibleName(translate("Mapper", "Rationale"))
        self.label = QLabel()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.edit, 1)
        self._texts: dict[Place, str] = {}
        """Text typed and not yet recorded, per place."""
        self._place: Place | None = None
        self._decision: MappingRecord | None = None
        self.edit.textEdited.connect(self._typed)
        self.edit.returnPressed.connect(self._enter)
        self.edit.installEventFilter(self)
        self.bind(None, None, None)

    # --- what the line belongs to -------------------------------------------------------------------------------

    def bind(self, entry: Ref | None, candidate: Ref | None, decision: MappingRecord | None,
             entry_label: str = "") -> None:
        """Show the rationale of `decision` (the pair entry/candidate's), or the entry's draft when there is
        none. Nothing typed is lost by binding elsewhere."""
        self._decision = decision
        if entry is None:
            self._place = None
            self.edit.clear()
            self.edit.setEnabled(False)
            self.label.setText(translate("Mapper", "Rationale:"))
            return
        self.edit.setEnabled(True)
        self._place = (entry, candidate) if decision is not None else (entry, None)
        stored = decision.comment if decision is not None else ""
        self.edit.setText(self._texts.get(self._place, stored))
        self.edit.setCursorPosition(len(self.edit.text()))
        if decision is not None:
            self.label.setText(translate("Mapper", "Rationale of this decision:"))
            self.label.setToolTip(translate("Mapper", "Enter saves it on the decision shown in “Decided”"))
        else:
            self.label.setText(translate("Mapper", "Rationale for this entry's next decision:"))
            self.label.setToolTip(translate(
                "Mapper", "Kept for <i>{0}</i> only; its next decision takes it, whichever candidate it is about"
            ).format(escape(entry_label)))

    @property
    def place(self) -> Place | None:
        return self._place

    @property
    def decision(self) -> MappingRecord | None:
        return self._decision

    def comment_for(self, entry: Ref, candidate: Ref, existing: MappingRecord | None) -> str:
        """The rationale a new decision about (entry, candidate) records: text typed for that decided pair, else
        the decision's own rationale, else the entry's draft."""
        if (entry, candidate) in self._texts:
            return self._texts[(entry, candidate)]
        if existing is not None:
            return existing.comment
        return self._texts.get((entry, None), "")

    def recorded(self, entry: Ref, candidate: Ref) -> None:
        """A decision about (entry, candidate) was recorded with the rationale `comment_for` gave: those texts
        are used up."""
        self._texts.pop((entry, candidate), None)
        self._texts.pop((entry, None), None)

    def forget(self) -> None:
        """Another workspace: nothing typed for this one applies."""
        self._texts.clear()
        self.bind(None, None, None)

    # --- typing --------------------------------------------------------------------------------------------------

    def _typed(self, text: str) -> None:
        if self._place is not None:
            self._texts[self._place] = text

    def _enter(self) -> None:
        decision, place = self._decision, self._place
        if decision is not None and place is not None and self.edit.text().strip() != decision.comment:
            self.saveRequested.emit(decision, self.edit.text())
            self._texts.pop(place, None)
        self.left.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.edit and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() == Qt.Key.Key_Escape and event.modifiers() == Qt.KeyboardModifier.NoModifier:
                self.left.emit()
                return True
        return super().eventFilter(watched, event)
