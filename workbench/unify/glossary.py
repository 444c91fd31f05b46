"""The unified glossary: concepts proposed from the mapping decisions, kept in step with them, edited by people.

How decisions become concepts (`refresh`):
- entries joined by exact or close mappings (never by negated ones) form one concept: the connected components
  of that graph; an entry with only broader/narrower/related decisions becomes a concept of its own, so the
  hierarchy has something to hang on;
- broader/narrower mappings between entries of two concepts give the concepts a "broader" link, related
  mappings a "related" link (stored both ways, "see also");
- a refresh keeps each concept's uid by matching new groups to existing concepts on shared members, never
  overwrites a label or definition a person edited, and leaves the members of concepts a person merged or split
  where they were (new entries joined to them by decisions are added to the nearest one).

Every editing service runs in one transaction and returns a `GlossaryEdit` whose `undo` can be handed to
`restore`; `restore` itself returns the edit that redoes what it undid.
"""

from __future__ import annotations

from collections import Counter, defaultdict, deque
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from uuid import uuid4

from sqlalchemy import delete, insert, select, update
from sqlalchemy.orm import Session

from workbench.domain import LabelKind, Predicate, Ref
from workbench.errors import WorkbenchError
from workbench.messages import Message, Template
from workbench.store.batches import batched
from workbench.store.entry_rows import ids_by_ref
from workbench.store.models import (
    Entry,
    EntryLabel,
    Framework,
    Mapping,
    UnifiedConcept,
    UnifiedConceptLink,
    UnifiedConceptMember,
    utcnow,
)
from workbench.unified_model import Member
from workbench.unify.naming import display_form, normalise
from workbench.workspace import Workspace

EMPTY_LABEL = Template("glossary.empty-label", "concept {uid}: a label cannot be empty")
BAD_STATUS = Template("glossary.bad-status", "concept {uid}: status '{status}' is not one of {statuses}")
MERGE_ITSELF = Template("glossary.merge-itself", "cannot merge concept {uid} with itself")
SPLIT_NOTHING = Template("glossary.split-nothing", "concept {uid}: name at least one member to split out")
NO_MEMBER = Template("glossary.no-member", "concept {uid} has no member {ref}")
SPLIT_ALL = Template("glossary.split-all", "concept {uid}: splitting out every member would leave it empty")
NO_CONCEPT = Template("glossary.no-concept", "no unified concept '{uid}'")
REFRESHED = Template(
    "glossary.refreshed",
    "unified glossary: {total} concepts ({added} added, {removed} removed, {changed} changed, {moved} member(s) "
    "moved)",
)
REFRESHED_EMPTIED = Template(
    "glossary.refreshed-emptied",
    "unified glossary: {total} concepts ({added} added, {removed} removed, {changed} changed, {moved} member(s) "
    "moved, {emptied} edited but now without members)",
)

STATUSES = ("draft", "agreed")
_JOINING = {Predicate.EXACT.value: "exact", Predicate.CLOSE.value: "close"}


_UNSYNCED = {"synchronize_session": False}
"""For a DELETE of many concepts while they are loaded: by default the session checks every loaded concept
against the statement's criteria, once per batch (5 of the 7.7 s of undoing a refresh of 13,000 concepts).
The callers do not use the deleted objects afterwards."""


# --- values handed out ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ConceptState:
    """Everything stored about one concept except its links (links are derived from decisions and members)."""

    uid: str
    label: str
    definition: str
    status: str
    notes: str
    label_edited: bool
    definition_edited: bool
    members_edited: bool
    created: datetime
    updated: datetime
    members: tuple[Member, ...] = ()


@dataclass(frozen=True)
class GlossaryUndo:
    """Put these concepts back as they were and delete the concepts the edit created."""

    restore: tuple[ConceptState, ...] = ()
    remove: tuple[str, ...] = ()


@dataclass(frozen=True)
class GlossaryEdit:
    uids: tuple[str, ...]
    """The concepts the edit touched; the first is the one to show (the kept one of a merge, the new one of a
    split)."""
    undo: GlossaryUndo


@dataclass(frozen=True)
class MemberDetail:
    ref: Ref
    relation: str
    label: str
    definition: str


@dataclass(frozen=True)
class MemberMove:
    ref: Ref
    from_uid: str | None
    to_uid: str | None


@dataclass(frozen=True)
class RefreshReport:
    total: int
    added: tuple[str, ...] = ()
    removed: tuple[str, ...] = ()
    changed: tuple[str, ...] = ()
    moved: tuple[MemberMove, ...] = ()
    emptied: tuple[str, ...] = ()
    """Concepts that lost every member but were kept because a person had edited them."""
    kept_edits: tuple[str, ...] = field(default=())
    """Concepts whose edited label or definition differs from what the decisions would now propose."""

    @property
    def members_moved(self) -> int:
        """Members that went from one concept to another (entries joining or leaving the glossary are in `moved`
        too)."""
        return sum(1 for move in self.moved if move.from_uid and move.to_uid)

    def summary(self) -> Message:
        counts = {"total": self.total, "added": len(self.added), "removed": len(self.removed),
                  "changed": len(self.changed), "moved": self.members_moved}
        if self.emptied:
            return REFRESHED_EMPTIED(**counts, emptied=len(self.emptied))
        return REFRESHED(**counts)


# --- reading -------------------------------------------------------------------------------------------------


def concept_state(workspace: Workspace, uid: str) -> ConceptState:
    with workspace.transaction() as session:
        return _state(session, _concept(session, uid))


def members(workspace: Workspace, uid: str) -> list[MemberDetail]:
    """The members with their own labels and definitions, for writing the unified definition."""
    with workspace.transaction() as session:
        concept = _concept(session, uid)
        rows = session.execute(
            select(Framework.key, Entry.key, UnifiedConceptMember.relation, Entry.label, Entry.definition)
            .join(Entry, UnifiedConceptMember.entry_id == Entry.id)
            .join(Framework, Entry.framework_id == Framework.id)
            .where(UnifiedConceptMember.concept_id == concept.id)
            .order_by(Framework.id, Entry.id)
        )
        return [MemberDetail(Ref(fw, key), relation, label, text) for fw, key, relation, label, text in rows]


def concept_states(workspace: Workspace) -> tuple[ConceptState, ...]:
    """Every concept as stored, in a few queries: what an interface saves before a refresh so it can undo it with
    `restore(GlossaryUndo(restore=states, remove=report.added))`."""
    with workspace.transaction() as session:
        return _states(session, list(session.scalars(select(UnifiedConcept).order_by(UnifiedConcept.id))), every=True)


# --- refresh -------------------------------------------------------------------------------------------------


@dataclass
class _Entry:
    id: int
    ref: Ref
    label: str
    lang: str
    definition: str
    texts: list[tuple[str, bool]] = field(default_factory=list)
    """English-readable labels as (text, preferred?), the candidates for a unified label."""


def refresh(workspace: Workspace) -> RefreshReport:
    """Bring the concepts in line with the decisions (see the module notes); one transaction."""
    with workspace.transaction() as session:
        return _refresh(session)


def _refresh(session: Session) -> RefreshReport:
    edges = _decision_edges(session)
    joining: dict[int, dict[int, str]] = defaultdict(dict)
    mapped: set[int] = set()
    for subject, obj, predicate in edges:
        mapped.update((subject, obj))
        relation = _JOINING.get(predicate)
        if relation is not None:
            # exact wins over close when a pair holds both (one decision each way)
            for a, b in ((subject, obj), (obj, subject)):
                if joining[a].get(b) != "exact":
                    joining[a][b] = relation
    concepts = {row.id: row for row in session.scalars(select(UnifiedConcept).order_by(UnifiedConcept.id))}
    old_members: dict[int, dict[int, str]] = defaultdict(dict)
    for row in session.execute(select(UnifiedConceptMember.concept_id, UnifiedConceptMember.entry_id,
                                      UnifiedConceptMember.relation)):
        old_members[row.concept_id][row.entry_id] = row.relation
    pinned_of: dict[int, int] = {}
    for concept_id, concept in concepts.items():
        if concept.members_edited:
            for entry_id in old_members[concept_id]:
                pinned_of.setdefault(entry_id, concept_id)

    new_members: dict[int, dict[int, str]] = {
        concept_id: dict(old_members[concept_id]) for concept_id, c in concepts.items() if c.members_edited
    }
    groups: list[list[int]] = []
    for component in _components(sorted(mapped), joining):
        pinned_here = sorted({pinned_of[e] for e in component if e in pinned_of})
        free = [e for e in component if e not in pinned_of]
        if not pinned_here:
            groups.append(free)
            continue
        for entry_id, concept_id in _nearest(free, pinned_of, pinned_here, joining).items():
            new_members[concept_id][entry_id] = _relation(entry_id, joining)

    # Match groups to the unpinned concepts they share most members with, biggest overlaps first.
    member_of = {e: c for c, ms in old_members.items() if not concepts[c].members_edited for e in ms}
    overlaps = []
    for index, group in enumerate(groups):
        for concept_id, count in Counter(member_of[e] for e in group if e in member_of).items():
            overlaps.append((-count, concept_id, index))
    matched: dict[int, int] = {}
    taken: set[int] = set()
    for _count, concept_id, index in sorted(overlaps):
        if index not in matched and concept_id not in taken:
            matched[index] = concept_id
            taken.add(concept_id)

    now = utcnow()
    fresh = {index: _new_uid() for index in range(len(groups)) if index not in matched}
    if fresh:
        # one executemany, then one query for the new ids: a row-by-row insert costs ~1 ms per concept
        session.execute(insert(UnifiedConcept), [
            {"uid": uid, "label": "", "definition": "", "status": "draft", "notes": "", "label_edited": False,
             "definition_edited": False, "members_edited": False, "created": now, "updated": now}
            for uid in fresh.values()
        ])
        ids = dict(session.execute(
            select(UnifiedConcept.uid, UnifiedConcept.id).where(UnifiedConcept.created == now)
        ).all())
        matched.update({index: ids[uid] for index, uid in fresh.items()})
    added = [matched[index] for index in fresh]
    is_new = set(added)  # a list looked up once per concept made a first refresh of 33,000 concepts take 8 s more
    for index, group in enumerate(groups):
        new_members[matched[index]] = {e: _relation(e, joining) for e in group}
    removed: list[str] = []
    emptied: list[str] = []
    for concept_id, concept in concepts.items():
        if concept.members_edited or concept_id in taken:
            continue
        if concept.label_edited or concept.definition_edited or concept.status != "draft" or concept.notes:
            new_members[concept_id] = {}
            if old_members[concept_id]:
                emptied.append(concept.uid)
        else:
            removed.append(concept.uid)
    for batch in batched(removed):
        session.execute(delete(UnifiedConcept).where(UnifiedConcept.uid.in_(batch)), execution_options=_UNSYNCED)

    entries = _load_entries(session, {e for ms in new_members.values() for e in ms})
    all_concepts = {row.id: row for row in session.scalars(select(UnifiedConcept))}
    changed: list[str] = []
    kept_edits: list[str] = []
    updates: list[dict[str, object]] = []
    for concept_id, membership in new_members.items():
        concept = all_concepts[concept_id]
        label, definition = _proposal([entries[e] for e in sorted(membership)])
        values: dict[str, object] = {}
        if not concept.label_edited and label and label != concept.label:
            values["label"] = label
        if not concept.definition_edited and definition != concept.definition and membership:
            values["definition"] = definition
        if membership and (
            (concept.label_edited and label != concept.label)
            or (concept.definition_edited and definition != concept.definition)
        ):
            kept_edits.append(concept.uid)
        if concept_id not in is_new and (values or membership != old_members.get(concept_id, {})):
            changed.append(concept.uid)
        if values:
            updates.append({"id": concept_id, "updated": now, **values})
    if updates:
        # ORM bulk UPDATE by primary key: one executemany per set of columns. One statement per concept took
        # 3 of the 4 s of a first refresh of 6,600 concepts.
        session.execute(update(UnifiedConcept), updates)

    moved = _moves(old_members, new_members, {c: row.uid for c, row in all_concepts.items()},
                   {c: row.uid for c, row in concepts.items()}, session)
    session.execute(delete(UnifiedConceptMember))
    member_rows = [
        {"concept_id": c, "entry_id": e, "relation": relation}
        for c, membership in new_members.items()
        for e, relation in membership.items()
    ]
    if member_rows:
        session.execute(insert(UnifiedConceptMember), member_rows)
    _rebuild_links(session, edges)
    return RefreshReport(
        total=len(all_concepts),
        added=tuple(all_concepts[c].uid for c in added),
        removed=tuple(removed),
        changed=tuple(changed),
        moved=moved,
        emptied=tuple(emptied),
        kept_edits=tuple(kept_edits),
    )


def _decision_edges(session: Session) -> list[tuple[int, int, str]]:
    rows = session.execute(
        select(Mapping.subject_id, Mapping.object_id, Mapping.predicate).where(Mapping.negated.is_(False))
    )
    return [(s, o, p) for s, o, p in rows]


def _components(nodes: Iterable[int], joining: dict[int, dict[int, str]]) -> list[list[int]]:
    seen: set[int] = set()
    components = []
    for start in nodes:
        if start in seen:
            continue
        seen.add(start)
        component, queue = [], deque([start])
        while queue:
            node = queue.popleft()
            component.append(node)
            for neighbour in joining.get(node, {}):
                if neighbour not in seen:
                    seen.add(neighbour)
                    queue.append(neighbour)
        components.append(sorted(component))
    return components


def _nearest(
    free: list[int], pinned_of: dict[int, int], pinned_here: list[int], joining: dict[int, dict[int, str]]
) -> dict[int, int]:
    """Each free entry goes to the pinned concept it is fewest decisions away from (lowest id on a tie)."""
    owner: dict[int, int] = {}
    queue: deque[int] = deque()
    for concept_id in pinned_here:
        for entry_id, pinned in sorted(pinned_of.items()):
            if pinned == concept_id and entry_id not in owner:
                owner[entry_id] = concept_id
                queue.append(entry_id)
    while queue:
        node = queue.popleft()
        for neighbour in sorted(joining.get(node, {})):
            if neighbour not in owner:
                owner[neighbour] = owner[node]
                queue.append(neighbour)
    return {e: owner[e] for e in free if e in owner}


def _relation(entry_id: int, joining: dict[int, dict[int, str]]) -> str:
    relations = set(joining.get(entry_id, {}).values())
    return "close" if relations == {"close"} else "exact"


def _load_entries(session: Session, ids: set[int]) -> dict[int, _Entry]:
    entries: dict[int, _Entry] = {}
    for chunk in batched(sorted(ids)):
        for row in session.execute(
            select(Entry.id, Framework.key, Entry.key, Entry.label, Entry.lang, Entry.definition)
            .join(Framework, Entry.framework_id == Framework.id)
            .where(Entry.id.in_(chunk))
        ):
            entry = _Entry(row.id, Ref(row[1], row[2]), row.label, row.lang, row.definition)
            if _is_english(row.lang):
                entry.texts.append((row.label, True))
            entries[row.id] = entry
        for entry_id, text, kind, lang in session.execute(
            select(EntryLabel.entry_id, EntryLabel.text, EntryLabel.kind, EntryLabel.lang)
            .where(EntryLabel.entry_id.in_(chunk))
            .order_by(EntryLabel.id)
        ):
            if _is_english(lang) and kind != LabelKind.ABBREVIATION.value:
                entries[entry_id].texts.append((text, kind == LabelKind.PREFERRED.value))
    for entry in entries.values():
        if not entry.texts:
            entry.texts.append((entry.label, True))
    return entries


def _is_english(lang: str) -> bool:
    return lang == "en" or lang.startswith("en-")


def _proposal(entries: Sequence[_Entry]) -> tuple[str, str]:
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


def _moves(
    old: dict[int, dict[int, str]],
    new: dict[int, dict[int, str]],
    new_uids: dict[int, str],
    old_uids: dict[int, str],
    session: Session,
) -> tuple[MemberMove, ...]:
    before = {e: old_uids[c] for c, ms in old.items() if c in old_uids for e in ms}
    after = {e: new_uids[c] for c, ms in new.items() for e in ms}
    changed = sorted(e for e in before.keys() | after.keys() if before.get(e) != after.get(e))
    if not changed:
        return ()
    refs = _refs(session, changed)
    return tuple(MemberMove(refs[e], before.get(e), after.get(e)) for e in changed)


def _refs(session: Session, ids: Iterable[int]) -> dict[int, Ref]:
    refs: dict[int, Ref] = {}
    for batch in batched(sorted(set(ids))):
        for entry_id, framework, key in session.execute(
            select(Entry.id, Framework.key, Entry.key)
            .join(Framework, Entry.framework_id == Framework.id)
            .where(Entry.id.in_(batch))
        ):
            refs[entry_id] = Ref(framework, key)
    return refs


def _rebuild_links(session: Session, edges: list[tuple[int, int, str]] | None = None) -> None:
    """Concept links follow from the decisions and the current members, so they are recomputed, never edited."""
    if edges is None:
        edges = _decision_edges(session)
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


# --- editing -------------------------------------------------------------------------------------------------


def set_label(workspace: Workspace, uid: str, label: str | None) -> GlossaryEdit:
    """Give the concept a label of a person's choosing; `None` goes back to the proposal from the members."""
    return _set_text(workspace, uid, "label", label)


def set_definition(workspace: Workspace, uid: str, definition: str | None) -> GlossaryEdit:
    """Write the unified definition; `None` goes back to the proposal from the members."""
    return _set_text(workspace, uid, "definition", definition)


def _set_text(workspace: Workspace, uid: str, column: str, text: str | None) -> GlossaryEdit:
    with workspace.transaction() as session:
        concept = _concept(session, uid)
        before = _state(session, concept)
        if text is None:
            proposed = _proposal(list(_load_entries(session, set(_member_ids(session, concept.id))).values()))
            value = proposed[0] if column == "label" else proposed[1]
            edited = False
        else:
            value = text.strip()
            edited = True
            if column == "label" and not value:
                raise WorkbenchError(EMPTY_LABEL(uid=uid))
        if column == "label":
            concept.label, concept.label_edited = value or concept.label, edited
        else:
            concept.definition, concept.definition_edited = value, edited
        concept.updated = utcnow()
        return GlossaryEdit((uid,), GlossaryUndo(restore=(before,)))


def set_status(workspace: Workspace, uid: str, status: str) -> GlossaryEdit:
    if status not in STATUSES:
        raise WorkbenchError(BAD_STATUS(uid=uid, status=status, statuses=tuple(STATUSES)))
    with workspace.transaction() as session:
        concept = _concept(session, uid)
        before = _state(session, concept)
        concept.status, concept.updated = status, utcnow()
        return GlossaryEdit((uid,), GlossaryUndo(restore=(before,)))


def set_notes(workspace: Workspace, uid: str, notes: str) -> GlossaryEdit:
    with workspace.transaction() as session:
        concept = _concept(session, uid)
        before = _state(session, concept)
        concept.notes, concept.updated = notes.strip(), utcnow()
        return GlossaryEdit((uid,), GlossaryUndo(restore=(before,)))


def merge(workspace: Workspace, uid: str, other_uid: str) -> GlossaryEdit:
    """Move every member of `other_uid` into `uid` and delete `other_uid`. The kept concept takes the other's
    edited label or definition only where its own was not edited; notes are joined."""
    if uid == other_uid:
        raise WorkbenchError(MERGE_ITSELF(uid=uid))
    with workspace.transaction() as session:
        kept, other = _concept(session, uid), _concept(session, other_uid)
        before = (_state(session, kept), _state(session, other))
        for entry_id, relation in session.execute(
            select(UnifiedConceptMember.entry_id, UnifiedConceptMember.relation).where(
                UnifiedConceptMember.concept_id == other.id
            )
        ).all():
            session.execute(
                delete(UnifiedConceptMember).where(
                    UnifiedConceptMember.concept_id == kept.id, UnifiedConceptMember.entry_id == entry_id
                )
            )
            session.execute(insert(UnifiedConceptMember).values(concept_id=kept.id, entry_id=entry_id,
                                                                relation=relation))
        if other.label_edited and not kept.label_edited:
            kept.label, kept.label_edited = other.label, True
        if other.definition_edited and not kept.definition_edited:
            kept.definition, kept.definition_edited = other.definition, True
        kept.notes = "\n\n".join(note for note in (kept.notes, other.notes) if note)
        kept.members_edited = True
        kept.updated = utcnow()
        session.delete(other)
        session.flush()
        _repropose(session, kept)
        _rebuild_links(session)
        return GlossaryEdit((uid, other_uid), GlossaryUndo(restore=before))


def split(workspace: Workspace, uid: str, refs: Sequence[Ref | str]) -> GlossaryEdit:
    """Move the members `refs` out of `uid` into a new concept; both keep these members on later refreshes."""
    wanted = [Ref.parse(ref) if isinstance(ref, str) else ref for ref in refs]
    if not wanted:
        raise WorkbenchError(SPLIT_NOTHING(uid=uid))
    with workspace.transaction() as session:
        concept = _concept(session, uid)
        before = _state(session, concept)
        current = {member.ref: member for member in before.members}
        missing = [ref for ref in wanted if ref not in current]
        if missing:
            raise WorkbenchError(NO_MEMBER(uid=uid, ref=str(missing[0])))
        if len(set(wanted)) == len(current):
            raise WorkbenchError(SPLIT_ALL(uid=uid))
        ids = {ref: entry_id for entry_id, ref in _refs(session, _member_ids(session, concept.id)).items()}
        now = utcnow()
        new_id = session.execute(
            insert(UnifiedConcept)
            .values(uid=_new_uid(), label="", definition="", status="draft", notes="", label_edited=False,
                    definition_edited=False, members_edited=True, created=now, updated=now)
            .returning(UnifiedConcept.id)
        ).scalar_one()
        for batch in batched(ids[ref] for ref in wanted):
            session.execute(
                update(UnifiedConceptMember)
                .where(UnifiedConceptMember.concept_id == concept.id, UnifiedConceptMember.entry_id.in_(batch))
                .values(concept_id=new_id)
            )
        concept.members_edited, concept.updated = True, now
        session.flush()
        created = session.get_one(UnifiedConcept, new_id)
        _repropose(session, concept)
        _repropose(session, created)
        _rebuild_links(session)
        return GlossaryEdit((created.uid, uid), GlossaryUndo(restore=(before,), remove=(created.uid,)))


def restore(workspace: Workspace, undo: GlossaryUndo) -> GlossaryEdit:
    """Undo an edit: put the saved concepts back exactly and delete the ones it created. Returns the edit that
    redoes it (handing that to `restore` again).

    Set-wise, a few statements whatever the number of concepts: undoing a refresh puts back every concept,
    and one statement per concept took 13 s for 13,000 of them."""
    with workspace.transaction() as session:
        uids = list(dict.fromkeys([state.uid for state in undo.restore] + list(undo.remove)))
        existing = {
            row.uid: row
            for batch in batched(uids)
            for row in session.scalars(select(UnifiedConcept).where(UnifiedConcept.uid.in_(batch)))
        }
        redo = GlossaryUndo(
            restore=_states(session, [existing[uid] for uid in uids if uid in existing]),
            remove=tuple(state.uid for state in undo.restore if state.uid not in existing),
        )
        for batch in batched(uids):
            session.execute(delete(UnifiedConcept).where(UnifiedConcept.uid.in_(batch)), execution_options=_UNSYNCED)
        if undo.restore:
            session.execute(insert(UnifiedConcept), [
                {"uid": state.uid, "label": state.label, "definition": state.definition, "status": state.status,
                 "notes": state.notes, "label_edited": state.label_edited,
                 "definition_edited": state.definition_edited, "members_edited": state.members_edited,
                 "created": state.created, "updated": state.updated}
                for state in undo.restore
            ])
            restored = [state.uid for state in undo.restore]
            concept_ids = {
                uid: concept_id
                for batch in batched(restored)
                for uid, concept_id in session.execute(
                    select(UnifiedConcept.uid, UnifiedConcept.id).where(UnifiedConcept.uid.in_(batch))
                )
            }
            ids = ids_by_ref(session, {member.ref for state in undo.restore for member in state.members})
            # An entry belongs to one concept: a restored member leaves whichever concept holds it now (and of
            # two saved states naming one entry, the later wins, as when they were put back one by one).
            members = {
                ids[member.ref]: {"concept_id": concept_ids[state.uid], "entry_id": ids[member.ref],
                                  "relation": member.relation}
                for state in undo.restore
                for member in state.members
                if member.ref in ids
            }
            for entry_ids in batched(members):
                session.execute(delete(UnifiedConceptMember).where(UnifiedConceptMember.entry_id.in_(entry_ids)))
            if members:
                session.execute(insert(UnifiedConceptMember), list(members.values()))
        _rebuild_links(session)
        return GlossaryEdit(tuple(uids), redo)


# --- helpers -------------------------------------------------------------------------------------------------


def _new_uid() -> str:
    return f"c-{uuid4().hex[:16]}"


def _concept(session: Session, uid: str) -> UnifiedConcept:
    concept = session.scalar(select(UnifiedConcept).where(UnifiedConcept.uid == uid))
    if concept is None:
        raise WorkbenchError(NO_CONCEPT(uid=uid))
    return concept


def _member_ids(session: Session, concept_id: int) -> list[int]:
    return list(
        session.scalars(select(UnifiedConceptMember.entry_id).where(UnifiedConceptMember.concept_id == concept_id))
    )


def _state(session: Session, concept: UnifiedConcept) -> ConceptState:
    return _states(session, [concept])[0]


def _states(
    session: Session, concepts: Sequence[UnifiedConcept], *, every: bool = False
) -> tuple[ConceptState, ...]:
    """The concepts as stored, members in entry order, in a few queries however many there are. `every`: these
    are all the concepts, so their members are read without naming them."""
    members: dict[int, list[tuple[int, str]]] = defaultdict(list)
    query = select(UnifiedConceptMember.concept_id, UnifiedConceptMember.entry_id, UnifiedConceptMember.relation)
    batches = [query] if every else [
        query.where(UnifiedConceptMember.concept_id.in_(batch)) for batch in batched([c.id for c in concepts])
    ]
    for statement in batches:
        for concept_id, entry_id, relation in session.execute(statement.order_by(UnifiedConceptMember.entry_id)):
            members[concept_id].append((entry_id, relation))
    refs = _refs(session, [entry_id for rows in members.values() for entry_id, _ in rows])
    return tuple(
        ConceptState(
            uid=concept.uid,
            label=concept.label,
            definition=concept.definition,
            status=concept.status,
            notes=concept.notes,
            label_edited=concept.label_edited,
            definition_edited=concept.definition_edited,
            members_edited=concept.members_edited,
            created=concept.created,
            updated=concept.updated,
            members=tuple(Member(refs[entry_id], relation) for entry_id, relation in members[concept.id]),
        )
        for concept in concepts
    )


def _repropose(session: Session, concept: UnifiedConcept) -> None:
    """After the members changed, refresh whichever of label and definition a person has not edited."""
    label, definition = _proposal(list(_load_entries(session, set(_member_ids(session, concept.id))).values()))
    if not concept.label_edited and label:
        concept.label = label
    if not concept.definition_edited:
        concept.definition = definition
