# SPDX-License-Identifier: GPL-3.0-or-later
"""A quarantined message remembers the date its mailbox or file gave (the mbox "From "
line, the Maildir file name, the file's time) and where that date came from, so that one
without a Date field that is read when tried again is dated as the first import would have
dated it. Messages quarantined before have none.

Revision ID: 0026
Revises: 0025
Create Date: 2026-11-27
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0026"
down_revision = "0025"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("quarantine", sa.Column("fallback_date", sa.DateTime(), nullable=True))
    op.add_column(
        "quarantine",
        sa.Column("fallback_source", sa.String(16), nullable=False, server_default="none"),
    )


def downgrade() -> None:
    op.execute("ALTER TABLE quarantine DROP COLUMN fallback_source")
    op.execute("ALTER TABLE quarantine DROP COLUMN fallback_date")
