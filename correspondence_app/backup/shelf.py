# SPDX-License-Identifier: GPL-3.0-or-later
"""The backups in a folder (a removable drive, say): which are complete, which are an
archive's generations, and removing the oldest of them."""

from __future__ import annotations

import enum
import shutil
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from correspondence_app.backup.common import BackupError
from correspondence_app.backup.manifest import (
    MANIFEST_NAME,
    Manifest,
    ManifestError,
    is_backup_name,
    is_partial_name,
)
from correspondence_app.fileio import fsync_directory
from correspondence_app.services import DATABASE_NAME, KEY_NAME

if TYPE_CHECKING:
    from pathlib import Path

_EARLIEST = datetime.min.replace(tzinfo=UTC)


class BackupState(enum.Enum):
    VERIFIED = "verified"  # complete: checked when it was made, its backup.json intact
    INCOMPLETE = "incomplete"  # a .partial folder: being written, or left by an interruption
    DAMAGED = "damaged"  # backup.json changed or unreadable, or a file missing


@dataclass(frozen=True)
class ShelvedBackup:
    folder: Path
    state: BackupState
    manifest: Manifest | None
    problem: str = ""

    @property
    def created_at(self) -> datetime | None:
        return self.manifest.created_at if self.manifest else None


def list_backups(destination: Path) -> list[ShelvedBackup]:
    """Every backup folder in destination (of any archive), oldest first; other folders
    and files are not looked into. A quick look: verify_backup checks a backup's content."""
    if not destination.is_dir():
        raise BackupError(f"{destination}: no such folder")
    found = []
    try:
        children = sorted(destination.iterdir())
    except OSError as error:
        raise BackupError(f"{destination}: cannot be read ({error.strerror})") from None
    for child in children:
        if child.is_symlink() or not child.is_dir():
            continue
        if is_partial_name(child.name):
            found.append(ShelvedBackup(child, BackupState.INCOMPLETE, None, "unfinished"))
        elif is_backup_name(child.name) or (child / MANIFEST_NAME).is_file():
            found.append(inspect(child))
    return sorted(found, key=lambda item: (item.created_at or _EARLIEST, item.folder.name))


def inspect(folder: Path) -> ShelvedBackup:
    """A backup folder's state from its backup.json and its files' presence and sizes."""
    try:
        manifest = Manifest.load(folder)
    except ManifestError as error:
        return ShelvedBackup(folder, BackupState.DAMAGED, None, str(error))
    for name in (DATABASE_NAME, KEY_NAME):
        if not (folder / name).is_file():
            return ShelvedBackup(folder, BackupState.DAMAGED, manifest, f"{name} is missing")
    size = (folder / DATABASE_NAME).stat().st_size
    if size != manifest.database_bytes:
        problem = (
            f"{DATABASE_NAME} has {size} bytes, {MANIFEST_NAME} says {manifest.database_bytes}"
        )
        return ShelvedBackup(folder, BackupState.DAMAGED, manifest, problem)
    return ShelvedBackup(folder, BackupState.VERIFIED, manifest)


def generations(destination: Path, archive_id: str, archive_name: str) -> list[ShelvedBackup]:
    """This archive's complete backups in destination, newest first: named after the
    archive's folder and made from the archive with this key file's id."""
    own = [
        item
        for item in list_backups(destination)
        if item.state is BackupState.VERIFIED
        and item.manifest is not None
        and item.manifest.archive_id == archive_id
        and is_backup_name(item.folder.name, archive_name)
    ]
    return sorted(own, key=lambda item: item.created_at or _EARLIEST, reverse=True)


def remove_old_generations(
    destination: Path, archive_id: str, archive_name: str, *, keep: int, newest: Path
) -> tuple[tuple[Path, ...], tuple[str, ...]]:
    """Removes this archive's complete backups beyond the keep newest; ``newest`` (the one
    just made and verified) is always kept. Returns what was removed, and what could not be."""
    if keep < 1:
        raise ValueError("keep at least one backup")
    others = [item for item in generations(destination, archive_id, archive_name)]
    others = [item for item in others if item.folder != newest]
    removed, problems = [], []
    for item in others[keep - 1 :]:
        try:
            shutil.rmtree(item.folder)
        except OSError as error:
            problems.append(f"{item.folder}: could not be removed ({error.strerror})")
        else:
            removed.append(item.folder)
    if removed:
        fsync_directory(destination)
    return tuple(removed), tuple(problems)
