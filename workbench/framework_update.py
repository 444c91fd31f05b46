"""Replace a framework's content with a newer edition, keeping every decision about entries that remain.

Entries are matched by key: an entry whose key is still there keeps its identity (so its mappings and its
place in the unified model stay), its text is replaced; entries that are gone are removed together with the
decisions about them, and those decisions are reported so the user can review them. One transaction.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import delete, insert, or_, select, update
from sqlalchemy.orm import aliased

from workbench.domain import EntryData, FrameworkData, Ref
from workbench.errors import WorkbenchError
from workbench.store.models import Entry, EntryDefinition, EntryLabel, EntryLink, Framework, Mapping
from workbench.workspace import Workspace


@dataclass(frozen=True)
class FrameworkUpdate:
    added: tuple[str, ...]
    kept: tuple[str, ...]
    removed: tuple[str, ...]
    lost_mappings: tuple[str, ...]
    """One line per decision that went with a removed entry: `subject predicate object`."""


def _search_text(entry: EntryData) -> str:
    return "\n".join(text.casefold() for text in (entry.label, *(label.text for label in entry.labels)))


def _entry_values(entry: EntryData) -> dict[str, object]:
    return {
        "kind": entry.kind.value,
        "label": entry.label,
        "lang": entry.lang,
        "category": entry.category,
        "definition": entry.definition,
        "purpose": entry.purpose,
        "trigger": entry.trigger,
        "outcome": entry.outcome,
        "position": entry.position,
        "iri": entry.iri,
        "search": _search_text(entry),
    }


def replace_framework(workspace: Workspace, data: FrameworkData) -> FrameworkUpdate:
    with workspace.transaction() as session:
        framework_id = session.scalar(select(Framework.id).where(Framework.key == data.key))
        if framework_id is None:
            raise WorkbenchError(f"no framework {data.key!r} in {workspace.path} to update")
        old = dict(session.execute(select(Entry.key, Entry.id).where(Entry.framework_id == framework_id)).all())
        new_keys = {entry.key for entry in data.entries}
        removed = sorted(set(old) - new_keys)
        removed_ids = [old[key] for key in removed]

        lost: list[str] = []
        if removed_ids:
            subject, obj = aliased(Entry), aliased(Entry)
            subject_fw, object_fw = aliased(Framework), aliased(Framework)
            for s_fw, s_key, predicate, negated, o_fw, o_key in session.execute(
                select(subject_fw.key, subject.key, Mapping.predicate, Mapping.negated, object_fw.key, obj.key)
                .join(subject, Mapping.subject_id == subject.id)
                .join(subject_fw, subject.framework_id == subject_fw.id)
                .join(obj, Mapping.object_id == obj.id)
                .join(object_fw, obj.framework_id == object_fw.id)
                .where(or_(Mapping.subject_id.in_(removed_ids), Mapping.object_id.in_(removed_ids)))
                .order_by(Mapping.id)
            ):
                lost.append(f"{Ref(s_fw, s_key)} {'not ' if negated else ''}{predicate} {Ref(o_fw, o_key)}")
            # Children first would not matter: the cascade removes mappings, labels, links and traces too.
            session.execute(delete(Mapping).where(
                or_(Mapping.subject_id.in_(removed_ids), Mapping.object_id.in_(removed_ids))))
            session.execute(delete(Entry).where(Entry.id.in_(removed_ids)))

        session.execute(
            update(Framework).where(Framework.id == framework_id).values(
                name=data.name, edition=data.edition, publisher=data.publisher, language=data.language,
                languages=list(data.languages), attribution=data.attribution, licence=data.licence,
                description=data.description, origin=data.origin,
            )
        )
        kept_ids = [old[entry.key] for entry in data.entries if entry.key in old]
        if kept_ids:
            for table in (EntryLabel, EntryDefinition):
                session.execute(delete(table).where(table.entry_id.in_(kept_ids)))
            session.execute(delete(EntryLink).where(EntryLink.subject_id.in_(kept_ids)))
            session.execute(update(Entry).where(Entry.id.in_(kept_ids)).values(parent_id=None))
        for entry in data.entries:
            if entry.key in old:
                session.execute(update(Entry).where(Entry.id == old[entry.key]).values(**_entry_values(entry)))
        added = [entry for entry in data.entries if entry.key not in old]
        if added:
            session.execute(
                insert(Entry),
                [{"framework_id": framework_id, "key": entry.key, "parent_id": None, **_entry_values(entry)}
                 for entry in added],
            )
        ids = dict(session.execute(select(Entry.key, Entry.id).where(Entry.framework_id == framework_id)).all())
        for entry in data.entries:
            if entry.parent is not None:
                session.execute(update(Entry).where(Entry.id == ids[entry.key]).values(parent_id=ids[entry.parent]))
        labels = [{"entry_id": ids[e.key], "text": label.text, "kind": label.kind.value, "lang": label.lang}
                  for e in data.entries for label in e.labels]
        if labels:
            session.execute(insert(EntryLabel), labels)
        definitions = [{"entry_id": ids[e.key], "lang": lang, "text": text}
                       for e in data.entries for lang, text in e.definitions]
        if definitions:
            session.execute(insert(EntryDefinition), definitions)
        links = {(ids[e.key], ids[target], relation)
                 for e in data.entries
                 for relation, targets in (("broader", e.broader), ("related", e.related))
                 for target in targets}
        if links:
            session.execute(insert(EntryLink),
                            [{"subject_id": s, "object_id": o, "relation": r} for s, o, r in sorted(links)])
    return FrameworkUpdate(
        added=tuple(entry.key for entry in added),
        kept=tuple(entry.key for entry in data.entries if entry.key in old),
        removed=tuple(removed),
        lost_mappings=tuple(lost),
    )
