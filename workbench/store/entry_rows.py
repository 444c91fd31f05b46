"""Writing a framework's entries and their details (labels, definitions, parents, links) as bulk inserts.

Shared by creating a framework and by re-importing a newer edition of one, so both store entries alike.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from typing import cast

from sqlalchemy import Table, bindparam, insert, select, update
from sqlalchemy.orm import Session

from workbench.domain import EntryData, Ref
from workbench.errors import WorkbenchError
from workbench.messages import Template
from workbench.store.batches import batched
from workbench.store.models import Entry, EntryDefinition, EntryLabel, EntryLink, Framework

UNKNOWN_ENTRY = Template("model.unknown-entry", "unknown entry {ref}")


def search_text(entry: EntryData) -> str:
    """Every label of the entry, case-folded, so filtering is a plain LIKE."""
    return "\n".join(text.casefold() for text in (entry.label, *(label.text for label in entry.labels)))


def entry_values(entry: EntryData) -> dict[str, object]:
    """The columns of `entry` that an import sets (not its framework, key or parent)."""
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
        "search": search_text(entry),
        "status": entry.status.value,
        "source": entry.source,
        "successors": [str(ref) for ref in entry.successors],
    }


def insert_entries(session: Session, framework_id: int, entries: Iterable[EntryData]) -> None:
    """Bulk-insert new entries (Core executemany: about ten times faster than ORM adds)."""
    rows = [{"framework_id": framework_id, "key": e.key, "parent_id": None, **entry_values(e)} for e in entries]
    if rows:
        session.execute(insert(Entry), rows)


def entry_ids(session: Session, framework_id: int) -> dict[str, int]:
    return {key: entry_id for key, entry_id in session.execute(
        select(Entry.key, Entry.id).where(Entry.framework_id == framework_id)
    )}


def entry_id_of(session: Session, ref: Ref) -> int:
    """The id of the entry named by `ref`; an unknown ref is refused in one line."""
    entry_id = session.scalar(
        select(Entry.id).join(Framework, Entry.framework_id == Framework.id)
        .where(Framework.key == ref.framework, Entry.key == ref.key)
    )
    if entry_id is None:
        raise WorkbenchError(UNKNOWN_ENTRY(ref=str(ref)))
    return entry_id


def ids_by_ref(session: Session, refs: Iterable[Ref]) -> dict[Ref, int]:
    """The row ids of the entries `refs` name; refs to no entry are left out."""
    keys: dict[str, set[str]] = defaultdict(set)
    for ref in refs:
        keys[ref.framework].add(ref.key)
    found: dict[Ref, int] = {}
    for framework, wanted in keys.items():
        for batch in batched(sorted(wanted)):
            for entry_id, key in session.execute(
                select(Entry.id, Entry.key)
                .join(Framework, Entry.framework_id == Framework.id)
                .where(Framework.key == framework, Entry.key.in_(batch))
            ):
                found[Ref(framework, key)] = entry_id
    return found


def write_details(session: Session, ids: Mapping[str, int], entries: Iterable[EntryData]) -> None:
    """Parents, labels, definitions and links of entries whose rows exist (and hold no details yet)."""
    entries = list(entries)
    parents = [(ids[e.parent], ids[e.key]) for e in entries if e.parent is not None]
    if parents:
        # Core executemany (not the ORM's bulk update by primary key, which needs the ORM's identity handling).
        table = cast(Table, Entry.__table__)
        session.connection().execute(
            update(table).where(table.c.id == bindparam("child")).values(parent_id=bindparam("parent")),
            [{"parent": parent, "child": child} for parent, child in parents],
        )
    labels = [{"entry_id": ids[e.key], "text": label.text, "kind": label.kind.value, "lang": label.lang}
              for e in entries for label in e.labels]
    if labels:
        session.execute(insert(EntryLabel), labels)
    definitions = [
        {"entry_id": ids[e.key], "lang": lang, "text": text} for e in entries for lang, text in e.definitions
    ]
    if definitions:
        session.execute(insert(EntryDefinition), definitions)
    links = {
        (ids[e.key], ids[target], relation)
        for e in entries
        for relation, targets in (
            ("broader", e.broader), ("related", e.related), ("realised-by", e.realised_by), ("includes", e.includes),
            ("domain", e.domains), ("range", e.ranges),
        )
        for target in targets
    }
    if links:
        session.execute(
            insert(EntryLink), [{"subject_id": s, "object_id": o, "relation": r} for s, o, r in sorted(links)]
        )
