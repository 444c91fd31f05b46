"""Remember when a person has edited a unified concept's members (merge, split), so a refresh keeps them.

Revision ID: 0003
Revises: 0002
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("unified_concept") as batch:
        batch.add_column(
            sa.Column("members_edited", sa.Boolean(), nullable=False, server_default=sa.false())
        )


def downgrade() -> None:
    with op.batch_alter_table("unified_concept") as batch:
        batch.drop_column("members_edited")
