# SPDX-License-Identifier: GPL-3.0-or-later
"""Checking a backup on its own, with the passphrase or the recovery code: its database must
open with its key file, pass SQLCipher's and SQLite's checks, hold what backup.json says,
and hash to the SHA-256 that backup.json recorded when it was written."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from typing import TYPE_CHECKING

from correspondence_app.backup import snapshot
from correspondence_app.backup.common import BackupError, Reporter, sha256_of_file
from correspondence_app.backup.manifest import MANIFEST_NAME, Manifest, ManifestError
from correspondence_app.crypto import recovery
from correspondence_app.crypto.keys import KeyFile, KeyFileError, WrongPassphrase
from correspondence_app.services import DATABASE_NAME, KEY_NAME

if TYPE_CHECKING:
    import threading
    from pathlib import Path

    from correspondence_app.importers.base import ProgressSink


@dataclass(frozen=True)
class BackupCheck:
    folder: Path
    manifest: Manifest | None  # None when backup.json is missing or damaged
    findings: tuple[str, ...]  # each mismatch or damage, by name
    checked: int  # stored items hashed again
    database_sha256: str  # as the file is now ("" when it is missing)

    @property
    def ok(self) -> bool:
        return not self.findings


def verify_backup(
    folder: Path,
    secret: str,
    *,
    progress: ProgressSink | None = None,
    cancel: threading.Event | None = None,
) -> BackupCheck:
    """Checks the backup in folder. Raises BackupError when folder is no backup at all,
    WrongPassphrase (or MistypedRecoveryCode) when the secret opens none of its key file's
    slots; everything else that is wrong is a finding."""
    if not folder.is_dir():
        raise BackupError(f"{folder}: no such backup folder")
    names = (MANIFEST_NAME, DATABASE_NAME, KEY_NAME)
    if not any((folder / name).exists() for name in names):
        raise BackupError(
            f"{folder}: not a backup (no {MANIFEST_NAME}, {DATABASE_NAME} or {KEY_NAME})"
        )
    reporter = Reporter(progress, cancel)
    findings: list[str] = []
    try:
        manifest: Manifest | None = Manifest.load(folder)
    except ManifestError as error:
        manifest = None
        findings.append(str(error))
    key_file, key_findings = _key_file(folder, manifest)
    findings += key_findings
    if key_file is None:
        return BackupCheck(folder, manifest, tuple(findings), 0, "")
    try:
        key = recovery.unlock(key_file, secret).database_key
    except WrongPassphrase:
        if key_findings:  # a damaged key file opens with no secret: say so, not "wrong"
            findings.append(f"{KEY_NAME} is damaged: the backup cannot be opened")
            return BackupCheck(folder, manifest, tuple(findings), 0, "")
        raise
    if manifest is not None and manifest.archive_id != key_file.archive_id:
        findings.append(f"{KEY_NAME} belongs to another archive than {MANIFEST_NAME} says")
    database = folder / DATABASE_NAME
    if not database.is_file():
        findings.append(f"{DATABASE_NAME} is missing")
        return BackupCheck(folder, manifest, tuple(findings), 0, "")
    database_sha256, size = sha256_of_file(database, reporter, "reading")
    if manifest is not None and database_sha256 != manifest.database_sha256:
        findings.append(
            f"{DATABASE_NAME}: its SHA-256 is not the one in {MANIFEST_NAME} "
            f"({size} bytes, {manifest.database_bytes} when written): the file has changed"
        )
    check = _check_database(database, key, reporter)
    findings += check.findings
    if manifest is not None and check.facts is not None:
        findings += snapshot.differences(_facts_of(manifest), check.facts, f"in {DATABASE_NAME}")
    return BackupCheck(folder, manifest, tuple(findings), check.checked, database_sha256)


def _key_file(folder: Path, manifest: Manifest | None) -> tuple[KeyFile | None, list[str]]:
    """The key file, if it reads, and what is wrong with it (against backup.json too)."""
    try:
        data = (folder / KEY_NAME).read_bytes()
    except OSError as error:
        reason = "missing" if isinstance(error, FileNotFoundError) else error.strerror
        return None, [f"{KEY_NAME} is {reason}: the backup cannot be opened"]
    findings = []
    if manifest is not None and hashlib.sha256(data).hexdigest() != manifest.key_sha256:
        findings.append(f"{KEY_NAME}: its SHA-256 is not the one in {MANIFEST_NAME}")
    try:
        return KeyFile.from_bytes(data), findings
    except KeyFileError as error:
        return None, [*findings, f"{KEY_NAME}: {error}; the backup cannot be opened"]


def _check_database(database: Path, key: bytes, reporter: Reporter) -> snapshot.DatabaseCheck:
    try:
        connection = snapshot.open_read_only(database, key)
    except snapshot.DatabaseError as error:
        reason = str(error).splitlines()[0] if str(error) else "unreadable"
        finding = f"{DATABASE_NAME} does not open with its key file's key ({reason}): damaged"
        return snapshot.DatabaseCheck((finding,), None, 0)
    try:
        return snapshot.check_database(connection, "main", reporter)
    finally:
        connection.close()


def _facts_of(manifest: Manifest) -> snapshot.SnapshotFacts:
    return snapshot.SnapshotFacts(
        schema_revision=manifest.schema_revision,
        messages=manifest.messages,
        attachments=manifest.attachments,
        quarantined=manifest.quarantined,
        originals=manifest.originals,
        originals_sha256=manifest.originals_sha256,
    )
