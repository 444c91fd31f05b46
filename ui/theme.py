"""Light and dark themes: Qt's Fusion style with a light or a dark palette, following the system by default."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from ui.translations import QT_TRANSLATE_NOOP

THEMES = {
    "system": QT_TRANSLATE_NOOP("Theme", "Follow the system"),
    "light": QT_TRANSLATE_NOOP("Theme", "Light"),
    "dark": QT_TRANSLATE_NOOP("Theme", "Dark"),
}
"""Titles in English; show them through translate("Theme", title)."""


def _dark_palette() -> QPalette:
    palette = QPalette()
    role = QPalette.ColorRole
    colours = {
        role.Window: "#2b2d30", role.WindowText: "#e6e6e6", role.Base: "#1f2023", role.AlternateBase: "#2a2c2f",
        role.ToolTipBase: "#3a3d41", role.ToolTipText: "#f0f0f0", role.Text: "#e6e6e6", role.Button: "#33363a",
        role.ButtonText: "#e6e6e6", role.BrightText: "#ff6b6b", role.Highlight: "#3d7bd9",
        role.HighlightedText: "#ffffff", role.Link: "#7fb2ff", role.PlaceholderText: "#9a9a9a",
        role.Mid: "#45484d", role.Dark: "#18191b", role.Light: "#4a4d52",
    }
    for colour_role, value in colours.items():
        palette.setColor(colour_role, QColor(value))
    for colour_role in (role.Text, role.WindowText, role.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, colour_role, QColor("#7a7a7a"))
    return palette


def is_dark(key: str) -> bool:
    if key == "system":
        app = QApplication.instance()
        return isinstance(app, QApplication) and app.styleHints().colorScheme() is Qt.ColorScheme.Dark
    return key == "dark"


def apply_theme(key: str) -> None:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return
    # Fusion draws every widget from the palette, so both themes look the same on every platform.
    app.setStyle("Fusion")
    app.setPalette(_dark_palette() if is_dark(key) else app.style().standardPalette())
