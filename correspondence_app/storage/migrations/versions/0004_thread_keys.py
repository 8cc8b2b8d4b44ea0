# SPDX-License-Identifier: GPL-3.0-or-later
"""Thread keys: the Message-IDs each message cites, and its normalised subject, both indexed.

They let an import thread only the conversations its messages touch. The keys of the
messages already in the archive are computed here, in Python: the normalised subject is
thread_builder's, so a change to normalise_subject needs a migration that recomputes them.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-25
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from correspondence_app.conversations.thread_builder import normalise_subject
from correspondence_app.storage.threads import cited_ids

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

BATCH_ROWS = 5_000


def upgrade() -> None:
    with op.batch_alter_table("messages") as batch:
        batch.add_column(sa.Column("subject_key", sa.Text(), nullable=False, server_default=""))
    op.create_table(
        "message_references",
        sa.Column("reference", sa.Text(), nullable=False),
        sa.Column("message_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["message_id"], ["messages.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("reference", "message_id"),
    )
    connection = op.get_bind()
    subjects = connection.exec_driver_sql("SELECT id, subject FROM messages").all()
    for start in range(0, len(subjects), BATCH_ROWS):
        connection.exec_driver_sql(
            "UPDATE messages SET subject_key = ? WHERE id = ?",
            [
                (normalise_subject(subject), id_)
                for id_, subject in subjects[start : start + BATCH_ROWS]
            ],
        )
    cited = connection.exec_driver_sql(
        'SELECT b.message_id, m.message_id, b.in_reply_to, b."references" '
        "FROM message_bodies b JOIN messages m ON m.id = b.message_id"
    ).all()
    rows = [
        (reference, id_)
        for id_, own, in_reply_to, references in cited
        for reference in cited_ids(own, in_reply_to, references)
    ]
    for start in range(0, len(rows), BATCH_ROWS):
        connection.exec_driver_sql(
            "INSERT INTO message_references (reference, message_id) VALUES (?, ?)",
            rows[start : start + BATCH_ROWS],
        )
    # After the rows: building an index once is faster than growing it row by row.
    op.create_index("ix_messages_subject_date", "messages", ["subject_key", "date_at"])


def downgrade() -> None:
    op.drop_index("ix_messages_subject_date", "messages")
    op.drop_table("message_references")
    # In place: a batch copy of the table would trip the foreign keys that point at it.
    op.execute("ALTER TABLE messages DROP COLUMN subject_key")
