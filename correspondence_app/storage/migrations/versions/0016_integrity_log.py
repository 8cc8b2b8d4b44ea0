# SPDX-License-Identifier: GPL-3.0-or-later
"""The integrity log: each check of the archive with its time, result and findings.

Revision ID: 0016
Revises: 0015
Create Date: 2026-11-28
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0016"
down_revision = "0015"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "integrity_log",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("checked_at", sa.DateTime(), nullable=False),
        sa.Column("ok", sa.Boolean(), nullable=False),
        sa.Column("checked", sa.Integer(), nullable=False),
        sa.Column("problems", sa.Integer(), nullable=False),
        sa.Column("findings", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_integrity_log_checked_at", "integrity_log", ["checked_at"])


def downgrade() -> None:
    op.drop_index("ix_integrity_log_checked_at", table_name="integrity_log")
    op.drop_table("integrity_log")
