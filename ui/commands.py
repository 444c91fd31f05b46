"""One undoable command per user action; each calls a service, and each service call is one committed transaction,
so the workspace on disk always matches what the user sees, undo included."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from ui.models import relation_text
from ui.translations import translate
from workbench.domain import MappingRecord, Predicate, Ref
from workbench.store.decisions import ANY_VERSION, Expected
from workbench.workspace import Workspace

Changed = Callable[[tuple[Ref, Ref]], None]
"""Told the (subject, object) pair whose decision changed, after each do, undo and redo."""


class DecideCommand(QUndoCommand):
    """Record (or change) the decision about a pair; undo puts back exactly what the pair held before."""

    def __init__(
        self,
        workspace: Workspace,
        subject: Ref,
        predicate: Predicate,
        obj: Ref,
        *,
        negated: bool = False,
        comment: str = "",
        author: str | None = None,
        replace_reverse: bool = False,
        expected: Expected = ANY_VERSION,
        changed: Changed,
    ) -> None:
        super().__init__(f"{subject} {relation_text(predicate, negated)} {obj}")
        self._workspace = workspace
        self._subject, self._predicate, self._object = subject, predicate, obj
        self._negated, self._comment, self._author = negated, comment, author
        self._replace_reverse = replace_reverse
        self._expected = expected
        """What the window showed of the pair: recorded only if nobody changed it since (DecisionChangedError)."""
        self._changed = changed
        self._before = [found for found in (workspace.mapping_between(subject, obj),
                                            workspace.mapping_between(obj, subject) if replace_reverse else None)
                        if found is not None]
        """What the pair held before: the decision this way, and with `replace_reverse` the other way too."""
        self._after: MappingRecord | None = None

    def redo(self) -> None:
        if self._after is None:
            self._after = self._workspace.add_mapping(
                self._subject,
                self._predicate,
                self._object,
                negated=self._negated,
                comment=self._comment,
                author=self._author,
                replace_reverse=self._replace_reverse,
                expected=self._expected,
            )
        else:
            self._workspace.restore_pair(self._subject, self._object, [self._after])
        self._changed((self._subject, self._object))

    def undo(self) -> None:
        self._workspace.restore_pair(self._subject, self._object, self._before)
        self._changed((self._subject, self._object))


class EditRationaleCommand(QUndoCommand):
    """Change the rationale of one recorded decision; its relation, author and direction stay."""

    def __init__(self, workspace: Workspace, decision: MappingRecord, comment: str, *, changed: Changed) -> None:
        super().__init__(translate("Undo", "rationale of {0} {1} {2}").format(
            decision.subject, relation_text(decision.predicate, decision.negated), decision.object))
        self._workspace = workspace
        self._before = decision
        self._comment = comment
        self._after: MappingRecord | None = None
        self._changed = changed

    def redo(self) -> None:
        if self._after is None:
            # Only over the decision as it was shown: a colleague's change since is never overwritten silently.
            self._after = self._workspace.set_rationale(self._before.subject, self._before.object, self._comment,
                                                        expected=self._before)
        else:
            self._workspace.restore_mapping(self._after)
        self._changed((self._before.subject, self._before.object))

    def undo(self) -> None:
        self._workspace.restore_mapping(self._before)
        self._changed((self._before.subject, self._before.object))


class DeleteMappingCommand(QUndoCommand):
    def __init__(self, workspace: Workspace, mapping: MappingRecord, *, changed: Changed) -> None:
        relation = relation_text(mapping.predicate, mapping.negated)
        super().__init__(translate("Undo", "delete {0} {1} {2}").format(mapping.subject, relation, mapping.object))
        self._workspace = workspace
        self._mapping = mapping
        self._changed = changed

    def redo(self) -> None:
        self._workspace.remove_mapping(self._mapping.subject, self._mapping.object)
        self._changed((self._mapping.subject, self._mapping.object))

    def undo(self) -> None:
        self._workspace.restore_mapping(self._mapping)
        self._changed((self._mapping.subject, self._mapping.object))
