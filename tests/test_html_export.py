"""HTML glossary: one self-contained, escaped page with the unified glossary first."""

from __future__ import annotations

from pathlib import Path

from export_helpers import add_decisions, add_unified
from lxml import html

from workbench.exporters.html_export import export_html
from workbench.workspace import Workspace


def page(workspace: Workspace, tmp_path: Path) -> tuple[str, html.HtmlElement]:
    out = tmp_path / "glossary.html"
    export_html(workspace, out)
    text = out.read_text(encoding="utf-8")
    return text, html.document_fromstring(text)


def headings(document: html.HtmlElement) -> list[str]:
    return [h.text_content() for h in document.xpath("//main//h2")]


def test_unified_glossary_comes_first_then_each_framework(workspace: Workspace, tmp_path: Path) -> None:
    add_decisions(workspace)
    add_unified(workspace)
    _, document = page(workspace, tmp_path)
    assert headings(document) == ["Unified glossary", "Unified process model", "Alpha Service Method",
                                  "Beta Förvaltning"]
    first_row = document.xpath("//table[thead]//tbody/tr")[0]
    assert "Incident" in first_row.text_content() and "Störning" in first_row.text_content()
    anchors = {element.get("id") for element in document.xpath("//*[@id]")}
    links = [link.get("href")[1:] for link in document.xpath("//a[starts-with(@href, '#')]")]
    assert links and set(links) <= anchors
    assert "Record the disruption" in document.xpath("//ol[@class='activities']")[0].text_content()


def test_framework_glossaries_lead_when_there_is_no_unified_one(workspace: Workspace, tmp_path: Path) -> None:
    _, document = page(workspace, tmp_path)
    assert headings(document) == ["Alpha Service Method", "Beta Förvaltning"]
    terms = [dt.text_content() for dt in document.xpath("//dl[@class='terms']/dt")]
    assert any(term.startswith("Service level agreement") and "SLA" in term for term in terms)


def test_text_is_escaped_and_nothing_is_loaded_from_elsewhere(workspace: Workspace, tmp_path: Path) -> None:
    from workbench.unify import process_model

    process_model.add_process(workspace, '<script>alert("x")</script> & <b>', description="<img src=x>")
    text, document = page(workspace, tmp_path)
    assert "<script>" not in text and "<img" not in text
    assert '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &lt;b&gt;' in text
    assert not document.xpath("//script | //img | //link | //iframe | //*[@src]")
    assert "url(" not in text and "@import" not in text
    assert "@media print" in document.xpath("//style")[0].text
