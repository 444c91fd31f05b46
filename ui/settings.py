"""Settings and preferences, kept in QSettings: what the window, the dialogs and the views all read.

The author name reaches every recorded decision through `$WORKBENCH_AUTHOR`, which the core already reads
(`workbench.workspace.default_author`): one place covers the mapper, the decisions table and any later view that
records authorship, with no author threaded through each command.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from ui.theme import THEMES, apply_theme
from ui.translations import QT_TRANSLATE_NOOP

APP_NAME = "Framework Harmonisation Workbench"


def settings() -> QSettings:
    return QSettings("framework-workbench", "workbench")


def recent_list(store: QSettings) -> list[str]:
    """The workspaces opened lately (paths and team URLs), most recent first; nothing when the settings file
    holds something else under that name."""
    value = store.value("recent", [], list)
    return [str(item) for item in value] if isinstance(value, list) else []


LANGUAGES = {"system": QT_TRANSLATE_NOOP("Prefs", "Follow the system"), "en": "English", "sv": "Svenska"}
"""Each language named in itself, so a user who cannot read the current one still finds theirs."""
FONT_SCALES = (80, 200)  # per cent of the system font size
_AUTHOR_VARIABLE = "WORKBENCH_AUTHOR"
# What the environment said when the application started: used again when the preference is cleared.
LAUNCH_AUTHOR = os.environ.get(_AUTHOR_VARIABLE)
_BASE_POINT_SIZE = "workbench_base_point_size"

# The View → Theme menu stores the theme under "theme"; the dialog shares that key so both always agree.
KEYS = {
    "author": "preferences/author",
    "theme": "theme",
    "font_scale": "preferences/font_scale",
    "language": "preferences/language",
    "export_folder": "preferences/export_folder",
    "advance_after_decision": "preferences/advance_after_decision",
    "suggestion_floor": "preferences/suggestion_floor",
}
_LAST_EXPORT_FOLDER = "files/last_export_folder"
"""The folder the last output (export, workbook, minutes, template) was written to."""
SUGGESTION_FLOOR = 0.2
"""Suggestions scoring below this with no reason at all are not listed (a preference)."""


@dataclass(frozen=True)
class Preferences:
    author: str = ""
    """Recorded on decisions; empty: $WORKBENCH_AUTHOR as launched, else the login name."""
    theme: str = "system"
    font_scale: int = 100
    """Per cent of the system font size."""
    language: str = "system"
    """"system", "en" or "sv": installed at start (ui.translations); a change shows after a restart."""
    export_folder: str = ""
    """Where save dialogs start; empty: the user's documents folder."""
    advance_after_decision: bool = True
    """After a decision the mapper moves to the next unreviewed entry, as the workshop does."""
    suggestion_floor: float = SUGGESTION_FLOOR
    """Suggestions below this score are hidden unless the engine gives a reason for them."""


def _flag(value: object, default: bool) -> bool:
    # QSettings gives back "true"/"false" strings from an ini file and bools from the registry.
    if isinstance(value, str):
        return value.strip().lower() in ("true", "1", "yes")
    return bool(value) if value is not None else default


def _fraction(value: object, default: float) -> float:
    try:
        number = float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return default
    return min(max(number, 0.0), 1.0)


def load_preferences(store: QSettings | None = None) -> Preferences:
    store = store or settings()
    theme = str(store.value(KEYS["theme"], "system"))
    language = str(store.value(KEYS["language"], "system"))
    try:
        scale = int(store.value(KEYS["font_scale"], 100))  # type: ignore[call-overload]
    except (TypeError, ValueError):
        scale = 100
    return Preferences(
        author=str(store.value(KEYS["author"], "")).strip(),
        theme=theme if theme in THEMES else "system",
        font_scale=min(max(scale, FONT_SCALES[0]), FONT_SCALES[1]),
        language=language if language in LANGUAGES else "system",
        export_folder=str(store.value(KEYS["export_folder"], "")),
        advance_after_decision=_flag(store.value(KEYS["advance_after_decision"]), True),
        suggestion_floor=_fraction(store.value(KEYS["suggestion_floor"]), SUGGESTION_FLOOR),
    )


def author_configured() -> bool:
    """Whether decisions have a chosen author: the preference, or $WORKBENCH_AUTHOR as the application started.
    Without one the window asks once, rather than recording everyone silently as their login name."""
    return bool(load_preferences().author or (LAUNCH_AUTHOR or "").strip())


def remember_author(name: str) -> None:
    """Store `name` as the author preference and record decisions for it from now on."""
    preferences = load_preferences()
    chosen = Preferences(**{**preferences.__dict__, "author": name.strip()})
    save_preferences(chosen)
    apply_preferences(chosen)


def save_preferences(preferences: Preferences, store: QSettings | None = None) -> None:
    store = store or settings()
    if str(store.value(KEYS["export_folder"], "")) != preferences.export_folder:
        store.remove(_LAST_EXPORT_FOLDER)  # a newly chosen export folder is where the next output goes
    for field, key in KEYS.items():
        store.setValue(key, getattr(preferences, field))
    store.sync()


def apply_preferences(preferences: Preferences) -> None:
    if preferences.author:
        os.environ[_AUTHOR_VARIABLE] = preferences.author
    elif LAUNCH_AUTHOR is not None:
        os.environ[_AUTHOR_VARIABLE] = LAUNCH_AUTHOR
    else:
        os.environ.pop(_AUTHOR_VARIABLE, None)
    apply_theme(preferences.theme)
    apply_font_scale(preferences.font_scale)


def apply_font_scale(percent: int) -> None:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return
    # Scale from the size the application started with, so repeated changes never compound.
    base = app.property(_BASE_POINT_SIZE)
    if not isinstance(base, float):
        base = app.font().pointSizeF()
        app.setProperty(_BASE_POINT_SIZE, base)
    font = app.font()
    font.setPointSizeF(base * percent / 100)
    app.setFont(font)


def default_export_folder() -> str:
    """Where a save dialog for an output starts (Export…, Save workbook…, workshop minutes, the import template):
    the folder the last output went to while it exists, else the preference, else the documents folder."""
    last = str(settings().value(_LAST_EXPORT_FOLDER, "") or "")
    if last and Path(last).is_dir():
        return last
    folder = load_preferences().export_folder
    if folder and Path(folder).is_dir():
        return folder
    documents = Path.home() / "Documents"
    return str(documents if documents.is_dir() else Path.home())


def remember_export_folder(written: Path) -> None:
    """Remember the folder `written` went to, so every output's dialog starts there next time."""
    store = settings()
    store.setValue(_LAST_EXPORT_FOLDER, str(written.resolve().parent))
    store.sync()
