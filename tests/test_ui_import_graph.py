"""The interface's modules import each other without circles, and never take a private name from another module.

Imports inside `if TYPE_CHECKING:` are for type annotations only and do not count; imports inside functions do:
a function-level import is how a circle hides, not how it is broken (issue 23).
"""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
UI = ROOT / "ui"


def _module(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _imports(path: Path) -> list[tuple[str, list[str]]]:
    """(module imported, names taken from it) for every import outside `if TYPE_CHECKING:` blocks."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    typing_only: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            typing_only.update(id(child) for branch in node.body for child in ast.walk(branch))
    found = []
    for node in ast.walk(tree):
        if id(node) in typing_only:
            continue
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.append((node.module, [alias.name for alias in node.names]))
        elif isinstance(node, ast.Import):
            found += [(alias.name, []) for alias in node.names]
    return found


def graph() -> dict[str, set[str]]:
    modules = {_module(path): path for path in UI.rglob("*.py")}
    edges: dict[str, set[str]] = {name: set() for name in modules}
    for name, path in modules.items():
        for imported, names in _imports(path):
            for candidate in [f"{imported}.{n}" for n in names] + [imported]:
                if candidate in modules and candidate != name:
                    edges[name].add(candidate)
                    break
    return edges


def cycles(edges: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components with more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for nxt in sorted(edges[node]):
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in on_stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for node in sorted(edges):
        if node not in index:
            visit(node)
    return found


def test_no_import_circles_among_the_interface_modules() -> None:
    assert cycles(graph()) == []


def test_the_check_finds_a_circle() -> None:
    assert cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]


def test_no_private_name_is_imported_across_modules() -> None:
    private = []
    for path in list(UI.rglob("*.py")) + list((ROOT / "workbench").rglob("*.py")):
        for module, names in _imports(path):
            if module.split(".")[0] in ("ui", "workbench"):
                private += [f"{_module(path)}: {module}.{name}" for name in names
                            if name.startswith("_") and not name.startswith("__")]
    assert private == []


def test_the_top_level_of_ui_holds_entry_points_and_shared_pieces_only() -> None:
    views = {"mapper", "decisions", "unified", "files", "workshop"}
    folders = {path.name for path in UI.iterdir() if path.is_dir() and (path / "__init__.py").exists()}
    assert folders == views
    top = sorted(path.stem for path in UI.glob("*.py"))
    assert top == sorted([
        "__init__", "app", "main_window", "frameworks_dock", "selftest", "welcome", "preferences",  # the application
        "workspace_guard",
        "settings", "messages", "translations", "theme", "models", "jobs", "widgets", "details", "icon",
        "form_rows", "input_blocker", "framework_pair", "commands",  # shared by the views
    ]), top
