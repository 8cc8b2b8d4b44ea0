# SPDX-License-Identifier: GPL-3.0-or-later
"""Restoring a backup into a new archive folder: never over an existing archive or any
other file, and only a backup that passes its check, into an archive that passes its own."""

from __future__ import annotations

import os
import shutil
import time
from dataclasses import dataclass
from typing import TYPE_CHECKING

from correspondence_app.backup.checker import BackupCheck, verify_backup
from correspondence_app.backup.common import (
    CHUNK_BYTES,
    BackupError,
    Reporter,
    create_exclusively,
    describe_os_error,
    move_without_replacing,
    sha256_of_file,
    sync_file,
)
from correspondence_app.fileio import fsync_directory
from correspondence_app.services import DATABASE_NAME, KEY_NAME, Archive, is_archive

if TYPE_CHECKING:
    import threading
    from pathlib import Path

    from correspondence_app.importers.base import ProgressSink

PART_SUFFIX = ".restoring"


class BackupDamagedError(BackupError):
    """The backup did not pass its check: nothing was restored. ``check`` says why."""

    def __init__(self, check: BackupCheck) -> None:
        super().__init__(
            f"{check.folder}: the backup did not pass its check ({check.findings[0]}); "
            "nothing was restored"
        )
        self.check = check


@dataclass(frozen=True)
class RestoreReport:
    folder: Path
    messages: int
    checked: int  # stored items hashed again in the restored archive
    seconds: float


def restore(
    backup_folder: Path,
    target_folder: Path,
    secret: str,
    *,
    progress: ProgressSink | None = None,
    cancel: threading.Event | None = None,
) -> RestoreReport:
    """Restores the backup into target_folder, which must not exist or be an empty folder.

    The backup is checked first; the restored archive is opened with secret and checked
    (Archive.verify). Any failure removes what was written. Raises BackupError (with
    BackupDamagedError) or WrongPassphrase.
    """
    started = time.monotonic()
    check_restore_target(backup_folder, target_folder)
    check = verify_backup(backup_folder, secret, progress=progress, cancel=cancel)
    if not check.ok or check.manifest is None:
        raise BackupDamagedError(check)
    reporter = Reporter(progress, cancel)
    was_empty_folder, made_folder = target_folder.is_dir(), False
    try:
        if not was_empty_folder:
            target_folder.mkdir(mode=0o700)
            made_folder = True
        target_folder.chmod(0o700)  # as Archive.create: only its owner may look inside
        _copy_files(backup_folder, target_folder, check.manifest.database_sha256, reporter)
        with Archive.open(target_folder, secret) as archive:
            result = archive.verify()
            messages = archive.stats().messages
        if not result.ok:
            raise BackupError(f"the restored archive did not pass its check: {result.errors[0]}")
        if messages != check.manifest.messages:
            raise BackupError(
                f"the restored archive holds {messages} messages, the backup "
                f"{check.manifest.messages}"
            )
    except BaseException as error:
        if made_folder or was_empty_folder:
            _undo(target_folder, made_folder=made_folder)
        if isinstance(error, OSError):
            raise BackupError(
                f"{target_folder}: the restore failed: {describe_os_error(error)}; "
                "nothing of it was kept"
            ) from None
        raise
    return RestoreReport(target_folder, messages, result.checked, time.monotonic() - started)


def check_restore_target(backup_folder: Path, target: Path) -> None:
    """Raises BackupError unless target is a new folder (or an empty one) outside the backup;
    restore() checks this first, a caller may before it asks for the passphrase."""
    if target.exists() and not target.is_dir():
        raise BackupError(f"{target}: a file is in the way; restore into a new folder")
    if target.is_dir():
        if is_archive(target):
            raise BackupError(
                f"{target}: there is an archive here already; restore into a new folder"
            )
        if any(target.iterdir()):
            raise BackupError(f"{target}: the folder is not empty; restore into a new folder")
    elif not target.parent.is_dir():
        raise BackupError(f"{target.parent}: no such folder")
    resolved = target.resolve()
    if resolved.is_relative_to(backup_folder.resolve()):
        raise BackupError(f"{target}: cannot restore into the backup itself")


def _copy_files(
    backup_folder: Path, target: Path, database_sha256: str, reporter: Reporter
) -> None:
    """archive.db, then archive.key: until the key file is there, the folder is no archive,
    so an interrupted restore never looks like a complete one. Neither file replaces one
    that appeared meanwhile."""
    database = target / DATABASE_NAME
    part = target / (DATABASE_NAME + PART_SUFFIX)
    _copy(backup_folder / DATABASE_NAME, part, reporter)
    sync_file(part)
    copied_sha256, _ = sha256_of_file(part, reporter, "reading back")
    if copied_sha256 != database_sha256:
        raise BackupError(f"{target}: the copied database reads back differently")
    move_without_replacing(part, database)
    key_part = target / (KEY_NAME + PART_SUFFIX)
    _copy(backup_folder / KEY_NAME, key_part, reporter)
    sync_file(key_part)
    move_without_replacing(key_part, target / KEY_NAME)
    fsync_directory(target)


def _copy(source: Path, target: Path, reporter: Reporter) -> None:
    total = source.stat().st_size
    descriptor = create_exclusively(target)
    with source.open("rb") as reader, os.fdopen(descriptor, "wb") as writer:
        done = 0
        while chunk := reader.read(CHUNK_BYTES):
            writer.write(chunk)
            done += len(chunk)
            reporter.report(done, total, "copying")


def _undo(target: Path, *, made_folder: bool) -> None:
    """Removes what the restore wrote: the folder it made, or everything in the empty
    folder it was given (which was empty when it began)."""
    if made_folder:
        shutil.rmtree(target, ignore_errors=True)
        return
    for child in target.iterdir() if target.is_dir() else ():
        if child.is_dir() and not child.is_symlink():
            shutil.rmtree(child, ignore_errors=True)
        else:
            child.unlink(missing_ok=True)
