"""HTML page: the workbook's sections in the workbook's order, one self-contained escaped file that prints."""

from __future__ import annotations

from pathlib import Path

import pytest
from export_helpers import add_decisions, add_unified
from lxml import html

from workbench.exporters.html_export import export_html
from workbench.workspace import Workspace

SECTIONS = ["About", "Glossary", "Processes", "Coverage", "Decisions", "Open questions", "Framework entries"]


def page(workspace: Workspace, tmp_path: Path) -> tuple[str, html.HtmlElement]:
    out = tmp_path / "glossary.html"
    export_html(workspace, out)
    text = out.read_text(encoding="utf-8")
    return text, html.document_fromstring(text)


def headings(document: html.HtmlElement) -> list[str]:
    return [h.text_content() for h in document.xpath("//main//h2")]


def test_the_workbooks_sections_in_its_order(workspace: Workspace, tmp_path: Path) -> None:
    add_decisions(workspace)
    add_unified(workspace)
    _, document = page(workspace, tmp_path)
    assert headings(document) == SECTIONS
    glossary = document.xpath("//h2[@id='glossary']/following::table[1]//tbody/tr")
    assert [row.xpath("td")[0].text_content() for row in glossary] == ["+Service level agreement", "Incident"]
    assert "Störning (close)" in glossary[1].text_content()
    anchors = {element.get("id") for element in document.xpath("//*[@id]")}
    links = [link.get("href")[1:] for link in document.xpath("//a[starts-with(@href, '#')]")]
    assert links and set(links) <= anchors
    activities = document.xpath("//ol[@class='activities']")[0].text_content()
    assert "Record the disruption" in activities
    assert "Traced to: Alpha Service Method “" in activities and "” (close)" in activities
    decisions = document.xpath("//h2[@id='decisions']/following::table[1]//tbody/tr")
    assert decisions[0].xpath("td")[0].text_content() == \
        "Alpha Service Method “Incident” means the same as Beta Förvaltning “Störning”"
    assert "rel-exact" in decisions[0].xpath("td")[1].get("class")
    # Only the entries named above close the page, with their own definitions.
    named = [dt.text_content() for dt in document.xpath("//dl[@class='terms']/dt")]
    assert any(term.startswith("Störning") for term in named)
    assert not any(term.startswith("Problem") for term in named)


def test_every_entry_closes_the_page_when_nothing_is_decided(workspace: Workspace, tmp_path: Path) -> None:
    _, document = page(workspace, tmp_path)
    assert headings(document) == SECTIONS
    terms = [dt.text_content() for dt in document.xpath("//dl[@class='terms']/dt")]
    assert any(term.startswith("Service level agreement") for term in terms)
    assert len(terms) == len(workspace.entries())


def test_print_css_fits_the_page(workspace: Workspace, tmp_path: Path) -> None:
    add_decisions(workspace)
    _, document = page(workspace, tmp_path)
    widths = document.xpath("//h2[@id='decisions']/following::table[1]/colgroup/col/@style")
    assert len(widths) == 5 and sum(float(w.split(":")[1].strip(" %;")) for w in widths) == pytest.approx(100, 0.01)
    style = document.xpath("//style")[0].text
    assert "@media print" in style and "size: A4 landscape" in style
    assert "thead { display: table-header-group; }" in style and "overflow-wrap: break-word" in style
    # Tables keep the workbook's column proportions instead of running past the page.
    assert "table.sized { table-layout: fixed; }" in style


def test_text_is_escaped_and_nothing_is_loaded_from_elsewhere(workspace: Workspace, tmp_path: Path) -> None:
    from workbench.unify import process_model

    process_model.add_process(workspace, '<script>alert("x")</script> & <b>', description="<img src=x>")
    text, document = page(workspace, tmp_path)
    assert "<script>" not in text and "<img" not in text
    assert '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &lt;b&gt;' in text
    assert not document.xpath("//script | //img | //link | //iframe | //*[@src]")
    assert "url(" not in text and "@import" not in text
