"""The application icon, read from the bundled `resources/icons/` the same way in a checkout and a frozen build."""

from __future__ import annotations

from importlib import resources

from PySide6.QtGui import QIcon, QPixmap

ICON_SIZES = (16, 32, 48, 64, 128, 256)


def app_icon() -> QIcon:
    icon = QIcon()
    folder = resources.files("resources") / "icons"
    for size in ICON_SIZES:
        pixmap = QPixmap()
        # Loaded from bytes: inside a zip or a frozen archive there may be no file path to hand Qt.
        if pixmap.loadFromData((folder / f"workbench-{size}.png").read_bytes(), "PNG"):
            icon.addPixmap(pixmap)
    return icon
