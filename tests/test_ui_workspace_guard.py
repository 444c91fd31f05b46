"""The window's guard (ui/workspace_guard.py) on the real main window: a workspace open in another instance is
offered read-only, a read-only workspace shows a banner, decisions written by others appear within seconds, and
a change that meets another program's lock waits with a progress dialog that can stop the waiting."""

from __future__ import annotations

import subprocess
import sys
import textwrap
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from hostile_env import lock_held, read_only_media
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from ui.main_window import MainWindow
from ui.workspace_guard import POLL_MS, WorkspaceGuard
from workbench.cli import main
from workbench.domain import FrameworkData, Predicate, Ref
from workbench.store.window_lock import lock_path
from workbench.workspace import Workspace

HOLD = textwrap.dedent("""
    import sys, time
    from pathlib import Path
    from workbench.store.window_lock import acquire
    acquire(Path(sys.argv[1]))
    print("held", flush=True)
    time.sleep(60)
""")
PAIR = (Ref("alpha", "incident"), Predicate.CLOSE, Ref("beta", "storning"), False, "")


@pytest.fixture
def shared(tmp_path: Path, mini_frameworks: list[FrameworkData]) -> Path:
    path = tmp_path / "shared.db"
    Workspace.create(path, mini_frameworks).close()
    return path


@pytest.fixture
def window(qtbot: QtBot, workspace: Workspace) -> Iterator[MainWindow]:
    window = MainWindow(workspace)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    yield window
    window.wait_for_jobs()
    window.close()
    window.workspace.close()


def guard_of(window: MainWindow) -> WorkspaceGuard:
    guard = window.guard  # type: ignore[attr-defined]
    assert isinstance(guard, WorkspaceGuard)
    return guard


def when_modal(act: Callable[[QMessageBox], None], seen: list[str]) -> None:
    """Once a message box is up, note its text and let `act` press one of its buttons as a person would."""
    def look() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, look)
            return
        seen.append(f"{box.text()} {box.informativeText()}")
        try:
            act(box)
        except BaseException:
            box.reject()  # the test fails instead of waiting for the box forever
            raise
    QTimer.singleShot(0, look)


def press(label: str) -> Callable[[QMessageBox], None]:
    def act(box: QMessageBox) -> None:
        (button,) = [b for b in box.buttons() if b.text().replace("&", "") == label]
        QTest.mouseClick(button, Qt.MouseButton.LeftButton)
    return act


def test_a_workspace_open_in_another_instance_is_offered_read_only(qtbot: QtBot, window: MainWindow,
                                                                   shared: Path) -> None:
    with subprocess.Popen([sys.executable, "-c", HOLD, str(shared)], stdout=subprocess.PIPE, text=True) as other:
        try:
            assert other.stdout is not None and other.stdout.readline().strip() == "held"
            seen: list[str] = []
            when_modal(press("Open read-only"), seen)
            assert window.open_workspace(shared)
            assert "shared.db is open for writing in another instance of the workbench" in seen[0]
            assert f"process {other.pid}" in seen[0]
            guard = guard_of(window)
            assert window.workspace.read_only == "another-window"
            assert guard.banner.isVisible()
            assert "it is open for writing in another window" in guard.banner_label.text()

            # The writing instance's decisions (here the command line's) appear within seconds, unasked.
            assert window.mapping_model.rowCount() == 0
            assert main(["map", str(shared), "alpha:incident", "close", "beta:storning"]) == 0
            qtbot.waitUntil(lambda: window.mapping_model.rowCount() == 1, timeout=POLL_MS * 3)

            # A change here says it cannot be saved; nothing is written.
            warnings: list[str] = []
            when_modal(press("OK"), warnings)
            window.decide(Ref("alpha", "incident"), Predicate.EXACT, Ref("beta", "storning"), False, "")
            assert "the workspace is open read-only (it is open for writing in another window" in warnings[0]
            assert window.workspace.mappings()[0].predicate is Predicate.CLOSE
        finally:
            other.kill()
            other.wait()


def test_cancel_keeps_the_workspace_shown(window: MainWindow, shared: Path) -> None:
    with subprocess.Popen([sys.executable, "-c", HOLD, str(shared)], stdout=subprocess.PIPE, text=True) as other:
        try:
            assert other.stdout is not None and other.stdout.readline().strip() == "held"
            before = window.workspace
            when_modal(press("Cancel"), [])
            assert not window.open_workspace(shared)
            assert window.workspace is before and window.workspace.read_only is None
        finally:
            other.kill()
            other.wait()


def test_a_window_holds_the_lock_until_it_closes(qtbot: QtBot, shared: Path) -> None:
    window = MainWindow(Workspace.open(shared))
    qtbot.addWidget(window)
    assert lock_path(shared).is_file()
    assert guard_of(window).lock is not None
    window.wait_for_jobs()
    window.close()
    assert not lock_path(shared).exists()
    window.workspace.close()


def test_own_decisions_are_not_taken_for_others(window: MainWindow) -> None:
    guard = guard_of(window)
    window.decide(*PAIR)
    assert not guard.poll(), "the window's own decision is already shown"
    assert main(["map", str(window.workspace.path), "alpha:service-level-agreement", "related",
                 "beta:anvandarstod"]) == 0
    assert guard.poll()
    assert window.mapping_model.rowCount() == 2


def test_a_workspace_on_read_only_media_shows_a_banner(qtbot: QtBot, shared: Path, tmp_path: Path) -> None:
    with read_only_media([shared], tmp_path) as media:
        window = MainWindow(Workspace.open(media / shared.name))
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        guard = guard_of(window)
        assert guard.banner.isVisible()
        assert "it is on read-only media" in guard.banner_label.text()
        assert guard.lock is None and not guard.poll_timer.isActive()
        window.wait_for_jobs()
        # The suggestions of the finished job arrive as a queued signal: let it land while the media is mounted.
        QApplication.processEvents()
        window.close()
        window.workspace.close()


def test_a_change_waits_for_another_programs_lock_with_progress(qtbot: QtBot, window: MainWindow,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WORKBENCH_LOCK_WAIT", "20")
    window.switch_workspace(Workspace.open(window.workspace.path))  # the wait limit is read when opened
    guard = guard_of(window)
    shown: list[str] = []

    def look() -> None:
        if guard.wait_dialog is not None and guard.wait_dialog.isVisible():
            shown.append(guard.wait_dialog.labelText())
        else:
            QTimer.singleShot(50, look)

    with lock_held(window.workspace.path) as release:
        threading.Timer(1.5, release.set).start()
        QTimer.singleShot(0, look)
        window.decide(*PAIR)
    assert shown == ["Another program is writing to the workspace. Waiting for it to finish…"]
    assert [m.subject for m in window.workspace.mappings()] == [Ref("alpha", "incident")]
    qtbot.waitUntil(lambda: guard.wait_dialog is None, timeout=3000)


def test_stop_waiting_gives_up_the_change(qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WORKBENCH_LOCK_WAIT", "20")
    window.switch_workspace(Workspace.open(window.workspace.path))
    guard = guard_of(window)
    warnings: list[str] = []

    def stop() -> None:
        if guard.wait_dialog is None or not guard.wait_dialog.isVisible():
            QTimer.singleShot(50, stop)
            return
        when_modal(press("OK"), warnings)  # the window then says why the decision was not recorded
        (button,) = guard.wait_dialog.findChildren(QPushButton)
        QTest.mouseClick(button, Qt.MouseButton.LeftButton)

    with lock_held(window.workspace.path):
        QTimer.singleShot(0, stop)
        window.decide(*PAIR)
    assert "another program has kept the workspace locked" in warnings[0]
    assert window.workspace.mappings() == []
    assert guard.wait_dialog is None
