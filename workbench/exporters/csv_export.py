"""CSV: one file per table of the workbook (about, frameworks, glossary, processes, coverage, decisions, open
questions), then the tables for programs (mappings in SSSOM's column names, every entry).

- Encoding: UTF-8 with a byte-order mark. Excel opens a CSV without one in the machine's legacy code page and
  garbles "Störning"; with it, Excel, LibreOffice and Python's `utf-8-sig` all read the text as written.
- Cells that a spreadsheet could run as a formula (starting with `=`, `+`, `-`, `@`, tab or carriage return)
  get a leading apostrophe, the usual CSV defence (OWASP "CSV injection"): Excel shows the text and runs
  nothing. The workbook neutralises the same cells; a program reading the CSV sees the apostrophe.
- Output: a `.zip` archive when the path ends in `.zip`, otherwise a folder. Both are written beside the
  target under a temporary name and renamed into place, so a failed export leaves nothing half-written; an
  existing folder of the same name is replaced only once the new one is complete, and only when it holds
  nothing but an earlier export's unchanged files (its manifest says which: `workbench.exporters.destination`).
"""

from __future__ import annotations

import csv
import io
import os
import shutil
import tempfile
import zipfile
from pathlib import Path

from workbench.errors import WorkbenchError
from workbench.exporters.about import FRAMEWORK_CSV_COLUMNS, facts, framework_csv_rows
from workbench.exporters.destination import MANIFEST, check_folder, manifest_text
from workbench.exporters.tables import Cell, Column, Table, looks_like_formula
from workbench.exporters.view import build_view
from workbench.files import CANNOT_WRITE_HERE, NO_FOLDER, atomic_path, default_file_mode, write_failure
from workbench.memory import collector_paused
from workbench.messages import ENGLISH, Renderer, Template
from workbench.text import printable
from workbench.workspace import Workspace

A_FILE = Template("export.a-file", "{path}: is a file; give a folder name or a name ending in .zip")

BOM = "\ufeff"


def neutralised(value: Cell) -> str | float | int:
    if value is None:
        return ""
    if isinstance(value, str):
        value = printable(value)
        if looks_like_formula(value):
            return "'" + value
    return value


def csv_text(columns: list[str] | tuple[str, ...], rows: list[list[Cell]]) -> str:
    buffer = io.StringIO()
    buffer.write(BOM)
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow([neutralised(column) for column in columns])
    writer.writerows([neutralised(value) for value in row] for row in rows)
    return buffer.getvalue()


def csv_files(workspace: Workspace, renderer: Renderer = ENGLISH) -> list[tuple[str, str]]:
    """(file name, text) of every table, in the workbook's order; the people's tables in `renderer`'s language."""
    with collector_paused():  # tens of thousands of small values and no cycles among them (workbench.memory)
        view = build_view(workspace, renderer=renderer)
    tables = [
        Table("about", "About", "", [Column("Field"), Column("Value")], rows=[list(row) for row in facts(view)]),
        Table("frameworks", "Frameworks", "", [Column(name) for name in FRAMEWORK_CSV_COLUMNS],
              rows=framework_csv_rows(view)),
        *view.tables,
    ]
    return [(f"{table.key}.csv", csv_text(table.headings, table.rows)) for table in tables]


def export_csv(workspace: Workspace, path: Path, *, renderer: Renderer = ENGLISH) -> None:
    files = csv_files(workspace, renderer)
    if path.suffix.lower() == ".zip":
        with atomic_path(path) as temporary, zipfile.ZipFile(temporary, "w", zipfile.ZIP_DEFLATED) as archive:
            for name, text in files:
                archive.writestr(f"{path.stem}/{name}", text.encode("utf-8"))
        return
    _write_folder(path, files, workspace.path)


def _folder_mode() -> int:
    umask = os.umask(0)
    os.umask(umask)
    return 0o777 & ~umask


def _write_folder(path: Path, files: list[tuple[str, str]], workspace: Path | None = None) -> None:
    if path.exists() and not path.is_dir():
        raise WorkbenchError(A_FILE(path=str(path)))
    if not path.resolve().parent.is_dir():
        raise WorkbenchError(NO_FOLDER(path=str(path.parent)))
    check_folder(path, workspace)
    # Resolved: "." or "out/.." cannot be renamed, the folder they name can.
    path = path.resolve()
    contents = {name: text.encode("utf-8") for name, text in files}
    contents[MANIFEST] = manifest_text(contents).encode("utf-8")
    try:
        temporary = Path(tempfile.mkdtemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent))
    except OSError as error:
        raise WorkbenchError(CANNOT_WRITE_HERE(path=str(path), reason=error.strerror or str(error))) from error
    old: Path | None = None
    try:
        # mkdtemp makes a private folder; give it the permissions a plain mkdir would.
        temporary.chmod(_folder_mode())
        for name, data in contents.items():
            target = temporary / name
            with target.open("wb") as stream:
                stream.write(data)
                stream.flush()
                os.fsync(stream.fileno())
            target.chmod(default_file_mode())
        if path.exists():
            # A folder cannot be renamed over a non-empty one: move the old one aside first, then drop it.
            old = Path(tempfile.mkdtemp(prefix=f".{path.name}.", suffix=".old", dir=path.parent))
            old.rmdir()
            path.rename(old)
        try:
            temporary.rename(path)
        except OSError:
            if old is not None:
                old.rename(path)
            raise
    except OSError as error:
        shutil.rmtree(temporary, ignore_errors=True)
        raise WorkbenchError(write_failure(path, error)) from error
    except BaseException:
        shutil.rmtree(temporary, ignore_errors=True)
        raise
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)
