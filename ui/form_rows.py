"""Form rows whose field is a layout (an edit with its buttons) and still answer to their Alt+letter."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLabel, QLayout, QWidget


def add_field_row(form: QFormLayout, text: str, field: QLayout, buddy: QWidget) -> QLabel:
    """QFormLayout gives a row whose field is a layout a label without a buddy: its mnemonic showed as a
    literal "&" ("&File:") and Alt+F did nothing. This label's buddy is the row's main widget."""
    label = QLabel(text)
    label.setBuddy(buddy)
    form.addRow(label, field)
    return label
