"""Test isolation: offscreen Qt, and user folders (settings, data) inside a temporary folder, never the real ones."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ["QT_QPA_PLATFORM"] = "offscreen"
# Tests read English texts: the interface follows the system language, so the system speaks English here.
os.environ["LC_ALL"] = "C.UTF-8"
_USER_HOME = tempfile.mkdtemp(prefix="workbench-test-home-")
for variable in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
    os.environ[variable] = str(Path(_USER_HOME) / variable.lower())
os.environ["WORKBENCH_AUTHOR"] = "Test Author"

from tests.postgres_server import Server, remove, start_server  # noqa: E402
from workbench.catalogue import load_file  # noqa: E402
from workbench.domain import FrameworkData  # noqa: E402
from workbench.workspace import Workspace  # noqa: E402

DATA = Path(__file__).parent / "data"


@pytest.fixture(scope="session")
def mini_frameworks() -> list[FrameworkData]:
    """Two small made-up frameworks: `alpha` (English) and `beta` (Swedish labels, English alternatives)."""
    return [load_file(DATA / "alpha.toml"), load_file(DATA / "beta.toml")]


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[Server]:
    """A PostgreSQL server of this test session (tests/postgres_server.py); skips, saying how to install one, where
    there is none (fails instead where $WORKBENCH_REQUIRE_OPTIONAL_CHECKS asks for every check, as in CI)."""
    started = start_server()
    if isinstance(started, str):
        if os.environ.get("WORKBENCH_REQUIRE_OPTIONAL_CHECKS"):
            pytest.fail(started)
        pytest.skip(started)
    yield started
    remove(started)


@pytest.fixture
def postgres_database(postgres_server: Server) -> Iterator[str]:
    """The URL of a new, empty database on the test server (dropped afterwards)."""
    name = postgres_server.new_database()
    yield postgres_server.url(name)
    postgres_server.drop_database(name)


@pytest.fixture(scope="session")
def _mini_template(postgres_server: Server, mini_frameworks: list[FrameworkData]) -> str:
    """A database holding the mini frameworks' workspace, copied for each test that wants one (a copy is faster
    than building the workspace again)."""
    name = postgres_server.new_database()
    Workspace.create(postgres_server.url(name), mini_frameworks).close()
    return name


BACKENDS = ("sqlite", "postgresql")
"""Where the `workspace` fixture's workspace lives: a file, and a database on the test server."""


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    # The core's tests of a workspace run on both backends ($WORKBENCH_TEST_BACKENDS narrows them, e.g. "sqlite");
    # the interface's tests, which drive a window over a workspace file, on SQLite.
    if ("workspace" in metafunc.fixturenames and not metafunc.module.__name__.split(".")[-1].startswith("test_ui")
            and metafunc.definition.get_closest_marker("file_only") is None):
        wanted = os.environ.get("WORKBENCH_TEST_BACKENDS", ",".join(BACKENDS)).split(",")
        metafunc.parametrize("backend", [name for name in BACKENDS if name in wanted], indirect=True)


@pytest.fixture
def backend(request: pytest.FixtureRequest) -> str:
    return str(getattr(request, "param", "sqlite"))


@pytest.fixture
def workspace(request: pytest.FixtureRequest, backend: str, tmp_path: Path,
              mini_frameworks: list[FrameworkData]) -> Iterator[Workspace]:
    """A workspace holding the mini frameworks: a file, or (backend "postgresql") a database of its own."""
    if backend == "postgresql":
        server: Server = request.getfixturevalue("postgres_server")
        name = server.new_database(template=request.getfixturevalue("_mini_template"))
        try:
            with Workspace.open(server.url(name)) as opened:
                yield opened
        finally:
            server.drop_database(name)
        return
    with Workspace.create(tmp_path / "ws.db", mini_frameworks) as opened:
        yield opened
