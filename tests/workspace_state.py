"""What a workspace holds, as one digest, to prove that a refused operation wrote nothing: the file's bytes for a
workspace file, every row of every table (in key order) for a database."""

from __future__ import annotations

import hashlib

from sqlalchemy import select

from workbench.store.models import Base
from workbench.workspace import Workspace


def state_digest(workspace: Workspace) -> str:
    if not workspace.on_server:
        return hashlib.sha256(workspace.path.read_bytes()).hexdigest()
    digest = hashlib.sha256()
    with workspace.transaction() as session:
        for table in Base.metadata.sorted_tables:
            if table.name == "version_counter":  # SQLite's; the database draws stamps from a sequence
                continue
            for row in session.execute(select(table).order_by(*table.primary_key.columns)):
                digest.update(repr(tuple(row)).encode())
    return digest.hexdigest()
