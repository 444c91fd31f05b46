"""Meaning vectors kept fresh in the background (issue 17): after a workspace is opened or created, and after an
import or added frameworks, every entry whose text has no stored vector yet is embedded and stored
(`workbench.matching.embeddings.refresh`), with its progress in the status bar. Suggestions never wait for it:
they embed in memory what is not stored yet, so the refresh only makes later suggestions faster.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QLabel, QProgressBar, QStatusBar

from ui.jobs import CallJob
from ui.messages import text
from ui.translations import translate
from workbench.messages import Message
from workbench.workspace import Workspace

BACKGROUND_SHARE = 0.3
"""The part of the time storing meaning vectors may take: the rest is the interface's (they share one
interpreter lock). 50,000 entries take about a minute so, and the mapper keeps answering meanwhile."""


class MeaningRefresher(QObject):
    """One refresh at a time per window; asked again while one runs, it runs once more when that one ends (an
    import during the refresh after opening leaves its entries to the second run)."""

    def __init__(self, status: QStatusBar, workspace: Callable[[], Workspace]) -> None:
        super().__init__(status)
        self._status = status
        self._workspace = workspace
        self._job: CallJob | None = None
        self._cancel = threading.Event()
        self._again = False
        self.label = QLabel()
        self.label.setObjectName("meaning-progress-label")
        self.bar = QProgressBar()
        self.bar.setObjectName("meaning-progress")
        self.bar.setMaximumWidth(160)
        self.bar.setTextVisible(False)
        for widget in (self.label, self.bar):
            widget.hide()
            status.addPermanentWidget(widget)
        self.last_stored: int | None = None
        """Vectors the last finished refresh stored (tests, the status line)."""

    @property
    def busy(self) -> bool:
        return self._job is not None

    def start(self) -> None:
        """Refresh the current workspace's vectors in the background, unless it is open read-only."""
        if self._workspace().read_only is not None:
            return
        if self._job is not None:
            self._again = True
            return
        workspace = self._workspace()
        cancel = self._cancel = threading.Event()

        def work(progress: Callable[[int, int], None]) -> int:
            from workbench.matching import embeddings  # the engine loads off the interface thread

            return embeddings.refresh(workspace, progress, cancel, share=BACKGROUND_SHARE, chunk=256)

        # Each signal names its job: one stopped by `stop` still delivers its queued signals afterwards, and they
        # must not touch the job that runs by then.
        job = CallJob(work, self)
        job.progressed.connect(lambda done, total: self._progressed(job, done, total))
        job.succeeded.connect(lambda count: self._stored(job, count))
        job.failed.connect(lambda message, _problems: self._failed(job, message))
        job.finished.connect(lambda: self._finished(job))
        self._job = job
        job.start()

    def stop(self) -> None:
        """Cancel between chunks and wait (closing the window or switching workspaces); what was stored stays."""
        self._again = False
        self._cancel.set()
        if self._job is not None:
            self._job.done.wait()
            self._job = None
        self.label.hide()
        self.bar.hide()

    def _progressed(self, job: CallJob, done: int, total: int) -> None:
        if job is not self._job or total == 0:
            return
        self.label.setText(translate("Main", "Preparing suggestions by meaning: {0} of {1} entries").format(
            done, total))
        self.bar.setRange(0, total)
        self.bar.setValue(done)
        self.label.show()
        self.bar.show()

    def _stored(self, job: CallJob, count: int) -> None:
        if job is self._job:
            self.last_stored = count

    def _failed(self, job: CallJob, message: Message) -> None:
        if job is not self._job:
            return
        # Suggestions embed what is not stored, so a failed refresh costs time, not results: a line, no dialog.
        self._status.showMessage(
            translate("Main", "Suggestions by meaning are computed each time: {0}").format(text(message)), 10000)

    def _finished(self, job: CallJob) -> None:
        if job is not self._job:
            return
        self._job = None
        self.label.hide()
        self.bar.hide()
        if self._again:
            self._again = False
            self.start()
