"""Replace a framework's content with a newer edition, keeping every decision about entries that remain.

Entries are matched by key: an entry whose key is still there keeps its identity (so its mappings and its
place in the unified model stay), its text is replaced; entries that are gone are removed together with the
decisions about them, and those decisions are reported so the user can review them. One transaction.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import delete, or_, select, update
from sqlalchemy.orm import Session, aliased

from workbench.domain import FrameworkData, Ref
from workbench.errors import WorkbenchError
from workbench.messages import Message, Template
from workbench.store.batches import batched
from workbench.store.entry_rows import entry_ids, entry_values, insert_entries, write_details
from workbench.store.models import Entry, EntryDefinition, EntryLabel, EntryLink, Framework, Mapping
from workbench.workspace import Workspace

ENTRY_REMOVED = Template("update.entry-removed", "entry {ref} is not in the new edition and was removed")
DECISION_REMOVED = Template("update.decision-removed", "decision removed with it: {decision}")
NOTHING_TO_UPDATE = Template("update.no-framework", "no framework '{key}' in {path} to update")


@dataclass(frozen=True)
class FrameworkUpdate:
    added: tuple[str, ...]
    kept: tuple[str, ...]
    removed: tuple[str, ...]
    lost_mappings: tuple[str, ...]
    """One line per decision that went with a removed entry: `subject predicate object`."""

    def notes(self, framework: str) -> list[Message]:
        """What a person should review after the update: entries that went, and the decisions that went with them."""
        return [ENTRY_REMOVED(ref=f"{framework}:{key}") for key in self.removed] + [
            DECISION_REMOVED(decision=line) for line in self.lost_mappings
        ]


def replace_framework(workspace: Workspace, data: FrameworkData) -> FrameworkUpdate:
    with workspace.transaction() as session:
        return replace_in_session(session, data, workspace.path)


def replace_in_session(session: Session, data: FrameworkData, path: Path) -> FrameworkUpdate:
    """`replace_framework` inside a transaction the caller holds (an import of several frameworks at once)."""
    framework_id = session.scalar(select(Framework.id).where(Framework.key == data.key))
    if framework_id is None:
        raise WorkbenchError(NOTHING_TO_UPDATE(key=data.key, path=str(path)))
    old = dict(session.execute(select(Entry.key, Entry.id).where(Entry.framework_id == framework_id)).all())
    new_keys = {entry.key for entry in data.entries}
    removed = sorted(set(old) - new_keys)
    removed_ids = [old[key] for key in removed]

    lost: list[str] = []
    subject, obj = aliased(Entry), aliased(Entry)
    subject_fw, object_fw = aliased(Framework), aliased(Framework)
    for chunk in batched(removed_ids):
        for s_fw, s_key, predicate, negated, o_fw, o_key in session.execute(
            select(subject_fw.key, subject.key, Mapping.predicate, Mapping.negated, object_fw.key, obj.key)
            .join(subject, Mapping.subject_id == subject.id)
            .join(subject_fw, subject.framework_id == subject_fw.id)
            .join(obj, Mapping.object_id == obj.id)
            .join(object_fw, obj.framework_id == object_fw.id)
            .where(or_(Mapping.subject_id.in_(chunk), Mapping.object_id.in_(chunk)))
            .order_by(Mapping.id)
        ):
            lost.append(f"{Ref(s_fw, s_key)} {'not ' if negated else ''}{predicate} {Ref(o_fw, o_key)}")
        # Children first would not matter: the cascade removes mappings, labels, links and traces too.
        session.execute(delete(Mapping).where(or_(Mapping.subject_id.in_(chunk), Mapping.object_id.in_(chunk))))
        session.execute(delete(Entry).where(Entry.id.in_(chunk)))

    session.execute(
        update(Framework).where(Framework.id == framework_id).values(
            name=data.name, edition=data.edition, publisher=data.publisher, language=data.language,
            languages=list(data.languages), attribution=data.attribution, licence=data.licence,
            description=data.description, origin=data.origin,
        )
    )
    # Every entry still in the framework is kept (the removed ones are gone): its details are written anew.
    kept = select(Entry.id).where(Entry.framework_id == framework_id).scalar_subquery()
    for table in (EntryLabel, EntryDefinition):
        session.execute(delete(table).where(table.entry_id.in_(kept)))
    session.execute(delete(EntryLink).where(EntryLink.subject_id.in_(kept)))
    session.execute(update(Entry).where(Entry.framework_id == framework_id).values(parent_id=None))
    changed = [{"id": old[entry.key], **entry_values(entry)} for entry in data.entries if entry.key in old]
    if changed:
        session.execute(update(Entry), changed)  # one executemany by primary key, not a statement per entry
    added = [entry for entry in data.entries if entry.key not in old]
    insert_entries(session, framework_id, added)
    write_details(session, entry_ids(session, framework_id), data.entries)
    return FrameworkUpdate(
        added=tuple(entry.key for entry in added),
        kept=tuple(entry.key for entry in data.entries if entry.key in old),
        removed=tuple(removed),
        lost_mappings=tuple(lost),
    )
