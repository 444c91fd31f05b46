"""Workshop mode, driven as a facilitator would: build an agenda, decide with keys, park, undo, end, read minutes."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QToolBar
from pytestqt.qtbot import QtBot

from tests.window_helpers import finish_window, shown_window
from ui.main_window import MainWindow
from ui.workshop import WorkshopLauncher
from ui.workshop.agenda import AgendaDialog, AgendaMode, build_agenda
from ui.workshop.audience import THEMES, AudienceView, framework_colours, point_size
from ui.workshop.minutes import headings
from ui.workshop.session import ItemStatus, WorkshopSession
from workbench.catalogue import load_bundled
from workbench.domain import Kind, Predicate, Ref, Suggestion
from workbench.workspace import Workspace

FACILITATOR = "Ada Facilitator"


@pytest.fixture(scope="module")
def bundled_pair() -> list:
    return [f for f in load_bundled() if f.key in ("itil4", "devops")]


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path, bundled_pair: list) -> Iterator[MainWindow]:
    path = tmp_path / "ws.workbench"
    Workspace.create(path, bundled_pair).close()
    main = shown_window(qtbot, path)
    yield main
    finish_window(main)


def ten_item_agenda(qtbot: QtBot, window: MainWindow) -> tuple[AgendaDialog, list[Suggestion]]:
    dialog = AgendaDialog(window.workspace, window.mapper, window)
    qtbot.addWidget(dialog)
    dialog.choose("devops", "itil4", Kind.TERM)
    dialog.mode_buttons[AgendaMode.PAIR].setChecked(True)
    qtbot.waitUntil(lambda: not dialog.busy, timeout=20_000)
    everything = len(dialog.agenda())
    assert everything > 10
    assert f"<b>{everything}</b>" in dialog.count_label.text()
    dialog.limit.setValue(10)
    assert "<b>10</b> items" in dialog.count_label.text()
    assert dialog.start_button.isEnabled()
    return dialog, dialog.agenda()


def press(qtbot: QtBot, widget: object, key: str) -> None:
    """A key as the facilitator presses it, through the window's shortcut map."""
    sequence = QKeySequence(key)[0]
    qtbot.keyClick(widget, sequence.key(), sequence.keyboardModifiers())


def test_a_whole_workshop_decide_park_undo_end_and_minutes(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    launcher = window.findChild(WorkshopLauncher)
    assert launcher is not None and launcher.action.shortcut() == QKeySequence("F5")
    dialog, items = ten_item_agenda(qtbot, window)
    assert len(items) == 10 and all(item.subject.framework == "devops" for item in items)
    assert len({item.subject for item in items}) == 10  # one pair per source entry
    dialog.facilitator_edit.setText(FACILITATOR)
    workshop = launcher.start(dialog.agenda(), dialog.facilitator())
    dialog.wait_for_jobs()
    session, audience, presenter = workshop.session, workshop.audience, workshop.presenter
    qtbot.waitExposed(audience)
    audience.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is audience)
    assert audience.isFullScreen() and not workshop.two_screens  # the offscreen platform has one screen
    assert audience.progress.text() == "Item 1 of 10"
    assert audience.left.title.text() == items[0].subject_label
    assert audience.right.title.text() == items[0].object_label
    assert audience.left.definition.text() == window.workspace.entry(items[0].subject).definition
    assert audience.definition_points >= 0.85 * point_size(audience.height())
    assert audience.left.title.font().pointSizeF() == pytest.approx(1.5 * point_size(audience.height()))
    assert audience.relation.text().startswith("Proposed")

    # Item 1: exact, with a rationale typed on the audience screen (one screen: Ctrl+E opens the line there).
    press(qtbot, audience, "Ctrl+E")
    assert audience.rationale_edit.isVisible()
    qtbot.keyClicks(audience.rationale_edit, "same idea 1")  # the digit is typed, not taken as a decision
    qtbot.keyClick(audience.rationale_edit, Qt.Key.Key_Return)
    assert session.status(0) is ItemStatus.OPEN and audience.rationale.text() == "Rationale: same idea 1"
    # Enter kept it and closed the line: the room reads the rationale, the keys decide again.
    assert not audience.rationale_edit.isVisible() and audience.rationale.isVisible() and audience.hasFocus()
    press(qtbot, audience, "1")
    # Item 2: close; item 3: not a match; item 4: parked; item 5: broader, then undone.
    press(qtbot, audience, "2")
    press(qtbot, audience, "X")
    assert session.current == 3
    press(qtbot, audience, "K")
    assert session.status(3) is ItemStatus.PARKED and session.current == 4
    assert audience.progress.text() == "Item 5 of 10"
    press(qtbot, audience, "3")
    assert window.workspace.mapping_between(items[4].subject, items[4].object) is not None
    assert session.current == 5
    press(qtbot, audience, "Ctrl+Z")
    assert window.workspace.mapping_between(items[4].subject, items[4].object) is None
    assert session.status(4) is ItemStatus.OPEN and session.current == 4  # undo brings the room back to it
    # N moves on without deciding; 5 decides item 6 as related, from the presenter's keyboard this time.
    press(qtbot, audience, "N")
    assert session.current == 5
    presenter.show()
    presenter.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is presenter)
    presenter.rationale_edit.setFocus()
    qtbot.keyClicks(presenter.rationale_edit, "associated only")
    presenter.setFocus()
    press(qtbot, presenter, "5")
    assert session.status(5) is ItemStatus.DECIDED
    # Contrast toggle: black on white, then white on black.
    press(qtbot, presenter, "C")
    assert audience.theme.key == "contrast-light"
    assert os.environ["WORKBENCH_AUTHOR"] == "Test Author"  # the facilitator's name is set only while deciding

    summary = workshop.end(window)
    assert [row.number for row in summary.of(ItemStatus.DECIDED)] == [1, 2, 3, 6]
    assert [row.number for row in summary.of(ItemStatus.PARKED)] == [4]
    assert [row.number for row in summary.of(ItemStatus.OPEN)] == [5, 7, 8, 9, 10]
    assert [row.relation for row in summary.of(ItemStatus.DECIDED)] == ["exact", "close", "not a match", "related"]
    assert not audience.isVisible() and not presenter.isVisible()
    assert workshop.summary_dialog is not None and workshop.summary_dialog.isVisible()
    assert workshop.summary_dialog.model.rowCount() == 10
    assert "4 decided, 1 parked, 5 left open" in workshop.summary_dialog.headline.text()

    # The workspace holds exactly the four decisions, as the mapper would have recorded them, by the facilitator.
    expected = {0: (Predicate.EXACT, False, "same idea 1"), 1: (Predicate.CLOSE, False, ""),
                2: (Predicate.EXACT, True, ""), 5: (Predicate.RELATED, False, "associated only")}
    mappings = window.workspace.mappings()
    assert len(mappings) == 4
    for index, (predicate, negated, comment) in expected.items():
        mapping = window.workspace.mapping_between(items[index].subject, items[index].object)
        assert mapping is not None
        assert (mapping.predicate, mapping.negated, mapping.comment) == (predicate, negated, comment)
        assert mapping.author == FACILITATOR
    assert window.mapping_model.rowCount() == 4  # the main window's decisions table followed
    assert window.undo_stack.count() == 4  # the undone decision was dropped when the next one was pushed

    minutes = tmp_path / "minutes.xlsx"
    workshop.summary_dialog.export(minutes)
    sheet = load_workbook(minutes)["Workshop"]
    values = [list(row) for row in sheet.iter_rows(values_only=True)]
    # The outcome comes first, then who and when, then the items in the mapper's words.
    assert values[1][0] == "10 items: 4 decided, 1 parked, 5 left open."
    assert values[2][0] == "Facilitator" and values[2][2] == FACILITATOR
    header = values.index(headings())
    assert header == 7 and sheet.print_title_rows == "$8:$8" and sheet.freeze_panes == "A9"
    body = values[header + 1:]
    assert len(body) == 10
    assert [row[1] for row in body] == ["decided"] * 4 + ["parked"] + ["open"] * 5
    first = items[0]
    assert body[0][2] == f"DevOps “{first.subject_label}” means the same as ITIL 4 “{first.object_label}”"
    assert body[2][2].endswith(f"is not a match for ITIL 4 “{items[2].object_label}”")
    assert [row[3] for row in body[:4]] == ["exact", "close", "not a match", "related"]
    assert body[0][4] in ("exact", "close", "broader", "narrower", "related")  # the same words, proposed
    assert body[0][6] == "same idea 1" and body[0][7] == FACILITATOR
    assert body[4][0] == 4 and body[4][3] is None
    assert body[4][2] == f"DevOps “{items[3].subject_label}” ↔ ITIL 4 “{items[3].object_label}”"
    assert not [cell for row in values for cell in row if isinstance(cell, str) and "skos:" in cell]
    # Printed like the workbook: landscape A4, one page wide, page numbers; columns wide enough to read.
    assert sheet.page_setup.orientation == "landscape" and sheet.sheet_properties.pageSetUpPr.fitToPage
    assert "&P" in sheet.oddFooter.right.text
    assert sheet.column_dimensions["A"].width >= 5 and sheet.column_dimensions["C"].width >= 50
    assert not list(tmp_path.glob(".minutes.xlsx.*"))  # written through a temporary file, renamed into place


def test_agenda_modes_pick_and_threshold(qtbot: QtBot, window: MainWindow) -> None:
    dialog, _items = ten_item_agenda(qtbot, window)
    dialog.limit.setValue(0)
    everything = dialog.agenda()
    picked = [everything[3].subject, everything[1].subject]
    dialog.pick(picked)
    assert dialog.mode is AgendaMode.PICKED
    assert {item.subject for item in dialog.agenda()} == set(picked)
    dialog.min_score.setValue(0.9)
    assert dialog.mode is AgendaMode.UNREVIEWED
    high = dialog.agenda()
    assert high and all(item.score >= 0.9 for item in high) and len(high) < len(everything)
    # A decision taken in the mapper removes that entry from "unreviewed".
    window.decide(high[0].subject, Predicate.EXACT, high[0].object, False, "")
    dialog.min_score.setValue(0.85)
    dialog.min_score.setValue(0.9)
    assert high[0].subject not in {item.subject for item in dialog.agenda()}
    assert len(dialog.agenda()) == len(high) - 1
    dialog.wait_for_jobs()


def test_build_agenda_keeps_one_best_pair_per_entry() -> None:
    def pair(subject: str, obj: str, score: float) -> Suggestion:
        return Suggestion(Ref("a", subject), subject, Ref("b", obj), obj, score, Predicate.CLOSE, ("why",))

    suggestions = [pair("x", "p", 0.4), pair("x", "q", 0.8), pair("y", "r", 0.6), pair("z", "s", 0.2)]
    agenda = build_agenda(suggestions, AgendaMode.PAIR)
    assert [(s.subject.key, s.object.key) for s in agenda] == [("x", "q"), ("y", "r"), ("z", "s")]
    assert [s.subject.key for s in build_agenda(suggestions, AgendaMode.UNREVIEWED, min_score=0.5,
                                                reviewed={Ref("a", "y")})] == ["x"]
    picked = build_agenda(suggestions, AgendaMode.PICKED, picked=[Ref("a", "z"), Ref("a", "w"), Ref("a", "x")])
    assert [s.subject.key for s in picked] == ["z", "x"]
    assert len(build_agenda(suggestions, AgendaMode.PAIR, limit=2)) == 2


def test_type_scales_with_the_screen_and_colours_are_stable() -> None:
    assert point_size(1080) == pytest.approx(28.0)
    assert point_size(2160) == pytest.approx(56.0)
    assert framework_colours("itil4") != framework_colours("devops")
    # An imported framework's colours come from its key alone: the same in another process, whatever its hash seed.
    code = "from ui.workshop.audience import framework_colours; print(framework_colours('my-own'))"
    elsewhere = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True, text=True, check=True, env={**os.environ, "PYTHONHASHSEED": "12345"},
    ).stdout.strip()
    assert elsewhere == str(framework_colours("my-own"))
    assert {theme.key for theme in THEMES} >= {"contrast-light", "contrast-dark"}


def test_longest_definitions_fit_at_1080p(qtbot: QtBot, tmp_path: Path) -> None:
    """The two longest definitions of the bundled glossaries, side by side, fit a 1920×1080 view unscrolled."""
    frameworks = load_bundled()
    ranked = sorted(((len(entry.definition), framework.key, entry.key, entry.label)
                     for framework in frameworks for entry in framework.entries), reverse=True)
    first = ranked[0]
    second = next(row for row in ranked if row[1] != first[1])
    with Workspace.create(tmp_path / "all.workbench", frameworks) as workspace:
        item = Suggestion(Ref(first[1], first[2]), first[3], Ref(second[1], second[2]), second[3], 0.61,
                          Predicate.CLOSE, ("shared words: change, service, value", "same category"))
        host = _Host(workspace)
        session = WorkshopSession(host, [item] * 10, FACILITATOR)
        view = AudienceView(session)
        qtbot.addWidget(view)
        view.resize(1920, 1080)
        view.show()
        qtbot.waitExposed(view)
        for theme in THEMES:
            view.set_theme(theme.key)
            assert view.fits(), theme.key
            assert view.body_points == pytest.approx(28.0)
            assert view.definition_points >= 28.0  # the longest need no shrinking below the body size
            assert view.left.title.font().pointSizeF() >= 28.0
        session.close()


class _Host:
    """The least a session needs, for views tested without a main window."""

    def __init__(self, workspace: Workspace) -> None:
        from PySide6.QtGui import QUndoStack

        self.workspace = workspace
        self.undo_stack = QUndoStack()

    def decide(self, subject: Ref, predicate: Predicate, obj: Ref, negated: bool, comment: str,
               author: str | None = None) -> None:
        raise AssertionError("not used")


def test_f5_opens_the_agenda_and_starts_the_workshop(qtbot: QtBot, window: MainWindow) -> None:
    from PySide6.QtCore import QTimer

    launcher = window.findChild(WorkshopLauncher)
    assert launcher is not None
    assert launcher.action in window.findChild(QToolBar, "workshop-toolbar").actions()
    answered: list[int] = []

    def accept_when_ready() -> None:
        dialog = launcher.dialog
        if dialog is None or dialog.busy:
            QTimer.singleShot(20, accept_when_ready)
            return
        answered.append(len(dialog.agenda()))
        dialog.limit.setValue(3)
        dialog.accept()

    QTimer.singleShot(0, accept_when_ready)
    press(qtbot, window, "F5")
    assert answered and answered[0] > 3
    assert launcher.workshop is not None and len(launcher.workshop.session) == 3
    assert launcher.workshop.audience.isVisible()
    assert launcher.workshop.session.facilitator == "Test Author"  # default_author(), as the tests set it


def test_per_item_timer_counts_down_and_restarts_on_the_next_item(tmp_path: Path, mini_frameworks: list) -> None:
    now = [100.0]
    with Workspace.create(tmp_path / "t.workbench", mini_frameworks) as workspace:
        item = Suggestion(Ref("alpha", "incident"), "Incident", Ref("beta", "storning"), "Störning", 0.5,
                          Predicate.CLOSE, ())
        items = [item] * 3
        session = WorkshopSession(_Host(workspace), items, FACILITATOR, clock=lambda: now[0])
        assert session.remaining() is None  # off until the facilitator switches it on
        session.set_timer(120)
        now[0] += 150
        assert session.remaining() == pytest.approx(-30)
        session.step(+1)
        assert session.remaining() == pytest.approx(120)
        session.close()


TWO_SCREENS_SCRIPT = """
import json, sys, tempfile
from pathlib import Path
from PySide6.QtWidgets import QApplication
app = QApplication([])
from ui.main_window import MainWindow
from ui.workshop.controller import Workshop
from workbench.catalogue import load_bundled
from workbench.domain import Kind
from workbench.matching import suggest
from workbench.workspace import Workspace
path = Path(sys.argv[1]) / "ws.workbench"
workspace = Workspace.create(path, [f for f in load_bundled() if f.key in ("itil4", "devops")])
window = MainWindow(workspace)
window.show()
shop = Workshop(window, suggest(workspace, "devops", "itil4", kind=Kind.PROCESS, top=1)[:3], "Ada")
shop.show(window.screen())
for _ in range(100):
    app.processEvents()
print(json.dumps({
    "two_screens": shop.two_screens,
    "main": window.screen().name(),
    "audience": [shop.audience.screen().name(), shop.audience.isFullScreen()],
    "presenter": [shop.presenter.screen().name(), shop.presenter.isVisible()],
}), flush=True)
# Ended as the application ends: windows closed, the workspace closed, Qt's pending deletions done. Left open, the
# interpreter's teardown destroyed Qt objects in no particular order, and the script once crashed there with
# SIGSEGV in a full test run (not seen again in 25 runs on their own).
shop.dispose()
window.close()
workspace.close()
app.processEvents()
"""


def test_with_two_screens_the_room_gets_the_projector_and_the_laptop_the_presenter_view(tmp_path: Path) -> None:
    """Qt's offscreen platform can simulate a laptop beside a projector; it needs its own process."""
    import json
    import subprocess
    import sys

    screens = {"screens": [
        {"name": "laptop", "x": 0, "y": 0, "width": 1600, "height": 1000, "logicalDpi": 96, "dpr": 1},
        {"name": "projector", "x": 1600, "y": 0, "width": 1920, "height": 1080, "logicalDpi": 96, "dpr": 1},
    ]}
    config = tmp_path / "screens.json"
    config.write_text(json.dumps(screens))
    environment = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={config}"}
    result = subprocess.run([sys.executable, "-c", TWO_SCREENS_SCRIPT, str(tmp_path)], capture_output=True,
                            text=True, env=environment, timeout=120, check=True)
    placed = json.loads(result.stdout.strip().splitlines()[-1])
    assert placed == {"two_screens": True, "main": "laptop", "audience": ["projector", True],
                      "presenter": ["laptop", True]}


def test_the_workshop_spells_out_broader_and_narrower_and_the_agenda_shows_the_decision_made(
    qtbot: QtBot, window: MainWindow
) -> None:
    launcher = window.findChild(WorkshopLauncher)
    dialog, items = ten_item_agenda(qtbot, window)
    workshop = launcher.start(items, FACILITATOR)
    dialog.wait_for_jobs()
    session, audience, presenter = workshop.session, workshop.audience, workshop.presenter
    item = session.item
    sentence = f"ITIL 4 “{item.object_label}” is broader than DevOps “{item.subject_label}”"
    assert presenter.buttons_by_key["3"].text() == f"3 · {sentence}"
    assert "narrower than DevOps" in presenter.buttons_by_key["4"].text()
    qtbot.waitExposed(audience)
    audience.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is audience)
    press(qtbot, audience, "3")
    decision = window.workspace.mapping_between(item.subject, item.object)
    assert decision is not None and decision.predicate is Predicate.BROADER
    assert session.current == 1
    press(qtbot, audience, "P")  # back to the decided item: the room reads the decision as a sentence
    assert audience.status.text() == f"✓ Decided: {sentence}"
    decided = next(c for c in range(presenter.agenda_model.columnCount())
                   if presenter.agenda_model.headerData(c, Qt.Orientation.Horizontal) == "Decided")
    assert presenter.agenda_model.index(0, decided).data() == "broader"
    workshop.dispose()


def test_a_swedish_workshop_shows_the_swedish_names_of_the_entries(
    qtbot: QtBot, qapp: QApplication, tmp_path: Path, bundled_pair: list
) -> None:
    from ui.translations import install_translator, remove_translators
    from ui.workshop.audience import EntryCard

    with Workspace.create(tmp_path / "ws.workbench", bundled_pair) as workspace:
        practice = workspace.entry("itil4:incident-management")
        english_only = workspace.entry("devops:toil")
    card = EntryCard()
    qtbot.addWidget(card)
    card.show_entry("ITIL 4", practice, "", "itil4")
    assert card.title.text() == "Incident management"
    assert install_translator(qapp, "sv") == "sv"
    try:
        card.show_entry("ITIL 4", practice, "", "itil4")
        assert card.title.text() == "Incidenthantering"
        card.show_entry("DevOps", english_only, "", "devops")
        assert card.title.text() == "Toil"  # no established Swedish name: the framework's own
    finally:
        remove_translators()
