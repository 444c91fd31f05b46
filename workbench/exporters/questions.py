"""Open questions: what still needs a decision or a look, one row per question, in the reader's language.

The checks' findings (conflicts between decisions, process quality), one row each; coverage, one row per framework
with the entries not yet reviewed as a short list and a count; entries left out of the unified model on purpose,
one row per framework. A finding names entries by reference (`itil4:incident`); here each is named as people
name it ("ITIL 4 “Incident”"), and a long list is cut to its first few with "and 370 more", so no cell grows
past a page (issue 19: one finding held 380 references in 13,000 characters).
"""

from __future__ import annotations

import copy
from collections import defaultdict
from collections.abc import Sequence

from sqlalchemy import select

from workbench.checks import Finding, run_checks
from workbench.domain import MappingRecord, Ref
from workbench.exporters.sections import entry_label, entry_name, fit
from workbench.exporters.tables import Cell, Column, ExportView, Table
from workbench.messages import Joined, Message, ParamValue, Template, Word
from workbench.store.models import Entry, EntryExclusion, Framework
from workbench.workspace import Workspace

LIST_LIMIT = 12
"""Entries a question names before it says how many more there are."""

QUESTIONS_TITLE = Template("export.questions.title", "Open questions")
QUESTIONS_ABOUT = Template(
    "export.questions.about",
    "What still needs a decision or a look: conflicts between decisions, the checks' findings, and per framework "
    "the entries nobody has reviewed yet.",
)
QUESTIONS_EMPTY = Template("export.questions.empty", "No open questions.")
QUESTION = Template("export.column.question", "Question")
ENTRIES = Template("export.column.entries", "Entries concerned")
KIND = Template("export.column.question-kind", "Kind")
SEVERITY = Template("export.column.severity", "Severity")
AND_MORE = Template("export.and-more", "and {count} more")
COUNTED = Template("export.counted", "{count} entries: {names}")
NOT_REVIEWED = Template("export.not-reviewed", "{count} not reviewed yet: {names}")
LEFT_OUT = Template("export.left-out", "{framework}: {count} entries are left out of the unified model on purpose")
LEFT_OUT_KIND = Template("export.left-out.kind", "Left out")
WITH_REASON = Template("export.with-reason", "{label} ({reason})")


def open_questions_table(workspace: Workspace, view: ExportView) -> Table:
    table = Table(
        "open_questions", view.text(QUESTIONS_TITLE()), view.text(QUESTIONS_ABOUT()),
        [Column(view.text(QUESTION()), 62), Column(view.text(ENTRIES()), 48), Column(view.text(KIND()), 18),
         Column(view.text(SEVERITY()), 10, wrap=False)],
        empty_note=view.text(QUESTIONS_EMPTY()),
    )
    names = _Names(view)
    for finding in run_checks(_with_mappings(workspace, view.mappings)):
        table.rows.append(_finding_row(view, finding, names))
    parked = _exclusions(workspace)
    info = view.text_word(Word("severity", "info"))
    for framework in view.frameworks:
        left_out = parked.get(framework.key)
        if left_out:
            labels = [view.text(WITH_REASON(label=entry_label(view, ref), reason=reason)) if reason
                      else entry_label(view, ref) for ref, reason in left_out]
            table.rows.append([
                view.text(LEFT_OUT(framework=view.names[framework.key], count=len(left_out))),
                fit(short_list(view, labels), view), view.text(LEFT_OUT_KIND()), info])
    return table


def short_list(view: ExportView, names: Sequence[str]) -> str:
    """The first `LIST_LIMIT` names, then how many more: a list people can read, whatever its length."""
    shown = "; ".join(names[:LIST_LIMIT])
    if len(names) > LIST_LIMIT:
        shown += "; " + view.text(AND_MORE(count=len(names) - LIST_LIMIT))
    return shown


class _Names:
    """Entries as people name them ("ITIL 4 “Incident”"), found by the reference text a finding carries; each
    rendered once, as a big workspace's findings name the same entries many times."""

    def __init__(self, view: ExportView) -> None:
        self.view = view
        self.refs = {str(ref): ref for ref in view.entries}
        self.rendered: dict[Ref, str] = {}

    def __call__(self, ref: Ref) -> str:
        name = self.rendered.get(ref)
        if name is None:
            name = self.rendered[ref] = self.view.text(entry_name(self.view, ref))
        return name


def _finding_row(view: ExportView, finding: Finding, names: _Names) -> list[Cell]:
    question = view.text(_named(view, finding.message, names))
    if finding.code == "coverage":
        # All of one framework: the labels alone say it.
        labels = [entry_label(view, ref) for ref in finding.refs]
        entries = view.text(NOT_REVIEWED(count=len(labels), names=short_list(view, labels))) if labels else ""
    elif finding.refs:
        entries = view.text(COUNTED(count=len(finding.refs), names=short_list(view, [names(r) for r in finding.refs])))
    else:
        entries = ""
    return [fit(question, view), fit(entries, view), view.text_word(Word("check", finding.code)),
            view.text_word(Word("severity", finding.severity.value))]


def _named(view: ExportView, message: Message, names: _Names) -> Message:
    """`message` with each entry reference it carries replaced by the entry's name, each framework key by the
    framework's name, and each list of them cut short. The values are replaced, never the words around them."""
    return Message(message.code, tuple((name, _value(view, name, value, names)) for name, value in message.params))


def _value(view: ExportView, name: str, value: ParamValue, names: _Names) -> ParamValue:
    if isinstance(value, Message):
        return _named(view, value, names)
    if isinstance(value, str):
        ref = names.refs.get(value)
        if ref is not None:
            return names(ref)
        return view.names.get(value, value) if name == "framework" else value
    if isinstance(value, Joined):
        return Joined(tuple(_value(view, name, item, names) for item in value.items), value.separator)
    if isinstance(value, tuple):
        items = tuple(_value(view, name, item, names) for item in value[:LIST_LIMIT])
        return (*items, AND_MORE(count=len(value) - LIST_LIMIT)) if len(value) > LIST_LIMIT else items
    return value


def _with_mappings(workspace: Workspace, mappings: list[MappingRecord]) -> Workspace:
    """The same workspace, answering `mappings()` from the list already read, so the checks do not read
    every decision a second time."""
    view = copy.copy(workspace)

    def cached(framework: str | None = None, other: str | None = None) -> list[MappingRecord]:
        if framework is None and other is None:
            return list(mappings)
        return workspace.mappings(framework, other)

    setattr(view, "mappings", cached)  # noqa: B010 - an instance attribute on purpose, shadowing the method
    return view


def _exclusions(workspace: Workspace) -> dict[str, list[tuple[Ref, str]]]:
    """Entries left out of the unified model on purpose, with the reason given, by framework."""
    found: dict[str, list[tuple[Ref, str]]] = defaultdict(list)
    with workspace.transaction() as session:
        for framework, key, reason in session.execute(
            select(Framework.key, Entry.key, EntryExclusion.reason)
            .join(Entry, EntryExclusion.entry_id == Entry.id)
            .join(Framework, Entry.framework_id == Framework.id)
            .order_by(Entry.label)
        ):
            found[framework].append((Ref(framework, key), reason))
    return found
