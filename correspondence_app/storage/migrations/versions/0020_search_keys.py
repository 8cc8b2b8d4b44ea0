# SPDX-License-Identifier: GPL-3.0-or-later
"""Fewer cross-alphabet keys, more stems in the search index.

Stopwords of German, English and Russian no longer carry a cross-alphabet key ("Нам" no
longer meets "Name"), nor do short words capitalised only because they open a sentence
("Лист бумаги" no longer meets "list"). A message whose language is not detected (most
short mails) now has its words stemmed as their script suggests, Latin as German and
English, Cyrillic as Russian ("Anträgen" finds "Anbei meine Anträge."). The rows are
computed in Python: the migration marks the index stale, and the archive rebuilds it
before the first search (``correspondence-app reindex`` does it on demand).

Revision ID: 0020
Revises: 0019
Create Date: 2026-11-26
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0020"
down_revision = "0019"
branch_labels = None
depends_on = None


def upgrade() -> None:
    _mark_index_stale()


def downgrade() -> None:
    _mark_index_stale()  # the older version rebuilds the rows it expects


def _mark_index_stale() -> None:
    connection = op.get_bind()
    if connection.execute(sa.text("SELECT 1 FROM messages LIMIT 1")).first():
        connection.execute(
            sa.text(
                "INSERT OR REPLACE INTO archive_settings (key, value) "
                "VALUES ('search_index', 'stale')"
            )
        )
