"""A team workspace on PostgreSQL (issue 22): a URL wherever a workspace is accepted, the same migrations,
many writers at once, the database's roles deciding who may write, one-line connection errors."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import create_engine

from tests.postgres_server import Server
from workbench.catalogue import bundled_framework
from workbench.cli import main
from workbench.domain import FrameworkData, Predicate, Ref
from workbench.errors import WorkbenchError
from workbench.store import database, locations
from workbench.store.decisions import DecisionChangedError
from workbench.store.models import Base
from workbench.store.watch import LISTEN_SLICE
from workbench.workspace import Workspace

CLI = [sys.executable, "-m", "workbench.cli"]


def _cli(*argv: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*CLI, *argv], capture_output=True, text=True, check=False, timeout=300,
                          env={**os.environ, **(env or {})})


def test_init_on_a_url_builds_the_schema_of_every_migration(postgres_database: str,
                                                            mini_frameworks: list[FrameworkData]) -> None:
    assert main(["init", postgres_database, "--empty"]) == 0
    with Workspace.open(postgres_database) as workspace:
        assert workspace.on_server and workspace.location == postgres_database
        assert workspace.path.name == postgres_database.rsplit("/", 1)[1]  # what exports name files after
        assert workspace.frameworks() == []
    engine = create_engine(postgres_database.replace("postgresql://", "postgresql+psycopg://"))
    with engine.connect() as connection:
        assert connection.exec_driver_sql("SELECT version_num FROM alembic_version").scalar() == \
            database.head_revision()
        differences = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    engine.dispose()
    # SQLite's stamp counter is not needed where a sequence draws stamps; the `written` order columns are
    # PostgreSQL's stand-in for SQLite's rowid (revision 0007). Nothing else may differ.
    remaining = [d for d in differences if not (d[0] == "add_table" and d[1].name == "version_counter")
                 and not (d[0] == "remove_column" and d[3].name == "written")]
    assert remaining == []


def test_init_refuses_a_database_holding_a_workspace_or_another_programs_tables(
        postgres_server: Server, postgres_database: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["init", postgres_database, "--empty"]) == 0
    capsys.readouterr()
    assert main(["init", postgres_database, "--empty"]) == 1
    assert capsys.readouterr().err == f"workbench: error: {postgres_database}: already holds a workspace; use " \
                                      "--force to replace it\n"
    assert main(["init", postgres_database, "--frameworks", "itil4", "--force"]) == 0
    other = postgres_server.new_database()
    postgres_server.execute("CREATE TABLE invoices (id int)", database=other)
    assert main(["init", postgres_server.url(other), "--force"]) == 1
    assert "not a workbench workspace (the database holds tables of another program: invoices)" in \
        capsys.readouterr().err
    assert main(["check", postgres_server.url(other)]) == 1


def test_init_by_a_role_that_may_not_create_tables_says_who_may(postgres_server: Server, postgres_database: str,
                                                                 capsys: pytest.CaptureFixture[str]) -> None:
    name = postgres_database.rsplit("/", 1)[1]
    role = f"editor_{name}"
    postgres_server.add_role(role, "editing")
    postgres_server.execute(f"GRANT CONNECT ON DATABASE {name} TO {role}", f"GRANT USAGE ON SCHEMA public TO {role}",
                            database=name)
    assert main(["init", postgres_server.url(name, role), "--empty"]) == 1
    assert capsys.readouterr().err == (
        f"workbench: error: {postgres_server.url(name, role)}: your role may not create tables in this database; "
        "run init as the database's owner (or have it grant CREATE on the schema)\n")


def test_a_workspace_of_an_older_schema_is_upgraded_in_one_transaction(postgres_server: Server,
                                                                       postgres_database: str) -> None:
    engine = create_engine(postgres_database.replace("postgresql://", "postgresql+psycopg://"))
    database._upgrade(engine, "0006")
    with engine.begin() as connection:
        connection.exec_driver_sql("INSERT INTO framework (key, name, edition, publisher, language, languages, "
                                   "attribution, licence, description, origin, created) VALUES ('old', 'Old', '', "
                                   "'', 'en', '[]', '', '', '', 'user', now())")
    engine.dispose()
    with Workspace.open(postgres_database) as workspace:
        assert workspace.upgraded_from == "0006" and workspace.backup is None
        assert [record.key for record in workspace.frameworks()] == ["old"]


def test_connection_errors_are_one_line_each(postgres_server: Server, capsys: pytest.CaptureFixture[str]) -> None:
    port = postgres_server.port
    cases = {
        f"postgresql://workbench_admin@127.0.0.1:{port}/nowhere": "the server has no database 'nowhere'",
        f"postgresql://stranger@127.0.0.1:{port}/postgres": "the server asks for a password",
        f"postgresql://workbench_admin:wrong@127.0.0.1:{port}/postgres": "the server refused the password of "
                                                                         "'workbench_admin'",
        "postgresql://workbench_admin@127.0.0.1:1/postgres": "cannot reach the database server",
        # Through the server's socket, where it trusts every local role: the role is looked up at once.
        f"postgresql:///postgres?host={postgres_server.folder}&port={port}&user=nobody_here":
            "the server has no role (user) 'nobody_here'",
        "postgresql://": "is not a database URL",
    }
    for url, expected in cases.items():
        assert main(["check", url]) == 1
        err = capsys.readouterr().err
        assert err.count("\n") == 1 and expected in err and "Traceback" not in err, err
        assert "wrong" not in err  # a password given in the URL is never repeated


def test_four_command_line_writers_at_once_lose_no_decision(postgres_database: str) -> None:
    """Four processes run `workbench map` 45 times each at once: 40 pairs of their own (160 in all) and 5 pairs
    every writer decides. Every decision is there, each shared pair holds one writer's, and no process failed."""
    with Workspace.create(postgres_database, [bundled_framework("itil4"), bundled_framework("safe")]) as workspace:
        itil = [entry.ref for entry in workspace.entries("itil4")][:40]
        safe = [entry.ref for entry in workspace.entries("safe")][:5]
    own = {number: [(itil[n], safe[number]) for n in range(40)] for number in range(4)}
    shared = [(itil[n], safe[4]) for n in range(5)]
    script = (
        "import sys\nfrom workbench.cli import main\n"
        "url, writer, pairs = sys.argv[1], sys.argv[2], sys.argv[3:]\n"
        "for pair in pairs:\n"
        "    subject, obj = pair.split('|')\n"
        "    if main(['map', url, subject, 'related', obj, '--author', writer]) != 0:\n"
        "        sys.exit(1)\n"
    )
    writers = []
    for number in range(4):
        argv = [f"{a}|{b}" for a, b in own[number][:20] + shared + own[number][20:]]
        writers.append(subprocess.Popen([sys.executable, "-c", script, postgres_database, f"writer{number}", *argv],
                                        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True))
    for writer in writers:
        out, err = writer.communicate(timeout=300)
        assert writer.returncode == 0 and err == "", err
        assert out.count("\n") == 45
    with Workspace.open(postgres_database) as workspace:
        decided = {(m.subject, m.object): m for m in workspace.mappings()}
        versions = [m.version for m in decided.values()]
    for number in range(4):
        assert all(decided[pair].author == f"writer{number}" for pair in own[number])
    assert set(decided) == {pair for pairs in own.values() for pair in pairs} | set(shared)
    assert len(decided) == 165 and len(set(versions)) == 165


def test_a_select_only_role_reads_checks_and_exports_but_a_change_is_refused_in_one_line(
        postgres_server: Server, postgres_database: str, tmp_path: Path, mini_frameworks: list[FrameworkData],
        capsys: pytest.CaptureFixture[str]) -> None:
    with Workspace.create(postgres_database, mini_frameworks) as workspace:
        workspace.add_mapping("alpha:incident", "close", "beta:storning")
    name = postgres_database.rsplit("/", 1)[1]
    role = f"reader_{name}"
    postgres_server.add_role(role, "reading")
    postgres_server.execute(f"GRANT CONNECT ON DATABASE {name} TO {role}", f"GRANT USAGE ON SCHEMA public TO {role}",
                            f"GRANT SELECT ON ALL TABLES IN SCHEMA public TO {role}", database=name)
    reader = postgres_server.url(name, role)
    assert main(["check", reader]) == 0
    assert main(["export", reader, "--format", "json", "-o", str(tmp_path / "out.json")]) == 0
    capsys.readouterr()
    assert main(["map", reader, "alpha:incident", "exact", "beta:storning"]) == 1
    assert capsys.readouterr().err == (
        f"workbench: error: {reader}: the workspace is open read-only (your database role may only read it; its "
        "owner can grant you the editor's rights (README: Team workspace)); nothing was changed\n")
    with Workspace.open(reader) as workspace:
        assert workspace.read_only == "role"
        with pytest.raises(WorkbenchError, match="open read-only"):
            workspace.remove_mapping("alpha:incident", "beta:storning")
        assert workspace.mapping_between("alpha:incident", "beta:storning") is not None


def test_an_editor_role_with_the_readme_grants_can_decide(postgres_server: Server, postgres_database: str,
                                                          mini_frameworks: list[FrameworkData]) -> None:
    Workspace.create(postgres_database, mini_frameworks).close()
    name = postgres_database.rsplit("/", 1)[1]
    role = f"editor_{name}"
    postgres_server.add_role(role, "editing")
    postgres_server.execute(*_readme_grants("editor", name, role), database=name)
    with Workspace.open(postgres_server.url(name, role)) as workspace:
        assert workspace.read_only is None
        assert workspace.add_mapping("alpha:incident", "exact", "beta:storning").author == "Test Author"


def _readme_grants(kind: str, database_name: str, role: str) -> list[str]:
    """The GRANT statements README.md gives for an editor or a reader, for `role` on `database_name`."""
    readme = (Path(__file__).parents[1] / "README.md").read_text(encoding="utf-8")
    block = readme.split(f"<!-- grants: {kind} -->", 1)[1].split("```sql", 1)[1].split("```", 1)[0]
    text = block.replace("team_db", database_name).replace(kind, role)
    return [statement.strip() for statement in text.split(";") if statement.strip()
            and not statement.strip().startswith("--")]


def test_a_decision_changed_since_it_was_shown_is_never_overwritten(workspace: Workspace) -> None:
    shown = workspace.add_mapping("alpha:incident", "close", "beta:storning", author="Me")
    theirs = workspace.add_mapping("alpha:incident", "broader", "beta:storning", author="Kim")
    assert theirs.version != shown.version
    with pytest.raises(DecisionChangedError, match=r"changed by Kim at .* \(now: broader\); nothing was recorded") \
            as raised:
        workspace.add_mapping("alpha:incident", "exact", "beta:storning", author="Me", expected=shown)
    assert raised.value.current is not None and raised.value.current.author == "Kim"
    assert workspace.mapping_between("alpha:incident", "beta:storning").predicate is Predicate.BROADER
    mine = workspace.add_mapping("alpha:incident", "exact", "beta:storning", author="Me", expected=theirs)
    assert mine.predicate is Predicate.EXACT
    # Removed and decided again: another stamp, so an old view of the pair still fails.
    workspace.remove_mapping("alpha:incident", "beta:storning")
    again = workspace.add_mapping("alpha:incident", "exact", "beta:storning", author="Kim", expected=None)
    assert again.version not in (shown.version, theirs.version, mine.version)
    with pytest.raises(DecisionChangedError):
        workspace.add_mapping("alpha:incident", "close", "beta:storning", expected=mine)
    with pytest.raises(DecisionChangedError):
        workspace.add_mapping("alpha:incident", "close", "beta:storning", expected=None)  # shown as undecided
    with pytest.raises(DecisionChangedError, match="changed by Kim"):
        workspace.set_rationale(Ref("alpha", "incident"), Ref("beta", "storning"), "why", expected=mine)


def test_undo_and_delete_put_a_pair_back_only_while_it_holds_what_was_shown(workspace: Workspace) -> None:
    a, b = Ref("alpha", "incident"), Ref("beta", "storning")
    mine = workspace.add_mapping(a, "close", b, author="Me")
    # Undo: back to no decision, only while the pair holds mine; the result is what the next check expects.
    held = workspace.restore_pair(a, b, [], expected=[mine])
    assert held == [] and workspace.mapping_between(a, b) is None
    [redone] = workspace.restore_pair(a, b, [mine], expected=held)
    assert redone.predicate is Predicate.CLOSE and redone.version != mine.version
    theirs = workspace.add_mapping(a, "narrower", b, author="Kim")
    with pytest.raises(DecisionChangedError, match="changed by Kim"):
        workspace.restore_pair(a, b, [], expected=[redone])
    with pytest.raises(DecisionChangedError, match="changed by Kim"):
        workspace.remove_mapping(a, b, expected=redone)
    with pytest.raises(DecisionChangedError, match="changed by Kim"):
        workspace.restore_mapping(mine, expected=None)  # undo of a delete, when the pair was decided since
    assert workspace.mapping_between(a, b) == theirs
    # Put back as a new row under a new stamp, a decision still counts as the one shown: what it says is the same.
    workspace.remove_mapping(a, b, expected=theirs)
    back = workspace.restore_mapping(theirs, expected=None)
    assert back.version != theirs.version
    [again] = workspace.restore_pair(a, b, [mine], expected=[theirs])
    assert again.author == "Me"
    workspace.remove_mapping(a, b)  # a colleague removes it
    with pytest.raises(DecisionChangedError, match="removed since"):
        workspace.remove_mapping(a, b, expected=again)


def test_a_decision_shown_the_other_way_round_is_checked_too(workspace: Workspace) -> None:
    shown = workspace.add_mapping("beta:storning", "close", "alpha:incident")
    recorded = workspace.add_mapping("alpha:incident", "exact", "beta:storning", replace_reverse=True, expected=shown)
    assert [(m.subject, m.object) for m in workspace.mappings()] == [(recorded.subject, recorded.object)]
    workspace.add_mapping("beta:storning", "related", "alpha:incident")  # someone decides the reverse meanwhile
    with pytest.raises(DecisionChangedError):
        workspace.add_mapping("alpha:incident", "close", "beta:storning", replace_reverse=True, expected=recorded)


def test_open_windows_hear_of_others_changes_but_not_of_their_own(workspace: Workspace) -> None:
    watch = workspace.watch_changes()
    assert watch is not None
    try:
        assert not watch.changed()
        workspace.add_mapping("alpha:incident", "close", "beta:storning")
        watch.own_write()
        time.sleep(4 * LISTEN_SLICE)  # a database's watch hears notices in a thread: time for our own to arrive
        assert not watch.changed()
        with Workspace.open(workspace.location) as colleague:
            colleague.add_mapping("alpha:incident", "exact", "beta:storning")
        deadline = time.monotonic() + 30
        while not watch.changed():
            assert time.monotonic() < deadline, "the colleague's change was never heard of"
            time.sleep(0.05)
        assert not watch.changed()
    finally:
        watch.close()


def test_the_url_shown_and_kept_never_holds_the_password() -> None:
    assert locations.display("postgresql://anna:secret@db.example:5433/team?sslmode=require") == \
        "postgresql://anna@db.example:5433/team?sslmode=require"
    assert locations.is_url("postgresql://anna@db/team") and not locations.is_url(Path("postgresql://x"))
    assert not locations.is_url("team.workbench")
    assert locations.stand_in_path("postgresql://anna@db/team?sslmode=require").stem == "team"  # export names
