"""File → Import…: a wizard that shows what a file would bring in before anything is written.

Pages: choose the file (format guessed from the name, changeable; framework key for spreadsheets and
ontologies), preview (recognised columns, first rows and every problem for spreadsheets; a short account for
the other formats), then the import itself and its summary and notes. Reading the file for the preview and the
import both run as background jobs: a spreadsheet of 50,000 rows takes seconds to check, and the wizard stays
responsive (and can be closed) meanwhile. The core importers
are all-or-nothing, so a failed import leaves the workspace as it was; the wizard only shows why.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QMenu,
    QProgressBar,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from ui.files.import_choose import ChoosePage
from ui.files.import_preview import PreviewPage, table, text_model
from ui.jobs import CallJob
from ui.messages import error_text
from ui.messages import text as message_text
from ui.translations import translate
from workbench.importers import ImportResult, import_file
from workbench.messages import Message
from workbench.workspace import Workspace


class ResultPage(QWizardPage):
    finished_import = Signal()

    def __init__(
        self,
        choose: ChoosePage,
        preview: PreviewPage,
        workspace: Callable[[], Workspace],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._choose = choose
        self._preview = preview
        self._workspace = workspace
        self.setTitle(translate("Import", "Import"))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.notes_model = text_model(translate("Import", "Note"), self)
        self.notes_view = table(self.notes_model, translate("Import", "Notes"))
        self.working = QProgressBar()
        self.working.setRange(0, 0)
        self.working.setAccessibleName(translate("Import", "Importing"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.working)
        layout.addWidget(self.notes_view, 1)
        self.job: CallJob | None = None
        self.result: ImportResult | None = None
        self.error: Message | None = None

    def initializePage(self) -> None:
        path, format, framework = self._choose.path(), self._choose.format(), self._choose.framework()
        workspace = self._workspace()
        self.summary.setText(translate("Import", "Importing {0}…").format(path.name))
        self.notes_model.set_rows([])
        self.result, self.error = None, None
        read = self._preview.spreadsheet_read(path, format, framework)

        def work(_progress: Callable[[int, int], None]) -> ImportResult:
            if read is not None:
                from workbench.importers.spreadsheet import import_previewed

                return import_previewed(workspace, read, path)
            return import_file(workspace, path, format, framework)

        self.job = CallJob(work, self)
        self.job.succeeded.connect(self._succeeded)
        self.job.failed.connect(self._failed)
        self.job.finished.connect(self.working.hide)
        self.working.show()
        self.job.start()
        self.completeChanged.emit()

    def _succeeded(self, result: ImportResult) -> None:
        self.result, self.job = result, None
        self.summary.setText(message_text(result.summary))
        self.notes_model.set_rows([message_text(note) for note in result.notes])
        self.notes_view.setVisible(bool(result.notes))
        self.completeChanged.emit()
        self.finished_import.emit()

    def _failed(self, message: Message, problems: list[Message]) -> None:
        self.error, self.job = message, None
        self.summary.setText(
            translate("Import", "Nothing was imported; the workspace is unchanged.\n")
            + (
                error_text(message)
                if not problems
                else translate("Import", "{0} problem(s) in {1}:").format(len(problems), self._choose.path().name)
            )
        )
        self.notes_model.set_rows([message_text(problem) for problem in problems])
        self.notes_view.setVisible(bool(problems))
        self.completeChanged.emit()

    @property
    def busy(self) -> bool:
        return self.job is not None

    def isComplete(self) -> bool:
        return not self.busy


class ImportWizard(QWizard):
    """The pages share the choice made on the first page; the window is refreshed after a successful import."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window_ = window
        self.setWindowTitle(translate("Import", "Import"))
        self.setObjectName("import-wizard")
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)

        def workspace() -> Workspace:
            current: Workspace = window.workspace  # type: ignore[attr-defined]
            return current

        self.choose_page = ChoosePage()
        self.preview_page = PreviewPage(self.choose_page, workspace)
        self.result_page = ResultPage(self.choose_page, self.preview_page, workspace)
        self.result_page.finished_import.connect(self._refresh_window)
        for page in (self.choose_page, self.preview_page, self.result_page):
            self.addPage(page)
        self.resize(1000, 720)

    def _refresh_window(self) -> None:
        window: Any = self.window_
        window.mapper.fill_frameworks()
        window.decisions_changed()
        window.meanings.start()
        if self.result_page.result is not None:
            window.statusBar().showMessage(message_text(self.result_page.result.summary), 8000)

    def reject(self) -> None:
        if self.result_page.busy:  # the import runs to its end (it is one transaction); closing waits for it
            return
        super().reject()

    def wait_for_job(self) -> None:
        """Block until the preview and the import being run have finished (tests, closing the application)."""
        for job in (self.preview_page.job, self.result_page.job):
            if job is not None:
                job.done.wait()


def open_import_wizard(window: QMainWindow) -> ImportWizard:
    wizard = ImportWizard(window)
    wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    wizard.open()
    return wizard


def add_import_export_actions(window: QMainWindow, menu: QMenu) -> tuple[QAction, QAction]:
    """File → Import… (Ctrl+I) and File → Export… (Ctrl+Shift+E; Ctrl+E is the mapper's rationale)."""
    from ui.files.export_dialog import open_export_dialog

    import_action = QAction(translate("Import", "&Import…"), window)
    import_action.setObjectName("import")
    import_action.setShortcut(QKeySequence("Ctrl+I"))
    import_action.setToolTip(
        translate("Import", "Import a framework (Excel, CSV, SKOS, OWL) or mapping decisions (SSSOM)")
    )
    import_action.triggered.connect(lambda: open_import_wizard(window))
    export_action = QAction(translate("Import", "&Export…"), window)
    export_action.setObjectName("export")
    export_action.setShortcut(QKeySequence("Ctrl+Shift+E"))
    export_action.setToolTip(
        translate("Import", "Write the workspace as Excel, CSV, JSON, SKOS, SSSOM, ArchiMate or HTML")
    )
    export_action.triggered.connect(lambda: open_export_dialog(window))
    menu.addAction(import_action)
    menu.addAction(export_action)
    return import_action, export_action
