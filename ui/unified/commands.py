"""Undoable commands over the unification services. Each service call returns its own undo data, and each
`restore` returns the data that redoes what it undid, so a command only has to swap the two.

The first edit is made *before* the command is pushed (`push_glossary_edit`, `push_model_edit`): a service may
refuse with a WorkbenchError, and an exception raised inside `QUndoCommand.redo` would not reach the caller."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QUndoCommand, QUndoStack

from workbench.unified_model import UnifiedSnapshot
from workbench.unify import glossary, process_model
from workbench.unify.model_state import ModelEdit, ModelUndo
from workbench.unify.refresh import Unified, UnifyUndo, restore, unify
from workbench.workspace import Workspace

Changed = Callable[[], None]


class GlossaryCommand(QUndoCommand):
    """One glossary edit (label, definition, status, notes, merge, split) already applied."""

    def __init__(self, text: str, workspace: Workspace, undo: glossary.GlossaryUndo, changed: Changed) -> None:
        super().__init__(text)
        self._workspace = workspace
        self._undo: glossary.GlossaryUndo = undo
        self._redo: glossary.GlossaryUndo | None = None
        self._changed = changed

    def redo(self) -> None:
        with _waiting():
            if self._redo is not None:  # the first redo is the edit itself, made when the command was built
                self._undo = glossary.restore(self._workspace, self._redo).undo
            self._changed()

    def undo(self) -> None:
        with _waiting():
            self._redo = glossary.restore(self._workspace, self._undo).undo
            self._changed()


@contextmanager
def _waiting() -> Iterator[None]:
    """A wait cursor while an undo or redo runs: putting back a refresh of 13,000 concepts takes about 2 s,
    on the interface thread (an undo step cannot wait for a worker)."""
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        QGuiApplication.restoreOverrideCursor()


class ModelCommand(QUndoCommand):
    """One process-model edit already applied (add, rename, move, delete, trace, untrace)."""

    def __init__(self, text: str, workspace: Workspace, undo: ModelUndo, changed: Changed) -> None:
        super().__init__(text)
        self._workspace = workspace
        self._undo: ModelUndo = undo
        self._redo: ModelUndo | None = None
        self._changed = changed

    def redo(self) -> None:
        if self._redo is not None:
            self._undo = process_model.restore(self._workspace, self._redo).undo
        self._changed()

    def undo(self) -> None:
        self._redo = process_model.restore(self._workspace, self._undo).undo
        self._changed()


def push_glossary_edit(
    stack: QUndoStack, text: str, workspace: Workspace, edit: Callable[[], glossary.GlossaryEdit], changed: Changed
) -> glossary.GlossaryEdit:
    """Make the edit (a WorkbenchError leaves the stack untouched), then record it for undo."""
    done = edit()
    stack.push(GlossaryCommand(text, workspace, done.undo, changed))
    return done


def push_model_edit(
    stack: QUndoStack, text: str, workspace: Workspace, edit: Callable[[], ModelEdit], changed: Changed
) -> ModelEdit:
    done = edit()
    stack.push(ModelCommand(text, workspace, done.undo, changed))
    return done


class RefreshCommand(QUndoCommand):
    """A refresh of the unified model from the decisions already made: glossary and process model, one step."""

    def __init__(self, text: str, workspace: Workspace, undo: UnifyUndo,
                 changed: Callable[[UnifiedSnapshot | None], None], snapshot: UnifiedSnapshot) -> None:
        super().__init__(text)
        self._workspace = workspace
        self._undo = undo
        self._redo: UnifyUndo | None = None
        self._changed = changed
        self._snapshot: UnifiedSnapshot | None = snapshot

    def redo(self) -> None:
        with _waiting():
            if self._redo is not None:
                self._undo = restore(self._workspace, self._redo)
            # the first time, the views get the snapshot the worker read; after an undo they read it again
            snapshot, self._snapshot = self._snapshot, None
            self._changed(snapshot)

    def undo(self) -> None:
        with _waiting():
            self._redo = restore(self._workspace, self._undo)
            self._changed(None)


@dataclass(frozen=True)
class Refreshed:
    """A refresh made (in a worker thread) and the unified model as it left it."""

    unified: Unified
    snapshot: UnifiedSnapshot
    """Read in the same worker, so the views need not read it again."""


def refresh_now(workspace: Workspace, *, refresh_glossary: bool = True, skeleton: str | None = None) -> Refreshed:
    """Refresh glossary and process model from the decisions (one transaction, `workbench.unify.refresh`), or
    start the process model from a skeleton and trace it from the decisions. Safe off the interface thread."""
    done = unify(workspace, refresh_glossary=refresh_glossary, skeleton=skeleton)
    return Refreshed(done, workspace.unified_snapshot())


def push_refresh(stack: QUndoStack, text: str, workspace: Workspace, done: Refreshed,
                 changed: Callable[[UnifiedSnapshot | None], None]) -> None:
    """Record a refresh already made; pushing it tells the views, with the snapshot the worker read."""
    stack.push(RefreshCommand(text, workspace, done.unified.undo, changed, done.snapshot))
