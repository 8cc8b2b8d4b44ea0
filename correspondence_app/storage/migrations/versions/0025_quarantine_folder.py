# SPDX-License-Identifier: GPL-3.0-or-later
"""A quarantined message remembers the folder it was found in (the mbox file's name, the
Maildir folder, the IMAP folder), so that one imported when it is tried again is found
under that folder like the others. Messages quarantined before have "".

Revision ID: 0025
Revises: 0024
Create Date: 2026-11-27
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0025"
down_revision = "0024"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column(
        "quarantine", sa.Column("folder", sa.Text(), nullable=False, server_default="")
    )


def downgrade() -> None:
    op.execute("ALTER TABLE quarantine DROP COLUMN folder")
