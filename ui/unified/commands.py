"""Undoable commands over the unification services. Each service call returns its own undo data, and each
`restore` returns the data that redoes what it undid, so a command only has to swap the two.

The first edit is made *before* the command is pushed (`push_glossary_edit`, `push_model_edit`): a service may
refuse with a WorkbenchError, and an exception raised inside `QUndoCommand.redo` would not reach the caller.
A later undo or redo that the workspace refuses (another program kept it locked, the disk is full) changes
nothing: the command says why through `refused` and makes itself obsolete, which takes it off the stack. Qt would
otherwise count the step as undone while the workspace still holds it, and the next redo would do nothing. In a
macro (a merge of several concepts) the refused command makes the whole step obsolete, since Qt only looks at the
top command, and the commands after it in the macro are skipped."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TypeVar

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QUndoCommand, QUndoStack

from workbench.errors import WorkbenchError
from workbench.unified_model import UnifiedSnapshot
from workbench.unify import glossary, process_model
from workbench.unify.model_state import ModelEdit, ModelUndo
from workbench.unify.refresh import Unified, UnifyUndo, restore, unify
from workbench.workspace import Workspace

T = TypeVar("T")
Changed = Callable[[], None]
Refused = Callable[[WorkbenchError], None]
"""Told why an undo or redo changed nothing."""


class UnifiedCommand(QUndoCommand):
    """An undoable step whose undo and redo the workspace may refuse (see the module's note)."""

    def __init__(self, text: str, stack: QUndoStack, refused: Refused) -> None:
        super().__init__(text)
        self._stack = stack
        self._refused = refused

    def _attempt(self, step: Callable[[], T], undoing: bool) -> T | None:
        """Run one undo or redo and return what it returns. Refused (None): the step on the stack this command
        belongs to (itself, or the macro holding it) becomes obsolete, and the reason is told."""
        # While Qt runs a step, the stack's index still points where it pointed before the step.
        index = self._stack.index() - 1 if undoing else self._stack.index()
        top = self._stack.command(index) if 0 <= index < self._stack.count() else None
        if top is not None and top.isObsolete():
            return None  # an earlier command of the same macro was refused: this one is left as it is too
        try:
            return step()
        except WorkbenchError as error:
            (top or self).setObsolete(True)
            self._refused(error)
            return None


class GlossaryCommand(UnifiedCommand):
    """One glossary edit (label, definition, status, notes, merge, split) already applied."""

    def __init__(self, text: str, stack: QUndoStack, workspace: Workspace, undo: glossary.GlossaryUndo,
                 changed: Changed, refused: Refused) -> None:
        super().__init__(text, stack, refused)
        self._workspace = workspace
        self._undo: glossary.GlossaryUndo = undo
        self._redo: glossary.GlossaryUndo | None = None
        self._changed = changed

    def redo(self) -> None:
        with _waiting():
            if self._redo is not None:  # the first redo is the edit itself, made when the command was built
                redo = self._redo
                done = self._attempt(lambda: glossary.restore(self._workspace, redo).undo, False)
                if done is not None:
                    self._undo = done
            self._changed()

    def undo(self) -> None:
        with _waiting():
            done = self._attempt(lambda: glossary.restore(self._workspace, self._undo).undo, True)
            if done is not None:
                self._redo = done
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


class ModelCommand(UnifiedCommand):
    """One process-model edit already applied (add, rename, move, delete, trace, untrace)."""

    def __init__(self, text: str, stack: QUndoStack, workspace: Workspace, undo: ModelUndo, changed: Changed,
                 refused: Refused) -> None:
        super().__init__(text, stack, refused)
        self._workspace = workspace
        self._undo: ModelUndo = undo
        self._redo: ModelUndo | None = None
        self._changed = changed

    def redo(self) -> None:
        if self._redo is not None:
            redo = self._redo
            done = self._attempt(lambda: process_model.restore(self._workspace, redo).undo, False)
            if done is not None:
                self._undo = done
        self._changed()

    def undo(self) -> None:
        done = self._attempt(lambda: process_model.restore(self._workspace, self._undo).undo, True)
        if done is not None:
            self._redo = done
        self._changed()


def push_glossary_edit(
    stack: QUndoStack, text: str, workspace: Workspace, edit: Callable[[], glossary.GlossaryEdit], changed: Changed,
    refused: Refused,
) -> glossary.GlossaryEdit:
    """Make the edit (a WorkbenchError leaves the stack untouched), then record it for undo."""
    done = edit()
    stack.push(GlossaryCommand(text, stack, workspace, done.undo, changed, refused))
    return done


def push_model_edit(
    stack: QUndoStack, text: str, workspace: Workspace, edit: Callable[[], ModelEdit], changed: Changed,
    refused: Refused,
) -> ModelEdit:
    done = edit()
    stack.push(ModelCommand(text, stack, workspace, done.undo, changed, refused))
    return done


class RefreshCommand(UnifiedCommand):
    """A refresh of the unified model from the decisions already made: glossary and process model, one step."""

    def __init__(self, text: str, stack: QUndoStack, workspace: Workspace, undo: UnifyUndo,
                 changed: Callable[[UnifiedSnapshot | None], None], snapshot: UnifiedSnapshot,
                 refused: Refused) -> None:
        super().__init__(text, stack, refused)
        self._workspace = workspace
        self._undo = undo
        self._redo: UnifyUndo | None = None
        self._changed = changed
        self._snapshot: UnifiedSnapshot | None = snapshot

    def redo(self) -> None:
        with _waiting():
            if self._redo is not None:
                redo = self._redo
                done = self._attempt(lambda: restore(self._workspace, redo), False)
                if done is not None:
                    self._undo = done
            # the first time, the views get the snapshot the worker read; after an undo they read it again
            snapshot, self._snapshot = self._snapshot, None
            self._changed(snapshot)

    def undo(self) -> None:
        with _waiting():
            done = self._attempt(lambda: restore(self._workspace, self._undo), True)
            if done is not None:
                self._redo = done
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
                 changed: Callable[[UnifiedSnapshot | None], None], refused: Refused) -> None:
    """Record a refresh already made; pushing it tells the views, with the snapshot the worker read."""
    stack.push(RefreshCommand(text, stack, workspace, done.unified.undo, changed, done.snapshot, refused))
