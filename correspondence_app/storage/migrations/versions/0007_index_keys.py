# SPDX-License-Identifier: GPL-3.0-or-later
"""Whole addresses, folders and has:attachment by the index.

Each message's index row now also holds one key per whole address (``4`` and a hash, in
the sender, recipients and cc keys), one per folder, mbox file or label it was found in
and every folder above (``6`` and a hash), and ``5attachment`` when it has an attachment
(these two in the filenames' keys). ``from:anna@example.org``, ``folder:Archiv`` and
``has:attachment`` are looked up in the index like words, and meet the words of a query
there. The two indexes revision 0006 made on message sources for ``folder:`` are dropped:
nothing reads them now, and every import would keep writing them.
The rows are computed in Python: the migration marks the index stale, and the archive
rebuilds it before the first search (``correspondence-app reindex`` does it on demand).

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-25
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.drop_index("ix_message_sources_labels", "message_sources")
    op.drop_index("ix_message_sources_folder_nocase", "message_sources")
    connection = op.get_bind()
    if connection.execute(sa.text("SELECT 1 FROM messages LIMIT 1")).first():
        connection.execute(
            sa.text(
                "INSERT OR REPLACE INTO archive_settings (key, value) "
                "VALUES ('search_index', 'stale')"
            )
        )


def downgrade() -> None:
    # The older revision's queries ignore the extra keys; they need its two indexes back.
    op.execute(
        "CREATE INDEX ix_message_sources_folder_nocase ON message_sources (folder COLLATE NOCASE)"
    )
    op.execute(
        "CREATE INDEX ix_message_sources_labels ON message_sources (labels) WHERE labels != ''"
    )
