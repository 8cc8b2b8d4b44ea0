# SPDX-License-Identifier: GPL-3.0-or-later
"""An account remembers how many messages its last sync could not read and kept in the
quarantine, beside how many it fetched, for the accounts list. Accounts synced before
count none.

Revision ID: 0027
Revises: 0026
Create Date: 2026-11-28
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0027"
down_revision = "0026"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column(
        "mail_accounts",
        sa.Column("last_quarantined", sa.Integer(), nullable=False, server_default="0"),
    )


def downgrade() -> None:
    op.execute("ALTER TABLE mail_accounts DROP COLUMN last_quarantined")
