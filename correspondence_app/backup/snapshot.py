# SPDX-License-Identifier: GPL-3.0-or-later
"""Snapshots of an archive's database in SQLCipher's encrypted form, and their checks.

The snapshot is SQLCipher's own copy: the new file is attached to a connection of the
archive without a KEY clause, so it takes the archive's key and cipher settings, and
``sqlcipher_export`` writes every table, index, trigger and virtual table into it page by
encrypted page. No plaintext ever reaches the disk. The copy runs in one read transaction,
so it is one consistent moment of the archive while imports go on (WAL).
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import zlib
from dataclasses import dataclass, fields
from typing import TYPE_CHECKING, Any

import sqlcipher3.dbapi2 as sqlcipher

from correspondence_app.backup.manifest import originals_digest
from correspondence_app.storage.attachment_store import check_parts
from correspondence_app.storage.compression import PART, decompress

if TYPE_CHECKING:
    from pathlib import Path

    from correspondence_app.backup.common import Reporter

EXPORT_SCHEMA = "backup"
CHECK_SCHEMA = "snapshot"
MAX_REPORTED = 20
# Progress callbacks from SQLite every so many virtual machine steps.
PROGRESS_STEPS = 20_000
# What is stored with its SHA-256: every item is hashed again on each check.
STORES = (
    ("message", "originals", "message_id"),
    ("converted message", "converted_originals", "message_id"),
    ("attachment", "attachment_blobs", "id"),
    ("quarantined item", "quarantine", "id"),
)
DatabaseError = sqlcipher.DatabaseError


@dataclass(frozen=True)
class SnapshotFacts:
    """What a database holds, counted in one transaction."""

    schema_revision: str
    messages: int
    attachments: int
    quarantined: int
    originals: int
    originals_sha256: str


def differences(expected: SnapshotFacts, found: SnapshotFacts, where: str) -> list[str]:
    """Each fact that differs, worded as ``<fact>: <expected> expected, <found> <where>``."""
    return [
        f"{field.name.replace('_', ' ')}: {getattr(expected, field.name)} expected, "
        f"{getattr(found, field.name)} {where}"
        for field in fields(SnapshotFacts)
        if getattr(expected, field.name) != getattr(found, field.name)
    ]


@dataclass(frozen=True)
class DatabaseCheck:
    findings: tuple[str, ...]
    facts: SnapshotFacts | None  # None when the database could not be read
    checked: int  # stored items hashed again

    @property
    def ok(self) -> bool:
        return not self.findings


def read_facts(connection: Any, schema: str) -> SnapshotFacts:
    """Counts and the digest of the originals; schema is one of ours, never user input."""

    def scalar(sql: str) -> Any:
        return connection.execute(sql).fetchone()[0]

    hashes = [row[0] for row in connection.execute(f"SELECT sha256 FROM {schema}.originals")]  # noqa: S608
    return SnapshotFacts(
        schema_revision=str(scalar(f"SELECT version_num FROM {schema}.alembic_version")),  # noqa: S608
        messages=int(scalar(f"SELECT count(*) FROM {schema}.messages")),  # noqa: S608
        attachments=int(scalar(f"SELECT count(*) FROM {schema}.attachments")),  # noqa: S608
        quarantined=int(scalar(f"SELECT count(*) FROM {schema}.quarantine")),  # noqa: S608
        originals=len(hashes),
        originals_sha256=originals_digest(hashes),
    )


def estimated_bytes(connection: Any) -> int:
    """The size of the archive's pages in use: about what a snapshot takes on disk."""

    def pragma(name: str) -> int:  # SQLCipher answers page_size as text
        return int(connection.execute(f"PRAGMA main.{name}").fetchone()[0])

    return (pragma("page_count") - pragma("freelist_count")) * pragma("page_size")


def export_snapshot(connection: Any, target: Path, reporter: Reporter) -> SnapshotFacts:
    """Writes a snapshot of the archive (``connection`` is one of its DB-API connections,
    left in autocommit mode: the caller closes it afterwards) to target, a new file; returns
    what the snapshot holds, counted in the same transaction."""
    connection.isolation_level = None  # the transaction below is ours, not the driver's
    connection.execute(f"ATTACH DATABASE ? AS {EXPORT_SCHEMA}", (str(target),))
    try:
        # One file, no WAL beside it: the backup is read-only from now on.
        connection.execute(f"PRAGMA {EXPORT_SCHEMA}.journal_mode = DELETE").fetchall()
        connection.execute(f"PRAGMA {EXPORT_SCHEMA}.synchronous = FULL")
        connection.execute("BEGIN")
        try:
            facts = read_facts(connection, "main")  # the first read fixes the snapshot
            total = estimated_bytes(connection)

            def on_progress() -> int:
                if reporter.is_cancelled:
                    return 1  # SQLite stops with "interrupted"
                reporter.report(_size_of(target), total, "copying")
                return 0

            connection.set_progress_handler(on_progress, PROGRESS_STEPS)
            connection.execute(f"SELECT sqlcipher_export('{EXPORT_SCHEMA}')").fetchall()
            connection.set_progress_handler(None, 0)
            connection.execute("COMMIT")
        except BaseException:
            connection.set_progress_handler(None, 0)
            if connection.in_transaction:
                with contextlib.suppress(DatabaseError):  # the first failure is the one to tell
                    connection.execute("ROLLBACK")
            raise
    finally:
        # After a failure the file may stay attached: the caller closes the connection.
        with contextlib.suppress(DatabaseError):
            connection.execute(f"DETACH DATABASE {EXPORT_SCHEMA}")
    return facts


def _size_of(path: Path) -> int:
    try:
        return os.stat(path).st_size
    except OSError:
        return 0


def attach_read_only(connection: Any, database: Path) -> None:
    """Attaches a backup's database, read-only, to a connection of the archive it was made
    of: without a KEY clause it opens with the archive's key."""
    connection.isolation_level = None
    uri = f"{database.resolve().as_uri()}?mode=ro"
    connection.execute(f"ATTACH DATABASE ? AS {CHECK_SCHEMA}", (uri,))


def open_read_only(database: Path, key: bytes) -> Any:
    """A read-only connection to a backup's database with its raw key (from its key file).
    Read-only matters: opening it the usual way (WAL) would change the file's bytes.
    Raises DatabaseError when the file does not open with this key."""
    if len(key) != 32:
        raise ValueError("the database key must be 32 bytes")
    uri = f"{database.resolve().as_uri()}?mode=ro"
    connection = sqlcipher.connect(uri, uri=True, check_same_thread=False, isolation_level=None)
    try:
        connection.execute("PRAGMA cipher_log_level = NONE")
        connection.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
        connection.execute("PRAGMA temp_store = MEMORY")
        connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except BaseException:
        connection.close()
        raise
    return connection


def check_database(connection: Any, schema: str, reporter: Reporter) -> DatabaseCheck:
    """SQLCipher's check of every page's authentication code, SQLite's integrity check, the
    counts, and every stored item hashed again. Damage is a finding, never a crash."""
    findings: list[str] = []
    try:
        for (row,) in connection.execute(f"PRAGMA {schema}.cipher_integrity_check"):
            findings.append(f"encrypted page check: {row}")
        problems = [
            line
            for (result,) in connection.execute(f"PRAGMA {schema}.integrity_check")
            for line in str(result).splitlines()
            if line != "ok"
        ]
        findings += [f"database integrity: {line}" for line in problems[:MAX_REPORTED]]
        if len(problems) > MAX_REPORTED:
            findings.append(f"database integrity: {len(problems) - MAX_REPORTED} more findings")
        facts = read_facts(connection, schema)
    except DatabaseError as error:
        findings.append(f"database damaged: {_first_line(error)}")
        return DatabaseCheck(tuple(findings), None, 0)
    checked = _rehash(connection, schema, reporter, findings)
    return DatabaseCheck(tuple(findings), facts, checked)


def _rehash(connection: Any, schema: str, reporter: Reporter, findings: list[str]) -> int:
    stores = [store for store in STORES if _has_table(connection, schema, store[1])]
    total = sum(
        int(
            connection.execute(
                f"SELECT coalesce(sum(length(data)), 0) FROM {schema}.{table}"  # noqa: S608
            ).fetchone()[0]
        )
        for _, table, _ in stores
    )
    checked = done = 0
    mismatches: list[str] = []
    damaged: set[int] = set()  # messages whose bytes do not match: their parts are not read
    for label, table, key in stores:
        query = f"SELECT {key}, sha256, compression, data FROM {schema}.{table} ORDER BY {key}"  # noqa: S608
        try:
            for ident, sha256, compression, data in connection.execute(query):
                if compression == PART:
                    continue  # an attachment kept in its message, checked with the originals
                checked += 1
                done += len(data)
                if not _matches(compression, data, sha256):
                    mismatches.append(f"{label} {ident}: content does not match its SHA-256")
                    if key == "message_id":  # an original, or the message converted from it
                        damaged.add(ident)
                reporter.report(done, total, "checking")
        except DatabaseError as error:
            findings.append(f"{label}s could not all be read: {_first_line(error)}")
    try:
        parts, findings_of_parts = check_parts(connection.execute, damaged, f"{schema}.")
        checked += parts
        mismatches += findings_of_parts
    except DatabaseError as error:
        findings.append(f"attachments could not all be read: {_first_line(error)}")
    findings += mismatches[:MAX_REPORTED]
    if len(mismatches) > MAX_REPORTED:
        findings.append(f"{len(mismatches) - MAX_REPORTED} more items do not match their SHA-256")
    return checked


def _has_table(connection: Any, schema: str, table: str) -> bool:
    row = connection.execute(
        f"SELECT 1 FROM {schema}.sqlite_master WHERE type = 'table' AND name = ?",  # noqa: S608
        (table,),
    ).fetchone()
    return row is not None


def _matches(compression: str, data: bytes, sha256: str) -> bool:
    try:
        return hashlib.sha256(decompress(compression, data)).hexdigest() == sha256
    except (ValueError, zlib.error):  # a damaged stream is a finding, not a crash
        return False


def _first_line(error: Exception) -> str:
    return str(error).splitlines()[0] if str(error) else type(error).__name__
