"""The main window: workspace files, the frameworks and details docks, the mapper and the decisions table."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, Qt
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QCloseEvent,
    QGuiApplication,
    QKeySequence,
    QShowEvent,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QDialog,
    QDockWidget,
    QFileDialog,
    QInputDialog,
    QMainWindow,
    QMessageBox,
    QTabWidget,
    QTextBrowser,
    QTreeWidgetItem,
    QUndoView,
)

from ui.commands import DecideCommand, EditRationaleCommand
from ui.decisions import DecisionsTab
from ui.details import entry_html
from ui.files.bundled import AddFrameworksDialog, NewWorkspaceDialog
from ui.files.team import add_team_actions, ask_theirs_or_mine
from ui.framework_pair import FrameworkNames
from ui.frameworks_dock import KIND_ROLE, MOST_ON_FIRST_START, FrameworksTree
from ui.mapper import MapperView
from ui.mapper.meanings import MeaningRefresher
from ui.messages import error_text
from ui.models import relation_text
from ui.settings import APP_NAME, author_configured, recent_list, remember_author, settings
from ui.theme import THEMES, apply_theme
from ui.translations import translate
from ui.unified.tabs import add_unified_tabs
from ui.workshop import install as install_workshop
from ui.workspace_guard import NotOpenedError
from ui.workspace_guard import install as install_guard
from ui.workspace_guard import open_workspace as open_guarded
from workbench import __version__, catalogue
from workbench.domain import EntryRecord, Kind, MappingRecord, Predicate, Ref
from workbench.errors import WorkbenchError
from workbench.store.decisions import ANY_VERSION, DecisionChangedError, Expected
from workbench.sync import open_conflicts
from workbench.workspace import Workspace, default_author

MAX_RECENT = 8


def redo_keys() -> list[QKeySequence]:
    """Ctrl+Shift+Z and Ctrl+Y, plus the platform's own redo keys, each once: the platform's list already holds
    Ctrl+Shift+Z on Linux, and a key registered twice is ambiguous, so Qt did nothing (issue 15)."""
    keys: list[QKeySequence] = []
    for key in [QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y"),
                *QKeySequence.keyBindings(QKeySequence.StandardKey.Redo)]:
        if not key.isEmpty() and all(key != known for known in keys):
            keys.append(key)
    return keys


class MainWindow(QMainWindow):
    def __init__(self, workspace: Workspace) -> None:
        super().__init__()
        self.workspace = workspace
        self.framework_names = FrameworkNames()
        """Short names by key for the tables ("SAFe" in the Decisions tab's From and To); kept with the dock."""
        self.undo_stack = QUndoStack(self)
        self.meanings = MeaningRefresher(self.statusBar(), lambda: self.workspace)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.setCentralWidget(self.tabs)
        self._build_docks()
        self.decisions = DecisionsTab(self, self.framework_names.of, self.undo_refused)
        self.decisions_page = self.decisions
        self.mapping_model, self.mapping_view = self.decisions.model, self.decisions.view
        self.mapping_filter, self.relation_edit = self.decisions.text_filter, self.decisions.relation_edit
        self.relation_filter = self.decisions.relation_filter
        self.framework_filter, self.other_filter = self.decisions.framework_filter, self.decisions.other_filter
        self.tabs.addTab(self.decisions, translate("Main", "&Decisions"))
        self.unified = add_unified_tabs(self)
        self.mapper = self._new_mapper()
        self.tabs.insertTab(0, self.mapper, translate("Main", "M&apper"))
        self.tabs.setCurrentIndex(0)
        self._build_menus()
        self.workshop = install_workshop(self)
        self.tabs.currentChanged.connect(lambda _index: self.details_follow_tab())
        self.tabs.currentChanged.connect(lambda _index: self.decisions.judge_if_shown(self._decisions_shown()))
        self.mapping_view.selectionModel().currentRowChanged.connect(lambda *_: self.details_follow_tab())
        self.unified.process_model.source_view.selectionModel().currentRowChanged.connect(
            lambda *_: self.details_follow_tab())
        self.statusBar()
        screen = QGuiApplication.primaryScreen().availableGeometry()
        self.resize(min(1400, screen.width()), min(900, screen.height()))  # a laptop's 1366 x 768 too
        self._fit_docks_when_shown = not self._restore_layout()
        self._workspace_loaded()

    # --- building -------------------------------------------------------------------------------------------------

    def _build_docks(self) -> None:
        self.frameworks = FrameworksTree()
        self.frameworks.itemActivated.connect(self._framework_item_activated)
        self.frameworks_dock = QDockWidget(translate("Main", "Frameworks"), self)
        self.frameworks_dock.setObjectName("frameworks-dock")
        self.frameworks_dock.setWidget(self.frameworks)
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.frameworks_dock)

        self.details = QTextBrowser()
        self.details.setAccessibleName(translate("Main", "Details of the selected entry"))
        self.details_dock = QDockWidget(translate("Main", "Details"), self)
        self.details_dock.setObjectName("details-dock")
        self.details_dock.setWidget(self.details)
        self.details.setMinimumWidth(200)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.details_dock)

        self.history_dock = QDockWidget(translate("Main", "Undo history"), self)
        self.history_dock.setObjectName("history-dock")
        self.history_dock.setWidget(QUndoView(self.undo_stack))
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.history_dock)
        self.history_dock.hide()

    def _new_mapper(self) -> MapperView:
        mapper = MapperView(self.workspace, self.decide, self.edit_rationale)
        mapper.setObjectName("mapper")  # found by name, not by its (translated) tab title
        mapper.entrySelected.connect(lambda _entry: self.details_follow_tab())
        mapper.statusMessage.connect(lambda text: self.statusBar().showMessage(text, 8000))
        return mapper

    def _build_menus(self) -> None:
        # Imported here: these modules import this one (for settings() and APP_NAME).
        from ui.files.import_wizard import add_import_export_actions
        from ui.files.save_workbook import save_workbook_action
        from ui.preferences import preferences_action
        from ui.welcome import welcome_action

        file_menu = self.menuBar().addMenu(translate("Main", "&File"))
        self._add(file_menu, translate("Main", "&New workspace…"), QKeySequence.StandardKey.New, self.new_workspace)
        self._add(
            file_menu, translate("Main", "&Open workspace…"), QKeySequence.StandardKey.Open, self.open_workspace_dialog
        )
        self.recent_menu = file_menu.addMenu(translate("Main", "Open &recent"))
        add_team_actions(self, file_menu)
        self._add(file_menu, translate("Main", "&Add bundled frameworks…"), None, self.add_bundled_frameworks)
        file_menu.addSeparator()
        file_menu.addAction(save_workbook_action(self))
        add_import_export_actions(self, file_menu)
        file_menu.addSeparator()
        self._add(file_menu, translate("Main", "&Quit"), QKeySequence.StandardKey.Quit, self.close)

        edit_menu = self.menuBar().addMenu(translate("Main", "&Edit"))
        undo = self.undo_stack.createUndoAction(self, translate("Main", "&Undo"))
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo = self.undo_stack.createRedoAction(self, translate("Main", "&Redo"))
        redo.setShortcuts(redo_keys())
        edit_menu.addAction(undo)
        edit_menu.addAction(redo)
        edit_menu.addAction(self.history_dock.toggleViewAction())
        edit_menu.addSeparator()
        edit_menu.addAction(preferences_action(self))

        mapping_menu = self.menuBar().addMenu(translate("Main", "&Mapping"))
        mapping_menu.setObjectName("mapping-menu")  # the workshop finds it by name, in any language
        for action in self.mapper.actions():
            mapping_menu.addAction(action)
        mapping_menu.addSeparator()
        self._add(mapping_menu, translate("Main", "Recompute &suggestions"), QKeySequence("Ctrl+R"), self.mapper.reload)

        view_menu = self.menuBar().addMenu(translate("Main", "&View"))
        view_menu.addAction(self.frameworks_dock.toggleViewAction())
        view_menu.addAction(self.details_dock.toggleViewAction())
        theme_menu = view_menu.addMenu(translate("Main", "&Theme"))
        group = QActionGroup(self)
        current = str(settings().value("theme", "system"))
        for key, title in THEMES.items():
            action = QAction(translate("Theme", title), self, checkable=True)
            action.setObjectName(f"theme-{key}")
            action.setChecked(key == current)
            action.triggered.connect(lambda _checked=False, k=key: self.set_theme(k))
            group.addAction(action)
            theme_menu.addAction(action)

        help_menu = self.menuBar().addMenu(translate("Main", "&Help"))
        help_menu.addAction(welcome_action(self))
        self._add(help_menu, translate("Main", "&About"), None, self.about)

    def _add(self, menu: object, text: str, shortcut: object, slot: object) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))  # type: ignore[call-overload]
        action.triggered.connect(slot)
        menu.addAction(action)  # type: ignore[attr-defined]
        return action

    # --- workspace ------------------------------------------------------------------------------------------------

    def _workspace_loaded(self) -> None:
        install_guard(self).attach(self.workspace)  # lock file, read-only banner, others' decisions, busy locks
        self.setWindowTitle(f"{self.workspace.path.name} — {APP_NAME}")
        self._remember_recent(self.workspace.location if self.workspace.on_server else self.workspace.path)
        self.decisions.workspace_loaded()
        self.decisions_changed()
        self.meanings.start()
        if self.workspace.upgraded_from is not None:
            self.statusBar().showMessage(
                translate("Main", "Upgraded from an older version; the original is kept as {0}").format(
                    self.workspace.backup
                ),
                15000,
            )

    def switch_workspace(self, workspace: Workspace) -> None:
        self.wait_for_jobs()
        self.undo_stack.clear()
        old = self.workspace
        self.workspace = workspace
        index = self.tabs.indexOf(self.mapper)
        self.tabs.removeTab(index)
        self.mapper.deleteLater()
        self.mapper = self._new_mapper()
        self.tabs.insertTab(0, self.mapper, translate("Main", "M&apper"))
        self.tabs.setCurrentIndex(0)
        old.close()
        self._workspace_loaded()

    def open_workspace(self, path: str | Path) -> bool:
        try:
            workspace = open_guarded(self, path)
        except NotOpenedError:
            return False
        except WorkbenchError as error:
            QMessageBox.warning(self, translate("Main", "Cannot open workspace"), error_text(error))
            return False
        self.switch_workspace(workspace)
        return True

    def open_workspace_dialog(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, translate("Main", "Open workspace"), "", translate("Main", "Workspaces (*.workbench *.db);;All (*)")
        )
        if name:
            self.open_workspace(name)

    def new_workspace(self) -> None:
        dialog = NewWorkspaceDialog(self)
        path = dialog.path() if dialog.exec() == QDialog.DialogCode.Accepted else None
        if path is None:
            return
        # A typed path is never replaced without asking, and the open workspace never at all.
        if path.exists():
            if path.resolve() == self.workspace.path.resolve():
                QMessageBox.warning(self, translate("Main", "Cannot create workspace"), translate(
                    "Main", "{0} is the workspace open in this window; choose another file name.").format(path))
                return
            answer = QMessageBox.question(self, translate("Main", "Replace file?"), translate(
                "Main", "{0} exists. Replace it with a new, empty workspace? What it holds is lost.").format(path),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
            if answer != QMessageBox.StandardButton.Yes:
                return
        chosen = set(dialog.chosen())
        frameworks = [framework for framework in catalogue.load_bundled() if framework.key in chosen]
        try:
            workspace = Workspace.create(path, frameworks, force=path.exists())
        except WorkbenchError as error:
            QMessageBox.warning(self, translate("Main", "Cannot create workspace"), error_text(error))
            return
        self.switch_workspace(workspace)

    def workspace_changed(self) -> None:
        """The workspace changed under the window (a sync): frameworks and decisions are read again."""
        self.mapper.fill_frameworks()
        self._workspace_loaded()

    def add_bundled_frameworks(self) -> None:
        """File → Add bundled frameworks…: those the workspace does not hold yet, one transaction each."""
        dialog = AddFrameworksDialog({framework.key for framework in self.workspace.frameworks()}, self)
        if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.chosen():
            return
        chosen = set(dialog.chosen())
        try:
            for framework in catalogue.load_bundled():
                if framework.key in chosen:
                    self.workspace.add_framework(framework)
        except WorkbenchError as error:
            QMessageBox.warning(self, translate("Main", "Cannot add the frameworks"), error_text(error))
        self.mapper.fill_frameworks()
        self._workspace_loaded()

    def _remember_recent(self, path: Path | str) -> None:
        """A file by its full path, a team workspace by its URL (without a password: Workspace.location)."""
        store = settings()
        item = str(path.resolve()) if isinstance(path, Path) else path
        recent = [item] + [p for p in recent_list(store) if p != item]
        store.setValue("recent", recent[:MAX_RECENT])
        self.recent_menu.clear()
        for item in recent[:MAX_RECENT]:
            action = self.recent_menu.addAction(item)
            action.triggered.connect(lambda _checked=False, p=item: self.open_workspace(p))

    # --- decisions ----------------------------------------------------------------------------------------------

    def decide(
        self, subject: Ref, predicate: Predicate, obj: Ref, negated: bool, comment: str, author: str | None = None,
        *, expected: Expected = ANY_VERSION,
    ) -> bool:
        """Every decision made in the window goes through here: one undoable command, committed at once; it
        replaces a decision recorded about the pair the other way round. `author` defaults to the preference
        (workbench.workspace.default_author()), asked for once when none is set. `expected`: the pair's decision
        as the view showed it; when someone else changed it since, the person chooses theirs or theirs over it.
        False: nothing was recorded."""
        if author is None and not self.ask_author():
            return False
        command = DecideCommand(self.workspace, subject, predicate, obj, negated=negated, comment=comment,
                                author=author, replace_reverse=True, expected=expected,
                                changed=self.decisions_changed, refused=self.undo_refused)
        self.undo_stack.push(command)
        if isinstance(command.failure, DecisionChangedError):  # theirs is shown by now
            if not ask_theirs_or_mine(self, command.failure.current, error_text(command.failure)):
                return False
            return self.decide(subject, predicate, obj, negated, comment, author, expected=command.failure.current)
        if command.failure is not None:
            QMessageBox.warning(self, translate("Main", "Cannot record the decision"), error_text(command.failure))
            return False
        relation = relation_text(predicate, negated)
        self.statusBar().showMessage(translate("Main", "Recorded: {0} {1} {2}").format(subject, relation, obj), 5000)
        return True

    def ask_author(self) -> bool:
        """Before the first decision with no author chosen: ask for the name once (the login name offered) and
        keep it as the preference. False when the user cancels."""
        if author_configured():
            return True
        name, accepted = QInputDialog.getText(
            self,
            translate("Main", "Your name"),
            translate("Main", "Decisions record who made them. Your name as colleagues should read it:"),
            text=default_author(),
        )
        if not accepted or not name.strip():
            self.statusBar().showMessage(translate("Main", "Nothing recorded: a decision needs an author."), 8000)
            return False
        remember_author(name)
        return True

    def edit_rationale(self, decision: MappingRecord, comment: str) -> None:
        """A decision's rationale changed (one undoable command)."""
        command = EditRationaleCommand(self.workspace, decision, comment, changed=self.decisions_changed,
                                       refused=self.undo_refused)
        self.undo_stack.push(command)
        if command.failure is not None:
            QMessageBox.warning(self, translate("Main", "Cannot record the decision"), error_text(command.failure))
            return
        self.statusBar().showMessage(translate("Main", "Rationale saved on {0} {1} {2}").format(
            decision.subject, relation_text(decision.predicate, decision.negated), decision.object), 5000)

    def undo_refused(self, error: WorkbenchError) -> None:
        """An undo or redo changed nothing (a colleague decided the pair since, another program kept the workspace
        locked). The box is opened, not exec'd:
        a message box's own event loop inside QUndoStack.undo() could start another undo meanwhile."""
        self.statusBar().showMessage(error_text(error), 10000)
        box = QMessageBox(QMessageBox.Icon.Warning, translate("Main", "Undo or redo changed nothing"),
                          error_text(error), QMessageBox.StandardButton.Ok, self)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    def decisions_changed(self, pair: tuple[Ref, Ref] | None = None) -> None:
        """Decisions changed: every one may have (an import, another workspace), or only the one about `pair`
        (a decision made, deleted, undone or redone here), when only that one is read again."""
        self.mapping_model.set_conflicts(open_conflicts(self.workspace))  # one cheap query when there are none
        if pair is None:
            every = self.workspace.mappings()  # read once for both views: 0.2 s for 10,000 decisions
            self.mapping_model.set_mappings(every)
            self.mapper.refresh_decisions(every)
        else:
            self.mapping_model.replace_pair(*pair, self.workspace.mapping_between(*pair))
            self.mapper.refresh_pair(*pair)
        self._fill_frameworks_tree()
        self.unified.decisions_changed()
        self.decisions.decisions_changed(self._decisions_shown())
        self.details_follow_tab()

    def _decisions_shown(self) -> bool:
        return self.tabs.currentWidget() is self.decisions

    def wait_for_jobs(self) -> None:
        """Block until the background work this window started is done (closing, switching workspaces)."""
        self.meanings.stop()
        self.mapper.wait_for_jobs()
        self.unified.glossary.wait_for_jobs()
        self.unified.checks.wait_for_jobs()
        self.decisions.wait_for_jobs()

    def selected_mapping(self) -> MappingRecord | None:
        return self.decisions.selected()

    def delete_selected_mapping(self) -> None:
        self.decisions.delete_selected()

    def change_selected_relation(self) -> None:
        self.decisions.change_selected_relation()

    # --- docks ----------------------------------------------------------------------------------------------------

    def _fill_frameworks_tree(self) -> None:
        frameworks = self.workspace.frameworks()
        self.framework_names.remember(frameworks)
        self.frameworks.fill(frameworks, self.workspace.coverage())

    def _framework_item_activated(self, item: QTreeWidgetItem, _column: int) -> None:
        key, kind_value = item.data(0, Qt.ItemDataRole.UserRole), item.data(0, KIND_ROLE)
        kind = Kind(kind_value) if kind_value else None
        if kind is not None:
            self.mapper.choose(key, self.mapper.target if self.mapper.target != key else None, kind)
            self.tabs.setCurrentWidget(self.mapper)

    def details_follow_tab(self) -> None:
        """The details dock shows the entry selected in the visible tab: the mapper's entry, the subject of the
        selected decision, the framework entry selected in the process model; on other tabs, none (it kept
        showing the mapper's last entry there)."""
        page = self.tabs.currentWidget()
        entry: EntryRecord | None = None
        if page is self.mapper:
            entry = self.mapper.current_entry()
        elif page is self.decisions_page:
            mapping = self.selected_mapping()
            entry = self.workspace.entry(mapping.subject) if mapping is not None else None
        elif page is self.unified.process_model:
            entry = self.unified.process_model.selected_entry()
        if entry is None:
            self.details.setHtml("<p style='color:gray'>{}</p>".format(
                translate("Main", "Select an entry to see its details here.")))
        else:
            self.show_entry(entry)

    def show_entry(self, entry: EntryRecord) -> None:
        activities = self.workspace.activities_of(entry.ref) if entry.kind is Kind.PROCESS else None
        self.details.setHtml(entry_html(entry, self.workspace.mappings_of(entry.ref), activities))

    # --- settings, theme, closing -------------------------------------------------------------------------------

    def set_theme(self, key: str) -> None:
        settings().setValue("theme", key)
        apply_theme(key)

    def _restore_layout(self) -> bool:
        """Geometry and dock layout as the user left them; False on a first start (nothing saved)."""
        store = settings()
        geometry = store.value("window/geometry")
        if isinstance(geometry, QByteArray) and self.restoreGeometry(geometry):
            screen = QGuiApplication.screenAt(self.frameGeometry().center())
            if screen is None:  # saved on a screen that is gone: come back where the user can see the window
                self.move(QGuiApplication.primaryScreen().availableGeometry().topLeft())
        state = store.value("window/state")
        return isinstance(state, QByteArray) and self.restoreState(state)

    def _fit_frameworks_dock(self) -> None:
        """A first start widens the frameworks dock to its names and counts. Its minimum stays narrow so the
        window fits a laptop screen, but at that width "Activities" and the longer names were cut short."""
        self.resizeDocks([self.frameworks_dock], [min(self.frameworks.natural_width(), MOST_ON_FIRST_START)],
                         Qt.Orientation.Horizontal)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._fit_docks_when_shown:  # dock sizes set before the window is shown are laid out again
            self._fit_docks_when_shown = False
            self._fit_frameworks_dock()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.wait_for_jobs()
        store = settings()
        store.setValue("window/geometry", self.saveGeometry())
        store.setValue("window/state", self.saveState())
        super().closeEvent(event)

    def about(self) -> None:
        promise = translate("Main", "Works offline. Framework texts are our own wording.")
        lines = [f"<h3>{APP_NAME} {__version__}</h3>", f"<p>{promise}</p>"]
        for framework in self.workspace.frameworks():
            lines.append(
                f"<p><b>{framework.name}</b> — {framework.edition}<br>{framework.attribution}<br>"
                f"<i>{framework.licence}</i></p>"
            )
        QMessageBox.about(self, translate("Main", "About {0}").format(APP_NAME), "".join(lines))
