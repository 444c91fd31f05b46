"""Long work off the UI thread: the job runs in Qt's thread pool and reports back only through signals, so no
widget is ever touched from the worker (DESIGN.md section 4, "long work is an operation object")."""

from __future__ import annotations

import threading
from dataclasses import dataclass

from PySide6.QtCore import QObject, QThreadPool, Signal

from workbench.domain import Kind, Suggestion
from workbench.errors import WorkbenchError
from workbench.workspace import Workspace


@dataclass(frozen=True)
class SuggestionRequest:
    source: str
    target: str | None
    kind: Kind | None
    top: int = 10


class SuggestionJob(QObject):
    progressed = Signal(int, int)
    succeeded = Signal(object)
    """list[Suggestion]"""
    failed = Signal(str)
    cancelled = Signal()

    def __init__(self, workspace: Workspace, request: SuggestionRequest, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.request = request
        self._workspace = workspace
        self._stop = threading.Event()
        self.done = threading.Event()

    def start(self) -> None:
        QThreadPool.globalInstance().start(self._run)

    def cancel(self) -> None:
        self._stop.set()

    def _run(self) -> None:
        # The engine (numpy, rapidfuzz, stemmers) loads with the first job, not at application start-up.
        from workbench.matching import Cancelled, suggest

        try:
            results: list[Suggestion] = suggest(
                self._workspace,
                self.request.source,
                self.request.target,
                kind=self.request.kind,
                top=self.request.top,
                progress=lambda done, total: self.progressed.emit(done, total),
                cancel=self._stop.is_set,
            )
        except Cancelled:
            self.cancelled.emit()
        except WorkbenchError as error:
            self.failed.emit(str(error))
        except Exception as error:  # a worker must always report back, or the UI waits forever
            self.failed.emit(f"suggestions failed: {error!r}")
        else:
            self.succeeded.emit(results)
        finally:
            self.done.set()
