"""Long work off the UI thread: the job runs in Qt's thread pool and reports back only through signals, so no
widget is ever touched from the worker (DESIGN.md section 4, "long work is an operation object").

`SuggestionJob` computes suggestions. Large framework pairs are matched in a child process
(workbench.matching.process): in a thread the engine shares the GIL with the interface and held it still for
up to half a second at a time. Small pairs, the usual case, finish in a fraction of a second and stay in a
thread, which saves starting an interpreter. `CallJob` runs any other function (reading a file to import, an
export, a framework's entries) in a thread.
"""

from __future__ import annotations

import multiprocessing
import queue
import threading
import time
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from multiprocessing.connection import Connection
from typing import Any

from PySide6.QtCore import QObject, QThreadPool, Signal

from ui.messages import failure
from workbench.domain import Kind, Suggestion
from workbench.errors import FAILED, FileProblemsError
from workbench.workspace import Workspace

IN_PROCESS_LIMIT = 5_000
"""Source plus target entries up to which matching runs in a thread of this process."""


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
    failed = Signal(object)
    """Message: why the suggestions could not be computed."""
    cancelled = Signal()

    def __init__(self, workspace: Workspace, request: SuggestionRequest, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.request = request
        self._workspace = workspace
        self._stop = threading.Event()
        self.done = threading.Event()
        self.in_child_process = False
        self.by_subject: dict[str, list[Suggestion]] = {}
        """The results by subject ref, grouped in the worker before `succeeded`: grouping 400,000 suggestions of
        a 50,000-entry source held the interface thread for 0.3 s when they arrived."""

    def start(self) -> None:
        QThreadPool.globalInstance().start(self._run)

    def cancel(self) -> None:
        self._stop.set()

    def _size(self) -> int:
        request = self.request
        targets = [request.target] if request.target else [
            framework.key for framework in self._workspace.frameworks() if framework.key != request.source
        ]
        return sum(self._workspace.count_entries(key, request.kind) for key in [request.source, *targets])

    def _run(self) -> None:
        try:
            if self._size() > IN_PROCESS_LIMIT:
                self.in_child_process = True
                self._run_in_child()
            else:
                self._run_here()
        except Exception as error:  # a worker must always report back, or the UI waits forever
            self.failed.emit(failure(error, "suggestions"))
        finally:
            self.done.set()

    def _run_here(self) -> None:
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
        else:
            self._succeed(results)

    def _succeed(self, results: list[Suggestion]) -> None:
        by_subject: dict[str, list[Suggestion]] = defaultdict(list)
        for suggestion in results:
            by_subject[str(suggestion.subject)].append(suggestion)
        self.by_subject = by_subject
        self.succeeded.emit(results)

    def _run_in_child(self) -> None:
        from workbench.matching.process import from_rows, serve

        # "spawn": forking a process that runs Qt threads is unsafe.
        context = multiprocessing.get_context("spawn")
        receiver, sender = context.Pipe(duplex=False)
        request = self.request
        child = context.Process(
            target=serve,
            args=(sender, str(self._workspace.path), request.source, request.target,
                  request.kind.value if request.kind else None, request.top),
            daemon=True,
        )
        child.start()
        sender.close()
        results: list[Suggestion] = []
        try:
            while True:
                if self._stop.is_set():
                    self.cancelled.emit()
                    return
                message = _receive(receiver)
                if message is None:
                    continue
                if message[0] == "progress":
                    self.progressed.emit(message[1], message[2])
                elif message[0] == "rows":
                    results.extend(from_rows(message[1]))  # type: ignore[arg-type]
                elif message[0] == "done":
                    self._succeed(results)
                    return
                else:
                    self.failed.emit(message[1])
                    return
        finally:
            receiver.close()
            if child.is_alive():
                child.terminate()
            child.join(timeout=5)


def _receive(receiver: Connection) -> tuple[object, ...] | None:
    """The next message, or None after a short wait so the caller can look at its stop flag."""
    if not receiver.poll(0.1):
        return None
    try:
        message: tuple[object, ...] = receiver.recv()
    except EOFError:
        return ("failed", FAILED(what="suggestions", error="the matching process ended without an answer"))
    return message


class CallJob(QObject):
    """One function run in Qt's thread pool; it reports only through signals, so no widget is touched off the
    UI thread. The function is given a `progress(done, total)` callback."""

    progressed = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(object, object)
    """Message, and list[Message] of a file's problems (empty when the error has no list)."""
    finished = Signal()
    """Emitted last, whatever the outcome."""

    def __init__(self, work: Callable[[Callable[[int, int], None]], Any], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._work = work
        self.done = threading.Event()

    def start(self) -> None:
        QThreadPool.globalInstance().start(self._run)

    def _run(self) -> None:
        try:
            result = self._work(lambda done, total: self.progressed.emit(done, total))
        except FileProblemsError as error:
            self.failed.emit(error.message, list(error.problems))
        except Exception as error:  # a worker must always report back, or the UI waits forever
            self.failed.emit(failure(error), [])
        else:
            self.succeeded.emit(result)
        finally:
            self.done.set()
            self.finished.emit()


_discarded: queue.SimpleQueue[dict[Any, Any] | list[Any]] = queue.SimpleQueue()
_discarding: threading.Thread | None = None


def discard(container: dict[Any, Any] | list[Any]) -> None:
    """Let go of a large dict or list in a worker thread, a few items at a time. Freed at once on the UI thread,
    the 400,000 suggestions of a 50,000-entry source held it for 0.4 s; freed item by item in a Python loop,
    the worker hands the GIL back every switch interval. The caller must hold no other reference."""
    global _discarding
    if not container:
        return
    _discarded.put(container)
    if _discarding is None:
        _discarding = threading.Thread(target=_drain, name="discard", daemon=True)
        _discarding.start()


DISCARD_BATCH = 256
"""Items freed between two pauses of the discarding thread."""


def _drain() -> None:
    while True:
        container = _discarded.get()
        while container:
            if isinstance(container, dict):
                for _ in range(min(DISCARD_BATCH, len(container))):
                    container.popitem()
            else:
                del container[-DISCARD_BATCH:]
            # A pause lets the UI thread take the GIL at once: competing for it every switch interval, a filter
            # keystroke over 50,000 entries took twice as long while suggestions were freed.
            time.sleep(0.001)
        del container
