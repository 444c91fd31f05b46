"""What the unified tabs share: the window's workspace and undo stack, entry labels by ref, and one snapshot of the
unified model that every view reads after each edit."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QMessageBox

from ui.messages import error_text
from ui.models import relation_word
from ui.translations import QT_TRANSLATE_NOOP, translate, translated_word
from workbench.domain import FrameworkRecord, Ref
from workbench.errors import WorkbenchError
from workbench.messages import Message
from workbench.unified_model import UnifiedSnapshot
from workbench.workspace import Workspace

if TYPE_CHECKING:
    from PySide6.QtGui import QUndoStack

    from ui.main_window import MainWindow

RELATION_STRENGTH = {"exact": 4, "close": 3, "broader": 2, "narrower": 2, "related": 1}
"""Strongest first: exact > close > broader/narrower > related."""


TRACE_WORDS = {
    "source": QT_TRANSLATE_NOOP("Unified", "source"),
    "manual": QT_TRANSLATE_NOOP("Unified", "by hand"),
    "derived": QT_TRANSLATE_NOOP("Unified", "from a decision"),
}
"""Where a trace comes from (`workbench.unified_model.TRACE_ORIGINS`), and "source" as a coverage cell shows the
framework an element was started from."""


def relation_or_source(relation: str) -> str:
    """A relation word in the interface language, or "source" for the entry an element was started from."""
    return translated_word("Unified", TRACE_WORDS, relation) if relation == "source" else relation_word(relation)


def origin_word(origin: str) -> str:
    return translated_word("Unified", TRACE_WORDS, origin)


def read_labels(workspace: Workspace) -> dict[Ref, str]:
    """Every entry's label by ref; safe to call off the interface thread."""
    return {entry.ref: entry.label for entry in workspace.entries()}


class UnifiedContext:
    """What the unified tabs share. It reads the window's workspace each time, so a workspace switch needs
    nothing but `reload`."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self._listeners: list[Callable[[], None]] = []
        self._snapshot: UnifiedSnapshot | None = None
        self._labels: dict[Ref, str] = {}
        self._labels_of: Workspace | None = None

    @property
    def workspace(self) -> Workspace:
        return self.window.workspace

    @property
    def stack(self) -> QUndoStack:
        return self.window.undo_stack

    def listen(self, callback: Callable[[], None]) -> None:
        self._listeners.append(callback)

    def snapshot(self) -> UnifiedSnapshot:
        if self._snapshot is None:
            self._snapshot = self.workspace.unified_snapshot()
        return self._snapshot

    def frameworks(self) -> list[FrameworkRecord]:
        return self.workspace.frameworks()

    def framework_name(self, key: str) -> str:
        """The framework's short name ("SAFe"), as the window's frameworks dock lists it."""
        return self.window.framework_names.of(key)

    def label(self, ref: Ref) -> str:
        if self._labels_of is not self.workspace:
            # one read of every entry per workspace; labels do not change while the window is open
            self.use_labels(self.workspace, read_labels(self.workspace))
        return self._labels.get(ref, str(ref))

    @property
    def has_labels(self) -> bool:
        return self._labels_of is self.workspace

    def use_labels(self, workspace: Workspace, labels: dict[Ref, str]) -> None:
        """Labels read elsewhere (by a worker thread): 20,000 entries took the interface 0.4 s."""
        self._labels, self._labels_of = labels, workspace

    def changed(self, snapshot: UnifiedSnapshot | None = None) -> None:
        """The unified model changed (an edit, an undo, a refresh): every view reads it again. `snapshot`: the
        model as it now is, when the caller has read it already (a refresh reads it in its worker)."""
        self._snapshot = snapshot
        for callback in self._listeners:
            callback()

    def attempt(self, action: Callable[[], object]) -> bool:
        """Run an edit; a refusal from the services is shown to the user, not raised."""
        try:
            action()
        except WorkbenchError as error:
            self.refused(error.message)
            return False
        return True

    def undo_refused(self, error: WorkbenchError) -> None:
        """An undo or redo of the unified model changed nothing (the window says why, as for decisions)."""
        self.window.undo_refused(error)

    def refused(self, message: Message) -> None:
        """A refusal from the services, in the status bar and a message box, in the interface language."""
        text = error_text(message)
        self.window.statusBar().showMessage(text, 10000)
        QMessageBox.warning(self.window, translate("Unified", "Cannot make this change"), text)
