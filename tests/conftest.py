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

from workbench.catalogue import load_file  # noqa: E402
from workbench.domain import FrameworkData  # noqa: E402
from workbench.workspace import Workspace  # noqa: E402

DATA = Path(__file__).parent / "data"


@pytest.fixture(scope="session")
def mini_frameworks() -> list[FrameworkData]:
    """Two small made-up frameworks: `alpha` (English) and `beta` (Swedish labels, English alternatives)."""
    return [load_file(DATA / "alpha.toml"), load_file(DATA / "beta.toml")]


@pytest.fixture
def workspace(tmp_path: Path, mini_frameworks: list[FrameworkData]) -> Iterator[Workspace]:
    with Workspace.create(tmp_path / "ws.db", mini_frameworks) as opened:
        yield opened
