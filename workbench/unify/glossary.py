"""The unified glossary: concepts proposed from the mapping decisions, kept in step with them, edited by people.

How decisions become concepts (`refresh`, in `workbench.unify.glossary_refresh`):
- the glossary holds terms only; processes and activities go to the unified process model;
- terms joined by exact or close mappings (never by negated ones) form one concept: the connected components
  of that graph; a term with only other decisions (broader/narrower/related, or with a process or activity)
  becomes a concept of its own, so the hierarchy has something to hang on;
- broader/narrower mappings between entries of two concepts give the concepts a "broader" link, related
  mappings a "related" link (stored both ways, "see also");
- a refresh keeps each concept's uid by matching new groups to existing concepts on shared members, never
  overwrites a label or definition a person edited, and leaves the members of concepts a person merged or split
  where they were (new entries joined to them by decisions are added to the nearest one).

Every editing service runs in one transaction and returns a `GlossaryEdit` whose `undo` can be handed to
`restore`; `restore` itself returns the edit that redoes what it undid.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import delete, insert, select, update
from sqlalchemy.orm import Session

from workbench.domain import Ref
from workbench.errors import WorkbenchError
from workbench.messages import Template
from workbench.store.batches import batched
from workbench.store.entry_rows import ids_by_ref
from workbench.store.models import Entry, Framework, UnifiedConcept, UnifiedConceptMember, utcnow
from workbench.unified_model import Member
from workbench.unify.concept_proposals import (
    UNSYNCED,
    entry_refs,
    load_entries,
    new_concept_uid,
    proposal,
    rebuild_links,
)
from workbench.unify.glossary_refresh import MemberMove as MemberMove
from workbench.unify.glossary_refresh import RefreshReport as RefreshReport
from workbench.unify.glossary_refresh import refresh as refresh
from workbench.workspace import Workspace

EMPTY_LABEL = Template("glossary.empty-label", "concept {uid}: a label cannot be empty")
BAD_STATUS = Template("glossary.bad-status", "concept {uid}: status '{status}' is not one of {statuses}")
MERGE_ITSELF = Template("glossary.merge-itself", "cannot merge concept {uid} with itself")
SPLIT_NOTHING = Template("glossary.split-nothing", "concept {uid}: name at least one member to split out")
NO_MEMBER = Template("glossary.no-member", "concept {uid} has no member {ref}")
SPLIT_ALL = Template("glossary.split-all", "concept {uid}: splitting out every member would leave it empty")
NO_CONCEPT = Template("glossary.no-concept", "no unified concept '{uid}'")

STATUSES = ("draft", "agreed")


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
        return states_in(session)


def states_in(session: Session) -> tuple[ConceptState, ...]:
    """`concept_states` inside the caller's transaction."""
    return _states(session, list(session.scalars(select(UnifiedConcept).order_by(UnifiedConcept.id))), every=True)


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
            proposed = proposal(list(load_entries(session, set(_member_ids(session, concept.id))).values()))
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
        rebuild_links(session)
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
        ids = {ref: entry_id for entry_id, ref in entry_refs(session, _member_ids(session, concept.id)).items()}
        now = utcnow()
        new_id = session.execute(
            insert(UnifiedConcept)
            .values(uid=new_concept_uid(), label="", definition="", status="draft", notes="", label_edited=False,
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
        rebuild_links(session)
        return GlossaryEdit((created.uid, uid), GlossaryUndo(restore=(before,), remove=(created.uid,)))


def restore(workspace: Workspace, undo: GlossaryUndo) -> GlossaryEdit:
    """Undo an edit: put the saved concepts back exactly and delete the ones it created. Returns the edit that
    redoes it (handing that to `restore` again).

    Set-wise, a few statements whatever the number of concepts: undoing a refresh puts back every concept,
    and one statement per concept took 13 s for 13,000 of them."""
    with workspace.transaction() as session:
        return restore_in(session, undo)


def restore_in(session: Session, undo: GlossaryUndo) -> GlossaryEdit:
    """`restore` inside the caller's transaction."""
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
        session.execute(delete(UnifiedConcept).where(UnifiedConcept.uid.in_(batch)), execution_options=UNSYNCED)
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
    rebuild_links(session)
    return GlossaryEdit(tuple(uids), redo)


# --- helpers -------------------------------------------------------------------------------------------------


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
    refs = entry_refs(session, [entry_id for rows in members.values() for entry_id, _ in rows])
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
    label, definition = proposal(list(load_entries(session, set(_member_ids(session, concept.id))).values()))
    if not concept.label_edited and label:
        concept.label = label
    if not concept.definition_edited:
        concept.definition = definition
