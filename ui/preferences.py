"""Preferences: who decides, how the window looks, where exports go. Kept in QSettings, applied at start and on change.

The author name reaches every recorded decision through `$WORKBENCH_AUTHOR`, which the core already reads
(`workbench.workspace.default_author`): one place covers the mapper, the decisions table and any later view that
records authorship, with no author threaded through each command.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ui.form_rows import add_field_row
from ui.main_window import settings
from ui.theme import THEMES, apply_theme
from ui.translations import QT_TRANSLATE_NOOP, translate

LANGUAGES = {"system": QT_TRANSLATE_NOOP("Prefs", "Follow the system"), "en": "English", "sv": "Svenska"}
"""Each language named in itself, so a user who cannot read the current one still finds theirs."""
FONT_SCALES = (80, 200)  # per cent of the system font size
_AUTHOR_VARIABLE = "WORKBENCH_AUTHOR"
# What the environment said when the application started: used again when the preference is cleared.
_LAUNCH_AUTHOR = os.environ.get(_AUTHOR_VARIABLE)
_BASE_POINT_SIZE = "workbench_base_point_size"

# The View → Theme menu stores the theme under "theme"; the dialog shares that key so both always agree.
KEYS = {
    "author": "preferences/author",
    "theme": "theme",
    "font_scale": "preferences/font_scale",
    "language": "preferences/language",
    "export_folder": "preferences/export_folder",
}


@dataclass(frozen=True)
class Preferences:
    author: str = ""
    """Recorded on decisions; empty: $WORKBENCH_AUTHOR as launched, else the login name."""
    theme: str = "system"
    font_scale: int = 100
    """Per cent of the system font size."""
    language: str = "system"
    """"system", "en" or "sv": installed at start (ui.translations); a change shows after a restart."""
    export_folder: str = ""
    """Where save dialogs start; empty: the user's documents folder."""


def load_preferences(store: QSettings | None = None) -> Preferences:
    store = store or settings()
    theme = str(store.value(KEYS["theme"], "system"))
    language = str(store.value(KEYS["language"], "system"))
    try:
        scale = int(store.value(KEYS["font_scale"], 100))  # type: ignore[call-overload]
    except (TypeError, ValueError):
        scale = 100
    return Preferences(
        author=str(store.value(KEYS["author"], "")).strip(),
        theme=theme if theme in THEMES else "system",
        font_scale=min(max(scale, FONT_SCALES[0]), FONT_SCALES[1]),
        language=language if language in LANGUAGES else "system",
        export_folder=str(store.value(KEYS["export_folder"], "")),
    )


def save_preferences(preferences: Preferences, store: QSettings | None = None) -> None:
    store = store or settings()
    for field, key in KEYS.items():
        store.setValue(key, getattr(preferences, field))
    store.sync()


def apply_preferences(preferences: Preferences) -> None:
    if preferences.author:
        os.environ[_AUTHOR_VARIABLE] = preferences.author
    elif _LAUNCH_AUTHOR is not None:
        os.environ[_AUTHOR_VARIABLE] = _LAUNCH_AUTHOR
    else:
        os.environ.pop(_AUTHOR_VARIABLE, None)
    apply_theme(preferences.theme)
    apply_font_scale(preferences.font_scale)


def apply_font_scale(percent: int) -> None:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return
    # Scale from the size the application started with, so repeated changes never compound.
    base = app.property(_BASE_POINT_SIZE)
    if not isinstance(base, float):
        base = app.font().pointSizeF()
        app.setProperty(_BASE_POINT_SIZE, base)
    font = app.font()
    font.setPointSizeF(base * percent / 100)
    app.setFont(font)


def default_export_folder() -> str:
    """Where a save dialog starts: the preference when it still exists, else the documents folder."""
    folder = load_preferences().export_folder
    if folder and Path(folder).is_dir():
        return folder
    documents = Path.home() / "Documents"
    return str(documents if documents.is_dir() else Path.home())


class PreferencesDialog(QDialog):
    def __init__(self, preferences: Preferences, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("Prefs", "Preferences"))
        self.setMinimumWidth(480)
        self.author = QLineEdit(preferences.author)
        self.author.setPlaceholderText(_LAUNCH_AUTHOR or "your login name")
        self.author.setToolTip(translate("Prefs", "Recorded as the author of every decision you make"))
        self.theme = QComboBox()
        for key, title in THEMES.items():
            self.theme.addItem(translate("Theme", title), key)
        self.theme.setCurrentIndex(max(self.theme.findData(preferences.theme), 0))
        self.font_scale = QSpinBox()
        self.font_scale.setRange(*FONT_SCALES)
        self.font_scale.setSingleStep(10)
        self.font_scale.setSuffix(" %")
        self.font_scale.setValue(preferences.font_scale)
        self.language = QComboBox()
        for key, title in LANGUAGES.items():
            self.language.addItem(translate("Prefs", title), key)
        self.language.setCurrentIndex(max(self.language.findData(preferences.language), 0))
        self.export_folder = QLineEdit(preferences.export_folder)
        self.export_folder.setPlaceholderText(translate("Prefs", "Documents"))
        browse = QPushButton(translate("Prefs", "Browse…"))
        browse.clicked.connect(self._browse)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.export_folder, 1)
        folder_row.addWidget(browse)

        form = QFormLayout()
        form.addRow(translate("Prefs", "&Author name:"), self.author)
        form.addRow(translate("Prefs", "&Theme:"), self.theme)
        form.addRow(translate("Prefs", "&Font size:"), self.font_scale)
        form.addRow(translate("Prefs", "&Language:"), self.language)
        note = QLabel(translate("Prefs", "A new language takes effect when you restart the workbench."))
        note.setWordWrap(True)
        note.setEnabled(False)
        form.addRow("", note)
        add_field_row(form, translate("Prefs", "&Export folder:"), folder_row, self.export_folder)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, translate("Prefs", "Default export folder"),
                                                  self.export_folder.text())
        if folder:
            self.export_folder.setText(folder)

    def chosen(self) -> Preferences:
        return Preferences(
            author=self.author.text().strip(),
            theme=str(self.theme.currentData()),
            font_scale=self.font_scale.value(),
            language=str(self.language.currentData()),
            export_folder=self.export_folder.text().strip(),
        )


def edit_preferences(parent: QWidget | None = None) -> Preferences | None:
    """Show the dialog; on OK store and apply the new preferences and return them."""
    dialog = PreferencesDialog(load_preferences(), parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    chosen = dialog.chosen()
    save_preferences(chosen)
    apply_preferences(chosen)
    if parent is not None:
        _tick_theme_menu(parent, chosen.theme)
    return chosen


def _tick_theme_menu(window: QWidget, theme: str) -> None:
    """Keep View → Theme showing the theme the dialog chose (its actions are named by THEMES' titles)."""
    for action in window.findChildren(QAction, f"theme-{theme}"):
        if action.isCheckable():
            action.setChecked(True)


def preferences_action(parent: QWidget) -> QAction:
    """Edit → Preferences… (Ctrl+,; the platform's own shortcut where it has one)."""
    action = QAction(translate("Prefs", "&Preferences…"), parent)
    action.setObjectName("preferences")
    shortcuts = [QKeySequence("Ctrl+,")]
    platform = QKeySequence(QKeySequence.StandardKey.Preferences)
    if not platform.isEmpty() and platform != shortcuts[0]:
        shortcuts.append(platform)
    action.setShortcuts(shortcuts)
    action.setMenuRole(QAction.MenuRole.PreferencesRole)
    action.triggered.connect(lambda: edit_preferences(parent))
    return action
