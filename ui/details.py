"""An entry as rich text: labels in every language, definitions, process trigger and outcome."""

from __future__ import annotations

from html import escape

from ui.messages import word_text
from ui.models import relation_text
from ui.translations import QT_TRANSLATE_NOOP, translate
from workbench.domain import EntryRecord, Kind, LabelKind, MappingRecord
from workbench.messages import Word

_LANGUAGE_NAMES = {"en": QT_TRANSLATE_NOOP("Details", "English"), "sv": QT_TRANSLATE_NOOP("Details", "Swedish")}
_KIND_WORDS = {
    Kind.TERM: QT_TRANSLATE_NOOP("Details", "term"),
    Kind.PROCESS: QT_TRANSLATE_NOOP("Details", "process"),
    Kind.ACTIVITY: QT_TRANSLATE_NOOP("Details", "activity"),
}


def kind_word(kind: Kind) -> str:
    """"term", "process" or "activity" in the interface language."""
    return translate("Details", _KIND_WORDS[kind])


def entry_html(entry: EntryRecord, mappings: list[MappingRecord] | None = None,
               activities: list[EntryRecord] | None = None) -> str:
    parts = [
        f"<h2 style='margin-bottom:2px'>{escape(entry.label)}</h2>",
        f"<div style='color:gray'>{escape(str(entry.ref))} · {escape(kind_word(entry.kind))}"
        + (f" · {escape(word_text(Word('category', entry.category)))}" if entry.category else "")
        + "</div>",
    ]
    other_names = []
    for label in entry.labels:
        language = translate("Details", _LANGUAGE_NAMES.get(label.lang, label.lang))
        kind = {
            LabelKind.PREFERRED: translate("Details", "preferred"),
            LabelKind.ALTERNATIVE: translate("Details", "also"),
            LabelKind.ABBREVIATION: translate("Details", "abbreviation"),
        }[label.kind]
        other_names.append(f"{escape(label.text)} <span style='color:gray'>({language}, {kind})</span>")
    if other_names:
        parts.append("<p>" + "<br>".join(other_names) + "</p>")
    parts.append(f"<p>{escape(entry.definition)}</p>")
    for lang, text in entry.definitions:
        name = translate("Details", _LANGUAGE_NAMES.get(lang, lang))
        parts.append(f"<p><i>{escape(name)}:</i> {escape(text)}</p>")
    for title, text in (
        (translate("Details", "Purpose"), entry.purpose),
        (translate("Details", "Trigger"), entry.trigger),
        (translate("Details", "Outcome"), entry.outcome),
    ):
        if text:
            parts.append(f"<p><b>{title}:</b> {escape(text)}</p>")
    if entry.parent is not None:
        parts.append(
            translate("Details", "<p><b>Step {0} of</b> {1}</p>").format(entry.position, escape(str(entry.parent)))
        )
    if activities:
        items = "".join(f"<li>{escape(activity.label)}</li>" for activity in activities)
        parts.append("<p><b>{}</b></p><ol>{}</ol>".format(translate("Details", "Activities"), items))
    if mappings:
        rows = []
        for mapping in mappings:
            relation = relation_text(mapping.predicate, mapping.negated)
            other = mapping.object if mapping.subject == entry.ref else mapping.subject
            other_label = mapping.object_label if mapping.subject == entry.ref else mapping.subject_label
            rows.append(
                f"<li>{relation}: {escape(other_label)} <span style='color:gray'>({escape(str(other))})</span></li>"
            )
        parts.append("<p><b>{}</b></p><ul>{}</ul>".format(translate("Details", "Decisions"), "".join(rows)))
    return "".join(parts)
