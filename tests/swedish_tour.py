"""What a Swedish user sees, and which of it is still English: the helpers of tests/test_ui_swedish_everywhere.py.

`Tour.look(view, widget)` reads every text a person sees in a shown widget (titles, labels, buttons, group boxes,
tabs, table headers, placeholders, tooltips, combo box items, menus and their actions, the status bar) and keeps
the English ones, each as "view › widget path: text". A text is English when

- it is, line for line, the English source of a message of resources/translations/workbench_sv.ts that Swedish
  words differently (the interface forgot to translate it), or an English source with placeholders filled in
  ("3 of 10 reviewed" from "{0} of {1} reviewed", "x.db cannot be changed: …" from a core template); or
- once the workspace's own content is masked (framework names, entry labels and definitions, unified concepts
  and processes, decisions' rationales, names of people and files: facts that are English or Swedish as their
  framework is) and the names of ALLOWED_NAMES too, it still holds a word of ENGLISH_WORDS: common English words
  of an interface that are not Swedish words as well ("the", "of", "open", "save", "workspace", ...). That finds
  English that was never in the catalogue at all (a text built in code, a core message shown unrendered).

Table cells are content (entry labels and definitions in the framework's language) except in the columns a test
names as interface columns (relations, kinds, statuses, severities, reasons): only those are read.
"""

from __future__ import annotations

import html
import re
import xml.etree.ElementTree as ET
from collections import defaultdict
from collections.abc import Iterable, Iterator
from pathlib import Path

from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QDockWidget,
    QDoubleSpinBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QMainWindow,
    QMenu,
    QPlainTextEdit,
    QProgressBar,
    QSpinBox,
    QTabBar,
    QTextEdit,
    QToolBar,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
    QWizard,
)

from workbench.workspace import Workspace

SWEDISH = Path(__file__).resolve().parent.parent / "resources" / "translations" / "workbench_sv.ts"
Display, ToolTip = Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole

ENGLISH_WORDS = frozenset("""
    the of and to is are was were been being not no with from this that these those for on or it its your you
    we our there here what which who whom when where why how will would can cannot could should must has have had
    do does did done into than then them they their each every only also more some any yet first next new again
    before after about above below between while until nothing none already please here's isn't doesn't settings
    can't won't don't
    open save file files folder workspace workspaces decision decisions entry entries framework frameworks select
    choose show click press refresh add remove undo edit view help preferences search name names found
    unified glossary model mapping mapper suggestions suggestion suggested candidate candidates source target
    kind activity activities concept concepts exact close broader narrower related matches agreed draft
    proposed proposal traced trace traces check checks finding findings error errors warning warnings note notes
    coverage report summary minutes item items parked facilitator rationale author reviewed unreviewed score
    cancel apply yes browse language theme light dark size reading writing written computing waiting
    previous nothing left decided recorded saved changed removed added kept without within instead however
    because whose wording own texts works trigger outcome purpose
""".split())
"""English words a Swedish interface has no use for. Left out on purpose, being Swedish words as well (or names
Swedish uses unchanged): in, i, all, as, at, be, by, for, till, men, redo, still, under, font, match, offline,
status, format, filter, export, import, process, term, relation, agenda, workshop, team, normal, definition, data,
version, start, test, list, box; and
the names of keys, which Swedish keyboards print in English (Delete, Enter, Esc, Tab)."""

ALLOWED_NAMES = (
    # The product's name stays English in every language (ui.settings.APP_NAME; the window title shows it).
    "Framework Harmonisation Workbench",
    # The name of a file format (The Open Group's ArchiMate exchange format), as its publisher writes it.
    "ArchiMate Open Exchange",
    # The language choice names each language in itself, so that someone who cannot read the other finds theirs.
    "English",
    # A heading of README.md (which is in English), quoted so that the reader finds it there.
    "README: Team workspace",
)
"""Names that read the same in Swedish and happen to hold a word of ENGLISH_WORDS. Framework names, file formats
(Excel, CSV, JSON, SKOS, SSSOM, HTML, OWL, XLSX) and the names in the workspace need no entry: they hold none."""

_NOT_LANGUAGE = re.compile(r"\S*(?:://|[/\\@*~]|\.[a-z]{2,9}\b)\S*|\b(?:Ctrl|Shift|Alt|Meta)\+\S+|(?<!\S)--[a-z-]+"
                           r"|(?<!\w)'[^'\n]+'(?!\w)")
"""URLs, file paths and patterns, addresses, shortcuts, command-line options and 'quoted values': not language,
whatever words they hold. The messages put only values between single quotes (a key, a kind as typed, the words two
definitions share), never a word of their own."""
_TAG = re.compile(r"<[^>]+>")
_WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")
_FIELD = re.compile(r"\{[^{}]*\}")


def plain(text: str) -> str:
    """Rich text as the person reads it."""
    if "<" in text and ">" in text:
        text = _TAG.sub(" ", re.sub(r"<br\s*/?>|</p>|</li>|</h\d>", "\n", text))
    return html.unescape(text).replace("\u2029", "\n")


def _catalogue(ts: Path) -> dict[str, set[bool]]:
    """Every English source of the catalogue, with whether each of its translations differs from it."""
    differs: dict[str, set[bool]] = defaultdict(set)
    for message in ET.parse(ts).getroot().iter("message"):
        source = message.findtext("source", "")
        differs[source].add((message.findtext("translation") or source) != source)
    return differs


class EnglishDetector:
    def __init__(self, ts: Path = SWEDISH) -> None:
        translated = [source for source, differs in _catalogue(ts).items() if differs == {True}]
        lines = {line.strip() for source in translated for line in plain(source).split("\n")}
        self.exact = {line for line in lines if _WORD.search(_FIELD.sub("", line))}
        """Lines of sources Swedish words differently, to be found as they are."""
        self._patterns: dict[str, list[re.Pattern[str]]] = defaultdict(list)
        """Lines with placeholders, by their first word (or "" when they start with a placeholder)."""
        for line in lines:
            literal = _FIELD.sub(" ", line)
            if "{" not in line or len(_WORD.findall(literal)) < 1 or len(literal.strip()) < 4:
                continue  # "{0} ({1})" says nothing in any language
            pattern = re.compile("".join(".+?" if _FIELD.fullmatch(part) else re.escape(part)
                                         for part in re.split(r"(\{[^{}]*\})", line)), re.DOTALL)
            first = _WORD.match(line)
            self._patterns[first.group().lower() if first else ""].append(pattern)
        self._mask: dict[str, list[str]] = defaultdict(list)
        self._content: set[str] = set()
        self._seen: dict[str, bool] = {}

    def mask(self, texts: Iterable[str]) -> None:
        """Texts that are content or names, never counted as English (each is masked where it occurs)."""
        for text in texts:
            text = plain(text).strip()
            first = _WORD.search(text)
            if first is not None and len(text) > 1:
                self._mask[first.group()].append(text[first.start():])
                self._content.add(text)
        for candidates in self._mask.values():
            candidates.sort(key=len, reverse=True)

    def mask_workspace(self, workspace: Workspace) -> None:
        """The workspace's content: frameworks, entries, decisions and the unified model, in every language."""
        texts: list[str] = [*ALLOWED_NAMES]
        for framework in workspace.frameworks():
            texts += [framework.key, framework.name, framework.short_name, framework.edition, framework.attribution,
                      framework.licence]
        for entry in workspace.entries():
            texts += [entry.label, entry.definition, entry.purpose, entry.trigger, entry.outcome, str(entry.ref)]
            texts += [label.text for label in entry.labels] + [text for _lang, text in entry.definitions]
        for mapping in workspace.mappings():
            texts += [mapping.comment, mapping.author, mapping.subject_label, mapping.object_label]
        snapshot = workspace.unified_snapshot()
        for concept in snapshot.concepts:
            texts += [concept.uid, concept.label, concept.definition, concept.notes]
        for process in snapshot.processes:
            for element in (process, *process.activities):
                texts += [element.uid, element.label, element.description]
            texts += [process.trigger, process.outcome]
        self.mask(text for text in texts if text)

    def _masked(self, line: str) -> str:
        """`line` with every content text and name in it replaced by ◆, the longest first, left to right."""
        parts, done = [], 0
        for word in _WORD.finditer(line):
            if word.start() < done:
                continue
            for candidate in self._mask.get(word.group(), ()):
                if line.startswith(candidate, word.start()):
                    parts += [line[done:word.start()], " ◆ "]
                    done = word.start() + len(candidate)
                    break
        return "".join(parts) + line[done:]

    def english(self, text: str) -> list[str]:
        """The lines of `text` that are English."""
        found = []
        for line in plain(text).split("\n"):
            line = line.strip()
            if line and self.is_english(line):
                found.append(line)
        return found

    def is_english(self, line: str) -> bool:
        known = self._seen.get(line)
        if known is None:
            known = self._seen[line] = self._is_english(line)
        return known

    def _is_english(self, line: str) -> bool:
        if line in self._content:
            return False  # content or a name, and nothing else ("Outcome" is an ITIL term, not a column)
        masked = self._masked(line)
        if line in self.exact or line.partition(": ")[0] in self.exact:  # "Trigger: …" as well as "Trigger"
            return True
        first = _WORD.match(masked)
        for key in {first.group().lower() if first else "", ""}:
            if any(pattern.fullmatch(masked) for pattern in self._patterns.get(key, ())):
                return True
        return any(word.lower() in ENGLISH_WORDS for word in _WORD.findall(_NOT_LANGUAGE.sub(" ", masked)))


def _name(widget: QWidget) -> str:
    name = widget.objectName() or type(widget).__name__
    return f"{name}[{widget.accessibleName()}]" if widget.accessibleName() else name


def widget_path(root: QWidget, widget: QWidget) -> str:
    """Where `widget` is in `root`, by object names (or class names) and accessible names."""
    parts = []
    current: QWidget | None = widget
    while current is not None and current is not root:
        if current.objectName() or current is widget or current.accessibleName():
            parts.append(_name(current))
        current = current.parentWidget()
    return " › ".join(reversed(parts)) or _name(root)


def action_texts(actions: Iterable[QAction], where: str) -> Iterator[tuple[str, str]]:
    """Each action's text, tooltip and status tip; a sub-menu's title and actions too."""
    for action in actions:
        if action.isSeparator():
            continue
        label = f"{where} › {action.text().replace('&', '') or action.objectName()}"
        yield label, action.text()
        yield f"{label} (tooltip)", action.toolTip()
        yield f"{label} (status tip)", action.statusTip()
        menu = action.menu()
        if isinstance(menu, QMenu):
            yield from action_texts(menu.actions(), label)


def model_texts(model: QAbstractItemModel, where: str, columns: Iterable[int] = (), rows: int = 12) -> Iterator[
        tuple[str, str]]:
    """Header texts and tooltips of a model, and the cells of `columns` (interface columns) in its first rows."""
    for orientation, count in ((Qt.Orientation.Horizontal, model.columnCount()),
                               (Qt.Orientation.Vertical, model.rowCount())):
        for section in range(min(count, 50)):
            for role in (Display, ToolTip):
                value = model.headerData(section, orientation, role)
                if isinstance(value, str):
                    yield f"{where} › header {section}", value

    def walk(parent: object, depth: int) -> Iterator[tuple[str, str]]:
        for row in range(min(model.rowCount(parent), rows)):  # type: ignore[arg-type]
            for column in columns:
                index = model.index(row, column, parent)  # type: ignore[arg-type]
                for role in (Display, ToolTip):
                    value = index.data(role)
                    if isinstance(value, str):
                        yield f"{where} › row {row} column {column}", value
            if depth < 1 and model.rowCount(model.index(row, 0, parent)) > 0:  # type: ignore[arg-type]
                yield from walk(model.index(row, 0, parent), depth + 1)  # type: ignore[arg-type]

    from PySide6.QtCore import QModelIndex

    yield from walk(QModelIndex(), 0)


def _tree_items(tree: QTreeWidget, where: str) -> Iterator[tuple[str, str]]:
    header = tree.headerItem()
    for column in range(tree.columnCount()):
        yield f"{where} › header {column}", header.text(column)
        yield f"{where} › header {column} (tooltip)", str(header.data(column, ToolTip) or "")

    def walk(item: QTreeWidgetItem, label: str) -> Iterator[tuple[str, str]]:
        for column in range(tree.columnCount()):
            yield f"{label} column {column}", item.text(column)
            yield f"{label} column {column} (tooltip)", str(item.data(column, ToolTip) or "")
        for child in range(item.childCount()):
            yield from walk(item.child(child), f"{label}.{child}")

    for row in range(tree.topLevelItemCount()):
        yield from walk(tree.topLevelItem(row), f"{where} › item {row}")


def widget_texts(root: QWidget, cells: dict[QAbstractItemView, Iterable[int]]) -> Iterator[tuple[str, str]]:
    """(where, text) of every text a person sees in the shown `root`; cells only of the views and columns in
    `cells`."""
    yield "window title", root.windowTitle()
    if isinstance(root, QMenu):  # a pop-up menu: its entries (the loop below reads only widgets inside a view)
        yield "title", root.title()
        yield from action_texts(root.actions(), "menu")
        return
    if isinstance(root, QMainWindow):
        yield from action_texts(root.menuBar().actions(), "menu")
        yield "status bar", root.statusBar().currentMessage()
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible() or isinstance(widget, QMenu):
            continue
        where = widget_path(root, widget)
        yield f"{where} (tooltip)", widget.toolTip()
        yield f"{where} (status tip)", widget.statusTip()
        yield f"{where} (accessible name)", widget.accessibleName()
        if isinstance(widget, QAbstractButton | QLabel):
            yield where, widget.text()
        elif isinstance(widget, QLineEdit):
            yield f"{where} (placeholder)", widget.placeholderText()
        elif isinstance(widget, QGroupBox):
            yield where, widget.title()
        elif isinstance(widget, QDockWidget | QToolBar):
            yield where, widget.windowTitle()
        elif isinstance(widget, QTextEdit) and widget.isReadOnly():
            yield where, widget.toPlainText()
        elif isinstance(widget, QTextEdit | QPlainTextEdit):
            yield f"{where} (placeholder)", widget.placeholderText()
        elif isinstance(widget, QProgressBar) and widget.isTextVisible():
            yield where, widget.text()
        if isinstance(widget, QSpinBox | QDoubleSpinBox):
            yield f"{where} (suffix)", widget.suffix()
            yield f"{where} (prefix)", widget.prefix()
        if isinstance(widget, QAbstractSpinBox):
            yield f"{where} (special value)", widget.specialValueText()
        if isinstance(widget, QTabBar):
            for index in range(widget.count()):
                yield f"{where} › tab {index}", widget.tabText(index)
                yield f"{where} › tab {index} (tooltip)", widget.tabToolTip(index)
        if isinstance(widget, QComboBox):
            for index in range(widget.count()):
                yield f"{where} › item {index}", widget.itemText(index)
                yield f"{where} › item {index} (tooltip)", str(widget.itemData(index, ToolTip) or "")
        if isinstance(widget, QTreeWidget):
            yield from _tree_items(widget, where)
        elif isinstance(widget, QListWidget):
            for row in range(min(widget.count(), 12)):
                yield f"{where} › row {row}", widget.item(row).text()
        elif isinstance(widget, QAbstractItemView) and widget.model() is not None:
            yield from model_texts(widget.model(), where, cells.get(widget, ()))
        if isinstance(widget, QHeaderView):
            continue  # read with its view's model
        if isinstance(widget, QWizard):
            for button in QWizard.WizardButton:
                if button.value <= QWizard.WizardButton.CustomButton3.value:
                    yield f"{where} › button {button.name}", widget.buttonText(button)
            page = widget.currentPage()
            if page is not None:
                yield f"{where} › page title", page.title()
                yield f"{where} › page subtitle", page.subTitle()
        yield from action_texts(widget.actions(), f"{where} › action")


class Tour:
    """Visits views and keeps every English text seen, as "view › where: text"."""

    def __init__(self, detector: EnglishDetector) -> None:
        self.detector = detector
        self.found: dict[tuple[str, str], str] = {}
        """(where, line) -> "view › where: line", for the first view it was seen in."""
        self.seen = 0
        """Texts read (each non-empty text once per look, a line or many)."""
        self.views: list[str] = []
        """The views looked at, in order."""

    def look(self, view: str, root: QWidget, cells: dict[QAbstractItemView, Iterable[int]] | None = None) -> None:
        assert root.isVisible(), f"{view} is not on screen"
        self.views.append(view)
        for where, text in widget_texts(root, cells or {}):
            self.text(view, where, text)

    def text(self, view: str, where: str, text: str) -> None:
        if not text:
            return
        self.seen += 1
        for line in self.detector.english(text):
            self.found.setdefault((where, line), f"{view} › {where}: {line}")

    def texts(self, view: str, pairs: Iterable[tuple[str, str]]) -> None:
        self.views.append(view)
        for where, text in pairs:
            self.text(view, where, text)

    def report(self) -> list[str]:
        return list(self.found.values())

    def assert_swedish(self) -> None:
        """Fail with every English text found, one a line, where it was seen."""
        assert not self.found, "English in the Swedish interface:\n" + "\n".join(self.report())
