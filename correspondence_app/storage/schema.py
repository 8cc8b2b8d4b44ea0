# SPDX-License-Identifier: GPL-3.0-or-later
"""Brings an archive's schema to the newest revision with Alembic, backing it up first."""

from __future__ import annotations

import shutil
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, text

MIGRATIONS = Path(__file__).with_name("migrations")


def _config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


def head_revision() -> str:
    head = ScriptDirectory.from_config(_config()).get_current_head()
    if head is None:
        raise RuntimeError("no migrations found")
    return head


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def upgrade(engine: Engine, database_path: Path, *, target: str | None = None) -> str | None:
    """Migrates to head (or target); returns the path of the pre-upgrade backup, if made."""
    current = current_revision(engine)
    head = target or head_revision()
    if current == head:
        return None
    backup: str | None = None
    if current is not None:
        # The database file is encrypted, so a copy of it is as safe as the original.
        with engine.connect() as connection:
            connection.execute(text("PRAGMA wal_checkpoint(TRUNCATE)"))
        backup_path = database_path.with_name(f"{database_path.name}.before-{head}.bak")
        shutil.copy2(database_path, backup_path)
        backup_path.chmod(0o600)
        backup = str(backup_path)
    config = _config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, head)
    return backup
