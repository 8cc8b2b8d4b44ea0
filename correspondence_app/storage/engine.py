# SPDX-License-Identifier: GPL-3.0-or-later
"""SQLCipher engines: the only module that hands the database key to SQLCipher."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import sqlcipher3.dbapi2 as sqlcipher
from sqlalchemy import Engine, create_engine
from sqlalchemy.pool import QueuePool

if TYPE_CHECKING:
    from pathlib import Path

CACHE_KIB = 16_000  # 16 MB per connection: threading and searches read the same pages again
# An import's writer makes do with less: its processes share one memory budget.
IMPORT_CACHE_KIB = 8_000

# Applied to every connection. cipher_memory_security stays off: it makes FTS5 queries
# several times slower, and the memory of the unlocked process is outside the threat model.
CONNECTION_PRAGMAS = (
    "PRAGMA journal_mode = WAL",
    "PRAGMA synchronous = FULL",
    "PRAGMA temp_store = MEMORY",
    "PRAGMA secure_delete = ON",
    "PRAGMA foreign_keys = ON",
    "PRAGMA busy_timeout = 10000",
    f"PRAGMA cache_size = -{CACHE_KIB}",
)


class NotAnArchiveDatabase(Exception):  # noqa: N818
    """The file is not an SQLCipher database that opens with this key."""


class DatabaseUnreadable(Exception):  # noqa: N818
    """The database could not be read at all (a full or failing disk, a drive gone): it says
    nothing about the file itself, so it must not be taken for damage."""


SQLITE_NOTADB = 26  # the only answer that means "not this database, or damaged"


def connect(path: Path, key: bytes) -> Any:
    """A raw DB-API connection with the key applied and the archive's settings."""
    if len(key) != 32:
        raise ValueError("the database key must be 32 bytes")
    connection = sqlcipher.connect(str(path), check_same_thread=False)
    try:
        # Damage is reported by our own messages; SQLCipher's log would go to stderr.
        connection.execute("PRAGMA cipher_log_level = NONE")
        # A raw key skips SQLCipher's own PBKDF2: Argon2id already stretched the passphrase.
        connection.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
        try:
            connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlcipher.DatabaseError as error:
            if getattr(error, "sqlite_errorcode", SQLITE_NOTADB) != SQLITE_NOTADB:
                raise DatabaseUnreadable(
                    f"{path}: cannot be read ({error}); is the disk full, or the drive "
                    "disconnected? Nothing was changed"
                ) from None
            raise NotAnArchiveDatabase(
                f"{path}: not an archive database, or a different key"
            ) from None
        for pragma in CONNECTION_PRAGMAS:
            connection.execute(pragma)
    except BaseException:
        connection.close()
        raise
    return connection


def page_check(path: Path, key: bytes) -> tuple[str, ...]:
    """SQLCipher's check of every page's authentication code, on a database that no longer
    opens (its schema is damaged): the check needs the key, not the schema."""
    connection = sqlcipher.connect(str(path), check_same_thread=False)
    try:
        connection.execute("PRAGMA cipher_log_level = NONE")
        connection.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
        rows = connection.execute("PRAGMA cipher_integrity_check").fetchall()
        return tuple(f"encrypted page check: {row[0]}" for row in rows)
    except sqlcipher.DatabaseError as error:
        return (f"database damaged: {str(error).splitlines()[0] if str(error) else error!r}",)
    finally:
        connection.close()


def create_archive_engine(path: Path, key: bytes) -> Engine:
    """An SQLAlchemy engine whose connections all carry the key and the pragmas."""
    return create_engine(
        "sqlite+pysqlite://",
        module=sqlcipher,
        creator=lambda: connect(path, key),
        poolclass=QueuePool,
        pool_size=2,
        max_overflow=4,
        hide_parameters=True,
    )
