# SPDX-License-Identifier: GPL-3.0-or-later
"""folder: searches by index; Maildir folder names from IMAP servers decoded.

Dovecot and Courier write non-ASCII folder names in IMAP's modified UTF-7
("&BBQEPAQ4BEIEQAQ4BDk-" for "Дмитрий"); imports now store them decoded, and this
migration decodes the names stored before.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-25
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from correspondence_app.importers.maildir import decode_folder_part

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    connection = op.get_bind()
    rows = connection.execute(
        sa.text("SELECT DISTINCT folder FROM message_sources WHERE kind = 'maildir'")
    ).scalars()
    renamed = {
        folder: decoded
        for folder in list(rows)
        if folder and (decoded := "/".join(map(decode_folder_part, folder.split("/")))) != folder
    }
    for folder, decoded in renamed.items():
        connection.execute(
            sa.text(
                "UPDATE message_sources SET folder = :decoded "
                "WHERE kind = 'maildir' AND folder = :folder"
            ),
            {"decoded": decoded, "folder": folder},
        )
    op.execute(
        "CREATE INDEX ix_message_sources_folder_nocase ON message_sources (folder COLLATE NOCASE)"
    )
    op.execute(
        "CREATE INDEX ix_message_sources_labels ON message_sources (labels) WHERE labels != ''"
    )


def downgrade() -> None:
    op.drop_index("ix_message_sources_labels", "message_sources")
    op.drop_index("ix_message_sources_folder_nocase", "message_sources")
