# SPDX-License-Identifier: GPL-3.0-or-later
"""What organising needs to keep its promises: merged and deleted tags can be undone, a
dismissed topic stays dismissed, and rules reach every new message.

* ``change_sets.tag_edits``: the changes of a step besides assignments (a tag deleted or
  merged, a child tag moved, a rule's tag, a query rewritten), so undo can take them back.
* ``dismissed_topics.message_ids``: the messages of a dismissed suggestion's conversations,
  so a suggestion made mostly of them is not made again under other words.
* ``rules_applied_up_to`` in ``archive_settings``: the newest message the rules have seen.
  An existing archive's rules have seen all of its mail: they ran after each import.

Revision ID: 0019
Revises: 0018
Create Date: 2026-11-26
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0019"
down_revision = "0018"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column(
        "change_sets", sa.Column("tag_edits", sa.Text(), nullable=False, server_default="")
    )
    op.add_column(
        "dismissed_topics",
        sa.Column("message_ids", sa.Text(), nullable=False, server_default="[]"),
    )
    op.execute(
        "INSERT OR REPLACE INTO archive_settings (key, value) "
        "SELECT 'rules_applied_up_to', CAST(coalesce(max(id), 0) AS TEXT) FROM messages"
    )


def downgrade() -> None:
    op.execute("DELETE FROM archive_settings WHERE key = 'rules_applied_up_to'")
    # Deleted tags of the user's were kept for undo; the older schema has no place for them.
    op.execute("DELETE FROM tags WHERE kind = 'user' AND is_dropped")
    # Dropped in place: copying change_sets would delete its steps' rows (foreign keys).
    op.execute("ALTER TABLE dismissed_topics DROP COLUMN message_ids")
    op.execute("ALTER TABLE change_sets DROP COLUMN tag_edits")
