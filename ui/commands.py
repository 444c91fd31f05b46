"""One undoable command per user action; each calls a service, and each service call is one committed transaction,
so the workspace on disk always matches what the user sees, undo included."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from ui.models import relation_text
from ui.translations import translate
from workbench.domain import MappingRecord, Predicate, Ref
from workbench.errors import WorkbenchError
from workbench.store.decisions import ANY_VERSION, Expected
from workbench.workspace import Workspace

Changed = Callable[[tuple[Ref, Ref]], None]
"""Told the (subject, object) pair whose decision changed, after each do, undo and redo (refused ones too)."""
Refused = Callable[[WorkbenchError], None]
"""Told why an undo or redo changed nothing (a colleague changed the pair since, an entry is gone)."""


class PairCommand(QUndoCommand):
    """A command about one pair's decision. Each write checks that the pair still holds what this command last
    left there, so an undo never puts back an old decision over a colleague's newer one. A refused write changes
    nothing and makes the command obsolete, which takes it off the stack: Qt would otherwise keep a step that
    never happened (a failed first write stays on the stack, and its undo would overwrite the pair). The first
    write's error is kept in `failure` for the caller of `push`; later ones go to `refused`."""

    def __init__(self, text: str, pair: tuple[Ref, Ref], changed: Changed, refused: Refused) -> None:
        super().__init__(text)
        self.failure: WorkbenchError | None = None
        self._pair = pair
        self._changed = changed
        self._refused = refused
        self._pushed = False

    def _write(self, write: Callable[[], None]) -> None:
        first, self._pushed = not self._pushed, True
        try:
            write()
        except WorkbenchError as error:
            self.failure = error
            self.setObsolete(True)
            if not first:
                self._refused(error)
        self._changed(self._pair)


class DecideCommand(PairCommand):
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
        refused: Refused,
    ) -> None:
        super().__init__(f"{subject} {relation_text(predicate, negated)} {obj}", (subject, obj), changed, refused)
        self._workspace = workspace
        self._subject, self._predicate, self._object = subject, predicate, obj
        self._negated, self._comment, self._author = negated, comment, author
        self._replace_reverse = replace_reverse
        self._expected = expected
        """What the window showed of the pair: recorded only if nobody changed it since (DecisionChangedError)."""
        self._before = [found for found in (workspace.mapping_between(subject, obj),
                                            workspace.mapping_between(obj, subject) if replace_reverse else None)
                        if found is not None]
        """What the pair held before: the decision this way, and with `replace_reverse` the other way too."""
        self._after: MappingRecord | None = None
        self._held: list[MappingRecord] = []
        """What the pair holds after this command's last write (its stamps change with every write)."""

    def redo(self) -> None:
        self._write(self._do)

    def _do(self) -> None:
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
            self._held = [self._after]
        else:
            self._held = self._workspace.restore_pair(self._subject, self._object, [self._after],
                                                      expected=self._held)

    def undo(self) -> None:
        self._write(self._undo)

    def _undo(self) -> None:
        self._held = self._workspace.restore_pair(self._subject, self._object, self._before, expected=self._held)


class EditRationaleCommand(PairCommand):
    """Change the rationale of one recorded decision; its relation, author and direction stay."""

    def __init__(self, workspace: Workspace, decision: MappingRecord, comment: str, *, changed: Changed,
                 refused: Refused) -> None:
        super().__init__(translate("Undo", "rationale of {0} {1} {2}").format(
            decision.subject, relation_text(decision.predicate, decision.negated), decision.object),
            (decision.subject, decision.object), changed, refused)
        self._workspace = workspace
        self._before = decision
        self._comment = comment
        self._after: MappingRecord | None = None
        self._held = decision

    def redo(self) -> None:
        self._write(self._do)

    def _do(self) -> None:
        if self._after is None:
            # Only over the decision as it was shown: a colleague's change since is never overwritten silently.
            self._after = self._held = self._workspace.set_rationale(
                self._before.subject, self._before.object, self._comment, expected=self._before)
        else:
            self._held = self._workspace.restore_mapping(self._after, expected=self._held)

    def undo(self) -> None:
        self._write(self._undo)

    def _undo(self) -> None:
        self._held = self._workspace.restore_mapping(self._before, expected=self._held)


class DeleteMappingCommand(PairCommand):
    """Forget a decision as the window showed it; undo puts it back while nobody decided the pair since."""

    def __init__(self, workspace: Workspace, mapping: MappingRecord, *, changed: Changed, refused: Refused) -> None:
        relation = relation_text(mapping.predicate, mapping.negated)
        super().__init__(translate("Undo", "delete {0} {1} {2}").format(mapping.subject, relation, mapping.object),
                         (mapping.subject, mapping.object), changed, refused)
        self._workspace = workspace
        self._mapping = mapping
        self._held: MappingRecord | None = mapping

    def redo(self) -> None:
        self._write(self._do)

    def _do(self) -> None:
        assert self._held is not None  # redo follows a do or an undo, both of which leave the decision there
        self._workspace.remove_mapping(self._mapping.subject, self._mapping.object, expected=self._held)
        self._held = None

    def undo(self) -> None:
        self._write(self._undo)

    def _undo(self) -> None:
        self._held = self._workspace.restore_mapping(self._mapping, expected=None)
