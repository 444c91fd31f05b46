"""Widgets every view shares, set up one way: tables of rows that are read, selected and dragged, not edited."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel
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
    view.horizontalHeader().setHighlightSections(False)
    view.setTabKeyNavigation(False)
    return view
