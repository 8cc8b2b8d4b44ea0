# SPDX-License-Identifier: GPL-3.0-or-later
"""The thread list: one row per conversation, so that pages come from an index.

Its rows are computed by the threading code; the migration only marks the list stale and
the archive fills it before it is first read.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-25
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "thread_list",
        sa.Column("thread_id", sa.Integer(), nullable=False),
        sa.Column("subject", sa.Text(), nullable=False),
        sa.Column("subject_key", sa.Text(), nullable=False),
        sa.Column("participants", sa.Text(), nullable=False),
        sa.Column("participants_key", sa.Text(), nullable=False),
        sa.Column("messages", sa.Integer(), nullable=False),
        sa.Column("first_at", sa.DateTime(), nullable=True),
        sa.Column("last_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("thread_id"),
    )
    for column in ("subject_key", "participants_key", "messages", "last_at"):
        op.create_index(f"ix_thread_list_{column}", "thread_list", [column])
    if op.get_bind().execute(sa.text("SELECT 1 FROM messages LIMIT 1")).first():
        op.execute("INSERT INTO archive_settings (key, value) VALUES ('thread_list', 'stale')")


def downgrade() -> None:
    op.execute("DELETE FROM archive_settings WHERE key = 'thread_list'")
    op.drop_table("thread_list")
