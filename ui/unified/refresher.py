"""Refreshing the unified model from the decisions, shared by the glossary and process-model tabs: "Refresh from
decisions" (glossary and process model) and "Start from USM skeleton" (the skeleton, traced from the decisions).

The work runs in a worker thread: a first refresh of 2 x 10,000 entries takes seconds. A busy dialog shows when
it takes longer than a moment; it is modal, and until it shows keys and clicks are held back, so nothing else
writes meanwhile. The result is one undo step on the window's stack."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QProgressDialog

from ui.input_blocker import InputBlocker
from ui.jobs import CallJob
from ui.translations import translate
from ui.unified.commands import Refreshed, push_refresh, refresh_now
from ui.unified.context import UnifiedContext, read_labels
from workbench.domain import Ref
from workbench.messages import Message
from workbench.workspace import Workspace

BUSY_AFTER_MS = 400
"""A refresh shorter than this (the bundled frameworks: about 0.2 s) shows no busy dialog."""


class Refresher(QObject):
    running_changed = Signal(bool)
    refreshed = Signal(object)
    """The `Refreshed` of a refresh just recorded on the undo stack."""

    def __init__(self, context: UnifiedContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self._job: CallJob | None = None
        self._blocker = InputBlocker(self)

    @property
    def running(self) -> bool:
        return self._job is not None

    def refresh(self) -> None:
        """Refresh glossary and process model from the decisions."""
        self._start(translate("Undo", "refresh the unified model from the decisions"),
                    translate("Glossary", "Refreshing the unified model from the decisions…"), True, None)

    def start_from_usm(self) -> None:
        """Start an empty process model from the USM skeleton, traced from the decisions already made."""
        self._start(translate("Undo", "start the process model from USM"),
                    translate("Process", "Starting the process model from USM…"), False, "usm")

    def wait_for_jobs(self) -> None:
        """Block until a refresh in progress has written (closing the window, switching workspace)."""
        if self._job is not None:
            self._job.done.wait()

    def _start(self, undo_text: str, busy_text: str, refresh_glossary: bool, skeleton: str | None) -> None:
        if self._job is not None:
            return
        workspace = self.context.workspace
        busy = QProgressDialog(busy_text, "", 0, 0, self.context.window)
        busy.setCancelButton(None)  # one transaction: it happens whole or not at all, so it is not stopped halfway
        busy.setWindowModality(Qt.WindowModality.ApplicationModal)
        busy.setValue(0)  # at its minimum, so the next line restarts the show timer (4 s by default)
        busy.setMinimumDuration(BUSY_AFTER_MS)
        busy.setWindowTitle(translate("Glossary", "Unified model"))
        labels_wanted = not self.context.has_labels  # the views show entries by label: read them there too

        def work(_progress: object) -> tuple[Refreshed, dict[Ref, str] | None]:
            done = refresh_now(workspace, refresh_glossary=refresh_glossary, skeleton=skeleton)
            return done, read_labels(workspace) if labels_wanted else None

        job = CallJob(work, self)
        job.succeeded.connect(lambda result: self._succeeded(workspace, undo_text, *result))
        job.failed.connect(lambda message, _problems: self._failed(message))
        job.finished.connect(lambda: self._ended(busy))
        self._job = job
        self.running_changed.emit(True)
        self._blocker.start()
        job.start()

    def _succeeded(self, workspace: Workspace, undo_text: str, done: Refreshed, labels: dict[Ref, str] | None) -> None:
        if workspace is not self.context.workspace:
            return  # the window switched workspace meanwhile; the refresh stands, without an undo step here
        if labels is not None:
            self.context.use_labels(workspace, labels)
        push_refresh(self.context.stack, undo_text, workspace, done, self.context.changed, self.context.undo_refused)
        self.refreshed.emit(done)

    def _failed(self, message: Message) -> None:
        self._blocker.stop()  # before the message box, which the user must be able to close
        self.context.refused(message)

    def _ended(self, busy: QProgressDialog) -> None:
        self._blocker.stop()
        busy.close()
        busy.deleteLater()
        self._job = None
        self.running_changed.emit(False)
