"""The core (`workbench`) never imports Qt, so the CLI and automation run without a display or PySide6."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import workbench


def test_importing_every_core_module_loads_no_qt() -> None:
    root = Path(workbench.__file__).parent
    modules = sorted(
        "workbench." + ".".join(path.relative_to(root).with_suffix("").parts)
        for path in root.rglob("*.py")
        if "migrations" not in path.parts and path.name not in ("__init__.py", "__main__.py")
    )
    script = (
        "import importlib, sys\n"
        f"for name in {modules!r}: importlib.import_module(name)\n"
        "qt = sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6', 'ui')))\n"
        "print(','.join(qt))\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert len(modules) > 5
    assert result.stdout.strip() == ""
