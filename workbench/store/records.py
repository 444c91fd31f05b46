"""Rows in, values out: the queries and conversions behind `Workspace`'s reads (entries with their labels,
definitions and links; decisions with both entries' labels; frameworks with their counts), and the insert of a
whole framework. Plain values from `workbench.domain`, never ORM objects."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from typing import Any

from sqlalchemy import and_, insert, or_, select
from sqlalchemy.orm import Session, aliased

from workbench.domain import (
    EntryRecord,
    FrameworkData,
    FrameworkRecord,
    Kind,
    Label,
    LabelKind,
    MappingRecord,
    Predicate,
    Ref,
    Status,
)
from workbench.memory import collector_paused
from workbench.store.entry_rows import entry_ids, insert_entries, write_details
from workbench.store.models import Entry, EntryDefinition, EntryLabel, EntryLink, Framework, Mapping


def framework_record(row: Framework, counts: dict[str, int]) -> FrameworkRecord:
    return FrameworkRecord(
        key=row.key,
        name=row.name,
        edition=row.edition,
        publisher=row.publisher,
        language=row.language,
        languages=tuple(row.languages or (row.language,)),
        attribution=row.attribution,
        licence=row.licence,
        description=row.description,
        origin=row.origin,
        counts={kind.value: counts.get(kind.value, 0) for kind in Kind},
    )


_parent = aliased(Entry)
# Plain dict look-ups: calling an Enum per row costs more than the whole SQL query on large lists.
_KINDS = {kind.value: kind for kind in Kind}
_LABEL_KINDS = {kind.value: kind for kind in LabelKind}
_STATUSES = {status.value: status for status in Status}


def entry_select() -> Any:
    return (
        select(
            Entry.id,
            Framework.key.label("framework"),
            Entry.key,
            Entry.kind,
            Entry.label,
            Entry.lang,
            Entry.category,
            Entry.definition,
            Entry.purpose,
            Entry.trigger,
            Entry.outcome,
            _parent.key.label("parent_key"),
            Entry.position,
            Entry.iri,
            Entry.status,
            Entry.source,
            Entry.successors,
        )
        .join(Framework, Entry.framework_id == Framework.id)
        .outerjoin(_parent, Entry.parent_id == _parent.id)
    )


def entry_records(session: Session, rows: Sequence[Sequence[Any]], ids: Any) -> list[EntryRecord]:
    """Entry values for `rows`; `ids` selects the same entries' ids, so each detail table is read in one query."""
    with collector_paused():
        return _build_entry_records(session, rows, ids)


def _build_entry_records(session: Session, rows: Sequence[Sequence[Any]], ids: Any) -> list[EntryRecord]:
    labels: dict[int, list[Label]] = defaultdict(list)
    definitions: dict[int, list[tuple[str, str]]] = defaultdict(list)
    links: dict[int, dict[str, list[Ref]]] = defaultdict(dict)
    target = aliased(Entry)
    target_framework = aliased(Framework)
    for entry_id, text, kind, lang in session.execute(
        select(EntryLabel.entry_id, EntryLabel.text, EntryLabel.kind, EntryLabel.lang)
        .where(EntryLabel.entry_id.in_(ids))
        .order_by(EntryLabel.id)
    ):
        labels[entry_id].append(Label(text, _LABEL_KINDS[kind], lang))
    for entry_id, lang, text in session.execute(
        select(EntryDefinition.entry_id, EntryDefinition.lang, EntryDefinition.text).where(
            EntryDefinition.entry_id.in_(ids)
        )
    ):
        definitions[entry_id].append((lang, text))
    for subject_id, relation, framework_key, key in session.execute(
        select(EntryLink.subject_id, EntryLink.relation, target_framework.key, target.key)
        .join(target, EntryLink.object_id == target.id)
        .join(target_framework, target.framework_id == target_framework.id)
        .where(EntryLink.subject_id.in_(ids))
    ):
        links[subject_id].setdefault(relation, []).append(Ref(framework_key, key))
    records = []
    # Rows unpacked in entry_select's column order: reading fourteen attributes by name cost 80 ms per 10,000.
    for (
        entry_id, framework, key, kind, label, lang, category, definition, purpose, trigger, outcome, parent_key,
        position, iri, status, source, successors,
    ) in rows:
        entry_links = links.get(entry_id)
        if entry_links:
            broader = tuple(entry_links.get("broader", ()))
            related = tuple(entry_links.get("related", ()))
            realised_by = tuple(entry_links.get("realised-by", ()))
            includes = tuple(entry_links.get("includes", ()))
            domains = tuple(sorted(entry_links.get("domain", ()), key=str))
            ranges = tuple(sorted(entry_links.get("range", ()), key=str))
        else:  # most entries: no links, nothing to sort
            broader = related = realised_by = includes = domains = ranges = ()
        texts = definitions.get(entry_id)
        records.append(
            EntryRecord(
                id=entry_id,
                ref=Ref(framework, key),
                kind=_KINDS[kind],
                label=label,
                lang=lang,
                category=category,
                definition=definition,
                purpose=purpose,
                trigger=trigger,
                outcome=outcome,
                parent=Ref(framework, parent_key) if parent_key else None,
                position=position,
                labels=tuple(labels.get(entry_id, ())),
                definitions=tuple(sorted(texts)) if texts else (),
                broader=broader,
                related=related,
                domains=domains,
                ranges=ranges,
                iri=iri,
                status=_STATUSES[status],
                source=source,
                successors=tuple(Ref.parse(text) for text in successors) if successors else (),
                realised_by=realised_by,
                includes=includes,
            )
        )
    return records


def mapping_records(
    session: Session, condition: Any = True, between: tuple[str | None, str | None] = (None, None)
) -> list[MappingRecord]:
    """Decisions matching `condition`; `between` narrows them to one framework, or a pair in either order."""
    subject = aliased(Entry)
    obj = aliased(Entry)
    subject_framework = aliased(Framework)
    object_framework = aliased(Framework)
    query = (
        # Columns, not the Mapping entity: building and tracking an ORM object per row cost most of the read.
        select(
            Mapping.id,
            Mapping.predicate,
            Mapping.negated,
            Mapping.confidence,
            Mapping.justification,
            Mapping.author,
            Mapping.comment,
            Mapping.created,
            Mapping.updated,
            Mapping.version,
            subject_framework.key,
            subject.key,
            subject.label,
            object_framework.key,
            obj.key,
            obj.label,
        )
        .join(subject, Mapping.subject_id == subject.id)
        .join(subject_framework, subject.framework_id == subject_framework.id)
        .join(obj, Mapping.object_id == obj.id)
        .join(object_framework, obj.framework_id == object_framework.id)
        .where(condition)
        .order_by(Mapping.id)
    )
    first, second = between
    if first is not None and second is None:
        query = query.where(or_(subject_framework.key == first, object_framework.key == first))
    elif first is not None:
        query = query.where(
            or_(
                and_(subject_framework.key == first, object_framework.key == second),
                and_(subject_framework.key == second, object_framework.key == first),
            )
        )
    rows = session.execute(query)
    return [
        MappingRecord(
            id=mapping_id,
            subject=Ref(subject_fw, subject_key),
            predicate=Predicate(predicate),
            object=Ref(object_fw, object_key),
            negated=negated,
            confidence=confidence,
            justification=justification,
            author=author,
            comment=comment,
            created=created,
            updated=updated,
            subject_label=subject_label,
            object_label=object_label,
            version=version,
        )
        for (
            mapping_id, predicate, negated, confidence, justification, author, comment, created, updated, version,
            subject_fw, subject_key, subject_label, object_fw, object_key, object_label,
        ) in rows
    ]


def insert_framework(session: Session, data: FrameworkData) -> None:
    """A new framework with its entries, inside a transaction the caller holds."""
    framework_id = session.execute(
        insert(Framework)
        .values(
            key=data.key,
            name=data.name,
            edition=data.edition,
            publisher=data.publisher,
            language=data.language,
            languages=list(data.languages),
            attribution=data.attribution,
            licence=data.licence,
            description=data.description,
            origin=data.origin,
        )
        .returning(Framework.id)
    ).scalar_one()
    insert_entries(session, framework_id, data.entries)
    write_details(session, entry_ids(session, framework_id), data.entries)
