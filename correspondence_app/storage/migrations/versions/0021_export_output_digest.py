# SPDX-License-Identifier: GPL-3.0-or-later
"""The export log keeps the SHA-256 of the whole file of a ZIP, PDF or bundle export, so
that the archive's check finds a changed page of a dossier (which its manifest cannot list)
or a bundle it cannot open. Exports logged before have "" (their manifest is checked as
before).

Revision ID: 0021
Revises: 0020
Create Date: 2026-11-27
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0021"
down_revision = "0020"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column(
        "export_log",
        sa.Column("output_sha256", sa.String(length=64), nullable=False, server_default=""),
    )


def downgrade() -> None:
    op.execute("ALTER TABLE export_log DROP COLUMN output_sha256")
