"""Workspace files on disk: older schemas are upgraded with a backup; anything else is refused untouched."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from workbench.domain import FrameworkData, Predicate, Ref
from workbench.store.database import WorkspaceFileError, head_revision, make_engine
from workbench.store.models import Base
from workbench.workspace import Workspace

DATA = Path(__file__).parent / "data"


def snapshot(folder: Path) -> dict[str, str]:
    """Every file in the folder with a digest of its content."""
    return {path.name: hashlib.sha256(path.read_bytes()).hexdigest() for path in sorted(folder.iterdir())}


def refuse(path: Path, message: str) -> None:
    before = snapshot(path.parent)
    with pytest.raises(WorkspaceFileError, match=message):
        Workspace.open(path)
    assert snapshot(path.parent) == before, "refusing a file must not change or add anything"


def test_a_workspace_of_the_first_schema_is_upgraded_after_a_backup(tmp_path: Path) -> None:
    old = tmp_path / "old.db"
    shutil.copy(DATA / "schema0001.db", old)
    original = hashlib.sha256(old.read_bytes()).hexdigest()
    with Workspace.open(old) as workspace:
        assert workspace.upgraded_from == "0001"
        assert workspace.backup is not None and workspace.backup.parent == tmp_path
        (mapping,) = workspace.mappings()
        assert (mapping.subject, mapping.predicate, mapping.object) == (
            Ref("old", "change"), Predicate.RELATED, Ref("old", "release"))
        assert (mapping.author, mapping.comment, mapping.confidence) == (
            "Migration Tester", "kept across the upgrade", 0.9)
        assert workspace.entry("old:change").alt_labels == ("Modification",)
        assert workspace.unified_snapshot().concepts == ()
    backup = sqlite3.connect(workspace.backup)
    assert backup.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
    assert backup.execute("SELECT count(*) FROM mapping").fetchone() == (1,)
    backup.close()
    assert hashlib.sha256((DATA / "schema0001.db").read_bytes()).hexdigest() == original
    with Workspace.open(old) as again:
        assert again.upgraded_from is None


def test_the_orm_classes_and_the_migrations_describe_the_same_schema(tmp_path: Path, mini_frameworks) -> None:
    Workspace.create(tmp_path / "ws.db", mini_frameworks).close()
    engine = make_engine(tmp_path / "ws.db")
    with engine.connect() as connection:
        differences = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    engine.dispose()
    assert differences == []


def test_a_file_from_a_newer_workbench_is_refused(tmp_path: Path, mini_frameworks: list[FrameworkData]) -> None:
    path = tmp_path / "future.db"
    Workspace.create(path, mini_frameworks).close()
    connection = sqlite3.connect(path)
    with connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999'")
    connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    connection.close()
    refuse(path, "made by a newer version of the workbench \\(schema 9999\\)")


def test_another_programs_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite"
    connection = sqlite3.connect(path)
    with connection:
        connection.execute("CREATE TABLE notes (text TEXT)")
    connection.close()
    refuse(path, "not a workbench workspace \\(a SQLite database of another program\\)")


def test_a_text_file_and_an_empty_file_are_refused(tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("hello\n")
    refuse(tmp_path / "notes.txt", "not a workbench workspace \\(it is not a SQLite database\\)")
    (tmp_path / "empty.db").write_bytes(b"")
    refuse(tmp_path / "empty.db", "not a workbench workspace")


def test_a_damaged_workspace_is_refused(tmp_path: Path, mini_frameworks: list[FrameworkData]) -> None:
    path = tmp_path / "damaged.db"
    Workspace.create(path, mini_frameworks).close()
    content = bytearray(path.read_bytes())
    page = 4096
    content[page : page * 3] = b"\x5a" * (page * 2)  # overwrite two pages of tables with noise
    path.write_bytes(bytes(content))
    refuse(path, "damaged")


def test_a_truncated_workspace_is_refused(tmp_path: Path, mini_frameworks: list[FrameworkData]) -> None:
    path = tmp_path / "cut.db"
    Workspace.create(path, mini_frameworks).close()
    path.write_bytes(path.read_bytes()[: 4096 * 3])
    refuse(path, "damaged")


def test_missing_files_and_folders_are_named(tmp_path: Path) -> None:
    with pytest.raises(WorkspaceFileError, match=r"nowhere\.db: no such workspace"):
        Workspace.open(tmp_path / "nowhere.db")
    with pytest.raises(WorkspaceFileError, match="is a folder"):
        Workspace.open(tmp_path)


@pytest.mark.file_only
def test_new_workspaces_are_at_the_newest_schema(workspace: Workspace) -> None:
    connection = sqlite3.connect(workspace.path)
    assert connection.execute("SELECT version_num FROM alembic_version").fetchone() == (head_revision(),)
    assert connection.execute("PRAGMA journal_mode").fetchone() == ("wal",)
    connection.close()
