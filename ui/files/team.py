"""Team workspaces in the window: File → Open team workspace… (a database URL), File → Sync… (a laptop's
workspace file with the team's), and a decision someone else changed since the window showed it (theirs or
yours).

The password asked for here is used for the connection and, only when the person asks and the `keyring` package
can reach a system keyring, kept there (workbench.store.credentials); never in the settings, never in the recent
list, which keeps the URL without it.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QMainWindow,
    QMenu,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QWidget,
)

from ui.jobs import CallJob
from ui.messages import error_text
from ui.messages import text as message_text
from ui.settings import recent_list, settings
from ui.translations import translate
from workbench.domain import MappingRecord
from workbench.errors import WorkbenchError
from workbench.messages import Message
from workbench.store import credentials, locations
from workbench.store.decisions import local_time
from workbench.sync import SyncResult, sync
from workbench.workspace import Workspace

PLACEHOLDER = "postgresql://user@host:5432/database"


class TeamWorkspaceDialog(QDialog):
    """The URL of a team workspace, and a password when the server wants one and none is kept elsewhere."""

    def __init__(self, parent: QWidget | None = None, url: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("Team", "Open team workspace"))
        self.url = QLineEdit(url)
        self.url.setObjectName("team-url")
        self.url.setPlaceholderText(PLACEHOLDER)
        self.url.setMinimumWidth(420)
        self.password = QLineEdit()
        self.password.setObjectName("team-password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(translate("Team", "only if ~/.pgpass or a service file does not hold it"))
        self.remember = QCheckBox(translate("Team", "Keep the password in the system &keyring"))
        self.remember.setEnabled(credentials.available())
        if not credentials.available():
            self.remember.setToolTip(translate("Team", "Install the optional 'keyring' package to keep passwords "
                                                       "in the system keyring"))
        form = QFormLayout(self)
        form.addRow(translate("Team", "&Database URL:"), self.url)
        form.addRow(translate("Team", "&Password:"), self.password)
        form.addRow("", self.remember)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Open | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def location(self) -> str:
        """The URL to connect with (the password in it, if one was typed; it is never kept from here)."""
        url = locations.server_url(self.url.text())
        password = self.password.text()
        if password:
            if self.remember.isChecked():
                credentials.remember(locations.display(url), password)
            url = url.set(password=password)
        return url.set(drivername="postgresql").render_as_string(hide_password=False)


def open_team_workspace(window: QMainWindow) -> bool:
    """File → Open team workspace…: False when nothing was opened."""
    dialog = TeamWorkspaceDialog(window, str(settings().value("team/last-url", "")))
    while dialog.exec() == QDialog.DialogCode.Accepted:
        try:
            location = dialog.location()
        except WorkbenchError as error:
            QMessageBox.warning(window, translate("Team", "Cannot open the team workspace"), error_text(error))
            continue
        settings().setValue("team/last-url", locations.display(location))
        opened: bool = window.open_workspace(location)  # type: ignore[attr-defined]
        return opened
    return False


class SyncDialog(QDialog):
    """Which workspace file on this computer to sync with which team workspace (a URL, or another file)."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.setWindowTitle(translate("Team", "Sync with the team"))
        workspace: Workspace = window.workspace  # type: ignore[attr-defined]
        store = settings()
        self.local = QLineEdit(str(store.value("team/last-local", "")) if workspace.on_server
                               else workspace.location)
        self.local.setObjectName("sync-local")
        browse = QPushButton(translate("Team", "&Browse…"))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.local)
        row.addWidget(browse)
        self.remote = QComboBox()
        self.remote.setObjectName("sync-remote")
        self.remote.setEditable(True)
        self.remote.setMinimumWidth(420)
        known = [workspace.location] if workspace.on_server else []
        known += [url for url in recent_list(store) if locations.is_url(url)]
        last = str(store.value("team/last-remote", ""))
        for item in dict.fromkeys(([last] if last and not workspace.on_server else []) + known):
            self.remote.addItem(item)
        line = self.remote.lineEdit()
        assert line is not None  # an editable combo box has its line edit
        line.setPlaceholderText(PLACEHOLDER)
        form = QFormLayout(self)
        form.addRow(translate("Team", "&This computer's workspace file:"), row)
        form.addRow(translate("Team", "&Team workspace:"), self.remote)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        start = buttons.addButton(translate("Team", "&Sync"), QDialogButtonBox.ButtonRole.AcceptRole)
        start.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def _browse(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, translate("Team", "Workspace file on this computer"), self.local.text(),
            translate("Team", "Workspaces (*.workbench *.db);;All (*)"),
            options=QFileDialog.Option.DontConfirmOverwrite)
        if name:
            self.local.setText(name)


def sync_with_team(window: QMainWindow) -> CallJob | None:
    """File → Sync…: sync in the background (a modal progress dialog meanwhile), then say what happened; the
    window shows the synced workspace afresh. The job, or None when the person cancelled."""
    dialog = SyncDialog(window)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    local, remote = dialog.local.text().strip(), dialog.remote.currentText().strip()
    store = settings()
    store.setValue("team/last-local", local)
    store.setValue("team/last-remote", locations.display(remote) if locations.is_url(remote) else remote)
    progress = QProgressDialog(translate("Team", "Syncing with the team workspace…"), "", 0, 0, window)
    progress.setObjectName("sync-progress")
    progress.setCancelButton(None)  # one transaction per side: it finishes or changes nothing
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setMinimumDuration(300)
    job = CallJob(lambda _progress: sync(Path(local), remote), window)

    def done(result: SyncResult) -> None:
        progress.close()
        _synced(window, result)

    def failed(message: Message, _problems: object) -> None:
        progress.close()
        QMessageBox.warning(window, translate("Team", "Cannot sync"), message_text(message))

    job.succeeded.connect(done)
    job.failed.connect(failed)
    job.start()
    return job


def _synced(window: QMainWindow, result: SyncResult) -> None:
    workspace: Workspace = window.workspace  # type: ignore[attr-defined]
    if workspace.location in (result.local, result.remote):
        window.workspace_changed()  # type: ignore[attr-defined]
    lines = [message_text(line) for line in result.lines()]
    box = QMessageBox(QMessageBox.Icon.Warning if result.conflicts else QMessageBox.Icon.Information,
                      translate("Team", "Sync"), lines[0], QMessageBox.StandardButton.Ok, window)
    box.setObjectName("sync-summary")
    if len(lines) > 1:
        box.setInformativeText("\n".join(lines[1:]))
    box.open()


def ask_theirs_or_mine(window: QWidget, current: MappingRecord | None, message: str) -> bool:
    """A decision someone else changed since the window showed it: True to record mine over theirs."""
    box = QMessageBox(QMessageBox.Icon.Question, translate("Team", "Changed by someone else"), message,
                      QMessageBox.StandardButton.NoButton, window)
    box.setObjectName("changed-by")
    if current is not None:
        box.setInformativeText(translate("Team", "{0} decided it at {1}. Keep theirs, or record yours over it?")
                               .format(current.author, local_time(current.updated)))
    theirs = box.addButton(translate("Team", "Keep &theirs"), QMessageBox.ButtonRole.RejectRole)
    mine = box.addButton(translate("Team", "Record &mine"), QMessageBox.ButtonRole.AcceptRole)
    box.setDefaultButton(theirs)
    box.exec()
    return box.clickedButton() is mine


def add_team_actions(window: QMainWindow, menu: QMenu) -> None:
    """File → Open team workspace… and File → Sync…"""
    open_action = QAction(translate("Team", "Open &team workspace…"), window)
    open_action.setObjectName("open-team-workspace")
    open_action.triggered.connect(lambda: open_team_workspace(window))
    menu.addAction(open_action)
    sync_action = QAction(translate("Team", "S&ync…"), window)
    sync_action.setObjectName("sync")
    sync_action.setToolTip(translate("Team", "Send this computer's decisions to the team workspace and take the "
                                             "team's"))
    sync_action.triggered.connect(lambda: sync_with_team(window))
    menu.addAction(sync_action)
