# SPDX-License-Identifier: GPL-3.0-or-later
"""Conversations: each message's parent, and the user's thread merges and splits.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("messages") as batch:
        batch.add_column(sa.Column("parent_id", sa.Integer(), nullable=True))
    op.create_table(
        "thread_merges",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("first_message_id", sa.Integer(), nullable=False),
        sa.Column("second_message_id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["first_message_id"], ["messages.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["second_message_id"], ["messages.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "thread_splits",
        sa.Column("message_id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["message_id"], ["messages.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("message_id"),
    )


def downgrade() -> None:
    op.drop_table("thread_splits")
    op.drop_table("thread_merges")
    # SQLite drops a column in place; a batch copy of the table would trip the
    # foreign keys that point at it.
    op.execute("ALTER TABLE messages DROP COLUMN parent_id")
