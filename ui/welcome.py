"""The welcome panel: the three steps of the work (align, unify, export), each with a button into its view.

It opens as the first tab when the demo workspace is opened (until the user ticks "Don't show this again") and
from Help → Getting started. Views are found by their tab titles when a button is pressed, so tabs that other
parts of the window add later are picked up, and a view that is not there yet gets a message instead.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMenu,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ui.files.save_workbook import save_workbook
from ui.icon import app_icon
from ui.settings import APP_NAME, settings
from ui.translations import QT_TRANSLATE_NOOP, translate

HIDDEN_KEY = "welcome/hidden"
TITLE = QT_TRANSLATE_NOOP("Welcome", "Welcome")

STEPS = (
    (
        "Align",
        QT_TRANSLATE_NOOP("Welcome", "Align"),
        QT_TRANSLATE_NOOP("Welcome", "Pick two frameworks and work through the pairs the workbench suggests. Say how "
                          "each pair relates (the same, close, broader, narrower, related) or that it is not a match, "
                          "and note why."),
        QT_TRANSLATE_NOOP("Welcome", "Open the Mapper"),
    ),
    (
        "Unify",
        QT_TRANSLATE_NOOP("Welcome", "Unify"),
        QT_TRANSLATE_NOOP("Welcome", "Your decisions gather matching entries into one framework-neutral glossary and "
                          "process model. Review the proposed names and definitions, and mark them agreed."),
        QT_TRANSLATE_NOOP("Welcome", "Open the unified glossary"),
    ),
    (
        "Export",
        QT_TRANSLATE_NOOP("Welcome", "Export"),
        QT_TRANSLATE_NOOP("Welcome", "Share the result: an Excel workbook for stakeholders, or exchange formats for "
                          "other tools."),
        QT_TRANSLATE_NOOP("Welcome", "Save a workbook…"),
    ),
)
"""(key, title, explanation, button): titles and texts in English, shown through translate("Welcome", ...)."""


def _plain(text: str) -> str:
    return text.replace("&", "").replace("…", "").strip().lower()


def find_tab(tabs: QTabWidget, *titles: str) -> QWidget | None:
    """The first tab whose object name (words joined by "-") or title (without its shortcut marker) starts with one
    of `titles`, tried in order. Object names do not change with the interface language; titles do."""
    for title in titles:
        for index in range(tabs.count()):
            page = tabs.widget(index)
            name = page.objectName().replace("-", " ") if page is not None else ""
            if any(_plain(text).startswith(title.lower()) for text in (name, tabs.tabText(index)) if text):
                return tabs.widget(index)
    return None


def find_action(window: QMainWindow, *texts: str) -> QAction | None:
    """A menu-bar action whose object name (words joined by "-") or text starts with one of `texts` (searched through
    sub-menus)."""
    def walk(actions: list[QAction]) -> list[QAction]:
        found: list[QAction] = []
        for action in actions:
            menu = action.menu()
            if isinstance(menu, QMenu):
                found += walk(menu.actions())
            elif not action.isSeparator():
                found.append(action)
        return found

    candidates = walk(window.menuBar().actions())
    for text in texts:
        for action in candidates:
            names = (action.objectName().replace("-", " "), action.text())
            if any(_plain(name).startswith(text.lower()) for name in names if name) and action.isEnabled():
                return action
    return None


class WelcomePanel(QScrollArea):
    def __init__(self, window: QMainWindow, store: QSettings | None = None) -> None:
        super().__init__()
        self._window = window
        self._store = store or settings()
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setAccessibleName(translate("Welcome", "Welcome"))

        column = QWidget()
        column.setMaximumWidth(860)
        layout = QVBoxLayout(column)
        layout.setSpacing(18)
        heading = QHBoxLayout()
        logo = QLabel()
        logo.setPixmap(app_icon().pixmap(64, 64))
        title = QLabel(translate("Welcome", "<h1 style='margin:0'>Welcome to the {0}</h1>").format(APP_NAME))
        title.setWordWrap(True)
        heading.addWidget(logo)
        heading.addSpacing(12)
        heading.addWidget(title, 1)
        layout.addLayout(heading)
        workspace = getattr(window, "workspace", None)
        where = f" <b>{workspace.path.name}</b>" if workspace is not None else ""
        intro = QLabel(
            translate(
                "Welcome",
                "This demo workspace{0} holds every bundled framework, ready to compare. Work in three "
                "steps; each decision is saved the moment you make it, and Ctrl+Z takes it back.",
            ).format(where)
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)

        steps = QGridLayout()
        steps.setHorizontalSpacing(16)
        steps.setVerticalSpacing(20)
        self.buttons: dict[str, QPushButton] = {}
        actions = {"Align": self.show_align, "Unify": self.show_unify, "Export": self.show_export}
        for row, (name, title_text, text, button_text) in enumerate(STEPS):
            number = QLabel(str(row + 1))
            number.setObjectName("welcome-step-number")
            number.setAlignment(Qt.AlignmentFlag.AlignCenter)
            number.setFixedSize(36, 36)
            number.setStyleSheet(
                "QLabel { background: palette(highlight); color: palette(highlighted-text);"
                " border-radius: 18px; font-weight: bold; font-size: 16px; }"
            )
            label = QLabel(
                "<b style='font-size:large'>{}</b><br>{}".format(
                    translate("Welcome", title_text), translate("Welcome", text)
                )
            )
            label.setWordWrap(True)
            button = QPushButton(translate("Welcome", button_text))
            button.setObjectName(f"welcome-{name.lower()}")
            button.clicked.connect(actions[name])
            self.buttons[name] = button
            steps.addWidget(number, row, 0, Qt.AlignmentFlag.AlignTop)
            steps.addWidget(label, row, 1)
            steps.addWidget(button, row, 2, Qt.AlignmentFlag.AlignTop)
        steps.setColumnStretch(1, 1)
        layout.addLayout(steps)

        footer = QHBoxLayout()
        self.hide_next_time = QCheckBox(
            translate("Welcome", "Don't show this again (Help → Getting started brings it back)")
        )
        self.hide_next_time.setChecked(bool(self._store.value(HIDDEN_KEY, False, bool)))
        self.hide_next_time.toggled.connect(self._remember_hidden)
        close = QPushButton(translate("Welcome", "Close"))
        close.clicked.connect(self.close_panel)
        footer.addWidget(self.hide_next_time, 1)
        footer.addWidget(close)
        layout.addSpacing(8)
        layout.addLayout(footer)
        layout.addStretch(1)

        outer = QWidget()
        centre = QHBoxLayout(outer)
        centre.setContentsMargins(32, 32, 32, 32)
        centre.addStretch(1)
        centre.addWidget(column, 100)
        centre.addStretch(1)
        self.setWidget(outer)

    def _remember_hidden(self, hidden: bool) -> None:
        self._store.setValue(HIDDEN_KEY, hidden)
        self._store.sync()

    def _tabs(self) -> QTabWidget | None:
        tabs = getattr(self._window, "tabs", None)
        return tabs if isinstance(tabs, QTabWidget) else None

    def _open(self, titles: tuple[str, ...], missing: str) -> bool:
        tabs = self._tabs()
        page = find_tab(tabs, *titles) if tabs is not None else None
        if tabs is None or page is None:
            self._window.statusBar().showMessage(missing, 10000)
            return False
        tabs.setCurrentWidget(page)
        return True

    def show_align(self) -> bool:
        return self._open(("mapper",), "The Mapper is not available in this window.")

    def show_unify(self) -> bool:
        return self._open(
            ("unified glossary", "glossary", "unified"),
            "The unified glossary view is not in this version yet; `workbench unify WORKSPACE` builds it.",
        )

    def show_export(self) -> bool:
        action = find_action(self._window, "export", "save workbook")
        if action is not None:
            action.trigger()
            return True
        return save_workbook(self._window) is not None

    def close_panel(self) -> None:
        tabs = self._tabs()
        if tabs is not None and (index := tabs.indexOf(self)) >= 0:
            tabs.removeTab(index)
        self.deleteLater()


def show_welcome(window: QMainWindow, store: QSettings | None = None) -> WelcomePanel | None:
    """Open the panel as the first tab (or bring the open one forward); None when the window has no tabs."""
    tabs = getattr(window, "tabs", None)
    if not isinstance(tabs, QTabWidget):
        return None
    for index in range(tabs.count()):
        page = tabs.widget(index)
        if isinstance(page, WelcomePanel):
            tabs.setCurrentWidget(page)
            return page
    panel = WelcomePanel(window, store)
    panel.setObjectName("welcome")
    tabs.insertTab(0, panel, translate("Welcome", TITLE))
    tabs.setCurrentWidget(panel)
    return panel


def wants_welcome(workspace_path: Path, demo_path: Path, store: QSettings | None = None) -> bool:
    """At start: only on the demo workspace, and only until the user asks not to see it again."""
    store = store or settings()
    is_demo = workspace_path.resolve() == demo_path.resolve()
    return is_demo and not bool(store.value(HIDDEN_KEY, False, bool))


def welcome_action(window: QMainWindow) -> QAction:
    """Help → Getting started."""
    action = QAction(translate("Welcome", "&Getting started"), window)
    action.triggered.connect(lambda: show_welcome(window))
    return action
