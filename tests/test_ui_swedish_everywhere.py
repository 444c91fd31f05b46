"""A Swedish user's whole path, with no English left on it (issue 24).

The interface is started in Swedish on a workspace with bundled frameworks (ITIL 4, DevOps, PM3, USM) and decisions.
The tests then go where a user goes, the way a user goes there: menus opened with their Alt key and walked with the
arrow keys, tabs switched with their Alt keys, shortcuts, buttons clicked, a candidate dragged and dropped. They
read every text a person sees in each view, dialog, message box, dock and menu (tests/swedish_tour.py says what is
read and what counts as English) and fail with the list of English texts found, as "view › widget: text".

Not visited, on purpose: the warnings shown when a file cannot be written or read or a change is refused ("Cannot
save the workbook", "Cannot export the minutes", "Cannot make this change", ...: they need a broken disk or a refused
edit; their titles are in the catalogue that tests/test_ui_translations.py checks, their bodies are core messages
rendered by ui.messages like those visited here); the progress dialogs of a long unified refresh and of a sync (shown
only while slow work runs); the folder choosers of Preferences and Export (the same Qt file dialog as the file
choosers read here); and the start-up failure box of ui/app.py (it shows before any window).
"""

from __future__ import annotations

import csv
import re
import shutil
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QPoint, QPointF, Qt, QTimer
from PySide6.QtGui import QAction, QContextMenuEvent, QDragEnterEvent, QDragMoveEvent, QDropEvent, QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialogButtonBox,
    QFileDialog,
    QInputDialog,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QWidget,
)
from pytestqt.qtbot import QtBot
from swedish_tour import ALLOWED_NAMES, SWEDISH, EnglishDetector, Tour

import ui.preferences
import ui.settings
from tests.window_helpers import finish_window, shown_window
from ui.files.bundled import AddFrameworksDialog, NewWorkspaceDialog
from ui.files.export_dialog import ExportDialog
from ui.files.import_wizard import ImportWizard
from ui.files.team import SyncDialog, TeamWorkspaceDialog
from ui.main_window import MainWindow
from ui.preferences import PreferencesDialog
from ui.translations import install_translator, remove_translators, translate
from ui.workshop import WorkshopLauncher
from ui.workshop.agenda import AgendaDialog
from workbench.catalogue import load_bundled
from workbench.checks import CHECK_NAMES
from workbench.domain import Kind, Predicate, Ref
from workbench.importers.sheet_template import TEMPLATE_COLUMNS
from workbench.store import window_lock
from workbench.workspace import Workspace

FRAMEWORKS = ("itil4", "devops", "pm3", "usm")
# (subject, relation, object, not a match): terms for the glossary, processes and activities for the model
DECISIONS = [
    ("itil4:incident", "exact", "devops:incident", False), ("itil4:incident", "exact", "pm3:incident", False),
    ("itil4:release", "close", "devops:release", False), ("itil4:problem", "related", "pm3:problemhantering", False),
    ("itil4:change", "broader", "devops:lightweight-change-approval", False),
    ("itil4:major-incident", "exact", "devops:incident-commander", True),
    ("itil4:incident-management", "close", "usm:recover", False),
    ("devops:incident-response", "close", "usm:recover", False),
    ("pm3:andringshantering", "close", "usm:change", False),
    ("itil4:incident-management-close", "exact", "usm:recover-close", False),
    ("devops:incident-response-resolve", "close", "usm:recover-restore", False),
]
RATIONALE = "Båda beskriver ett oplanerat avbrott i en tjänst"
INCIDENT = Ref("itil4", "incident")


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("swedish") / "mall.workbench"
    with Workspace.create(path, [f for f in load_bundled() if f.key in FRAMEWORKS]) as workspace:
        for subject, relation, obj, negated in DECISIONS:
            workspace.add_mapping(subject, relation, obj, negated=negated, comment=RATIONALE, author="Anna Berg")
    return path


@pytest.fixture(scope="module")
def detector() -> EnglishDetector:
    found = EnglishDetector()
    # Content, the same in any interface language: every bundled framework's names, edition and licence (the
    # dialogs that add frameworks list those not in the workspace too), and each finding's check code (its tooltip:
    # the stable identifier `workbench check --json` prints, like an entry's reference).
    found.mask(text for framework in load_bundled() for text in (
        framework.key, framework.name, framework.edition, framework.publisher, framework.attribution,
        framework.licence, framework.description) if text)
    found.mask(CHECK_NAMES)
    return found


@pytest.fixture
def window(qtbot: QtBot, qapp: QApplication, tmp_path: Path, template: Path) -> Iterator[MainWindow]:
    assert install_translator(qapp, "sv") == "sv"
    path = tmp_path / "arbetsyta.workbench"
    shutil.copy(template, path)
    main = shown_window(qtbot, path)
    yield main
    finish_window(main, close=True)
    remove_translators()


@pytest.fixture
def tour(window: MainWindow, detector: EnglishDetector, tmp_path: Path) -> Tour:
    detector.mask_workspace(window.workspace)
    detector.mask([str(tmp_path), "Test Author", "Anna Berg", "Bo Ek"])  # files and people: names, in any language
    return Tour(detector)


# --- going there as a user does --------------------------------------------------------------------------------


def when_shown(find: Callable[[], QWidget | None], act: Callable[[QWidget], None]) -> None:
    """Once `find` finds a widget shown, let `act` read and close it (from a timer: a modal exec() blocks). When
    `act` fails, the widget is closed, so the test fails instead of waiting for it forever."""
    def look() -> None:
        widget = find()
        if widget is None or not widget.isVisible():
            QTimer.singleShot(20, look)
            return
        try:
            act(widget)
        except BaseException:
            widget.close()
            raise
    QTimer.singleShot(0, look)


def modal(kind: type[QWidget] = QWidget) -> Callable[[], QWidget | None]:
    """Finds the modal dialog on show when it is a `kind`."""
    def find() -> QWidget | None:
        shown = QApplication.activeModalWidget()
        return shown if isinstance(shown, kind) else None
    return find


message_box = modal(QMessageBox)


def popup() -> QWidget | None:
    return QApplication.activePopupWidget()


def press(qtbot: QtBot, widget: QWidget, key: str) -> None:
    """A key as the user presses it, once the widget's window has the keyboard (offscreen, a closed dialog or a
    busy dialog leaves no window active)."""
    window = widget.window()
    if QApplication.activeWindow() is not window:
        window.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    sequence = QKeySequence(key)[0]
    qtbot.keyClick(widget, sequence.key(), sequence.keyboardModifiers())


def mnemonic(text: str) -> str:
    """The letter after the single "&" of a menu or tab text: Alt and it open the menu or show the tab."""
    letter = text.replace("&&", "").partition("&")[2][:1]
    assert letter, f"{text!r} has no Alt key"
    return letter.upper()


def alt_keys(window: MainWindow) -> dict[str, list[str]]:
    """What each Alt key of the window does now: its menus, its tabs, and the buttons and labelled fields on show.
    Qt gives a key two of them share to each in turn, so the first press may land on the other one."""
    texts = [action.text() for action in window.menuBar().actions()]
    texts += [window.tabs.tabText(index) for index in range(window.tabs.count())]
    texts += [widget.text() for widget in window.findChildren(QAbstractButton) if widget.isVisible()]
    texts += [label.text() for label in window.findChildren(QLabel) if label.isVisible() and label.buddy() is not None]
    keys: dict[str, list[str]] = {}
    for text in texts:
        if "&" in text.replace("&&", ""):
            keys.setdefault(mnemonic(text), []).append(text)
    return keys


def alt_tab(qtbot: QtBot, window: MainWindow, page: QWidget) -> None:
    """Show a tab of the window with its Alt key, as it reads in Swedish; no other Alt key on show is the same."""
    shared = {key: texts for key, texts in alt_keys(window).items() if len(texts) > 1}
    assert shared == {}, f"one Alt key for several things: {shared}"
    press(qtbot, window.tabs.currentWidget(), f"Alt+{mnemonic(window.tabs.tabText(window.tabs.indexOf(page)))}")
    assert window.tabs.currentWidget() is page, window.tabs.tabText(window.tabs.indexOf(page))
    qtbot.wait(10)


def through_menu(qtbot: QtBot, tour: Tour, window: MainWindow, *path: tuple[str, str]) -> None:
    """Open the menu bar's menu `path[0]` with its Alt key, walk down to each next entry with the arrow keys (Right
    into a sub-menu) and press Enter on the last one, reading each menu on the way (a last sub-menu is read and left
    with Esc). Each (context, English text) is
    looked for as Swedish shows it. A dialog the entry opens is modal: read and close it with `when_shown` first."""
    top = translate(*path[0])
    press(qtbot, window.tabs.currentWidget(), f"Alt+{mnemonic(top)}")
    qtbot.waitUntil(lambda: isinstance(popup(), QMenu))
    menu = popup()
    assert isinstance(menu, QMenu) and menu.title() == top
    for step, (context, text) in enumerate(path[1:], start=2):
        tour.look(f"Menyn {menu.title().replace('&', '')}", menu)
        wanted = translate(context, text)
        [target] = [action for action in menu.actions() if action.text() == wanted]
        for _ in menu.actions():
            if menu.activeAction() is target:
                break
            qtbot.keyClick(menu, Qt.Key.Key_Down)
        assert menu.activeAction() is target, wanted
        submenu = target.menu()
        if submenu is None:
            assert step == len(path)
            qtbot.keyClick(menu, Qt.Key.Key_Return)
            return
        qtbot.keyClick(menu, Qt.Key.Key_Right)
        assert isinstance(submenu, QMenu)
        qtbot.waitUntil(submenu.isVisible)
        menu = submenu
    # The path ends at a sub-menu: read it, then leave the menus with Esc.
    tour.look(f"Menyn {menu.title().replace('&', '')}", menu)
    while isinstance(popup(), QMenu):
        qtbot.keyClick(popup(), Qt.Key.Key_Escape)


def button(widget: QWidget, context: str, text: str) -> QPushButton:
    wanted = translate(context, text)
    [found] = [b for b in widget.findChildren(QPushButton) if b.text() == wanted]
    return found


def answer(box: QWidget, context: str, text: str) -> None:
    """Click the button of a message box that shows the Swedish of `text`."""
    assert isinstance(box, QMessageBox)
    wanted = translate(context, text)
    [found] = [b for b in box.buttons() if b.text() == wanted]
    QTest.mouseClick(found, Qt.MouseButton.LeftButton)


def standard(box: QWidget, which: QMessageBox.StandardButton) -> None:
    assert isinstance(box, QMessageBox)
    QTest.mouseClick(box.button(which), Qt.MouseButton.LeftButton)


def look_and_close(tour: Tour, view: str) -> Callable[[QWidget], None]:
    return lambda dialog: (tour.look(view, dialog), dialog.close())


def drop_on(view: QWidget, where: QPoint, payload: object) -> None:
    """A drag that ends over `where` of `view`, as the mouse delivers it."""
    drop, buttons, no_keys = Qt.DropAction.CopyAction, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    for event in (QDragEnterEvent(where, drop, payload, buttons, no_keys),  # type: ignore[arg-type]
                  QDragMoveEvent(where, drop, payload, buttons, no_keys),  # type: ignore[arg-type]
                  QDropEvent(QPointF(where), drop, payload, buttons, no_keys)):  # type: ignore[arg-type]
        QApplication.sendEvent(view, event)


# --- the detector ----------------------------------------------------------------------------------------------


def test_the_detector_finds_english_and_leaves_swedish_content_and_names_alone() -> None:
    detector = EnglishDetector()
    detector.mask(["Incident management", "Ändringshantering", "ITIL 4", "Framework Harmonisation Workbench",
                   "Outcome", "Value realised"])
    english = ["Decisions", "3 of 10 reviewed", "Works offline. Framework texts are our own wording.",
               "Skrivskyddad: x.db cannot be changed: it is on read-only media", "Trigger: —",
               "Outcome: Value realised", "your login name", "Incident (exact)", "Open the file"]
    swedish = ["Beslut", "3 av 10 granskade", "Incident management", "Ändringshantering (ITIL 4)",
               "arbetsyta.workbench — Framework Harmonisation Workbench", "Ta bort det valda beslutet (Delete; ångra "
               "med Ctrl+Z)", "Arbetsytor (*.workbench *.db)", "postgresql://user@host:5432/database", "Status",
               "Outcome", "Redo att jämföras", "ange --framework NYCKEL", "Incident (exakt)"]
    assert [text for text in english if not detector.english(text)] == []
    assert [text for text in swedish if detector.english(text)] == []


def test_the_detector_reads_every_swedish_translation_as_swedish() -> None:
    """No false alarm: the word list holds no word Swedish uses, so every translation of the catalogue (its
    placeholders stood in for by a mark, as values fill them) passes. Sources Swedish keeps as they are ("Status",
    "Workshop") are left out: they are English by definition, and the names list covers those shown."""
    detector = EnglishDetector()
    detector.mask(ALLOWED_NAMES)
    translations = [(message.findtext("source", ""), message.findtext("translation", ""))
                    for message in ET.parse(SWEDISH).getroot().iter("message")]
    assert len(translations) > 1000
    english = [(source, translation) for source, translation in translations
               if translation != source and detector.english(re.sub(r"\{[^{}]*\}", "◆", translation))]
    assert english == []


# --- the main window --------------------------------------------------------------------------------------------


def test_every_view_of_the_main_window_is_swedish(qtbot: QtBot, window: MainWindow, tour: Tour,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    mapper, unified = window.mapper, window.unified
    qtbot.waitUntil(lambda: not mapper.busy, timeout=20_000)
    mapper.choose("itil4", "devops", Kind.TERM, select=INCIDENT)
    qtbot.waitUntil(lambda: not mapper.busy and mapper.suggestion_model.rowCount() > 0, timeout=20_000)
    # Cells: the status marks' tooltips, and a suggestion's proposed and decided relation and reasons; the other
    # columns are the frameworks' labels, their names and scores.
    mapper_cells = {mapper.source_view: [0], mapper.suggestion_view: [1, 4, 5], mapper.search_view: [2]}
    tour.look("Mappning", window, mapper_cells)
    press(qtbot, mapper.source_view, "Ctrl+F")
    qtbot.keyClicks(mapper.search_edit, "incident")
    qtbot.waitUntil(lambda: mapper.search_model.rowCount() > 0)
    press(qtbot, mapper.search_edit, "Ctrl+E")  # the rationale of the decided pair on show, saved with Enter
    qtbot.keyClicks(mapper.rationale_edit, " och hos DevOps")  # QTest types ASCII only
    qtbot.keyClick(mapper.rationale_edit, Qt.Key.Key_Return)
    tour.look("Mappning, sökning och motivering", window, mapper_cells)

    # The first decision of someone whose name is not known yet: the workbench asks for it.
    monkeypatch.setattr(ui.settings, "LAUNCH_AUTHOR", None)
    ui.settings.settings().remove(ui.settings.KEYS["author"])
    mapper.choose("itil4", "devops", Kind.TERM, select=Ref("itil4", "change"))
    qtbot.waitUntil(lambda: not mapper.busy and mapper.current_candidate() is not None, timeout=20_000)
    when_shown(modal(QInputDialog), look_and_close(tour, "Frågan om namnet"))
    press(qtbot, mapper.source_view, "2")
    tour.look("Mappning utan namn", window, mapper_cells)
    monkeypatch.undo()
    press(qtbot, mapper.source_view, "2")  # recorded now, and the next entry is shown
    qtbot.waitUntil(lambda: not mapper.busy, timeout=20_000)
    tour.look("Mappning efter ett beslut", window, mapper_cells)

    # Edit → Undo history, from the keyboard; then the window's own right-click menu over a dock.
    through_menu(qtbot, tour, window, ("Main", "&Edit"), ("Main", "Undo history"))
    assert window.history_dock.isVisible()
    tour.look("Ångrahistorik", window.history_dock)
    when_shown(popup, lambda menu: (tour.look("Fönstrets snabbmeny", menu), menu.close()))
    dock_title = window.frameworks_dock.mapTo(window, QPoint(20, 8))
    QApplication.sendEvent(window, QContextMenuEvent(QContextMenuEvent.Reason.Mouse, dock_title,
                                                     window.mapToGlobal(dock_title)))
    # A search result dragged onto an entry: the menu that asks how the two relate, left with Esc.
    payload = mapper.search_model.mimeData([mapper.search_model.index(0, 0)])
    view = mapper.source_view
    when_shown(popup, lambda menu: (tour.look("Släppmenyn", menu), qtbot.keyClick(menu, Qt.Key.Key_Escape)))
    drop_on(view.viewport(), view.visualRect(mapper.source_model.index(0, 1)).center(), payload)

    alt_tab(qtbot, window, window.decisions_page)
    window.mapping_view.selectRow(0)
    tour.look("Beslut", window, {window.mapping_view: [2, 6]})  # the relation (its sentence) and the time

    glossary, model = unified.glossary, unified.process_model
    alt_tab(qtbot, window, glossary)
    tour.look("Enhetlig ordlista, tom", window)
    alt_tab(qtbot, window, model)
    tour.look("Processmodell, tom", window)
    QTest.mouseClick(model.start_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not model.refresher.running, timeout=20_000)
    alt_tab(qtbot, window, glossary)
    QTest.mouseClick(glossary.refresh_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not glossary.refreshing, timeout=20_000)
    glossary.view.selectRow(0)
    # The status, and per framework its entries with their relation ("Incident (exakt)"); the members' relations.
    concept_cells = {glossary.view: [1, *range(4, glossary.model.columnCount())], glossary.members_view: [2]}
    tour.look("Enhetlig ordlista", window, concept_cells)
    alt_tab(qtbot, window, model)
    QTest.mouseClick(model.refresh_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not model.refresher.running, timeout=20_000)
    tree = model.tree
    for row in range(model.model.rowCount()):
        tree.setExpanded(model.model.index(row, 0), True)
    tree.setCurrentIndex(model.model.index(0, 0))
    model_cells = {tree: [0, 1], model.traces_view: [2, 3], model.source_view: [2]}
    tour.look("Processmodell, en process", window, model_cells)
    tree.setCurrentIndex(model.model.index(0, 0, model.model.index(1, 0)))
    model.source_view.selectRow(0)
    tour.look("Processmodell, en aktivitet", window, model_cells)

    coverage = unified.coverage
    alt_tab(qtbot, window, coverage)
    cells = {coverage.view: range(1, coverage.model.columnCount())}  # the relation words; column 0 names elements
    QTest.mouseClick(coverage.view.viewport(), Qt.MouseButton.LeftButton,
                     pos=coverage.view.visualRect(coverage.model.index(0, 1)).center())
    tour.look("Täckning, begrepp", window, cells)
    coverage.what_box.setCurrentIndex(1)
    QTest.mouseClick(coverage.view.viewport(), Qt.MouseButton.LeftButton,
                     pos=coverage.view.visualRect(coverage.model.index(1, 1)).center())
    tour.look("Täckning, processer", window, cells)

    checks = unified.checks
    alt_tab(qtbot, window, checks)
    tour.look("Kontroller, inte körda", window)
    QTest.mouseClick(checks.run_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not checks.running and checks.model.rowCount() > 0, timeout=20_000)
    checks.view.selectRow(0)
    tour.look("Kontroller", window, {checks.view: [0, 1, 2, 3]})  # severity, check, finding, where (names)

    alt_tab(qtbot, window, mapper)
    for theme, title in (("light", "Light"), ("system", "Follow the system")):  # and back to the system's
        through_menu(qtbot, tour, window, ("Main", "&View"), ("Main", "&Theme"), ("Theme", title))
        chosen = window.findChild(QAction, f"theme-{theme}")
        assert chosen is not None and chosen.isChecked()
    through_menu(qtbot, tour, window, ("Main", "&Help"), ("Welcome", "&Getting started"))
    tour.look("Kom igång", window)
    assert len(tour.views) >= 25 and tour.seen >= 5000, (len(tour.views), tour.seen)
    tour.assert_swedish()


# --- the dialogs and message boxes -------------------------------------------------------------------------------


def write_csv(path: Path, rows: list[dict[str, str]]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as stream:
        writer = csv.DictWriter(stream, fieldnames=list(TEMPLATE_COLUMNS))
        writer.writeheader()
        writer.writerows({column: row.get(column, "") for column in TEMPLATE_COLUMNS} for row in rows)
    return path


GOOD_ROWS = [
    {"Key": "begaran", "Kind": "term", "Label": "Beställning", "Definition": "En användare ber om något."},
    {"Key": "leverera", "Kind": "process", "Label": "Leverera beställningar", "Definition": "Att hantera dem."},
    {"Key": "leverera-ta-emot", "Kind": "activity", "Label": "Ta emot beställningen", "Parent": "leverera"},
]


def ok_button(dialog: QWidget) -> QPushButton:
    [box] = dialog.findChildren(QDialogButtonBox)
    found = box.button(QDialogButtonBox.StandardButton.Ok)
    assert found is not None
    return found


def file_dialog(tour: Tour, view: str, path: Path | None) -> Callable[[QWidget], None]:
    """Read a file dialog, then choose `path` in it (or cancel it)."""
    def act(dialog: QWidget) -> None:
        assert isinstance(dialog, QFileDialog)
        tour.look(view, dialog)
        if path is None:
            dialog.reject()
        else:
            dialog.selectFile(str(path))
            dialog.accept()
    return act


def sheet_texts(path: Path) -> Iterator[tuple[str, str]]:
    """Sheet names and every text cell of a workbook the workbench wrote."""
    for sheet in load_workbook(path).worksheets:
        yield "sheet name", sheet.title
        for row in sheet.iter_rows():
            for cell in row:
                if isinstance(cell.value, str):
                    yield f"{sheet.title}!{cell.coordinate}", cell.value


def test_every_dialog_and_message_box_is_swedish(qtbot: QtBot, window: MainWindow, tour: Tour, tmp_path: Path,
                                                 template: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Edit → Preferences…, for someone who has not told the workbench their name yet.
    monkeypatch.setattr(ui.preferences, "LAUNCH_AUTHOR", None)
    when_shown(modal(PreferencesDialog), look_and_close(tour, "Inställningar"))
    through_menu(qtbot, tour, window, ("Main", "&Edit"), ("Prefs", "&Preferences…"))

    # File → New workspace…, onto an existing file: the question whether to replace it (No).
    other = tmp_path / "annan.workbench"
    shutil.copy(template, other)

    def new_workspace(dialog: QWidget) -> None:
        tour.look("Ny arbetsyta", dialog)
        when_shown(message_box, lambda box: (tour.look("Ersätta filen?", box),
                                             standard(box, QMessageBox.StandardButton.No)))
        path_edit = dialog.path_edit  # type: ignore[attr-defined]
        path_edit.clear()
        qtbot.keyClicks(path_edit, str(other))
        QTest.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)
    when_shown(modal(NewWorkspaceDialog), new_workspace)
    through_menu(qtbot, tour, window, ("Main", "&File"), ("Main", "&New workspace…"))
    assert window.workspace.path.name == "arbetsyta.workbench"  # not replaced

    # File → Open workspace… (the file dialog, cancelled); File → Open recent (its menu).
    when_shown(modal(QFileDialog), file_dialog(tour, "Öppna arbetsyta", None))
    through_menu(qtbot, tour, window, ("Main", "&File"), ("Main", "&Open workspace…"))
    through_menu(qtbot, tour, window, ("Main", "&File"), ("Main", "Open &recent"))
    for context, text, view, kind in (
            ("Main", "&Add bundled frameworks…", "Lägg till medföljande ramverk", AddFrameworksDialog),
            ("Team", "Open &team workspace…", "Öppna teamets arbetsyta", TeamWorkspaceDialog)):
        when_shown(modal(kind), look_and_close(tour, view))
        through_menu(qtbot, tour, window, ("Main", "&File"), (context, text))
    when_shown(message_box, lambda box: (tour.look("Om", box), standard(box, QMessageBox.StandardButton.Ok)))
    through_menu(qtbot, tour, window, ("Main", "&Help"), ("Main", "&About"))

    # File → Sync… with a colleague's copy that decided one pair otherwise: the summary names the conflict.
    office = tmp_path / "kontoret.workbench"
    shutil.copy(template, office)
    with Workspace.open(office) as colleague:
        colleague.add_mapping("itil4:incident", "close", "devops:incident", author="Bo Ek")
        colleague.add_mapping("itil4:problem", "exact", "devops:incident", author="Bo Ek")

    def sync(dialog: QWidget) -> None:
        tour.look("Synkronisera", dialog)
        dialog.remote.setEditText(str(office))  # type: ignore[attr-defined]
        QTest.mouseClick(button(dialog, "Team", "&Sync"), Qt.MouseButton.LeftButton)
    when_shown(modal(SyncDialog), sync)
    through_menu(qtbot, tour, window, ("Main", "&File"), ("Team", "S&ync…"))
    qtbot.waitUntil(lambda: (box := window.findChild(QMessageBox, "sync-summary")) is not None and box.isVisible(),
                    timeout=20_000)
    summary = window.findChild(QMessageBox, "sync-summary")
    assert summary is not None
    tour.look("Synkroniseringens sammanfattning", summary)
    standard(summary, QMessageBox.StandardButton.Ok)

    # A decision a colleague changed since the mapper showed it: theirs, or mine over it?
    mapper = window.mapper
    mapper.choose("itil4", "devops", Kind.TERM, select=INCIDENT)
    qtbot.waitUntil(lambda: not mapper.busy and mapper.current_candidate() is not None, timeout=20_000)
    with Workspace.open(window.workspace.path) as colleague:
        colleague.add_mapping("itil4:incident", "related", str(mapper.current_candidate()), author="Bo Ek")
    when_shown(message_box, lambda box: (tour.look("Ändrat av någon annan", box), answer(box, "Team", "Keep &theirs")))
    press(qtbot, mapper.source_view, "3")

    # Another program writes to the workspace: a change waits, with a dialog that can stop the waiting.
    from hostile_env import lock_held

    guard = window.guard  # type: ignore[attr-defined]
    with lock_held(window.workspace.path) as release:
        def busy() -> None:
            if guard.wait_dialog is None or not guard.wait_dialog.isVisible():
                QTimer.singleShot(50, busy)
                return
            tour.look("Arbetsytan är upptagen", guard.wait_dialog)
            release.set()
        QTimer.singleShot(0, busy)
        window.decide(Ref("itil4", "release"), Predicate.EXACT, Ref("pm3", "release"), False, "")

    # A workspace another window holds: offered read-only, then shown with its banner; a change says why not.
    held = tmp_path / "hos-kollegan.workbench"
    shutil.copy(template, held)
    lock = window_lock.acquire(held)
    mine = window.workspace.path
    when_shown(message_box, lambda box: (tour.look("Arbetsytan är redan öppen", box),
                                         answer(box, "Guard", "Open &read-only")))
    assert window.open_workspace(held)  # as File → Open recent does
    tour.look("Skrivskyddad arbetsyta", window)
    when_shown(message_box, lambda box: (tour.look("Kan inte registrera beslutet", box),
                                         standard(box, QMessageBox.StandardButton.Ok)))
    window.decide(INCIDENT, Predicate.CLOSE, Ref("pm3", "incident"), False, "")
    assert not isinstance(lock, window_lock.LockOwner)
    lock.release()
    assert window.open_workspace(mine)

    # File → Save workbook… (Ctrl+Shift+S): the file dialog, then the workbook written, in Swedish.
    workbook = tmp_path / "arbetsbok.xlsx"
    when_shown(modal(QFileDialog), file_dialog(tour, "Spara arbetsbok", workbook))
    press(qtbot, window, "Ctrl+Shift+S")
    assert workbook.is_file()
    tour.look("Arbetsboken sparad", window)

    # File → Export… (Ctrl+Shift+E): each format's options, chosen from the keyboard, then an export written.
    press(qtbot, window, "Ctrl+Shift+E")
    [export] = [shown for shown in window.findChildren(ExportDialog) if shown.isVisible()]
    formats = export.format_box
    formats.setFocus()
    for index in range(formats.count()):
        assert formats.currentIndex() == index
        tour.look(f"Exportera {export.format()}", export)
        press(qtbot, formats, "Down")
    export.set_path(tmp_path / "export.json")
    QTest.mouseClick(export.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not export.busy and export.written is not None, timeout=20_000)
    tour.look("Exporterat", export)
    export.close()

    # File → Import… (Ctrl+I): the Swedish template saved; a framework from a CSV file, previewed and imported; a
    # broken one; an ontology.
    press(qtbot, window, "Ctrl+I")
    [wizard] = [shown for shown in window.findChildren(ImportWizard) if shown.isVisible()]
    blank = tmp_path / "mall.xlsx"
    when_shown(modal(QFileDialog), file_dialog(tour, "Spara mallen", blank))
    QTest.mouseClick(wizard.choose_page.template_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(blank.is_file)
    tour.texts("Mallen", sheet_texts(blank))
    wizard.reject()
    for path, view in ((write_csv(tmp_path / "egna.csv", GOOD_ROWS), "Importera"),
                       (write_csv(tmp_path / "trasig.csv", [*GOOD_ROWS, {"Key": "x", "Kind": "pryl", "Label": "X"},
                                                             {"Key": "y", "Definition": "utan benämning"}]),
                        "Importera med problem"),
                       (Path(__file__).parent / "data" / "tiny-skos.ttl", "Importera SKOS")):
        press(qtbot, window, "Ctrl+I")
        [wizard] = [shown for shown in window.findChildren(ImportWizard) if shown.isVisible()]
        page = wizard.preview_page
        tour.look(f"{view}, välj fil", wizard)
        qtbot.keyClicks(wizard.choose_page.path_edit, str(path))
        QTest.mouseClick(wizard.button(wizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda page=page: not page.busy, timeout=20_000)  # type: ignore[misc]
        tour.look(f"{view}, förhandsgranskning", wizard, {page.columns_view: [2], page.problems_view: [0]})
        if page.problems:
            wizard.reject()
            continue
        QTest.mouseClick(wizard.button(wizard.WizardButton.CommitButton), Qt.MouseButton.LeftButton)
        result = wizard.result_page
        qtbot.waitUntil(lambda result=result: not result.busy, timeout=20_000)  # type: ignore[misc]
        tour.detector.mask_workspace(window.workspace)  # the imported framework's names and labels are content
        tour.look(f"{view}, resultat", wizard, {result.notes_view: [0]})
        tour.look(f"{view}, fönstret efteråt", window)
        QTest.mouseClick(wizard.button(wizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)
    assert len(tour.views) >= 45 and tour.seen >= 2000, (len(tour.views), tour.seen)
    tour.assert_swedish()


# --- the workshop -----------------------------------------------------------------------------------------------


def test_the_workshop_is_swedish(qtbot: QtBot, window: MainWindow, tour: Tour, tmp_path: Path) -> None:
    def agenda(dialog: QWidget) -> None:
        assert isinstance(dialog, AgendaDialog)
        qtbot.waitUntil(lambda: not dialog.busy, timeout=20_000)
        tour.look("Workshopens agenda", dialog)
        dialog.limit.setValue(3)
        QTest.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    when_shown(modal(AgendaDialog), agenda)
    through_menu(qtbot, tour, window, ("Main", "&Mapping"), ("Workshop", "Start &workshop…"))
    launcher = window.findChild(WorkshopLauncher)
    assert launcher is not None and launcher.workshop is not None
    workshop = launcher.workshop
    audience, presenter = workshop.audience, workshop.presenter
    tour.look("Publikvyn", audience)
    press(qtbot, audience, "F6")
    qtbot.waitUntil(presenter.isVisible)
    cells = {presenter.agenda_view: [1, 3, 4]}  # status, proposed and decided relation; the rest are entries
    tour.look("Presentatörsvyn", presenter, cells)
    press(qtbot, presenter, "1")  # decided exact, and on to the next item
    tour.look("Presentatörsvyn, beslutat", presenter, cells)
    press(qtbot, presenter, "K")  # parked
    press(qtbot, presenter, "T")  # the timer on
    tour.look("Presentatörsvyn, parkerat", presenter, cells)
    press(qtbot, audience, "Ctrl+Z")  # the first decision undone: the room is back at it
    tour.look("Publikvyn, ångrat", audience)
    when_shown(message_box, lambda box: (tour.look("Avsluta workshop", box),
                                         standard(box, QMessageBox.StandardButton.Yes)))
    presenter.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is presenter)
    presenter.setFocus()  # not in the rationale line, where Esc only leaves the line
    press(qtbot, presenter, "Esc")
    summary = workshop.summary_dialog
    assert summary is not None and summary.isVisible()
    tour.look("Workshopens sammanfattning", summary, {summary.view: [1, 3]})  # status, relation
    minutes = tmp_path / "protokoll.xlsx"
    when_shown(modal(QFileDialog), file_dialog(tour, "Spara protokollet", minutes))
    QTest.mouseClick(button(summary, "Summary", "Export minutes (Excel)…"), Qt.MouseButton.LeftButton)
    assert minutes.is_file()
    tour.texts("Protokollet", sheet_texts(minutes))
    assert len(tour.views) >= 11 and tour.seen >= 450, (len(tour.views), tour.seen)
    tour.assert_swedish()
