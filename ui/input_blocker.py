"""Holding the user's input back while a write runs in a worker, without greying the window."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject

_USER_INPUT = frozenset({
    QEvent.Type.KeyPress, QEvent.Type.KeyRelease, QEvent.Type.ShortcutOverride, QEvent.Type.Shortcut,
    QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease, QEvent.Type.MouseButtonDblClick,
    QEvent.Type.Wheel, QEvent.Type.ContextMenu, QEvent.Type.Drop,
})


class InputBlocker(QObject):
    """Swallows keys, clicks and drops application-wide between `start` and `stop`. A glossary refresh shows its
    modal busy dialog only after a moment (most take a fraction of a second); until then a key such as Ctrl+Z
    could have started a second write that waited on the refresh's transaction."""

    def start(self) -> None:
        app = QCoreApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def stop(self) -> None:
        app = QCoreApplication.instance()
        if app is not None:
            app.removeEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        return event.type() in _USER_INPUT
