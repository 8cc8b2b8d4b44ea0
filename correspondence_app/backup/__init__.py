# SPDX-License-Identifier: GPL-3.0-or-later
"""Encrypted backups of an archive, their check on their own, and restoring them.

``archive.backups.make(dest)`` backs an open archive up; ``verify_backup(folder, secret)``
checks a backup with the passphrase or the recovery code; ``restore(folder, target,
secret)`` makes a new archive of it; ``list_backups(dest)`` shows what a folder holds.
"""

from __future__ import annotations

from correspondence_app.backup.checker import BackupCheck, verify_backup
from correspondence_app.backup.common import BackupCancelled, BackupError
from correspondence_app.backup.log import DEFAULT_REMIND_DAYS, BackupInfo, Backups
from correspondence_app.backup.maker import DEFAULT_KEEP, BackupReport
from correspondence_app.backup.manifest import Manifest
from correspondence_app.backup.restorer import BackupDamagedError, RestoreReport, restore
from correspondence_app.backup.shelf import BackupState, ShelvedBackup, list_backups

__all__ = [
    "DEFAULT_KEEP",
    "DEFAULT_REMIND_DAYS",
    "BackupCancelled",
    "BackupCheck",
    "BackupDamagedError",
    "BackupError",
    "BackupInfo",
    "BackupReport",
    "BackupState",
    "Backups",
    "Manifest",
    "RestoreReport",
    "ShelvedBackup",
    "list_backups",
    "restore",
    "verify_backup",
]
