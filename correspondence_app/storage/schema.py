# SPDX-License-Identifier: GPL-3.0-or-later
"""Brings an archive's schema to the newest revision with Alembic, backing it up first."""

from __future__ import annotations

import errno
import shutil
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, text
from sqlalchemy.exc import OperationalError

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS = Path(__file__).with_name("migrations")


def _config() -> Config:
    from alembic.config import Config  # Alembic is loaded only when a migration runs

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


def head_revision() -> str:
    """The newest revision: revisions are numbered like their files ("0005_….py")."""
    numbers = [
        path.name[:4] for path in (MIGRATIONS / "versions").glob("[0-9][0-9][0-9][0-9]_*.py")
    ]
    if not numbers:
        raise RuntimeError("no migrations found")
    return max(numbers)


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        try:
            return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
        except OperationalError:  # no such table: a database no migration has touched
            return None


def upgrade(engine: Engine, database_path: Path, *, target: str | None = None) -> str | None:
    """Migrates to head (or target); returns the path of the pre-upgrade backup, if made."""
    current = current_revision(engine)
    head = target or head_revision()
    if current == head:
        return None
    if target is None and current is not None and current > head:
        raise NewerSchemaError(
            f"{database_path}: made by a newer version of the program (database revision "
            f"{current}): please update the program"
        )
    backup: str | None = None
    if current is not None:
        # The database file is encrypted, so a copy of it is as safe as the original.
        with engine.connect() as connection:
            connection.execute(text("PRAGMA wal_checkpoint(TRUNCATE)"))
        backup_path = database_path.with_name(f"{database_path.name}.before-{head}.bak")
        _copy_before_upgrade(database_path, backup_path)
        backup = str(backup_path)
    from alembic import command

    config = _config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, head)
    if backup is not None:
        _remove_older_copies(database_path, Path(backup))
    return backup


def _remove_older_copies(database_path: Path, kept: Path) -> None:
    """The copies earlier upgrades kept: each is as large as the archive, and the one just
    made holds everything they do."""
    for older in database_path.parent.glob(f"{database_path.name}.before-*.bak"):
        if older != kept:
            older.unlink(missing_ok=True)


class NewerSchemaError(Exception):
    """A database a newer version wrote (a revision this one does not know): left as it is,
    for the newer version to open."""


class UpgradeSpaceError(Exception):
    """No room for the copy an upgrade keeps of the database: nothing was changed."""


# Room left beside the copy: the upgrade itself writes to the database and its log too.
UPGRADE_MARGIN_BYTES = 8 * 2**20


def _copy_before_upgrade(database_path: Path, backup_path: Path) -> None:
    needed = database_path.stat().st_size + UPGRADE_MARGIN_BYTES
    free = shutil.disk_usage(database_path.parent).free
    if free < needed:
        raise UpgradeSpaceError(_no_room(database_path, needed, free))
    try:
        shutil.copy2(database_path, backup_path)
        backup_path.chmod(0o600)
    except OSError as error:
        backup_path.unlink(missing_ok=True)
        if error.errno in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG):
            free = shutil.disk_usage(database_path.parent).free
            raise UpgradeSpaceError(_no_room(database_path, needed, free)) from None
        raise


def _no_room(database_path: Path, needed: int, free: int) -> str:
    return (
        f"{database_path}: this version upgrades the archive and keeps a copy of it first, "
        f"which needs {_size(needed)} on this disk; {_size(free)} are free. "
        "Free some space and open it again; nothing was changed"
    )


def _size(size_bytes: int) -> str:
    if size_bytes >= 2**30:
        return f"{size_bytes / 2**30:.1f} GB"
    return f"{max(size_bytes / 2**20, 0.1):.1f} MB"
