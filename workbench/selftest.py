"""The self-test: one short pass through the whole flow on a scratch workspace, so a build can prove itself.

`workbench --self-test` runs it; the frozen application is checked with it after every build, because a
PyInstaller bundle fails in ways a checkout never does (a glossary or migration file left out, a format module
that only `importlib` names). Every step uses the same public services the CLI and the window use.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from workbench import catalogue
from workbench.errors import WorkbenchError
from workbench.messages import Template
from workbench.workspace import Workspace

STEP_FAILED = Template("selftest.step-failed", "self-test step '{step}' failed: {error}")
REQUIRED = Template("selftest.required", "self-test: {what}")

T = TypeVar("T")


class SelfTestError(WorkbenchError):
    """A step of the self-test failed; the message names the step."""


def _step(name: str, action: Callable[[], T]) -> T:
    try:
        return action()
    except SelfTestError:
        raise
    except Exception as error:  # any failure at all is what the self-test exists to report
        raise SelfTestError(STEP_FAILED(step=name, error=f"{type(error).__name__}: {error}")) from error


def _require(condition: bool, message: str) -> None:
    if not condition:
        raise SelfTestError(REQUIRED(what=message))


def run_self_test(folder: Path) -> list[str]:
    """Run the flow in `folder` (which must exist and may be discarded afterwards); one line per step passed."""
    # Imported here: these load numpy, rapidfuzz and the writers, which plain `workbench` commands do not need.
    from workbench.exporters import export
    from workbench.matching import suggest
    from workbench.unify.refresh import unify

    done: list[str] = []
    bundled = _step("load bundled frameworks", catalogue.load_bundled)
    _require(len(bundled) > 0, "no bundled frameworks found")
    path = folder / "self-test.workbench"
    workspace = _step("create workspace", lambda: Workspace.create(path, bundled, force=True))
    with workspace:
        records = workspace.frameworks()
        entries = sum(sum(record.counts.values()) for record in records)
        _require([r.key for r in records] == [f.key for f in bundled], "the workspace lacks bundled frameworks")
        done.append(f"workspace: {len(records)} bundled frameworks, {entries} entries")

        with_terms = [record.key for record in records if record.counts.get("term", 0)]
        _require(len(with_terms) >= 2, "fewer than two bundled frameworks have terms")
        source, target = with_terms[0], with_terms[1]
        suggestions = _step("suggest", lambda: suggest(workspace, source, target, kind="term", top=1))
        _require(bool(suggestions), f"no suggestions from {source} to {target}")
        best = suggestions[0]
        done.append(f"suggestions: {len(suggestions)} from {source} to {target}, best {best.score:.2f}")

        # Accept the best suggestion so the unified glossary has a decision to build on.
        _step("record a decision", lambda: workspace.add_mapping(best.subject, best.predicate, best.object,
                                                                 comment="self-test", author="self-test"))
        skeleton = "usm" if any(record.key == "usm" for record in records) else "empty"
        unified = _step("unify", lambda: unify(workspace, skeleton=skeleton))
        snapshot = workspace.unified_snapshot()
        _require(len(snapshot.concepts) > 0, "unifying made no concepts")
        total = unified.glossary.total if unified.glossary is not None else 0
        done.append(f"unify: {total} concepts, {len(snapshot.processes)} processes")

        workbook = folder / "self-test.xlsx"
        _step("export xlsx", lambda: export(workspace, "xlsx", workbook))

    sheets = _step("reopen workbook", lambda: _sheet_rows(workbook))
    _require(bool(sheets) and any(rows > 1 for rows in sheets.values()), f"{workbook.name} holds no data rows")
    done.append(f"export: {workbook.name} with sheets {', '.join(sheets)}")

    reopened = _step("reopen workspace", lambda: Workspace.open(path))
    with reopened:
        _require(len(reopened.mappings()) == 1, "the recorded decision did not survive reopening")
    done.append("reopen: workspace and decision intact")
    return done


def _sheet_rows(path: Path) -> dict[str, int]:
    from openpyxl import load_workbook  # type: ignore[import-untyped]

    book = load_workbook(path, read_only=True)
    try:
        return {sheet.title: sum(1 for _ in sheet.iter_rows(values_only=True)) for sheet in book.worksheets}
    finally:
        book.close()
