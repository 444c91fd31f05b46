"""The audience view: what the room sees on the projector — one candidate pair at a time, in type big enough to read
from the back, with no editing chrome.

Type size follows the height of the view (28 pt at 1080 pixels, 56 pt at 2160), so the same layout fills a
1080p projector and a 4K screen alike.
"""

from __future__ import annotations

import zlib
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QResizeEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QLineEdit, QSizePolicy, QVBoxLayout, QWidget

from ui.mapper.decisions import DECISION_KEYS, DIRECTED, decided_sentence, decision_sentence, key_of, sides
from ui.messages import texts as reasons_text
from ui.models import flag_texts
from ui.translations import QT_TRANSLATE_NOOP, in_shown_language, translate
from ui.workshop.session import ItemStatus, WorkshopSession
from workbench.domain import EntryRecord, LabelKind, Suggestion
from workbench.errors import WorkbenchError

BASE_POINTS = 28.0
"""Body type at a 1080-pixel-high view; everything on the audience view is at least this big."""
BASE_HEIGHT = 1080
LABEL_SCALE = 1.5
GROW = 1.3
"""Definitions start this much larger than the body size when the pair leaves room (most pairs do)."""
SMALLEST_FIT = 0.85
"""Definitions may shrink to this share of the body size when an entry is too long to fit; never lower."""

# Dark shades carry white text (the band with the framework's name); light shades are the label colour on the
# dark theme. Bundled frameworks have fixed colours so a room learns them; others get one by a stable hash.
_KNOWN = {
    "itil4": ("#6f2a85", "#e2aef0"),
    "safe": ("#0b57a4", "#9ec9ff"),
    "devops": ("#1b6e35", "#92e3aa"),
    "lean": ("#a84300", "#ffc08f"),
    "pm3": ("#9e1530", "#ffa3b3"),
    "usm": ("#00646d", "#86e4ea"),
}
_OTHERS = [("#4f46b8", "#bcb6ff"), ("#7a6000", "#f0d677"), ("#4a5766", "#c6d1dc"), ("#8f2570", "#f4a6dc"),
           ("#2f6b00", "#b8e68f"), ("#8a3b12", "#f5b48f")]


def framework_colours(key: str) -> tuple[str, str]:
    """(dark, light) colours of a framework: the same key always gets the same pair, across runs and machines."""
    return _KNOWN.get(key) or _OTHERS[zlib.crc32(key.encode()) % len(_OTHERS)]


def point_size(view_height: int) -> float:
    return BASE_POINTS * max(view_height, 1) / BASE_HEIGHT


@dataclass(frozen=True)
class Theme:
    key: str
    title: str
    background: str
    card: str
    text: str
    muted: str
    coloured_labels: bool
    decided: str
    parked: str


THEMES = [
    Theme("normal", QT_TRANSLATE_NOOP("Audience", "Normal"), "#16202b", "#223041", "#f3f5f7", "#b9c4cf", True,
          "#7ee2a0", "#ffd27a"),
    Theme("contrast-light", QT_TRANSLATE_NOOP("Audience", "High contrast, black on white"), "#ffffff", "#ffffff",
          "#000000", "#000000", False, "#000000", "#000000"),
    Theme("contrast-dark", QT_TRANSLATE_NOOP("Audience", "High contrast, white on black"), "#000000", "#000000",
          "#ffffff", "#ffffff", False, "#ffffff", "#ffffff"),
]
"""Titles in English; shown through translate("Audience", theme.title)."""

_PROPOSED = {predicate: tip for _key, predicate, _text, tip in DECISION_KEYS if predicate is not None}


def _label(name: str, wrap: bool = True) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setWordWrap(wrap)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
    return label


class EntryCard(QFrame):
    """One side of the pair: the framework's name on its colour, the label, the definition."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("card")
        self.band = _label("band", wrap=False)
        self.title = _label("title")
        self.definition = _label("definition")
        self.definition.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        layout = self._layout = QVBoxLayout(self)
        layout.setSpacing(12)
        layout.addWidget(self.band)
        layout.addWidget(self.title)
        layout.addWidget(self.definition, 1)
        self._key = ""

    def show_entry(self, framework_name: str, entry: EntryRecord | None, label: str, key: str) -> None:
        self._key = key
        self.band.setText(framework_name)
        # A Swedish workshop reads the Swedish name and definition where the framework gives them (ITIL's
        # "Incidenthantering", PM3's own texts); an entry without one shows its framework's own.
        self.title.setText(in_shown_language(entry.label, _preferred_labels(entry)) if entry is not None else label)
        self.definition.setText(in_shown_language(entry.definition, entry.definitions) if entry is not None else "")

    def restyle(self, theme: Theme, padding: int) -> None:
        dark, light = framework_colours(self._key)
        label_colour = light if theme.coloured_labels else theme.text
        # In high contrast the card is outlined in the framework colour; the text stays black or white.
        border = f"{max(4, padding // (5 if theme.coloured_labels else 3))}px solid {dark}"
        self.setStyleSheet(
            f"QFrame#card {{ background: {theme.card}; border: {border}; border-radius: {padding // 2}px; }}"
            f"QLabel#band {{ background: {dark}; color: #ffffff; padding: {padding // 4}px {padding // 2}px;"
            f" border-radius: {padding // 4}px; font-weight: 600; }}"
            f"QLabel#title {{ color: {label_colour}; font-weight: 700; }}"
            f"QLabel#definition {{ color: {theme.text}; }}"
        )
        self._layout.setContentsMargins(padding, padding, padding, padding)

    def needed_height(self) -> int:
        return self._layout.totalHeightForWidth(self.width())


class AudienceView(QWidget):
    """Full screen on the projector; it only shows. The keys are the workshop's actions, added by the controller."""

    def __init__(self, session: WorkshopSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("audience")
        self.setWindowTitle(translate("Audience", "Workshop"))
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.session = session
        self.theme_index = 0
        frameworks = session.host.workspace.frameworks()
        self._names = {framework.key: framework.name for framework in frameworks}
        self._short = {framework.key: framework.short_name for framework in frameworks}
        self.progress = _label("progress", wrap=False)
        self.status = _label("status", wrap=False)
        self.status.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.clock = _label("clock", wrap=False)
        self.clock.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.left = EntryCard()
        self.right = EntryCard()
        self.relation = _label("relation")
        self.reasons = _label("reasons")
        self.rationale = _label("rationale")
        # Typing the rationale on the audience screen (one screen only): shown while typing, hidden otherwise.
        self.rationale_edit = QLineEdit()
        self.rationale_edit.setObjectName("rationaleEdit")
        self.rationale_edit.setPlaceholderText(translate("Audience", "Rationale (Enter to keep)"))
        self.rationale_edit.hide()
        self.rationale_edit.textEdited.connect(session.set_rationale)
        self.rationale_edit.returnPressed.connect(self.finish_rationale)

        top = QHBoxLayout()
        top.addWidget(self.progress, 1)
        top.addWidget(self.status, 1)
        top.addWidget(self.clock, 1)
        cards = QHBoxLayout()
        cards.addWidget(self.left, 1)
        cards.addWidget(self.right, 1)
        self.cards = cards
        layout = self._root = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(cards, 1)
        layout.addWidget(self.relation)
        layout.addWidget(self.reasons)
        layout.addWidget(self.rationale)
        layout.addWidget(self.rationale_edit)
        self._points = 0.0
        self._fit = 1.0
        session.changed.connect(self.refresh)
        self.restyle()
        self.refresh()

    # --- content -------------------------------------------------------------------------------------------------

    @property
    def theme(self) -> Theme:
        return THEMES[self.theme_index]

    def _entry(self, item: Suggestion, side: str) -> EntryRecord | None:
        try:
            return self.session.host.workspace.entry(item.subject if side == "subject" else item.object)
        except WorkbenchError:  # gone from the workspace since the agenda was built: the label still shows
            return None

    def refresh(self) -> None:
        session = self.session
        item = session.item
        if item is None:
            self.progress.setText(translate("Audience", "The agenda is empty"))
            return
        self.progress.setText(translate("Audience", "Item {0} of {1}").format(session.current + 1, len(session)))
        for card, ref, label, side in ((self.left, item.subject, item.subject_label, "subject"),
                                       (self.right, item.object, item.object_label, "object")):
            card.show_entry(self._names.get(ref.framework, ref.framework), self._entry(item, side), label,
                            ref.framework)
        status = session.status(session.current)
        if status is ItemStatus.DECIDED and (decision := session.decision(session.current)) is not None:
            # The decision as a sentence: "✓ Decided: SAFe “Capacity” is broader than ITIL 4 “Capacity”".
            self.status.setText(translate("Audience", "✓ Decided: ") + decided_sentence(decision, self._short_name))
        elif status is ItemStatus.PARKED:
            self.status.setText(translate("Audience", "Parked"))
        elif session.ended:
            self.status.setText(translate("Audience", "Workshop ended"))
        else:
            self.status.setText("")
        proposed = (decision_sentence(key_of(item.predicate), *sides(item, self._short_name))
                    if key_of(item.predicate) in DIRECTED else translate("Mapper", _PROPOSED[item.predicate]))
        warning = "   ".join(flag_texts(item.flags))
        self.relation.setText(translate("Audience", "Proposed — {0}   (score {1:.2f})").format(proposed, item.score)
                              + (f"\n{warning}" if warning else ""))
        self.reasons.setText(translate("Audience", "Why: ") + reasons_text(item.reasons) if item.reasons else "")
        self.reasons.setVisible(bool(item.reasons))
        rationale = session.rationale()
        self.rationale.setText(translate("Audience", "Rationale: {0}").format(rationale))
        self.rationale.setVisible(bool(rationale) and not self.rationale_edit.isVisible())
        if self.rationale_edit.text() != rationale:
            self.rationale_edit.setText(rationale)
        self.tick()
        self._restyle_cards()
        self._fit_text()

    def _short_name(self, key: str) -> str:
        return self._short.get(key, key)

    def tick(self) -> None:
        remaining = self.session.remaining()
        if remaining is None:
            self.clock.setText("")
            return
        seconds = round(abs(remaining))
        self.clock.setText(f"{'−' if remaining < 0 else ''}{seconds // 60}:{seconds % 60:02d}")
        self.clock.setProperty("over", remaining < 0)
        self._style_clock()

    # --- rationale typed here (one screen) ---------------------------------------------------------------------

    def edit_rationale(self) -> None:
        self.rationale.hide()
        self.rationale_edit.show()
        self.rationale_edit.setFocus()

    def finish_rationale(self) -> None:
        self.rationale_edit.hide()
        self.setFocus()
        self.refresh()

    # --- look ---------------------------------------------------------------------------------------------------

    def toggle_theme(self) -> None:
        """Normal → high contrast black on white → high contrast white on black → normal."""
        self.theme_index = (self.theme_index + 1) % len(THEMES)
        self.restyle()

    def set_theme(self, key: str) -> None:
        self.theme_index = next(i for i, theme in enumerate(THEMES) if theme.key == key)
        self.restyle()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if abs(point_size(self.height()) - self._points) > 0.1:
            self.restyle()

    def restyle(self) -> None:
        self._points = point_size(self.height())
        self._fit = 1.0
        theme = self.theme
        self.setStyleSheet(
            f"QWidget#audience {{ background: {theme.background}; }}"
            f"QLabel {{ color: {theme.text}; }}"
            f"QLabel#reasons, QLabel#progress {{ color: {theme.muted}; }}"
            f"QLabel#rationale {{ font-style: italic; }}"
            f"QLineEdit#rationaleEdit {{ background: {theme.card}; color: {theme.text};"
            f" border: 2px solid {theme.muted}; }}"
        )
        self._style_clock()
        self._restyle_cards()
        self._apply_fonts()
        self._fit_text()

    def _style_clock(self) -> None:
        theme = self.theme
        over = bool(self.clock.property("over"))
        colour = ("#ff6b6b" if theme.coloured_labels else theme.text) if over else theme.muted
        self.clock.setStyleSheet(f"color: {colour}; font-weight: {700 if over else 400};")
        status = self.session.status(self.session.current) if self.session.items else ItemStatus.OPEN
        status_colour = theme.decided if status is ItemStatus.DECIDED else theme.parked
        self.status.setStyleSheet(f"color: {status_colour}; font-weight: 700;")

    def _restyle_cards(self) -> None:
        padding = max(8, round(self._points * 0.9))
        margin = max(12, round(self._points * 1.4))
        layout = self._root
        layout.setContentsMargins(margin, margin // 2, margin, margin // 2)
        layout.setSpacing(max(6, round(self._points * 0.45)))
        self.cards.setSpacing(margin)
        for card in (self.left, self.right):
            card.restyle(self.theme, padding)
        self._style_clock()

    def _apply_fonts(self) -> None:
        points = self._points
        sizes = {
            self.progress: points,
            self.status: points,
            self.clock: points,
            self.relation: points * 1.1,
            self.reasons: points,
            self.rationale: points,
            self.rationale_edit: points,
        }
        for card in (self.left, self.right):
            sizes[card.band] = points
            sizes[card.title] = points * LABEL_SCALE
            sizes[card.definition] = points * self._fit
        for widget, size in sizes.items():
            font = QFont(widget.font())
            font.setPointSizeF(size)
            widget.setFont(font)

    def _fit_text(self) -> None:
        """Definitions as large as the pair allows: from GROW times the body size down to the body size, and
        below it (never under SMALLEST_FIT) only for a definition too long to fit otherwise."""
        if not self.isVisible() or self.height() < 200:
            return
        self._fit = GROW
        self._apply_fonts()
        while self._overflows() and self._fit > SMALLEST_FIT:
            self._fit = max(SMALLEST_FIT, round(self._fit - 0.05, 2))
            self._apply_fonts()

    def _overflows(self) -> bool:
        """Whether the cards need more height than the view leaves them. Measured label by label: the root layout
        caches each card's size until the next event loop pass, so asking it mid-fit gives stale answers."""
        root = self._root
        margins, spacing = root.contentsMargins(), root.spacing()
        width = self.width() - margins.left() - margins.right()
        used = margins.top() + margins.bottom() + spacing
        used += max(label.sizeHint().height() for label in (self.progress, self.status, self.clock))
        for widget in (self.relation, self.reasons, self.rationale, self.rationale_edit):
            if not widget.isHidden():
                height = widget.heightForWidth(width) if widget.hasHeightForWidth() else -1
                used += spacing + (height if height > 0 else widget.sizeHint().height())
        needed = max(card.needed_height() for card in (self.left, self.right))
        return needed > self.height() - used

    def fits(self) -> bool:
        """True when the whole pair shows without clipping (what the screenshots check)."""
        return not self._overflows()

    @property
    def body_points(self) -> float:
        return self._points

    @property
    def definition_points(self) -> float:
        return self._points * self._fit


def _preferred_labels(entry: EntryRecord) -> list[tuple[str, str]]:
    """The entry's preferred labels as (language, text): its own and those of its translations."""
    return [(entry.lang, entry.label)] + [
        (label.lang, label.text) for label in entry.labels if label.kind is LabelKind.PREFERRED
    ]
