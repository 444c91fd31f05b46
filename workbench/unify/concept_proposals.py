"""What the glossary's refresh and its edits share: the decisions between terms, a concept's proposed label and
definition from its members, and the concept links that follow from the decisions.

Only terms go into the unified glossary: processes and activities belong to the unified process model
(`workbench.unify.model_refresh`), so a decision between two activities never makes a concept.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from uuid import uuid4

from sqlalchemy import delete, insert, select
from sqlalchemy.orm import Session, aliased

from workbench.domain import Kind, LabelKind, Predicate, Ref
from workbench.store.batches import batched
from workbench.store.models import (
    Entry,
    EntryLabel,
    Framework,
    Mapping,
    UnifiedConceptLink,
    UnifiedConceptMember,
)
from workbench.unify.naming import display_form, normalise

UNSYNCED = {"synchronize_session": False}
"""For a DELETE of many concepts while they are loaded: by default the session checks every loaded concept
against the statement's criteria, once per batch (5 of the 7.7 s of undoing a refresh of 13,000 concepts).
The callers do not use the deleted objects afterwards."""


def new_concept_uid() -> str:
    return f"c-{uuid4().hex[:16]}"


@dataclass
class ProposalEntry:
    id: int
    ref: Ref
    label: str
    lang: str
    definition: str
    texts: list[tuple[str, bool]] = field(default_factory=list)
    """English-readable labels as (text, preferred?), the candidates for a unified label."""


def decision_edges(session: Session) -> list[tuple[int, int, str]]:
    """(subject id, object id, predicate) of every positive decision between two terms."""
    subject, obj = aliased(Entry), aliased(Entry)
    rows = session.execute(
        select(Mapping.subject_id, Mapping.object_id, Mapping.predicate)
        .join(subject, subject.id == Mapping.subject_id)
        .join(obj, obj.id == Mapping.object_id)
        .where(Mapping.negated.is_(False), subject.kind == Kind.TERM.value, obj.kind == Kind.TERM.value)
    )
    return [(s, o, p) for s, o, p in rows]


def terms_decided(session: Session) -> set[int]:
    """Terms with a positive decision of any kind, also with a process or activity: each belongs in the glossary,
    as a concept of its own when no decision joins it to another term."""
    decided = select(Mapping.subject_id.label("id")).where(Mapping.negated.is_(False)).union(
        select(Mapping.object_id).where(Mapping.negated.is_(False))
    ).subquery()
    return set(session.scalars(
        select(Entry.id).join(decided, decided.c.id == Entry.id).where(Entry.kind == Kind.TERM.value)
    ))


def term_ids(session: Session, ids: Iterable[int]) -> set[int]:
    """Those of `ids` that are terms."""
    found: set[int] = set()
    for batch in batched(sorted(set(ids))):
        found.update(session.scalars(select(Entry.id).where(Entry.id.in_(batch), Entry.kind == Kind.TERM.value)))
    return found


def load_entries(session: Session, ids: set[int]) -> dict[int, ProposalEntry]:
    entries: dict[int, ProposalEntry] = {}
    for chunk in batched(sorted(ids)):
        for row in session.execute(
            select(Entry.id, Framework.key, Entry.key, Entry.label, Entry.lang, Entry.definition)
            .join(Framework, Entry.framework_id == Framework.id)
            .where(Entry.id.in_(chunk))
        ):
            entry = ProposalEntry(row.id, Ref(row[1], row[2]), row.label, row.lang, row.definition)
            if is_english(row.lang):
                entry.texts.append((row.label, True))
            entries[row.id] = entry
        for entry_id, text, kind, lang in session.execute(
            select(EntryLabel.entry_id, EntryLabel.text, EntryLabel.kind, EntryLabel.lang)
            .where(EntryLabel.entry_id.in_(chunk))
            .order_by(EntryLabel.id)
        ):
            if is_english(lang) and kind != LabelKind.ABBREVIATION.value:
                entries[entry_id].texts.append((text, kind == LabelKind.PREFERRED.value))
    for entry in entries.values():
        if not entry.texts:
            entry.texts.append((entry.label, True))
    return entries


def is_english(lang: str) -> bool:
    return lang == "en" or lang.startswith("en-")


def proposal(entries: Sequence[ProposalEntry]) -> tuple[str, str]:
    """The label most members share (counted once per member, after `normalise`), then the one most frameworks
    share, then the one most often preferred, then the shortest; and the definition of a member that carries
    it. Counting across members keeps the proposal from simply being one framework's own term."""
    if not entries:
        return "", ""
    members_with: dict[str, set[int]] = defaultdict(set)
    frameworks_with: dict[str, set[str]] = defaultdict(set)
    preferred: Counter[str] = Counter()
    spellings: dict[str, Counter[str]] = defaultdict(Counter)
    for entry in entries:
        for text, is_preferred in entry.texts:
            key = normalise(text)
            if not key:
                continue
            members_with[key].add(entry.id)
            frameworks_with[key].add(entry.ref.framework)
            preferred[key] += is_preferred
            spellings[key][display_form(text)] += 1
    if not members_with:
        return display_form(entries[0].label), entries[0].definition
    best = min(
        members_with,
        key=lambda k: (-len(members_with[k]), -len(frameworks_with[k]), -preferred[k], len(k.split()), len(k), k),
    )
    label = min(spellings[best].items(), key=lambda item: (-item[1], item[0].isupper(), item[0]))[0]
    # the definition of a member that prefers the chosen label, else of one that has it at all
    carriers = [
        entry for entry in entries
        if entry.definition and any(pref and normalise(text) == best for text, pref in entry.texts)
    ] + [entry for entry in entries if entry.id in members_with[best] and entry.definition]
    fallback = [entry for entry in entries if entry.definition]
    chosen = carriers or fallback
    return label, (chosen[0].definition if chosen else "")


def entry_refs(session: Session, ids: Iterable[int]) -> dict[int, Ref]:
    refs: dict[int, Ref] = {}
    for batch in batched(sorted(set(ids))):
        for entry_id, framework, key in session.execute(
            select(Entry.id, Framework.key, Entry.key)
            .join(Framework, Entry.framework_id == Framework.id)
            .where(Entry.id.in_(batch))
        ):
            refs[entry_id] = Ref(framework, key)
    return refs


def rebuild_links(session: Session, edges: list[tuple[int, int, str]] | None = None) -> None:
    """Concept links follow from the decisions and the current members, so they are recomputed, never edited."""
    if edges is None:
        edges = decision_edges(session)
    concept_of: dict[int, int] = {}
    for concept_id, entry_id in session.execute(
        select(UnifiedConceptMember.concept_id, UnifiedConceptMember.entry_id).order_by(
            UnifiedConceptMember.concept_id
        )
    ):
        concept_of.setdefault(entry_id, concept_id)
    links: set[tuple[int, int, str]] = set()
    for subject, obj, predicate in edges:
        a, b = concept_of.get(subject), concept_of.get(obj)
        if a is None or b is None or a == b:
            continue
        if predicate == Predicate.BROADER.value:
            links.add((a, b, "broader"))
        elif predicate == Predicate.NARROWER.value:
            links.add((b, a, "broader"))
        elif predicate == Predicate.RELATED.value:
            links.update({(a, b, "related"), (b, a, "related")})
    session.execute(delete(UnifiedConceptLink))
    if links:
        session.execute(
            insert(UnifiedConceptLink),
            [{"subject_id": s, "object_id": o, "relation": r} for s, o, r in sorted(links)],
        )

