"""Compile the interface translations: resources/translations/workbench_<lang>.ts -> .qm (pyside6-lrelease).

    .venv/bin/python scripts/compile_translations.py            # compile every .ts next to it
    .venv/bin/python scripts/compile_translations.py --update   # first re-extract texts from ui/ (pyside6-lupdate)
                                                                # and every template of the core (workbench.messages)

The compiled .qm files are committed too (a plain `pip install .` has no build step); tests/test_ui_translations.py
fails when a committed .qm differs from what this script makes. After --update, translate the new messages in the
.ts (Qt Linguist, or by hand: remove type="unfinished" once a <translation> is written) and compile again.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FOLDER = ROOT / "resources" / "translations"


def tool(name: str) -> str:
    """A PySide6 tool: next to this Python first (the virtual environment), else on PATH."""
    beside = Path(sys.executable).parent / name
    found = str(beside) if beside.exists() else shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} not found: install PySide6 in this environment")
    return found


def source_files(root: Path = ROOT) -> list[str]:
    return [str(path) for path in sorted((root / "ui").rglob("*.py"))]


def core_texts() -> str:
    """The core's message templates and vocabulary words as translate() calls that pyside6-lupdate reads (it
    cannot import the core): context "Core" with the template's code as disambiguation, "Words" with the
    vocabulary's name, as ui/messages.py looks them up."""
    sys.path.insert(0, str(ROOT))
    from ui.messages import CORE_CONTEXT, WORDS_CONTEXT
    from workbench.messages import VOCABULARIES, all_templates

    lines = ["from PySide6.QtCore import QCoreApplication", "translate = QCoreApplication.translate"]
    for code, template in all_templates().items():
        lines.append(f"translate({CORE_CONTEXT!r}, {template.english!r}, {code!r})")
    for vocabulary, words in VOCABULARIES.items():
        lines += [f"translate({WORDS_CONTEXT!r}, {word!r}, {vocabulary!r})" for word in words.values()]
    return "\n".join(lines) + "\n"


def update(ts: Path, root: Path = ROOT) -> None:
    """Re-extract the texts of ui/ and of the core's messages into `ts`, keeping the translations already there."""
    language = ts.stem.rpartition("_")[2]
    with tempfile.TemporaryDirectory() as folder:
        core = Path(folder) / "core_messages.py"
        core.write_text(core_texts(), encoding="utf-8")
        subprocess.run([tool("pyside6-lupdate"), *source_files(root), str(core), "-ts", str(ts), "-source-language",
                        "en", "-target-language", language, "-no-obsolete", "-locations", "none", "-silent"],
                       check=True)


def compile_ts(ts: Path, qm: Path) -> None:
    subprocess.run([tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--update", action="store_true", help="re-extract texts from ui/ into the .ts files first")
    args = parser.parse_args(argv)
    for ts in sorted(FOLDER.glob("workbench_*.ts")):
        if args.update:
            update(ts)
        compile_ts(ts, ts.with_suffix(".qm"))
        print(f"{ts.relative_to(ROOT)} -> {ts.with_suffix('.qm').name}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
