# SPDX-License-Identifier: GPL-3.0-or-later
"""Watched people and signs of life entered by hand; groups of officials, marks on sent
mail and paper letters, for the letters that wait for an answer; rejected person merges.

Revision ID: 0010
Revises: 0009
Create Date: 2026-11-25
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None

_KINDS = ("phone", "messenger", "in-person", "third-party", "letter", "other")


def upgrade() -> None:
    op.create_table(
        "watched_people",
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("threshold_days", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["person_id"], ["people.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("person_id"),
    )
    op.create_table(
        "life_events",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("happened_at", sa.DateTime(), nullable=False),
        sa.Column("kind", sa.Enum(*_KINDS, name="eventkind", native_enum=False, length=16), nullable=False),  # noqa: E501
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("blob_id", sa.Integer(), nullable=True),
        sa.Column("filename", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("author", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["person_id"], ["people.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["blob_id"], ["attachment_blobs.id"]),
        sa.PrimaryKeyConstraint("id"),
    )  # fmt: skip
    op.create_index("ix_life_events_person_id", "life_events", ["person_id"])
    op.create_index("ix_life_events_happened_at", "life_events", ["happened_at"])
    op.create_table(
        "rejected_merges",
        sa.Column("first_address", sa.Text(), nullable=False),
        sa.Column("second_address", sa.Text(), nullable=False),
        sa.Column("rejected_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("first_address", "second_address"),
    )
    op.create_table(
        "official_groups",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("deadline_days", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("name"),
    )
    op.create_table(
        "group_members",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("group_id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=True),
        sa.Column("domain", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["group_id"], ["official_groups.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["person_id"], ["people.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("group_id", "person_id", "domain"),
    )
    op.create_index("ix_group_members_group_id", "group_members", ["group_id"])
    op.create_table(
        "reply_marks",
        sa.Column("message_id", sa.Integer(), nullable=False),
        sa.Column("awaits", sa.Boolean(), nullable=False),
        sa.Column("answered_at", sa.DateTime(), nullable=True),
        sa.Column("answer_note", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("author", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["message_id"], ["messages.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("message_id"),
    )
    op.create_table(
        "paper_letters",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("recipient", sa.Text(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=True),
        sa.Column("group_id", sa.Integer(), nullable=True),
        sa.Column("sent_at", sa.DateTime(), nullable=False),
        sa.Column("subject", sa.Text(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("blob_id", sa.Integer(), nullable=True),
        sa.Column("filename", sa.Text(), nullable=False),
        sa.Column("awaits", sa.Boolean(), nullable=False),
        sa.Column("answered_at", sa.DateTime(), nullable=True),
        sa.Column("answer_note", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("author", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["person_id"], ["people.id"], ondelete="SET NULL"),
        sa.ForeignKeyConstraint(["group_id"], ["official_groups.id"], ondelete="SET NULL"),
        sa.ForeignKeyConstraint(["blob_id"], ["attachment_blobs.id"]),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade() -> None:
    op.drop_table("paper_letters")
    op.drop_table("reply_marks")
    op.drop_index("ix_group_members_group_id", "group_members")
    op.drop_table("group_members")
    op.drop_table("official_groups")
    op.drop_table("rejected_merges")
    op.drop_index("ix_life_events_happened_at", "life_events")
    op.drop_index("ix_life_events_person_id", "life_events")
    op.drop_table("life_events")
    op.drop_table("watched_people")
