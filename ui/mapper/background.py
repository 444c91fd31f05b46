"""The mapper's work in the background: reading the source framework's entries, then computing its suggestions.

One progress bar and one Cancel button show whichever runs. Only the newest job of each kind counts: a result that
arrives from a superseded job (the user chose another pair meanwhile) is dropped here, so the view never shows the
entries or suggestions of a pair it no longer shows.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QProgressBar, QPushButton, QWidget

from ui.jobs import CallJob, SuggestionJob, SuggestionRequest
from ui.models import EntryList
from ui.translations import translate
from workbench.domain import Kind
from workbench.messages import Message
from workbench.workspace import Workspace


class MapperJobs(QObject):
    entriesRead = Signal(object, object)
    """(source framework, kind) as asked for, and the EntryList read."""
    readFailed = Signal(object)
    """Message: why the entries could not be read."""
    suggestionsReady = Signal(object, int)
    """The suggestions by subject ref (dict[str, list[Suggestion]]), and how many there are."""
    suggestionsFailed = Signal(object)
    """Message: why the suggestions could not be computed."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self._reading: CallJob | None = None
        self._job: SuggestionJob | None = None
        self.progress = QProgressBar()
        self.progress.setMaximumWidth(220)
        self.progress.setTextVisible(True)
        self.progress.hide()
        self.cancel_button = QPushButton(translate("Mapper", "Cancel"))
        self.cancel_button.setToolTip(translate("Mapper", "Stop computing suggestions"))
        self.cancel_button.hide()
        self.cancel_button.clicked.connect(self.cancel_suggestions)

    @property
    def busy(self) -> bool:
        """Reading the source's entries or computing suggestions."""
        return self._job is not None or self._reading is not None

    def forget_reading(self) -> None:
        """A list still being read for an earlier choice is no longer wanted."""
        self._reading = None

    def read(self, workspace: Workspace, wanted: tuple[str, Kind]) -> None:
        self.progress.setRange(0, 0)
        self.progress.show()
        job = CallJob(lambda _progress: EntryList.of(workspace.entries(*wanted)), self)
        job.succeeded.connect(lambda entries, j=job: self._read(j, wanted, entries))
        job.failed.connect(lambda message, _problems, j=job: self._read_failed(j, message))
        self._reading = job
        job.start()

    def _read(self, job: CallJob, wanted: tuple[str, Kind], entries: EntryList) -> None:
        if job is self._reading:
            self._reading = None
            self.entriesRead.emit(wanted, entries)

    def _read_failed(self, job: CallJob, message: Message) -> None:
        if job is self._reading:
            self._reading = None
            self.progress.hide()
            self.readFailed.emit(message)

    def suggest(self, workspace: Workspace, request: SuggestionRequest) -> None:
        job = SuggestionJob(workspace, request, self)
        job.progressed.connect(self._progressed)
        job.succeeded.connect(lambda results, j=job: self._ready(j, len(results)))
        job.failed.connect(lambda message, j=job: self._failed(j, message))
        job.cancelled.connect(lambda j=job: self._over(j))
        self._job = job
        self.progress.setRange(0, 0)
        self.progress.show()
        self.cancel_button.show()
        job.start()

    def cancel_suggestions(self) -> None:
        if self._job is not None:
            self._job.cancel()
            self._job = None
        self.progress.hide()
        self.cancel_button.hide()

    def wait(self) -> None:
        """Block until every job started here has finished (closing the window, tests). Results still on their
        way (queued signals) are dropped: the workspace is about to close."""
        self._reading = None
        self._job = None
        for job in self.findChildren(SuggestionJob):
            job.cancel()
            job.done.wait()
        for reading in self.findChildren(CallJob):
            reading.done.wait()

    def _progressed(self, done: int, total: int) -> None:
        if self._job is not None and total:
            self.progress.setRange(0, total)
            self.progress.setValue(done)

    def _over(self, job: SuggestionJob) -> bool:
        """True when `job` is still the one waited for (a result from a superseded job is dropped)."""
        current = job is self._job
        if current:
            self._job = None
            self.progress.hide()
            self.cancel_button.hide()
        return current

    def _ready(self, job: SuggestionJob, count: int) -> None:
        if self._over(job):
            self.suggestionsReady.emit(job.by_subject, count)  # grouped in the worker

    def _failed(self, job: SuggestionJob, message: Message) -> None:
        if self._over(job):
            self.suggestionsFailed.emit(message)
