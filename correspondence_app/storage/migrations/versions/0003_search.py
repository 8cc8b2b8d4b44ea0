# SPDX-License-Identifier: GPL-3.0-or-later
"""Search: one FTS5 column pair (words, keys) per field, message languages, attachment text.

The index of revision 0001 held raw text; this one holds the folded words and the
marked keys of :mod:`correspondence_app.search.normalise`. Its rows are computed in
Python, so the migration only marks the index stale; the archive rebuilds it before
the first search (``correspondence-app reindex`` does it on demand).

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-25
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

FIELDS = ("subject", "sender", "recipients", "cc", "body", "filenames", "attachments")
# bm25 weight of each field's words column; its keys column (stems, other spellings)
# weighs half: the word as written ranks above a relative.
WEIGHTS = (4.0, 3.0, 1.5, 1.0, 1.0, 2.0, 0.5)


def upgrade() -> None:
    op.execute("DROP TABLE messages_fts")
    columns = ", ".join(f"{field}, {field}_keys" for field in FIELDS)
    op.execute(
        f"CREATE VIRTUAL TABLE messages_fts USING fts5({columns}, "
        "content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 0')"
    )
    weights = ", ".join(f"{weight}, {weight / 2}" for weight in WEIGHTS)
    op.execute(f"INSERT INTO messages_fts(messages_fts, rank) VALUES ('rank', 'bm25({weights})')")
    with op.batch_alter_table("messages") as batch:
        batch.add_column(sa.Column("language", sa.String(8), nullable=False, server_default=""))
    with op.batch_alter_table("attachment_blobs") as batch:
        # Text found inside the attachment; NULL: not looked at yet.
        batch.add_column(sa.Column("text", sa.Text(), nullable=True))
    settings = op.create_table(
        "archive_settings",
        sa.Column("key", sa.String(64), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key"),
    )
    has_messages = op.get_bind().execute(sa.text("SELECT 1 FROM messages LIMIT 1")).first()
    op.bulk_insert(
        settings, [{"key": "search_index", "value": "stale" if has_messages else "current"}]
    )


def downgrade() -> None:
    op.drop_table("archive_settings")
    # In place: a batch copy of the tables would trip the foreign keys that point at them.
    op.execute("ALTER TABLE attachment_blobs DROP COLUMN text")
    op.execute("ALTER TABLE messages DROP COLUMN language")
    op.execute("DROP TABLE messages_fts")
    op.execute(
        "CREATE VIRTUAL TABLE messages_fts USING fts5("
        "subject, people, body, attachment_names, "
        "content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 2')"
    )
