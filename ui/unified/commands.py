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

from ui.translations import translate
from workbench.unified_model import UnifiedSnapshot
from workbench.unify import glossary, process_model
from workbench.workspace import Workspace

Changed = Callable[[], None]


class GlossaryCommand(QUndoCommand):
    """One glossary edit (label, definition, status, notes, merge, split, refresh) already applied."""

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
    """One process-model edit already applied (add, rename, move, delete, trace, untrace, start)."""

    def __init__(self, text: str, workspace: Workspace, undo: process_model.ModelUndo, changed: Changed) -> None:
        super().__init__(text)
        self._workspace = workspace
        self._undo: process_model.ModelUndo = undo
        self._redo: process_model.ModelUndo | None = None
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
    stack: QUndoStack, text: str, workspace: Workspace, edit: Callable[[], process_model.ModelEdit], changed: Changed
) -> process_model.ModelEdit:
    done = edit()
    stack.push(ModelCommand(text, workspace, done.undo, changed))
    return done


@dataclass(frozen=True)
class Refreshed:
    """A glossary refresh made (in a worker thread) and what undoing it needs."""

    before: tuple[glossary.ConceptState, ...]
    report: glossary.RefreshReport
    snapshot: UnifiedSnapshot
    """The unified model as the refresh left it, read in the same worker so the views need not read it again."""


def refresh_glossary_now(workspace: Workspace) -> Refreshed:
    """Refresh the glossary from the decisions, keeping what an undo needs: the service keeps no undo data for
    a refresh, so every concept is saved first. Safe to run off the interface thread."""
    before = glossary.concept_states(workspace)
    report = glossary.refresh(workspace)
    return Refreshed(before, report, workspace.unified_snapshot())


def push_refresh(
    stack: QUndoStack, workspace: Workspace, done: Refreshed, changed: Callable[[UnifiedSnapshot | None], None]
) -> None:
    """Record a refresh already made: its undo puts every concept back and removes the ones it added. The views
    are told first with the snapshot the worker read, after an undo or redo without one (they read it again)."""
    first = [done.snapshot]

    def now_changed() -> None:
        changed(first.pop() if first else None)

    stack.push(GlossaryCommand(translate("Undo", "refresh the glossary from the decisions"), workspace,
                               glossary.GlossaryUndo(restore=done.before, remove=done.report.added), now_changed))
