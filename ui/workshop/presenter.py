"""The presenter view: the facilitator's own screen during a workshop — the current pair, the rationale line, the
timer, what comes next, and a button for every key."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ui.mapper.decisions import DIRECTED, decision_sentence, sides
from ui.messages import texts as reasons_text
from ui.models import Column, ListTableModel, relation_text
from ui.translations import translate
from ui.widgets import table_view
from ui.workshop.session import ItemStatus, WorkshopSession, status_text

STATUS_MARK = {ItemStatus.OPEN: "○", ItemStatus.DECIDED: "●", ItemStatus.PARKED: "◐"}


class PresenterView(QWidget):
    """Shows and edits the session; the keys themselves are the controller's actions, added to this window too."""

    def __init__(self, session: WorkshopSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("Presenter", "Workshop — presenter ({0})").format(session.facilitator))
        self.session = session
        self.progress = QLabel()
        self.progress.setAccessibleName(translate("Presenter", "Progress"))
        self.current = QLabel()
        self.current.setWordWrap(True)
        self.current.setTextFormat(Qt.TextFormat.PlainText)
        font = self.current.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.current.setFont(font)
        self.proposal = QLabel()
        self.proposal.setWordWrap(True)
        self.proposal.setTextFormat(Qt.TextFormat.PlainText)

        self.rationale_edit = QLineEdit()
        self.rationale_edit.setPlaceholderText(
            translate("Presenter", "Rationale, typed during the discussion (Ctrl+E; Enter to keep)")
        )
        self.rationale_edit.setAccessibleName(translate("Presenter", "Rationale"))
        self.rationale_edit.textEdited.connect(session.set_rationale)
        self.rationale_edit.returnPressed.connect(self.setFocus)

        self.timer_box = QCheckBox(translate("Presenter", "&Timer per item:"))
        self.timer_minutes = QSpinBox()
        self.timer_minutes.setRange(1, 60)
        self.timer_minutes.setValue(5)
        self.timer_minutes.setSuffix(translate("Presenter", " min"))
        self.timer_label = QLabel()
        self.timer_label.setAccessibleName(translate("Presenter", "Time left"))
        self.timer_box.toggled.connect(self._timer_changed)
        self.timer_minutes.valueChanged.connect(self._timer_changed)

        self.buttons = QHBoxLayout()
        self.buttons_by_key: dict[str, QPushButton] = {}
        """The workshop's buttons by key; broader and narrower name the pair on show (see `refresh`)."""
        frameworks = session.host.workspace.frameworks()
        self._short = {framework.key: framework.short_name for framework in frameworks}
        self.buttons_row2 = QHBoxLayout()

        self.agenda_model: ListTableModel[int] = ListTableModel(
            [
                Column("#", lambda i: str(i + 1), align_right=True),
                Column("", lambda i: STATUS_MARK[session.status(i)], tooltip=lambda i: status_text(session.status(i))),
                Column(translate("Presenter", "Subject"), lambda i: session.items[i].subject_label),
                Column(translate("Presenter", "Proposed"), lambda i: relation_text(session.items[i].predicate, False)),
                Column(translate("Presenter", "Decided"), self._decided),
                Column(translate("Presenter", "Object"), lambda i: session.items[i].object_label),
                Column(translate("Presenter", "Rationale"), lambda i: session.rationale(i)),
            ],
            self,
        )
        self.agenda_view = table_view(self.agenda_model)
        self.agenda_view.setAccessibleName(translate("Presenter", "Agenda"))
        self.agenda_view.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.agenda_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.agenda_view.horizontalHeader().setStretchLastSection(True)
        self.agenda_view.activated.connect(self._jump)
        self.next_label = QLabel()
        self.next_label.setWordWrap(True)

        timer_row = QHBoxLayout()
        timer_row.addWidget(self.timer_box)
        timer_row.addWidget(self.timer_minutes)
        timer_row.addWidget(self.timer_label, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.progress)
        layout.addWidget(self.current)
        layout.addWidget(self.proposal)
        layout.addWidget(self.rationale_edit)
        layout.addLayout(self.buttons)
        layout.addLayout(self.buttons_row2)
        layout.addLayout(timer_row)
        layout.addWidget(self.next_label)
        layout.addWidget(QLabel(translate("Presenter", "Agenda (activate a row to go to it):")))
        layout.addWidget(self.agenda_view, 1)
        session.changed.connect(self.refresh)
        self.resize(900, 700)
        self.refresh()

    def add_button(self, text: str, tip: str, slot: object, second_row: bool = False) -> QPushButton:
        button = QPushButton(text)
        button.setToolTip(tip)
        button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        button.clicked.connect(slot)
        (self.buttons_row2 if second_row else self.buttons).addWidget(button)
        return button

    def refresh(self) -> None:
        session = self.session
        counts = session.counts()
        item = session.item
        if item is None:
            return
        self.progress.setText(
            translate("Presenter", "Item {0} of {1} — {2} decided, {3} parked, {4} open").format(
                session.current + 1,
                len(session),
                counts[ItemStatus.DECIDED],
                counts[ItemStatus.PARKED],
                counts[ItemStatus.OPEN],
            )
        )
        self.current.setText(f"{item.subject_label}  ↔  {item.object_label}")
        status = session.status(session.current)
        state = "" if status is ItemStatus.OPEN else f" — {status_text(status)}"
        self.proposal.setText(
            translate("Presenter", "{0} → {1}: proposed {2}, score {3:.2f}{4}\n").format(
                item.subject, item.object, relation_text(item.predicate, False), item.score, state
            )
            + reasons_text(item.reasons)
        )
        for key in DIRECTED:
            button = self.buttons_by_key.get(key)
            if button is not None:
                sentence = decision_sentence(key, *sides(item, self._short_name))
                button.setText(f"{key} · {sentence}")
                button.setToolTip(sentence)
        if self.rationale_edit.text() != session.rationale():
            self.rationale_edit.setText(session.rationale())
        upcoming = [session.items[i] for i in session.upcoming(4)]
        self.next_label.setText(
            translate("Presenter", "Next: ")
            + (
                "   ·   ".join(f"{s.subject_label} ↔ {s.object_label}" for s in upcoming)
                if upcoming
                else translate("Presenter", "nothing left open")
            )
        )
        self.agenda_model.set_rows(list(range(len(session))))
        self.agenda_view.selectRow(session.current)
        self.tick()

    def _short_name(self, key: str) -> str:
        return self._short.get(key, key)

    def _decided(self, index: int) -> str:
        """The relation decided on item `index` as made (the agenda showed the proposed one only)."""
        decision = self.session.decision(index)
        if decision is None:
            return ""
        item = self.session.items[index]
        predicate = decision.predicate if decision.subject == item.subject else decision.predicate.inverse
        return relation_text(predicate, decision.negated)

    def tick(self) -> None:
        remaining = self.session.remaining()
        if remaining is None:
            self.timer_label.setText("")
            return
        seconds = round(abs(remaining))
        text = f"{seconds // 60}:{seconds % 60:02d}"
        self.timer_label.setText(
            translate("Presenter", "over by {0}").format(text)
            if remaining < 0
            else translate("Presenter", "{0} left").format(text)
        )

    def _timer_changed(self) -> None:
        self.session.set_timer(self.timer_minutes.value() * 60 if self.timer_box.isChecked() else 0)

    def _jump(self, index: QModelIndex) -> None:
        self.session.go_to(index.row())
        self.setFocus()
