"""The state of one workshop: the agenda, where the room is in it, what each item came to, and the rationale typed.

Decisions are never stored here: they go through the main window's `decide`, so they are undoable from the same
undo stack and committed at once. Whether an item is decided is read back from the workspace (its pair holds a
different decision than it did when the workshop started), so undoing a decision anywhere reopens the item.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import Protocol

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from ui.translations import QT_TRANSLATE_NOOP, translate
from workbench.domain import MappingRecord, Predicate, Ref, Suggestion
from workbench.relations import relation_key
from workbench.workspace import Workspace


class Host(Protocol):
    """What a workshop needs from the main window."""

    workspace: Workspace
    undo_stack: QUndoStack

    def decide(self, subject: Ref, predicate: Predicate, obj: Ref, negated: bool, comment: str,
               author: str | None = None) -> bool: ...


class ItemStatus(StrEnum):
    OPEN = "open"
    DECIDED = "decided"
    PARKED = "parked"


_STATUS_WORDS = {
    ItemStatus.OPEN: QT_TRANSLATE_NOOP("Workshop", "open"),
    ItemStatus.DECIDED: QT_TRANSLATE_NOOP("Workshop", "decided"),
    ItemStatus.PARKED: QT_TRANSLATE_NOOP("Workshop", "parked"),
}


def status_text(status: ItemStatus) -> str:
    """An agenda item's status as the interface shows it; the minutes keep the English value."""
    return translate("Workshop", _STATUS_WORDS[status])


@dataclass(frozen=True)
class SummaryRow:
    number: int
    status: ItemStatus
    item: Suggestion
    decision: MappingRecord | None
    rationale: str

    @property
    def relation(self) -> str:
        """The relation decided, read from the item's subject to its object (a decision recorded the other way
        round says broader where the item reads narrower)."""
        if self.decision is None:
            return ""
        predicate = self.decision.predicate
        if self.decision.subject != self.item.subject:
            predicate = predicate.inverse
        return relation_key(predicate, self.decision.negated)


@dataclass(frozen=True)
class Summary:
    facilitator: str
    started: datetime
    ended: datetime
    workspace: str
    rows: tuple[SummaryRow, ...]
    names: dict[str, str] = field(default_factory=dict)
    """Framework key -> the short name people read ("SAFe"), to name entries in the minutes."""

    def count(self, status: ItemStatus) -> int:
        return sum(1 for row in self.rows if row.status is status)

    def of(self, status: ItemStatus) -> list[SummaryRow]:
        return [row for row in self.rows if row.status is status]


class WorkshopSession(QObject):
    changed = Signal()
    """The current item, a status or a rationale changed: views redraw."""

    def __init__(self, host: Host, items: list[Suggestion], facilitator: str,
                 clock: Callable[[], float] = time.monotonic, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.host = host
        self.items = list(items)
        self.facilitator = facilitator.strip() or "unknown"
        self.started = datetime.now()
        self.current = 0
        self.timer_seconds = 0
        """Time allowed per item; 0 switches the timer off."""
        self._clock = clock
        self._item_started = clock()
        self._before = [host.workspace.mapping_between(item.subject, item.object) for item in self.items]
        self._decided = [False] * len(self.items)
        self._parked: set[int] = set()
        self._rationale = [""] * len(self.items)
        self.ended = False
        host.undo_stack.indexChanged.connect(self._undo_stack_moved)
        self._following = True

    # --- reading ------------------------------------------------------------------------------------------------

    def __len__(self) -> int:
        return len(self.items)

    @property
    def item(self) -> Suggestion | None:
        return self.items[self.current] if self.items else None

    def status(self, index: int) -> ItemStatus:
        if self._decided[index]:
            return ItemStatus.DECIDED
        return ItemStatus.PARKED if index in self._parked else ItemStatus.OPEN

    def decision(self, index: int) -> MappingRecord | None:
        """The decision the workshop recorded on item `index`, if any."""
        if not self._decided[index]:
            return None
        item = self.items[index]
        return self.host.workspace.mapping_between(item.subject, item.object)

    def rationale(self, index: int | None = None) -> str:
        return self._rationale[self.current if index is None else index] if self.items else ""

    def counts(self) -> dict[ItemStatus, int]:
        counts = dict.fromkeys(ItemStatus, 0)
        for index in range(len(self.items)):
            counts[self.status(index)] += 1
        return counts

    def upcoming(self, limit: int = 5) -> list[int]:
        """Indexes of the next items still open or parked, after the current one, in agenda order."""
        found = []
        for offset in range(1, len(self.items)):
            index = (self.current + offset) % len(self.items)
            if self.status(index) is not ItemStatus.DECIDED:
                found.append(index)
            if len(found) == limit:
                break
        return found

    def elapsed(self) -> float:
        return self._clock() - self._item_started

    def remaining(self) -> float | None:
        """Seconds left for the current item (negative once over), or None when the timer is off."""
        return None if self.timer_seconds <= 0 else self.timer_seconds - self.elapsed()

    # --- acting ---------------------------------------------------------------------------------------------------

    def set_rationale(self, text: str) -> None:
        if self.items and text != self._rationale[self.current]:
            self._rationale[self.current] = text
            self.changed.emit()

    def set_timer(self, seconds: int) -> None:
        self.timer_seconds = max(0, seconds)
        self._item_started = self._clock()
        self.changed.emit()

    def go_to(self, index: int) -> None:
        if self.items and 0 <= index < len(self.items):
            if index != self.current:
                self.current = index
                self._item_started = self._clock()
            self.changed.emit()

    def step(self, delta: int) -> None:
        """N and P: the next or previous item of the agenda, whatever its status (wrapping)."""
        if self.items:
            self.go_to((self.current + delta) % len(self.items))

    def decide(self, predicate: Predicate | None) -> bool:
        """Record the room's decision on the current item (None: not a match), then move to the next open item."""
        item = self.item
        if item is None or self.ended:
            return False
        index = self.current
        recorded = self.host.decide(item.subject, predicate or Predicate.EXACT, item.object, predicate is None,
                                    self._rationale[index], author=self.facilitator)
        self._refresh()
        if not recorded or not self._decided[index]:
            return False  # the main window refused it and said why (a colleague's decision kept, say)
        self._parked.discard(index)
        self._advance()
        return True

    def park(self) -> None:
        """Defer the current item: it stays on the agenda, marked parked, and the room moves on."""
        if self.item is None or self.ended or self._decided[self.current]:
            return
        self._parked.add(self.current)
        self._advance()

    def undo(self) -> None:
        self.host.undo_stack.undo()

    def end(self) -> Summary:
        self.ended = True
        self._refresh()
        rows = tuple(
            SummaryRow(index + 1, self.status(index), item, self.decision(index), self._rationale[index])
            for index, item in enumerate(self.items)
        )
        self.changed.emit()
        names = {framework.key: framework.short_name for framework in self.host.workspace.frameworks()}
        return Summary(self.facilitator, self.started, datetime.now(), str(self.host.workspace.path), rows, names)

    def close(self) -> None:
        """Stop following the undo stack (the workshop is over and its windows are gone)."""
        if self._following:
            self._following = False
            self.host.undo_stack.indexChanged.disconnect(self._undo_stack_moved)

    # --- internals ----------------------------------------------------------------------------------------------

    def _advance(self) -> None:
        following = [index for index in self.upcoming(len(self.items)) if self.status(index) is ItemStatus.OPEN]
        if following:
            self.go_to(following[0])
        else:
            self.changed.emit()  # nothing open is left: stay, the views say so

    def _refresh(self) -> None:
        workspace = self.host.workspace
        for index, item in enumerate(self.items):
            self._decided[index] = workspace.mapping_between(item.subject, item.object) != self._before[index]

    def _undo_stack_moved(self, _index: int) -> None:
        was = list(self._decided)
        self._refresh()
        reopened = [index for index, (old, new) in enumerate(zip(was, self._decided, strict=True)) if old and not new]
        if reopened and not self.ended:
            self.go_to(reopened[0])  # an undo brings the room back to the item it reopened
        else:
            self.changed.emit()
