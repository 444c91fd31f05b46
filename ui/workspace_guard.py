"""The window's guard over its workspace file: one writing window per workspace, a read-only banner, waiting for
another program's lock where the person can see it, and decisions written by others shown within seconds.

- Opening (`open_workspace`): the window takes the workspace's lock file (`workbench.store.window_lock`). When
  another window or app instance holds it, the person is told who (user, host, since when) and offered the
  workspace read-only; a lock from another computer, which cannot be checked, may also be taken over.
- A read-only workspace (read-only media, a read-only file, or opened so) shows a banner saying why; every
  change then says it cannot be saved (the core refuses it).
- A change that meets another program's write lock waits up to the core's limit (30 s) with a progress dialog
  that can stop the waiting.
- Every POLL_MS the guard asks whether anyone else changed the workspace (`Workspace.watch_changes`: SQLite's
  `PRAGMA data_version` for a file, the change notices of revision 0007 for a database); the window's own writes
  are told apart (`Workspace.on_write`), so only others' changes refresh it.
- A team workspace (a database URL) needs no lock file: the server keeps writers apart, and every decision is
  checked against what the window showed (workbench.store.decisions).
"""

from __future__ import annotations

import time
import weakref
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, QThread, QTimer, Signal
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QMessageBox, QProgressDialog, QToolBar, QWidget

from ui.messages import text as message_text
from ui.translations import translate
from workbench.store import sqlite_errors, window_lock
from workbench.store.locations import is_url
from workbench.store.watch import ChangeWatch
from workbench.store.window_lock import LockOwner, WindowLock
from workbench.workspace import Workspace

POLL_MS = 1500
"""How often the window looks for decisions written by others (a cheap PRAGMA; nothing is read unless one was)."""
WAIT_SHOWN_AFTER = 0.5
"""Seconds of waiting for a lock before the progress dialog appears (a short wait is not worth a dialog)."""


class NotOpenedError(Exception):
    """The person chose not to open a workspace another window holds: nothing to report."""


_LOCKS_FOR: weakref.WeakKeyDictionary[Workspace, WindowLock] = weakref.WeakKeyDictionary()
"""Locks taken by `open_workspace` for the workspace it returned, until a guard attaches it."""


def _ask(parent: QWidget | None, path: Path, owner: LockOwner) -> str:
    """'read-only', 'take-over' or 'cancel': what to do about a workspace another window holds."""
    if owner.this_process:
        holder = translate("Guard", "another window of this application")
    elif owner.on_this_host:
        holder = translate("Guard", "another instance of the workbench (user {0}, process {1}, since {2})").format(
            owner.user or "?", owner.pid, owner.since)
    else:
        holder = translate("Guard", "the workbench on the computer {0} (user {1}, since {2})").format(
            owner.host, owner.user or "?", owner.since)
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(translate("Guard", "Workspace already open"))
    box.setText(translate("Guard", "{0} is open for writing in {1}.").format(path.name, holder))
    box.setInformativeText(translate("Guard", "Open it read-only here? You can read, check and export it; its "
                                              "decisions made there appear here within seconds."))
    read_only = box.addButton(translate("Guard", "Open &read-only"), QMessageBox.ButtonRole.AcceptRole)
    take_over = None
    if not owner.on_this_host:
        # Another computer's lock cannot be checked: it may be left from a crash there.
        take_over = box.addButton(translate("Guard", "Open for &writing anyway"), QMessageBox.ButtonRole.ActionRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(read_only)
    box.exec()
    clicked = box.clickedButton()
    if clicked is read_only:
        return "read-only"
    if take_over is not None and clicked is take_over:
        return "take-over"
    return "cancel"


def open_workspace(parent: QWidget | None, path: str | Path) -> Workspace:
    """The workspace at `path` for a window: locked for this window, or read-only if another window holds it
    and the person agrees; a database URL opens as it is. Raises WorkbenchError when it cannot be opened,
    NotOpenedError when declined."""
    if is_url(path):
        return Workspace.open(path)
    path = Path(path)
    current = getattr(parent, "guard", None)
    if isinstance(current, WorkspaceGuard) and current.lock is not None and path.is_file() \
            and current.lock.workspace == path.resolve():
        current.lock.release()  # the window opens its own workspace again: it takes a lock of its own anew
        current.lock = None
    held = window_lock.acquire(path) if path.is_file() else None
    if isinstance(held, LockOwner):
        choice = _ask(parent, path, held)
        if choice == "cancel":
            raise NotOpenedError(path)
        if choice == "read-only":
            return Workspace.open(path, read_only="another-window")
        held = window_lock.acquire(path, take_over=True)
    try:
        workspace = Workspace.open(path)
    except BaseException:
        if isinstance(held, WindowLock):
            held.release()
        raise
    if isinstance(held, WindowLock):
        _LOCKS_FOR[workspace] = held
        workspace.on_close(held.release)
    return workspace


class WorkspaceGuard(QObject):
    """Watches the window's workspace; see the module's description. `attach()` on every workspace shown."""

    waiting_in_worker = Signal(float, float)

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.workspace: Workspace | None = None
        self.lock: WindowLock | None = None
        self.banner = QToolBar(translate("Guard", "Read-only"), window)
        self.banner.setObjectName("readOnlyBanner")
        self.banner.setMovable(False)
        self.banner.setFloatable(False)
        self.banner_label = QLabel()
        self.banner_label.setWordWrap(True)
        self.banner_label.setStyleSheet("QLabel { background: #fff4ce; color: #3b2f00; padding: 4px 8px; }")
        self.banner.addWidget(self.banner_label)
        self.banner.hide()
        window.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.banner)
        self._watch: ChangeWatch | None = None
        self.poll_timer = QTimer(self)
        self.poll_timer.setInterval(POLL_MS)
        self.poll_timer.timeout.connect(self.poll)
        self.wait_dialog: QProgressDialog | None = None
        self._last_wait = 0.0
        self._wait_closer = QTimer(self)
        self._wait_closer.setInterval(300)
        self._wait_closer.timeout.connect(self._close_wait_dialog_when_done)
        self.waiting_in_worker.connect(self._show_waiting_in_status_bar)
        window.installEventFilter(self)

    # --- the workspace ------------------------------------------------------------------------------------------

    def attach(self, workspace: Workspace) -> None:
        if workspace is self.workspace:
            return
        self.release()
        self.workspace = workspace
        if workspace.read_only is None and not workspace.on_server:
            held = _LOCKS_FOR.pop(workspace, None) or window_lock.acquire(workspace.path)
            # Held by another window (the caller did not ask first): this window keeps writing as it was opened.
            self.lock = held if isinstance(held, WindowLock) else None
            if self.lock is not None:
                workspace.on_close(self.lock.release)
        reason = workspace.read_only
        if reason is not None:
            name = workspace.location if workspace.on_server else workspace.path.name
            message = sqlite_errors.READ_ONLY(path=name, reason=sqlite_errors.READ_ONLY_REASONS[reason]())
            self.banner_label.setText(translate("Guard", "Read-only: {0}").format(message_text(message)))
        self.banner.setVisible(reason is not None)
        workspace.on_write(self._own_write)
        workspace.on_lock_wait(self._waiting)
        self._watch = workspace.watch_changes()  # None where nothing can change it (read-only media)
        if self._watch is not None:
            self.poll_timer.start()

    def release(self) -> None:
        """Stop watching, and give the lock back (the window closes or shows another workspace)."""
        self.poll_timer.stop()
        if self._watch is not None:
            self._watch.close()
            self._watch = None
        if self.workspace is not None:
            self.workspace.on_write(None)
            self.workspace.on_lock_wait(None)
            self.workspace = None
        if self.lock is not None:
            self.lock.release()
            self.lock = None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.Close:
            self.release()
        return False

    # --- changes made by others ---------------------------------------------------------------------------------

    def _own_write(self) -> None:
        """After a change this window made (any thread): not someone else's."""
        if self._watch is not None:
            self._watch.own_write()

    def poll(self) -> bool:
        """Refresh the window if someone else changed the workspace since the last look; True when it did."""
        if self._watch is None or not self._watch.changed():
            return False
        changed = getattr(self.window, "decisions_changed", None)
        if changed is not None:
            changed()
        return True

    # --- waiting for another program's lock ---------------------------------------------------------------------

    def _waiting(self, waited: float, limit: float) -> None:
        """Called by the core every quarter second while a change waits for a lock (on the thread writing)."""
        if QThread.currentThread() is not self.thread():
            self.waiting_in_worker.emit(waited, limit)
            return
        self._last_wait = time.monotonic()
        if waited < WAIT_SHOWN_AFTER:
            return
        if self.wait_dialog is None:
            dialog = QProgressDialog(
                translate("Guard", "Another program is writing to the workspace. Waiting for it to finish…"),
                translate("Guard", "&Stop waiting"), 0, max(int(limit), 1), self.window)
            dialog.setWindowTitle(translate("Guard", "Workspace busy"))
            dialog.setWindowModality(Qt.WindowModality.WindowModal)
            dialog.setMinimumDuration(0)
            dialog.setAutoClose(False)
            dialog.setAutoReset(False)
            self.wait_dialog = dialog
            self.poll_timer.stop()  # no refresh of the window while one of its changes is half done
            self._wait_closer.start()
        self.wait_dialog.setValue(min(int(waited), self.wait_dialog.maximum()))
        self.wait_dialog.show()
        QApplication.processEvents()  # the dialog paints, and its button can be pressed
        if self.wait_dialog is not None and self.wait_dialog.wasCanceled() and self.workspace is not None:
            self._close_wait_dialog()
            raise sqlite_errors.busy_problem(self.workspace.location, waited)

    def _close_wait_dialog_when_done(self) -> None:
        if time.monotonic() - self._last_wait > 0.6:
            self._close_wait_dialog()

    def _close_wait_dialog(self) -> None:
        self._wait_closer.stop()
        if self.wait_dialog is not None:
            self.wait_dialog.close()
            self.wait_dialog.deleteLater()
            self.wait_dialog = None
        if self.workspace is not None and self._watch is not None:
            self.poll_timer.start()

    def _show_waiting_in_status_bar(self, waited: float, limit: float) -> None:
        self.window.statusBar().showMessage(
            translate("Guard", "Waiting for another program that is writing to the workspace ({0} of {1} s)…")
            .format(int(waited), int(limit)), 2000)


def install(window: QMainWindow) -> WorkspaceGuard:
    """The guard of `window` (made once, kept as `window.guard`)."""
    guard = getattr(window, "guard", None)
    if not isinstance(guard, WorkspaceGuard):
        guard = WorkspaceGuard(window)
        window.guard = guard  # type: ignore[attr-defined]
    return guard
