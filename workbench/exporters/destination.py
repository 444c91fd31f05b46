"""Where an export may be written: never onto the workspace, its journal or its backups, and never over a folder
holding anything but this export's own earlier output.

An export replaces its destination (atomically, but completely), so a slip of the hand such as
`-o ws.db` or `-o .` would otherwise destroy data. The rules:

- A file destination must not be the workspace (by identity, so a link or another spelling of the name counts),
  its SQLite companions (`-wal`, `-shm`, `-journal`), its lock file or its upgrade backups, nor any other SQLite
  database (a workspace kept under another name): no export writes SQLite.
- A folder destination (the CSV export) must be new, empty, or hold exactly what an earlier CSV export wrote
  there, as recorded in its manifest (`export-manifest.json`: each file's name and SHA-256). A file changed
  since, or any other file or folder, is refused by name, and so is a folder that holds the workspace at any
  depth.
"""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path

from workbench.errors import WorkbenchError
from workbench.messages import Template

MANIFEST = "export-manifest.json"
MANIFEST_FORMAT = "workbench-csv-export"
_SQLITE_HEADER = b"SQLite format 3\x00"
_COMPANIONS = ("-wal", "-shm", "-journal")

IS_WORKSPACE = Template("export.onto-workspace", "{path}: is the workspace itself; choose another file name")
IS_WORKSPACE_FILE = Template(
    "export.onto-workspace-file", "{path}: belongs to the workspace {workspace}; choose another file name"
)
IS_DATABASE = Template(
    "export.onto-database", "{path}: is a database (a workspace?); an export never replaces one, choose another name"
)
HOLDS_WORKSPACE = Template(
    "export.folder-holds-workspace", "{path}: holds the workspace {workspace}; choose an empty or new folder"
)
HOLDS_OTHER = Template(
    "export.folder-holds-other",
    "{path}: holds {name}, which no earlier export wrote there; choose an empty or new folder",
)
CHANGED = Template(
    "export.folder-file-changed",
    "{path}: {name} was changed after the export wrote it; move it away or choose another folder",
)
UNREADABLE = Template("export.folder-unreadable", "{path}: cannot look inside the folder ({reason})")


def _same(first: Path, second: Path) -> bool:
    try:
        return first.samefile(second)
    except OSError:
        return False


def _backup_pattern(workspace: Path) -> re.Pattern[str]:
    """The names `workbench.store.database` gives its upgrade backups: STEM.backup-schemaREV-STAMP.SUFFIX."""
    return re.compile(
        re.escape(workspace.stem.casefold()) + r"\.backup-schema.+" + re.escape(workspace.suffix.casefold()) + "$"
    )


def _workspace_part(path: Path, workspace: Path) -> str | None:
    """Why `path` is the workspace or one of its files, or None."""
    if _same(path, workspace):
        return "self"
    if path.parent != workspace.parent and not _same(path.parent, workspace.parent):
        return None
    name, own = path.name.casefold(), workspace.name.casefold()
    # Names compared case-folded: on Windows and macOS "WS.DB-WAL" is the same file as "ws.db-wal".
    if name == own:
        return "self"
    companions = {own + suffix for suffix in _COMPANIONS} | {f".{own}.lock"}  # the window lock (window_lock.py)
    if name in companions or _backup_pattern(workspace).match(name):
        return "part"
    return None


def check_file(path: Path, workspace: Path) -> None:
    """Refuse a file destination that is the workspace, one of its files, or any SQLite database."""
    target, home = path.resolve(), workspace.resolve()
    part = _workspace_part(target, home)
    if part == "self":
        raise WorkbenchError(IS_WORKSPACE(path=str(path)))
    if part == "part":
        raise WorkbenchError(IS_WORKSPACE_FILE(path=str(path), workspace=str(workspace)))
    if target.is_file():
        try:
            with target.open("rb") as handle:
                header = handle.read(len(_SQLITE_HEADER))
        except OSError:
            return  # unreadable: writing it will say why
        if header == _SQLITE_HEADER:
            raise WorkbenchError(IS_DATABASE(path=str(path)))


def digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def manifest_text(files: dict[str, bytes]) -> str:
    """The manifest an export writes beside its files: what it wrote, so the next export may replace it."""
    document = {"format": MANIFEST_FORMAT, "version": 1, "files": {name: digest(data) for name, data in files.items()}}
    return json.dumps(document, indent=1, sort_keys=True) + "\n"


def _recorded(folder: Path) -> dict[str, str]:
    """name -> digest from the folder's manifest; empty when there is none or it is not ours."""
    try:
        document = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    if not isinstance(document, dict) or document.get("format") != MANIFEST_FORMAT:
        return {}
    files = document.get("files")
    if not isinstance(files, dict):
        return {}
    return {name: value for name, value in files.items() if isinstance(name, str) and isinstance(value, str)}


def check_folder(path: Path, workspace: Path | None) -> None:
    """Refuse a folder destination holding anything but an earlier export's unchanged files (see the module)."""
    target = path.resolve()
    if workspace is not None:
        home = workspace.resolve()
        part = _workspace_part(target, home)
        if part is not None:
            raise WorkbenchError(IS_WORKSPACE_FILE(path=str(path), workspace=str(workspace)))
        if target in home.parents:
            raise WorkbenchError(HOLDS_WORKSPACE(path=str(path), workspace=str(workspace)))
    if not target.is_dir():
        return
    try:
        children = sorted(target.iterdir())
    except OSError as error:
        raise WorkbenchError(UNREADABLE(path=str(path), reason=error.strerror or str(error))) from error
    recorded = _recorded(target)
    for child in children:
        if child.name == MANIFEST and recorded:
            continue
        if child.name not in recorded or child.is_symlink() or not child.is_file():
            raise WorkbenchError(HOLDS_OTHER(path=str(path), name=child.name))
        try:
            unchanged = digest(child.read_bytes()) == recorded[child.name]
        except OSError:
            unchanged = False
        if not unchanged:
            raise WorkbenchError(CHANGED(path=str(path), name=child.name))
