"""The deliverables as printed by LibreOffice after a realistic review (scripts/review_scenario.py): the bars of
issue 19. Runs where LibreOffice and poppler's tools are installed (README: "Rendering check")."""

from __future__ import annotations

import importlib.util
import os
import shutil
import sys
from pathlib import Path
from types import ModuleType

import pytest
from openpyxl import load_workbook

from workbench.exporters import export
from workbench.workspace import Workspace

SCRIPTS = Path(__file__).resolve().parent.parent / "scripts"
MISSING = "needs LibreOffice and poppler-utils (apt-get install libreoffice-calc poppler-utils fonts-liberation)"


@pytest.fixture(autouse=True)
def _tools() -> None:
    """Skips where the tools are missing, except where $WORKBENCH_REQUIRE_OPTIONAL_CHECKS asks for every check
    (CI installs them): there a missing one fails."""
    if shutil.which("soffice") is None or shutil.which("pdftotext") is None:
        if os.environ.get("WORKBENCH_REQUIRE_OPTIONAL_CHECKS"):
            pytest.fail(MISSING)
        pytest.skip(MISSING)


def script(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, SCRIPTS / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


def test_a_realistic_review_prints_in_at_most_30_pages_for_people(tmp_path: Path) -> None:
    scenario, render = script("review_scenario"), script("render_deliverables")
    decided = scenario.build(tmp_path / "review.workbench", quiet=True)
    assert sum(1 for decision in decided if not decision.negated) == scenario.ACCEPTED == 130
    xlsx, minutes = tmp_path / "workbook.xlsx", tmp_path / "minutes.xlsx"
    with Workspace.open(tmp_path / "review.workbench") as workspace:
        export(workspace, "xlsx", xlsx)
        items = [decision.item for decision in decided if decision.item.object.framework == "safe"][:24]
        render.write_minutes(workspace, minutes, items)
    sheets = load_workbook(xlsx, read_only=True).sheetnames
    printed = render.pages_by_sheet(render.to_pdf(xlsx, tmp_path), sheets)
    assert printed.pages <= 30, printed.by_sheet
    assert set(printed.by_sheet) == set(sheets), printed.by_sheet  # every page is one sheet's, by its header
    (_sheet, _cell, longest), codes = render.check_workbook(xlsx)
    assert longest <= 2000
    assert codes == []
    notes = render.pages_by_sheet(render.to_pdf(minutes, tmp_path), load_workbook(minutes).sheetnames)
    assert notes.pages == 1
