"""Entry provenance: a status (current, renamed, historical), the source publication, and successors.

Revision ID: 0004
Revises: 0003
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Server defaults give every entry of an older workspace the values a catalogue without the fields means.
    with op.batch_alter_table("entry") as batch:
        batch.add_column(sa.Column("status", sa.String(16), nullable=False, server_default="current"))
        batch.add_column(sa.Column("source", sa.Text(), nullable=False, server_default=""))
        batch.add_column(sa.Column("successors", sa.JSON(), nullable=False, server_default="[]"))


def downgrade() -> None:
    with op.batch_alter_table("entry") as batch:
        batch.drop_column("successors")
        batch.drop_column("source")
        batch.drop_column("status")
