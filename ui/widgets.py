"""Widgets every view shares: tables of rows that are read, selected and dragged, not edited; line edits that
leave the window's Ctrl shortcuts alone."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QEvent, QObject
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QTableView


def table_view(model: QAbstractItemModel, view: QTableView | None = None) -> QTableView:
    """`view` (a new QTableView by default) showing `model`: whole rows selected one at a time, not editable,
    alternating colours, no row numbers; Tab leaves the table instead of walking its cells."""
    view = view or QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().hide()
    # Rows as tall as a line of text needs: styles' default rows (30 pixels here) left a laptop screen six
    # suggestions.
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
    view.horizontalHeader().setHighlightSections(False)
    view.setTabKeyNavigation(False)
    return view


class ShortcutPassthrough(QObject):
    """An event filter for line edits: these key sequences reach the window's shortcuts instead of the line.

    A QLineEdit claims some Ctrl keys for itself (Ctrl+E moves to the end of the line on Linux), so a window
    shortcut with that key did nothing while a line had the focus. Refusing the line the shortcut override lets
    the shortcut fire."""

    def __init__(self, keys: list[QKeySequence], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._keys = {key.toString() for key in keys}

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent):
            pressed = QKeySequence(event.keyCombination()).toString()
            if pressed in self._keys:
                event.ignore()
                return True
        return super().eventFilter(watched, event)
