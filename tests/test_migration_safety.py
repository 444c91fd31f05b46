"""Upgrading an older workspace never risks it: the upgrade runs on a copy that replaces the file only when
complete, so a failed upgrade, or the process killed halfway, leaves the file byte for byte as it was, with a
usable backup beside it."""

from __future__ import annotations

import hashlib
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import Engine

from workbench.domain import Predicate, Ref
from workbench.store import database
from workbench.store.database import WorkspaceFileError
from workbench.workspace import Workspace

OLD = Path(__file__).parent / "data" / "schema0001.db"


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def files(folder: Path) -> list[str]:
    return sorted(path.name for path in folder.iterdir())


def assert_old_content(path: Path) -> None:
    """The fixture's one decision, read through a fresh upgrade of `path` (copied, so `path` stays as it is)."""
    copy = path.with_name("check-" + path.name)
    shutil.copy(path, copy)
    with Workspace.open(copy) as workspace:
        (mapping,) = workspace.mappings()
        assert (mapping.subject, mapping.predicate, mapping.object) == (
            Ref("old", "change"), Predicate.RELATED, Ref("old", "release"))
        assert mapping.comment == "kept across the upgrade"


def test_a_failed_upgrade_leaves_the_file_byte_identical_with_a_usable_backup(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "old.db"
    shutil.copy(OLD, path)
    before = digest(path)

    def half_then_fail(engine: Engine, target: str = "head") -> None:
        config = database.alembic_config()
        with engine.begin() as connection:
            config.attributes["connection"] = connection
            command.upgrade(config, "0002")  # real schema changes on the way ...
        raise RuntimeError("the next step broke")  # ... then a failure

    monkeypatch.setattr(database, "_upgrade", half_then_fail)
    with pytest.raises(WorkspaceFileError) as raised:
        Workspace.open(path)
    message = str(raised.value)
    assert "upgrading from schema 0001 failed (the next step broke); the file is unchanged" in message
    assert digest(path) == before
    (backup,) = [name for name in files(tmp_path) if ".backup-schema0001-" in name]
    assert files(tmp_path) == sorted(["old.db", backup]), "no temporary copy, -wal or -shm is left"
    assert backup in message
    monkeypatch.undo()
    assert_old_content(tmp_path / backup)
    assert_old_content(path)


KILLED_UPGRADE = textwrap.dedent("""
    import os, signal, sys
    from workbench.store import database
    real = database.{target}

    def killed(*args, **kwargs):
        if {after}:
            real(*args, **kwargs)
        os.kill(os.getpid(), signal.SIGKILL)

    database.{target} = killed
    from workbench.workspace import Workspace
    Workspace.open(sys.argv[1])
""")


@pytest.mark.parametrize(("target", "after"), [
    ("_backup", False),          # before anything is copied
    ("_upgrade", False),         # the copy made, the migration not run
    ("_upgrade", True),          # the copy migrated, not yet in place
    ("_fsync", True),            # the copy on disk, the rename next
])
def test_a_process_killed_during_an_upgrade_leaves_the_file_intact(tmp_path: Path, target: str,
                                                                   after: bool) -> None:
    path = tmp_path / "old.db"
    shutil.copy(OLD, path)
    before = digest(path)
    script = KILLED_UPGRADE.format(target=target, after=after)
    result = subprocess.run([sys.executable, "-c", script, str(path)], capture_output=True, check=False, timeout=120)
    assert result.returncode == -9, result.stderr
    assert digest(path) == before
    with Workspace.open(path) as workspace:
        assert workspace.upgraded_from == "0001"
        assert workspace.mappings()[0].comment == "kept across the upgrade"


def test_a_journal_left_by_a_crash_is_kept_through_the_upgrade(tmp_path: Path) -> None:
    """An older workspace whose last changes are still in its -wal (the program was killed): the upgrade folds
    them in first, so they are neither lost nor replayed onto the upgraded file."""
    crashed = tmp_path / "crashed.db"
    shutil.copy(OLD, crashed)
    script = textwrap.dedent("""
        import os, signal, sqlite3, sys
        writer = sqlite3.connect(sys.argv[1])
        writer.execute("PRAGMA journal_mode=WAL")
        writer.execute("PRAGMA wal_autocheckpoint=0")
        with writer:
            writer.execute("UPDATE mapping SET comment = 'changed just before the crash'")
        os.kill(os.getpid(), signal.SIGKILL)
    """)
    result = subprocess.run([sys.executable, "-c", script, str(crashed)], capture_output=True, check=False)
    assert result.returncode == -9
    assert (tmp_path / "crashed.db-wal").stat().st_size > 0
    with Workspace.open(crashed) as workspace:
        assert workspace.upgraded_from == "0001"
        assert workspace.mappings()[0].comment == "changed just before the crash"
    with Workspace.open(crashed) as again:
        assert again.mappings()[0].comment == "changed just before the crash"
