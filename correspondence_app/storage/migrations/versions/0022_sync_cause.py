# SPDX-License-Identifier: GPL-3.0-or-later
"""An account remembers why its last sync failed as a cause (``accounts.imap.Cause``)
beside the problem's English words, so that the window says it in the user's language.
Syncs recorded before have "" (their words are shown as before).

Revision ID: 0022
Revises: 0021
Create Date: 2026-11-28
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0022"
down_revision = "0021"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column(
        "mail_accounts",
        sa.Column("last_sync_cause", sa.String(length=16), nullable=False, server_default=""),
    )


def downgrade() -> None:
    op.execute("ALTER TABLE mail_accounts DROP COLUMN last_sync_cause")
