"""A throwaway PostgreSQL server for the tests: one cluster per test session, in a temporary folder, on a free port
of 127.0.0.1, gone when the session ends.

It needs the server's binaries (initdb, pg_ctl): Debian's `postgresql` package puts them in
/usr/lib/postgresql/<version>/bin (.ci/run installs it); $WORKBENCH_PG_BIN may name another folder. The server
refuses to run as root: as root the cluster runs as the `postgres` user that package creates. Without binaries
the tests that need a server skip and say how to install one.

Connections use password authentication over TCP, the password in a passfile ($PGPASSFILE) as a user would keep
it, so no URL in a test carries a password.
"""

from __future__ import annotations

import contextlib
import itertools
import os
import pwd
import secrets
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path

import psycopg

INSTALL_HINT = (
    "no PostgreSQL server to test with: install one (Debian/Ubuntu: apt-get install postgresql) or set "
    "WORKBENCH_PG_BIN to the folder holding initdb and pg_ctl"
)
SUPERUSER = "workbench_admin"
HOST = "127.0.0.1"


def find_binaries() -> Path | None:
    configured = os.environ.get("WORKBENCH_PG_BIN")
    candidates = [Path(configured)] if configured else []
    found = shutil.which("pg_ctl")
    if found:
        candidates.append(Path(found).resolve().parent)
    candidates += sorted(Path("/usr/lib/postgresql").glob("*/bin"), key=lambda p: p.parent.name, reverse=True)
    for folder in candidates:
        if (folder / "initdb").exists() and (folder / "pg_ctl").exists():
            return folder
    return None


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind((HOST, 0))
        port: int = probe.getsockname()[1]
        return port


class Server:
    """A running cluster; `url(database, user)` names a database on it, `execute` runs SQL as the superuser."""

    def __init__(self, folder: Path, bindir: Path, run_as: str | None) -> None:
        self.folder = folder
        self.bindir = bindir
        self.run_as = run_as
        self.port = 0
        self.passfile = folder / "pgpass"
        self._names = itertools.count(1)

    def _run(self, *command: str) -> subprocess.CompletedProcess[str]:
        prefix = ["runuser", "-u", self.run_as, "--"] if self.run_as else []
        return subprocess.run([*prefix, *command], capture_output=True, text=True, check=False, timeout=120)

    def start(self) -> None:
        password = secrets.token_hex(16)
        data = self.folder / "data"
        pwfile = self.folder / "pw"
        pwfile.write_text(password)
        if self.run_as:
            account = pwd.getpwnam(self.run_as)
            for path in (self.folder, pwfile):
                os.chown(path, account.pw_uid, account.pw_gid)
        done = self._run(str(self.bindir / "initdb"), "-D", str(data), "-U", SUPERUSER, "--auth-local=trust",
                         "--auth-host=scram-sha-256", f"--pwfile={pwfile}", "--no-sync", "-E", "UTF8",
                         "--no-locale")
        if done.returncode != 0:
            raise RuntimeError(f"initdb failed: {done.stderr.strip()}")
        for _attempt in range(3):
            self.port = _free_port()
            # fsync off: a crash of this throwaway server loses nothing that matters, and tests run faster.
            options = (f"-p {self.port} -k {self.folder} -c listen_addresses={HOST} -c fsync=off "
                       "-c synchronous_commit=off -c full_page_writes=off -c max_connections=200")
            done = self._run(str(self.bindir / "pg_ctl"), "-D", str(data), "-o", options,
                             "-l", str(self.folder / "server.log"), "-w", "start")
            if done.returncode == 0:
                break
        else:
            raise RuntimeError(f"pg_ctl start failed: {done.stderr.strip()} {done.stdout.strip()}")
        self.passfile.write_text(f"{HOST}:{self.port}:*:{SUPERUSER}:{password}\n")
        self.passfile.chmod(0o600)
        os.environ["PGPASSFILE"] = str(self.passfile)

    def stop(self) -> None:
        self._run(str(self.bindir / "pg_ctl"), "-D", str(self.folder / "data"), "-m", "immediate", "-w", "stop")

    def url(self, database: str, user: str = SUPERUSER) -> str:
        return f"postgresql://{user}@{HOST}:{self.port}/{database}"

    def connect(self, database: str = "postgres") -> psycopg.Connection[tuple[object, ...]]:
        return psycopg.connect(host=HOST, port=self.port, user=SUPERUSER, dbname=database, autocommit=True)

    def execute(self, *statements: str, database: str = "postgres") -> None:
        with self.connect(database) as connection:
            for statement in statements:
                connection.execute(statement.encode())

    def new_database(self, template: str | None = None) -> str:
        """A new empty database (or a copy of `template`); its name."""
        name = f"db{next(self._names)}"
        self.execute(f"CREATE DATABASE {name}" + (f" TEMPLATE {template}" if template else ""))
        return name

    def drop_database(self, name: str) -> None:
        self.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")

    def add_role(self, name: str, password: str) -> None:
        """A login role with a password, kept in the passfile as a user would."""
        self.execute(f"CREATE ROLE {name} LOGIN PASSWORD '{password}'")
        with self.passfile.open("a") as handle:
            handle.write(f"{HOST}:{self.port}:*:{name}:{password}\n")


def start_server() -> Server | str:
    """A started server, or why there is none (a message saying how to get one)."""
    bindir = find_binaries()
    if bindir is None:
        return INSTALL_HINT
    run_as = None
    if os.geteuid() == 0:
        try:
            pwd.getpwnam("postgres")
        except KeyError:
            return INSTALL_HINT + " (as root, the server runs as the 'postgres' user, which is missing)"
        run_as = "postgres"
    folder = Path(tempfile.mkdtemp(prefix="workbench-pg-"))
    server = Server(folder, bindir, run_as)
    try:
        server.start()
    except (RuntimeError, OSError, subprocess.SubprocessError) as error:
        with contextlib.suppress(OSError):
            shutil.rmtree(folder)
        return f"{INSTALL_HINT}; starting one failed: {error}"
    return server


def remove(server: Server) -> None:
    server.stop()
    shutil.rmtree(server.folder, ignore_errors=True)
