# SPDX-License-Identifier: GPL-3.0-or-later
"""Source identities: a message converted from an item of an Outlook data file is also
known by a digest of the item's own properties, so that the item read again after an
update that converts differently is a duplicate, not a second message; a mail fetched from
a server or saved by a mail program (Thunderbird, Gmail Takeout) is known by what all its
copies share. Messages imported before have none (they are known by their bytes, as before).

Revision ID: 0023
Revises: 0022
Create Date: 2026-11-26
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0023"
down_revision = "0022"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "source_identities",
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("message_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["message_id"], ["messages.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("sha256"),
    )
    op.create_index(
        "ix_source_identities_message_id", "source_identities", ["message_id"], unique=False
    )


def downgrade() -> None:
    op.drop_index("ix_source_identities_message_id", table_name="source_identities")
    op.drop_table("source_identities")
