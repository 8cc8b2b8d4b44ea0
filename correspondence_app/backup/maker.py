# SPDX-License-Identifier: GPL-3.0-or-later
"""Making a backup of an open archive: an encrypted snapshot, checked before it counts.

Into DEST/<archive>-backup-YYYYMMDD-HHMMSS/ go archive.db (the snapshot), a copy of
archive.key (so the passphrase or the recovery code opens the backup, nothing else) and
backup.json. All of it is written into a ``.partial`` folder first, synced, read back and
checked; only then is the folder renamed into place, and only then are the oldest
generations removed. A failure removes the partial folder and touches nothing else.
"""

from __future__ import annotations

import contextlib
import glob
import hashlib
import os
import shutil
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from correspondence_app import __version__
from correspondence_app.backup import shelf, snapshot
from correspondence_app.backup.common import (
    BackupCancelled,
    BackupError,
    Reporter,
    create_exclusively,
    describe_database_error,
    describe_os_error,
    sha256_of_file,
    sync_file,
)
from correspondence_app.backup.manifest import (
    MANIFEST_NAME,
    PARTIAL_SUFFIX,
    Manifest,
    folder_name,
)
from correspondence_app.crypto.keys import KeyFile, KeyFileError
from correspondence_app.fileio import fsync_directory, write_atomically
from correspondence_app.services import DATABASE_NAME, KEY_NAME

if TYPE_CHECKING:
    import threading
    from collections.abc import Callable
    from pathlib import Path

    from correspondence_app.importers.base import ProgressSink
    from correspondence_app.services import Archive

DEFAULT_KEEP = 5
SPACE_MARGIN_BYTES = 1 << 20  # the key file, backup.json and the file system's own needs


@dataclass(frozen=True)
class BackupReport:
    folder: Path
    manifest: Manifest
    seconds: float
    removed: tuple[Path, ...]  # older generations removed after this one was verified
    removal_problems: tuple[str, ...]


def make_backup(
    archive: Archive,
    destination: Path,
    *,
    keep: int = DEFAULT_KEEP,
    progress: ProgressSink | None = None,
    cancel: threading.Event | None = None,
    record: Callable[[Path, Manifest], None] | None = None,
) -> BackupReport:
    """Backs the archive up into a new folder in destination and keeps its keep newest
    backups there. record(folder, manifest) is called once the backup is in place and
    before any older one is removed. Raises BackupError (with BackupCancelled)."""
    if keep < 1:
        raise BackupError("keep at least one backup")
    started = time.monotonic()
    destination = _usable_destination(destination, archive.folder)
    reporter = Reporter(progress, cancel)
    key_bytes, archive_id = _key_file_bytes(archive)
    created_at = datetime.now(UTC)
    final = _free_name(destination, archive.folder.name, created_at)
    partial = final.with_name(final.name + PARTIAL_SUFFIX)
    try:
        partial.mkdir(mode=0o700)
    except OSError as error:
        raise BackupError(
            f"{destination}: cannot write here ({describe_os_error(error)})"
        ) from None
    try:
        manifest = _write_and_check(archive, partial, key_bytes, archive_id, created_at, reporter)
        _rename_into_place(partial, final)
    except BaseException as error:
        leftover = _remove(partial)
        if isinstance(error, BackupCancelled) or reporter.is_cancelled:
            raise BackupCancelled from None
        if isinstance(error, snapshot.DatabaseError):
            reason = describe_database_error(error)
        elif isinstance(error, OSError):
            reason = describe_os_error(error)
        elif isinstance(error, BackupError):
            reason = str(error)
        else:
            raise
        kept = f"remove the unfinished {leftover} by hand" if leftover else "nothing of it was kept"
        raise BackupError(
            f"{destination}: the backup failed: {reason}; {kept}; "
            "earlier backups and the archive are untouched"
        ) from None
    fsync_directory(destination)
    if record is not None:
        try:
            record(final, manifest)
        except Exception as error:
            reason = describe_database_error(error)
            raise BackupError(
                f"{final}: the backup is complete and verified, but could not be recorded in "
                f"the archive ({reason}); no older backup was removed"
            ) from None
    try:
        removed, problems = shelf.remove_old_generations(
            destination, archive_id, archive.folder.name, keep=keep, newest=final
        )
    except BackupError as error:  # the folder cannot be listed any more: a pulled drive
        removed, problems = (), (f"older backups were not removed: {error}",)
    return BackupReport(final, manifest, time.monotonic() - started, removed, problems)


def _usable_destination(destination: Path, archive_folder: Path) -> Path:
    """The destination as an absolute path, refused where a backup must not or cannot go.
    A missing destination is not created: it may be a drive that is not plugged in."""
    if not destination.exists():
        raise BackupError(f"{destination}: no such folder (is the drive connected?)")
    if not destination.is_dir():
        raise BackupError(f"{destination}: not a folder")
    resolved = destination.resolve()
    if resolved.is_relative_to(archive_folder.resolve()):
        raise BackupError(f"{destination}: a backup cannot go inside the archive folder")
    if not os.access(resolved, os.W_OK | os.X_OK):
        raise BackupError(f"{destination}: cannot write here (permission denied)")
    return resolved


def _key_file_bytes(archive: Archive) -> tuple[bytes, str]:
    """The archive's key file as it is on disk (a changed passphrase included), checked."""
    path = archive.folder / KEY_NAME
    try:
        data = path.read_bytes()
        key_file = KeyFile.from_bytes(data)
    except (OSError, KeyFileError) as error:
        raise BackupError(f"{path}: the key file cannot be read ({error})") from None
    if key_file.archive_id != archive.key_file.archive_id:
        raise BackupError(f"{path}: the key file is not this archive's")
    return data, key_file.archive_id


def _free_name(destination: Path, archive_name: str, created_at: datetime) -> Path:
    """A name no folder has: a second backup in the same second counts on from the highest
    number there, so that names keep the order of the backups."""
    base = folder_name(archive_name, created_at)
    taken = [
        path.name.removesuffix(PARTIAL_SUFFIX) for path in destination.glob(f"{glob.escape(base)}*")
    ]
    numbers = [int(name[len(base) + 1 :] or 0) for name in taken if _is_numbered(name, base)]
    attempt = max(numbers) + 1 if numbers else 0
    return destination / folder_name(archive_name, created_at, attempt)


def _is_numbered(name: str, base: str) -> bool:
    return name == base or (name.startswith(f"{base}-") and name[len(base) + 1 :].isdigit())


def _write_and_check(
    archive: Archive,
    partial: Path,
    key_bytes: bytes,
    archive_id: str,
    created_at: datetime,
    reporter: Reporter,
) -> Manifest:
    database = partial / DATABASE_NAME
    os.close(create_exclusively(database))  # its journal takes the same permissions
    facts = _export(archive, database, partial.parent, reporter)
    sync_file(database)
    database_sha256, database_bytes = sha256_of_file(database, reporter, "reading back")
    check = _check(archive, database, reporter)
    if not check.ok or check.facts is None:
        raise BackupError(f"its check found {check.findings[0]}")
    changed = snapshot.differences(facts, check.facts, "in the backup")
    if changed:
        raise BackupError(f"it differs from the archive in {changed[0]}")
    write_atomically(partial / KEY_NAME, key_bytes, mode=0o600)
    if (partial / KEY_NAME).read_bytes() != key_bytes:
        raise BackupError(f"the copy of {KEY_NAME} reads back differently")
    manifest = Manifest(
        archive_id=archive_id,
        archive_name=archive.folder.name,
        created_at=created_at,
        verified_at=datetime.now(UTC),
        app_version=__version__,
        schema_revision=facts.schema_revision,
        messages=facts.messages,
        attachments=facts.attachments,
        quarantined=facts.quarantined,
        originals=facts.originals,
        originals_sha256=facts.originals_sha256,
        database_sha256=database_sha256,
        database_bytes=database_bytes,
        key_sha256=hashlib.sha256(key_bytes).hexdigest(),
    )
    manifest.save(partial)
    if Manifest.load(partial) != manifest:
        raise BackupError(f"{MANIFEST_NAME} reads back differently")
    fsync_directory(partial)
    return manifest


def _export(
    archive: Archive, database: Path, destination: Path, reporter: Reporter
) -> snapshot.SnapshotFacts:
    """The snapshot, on a connection of the archive's own, closed afterwards (not given
    back to the pool: it was attached to, and left in autocommit mode)."""
    pooled = archive.engine.raw_connection()
    try:
        connection: Any = pooled.driver_connection
        needed = snapshot.estimated_bytes(connection) + SPACE_MARGIN_BYTES
        free = shutil.disk_usage(destination).free
        if free < needed:
            raise BackupError(
                f"the disk is full: {_megabytes(free)} free, about {_megabytes(needed)} needed"
            )
        return snapshot.export_snapshot(connection, database, reporter)
    finally:
        pooled.invalidate()


def _check(archive: Archive, database: Path, reporter: Reporter) -> snapshot.DatabaseCheck:
    """The new file, read back through a connection of the archive: without a KEY clause it
    opens with the archive's key, the one its key file holds."""
    pooled = archive.engine.raw_connection()
    try:
        connection: Any = pooled.driver_connection
        snapshot.attach_read_only(connection, database)
        try:
            return snapshot.check_database(connection, snapshot.CHECK_SCHEMA, reporter)
        finally:
            with contextlib.suppress(snapshot.DatabaseError):
                connection.execute(f"DETACH DATABASE {snapshot.CHECK_SCHEMA}")
    finally:
        pooled.invalidate()


def _rename_into_place(partial: Path, final: Path) -> None:
    # A folder is renamed onto an empty one and never onto a full one; ours is new, so an
    # existing name means another backup of the same second: leave it and fail.
    if final.exists():
        raise BackupError(f"{final}: exists already")
    os.rename(partial, final)


def _remove(partial: Path) -> Path | None:
    """Removes the partial folder; returns it if that failed (a drive pulled out)."""
    shutil.rmtree(partial, ignore_errors=True)
    return partial if partial.exists() else None


def _megabytes(size: int) -> str:
    return f"{size / 1_000_000:.1f} MB"
