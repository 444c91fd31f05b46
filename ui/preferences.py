"""The Preferences dialog: who decides, how the window looks and reads, where exports go (ui.settings keeps them)."""

from __future__ import annotations

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
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
from ui.settings import (
    FONT_SCALES,
    LANGUAGES,
    LAUNCH_AUTHOR,
    Preferences,
    apply_preferences,
    load_preferences,
    save_preferences,
)
from ui.theme import THEMES
from ui.translations import translate


class PreferencesDialog(QDialog):
    def __init__(self, preferences: Preferences, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("Prefs", "Preferences"))
        self.setMinimumWidth(480)
        self.author = QLineEdit(preferences.author)
        self.author.setPlaceholderText(LAUNCH_AUTHOR or translate("Prefs", "your login name"))
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
        self.advance = QCheckBox(translate("Prefs", "After a decision, move to the next unreviewed entry"))
        self.advance.setChecked(preferences.advance_after_decision)
        self.floor = QDoubleSpinBox()
        self.floor.setRange(0.0, 1.0)
        self.floor.setSingleStep(0.05)
        self.floor.setDecimals(2)
        self.floor.setValue(preferences.suggestion_floor)
        self.floor.setToolTip(translate("Prefs", "Suggestions scoring lower than this are hidden unless they come "
                                                 "with a reason"))
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.export_folder, 1)
        folder_row.addWidget(browse)

        form = QFormLayout()
        form.addRow(translate("Prefs", "&Author name:"), self.author)
        form.addRow(translate("Prefs", "&Theme:"), self.theme)
        form.addRow(translate("Prefs", "&Font size:"), self.font_scale)
        form.addRow(translate("Prefs", "&Language:"), self.language)
        form.addRow(translate("Prefs", "&Mapper:"), self.advance)
        form.addRow(translate("Prefs", "Hide suggestions &below:"), self.floor)
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
            advance_after_decision=self.advance.isChecked(),
            suggestion_floor=round(self.floor.value(), 2),
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
