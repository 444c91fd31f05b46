"""Screenshot of the welcome panel as a first run shows it, in the interface language asked for.

    xvfb-run -a -s '-screen 0 1600x1000x24' .venv/bin/python \
        scripts/welcome_screenshot.py docs/screenshots --language sv

Writes FOLDER/welcome-<language>.png (FOLDER/welcome.png without --language: the system's language).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

# A first run on a clean machine: empty settings and data folders, never the real ones.
_HOME = Path(tempfile.mkdtemp(prefix="workbench-welcome-shot-"))
for _variable in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
    os.environ[_variable] = str(_HOME / _variable.lower())

from PySide6.QtCore import QTimer  # noqa: E402 (after the folders are set)
from PySide6.QtWidgets import QApplication  # noqa: E402 (after the folders are set)

import ui.app  # noqa: E402 (after the folders are set)
from ui.main_window import MainWindow  # noqa: E402 (after the folders are set)
from ui.preferences import KEYS  # noqa: E402 (after the folders are set)
from ui.settings import settings  # noqa: E402
from ui.welcome import WelcomePanel  # noqa: E402 (after the folders are set)


def main(folder: Path, language: str | None = None) -> int:
    folder.mkdir(parents=True, exist_ok=True)
    app = QApplication(sys.argv[:1])
    target = folder / (f"welcome-{language}.png" if language else "welcome.png")
    if language:
        settings().setValue(KEYS["language"], language)  # the preference, as the Preferences dialog stores it

    def capture() -> None:
        windows = [w for w in app.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
        if not windows or not isinstance(windows[0].tabs.currentWidget(), WelcomePanel):
            QTimer.singleShot(50, capture)
            return
        window = windows[0]
        window.resize(1600, 1000)
        QTimer.singleShot(600, lambda: (window.grab().save(str(target)), print(f"wrote {target}"), window.close()))

    QTimer.singleShot(0, capture)
    return ui.app.main(None)  # the real start-up: creates the demo workspace and opens the welcome panel


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", type=Path, default=Path("docs/screenshots"))
    parser.add_argument("--language", choices=("en", "sv"), help="interface language (default: the system's)")
    arguments = parser.parse_args()
    raise SystemExit(main(arguments.folder, arguments.language))
