# SPDX-License-Identifier: GPL-3.0-or-later
"""Alembic environment: migrations always run on a connection handed over by the archive."""

from __future__ import annotations

from alembic import context

from correspondence_app.storage.tables import Base

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,  # SQLite alters tables by copying them
)
with context.begin_transaction():
    context.run_migrations()
