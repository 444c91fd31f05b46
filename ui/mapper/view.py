"""The mapper: walk one framework's entries, see the candidates in another, and decide, all from the keyboard.

Suggestions for the whole framework pair are computed once in the background and kept by source entry, so moving
through the list is a dictionary look-up, not a computation.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Sequence
from functools import partial
from typing import Protocol

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QPoint, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ui.details import entry_html
from ui.framework_pair import FrameworkPairChoice
from ui.jobs import SuggestionRequest, discard
from ui.mapper.background import MapperJobs
from ui.mapper.decisions import DECISION_KEYS, DecisionButtons, Side, predicate_of
from ui.mapper.rationale import RationaleField
from ui.mapper.source_list import DropTableView, counts_for, status_of
from ui.mapper.target_search import TargetSearch
from ui.messages import error_text
from ui.models import (
    EntryList,
    SourceEntryModel,
    Status,
    SuggestionModel,
    ValueRole,
    flag_texts,
)
from ui.settings import load_preferences
from ui.translations import translate
from ui.widgets import ShortcutPassthrough, table_view
from workbench.domain import EntryRecord, Kind, MappingRecord, Predicate, Ref, Suggestion
from workbench.messages import Message
from workbench.workspace import Workspace

READ_AT_ONCE = 2_000
"""Source lists up to this size are read on the UI thread (about 60 ms), so they appear without a "Reading"
flash; larger ones in the background (50,000 entries take 1.5 to 2 s)."""

class Decide(Protocol):
    """Records a decision (subject, predicate, object, negated, rationale); False when it was refused. `expected`:
    the pair's decision as the mapper showed it (None: none), so a colleague's change since is not overwritten
    silently."""

    def __call__(self, subject: Ref, predicate: Predicate, obj: Ref, negated: bool, comment: str, *,
                 expected: MappingRecord | None) -> bool: ...
EditRationale = Callable[[MappingRecord, str], None]


class MapperView(QWidget):
    entrySelected = Signal(object)
    """EntryRecord: the entry whose details the details dock should show."""
    statusMessage = Signal(str)

    def __init__(self, workspace: Workspace, decide: Decide, edit_rationale: EditRationale,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self._decide = decide
        self._edit_rationale = edit_rationale
        self._entries = EntryList()
        self._entries_of: tuple[str, Kind] | None = None
        """The source framework and kind `_entries` were read for."""
        self._to_select: tuple[tuple[str, Kind], Ref] | None = None
        """An entry to select once the list of that source and kind is shown (see `choose`)."""
        self._suggestions: dict[str, list[Suggestion]] = {}
        self._decisions: dict[str, dict[str, MappingRecord]] = {}
        self._candidate_from_search = False
        self._shown_entry: EntryRecord | None = None
        self._keep_candidate: Ref | None = None
        """After a decision without moving on: the decided candidate stays selected in the refreshed list."""

        self.pair = FrameworkPairChoice()
        self.source_box, self.target_box, self.kind_box = self.pair.boxes
        self.jobs = MapperJobs(self)
        self.progress, self.cancel_button = self.jobs.progress, self.jobs.cancel_button
        self.jobs.entriesRead.connect(self._entries_read)
        self.jobs.readFailed.connect(self._entries_failed)
        self.jobs.suggestionsReady.connect(self._suggestions_ready)
        self.jobs.suggestionsFailed.connect(self._suggestions_failed)

        bar = QHBoxLayout()
        labels = ((translate("Mapper", "&Source:"), self.source_box),
                  (translate("Mapper", "&Target:"), self.target_box),
                  (translate("Mapper", "&Kind:"), self.kind_box))
        for text, box in labels:
            label = QLabel(text)
            label.setBuddy(box)
            bar.addWidget(label)
            bar.addWidget(box)
        bar.addStretch(1)
        bar.addWidget(self.progress)
        bar.addWidget(self.cancel_button)

        # Left: the source entries.
        self.filter_edit = QLineEdit()
        self.filter_edit.setPlaceholderText(translate("Mapper", "Filter entries (Ctrl+L)"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.setAccessibleName(translate("Mapper", "Filter source entries"))
        self.source_model = SourceEntryModel(self)
        self.source_view = table_view(self.source_model, DropTableView())
        assert isinstance(self.source_view, DropTableView)
        self.source_view.refDropped.connect(self._dropped)
        self.source_view.setAccessibleName(translate("Mapper", "Source entries"))
        # A fixed status column: sizing it to its contents would measure thousands of rows on every keystroke.
        self.source_view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Fixed)
        self.source_view.setColumnWidth(0, 28)
        self.source_view.horizontalHeader().setStretchLastSection(True)
        self.source_view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.reviewed_label = QLabel()
        left = QWidget()
        left.setMinimumWidth(220)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.filter_edit)
        left_layout.addWidget(self.source_view, 1)
        left_layout.addWidget(self.reviewed_label)

        # Right: candidates, both definitions, the decision.
        self.suggestion_model = SuggestionModel(self, self.pair.names.of)
        self.suggestion_view = table_view(self.suggestion_model)
        self.suggestion_view.setAccessibleName(translate("Mapper", "Suggestions"))
        self.suggestion_view.setDragEnabled(True)
        header = self.suggestion_view.horizontalHeader()
        for column in range(5):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.empty_label = QLabel()
        self.empty_label.setWordWrap(True)
        self.flag_label = QLabel()
        self.flag_label.setWordWrap(True)
        self.flag_label.setObjectName("flagWarning")
        self.flag_label.setStyleSheet("QLabel#flagWarning { color: #b26a00; font-weight: bold; }")
        self.flag_label.hide()

        self.search = TargetSearch(workspace, self._search_targets, self.pair.names.of, self)
        self.search_edit, self.search_model, self.search_view = self.search.edit, self.search.model, self.search.view

        self.source_text = QTextBrowser()
        self.source_text.setAccessibleName(translate("Mapper", "Source definition"))
        self.candidate_text = QTextBrowser()
        self.candidate_text.setAccessibleName(translate("Mapper", "Candidate definition"))
        definitions = QSplitter(Qt.Orientation.Horizontal)
        definitions.addWidget(self.source_text)
        definitions.addWidget(self.candidate_text)

        self.rationale = RationaleField()
        self.rationale_edit = self.rationale.edit
        self.rationale.saveRequested.connect(self._save_rationale)
        self.rationale.left.connect(self.source_view.setFocus)
        self.buttons = DecisionButtons()
        self.buttons.decided.connect(self.decide_key)
        self.decision_buttons = self.buttons.buttons

        candidates = QWidget()
        candidates_layout = QVBoxLayout(candidates)
        candidates_layout.setContentsMargins(0, 0, 0, 0)
        candidates_layout.addWidget(self.suggestion_view, 3)
        candidates_layout.addWidget(self.empty_label)
        candidates_layout.addWidget(self.search_edit)
        candidates_layout.addWidget(self.search_view, 2)
        # Candidates above, both definitions below, the line between them movable: on a laptop's 768 pixels the
        # candidates get the larger share (ten rows or more), the definitions scroll.
        stacked = QSplitter(Qt.Orientation.Vertical)
        stacked.addWidget(candidates)
        stacked.addWidget(definitions)
        stacked.setStretchFactor(0, 3)
        stacked.setStretchFactor(1, 2)
        stacked.setChildrenCollapsible(False)
        self.candidates_splitter = stacked
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(stacked, 1)
        right_layout.addWidget(self.flag_label)
        right_layout.addWidget(self.rationale)
        right_layout.addWidget(self.buttons)

        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(left)
        split.addWidget(right)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 5)
        split.setSizes([380, 950])
        self.splitter = split

        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(split, 1)

        self.actions_by_key: dict[str, QAction] = {}
        for key, _predicate, _text, tip in DECISION_KEYS:
            self._action(translate("Mapper", tip).split(":")[0], key, partial(self.decide_key, key))
        self._action(translate("Mapper", "Next unreviewed"), "N", lambda: self.move_unreviewed(+1))
        self._action(translate("Mapper", "Previous unreviewed"), "P", lambda: self.move_unreviewed(-1))
        self._action(translate("Mapper", "Filter entries"), "Ctrl+L", self.filter_edit.setFocus)
        self._action(translate("Mapper", "Search target"), "Ctrl+F", self.search.focus)
        self._action(translate("Mapper", "Rationale"), "Ctrl+E", self._focus_rationale)
        # Ctrl+E, Ctrl+F and Ctrl+L are the line edits' own keys too (Ctrl+E moves to the end of the line and
        # swallowed the window's shortcut): in the mapper's lines they act as the mapper's commands.
        keys = [QKeySequence(key) for key in ("Ctrl+E", "Ctrl+F", "Ctrl+L")]
        self._passthrough = ShortcutPassthrough(keys, self)
        for line in (self.filter_edit, self.search_edit, self.rationale_edit):
            line.installEventFilter(self._passthrough)

        self.filter_edit.textChanged.connect(self._filter_changed)
        self.search.chosen.connect(self._search_chosen)
        self.search.emptied.connect(self._search_emptied)
        self.search.failed.connect(self.statusMessage.emit)
        for box in self.pair.boxes:
            box.currentIndexChanged.connect(lambda _index: self._pair_changed())
        self.source_view.selectionModel().currentRowChanged.connect(self._source_changed)
        self.suggestion_view.selectionModel().currentRowChanged.connect(self._suggestion_changed)
        self.fill_frameworks()

    # --- set-up -------------------------------------------------------------------------------------------------

    def _pair_changed(self) -> None:
        """Another source, target or kind: search results of the old target must not be mapped to (issue 15)."""
        self.search.reset()
        self._candidate_from_search = False
        self.reload()

    def _action(self, text: str, shortcut: str, slot: Callable[[], object]) -> QAction:
        action = QAction(text, self)
        action.setShortcut(QKeySequence(shortcut))
        # Only while the mapper is visible; line edits keep the printable keys for typing.
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)
        self.actions_by_key[shortcut] = action
        return action

    def fill_frameworks(self) -> None:
        """After frameworks were added or replaced: list them again and read the source's entries anew."""
        self._entries_of = None
        self.pair.fill(self.workspace.frameworks())
        self.reload()

    def choose(self, source: str, target: str | None, kind: Kind, *, select: Ref | None = None) -> None:
        """Select a framework pair and kind, as a user would with the three boxes. `select` is an entry of that
        source to select (and scroll to) once its list is shown, which for a large source is a moment later."""
        if (source, target, kind) != (self.source, self.target, self.kind):
            # As with the boxes (_pair_changed): the frameworks dock or a check's "go there" changed the pair
            # while results of the old target's search stayed on show, to be decided with the new source.
            self.search.reset()
            self._candidate_from_search = False
        self.pair.select(source, target, kind, quietly=True)
        self._to_select = ((source, kind), select) if select is not None else None
        self.reload()

    @property
    def source(self) -> str:
        return self.pair.source

    @property
    def target(self) -> str | None:
        return self.pair.target

    @property
    def kind(self) -> Kind:
        return self.pair.kind

    # --- loading ------------------------------------------------------------------------------------------------

    def reload(self) -> None:
        """Show the chosen source's entries and compute suggestions. Choosing another target, or recomputing,
        keeps the source list; a source or kind not yet read is read anew, in the background when it holds more
        than READ_AT_ONCE entries."""
        self.jobs.forget_reading()
        if not self.source:
            self.empty_label.setText(
                translate("Mapper", "The workspace holds no frameworks yet: import one with File → Import… (Ctrl+I).")
            )
            return
        self.cancel_suggestions()
        discard(self._suggestions)
        self._suggestions = {}
        wanted = (self.source, self.kind)
        if self._entries_of != wanted:
            if self.workspace.count_entries(*wanted) > READ_AT_ONCE:
                self._read_entries(wanted)
                return
            self._entries, self._entries_of = EntryList.of(self.workspace.entries(*wanted)), wanted
        self._show_entries()

    def _read_entries(self, wanted: tuple[str, Kind]) -> None:
        # Nothing of the previous source stays on show while the new one is read.
        self.source_model.set_entries(EntryList(), {})
        self.suggestion_model.set_suggestions([], {})
        self._shown_entry = None
        self.source_text.setHtml("")
        self.candidate_text.setHtml("")
        self.reviewed_label.setText("")
        self.empty_label.setText(translate("Mapper", "Reading the entries…"))
        self.jobs.read(self.workspace, wanted)

    def _entries_read(self, wanted: tuple[str, Kind], entries: EntryList) -> None:
        self._entries, self._entries_of = entries, wanted
        self._show_entries()

    def _entries_failed(self, message: Message) -> None:
        self.empty_label.setText(error_text(message))
        self.statusMessage.emit(error_text(message))

    def _show_entries(self) -> None:
        entries = self._entries
        self._load_decisions()
        self.source_model.set_entries(entries, self._statuses())
        self._update_reviewed()
        self.suggestion_model.set_suggestions([], {})
        self.empty_label.setText(translate("Mapper", "Computing suggestions…"))
        self.start_suggestions()  # first, so the entry selected next says suggestions are coming, not that none are
        pending, self._to_select = self._to_select, None
        row = self.source_model.row_of(pending[1]) if pending is not None and pending[0] == self._entries_of else -1
        if row >= 0:
            index = self.source_model.index(row, 1)
            self.source_view.setCurrentIndex(index)
            self.source_view.scrollTo(index)
        elif entries.entries:
            self.source_view.setCurrentIndex(self.source_model.index(0, 0))

    def _load_decisions(self, every: Sequence[MappingRecord] | None = None) -> None:
        """The decisions touching the source framework, by source entry then partner. `every`: all decisions of
        the workspace when the caller has read them already (the window reads them for its Decisions tab)."""
        decisions: dict[str, dict[str, MappingRecord]] = defaultdict(dict)
        source = self.source  # a Qt call each time it is read; this loop may see tens of thousands of decisions
        # No source framework in a workspace that holds none yet (created empty, to import into).
        if source:
            for mapping in self.workspace.mappings(source) if every is None else every:
                if mapping.subject.framework == source:
                    decisions[str(mapping.subject)][str(mapping.object)] = mapping
                if mapping.object.framework == source:
                    decisions[str(mapping.object)][str(mapping.subject)] = mapping
        self._decisions = decisions

    def _statuses(self) -> dict[Ref, Status]:
        source, target = self.source, self.target
        statuses: dict[Ref, Status] = {}
        for ref, by_partner in self._decisions.items():
            status = status_of(by_partner, source, target)
            if status is not Status.UNREVIEWED:
                statuses[Ref.parse(ref)] = status
        return statuses

    def refresh_pair(self, subject: Ref, obj: Ref) -> None:
        """After one decision (or its undo) about subject and object: only their statuses and decisions are read
        again. Reading every decision took 0.2-0.3 s a keystroke in a workspace holding 10,000 of them."""
        source, target = self.source, self.target
        changed: dict[Ref, Status] = {}
        for ref in (subject, obj):
            if ref.framework != source:
                continue
            by_partner: dict[str, MappingRecord] = {}
            for mapping in self.workspace.mappings_of(ref):
                by_partner[str(mapping.object if mapping.subject == ref else mapping.subject)] = mapping
            self._decisions[str(ref)] = by_partner
            changed[ref] = status_of(by_partner, source, target)
        self.source_model.update_statuses(changed)
        self._update_reviewed()
        self._show_suggestions_for_current()

    def refresh_decisions(self, every: Sequence[MappingRecord] | None = None) -> None:
        """After any decision (or its undo): statuses and the Decided column, without recomputing suggestions.
        `every`: all of the workspace's decisions, if the caller has them (see _load_decisions)."""
        self._load_decisions(every)
        self.source_model.set_statuses(self._statuses())
        self._update_reviewed()
        self._show_suggestions_for_current()

    def _update_reviewed(self) -> None:
        reviewed, total = self.source_model.reviewed_count()
        self.reviewed_label.setText(translate("Mapper", "{0} of {1} reviewed").format(reviewed, total))

    # --- suggestions in the background ------------------------------------------------------------------------

    def start_suggestions(self) -> None:
        self.jobs.suggest(self.workspace, SuggestionRequest(self.source, self.target, self.kind))

    def cancel_suggestions(self) -> None:
        self.jobs.cancel_suggestions()

    def wait_for_jobs(self) -> None:
        """Block until every job this view started has finished (closing the window, tests)."""
        self.jobs.wait()
        self.search.wait()

    @property
    def busy(self) -> bool:
        """Reading the source's entries or computing suggestions."""
        return self.jobs.busy

    def _suggestions_ready(self, grouped: dict[str, list[Suggestion]], count: int) -> None:
        discard(self._suggestions)
        self._suggestions = grouped
        message = translate("Mapper", "{0} suggestions for {1} entries").format(count, len(grouped))
        self.statusMessage.emit(message)
        self._show_suggestions_for_current()

    def _suggestions_failed(self, message: Message) -> None:
        self.empty_label.setText(error_text(message))
        self.statusMessage.emit(error_text(message))

    # --- the current source entry and candidate -----------------------------------------------------------------

    def current_entry(self) -> EntryRecord | None:
        index = self.source_view.currentIndex()
        if not index.isValid():
            return None
        entry: EntryRecord = self.source_model.data(index, ValueRole)
        return entry

    def _source_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        entry = self.current_entry()
        if entry is None or entry is self._shown_entry:
            return
        self._shown_entry = entry
        self.source_text.setHtml(entry_html(entry))
        self.entrySelected.emit(entry)
        self._show_suggestions_for_current()

    def _show_suggestions_for_current(self) -> None:
        entry = self.current_entry()
        if entry is None:
            # Nothing selected (a filter that matches nothing): nothing of the last entry may stay to be decided.
            self.suggestion_model.set_suggestions([], {})
            self.source_text.setHtml("")
            self.candidate_text.setHtml("")
            self._shown_entry = None
            self._candidate_from_search = False
            self._pair_on_show_changed()
            return
        ref = str(entry.ref)
        floor = load_preferences().suggestion_floor
        # A pair scored below the floor with no reason at all is noise (0.00-0.04 were listed, issue 15).
        suggested = [s for s in self._suggestions.get(ref, []) if s.reasons or s.score >= floor]
        decided = self._decided_rows(entry, {s.object for s in suggested})
        suggestions = decided + suggested
        decisions = self._decisions.get(ref, {})
        self.suggestion_model.set_suggestions(suggestions, decisions, frozenset(s.object for s in decided))
        kept, self._keep_candidate = self._keep_candidate, None
        if kept is None and decisions:
            # Back on an entry already decided: its latest decision is the pair on show, rationale and all.
            latest = max((m for partner, m in decisions.items() if counts_for(partner, self.source, self.target)),
                         key=lambda m: m.updated, default=None)
            if latest is not None:
                kept = latest.object if latest.subject == entry.ref else latest.subject
        if suggestions:
            self.empty_label.setText("")
            row = next((row for row, s in enumerate(suggestions) if s.object == kept), 0)
            self.suggestion_view.selectionModel().setCurrentIndex(
                self.suggestion_model.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
            )
            self.suggestion_view.scrollTo(self.suggestion_model.index(row, 0))
            self._pair_on_show_changed()
        else:
            if not self.busy:
                self.empty_label.setText(
                    translate("Mapper", "No suggestions for this entry: search the target framework below.")
                )
            if not self._candidate_from_search:
                self.candidate_text.setHtml("")
            self._pair_on_show_changed()

    def _decided_rows(self, entry: EntryRecord, listed: set[Ref]) -> list[Suggestion]:
        """The entry's decided partners in the target that the suggestions leave out (the engine never suggests a
        decided pair), latest first: so every decision can be seen, changed and given its rationale here."""
        rows = []
        decisions = sorted(self._decisions.get(str(entry.ref), {}).items(), key=lambda item: item[1].updated,
                           reverse=True)
        for partner, mapping in decisions:
            ref = mapping.object if mapping.subject == entry.ref else mapping.subject
            if ref in listed or not counts_for(partner, self.source, self.target):
                continue
            label = mapping.object_label if mapping.subject == entry.ref else mapping.subject_label
            predicate = mapping.predicate if mapping.subject == entry.ref else mapping.predicate.inverse
            rows.append(Suggestion(entry.ref, entry.label, ref, label, 0.0, predicate))
        return rows

    def _suggestion_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            suggestion: Suggestion = self.suggestion_model.data(current, ValueRole)
            self._candidate_from_search = False
            self._show_candidate(suggestion.object)
            self._pair_on_show_changed()

    def _search_chosen(self, entry: EntryRecord) -> None:
        self._candidate_from_search = True
        self.candidate_text.setHtml(entry_html(entry))
        self._pair_on_show_changed()

    def _search_emptied(self) -> None:
        if self._candidate_from_search:
            self._candidate_from_search = False
            self._show_suggestions_for_current()

    def _search_targets(self) -> list[str]:
        return [self.target] if self.target else [f.key for f in self.workspace.frameworks() if f.key != self.source]

    def _pair_on_show_changed(self) -> None:
        """The entry or the candidate changed: the buttons name the new pair, the rationale line binds to it, and
        a warning the engine gives about the pair (a false friend) shows above the buttons."""
        entry, candidate = self.current_entry(), self.current_candidate()
        flags = self._current_flags()
        self.flag_label.setVisible(bool(flags))
        if flags:
            self.flag_label.setText(" ".join(flag_texts(flags)) + " — " + translate(
                "Mapper", "the labels agree but the definitions differ: read both before you decide."))
        if entry is None or candidate is None:
            self.buttons.show_pair(None, None)
        else:
            label = self._candidate_label(candidate)
            self.buttons.show_pair(Side(entry.label, self.pair.names.of(entry.ref.framework)),
                                   Side(label, self.pair.names.of(candidate.framework)))
        self._bind_rationale()

    def _bind_rationale(self) -> None:
        entry, candidate = self.current_entry(), self.current_candidate()
        if entry is None:
            self.rationale.bind(None, None, None)
            return
        decision = self._decisions.get(str(entry.ref), {}).get(str(candidate)) if candidate is not None else None
        self.rationale.bind(entry.ref, candidate, decision, entry.label)

    def _current_flags(self) -> tuple[str, ...]:
        if self._candidate_from_search:
            return ()
        index = self.suggestion_view.currentIndex()
        return tuple(self.suggestion_model.data(index, ValueRole).flags) if index.isValid() else ()

    def _candidate_label(self, candidate: Ref) -> str:
        found = self.search.current() if self._candidate_from_search else None
        if found is not None:
            return found.label
        index = self.suggestion_view.currentIndex()
        if index.isValid():
            return str(self.suggestion_model.data(index, ValueRole).object_label)
        return str(candidate)

    def _show_candidate(self, ref: Ref) -> None:
        self.candidate_text.setHtml(entry_html(self.workspace.entry(ref)))

    def current_candidate(self) -> Ref | None:
        found = self.search.current() if self._candidate_from_search else None
        if found is not None:
            return found.ref
        index = self.suggestion_view.currentIndex()
        if index.isValid():
            suggestion: Suggestion = self.suggestion_model.data(index, ValueRole)
            return suggestion.object
        return None

    # --- filtering and searching ---------------------------------------------------------------------------------

    def _filter_changed(self, text: str) -> None:
        """Rows ranked best first (workbench.search); while typing, the best row is the selected one. Cleared,
        the list keeps the entry that was selected."""
        current = self.current_entry()
        self.source_model.set_filter(text)
        row = 0 if text.strip() or current is None else max(self.source_model.row_of(current.ref), 0)
        if self.source_model.rowCount():
            self.source_view.setCurrentIndex(self.source_model.index(row, 1))
            self.source_view.scrollTo(self.source_model.index(row, 1))
        else:
            self.source_view.setCurrentIndex(QModelIndex())
            self._show_suggestions_for_current()
        self._update_reviewed()

    # --- deciding ----------------------------------------------------------------------------------------------

    def decide_key(self, key: str) -> bool:
        """Apply the decision bound to `key` to the pair on show; False when there is no pair to decide."""
        entry, candidate = self.current_entry(), self.current_candidate()
        if entry is None or candidate is None:
            self.statusMessage.emit(
                translate("Mapper", "Choose a candidate first: a suggestion, or a search result (Ctrl+F).")
            )
            return False
        if not self._record(entry.ref, key, candidate):
            return False
        if load_preferences().advance_after_decision:
            self.move_unreviewed(+1, quietly=True)
        else:
            self._keep_candidate = candidate
            self._show_suggestions_for_current()
        return True

    def _record(self, entry: Ref, key: str, candidate: Ref) -> bool:
        """One decision about (entry, candidate) with the rationale typed for it (see ui.mapper.rationale)."""
        predicate = predicate_of(key)
        existing = self._decisions.get(str(entry), {}).get(str(candidate))
        comment = self.rationale.comment_for(entry, candidate, existing)
        if not self._decide(entry, predicate or Predicate.EXACT, candidate, predicate is None, comment,
                            expected=self._shown_decision(entry, candidate)):
            return False
        self.rationale.recorded(entry, candidate)
        self._bind_rationale()
        return True

    def _shown_decision(self, entry: Ref, candidate: Ref) -> MappingRecord | None:
        """The decision about the pair as this view loaded it, either way round (the mapper decides pairs)."""
        return self._decisions.get(str(entry), {}).get(str(candidate))

    def _save_rationale(self, decision: MappingRecord, text: str) -> None:
        self._edit_rationale(decision, text)

    def _focus_rationale(self) -> None:
        self.rationale_edit.setFocus()
        self.rationale_edit.selectAll()

    def _dropped(self, row: int, ref: str, where: QPoint) -> None:
        menu = QMenu(self)
        for key, _predicate, text, tip in DECISION_KEYS:
            action = menu.addAction("{}  [{}]".format(translate("Mapper", text), key))
            action.setToolTip(translate("Mapper", tip))
            action.setData(key)
        chosen = menu.exec(where)
        if chosen is not None:
            self.map_dropped(row, ref, str(chosen.data()))

    def map_dropped(self, row: int, ref: str, key: str) -> None:
        """A candidate dropped on the source entry in `row`, decided with the choice bound to `key`."""
        self.source_view.setCurrentIndex(self.source_model.index(row, 0))
        entry = self.current_entry()
        if entry is not None:
            self._record(entry.ref, key, Ref.parse(ref))

    def move_unreviewed(self, step: int, *, quietly: bool = False) -> bool:
        """Select the next (or previous) entry not yet reviewed, wrapping around; False when none is left.
        `quietly`: after a decision, when the list being done is good news rather than a refusal."""
        rows = self.source_model.rowCount()
        if rows == 0:
            return False
        start = self.source_view.currentIndex().row()
        for offset in range(1, rows + 1):
            row = (start + step * offset) % rows
            if self.source_model.status(self.source_model.value(row)) is Status.UNREVIEWED:
                self.source_view.setCurrentIndex(self.source_model.index(row, 1))
                self.source_view.scrollTo(self.source_model.index(row, 1))
                return True
        if quietly:
            self._show_suggestions_for_current()
        self.statusMessage.emit(translate("Mapper", "Every entry in this list has been reviewed."))
        return False
