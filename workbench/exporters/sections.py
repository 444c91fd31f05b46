"""The sections people read — glossary, coverage and decisions — as tables of text in the reader's language.

Every text here is a `Template`, rendered through the view's `Renderer`: the desktop application passes its
interface language, the command line English. People read labels, never references or SSSOM codes: an entry is
named as its framework's short name and its label ("ITIL 4 “Incident”"), a relation by its word ("close") or, for a
decision, as the sentence of `workbench.relations` ("SAFe “Capacity” is broader than ITIL 4 “Capacity”"). The
process model has its own module (`workbench.exporters.processes`), as have the open questions (`.questions`).

Order is the same everywhere (issue 16): the glossary alphabetical by label, case-insensitive, as the Unified
glossary tab sorts it; the coverage matrix terms first in that order, then the process model in its own order;
decisions by framework pair, then alphabetical.
"""

from __future__ import annotations

from collections.abc import Iterable

from workbench.domain import FrameworkRecord, Ref
from workbench.exporters.tables import RELATIONS, Cell, Column, ExportView, Table, relation_word
from workbench.messages import Message, Template, Word, relation, vocabulary
from workbench.relations import SENTENCES, relation_key
from workbench.unified_model import Member

MAX_CELL = 2000
"""Characters a cell may hold: longer text is cut, so a row never spans pages (a definition pasted with its
whole source, say). The workspace keeps the full text."""

vocabulary("unified-status", {"draft": "draft", "agreed": "agreed", "proposed": "proposed"})

ENTRY = Template("export.entry", "{framework} “{label}”")
MEMBER = Template("export.member", "{label} ({relation})")
"""A framework's equivalent that is not the same: its label and how it relates to the unified element."""
SHORTENED = Template("export.shortened", "{text} … (shortened; {count} characters in all)")

GLOSSARY_TITLE = Template("export.glossary.title", "Glossary")
GLOSSARY_ABOUT = Template(
    "export.glossary.about",
    "The unified glossary: one term per row, alphabetical, with each framework's equivalent. A word in brackets "
    "says how the framework's term differs from the unified one (see the legend); none means the same.",
)
GLOSSARY_EMPTY = Template(
    "export.glossary.empty", "No unified glossary yet: build it in the application or with `workbench unify`."
)
TERM = Template("export.column.term", "Term")
DEFINITION = Template("export.column.definition", "Definition")
STATUS = Template("export.column.status", "Status")

COVERAGE_TITLE = Template("export.coverage.title", "Coverage")
COVERAGE_ABOUT = Template(
    "export.coverage.about",
    "Which framework covers which unified term, process and activity, and how closely. An empty cell: the "
    "framework has nothing for it yet.",
)
COVERAGE_EMPTY = Template(
    "export.coverage.empty", "Nothing to compare yet: the coverage matrix fills in as the unified model is built."
)
UNIFIED_ELEMENT = Template("export.column.unified-element", "Unified term, process or activity")
KIND = Template("export.column.kind", "Kind")
IN_PROCESS = Template("export.in-process", "{process} › {activity}")

DECISIONS_TITLE = Template("export.decisions.title", "Decisions")
DECISIONS_ABOUT = Template(
    "export.decisions.about",
    "Every decision about a pair of framework entries, by framework pair: what was decided, why, by whom and when.",
)
DECISIONS_EMPTY = Template("export.decisions.empty", "No decisions recorded yet.")
DECISION = Template("export.column.decision", "Decision")
RELATION = Template("export.column.relation", "Relation")
RATIONALE = Template("export.column.rationale", "Rationale")
DECIDED_BY = Template("export.column.decided-by", "Decided by")
DATE = Template("export.column.date", "Date")

LEGEND = (
    ("exact", Template("export.legend.exact", "The same meaning; interchangeable.")),
    ("close", Template("export.legend.close", "Nearly the same; interchangeable in most uses.")),
    ("broader", Template("export.legend.broader", "The framework's entry covers more than the unified one. In a "
                                                  "decision, the sentence says which entry is the wider.")),
    ("narrower", Template("export.legend.narrower", "The framework's entry is more specific than the unified one. In "
                                                    "a decision, the sentence says which entry is the narrower.")),
    ("related", Template("export.legend.related", "Connected, but not the same.")),
    ("not a match", Template("export.legend.not-a-match", "Looked at and decided: not the same thing.")),
)
"""Each relation word and what it means, in the order the legend lists them."""


def column_names(frameworks: list[FrameworkRecord]) -> dict[str, str]:
    """One short, unique name per framework ("SAFe", not "SAFe (Scaled Agile Framework)")."""
    names: dict[str, str] = {}
    taken: set[str] = set()
    for framework in frameworks:
        name = framework.short_name.strip() or framework.key
        if name.casefold() in taken:
            name = f"{name} ({framework.key})"
        taken.add(name.casefold())
        names[framework.key] = name
    return names


def fit(text: str, view: ExportView) -> str:
    """`text`, cut at a word to at most `MAX_CELL` characters, with a note saying so."""
    if len(text) <= MAX_CELL:
        return text
    room = MAX_CELL - len(view.text(SHORTENED(text="", count=len(text))))
    cut = text[:room]
    if " " in cut[-40:]:
        cut = cut[: cut.rindex(" ")]
    return view.text(SHORTENED(text=cut.rstrip(), count=len(text)))


def label_key(label: str) -> str:
    """Alphabetical as the Unified glossary tab sorts: case-insensitive; Python's sort keeps labels that differ
    only in case in the model's order, as the tab does."""
    return label.casefold()


def entry_label(view: ExportView, ref: Ref) -> str:
    entry = view.entries.get(ref)
    return entry.label if entry is not None else ref.key


def entry_name(view: ExportView, ref: Ref) -> Message:
    """An entry as people name it: its framework's short name and its label."""
    return ENTRY(framework=view.names.get(ref.framework, ref.framework), label=entry_label(view, ref))


def relation_cells(view: ExportView, table: Table) -> dict[str, str]:
    """Each relation word as this view renders it -> its key; the table's colours follow the keys."""
    words = {view.renderer.word(relation(key)): key for key in (*RELATIONS, "not a match")}
    table.relation_keys.update(words)
    return {key: word for word, key in words.items()}


def relation_width(view: ExportView, least: int) -> int:
    """A column of relation words wide enough for the longest in the reader's language ("inte en matchning")."""
    return max(least, *(len(view.renderer.word(relation(key))) + 2 for key in (*RELATIONS, "not a match")))


def _strength(member: Member) -> int:
    word = relation_word(member.relation)
    return RELATIONS.index(word) if word in RELATIONS else len(RELATIONS)


def members_text(view: ExportView, members: Iterable[Member], framework: str) -> str:
    """A framework's equivalents, strongest first, one a line: the label, with the relation unless exact."""
    lines = []
    for member in sorted((m for m in members if m.ref.framework == framework), key=_strength):
        label = entry_label(view, member.ref)
        word = relation_word(member.relation)
        lines.append(label if word == "exact" else view.text(MEMBER(label=label, relation=relation(word))))
    return "\n".join(lines)


def taking_part(view: ExportView, groups: Iterable[Iterable[Member]]) -> list[FrameworkRecord]:
    """The frameworks that have a member somewhere in `groups`: a column for every framework of a big workspace
    would leave the page mostly empty."""
    present = {member.ref.framework for group in groups for member in group}
    return [framework for framework in view.frameworks if framework.key in present]


def glossary_table(view: ExportView) -> Table:
    concepts = sorted(view.unified.concepts, key=lambda c: label_key(c.label))
    shown = taking_part(view, (concept.members for concept in concepts))
    table = Table(
        "glossary", view.text(GLOSSARY_TITLE()), view.text(GLOSSARY_ABOUT()),
        [Column(view.text(TERM()), 22), Column(view.text(DEFINITION()), 52), Column(view.text(STATUS()), 10),
         *(Column(view.names[f.key], 16) for f in shown)],
        empty_note=view.text(GLOSSARY_EMPTY()),
    )
    for concept in concepts:
        table.rows.append([
            concept.label,
            fit(concept.definition, view),
            view.text_word(Word("unified-status", concept.status)) if concept.status else "",
            *(members_text(view, concept.members, f.key) for f in shown),
        ])
    return table


def coverage_table(view: ExportView) -> Table:
    unified = view.unified
    groups: list[Iterable[Member]] = [concept.members for concept in unified.concepts]
    for process in unified.processes:
        groups += [process.traces, *(activity.traces for activity in process.activities)]
    shown = taking_part(view, groups)
    table = Table(
        "coverage", view.text(COVERAGE_TITLE()), view.text(COVERAGE_ABOUT()),
        [Column(view.text(UNIFIED_ELEMENT()), 50, names_row=True), Column(view.text(KIND()), 10, names_row=True),
         *(Column(view.names[f.key], relation_width(view, 12), wrap=False, relation=True) for f in shown)],
        empty_note=view.text(COVERAGE_EMPTY()),
        legend=True,
    )
    words = relation_cells(view, table)
    kinds = {kind: view.text_word(Word("kind", kind)) for kind in ("term", "process", "activity")}

    def cells(members: Iterable[Member]) -> list[Cell]:
        strongest: dict[str, str] = {}
        for member in sorted(members, key=_strength, reverse=True):
            strongest[member.ref.framework] = relation_word(member.relation)
        return [words.get(strongest.get(f.key, ""), strongest.get(f.key, "")) for f in shown]

    for concept in sorted(unified.concepts, key=lambda c: label_key(c.label)):
        table.rows.append([concept.label, kinds["term"], *cells(concept.members)])
    for process in unified.processes:
        table.emphasised.add(len(table.rows))
        table.rows.append([process.label, kinds["process"], *cells(process.traces)])
        for activity in process.activities:
            table.rows.append([view.text(IN_PROCESS(process=process.label, activity=activity.label)),
                               kinds["activity"], *cells(activity.traces)])
    return table


def decisions_table(view: ExportView) -> Table:
    """One row per decision, labels first: the decision as a sentence naming both entries, then its relation word
    (to filter on), the rationale, who and when."""
    table = Table(
        "decisions", view.text(DECISIONS_TITLE()), view.text(DECISIONS_ABOUT()),
        [Column(view.text(DECISION()), 68),
         Column(view.text(RELATION()), relation_width(view, 11), wrap=False, relation=True),
         Column(view.text(RATIONALE()), 48), Column(view.text(DECIDED_BY()), 15),
         Column(view.text(DATE()), 10, wrap=False)],
        empty_note=view.text(DECISIONS_EMPTY()),
    )
    words = relation_cells(view, table)
    order = {framework.key: index for index, framework in enumerate(view.frameworks)}
    names = view.names
    # Each relation's sentence (workbench.relations) in the reader's language, looked up once: rendering every
    # decision's message on its own took a second for 50,000 decisions. Its parameters are all plain text.
    sentences = {key: view.renderer.template_text(template) for key, template in SENTENCES.items()}
    rows: list[tuple[tuple[int, int, str], list[Cell]]] = []
    for mapping in view.mappings:
        subject, obj = mapping.subject, mapping.object
        key = relation_key(mapping.predicate, mapping.negated)
        sentence = sentences[key].format(
            subject=mapping.subject_label, subject_framework=names.get(subject.framework, subject.framework),
            object=mapping.object_label, object_framework=names.get(obj.framework, obj.framework))
        first, second = order.get(subject.framework, len(order)), order.get(obj.framework, len(order))
        # By framework pair in the workspace's order, then by the label of the pair's first framework's entry.
        label = mapping.subject_label if first <= second else mapping.object_label
        comment = mapping.comment if len(mapping.comment) <= MAX_CELL else fit(mapping.comment, view)
        rows.append(((min(first, second), max(first, second), label_key(label)),
                     [sentence, words[key], comment, mapping.author, mapping.updated.date().isoformat()]))
    rows.sort(key=lambda pair: pair[0])
    table.rows = [row for _key, row in rows]
    return table


def legend(view: ExportView) -> list[tuple[str, str, str]]:
    """(relation key, its word, what it means) in the reader's language."""
    return [(key, view.text_word(relation(key)), view.text(meaning())) for key, meaning in LEGEND]
