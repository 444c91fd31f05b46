"""Suggestion jobs: the same answers whether matching runs in a thread or in a child process; cancel stops both."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

import ui.jobs
from ui.jobs import SuggestionJob, SuggestionRequest
from workbench.catalogue import load_bundled
from workbench.domain import Kind
from workbench.matching import suggest
from workbench.workspace import Workspace


@pytest.fixture
def pair_workspace(tmp_path) -> Workspace:
    frameworks = [f for f in load_bundled() if f.key in ("itil4", "devops")]
    with Workspace.create(tmp_path / "ws.workbench", frameworks) as workspace:
        yield workspace


def same(found: list, expected: list) -> bool:
    """Equal but for the last bits of scores: a child process hashes strings with another seed, so sets are
    iterated, and floating-point sums added up, in another order."""
    key = lambda s: (str(s.subject), str(s.object))  # noqa: E731
    found_by_pair, expected_by_pair = {key(s): s for s in found}, {key(s): s for s in expected}
    return found_by_pair.keys() == expected_by_pair.keys() and all(
        found_by_pair[pair].score == pytest.approx(expected_by_pair[pair].score, abs=1e-9)
        and found_by_pair[pair].predicate is expected_by_pair[pair].predicate
        and found_by_pair[pair].reasons == expected_by_pair[pair].reasons
        for pair in found_by_pair
    )


def run(qtbot: QtBot, job: SuggestionJob) -> list:
    with qtbot.waitSignal(job.succeeded, timeout=120_000) as signal:
        job.start()
    job.done.wait(10)
    return signal.args[0]


def test_a_child_process_gives_the_same_suggestions_as_a_thread(qtbot: QtBot, pair_workspace: Workspace,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    request = SuggestionRequest("devops", "itil4", Kind.PROCESS, top=3)
    expected = suggest(pair_workspace, "devops", "itil4", kind=Kind.PROCESS, top=3)
    in_thread = SuggestionJob(pair_workspace, request)
    assert same(run(qtbot, in_thread), expected) and not in_thread.in_child_process

    monkeypatch.setattr(ui.jobs, "IN_PROCESS_LIMIT", 0)
    in_child = SuggestionJob(pair_workspace, request)
    progress: list[tuple[int, int]] = []
    in_child.progressed.connect(lambda done, total: progress.append((done, total)))
    assert same(run(qtbot, in_child), expected) and in_child.in_child_process
    assert progress and progress[-1][0] == progress[-1][1]


def test_cancelling_a_child_process_job_reports_cancelled(qtbot: QtBot, pair_workspace: Workspace,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ui.jobs, "IN_PROCESS_LIMIT", 0)
    job = SuggestionJob(pair_workspace, SuggestionRequest("itil4", None, None))
    with qtbot.waitSignal(job.cancelled, timeout=60_000):
        job.start()
        job.cancel()
    assert job.done.wait(10)


def test_a_failing_child_reports_one_clear_message(qtbot: QtBot, pair_workspace: Workspace,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ui.jobs, "IN_PROCESS_LIMIT", 0)
    job = SuggestionJob(pair_workspace, SuggestionRequest("devops", "devops", Kind.TERM))
    with qtbot.waitSignal(job.failed, timeout=60_000) as signal:
        job.start()
    assert str(signal.args[0]) == "source and target are both 'devops': choose two different frameworks"
    assert job.done.wait(10)


def test_discarded_containers_are_freed_in_the_background(qtbot: QtBot) -> None:
    import threading
    import weakref

    class Held:
        pass

    freed_on: list[str] = []
    groups = {str(index): [Held() for _ in range(5)] for index in range(2_000)}
    rows = [Held() for _ in range(1_000)]
    watched = [groups["7"][0], rows[-1]]
    for item in watched:
        weakref.finalize(item, lambda: freed_on.append(threading.current_thread().name))
    del item, watched
    ui.jobs.discard(groups)
    ui.jobs.discard(rows)
    del groups, rows
    qtbot.waitUntil(lambda: len(freed_on) == 2, timeout=10_000)
    assert set(freed_on) == {"discard"}  # not the UI thread
