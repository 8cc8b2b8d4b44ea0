# SPDX-License-Identifier: GPL-3.0-or-later
"""Tags, rules, saved searches, notes and the journal of tag changes.

The folders, mbox files and Gmail labels that earlier imports found become tags of
the "imported" kind, assigned to the messages found there, as today's import does.

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-25
"""

from __future__ import annotations

import json
from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def _stamps() -> list[sa.Column[datetime]]:
    return [
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("modified_at", sa.DateTime(), nullable=False),
    ]


def upgrade() -> None:
    op.create_table(
        "tags",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("name_key", sa.Text(), nullable=False),
        sa.Column("kind", sa.Enum("user", "imported", name="tagkind", native_enum=False, length=16), nullable=False),  # noqa: E501
        sa.Column("color", sa.String(16), nullable=False),
        sa.Column("is_dropped", sa.Boolean(), nullable=False),
        *_stamps(),
        sa.Column("author", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("kind", "name_key"),
    )  # fmt: skip
    op.create_index("ix_tags_name_key", "tags", ["name_key"])
    op.create_table(
        "message_tags",
        sa.Column("tag_id", sa.Integer(), nullable=False),
        sa.Column("message_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["tag_id"], ["tags.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["message_id"], ["messages.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("tag_id", "message_id"),
        sqlite_with_rowid=False,
    )
    op.create_index("ix_message_tags_message_id", "message_tags", ["message_id"])
    op.create_table(
        "change_sets",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("author", sa.Text(), nullable=False),
        sa.Column("undone_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "tag_changes",
        sa.Column("change_set_id", sa.Integer(), nullable=False),
        sa.Column("tag_id", sa.Integer(), nullable=False),
        sa.Column("message_id", sa.Integer(), nullable=False),
        sa.Column("is_added", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(["change_set_id"], ["change_sets.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("change_set_id", "tag_id", "message_id"),
        sqlite_with_rowid=False,
    )
    op.create_table(
        "rules",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("query", sa.Text(), nullable=False),
        sa.Column("is_enabled", sa.Boolean(), nullable=False),
        *_stamps(),
        sa.Column("author", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("name"),
    )
    op.create_table(
        "rule_tags",
        sa.Column("rule_id", sa.Integer(), nullable=False),
        sa.Column("tag_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["rule_id"], ["rules.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["tag_id"], ["tags.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("rule_id", "tag_id"),
    )
    op.create_table(
        "saved_searches",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("query", sa.Text(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        *_stamps(),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("name"),
    )
    op.create_table(
        "notes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("message_id", sa.Integer(), nullable=False),
        sa.Column("scope", sa.Enum("message", "thread", name="notescope", native_enum=False, length=16), nullable=False),  # noqa: E501
        sa.Column("text", sa.Text(), nullable=False),
        *_stamps(),
        sa.Column("author", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["message_id"], ["messages.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("message_id", "scope"),
    )  # fmt: skip
    op.execute(
        "CREATE VIRTUAL TABLE notes_fts USING fts5(words, keys, "
        "content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 0')"
    )
    op.create_table(
        "dismissed_topics",
        sa.Column("key", sa.Text(), nullable=False),
        sa.Column("words", sa.Text(), nullable=False),
        sa.Column("dismissed_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("key"),
    )
    _tag_imported_places(op.get_bind())


def _tag_imported_places(connection: sa.Connection) -> None:
    """The places earlier imports found, as imported tags with their messages."""
    # Imported here, not at the top: the module is loaded by Alembic, and these are the
    # functions today's import uses, so both name places the same way.
    from correspondence_app.tagging.names import tag_key, tag_name

    names: dict[str, str] = {}  # key -> name as first seen
    by_place: dict[str, list[int]] = {}
    rows = connection.execute(sa.text("SELECT message_id, folder, labels FROM message_sources"))
    for message_id, folder, labels in rows:
        places = [folder, *_labels(labels)]
        for place in places:
            name = tag_name(place)
            if name:
                key = tag_key(name)
                names.setdefault(key, name)
                by_place.setdefault(key, []).append(message_id)
    now = datetime.now(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")
    for key, message_ids in by_place.items():
        tag_id = connection.execute(
            sa.text(
                "INSERT INTO tags (name, name_key, kind, color, is_dropped, created_at, "
                "modified_at, author) VALUES (:name, :key, 'imported', '', 0, :now, :now, '') "
                "RETURNING id"
            ),
            {"name": names[key], "key": key, "now": now},
        ).scalar_one()
        connection.execute(
            sa.text("INSERT OR IGNORE INTO message_tags (tag_id, message_id) VALUES (:t, :m)"),
            [{"t": tag_id, "m": message_id} for message_id in sorted(set(message_ids))],
        )


def _labels(stored: str) -> list[str]:
    try:
        labels = json.loads(stored) if stored else []
    except ValueError:
        return []
    return [label for label in labels if isinstance(label, str)] if isinstance(labels, list) else []


def downgrade() -> None:
    op.drop_table("dismissed_topics")
    op.execute("DROP TABLE notes_fts")
    op.drop_table("notes")
    op.drop_table("saved_searches")
    op.drop_table("rule_tags")
    op.drop_table("rules")
    op.drop_table("tag_changes")
    op.drop_table("change_sets")
    op.drop_index("ix_message_tags_message_id", "message_tags")
    op.drop_table("message_tags")
    op.drop_index("ix_tags_name_key", "tags")
    op.drop_table("tags")
