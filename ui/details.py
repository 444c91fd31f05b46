"""An entry as rich text: labels in every language, definitions, process trigger and outcome."""

from __future__ import annotations

from html import escape

from workbench.domain import EntryRecord, LabelKind, MappingRecord

_LANGUAGE_NAMES = {"en": "English", "sv": "Swedish"}


def entry_html(entry: EntryRecord, mappings: list[MappingRecord] | None = None,
               activities: list[EntryRecord] | None = None) -> str:
    parts = [
        f"<h2 style='margin-bottom:2px'>{escape(entry.label)}</h2>",
        f"<div style='color:gray'>{escape(str(entry.ref))} · {escape(entry.kind.value)}"
        + (f" · {escape(entry.category)}" if entry.category else "")
        + "</div>",
    ]
    other_names = []
    for label in entry.labels:
        language = _LANGUAGE_NAMES.get(label.lang, label.lang)
        kind = {LabelKind.PREFERRED: "preferred", LabelKind.ALTERNATIVE: "also",
                LabelKind.ABBREVIATION: "abbreviation"}[label.kind]
        other_names.append(f"{escape(label.text)} <span style='color:gray'>({language}, {kind})</span>")
    if other_names:
        parts.append("<p>" + "<br>".join(other_names) + "</p>")
    parts.append(f"<p>{escape(entry.definition)}</p>")
    for lang, text in entry.definitions:
        parts.append(f"<p><i>{escape(_LANGUAGE_NAMES.get(lang, lang))}:</i> {escape(text)}</p>")
    for title, text in (("Purpose", entry.purpose), ("Trigger", entry.trigger), ("Outcome", entry.outcome)):
        if text:
            parts.append(f"<p><b>{title}:</b> {escape(text)}</p>")
    if entry.parent is not None:
        parts.append(f"<p><b>Step {entry.position} of</b> {escape(str(entry.parent))}</p>")
    if activities:
        items = "".join(f"<li>{escape(activity.label)}</li>" for activity in activities)
        parts.append(f"<p><b>Activities</b></p><ol>{items}</ol>")
    if mappings:
        rows = []
        for mapping in mappings:
            relation = "not a match" if mapping.negated else mapping.predicate.short
            other = mapping.object if mapping.subject == entry.ref else mapping.subject
            other_label = mapping.object_label if mapping.subject == entry.ref else mapping.subject_label
            rows.append(f"<li>{relation}: {escape(other_label)} <span style='color:gray'>({escape(str(other))})"
                        f"</span></li>")
        parts.append(f"<p><b>Decisions</b></p><ul>{''.join(rows)}</ul>")
    return "".join(parts)
