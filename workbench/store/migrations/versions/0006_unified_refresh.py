"""Traces say where they come from, and unified activities carry a status, so the refresh from decisions can keep
what people did and redo only what it derived itself.

- `unified_trace.origin`: "source" (the entry the element was started from: the USM skeleton, or the entry a
  proposal was made from), "manual" (traced by a person), "derived" (the refresh traced it from a decision), or
  "removed" (a person took a derived trace away, or deleted the element that held it: the refresh leaves that
  place alone from then on).
- `unified_activity.status`: "draft", "agreed" or "proposed" (made by the refresh; a person's edit adopts it).

Revision ID: 0006
Revises: 0005
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


# SQLite alters these tables in place (ADD/DROP COLUMN), never by copying them: dropping the old copy of
# unified_activity would cascade to the traces of its activities.


def upgrade() -> None:
    with op.batch_alter_table("unified_trace", recreate="never") as batch:
        batch.add_column(sa.Column("origin", sa.String(16), nullable=False, server_default="manual"))
    with op.batch_alter_table("unified_activity", recreate="never") as batch:
        batch.add_column(sa.Column("status", sa.String(16), nullable=False, server_default="draft"))
    # A workspace started from the USM skeleton before this revision holds each skeleton element traced "exact" to
    # the USM entry whose label it was given: that entry is the element's source.
    op.execute(
        "UPDATE unified_trace SET origin = 'source' WHERE relation = 'exact' AND ("
        " (process_id IS NOT NULL AND (SELECT label FROM unified_process WHERE id = unified_trace.process_id)"
        "  = (SELECT label FROM entry WHERE id = unified_trace.entry_id))"
        " OR (activity_id IS NOT NULL AND (SELECT label FROM unified_activity WHERE id = unified_trace.activity_id)"
        "  = (SELECT label FROM entry WHERE id = unified_trace.entry_id)))"
        " AND (SELECT framework.key FROM entry JOIN framework ON framework.id = entry.framework_id"
        "  WHERE entry.id = unified_trace.entry_id) = 'usm'"
    )


def downgrade() -> None:
    with op.batch_alter_table("unified_activity", recreate="never") as batch:
        batch.drop_column("status")
    with op.batch_alter_table("unified_trace", recreate="never") as batch:
        batch.drop_column("origin")
