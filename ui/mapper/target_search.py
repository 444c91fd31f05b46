"""The mapper's search of the target framework: a candidate the engine did not suggest, found by name and dragged
onto a source entry or decided with the mapper's keys."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, QObject, QTimer, Signal
from PySide6.QtWidgets import QHeaderView, QLineEdit

from ui.details import kind_word
from ui.jobs import CallJob
from ui.messages import error_text
from ui.models import Column, ListTableModel, ValueRole
from ui.translations import translate
from ui.widgets import table_view
from workbench.domain import EntryRecord
from workbench.messages import Message
from workbench.workspace import Workspace

SEARCH_LIMIT = 200
"""Target entries a search lists, best first."""
TYPING_PAUSE_MS = 150
"""The search runs once typing pauses this long, not on every key."""
SEARCH_TIMEOUT_MS = 120_000
"""How long `wait` waits for a search under way (closing the window, tests)."""


class TargetSearch(QObject):
    """The search line and its results; the mapper lays the two out apart (the results share the candidates'
    column with the suggestions, and take room only while shown)."""

    chosen = Signal(object)
    """EntryRecord: the result now current, the candidate on show."""
    emptied = Signal()
    """The search text was cleared: the suggestions' candidate is the one on show again."""
    failed = Signal(str)
    """Why a search found nothing because it could not run (the status bar says it)."""

    def __init__(self, workspace: Workspace, targets: Callable[[], list[str]],
                 framework_name: Callable[[str], str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self._targets = targets
        """The frameworks to search: the target on show, or every framework but the source."""
        self.edit = QLineEdit()
        self.edit.setPlaceholderText(translate("Mapper", "Not suggested? Search the target framework (Ctrl+F)"))
        self.edit.setClearButtonEnabled(True)
        self.edit.setAccessibleName(translate("Mapper", "Search target entries"))
        self.model: ListTableModel[EntryRecord] = ListTableModel(
            [
                Column(translate("Mapper", "Entry"), lambda e: e.label, tooltip=lambda e: f"{e.ref}\n{e.definition}"),
                Column(translate("Mapper", "Framework"), lambda e: framework_name(e.ref.framework)),
                Column(translate("Mapper", "Kind"), lambda e: kind_word(e.kind)),
            ],
            self,
            drag_ref=lambda e: str(e.ref),
        )
        self.view = table_view(self.model)
        self.view.setDragEnabled(True)
        self.view.setAccessibleName(translate("Mapper", "Target search results"))
        self.view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.view.hide()

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(TYPING_PAUSE_MS)
        self._timer.timeout.connect(self._run)
        self._asked = 0
        """Counts the searches asked for and the resets: only the answer to the latest is shown."""
        self._jobs: set[CallJob] = set()
        self.edit.textChanged.connect(lambda _text: self._timer.start())
        self.view.selectionModel().currentRowChanged.connect(self._current_changed)

    def focus(self) -> None:
        self.view.show()
        self.edit.setFocus()
        self.edit.selectAll()

    def reset(self) -> None:
        """Another source, target or kind: results of the old target must not be mapped to (issue 15)."""
        self._asked += 1
        self.edit.clear()
        self.model.set_rows([])
        self.view.hide()

    def current(self) -> EntryRecord | None:
        index = self.view.currentIndex()
        if not index.isValid():
            return None
        entry: EntryRecord = self.model.data(index, ValueRole)
        return entry

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self.chosen.emit(self.model.data(current, ValueRole))

    @property
    def searching(self) -> bool:
        return bool(self._jobs)

    def wait(self) -> None:
        """Block until the searches under way have finished (closing the window, tests)."""
        for job in list(self._jobs):
            job.done.wait(SEARCH_TIMEOUT_MS / 1000)

    def _run(self) -> None:
        self._asked += 1
        text = self.edit.text().strip()
        if not text:
            self.model.set_rows([])
            self.emptied.emit()
            return
        self.view.show()
        # In the background: over a 50,000-entry target the search held the window still for 120-330 ms.
        asked, targets, workspace = self._asked, self._targets(), self._workspace
        job = CallJob(lambda _progress: workspace.search(text, targets, limit=SEARCH_LIMIT), self)
        job.succeeded.connect(lambda found: self._found(asked, found))
        job.failed.connect(lambda message, _problems: self._failed(asked, message))
        job.finished.connect(lambda: self._jobs.discard(job))
        self._jobs.add(job)
        job.start()

    def _failed(self, asked: int, message: Message) -> None:
        self._found(asked, [])
        if asked == self._asked:
            self.failed.emit(error_text(message))

    def _found(self, asked: int, found: list[EntryRecord]) -> None:
        if asked != self._asked:
            return  # typed on, or another target chosen, since it was asked
        self.model.set_rows(found)
        if found:
            self.view.setCurrentIndex(self.model.index(0, 0))
