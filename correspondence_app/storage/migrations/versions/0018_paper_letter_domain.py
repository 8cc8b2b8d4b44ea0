# SPDX-License-Identifier: GPL-3.0-or-later
"""The organisation a paper letter went to: its mail domain, so that only mail from there
answers it, not mail from every member of the letter's group.

Revision ID: 0018
Revises: 0017
Create Date: 2026-11-26
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0018"
down_revision = "0017"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("paper_letters") as batch:
        batch.add_column(sa.Column("domain", sa.Text(), nullable=False, server_default=""))


def downgrade() -> None:
    with op.batch_alter_table("paper_letters") as batch:
        batch.drop_column("domain")
