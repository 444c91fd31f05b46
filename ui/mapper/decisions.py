"""The decisions a person can take about a pair, their keys, and how each reads as a sentence about two entries.

Shared by the mapper and the workshop, so both offer the same keys and say the same thing.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QGridLayout, QPushButton, QSizePolicy, QWidget

from ui.messages import text as message_text
from ui.translations import QT_TRANSLATE_NOOP, translate
from workbench.domain import MappingRecord, Predicate, Suggestion
from workbench.relations import relation_sentence

DECISION_KEYS: list[tuple[str, Predicate | None, str, str]] = [
    (
        "1",
        Predicate.EXACT,
        QT_TRANSLATE_NOOP("Mapper", "Exact"),
        QT_TRANSLATE_NOOP("Mapper", "Exact match: the two mean the same"),
    ),
    (
        "2",
        Predicate.CLOSE,
        QT_TRANSLATE_NOOP("Mapper", "Close"),
        QT_TRANSLATE_NOOP("Mapper", "Close match: nearly the same, interchangeable in most uses"),
    ),
    (
        "3",
        Predicate.BROADER,
        QT_TRANSLATE_NOOP("Mapper", "Broader"),
        QT_TRANSLATE_NOOP("Mapper", "Broader: the candidate is the wider notion"),
    ),
    (
        "4",
        Predicate.NARROWER,
        QT_TRANSLATE_NOOP("Mapper", "Narrower"),
        QT_TRANSLATE_NOOP("Mapper", "Narrower: the candidate is the more specific notion"),
    ),
    (
        "5",
        Predicate.RELATED,
        QT_TRANSLATE_NOOP("Mapper", "Related"),
        QT_TRANSLATE_NOOP("Mapper", "Related: associated, but not a match"),
    ),
    (
        "X",
        None,
        QT_TRANSLATE_NOOP("Mapper", "Not a match"),
        QT_TRANSLATE_NOOP("Mapper", "Not a match: never suggest this pair again"),
    ),
]


def key_of(predicate: Predicate | None) -> str:
    """The decision key bound to a predicate (None: "not a match", X)."""
    return next(key for key, bound, _text, _tip in DECISION_KEYS if bound == predicate)


def predicate_of(key: str) -> Predicate | None:
    """The predicate bound to a decision key; None for X ("not a match")."""
    return next(predicate for k, predicate, _text, _tip in DECISION_KEYS if k == key)


@dataclass(frozen=True)
class Side:
    """One entry of the pair on show, as the sentences name it: its label and its framework's short name."""

    label: str
    framework: str


def decision_sentence(key: str, entry: Side, candidate: Side) -> str:
    """What pressing `key` would record about the entry and the candidate, as a sentence in the interface
    language ("SAFe “Capacity” is broader than ITIL 4 “Capacity”")."""
    predicate = predicate_of(key)
    return message_text(relation_sentence(predicate or Predicate.EXACT, predicate is None, entry.label,
                                          entry.framework, candidate.label, candidate.framework))


def decided_sentence(decision: MappingRecord, names: Callable[[str], str]) -> str:
    """A recorded decision as a sentence naming both entries (`names`: a framework key's short name)."""
    return message_text(relation_sentence(
        decision.predicate, decision.negated, decision.subject_label, names(decision.subject.framework),
        decision.object_label, names(decision.object.framework)))


def sides(item: Suggestion, names: Callable[[str], str]) -> tuple[Side, Side]:
    """The entry and the candidate of a suggestion, as the sentences name them."""
    return (Side(item.subject_label, names(item.subject.framework)),
            Side(item.object_label, names(item.object.framework)))


class ElidingButton(QPushButton):
    """A button whose text is cut short with "…" when the button is narrower than it; the whole text stays in
    the tooltip. The decision buttons name both entries and would otherwise widen the window past a laptop's."""

    def __init__(self, text: str = "", *, elide: bool = True) -> None:
        super().__init__()
        self._full = text
        self._elide = elide
        if elide:
            self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
            self.setMinimumWidth(self.fontMetrics().horizontalAdvance("M") * 6)
        self._show()

    def full_text(self) -> str:
        return self._full

    def set_full_text(self, text: str, tooltip: str = "") -> None:
        self._full = text
        self.setToolTip(tooltip or text)
        self._show()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._show()

    def _show(self) -> None:
        if not self._elide:
            if self.text() != self._full:
                self.setText(self._full)
            return
        room = self.width() - 2 * self.fontMetrics().horizontalAdvance("M")
        shown = self.fontMetrics().elidedText(self._full, Qt.TextElideMode.ElideRight, max(room, 0))
        if shown != self.text():
            self.setText(shown)


class DecisionButtons(QWidget):
    """The six decisions as buttons. Exact, close, related and not a match in one row; broader and narrower, whose
    direction matters, in rows of their own, each spelling out which entry is the broader one."""

    decided = Signal(str)
    """The decision key of the button pressed."""

    def __init__(self) -> None:
        super().__init__()
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setHorizontalSpacing(6)
        layout.setVerticalSpacing(4)
        self.buttons: dict[str, ElidingButton] = {}
        # Broader and narrower each get a whole row: their sentences name both entries and must be read whole.
        places = {"1": (0, 0, 1), "2": (0, 1, 1), "5": (0, 2, 1), "X": (0, 3, 1), "3": (1, 0, 4), "4": (2, 0, 4)}
        for key, _predicate, _text, _tip in DECISION_KEYS:
            button = ElidingButton(elide=key in DIRECTED)  # the short words are shown whole
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            button.clicked.connect(lambda _checked=False, k=key: self.decided.emit(k))
            row, column, span = places[key]
            layout.addWidget(button, row, column, 1, span)
            self.buttons[key] = button
        self.show_pair(None, None)

    def show_pair(self, entry: Side | None, candidate: Side | None) -> None:
        """Name the pair on show in the buttons (None, None: no candidate chosen yet)."""
        for key, _predicate, text, tip in DECISION_KEYS:
            word = translate("Mapper", text)
            if entry is not None and candidate is not None:
                sentence = decision_sentence(key, entry, candidate)
                shown = f"{key} · {sentence}" if key in DIRECTED else f"{key} · {word}"
                self.buttons[key].set_full_text(shown, f"{sentence}\n{translate('Mapper', tip)}")
            else:
                self.buttons[key].set_full_text(f"{key} · {word}", translate("Mapper", tip))


DIRECTED = ("3", "4")
"""The keys whose buttons spell out the direction (broader, narrower)."""
