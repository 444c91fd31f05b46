"""Thin Qt models over core values. They hold plain lists, filter and sort in Python (see DESIGN.md section 6:
over large lists that is far faster than QSortFilterProxyModel), and reset when their data changes."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import IntEnum
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QMimeData, QModelIndex, QObject, QPersistentModelIndex, Qt

from ui.messages import text as message_text
from ui.messages import texts as reasons_text
from ui.messages import word_text
from ui.translations import QT_TRANSLATE_NOOP, translate
from workbench.domain import EntryRecord, MappingRecord, Predicate, Ref, Suggestion
from workbench.messages import Word
from workbench.relations import relation_key, relation_sentence
from workbench.search import Searchable, rank_entries

ValueRole = Qt.ItemDataRole.UserRole + 1
"""The core value behind a row (EntryRecord, Suggestion, MappingRecord)."""

REF_MIME_TYPE = "application/x-workbench-ref"
"""Drag payload: an entry reference `framework:key`, UTF-8."""

T = TypeVar("T")
Index = QModelIndex | QPersistentModelIndex


class Status(IntEnum):
    UNREVIEWED = 0
    MAPPED = 1
    NO_MATCH = 2


STATUS_TEXT = {Status.UNREVIEWED: "○", Status.MAPPED: "●", Status.NO_MATCH: "✕"}
STATUS_TIP = {
    Status.UNREVIEWED: QT_TRANSLATE_NOOP("Models", "Not reviewed"),
    Status.MAPPED: QT_TRANSLATE_NOOP("Models", "Mapped"),
    Status.NO_MATCH: QT_TRANSLATE_NOOP("Models", "No match"),
}

RELATION_WORDS = (
    QT_TRANSLATE_NOOP("Models", "exact"),
    QT_TRANSLATE_NOOP("Models", "close"),
    QT_TRANSLATE_NOOP("Models", "broader"),
    QT_TRANSLATE_NOOP("Models", "narrower"),
    QT_TRANSLATE_NOOP("Models", "related"),
    QT_TRANSLATE_NOOP("Models", "not a match"),
)
"""The relation words the core writes (`Predicate.short`, "not a match"); the interface shows them translated."""


def relation_text(predicate: Predicate, negated: bool) -> str:
    """The relation as the interface shows it, in its language."""
    return relation_word(relation_key(predicate, negated))


def relation_word(word: str) -> str:
    """A relation word of the core ("exact", "broader", ...) in the interface language; other text as it is."""
    return translate("Models", word) if word in RELATION_WORDS else word


WARNING_MARK = "⚠"
"""Before a candidate or decision the engine warns about (a false friend: same name, different meaning)."""


def flag_texts(flags: Sequence[str]) -> list[str]:
    """A suggestion's flags as the interface names them ("Same name, different meaning")."""
    return [f"{WARNING_MARK} {word_text(Word('flag', flag))}" for flag in flags]


def local_time(stamp: datetime) -> str:
    """A time the store holds (UTC, without a zone) as the clock on the user's wall reads it: the decisions
    list showed UTC, an hour or two off in Sweden, beside a workshop's minutes in local time."""
    return stamp.replace(tzinfo=UTC).astimezone().strftime("%Y-%m-%d %H:%M")


@dataclass(frozen=True)
class Column(Generic[T]):
    title: str
    text: Callable[[T], str]
    sort_key: Callable[[T], Any] | None = None
    tooltip: Callable[[T], str] | None = None
    align_right: bool = False


class ListTableModel(QAbstractTableModel, Generic[T]):
    """Rows of one value type, shown through a list of columns; `set_rows` replaces them all."""

    def __init__(
        self,
        columns: Sequence[Column[T]],
        parent: QObject | None = None,
        *,
        drag_ref: Callable[[T], str] | None = None,
    ) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._rows: list[T] = []
        self._drag_ref = drag_ref
        self._sorted_by: tuple[int, Qt.SortOrder] | None = None
        """The view's last sort: new rows are put in that order too, or the header's arrow would lie."""

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and self._drag_ref is not None:
            flags |= Qt.ItemFlag.ItemIsDragEnabled
        return flags

    def mimeTypes(self) -> list[str]:
        return [REF_MIME_TYPE]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        data = QMimeData()
        if self._drag_ref is not None and indexes:
            data.setData(REF_MIME_TYPE, self._drag_ref(self._rows[indexes[0].row()]).encode())
        return data

    def set_rows(self, rows: Sequence[T]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        if self._sorted_by is not None:
            self._rows.sort(key=self._sort_key(self._sorted_by[0]),
                            reverse=self._sorted_by[1] == Qt.SortOrder.DescendingOrder)
        self.endResetModel()

    def rows(self) -> list[T]:
        return list(self._rows)

    def value(self, row: int) -> T:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's default argument idiom
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        value = self._rows[index.row()]
        column = self._columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(value)
        if role == Qt.ItemDataRole.ToolTipRole and column.tooltip is not None:
            return column.tooltip(value)
        if role == Qt.ItemDataRole.TextAlignmentRole and column.align_right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == ValueRole:
            return value
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._columns[section].title
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._sorted_by = (column, order)
        self.layoutAboutToBeChanged.emit()
        self._rows.sort(key=self._sort_key(column), reverse=order == Qt.SortOrder.DescendingOrder)
        self.layoutChanged.emit()

    def _sort_key(self, column: int) -> Callable[[T], Any]:
        spec = self._columns[column]
        return spec.sort_key or (lambda value: spec.text(value).casefold())


@dataclass(frozen=True)
class EntryList:
    """A source framework's entries with what filtering and counting them needs, built where they are read (a
    worker thread for a large framework): for 50,000 entries that work took the UI thread 0.2 s."""

    entries: tuple[EntryRecord, ...] = ()
    searchable: tuple[Searchable, ...] = ()
    """Every label in every language and the definitions, folded once, so a keystroke only compares."""
    refs: frozenset[Ref] = frozenset()

    @classmethod
    def of(cls, entries: Sequence[EntryRecord]) -> EntryList:
        return cls(tuple(entries), tuple(Searchable.of(entry) for entry in entries),
                   frozenset(entry.ref for entry in entries))


class SourceEntryModel(ListTableModel[EntryRecord]):
    """The mapper's left list: entries of the source framework with their review status, filterable as you type."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(
            [
                Column(
                    "",
                    lambda e: STATUS_TEXT[self.status(e)],
                    tooltip=lambda e: translate("Models", STATUS_TIP[self.status(e)]),
                ),
                Column(translate("Models", "Entry"), lambda e: e.label, tooltip=lambda e: f"{e.ref}\n{e.definition}"),
            ],
            parent,
        )
        self._list = EntryList()
        self._statuses: dict[Ref, Status] = {}
        self._reviewed = 0
        self._filter = ""

    def set_entries(self, entries: EntryList, statuses: dict[Ref, Status]) -> None:
        self._list = entries
        self._statuses = statuses
        self._count_reviewed()
        self._apply()

    def set_statuses(self, statuses: dict[Ref, Status]) -> None:
        self._statuses = statuses
        self._count_reviewed()
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, 0))

    def update_statuses(self, changed: dict[Ref, Status]) -> None:
        """The statuses of a few entries (after one decision); the others stay as they are."""
        for ref, status in changed.items():
            if status is Status.UNREVIEWED:
                self._statuses.pop(ref, None)
            else:
                self._statuses[ref] = status
        self._count_reviewed()
        for ref in changed:
            row = self.row_of(ref)
            if row >= 0:
                self.dataChanged.emit(self.index(row, 0), self.index(row, 0))

    def _count_reviewed(self) -> None:
        refs = self._list.refs
        self._reviewed = sum(
            1 for ref, status in self._statuses.items() if status is not Status.UNREVIEWED and ref in refs
        )

    def set_filter(self, text: str) -> None:
        self._filter = text.strip().casefold()
        self._apply()

    def _apply(self) -> None:
        """The entries that match the filter, best first (workbench.search); all, in framework order, without."""
        if self._filter:
            self.set_rows(rank_entries(self._filter, self._list.entries, self._list.searchable))
        else:
            self.set_rows(self._list.entries)

    def status(self, entry: EntryRecord) -> Status:
        return self._statuses.get(entry.ref, Status.UNREVIEWED)

    def reviewed_count(self) -> tuple[int, int]:
        return self._reviewed, len(self._list.entries)

    def row_of(self, ref: Ref | str) -> int:
        wanted = Ref.parse(ref) if isinstance(ref, str) else ref
        # Identity first: a shown entry's ref is the very object in the rows, and every filter keystroke looks
        # its entry up among up to 50,000; a dataclass comparison per row took 25 ms of that keystroke.
        for row, entry in enumerate(self._rows):
            if entry.ref is wanted:
                return row
        key, framework = wanted.key, wanted.framework
        for row, entry in enumerate(self._rows):
            if entry.ref.key == key and entry.ref.framework == framework:
                return row
        return -1


class SuggestionModel(ListTableModel[Suggestion]):
    """Candidates for the selected source entry, best first, with any decision already taken on each pair."""

    def __init__(self, parent: QObject | None = None, framework_name: Callable[[str], str] = str) -> None:
        super().__init__(
            [
                Column(
                    translate("Models", "Score"),
                    lambda s: "" if s.object in self._decided_only else f"{s.score:.2f}",
                    sort_key=lambda s: s.score,
                    align_right=True,
                ),
                Column(
                    translate("Models", "Proposed"),
                    lambda s: "" if s.object in self._decided_only else relation_text(s.predicate, False),
                ),
                Column(
                    translate("Models", "Candidate"),
                    lambda s: f"{WARNING_MARK} {s.object_label}" if s.flags else s.object_label,
                    tooltip=lambda s: "\n".join([str(s.object), *flag_texts(s.flags)]),
                ),
                Column(translate("Models", "Framework"), lambda s: framework_name(s.object.framework)),
                Column(translate("Models", "Decided"), self._decided_text),
                Column(
                    translate("Models", "Why"),
                    lambda s: reasons_text(s.reasons),
                    tooltip=lambda s: reasons_text(s.reasons, "\n"),
                ),
            ],
            parent,
            drag_ref=lambda s: str(s.object),
        )
        self._decisions: dict[str, MappingRecord] = {}
        self._decided_only: frozenset[Ref] = frozenset()

    def set_suggestions(self, suggestions: Sequence[Suggestion], decisions: dict[str, MappingRecord],
                        decided_only: frozenset[Ref] = frozenset()) -> None:
        """`decided_only`: candidates listed because they were decided, not suggested (no score of their own)."""
        self._decisions = decisions
        self._decided_only = decided_only
        self.set_rows(suggestions)

    def _decided_text(self, suggestion: Suggestion) -> str:
        decision = self._decisions.get(str(suggestion.object))
        if decision is None:
            return ""
        # Seen from the row's entry: a decision recorded the other way round reads inverted (broader <-> narrower).
        predicate = decision.predicate if decision.subject == suggestion.subject else decision.predicate.inverse
        return relation_text(predicate, decision.negated)


CONFLICTS = "conflicts"
"""The relation filter's value for the pairs in conflict with a team workspace."""


class MappingTableModel(ListTableModel[MappingRecord]):
    """Every decision in the workspace, sortable by any column and filterable by text, relation and author."""

    def __init__(self, parent: QObject | None = None, framework_name: Callable[[str], str] = str) -> None:
        super().__init__(
            [
                Column(translate("Models", "Subject"), lambda m: m.subject_label, tooltip=lambda m: str(m.subject)),
                Column(translate("Models", "From"), lambda m: framework_name(m.subject.framework)),
                Column(
                    translate("Models", "Relation"),
                    lambda m: (f"{WARNING_MARK} " if self.flags_of(m) or self.in_conflict(m) else "")
                    + relation_text(m.predicate, m.negated)
                    + (translate("Models", " (conflict)") if self.in_conflict(m) else ""),
                    tooltip=lambda m: "\n".join([message_text(relation_sentence(
                        m.predicate, m.negated, m.subject_label, framework_name(m.subject.framework),
                        m.object_label, framework_name(m.object.framework))), *flag_texts(self.flags_of(m))]),
                    sort_key=lambda m: relation_key(m.predicate, m.negated),
                ),
                Column(translate("Models", "Object"), lambda m: m.object_label, tooltip=lambda m: str(m.object)),
                Column(translate("Models", "To"), lambda m: framework_name(m.object.framework)),
                Column(translate("Models", "Author"), lambda m: m.author),
                Column(
                    translate("Models", "Decided"),
                    lambda m: local_time(m.updated),
                    sort_key=lambda m: m.updated,
                ),
                Column(translate("Models", "Rationale"), lambda m: m.comment, tooltip=lambda m: m.comment),
            ],
            parent,
        )
        self._all: list[MappingRecord] = []
        self._flags: dict[tuple[Ref, Ref], tuple[str, ...]] = {}
        self._text = ""
        self._relation = ""
        self._framework = ""
        self._other = ""
        self._conflicts: Mapping[tuple[Ref, Ref], object] = {}

    def set_conflicts(self, conflicts: Mapping[tuple[Ref, Ref], object]) -> None:
        """Pairs a sync found decided differently here and in the team workspace (workbench.sync.open_conflicts);
        the relation filter CONFLICTS shows only them. Applied with the next set_mappings or replace_pair."""
        self._conflicts = conflicts

    def in_conflict(self, mapping: MappingRecord) -> bool:
        return (mapping.subject, mapping.object) in self._conflicts

    def flags_of(self, mapping: MappingRecord) -> tuple[str, ...]:
        """What the engine warns about this decided pair (a false friend), as last computed."""
        return self._flags.get((mapping.subject, mapping.object), ())

    def set_flags(self, flags: dict[tuple[Ref, Ref], tuple[str, ...]]) -> None:
        self._flags = flags
        if self._rows:
            self.dataChanged.emit(self.index(0, 2), self.index(len(self._rows) - 1, 2))

    def set_mappings(self, mappings: Sequence[MappingRecord]) -> None:
        self._all = list(mappings)
        self._apply()

    def replace_pair(self, subject: Ref, obj: Ref, record: MappingRecord | None) -> None:
        """The decision about one (subject, object) pair changed: `record` as it now is, None once deleted."""
        at = next((row for row, m in enumerate(self._all) if m.subject == subject and m.object == obj), None)
        if at is not None and record is not None:
            self._all[at] = record
        elif at is not None:
            del self._all[at]
        elif record is not None:
            self._all.append(record)
        self._apply()

    def set_filter(self, text: str = "", relation: str = "", framework: str = "", other: str = "") -> None:
        """`framework` alone: decisions touching it; with `other`: decisions between the two, either way."""
        self._text, self._relation = text.strip().casefold(), relation
        self._framework, self._other = framework, other
        self._apply()

    def _apply(self) -> None:
        def keep(mapping: MappingRecord) -> bool:
            if self._relation == CONFLICTS:
                if not self.in_conflict(mapping):
                    return False
            elif self._relation and relation_key(mapping.predicate, mapping.negated) != self._relation:
                return False
            sides = (mapping.subject.framework, mapping.object.framework)
            if self._framework and self._framework not in sides:
                return False
            if self._other and (
                self._other not in sides
                or (self._framework and sorted(sides) != sorted((self._framework, self._other)))
            ):
                return False
            if self._text:
                haystack = " ".join(
                    (
                        mapping.subject_label,
                        str(mapping.subject),
                        mapping.object_label,
                        str(mapping.object),
                        mapping.author,
                        mapping.comment,
                    )
                ).casefold()
                return self._text in haystack
            return True

        self.set_rows([mapping for mapping in self._all if keep(mapping)])

    def authors(self) -> list[str]:
        return sorted({mapping.author for mapping in self._all})
