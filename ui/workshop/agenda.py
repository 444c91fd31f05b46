"""Building a workshop's agenda: which candidate pairs the room will discuss, and how many there are.

Three ways, all over the engine's best candidate per source entry: every entry of a framework pair and kind, the
entries the facilitator picks (starting from the mapper's list), or the unreviewed entries whose best candidate
scores at least S. The suggestions are computed in the background with the mapper's own job.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from enum import StrEnum

from PySide6.QtCore import QItemSelectionModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QRadioButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ui.framework_pair import FrameworkPairChoice
from ui.jobs import SuggestionJob, SuggestionRequest
from ui.mapper import MapperView
from ui.messages import error_text
from ui.models import Column, ListTableModel
from ui.translations import translate
from ui.widgets import table_view
from workbench.domain import EntryRecord, Kind, Ref, Suggestion
from workbench.messages import Message
from workbench.workspace import Workspace, default_author


class AgendaMode(StrEnum):
    PAIR = "pair"
    PICKED = "picked"
    UNREVIEWED = "unreviewed"


def best_per_entry(suggestions: Iterable[Suggestion]) -> dict[Ref, Suggestion]:
    """The highest-scoring candidate of each source entry."""
    best: dict[Ref, Suggestion] = {}
    for suggestion in suggestions:
        kept = best.get(suggestion.subject)
        if kept is None or suggestion.score > kept.score:
            best[suggestion.subject] = suggestion
    return best


def reviewed_entries(workspace: Workspace, source: str, target: str | None) -> set[Ref]:
    """Source entries that already hold a decision (mapped or rejected) with an entry of the target framework(s)."""
    def in_target(ref: Ref) -> bool:
        return ref.framework != source if target is None else ref.framework == target

    reviewed: set[Ref] = set()
    for mapping in workspace.mappings(source):
        if mapping.subject.framework == source and in_target(mapping.object):
            reviewed.add(mapping.subject)
        if mapping.object.framework == source and in_target(mapping.subject):
            reviewed.add(mapping.object)
    return reviewed


def build_agenda(
    suggestions: Iterable[Suggestion],
    mode: AgendaMode,
    *,
    picked: Sequence[Ref] = (),
    reviewed: set[Ref] | frozenset[Ref] = frozenset(),
    min_score: float = 0.0,
    limit: int = 0,
) -> list[Suggestion]:
    """The agenda: one pair per source entry; picked entries keep the facilitator's order, the others go best first.

    `limit` (0: none) keeps the first items only, for a time-boxed session.
    """
    best = best_per_entry(suggestions)
    if mode is AgendaMode.PICKED:
        items = [best[ref] for ref in picked if ref in best]
    else:
        items = sorted(best.values(), key=lambda s: (-s.score, s.subject_label.casefold()))
        if mode is AgendaMode.UNREVIEWED:
            items = [s for s in items if s.score >= min_score and s.subject not in reviewed]
    return items[:limit] if limit > 0 else items


class AgendaDialog(QDialog):
    """Choose the agenda and the facilitator's name; the item count updates as the choice changes."""

    def __init__(self, workspace: Workspace, mapper: MapperView | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("Agenda", "Start workshop"))
        self.workspace = workspace
        self._job: SuggestionJob | None = None
        self._suggestions: list[Suggestion] = []
        self._items: list[Suggestion] = []

        self.facilitator_edit = QLineEdit(default_author())
        self.facilitator_edit.setAccessibleName(translate("Agenda", "Facilitator"))
        self.pair = FrameworkPairChoice()
        self.pair.fill(workspace.frameworks())
        self.source_box, self.target_box, self.kind_box = self.pair.boxes

        self.mode_buttons: dict[AgendaMode, QRadioButton] = {
            AgendaMode.PAIR: QRadioButton(translate("Agenda", "The best candidate of &every entry")),
            AgendaMode.PICKED: QRadioButton(translate("Agenda", "Only the entries I &pick below")),
            AgendaMode.UNREVIEWED: QRadioButton(
                translate("Agenda", "Every &unreviewed entry whose best candidate scores at least")
            ),
        }
        self._mode_group = QButtonGroup(self)
        for button in self.mode_buttons.values():
            self._mode_group.addButton(button)
        self.min_score = QDoubleSpinBox()
        self.min_score.setRange(0.0, 1.0)
        self.min_score.setSingleStep(0.05)
        self.min_score.setValue(0.5)
        self.min_score.setAccessibleName(translate("Agenda", "Minimum score"))
        self.limit = QSpinBox()
        self.limit.setRange(0, 10_000)
        self.limit.setSpecialValueText(translate("Agenda", "no limit"))
        self.limit.setAccessibleName(translate("Agenda", "At most this many items"))

        self.entry_model: ListTableModel[EntryRecord] = ListTableModel(
            [
                Column(translate("Agenda", "Entry"), lambda e: e.label, tooltip=lambda e: f"{e.ref}\n{e.definition}"),
                Column(translate("Agenda", "Reference"), lambda e: str(e.ref), tooltip=lambda e: str(e.ref)),
            ],
            self,
        )
        self.entry_view: QTableView = table_view(self.entry_model)
        self.entry_view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.entry_view.setAccessibleName(translate("Agenda", "Entries to pick from"))
        for column in (0, 1):  # a reference is as long as a label ("itil4:service-validation-and-testing")
            self.entry_view.horizontalHeader().setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.entry_view.setMinimumHeight(180)
        self.count_label = QLabel()
        self.count_label.setAccessibleName(translate("Agenda", "Agenda size"))

        form = QFormLayout()
        form.addRow(translate("Agenda", "&Facilitator (recorded as author):"), self.facilitator_edit)
        form.addRow(translate("Agenda", "&Source:"), self.source_box)
        form.addRow(translate("Agenda", "&Target:"), self.target_box)
        form.addRow(translate("Agenda", "&Kind:"), self.kind_box)
        threshold_row = QHBoxLayout()
        threshold_row.addWidget(self.mode_buttons[AgendaMode.UNREVIEWED])
        threshold_row.addWidget(self.min_score)
        threshold_row.addStretch(1)
        limit_row = QHBoxLayout()
        at_most = QLabel(translate("Agenda", "At &most"))
        at_most.setBuddy(self.limit)
        limit_row.addWidget(at_most)
        limit_row.addWidget(self.limit)
        limit_row.addWidget(QLabel(translate("Agenda", "items (the first, best candidates first)")))
        limit_row.addStretch(1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.start_button = self.buttons.addButton(
            translate("Agenda", "Start workshop"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.mode_buttons[AgendaMode.PAIR])
        layout.addLayout(threshold_row)
        layout.addWidget(self.mode_buttons[AgendaMode.PICKED])
        layout.addWidget(self.entry_view, 1)
        layout.addLayout(limit_row)
        layout.addWidget(self.count_label)
        layout.addWidget(self.buttons)

        picked: list[Ref] = []
        if mapper is not None and mapper.source:
            self.pair.select(mapper.source, mapper.target, mapper.kind)
            # The mapper's list as the user filtered it is the natural pick; unfiltered, just its current entry.
            if mapper.filter_edit.text().strip():
                picked = [entry.ref for entry in mapper.source_model.rows()]
            elif (entry := mapper.current_entry()) is not None:
                picked = [entry.ref]
        self.mode_buttons[AgendaMode.PICKED if len(picked) > 1 else AgendaMode.PAIR].setChecked(True)

        for box in (self.source_box, self.target_box, self.kind_box):
            box.currentIndexChanged.connect(self._pair_changed)
        self._mode_group.buttonToggled.connect(lambda _button, _on: self._update())
        self.min_score.valueChanged.connect(lambda _value: self._choose_mode(AgendaMode.UNREVIEWED))
        self.limit.valueChanged.connect(lambda _value: self._update())
        self.facilitator_edit.textChanged.connect(lambda _text: self._update())
        self.resize(640, 620)
        self._pair_changed()
        self.pick(picked)
        self.entry_view.selectionModel().selectionChanged.connect(self._picks_changed)

    # --- the choice -------------------------------------------------------------------------------------------

    @property
    def source(self) -> str:
        return self.pair.source

    @property
    def target(self) -> str | None:
        return self.pair.target

    @property
    def kind(self) -> Kind:
        return self.pair.kind

    @property
    def mode(self) -> AgendaMode:
        return next(mode for mode, button in self.mode_buttons.items() if button.isChecked())

    @property
    def busy(self) -> bool:
        return self._job is not None

    def facilitator(self) -> str:
        return self.facilitator_edit.text().strip()

    def agenda(self) -> list[Suggestion]:
        return list(self._items)

    def choose(self, source: str, target: str | None, kind: Kind) -> None:
        self.pair.select(source, target, kind)

    def _choose_mode(self, mode: AgendaMode) -> None:
        self.mode_buttons[mode].setChecked(True)
        self._update()

    def pick(self, refs: Sequence[Ref]) -> None:
        """Select these entries in the list (and choose the "entries I pick" agenda when more than none)."""
        wanted = set(refs)
        selection = self.entry_view.selectionModel()
        selection.clearSelection()
        flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
        for row, entry in enumerate(self.entry_model.rows()):
            if entry.ref in wanted:
                selection.select(self.entry_model.index(row, 0), flags)
        self._update()

    def picked(self) -> list[Ref]:
        rows = sorted(index.row() for index in self.entry_view.selectionModel().selectedRows())
        return [self.entry_model.value(row).ref for row in rows]

    def _picks_changed(self) -> None:
        if self.picked():
            self._choose_mode(AgendaMode.PICKED)
        else:
            self._update()

    # --- suggestions ------------------------------------------------------------------------------------------

    def _pair_changed(self) -> None:
        self._cancel()
        self._suggestions = []
        self.entry_model.set_rows(self.workspace.entries(self.source, self.kind) if self.source else [])
        if not self.source or self.source == self.target:
            self._update()
            return
        job = SuggestionJob(self.workspace, SuggestionRequest(self.source, self.target, self.kind, top=1), self)
        job.succeeded.connect(lambda results, j=job: self._ready(j, results))
        job.failed.connect(lambda message, j=job: self._failed(j, message))
        job.cancelled.connect(lambda j=job: self._over(j))
        self._job = job
        self._update()
        job.start()

    def _over(self, job: SuggestionJob) -> bool:
        current = job is self._job
        if current:
            self._job = None
        return current

    def _ready(self, job: SuggestionJob, results: list[Suggestion]) -> None:
        if self._over(job):
            self._suggestions = results
            self._update()

    def _failed(self, job: SuggestionJob, message: Message) -> None:
        if self._over(job):
            self._update()
            self.count_label.setText(error_text(message))

    def _cancel(self) -> None:
        if self._job is not None:
            self._job.cancel()
            self._job = None

    def wait_for_jobs(self) -> None:
        for job in self.findChildren(SuggestionJob):
            job.cancel()
            job.done.wait()

    def _update(self) -> None:
        if not self.source:
            self._items = []
            self.count_label.setText(
                translate("Agenda", "The workspace holds no frameworks yet: import one first (File → Import…).")
            )
        elif self.busy:
            self._items = []
            self.count_label.setText(translate("Agenda", "Computing candidates…"))
        elif self.source == self.target:
            self._items = []
            self.count_label.setText(translate("Agenda", "Choose two different frameworks."))
        else:
            reviewed = reviewed_entries(self.workspace, self.source, self.target)
            self._items = build_agenda(
                self._suggestions,
                self.mode,
                picked=self.picked(),
                reviewed=reviewed,
                min_score=self.min_score.value(),
                limit=self.limit.value(),
            )
            count = len(self._items)
            text = (
                translate("Agenda", "The agenda holds <b>1</b> item.")
                if count == 1
                else translate("Agenda", "The agenda holds <b>{0}</b> items.").format(count)
            )
            if self.mode is AgendaMode.PICKED:
                missing = len(self.picked()) - count if not self.limit.value() else 0
                if missing == 1:
                    text += " " + translate("Agenda", "(1 picked entry has no candidate.)")
                elif missing > 1:
                    text += " " + translate("Agenda", "({0} picked entries have no candidate.)").format(missing)
            self.count_label.setText(text)
        self.start_button.setEnabled(bool(self._items) and bool(self.facilitator()))

    def done(self, result: int) -> None:
        self._cancel()
        super().done(result)
