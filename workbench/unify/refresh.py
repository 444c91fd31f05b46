"""Refreshing the whole unified model from the decisions as one step: terms into the glossary
(`workbench.unify.glossary_refresh`), processes and activities into the process model
(`workbench.unify.model_refresh`), optionally starting an empty process model from a skeleton first.

One transaction: it happens whole or not at all. It returns what undoing it needs (every concept and every
process as they were), so the application undoes it in one step and `workbench unify` makes the same change.
"""

from __future__ import annotations

from dataclasses import dataclass

from workbench.unify import glossary
from workbench.unify.glossary_refresh import RefreshReport, refresh_in
from workbench.unify.model_refresh import ModelRefreshReport, refresh_model_in
from workbench.unify.model_state import ModelUndo, all_states, process_order, restore_in
from workbench.unify.process_model import is_empty_in, start_in
from workbench.workspace import Workspace


@dataclass(frozen=True)
class UnifyUndo:
    glossary: glossary.GlossaryUndo | None
    """None when the glossary was left alone (starting the process model from its skeleton)."""
    model: ModelUndo


@dataclass(frozen=True)
class Unified:
    glossary: RefreshReport | None
    model: ModelRefreshReport
    started: tuple[str, ...]
    """The processes a skeleton start created (empty when the model was not started)."""
    undo: UnifyUndo


def unify(workspace: Workspace, *, refresh_glossary: bool = True, skeleton: str | None = None) -> Unified:
    """Refresh the glossary (unless `refresh_glossary` is False) and the process model from the decisions; an
    empty process model is first started from `skeleton` ("usm" or "empty") when one is given."""
    with workspace.transaction() as session:
        concepts = glossary.states_in(session) if refresh_glossary else ()
        processes = all_states(session)
        order = tuple(process_order(session))
        started: tuple[str, ...] = ()
        if skeleton is not None and is_empty_in(session):
            started = start_in(session, skeleton, str(workspace.path))
        report = refresh_in(session) if refresh_glossary else None
        model = refresh_model_in(session)
        undo = UnifyUndo(
            glossary.GlossaryUndo(restore=concepts, remove=report.added) if report is not None else None,
            ModelUndo(restore=processes, remove=started + model.added_processes, order=order),
        )
        return Unified(report, model, started, undo)


def restore(workspace: Workspace, undo: UnifyUndo) -> UnifyUndo:
    """Undo a refresh (or redo it, given what undoing returned); returns the data that reverses this."""
    with workspace.transaction() as session:
        concepts = glossary.restore_in(session, undo.glossary).undo if undo.glossary is not None else None
        model = restore_in(session, undo.model).undo
        return UnifyUndo(concepts, model)
