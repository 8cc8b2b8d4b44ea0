# SPDX-License-Identifier: GPL-3.0-or-later
"""Backups: make one, check one, restore one, list a folder's."""

from __future__ import annotations

import contextlib
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from correspondence_app.cli.common import (
    EXIT_OK,
    EXIT_PROBLEM,
    counted,
    emit_json,
    fail,
    open_archive,
    passphrase_of,
    positive_int,
    progress_bar,
)

if TYPE_CHECKING:
    import argparse
    from collections.abc import Iterator

    from correspondence_app.backup import BackupCheck, ShelvedBackup
    from correspondence_app.cli.common import CommandAdder

DEFAULT_KEEP = 5  # correspondence_app.backup.DEFAULT_KEEP: the core is imported on use


def cmd_backup(args: argparse.Namespace) -> int:
    from correspondence_app.backup import BackupError

    destination = Path(args.destination)
    with open_archive(args) as archive, progress_bar("Backing up", quiet=args.quiet) as progress:
        try:
            report = archive.backups.make(destination, keep=args.keep, progress=progress)
        except BackupError as error:
            fail(str(error))
    manifest = report.manifest
    if args.json:
        emit_json(
            {
                "path": str(report.folder),
                "created_at": manifest.created_at.isoformat(),
                "messages": manifest.messages,
                "attachments": manifest.attachments,
                "sha256": manifest.database_sha256,
                "size": manifest.database_bytes,
                "seconds": round(report.seconds, 3),
                "removed": [str(path) for path in report.removed],
                "not_removed": list(report.removal_problems),
            }
        )
    else:
        print(
            f"Backed up {counted(manifest.messages, 'message')} to {report.folder} "
            f"({_size(manifest.database_bytes)}, verified) in {report.seconds:.1f} s."
        )
        for path in report.removed:
            print(f"Removed the older backup {path}.")
    for problem in report.removal_problems:
        print(f"correspondence-app: {problem}", file=sys.stderr)
    return EXIT_OK


def cmd_verify_backup(args: argparse.Namespace) -> int:
    from correspondence_app.backup import verify_backup

    backup = _backup_folder(args)
    with _unlocking(args, backup) as secret, progress_bar("Checking", quiet=args.quiet) as progress:
        check = verify_backup(backup, secret, progress=progress)
    if args.json:
        emit_json(_check_json(check))
    elif check.ok:
        assert check.manifest is not None  # noqa: S101 (a backup without findings has one)
        print(
            f"OK: the backup of {check.manifest.created_at:%Y-%m-%d %H:%M} UTC is intact; "
            f"{counted(check.manifest.messages, 'message')}; stored items matching their "
            f"hashes: {check.checked}."
        )
    else:
        for finding in check.findings:
            print(finding)
        print(f"{len(check.findings)} problems found: do not rely on this backup.")
    return EXIT_OK if check.ok else EXIT_PROBLEM


def cmd_restore(args: argparse.Namespace) -> int:
    from correspondence_app.backup import BackupDamagedError, BackupError, restore
    from correspondence_app.backup.restorer import check_restore_target

    backup, target = _backup_folder(args), Path(args.archive)
    try:
        check_restore_target(backup, target)  # before the passphrase is asked for
    except BackupError as error:
        fail(str(error))
    with (
        _unlocking(args, backup) as secret,
        progress_bar("Restoring", quiet=args.quiet) as progress,
    ):
        try:
            report = restore(backup, target, secret, progress=progress)
        except BackupDamagedError as damaged:
            if args.json:
                emit_json({**_check_json(damaged.check), "restored": False})
            else:
                for finding in damaged.check.findings:
                    print(finding)
                print(f"{backup}: the backup is damaged; nothing was restored.")
            return EXIT_PROBLEM
    if args.json:
        emit_json(
            {
                "restored": True,
                "archive": str(report.folder),
                "messages": report.messages,
                "checked": report.checked,
                "seconds": round(report.seconds, 3),
            }
        )
    else:
        print(
            f"Restored {counted(report.messages, 'message')} into {report.folder}; the archive is "
            f"verified ({report.checked} stored items match their hashes)."
        )
    return EXIT_OK


def cmd_backups(args: argparse.Namespace) -> int:
    from correspondence_app.backup import BackupError, list_backups

    try:
        found = list_backups(Path(args.destination))
    except BackupError as error:
        fail(str(error))
    if args.json:
        emit_json([_shelved_json(item) for item in found])
        return EXIT_OK
    for item in found:
        manifest = item.manifest
        when = f"{manifest.created_at:%Y-%m-%d %H:%M} UTC" if manifest else "(unknown date)"
        counts = (
            f"{manifest.messages:>7} messages {manifest.attachments:>6} attachments "
            f"{_size(manifest.database_bytes):>9}"
            if manifest
            else " " * 41
        )
        note = f"  ({item.problem})" if item.problem else ""
        print(f"{when:20}  {item.state.value:10}  {counts}  {item.folder.name}{note}")
    if not found:
        print(f"No backups in {args.destination}.")
    return EXIT_OK


def _backup_folder(args: argparse.Namespace) -> Path:
    backup = Path(args.backup)
    if not backup.is_dir():
        fail(f"{backup}: no such backup folder")
    return backup


@contextlib.contextmanager
def _unlocking(args: argparse.Namespace, backup: Path) -> Iterator[str]:
    """The passphrase or recovery code for a backup; a wrong one, or a backup that is none,
    ends the command with exit code 2 and one line."""
    from correspondence_app.backup import BackupError
    from correspondence_app.crypto.keys import WrongPassphrase
    from correspondence_app.crypto.recovery import MistypedRecoveryCode

    try:
        yield passphrase_of(args)
    except MistypedRecoveryCode:
        fail(
            f"{backup}: mistyped recovery code (a character is wrong, missing or swapped); "
            "compare it with the written copy"
        )
    except WrongPassphrase:
        fail(f"{backup}: wrong passphrase or recovery code")
    except BackupError as error:
        fail(str(error))


def _check_json(check: BackupCheck) -> dict[str, Any]:
    manifest = check.manifest
    return {
        "ok": check.ok,
        "path": str(check.folder),
        "created_at": manifest.created_at.isoformat() if manifest else None,
        "messages": manifest.messages if manifest else None,
        "sha256": check.database_sha256,
        "checked": check.checked,
        "errors": list(check.findings),
    }


def _shelved_json(item: ShelvedBackup) -> dict[str, Any]:
    manifest = item.manifest
    return {
        "path": str(item.folder),
        "state": item.state.value,
        "archive": manifest.archive_name if manifest else None,
        "created_at": manifest.created_at.isoformat() if manifest else None,
        "verified_at": manifest.verified_at.isoformat() if manifest else None,
        "messages": manifest.messages if manifest else None,
        "attachments": manifest.attachments if manifest else None,
        "size": manifest.database_bytes if manifest else None,
        "sha256": manifest.database_sha256 if manifest else None,
        "problem": item.problem or None,
    }


def _size(size_bytes: int) -> str:
    return f"{size_bytes / 1_000_000:.1f} MB"


def register(command: CommandAdder) -> None:
    sub = command(
        "backup",
        cmd_backup,
        "write an encrypted, verified backup of the archive into a new folder in DEST "
        "(named ARCHIVE-backup-YYYYMMDD-HHMMSS, in UTC); older backups of it there beyond "
        "the newest --keep are removed once the new one is verified",
    )
    sub.add_argument("destination", metavar="DEST", help="an existing folder, e.g. on a drive")
    sub.add_argument(
        "--keep",
        type=positive_int,
        default=DEFAULT_KEEP,
        metavar="N",
        help=f"how many backups of this archive to keep in DEST (default {DEFAULT_KEEP})",
    )
    sub.add_argument("--quiet", action="store_true", help="no progress bar")
    for name, handler, text in (
        (
            "verify-backup",
            cmd_verify_backup,
            "check a backup with the passphrase or the recovery code: its database, every "
            "stored item's hash and its backup.json; exit code 1 on any mismatch",
        ),
        (
            "restore",
            cmd_restore,
            "restore a backup into a new archive folder ARCHIVE (never over an existing one), "
            "after checking the backup, and check the restored archive",
        ),
    ):
        sub = command(name, handler, text, archive=False)
        sub.add_argument("backup", metavar="BACKUP", help="a backup folder")
        if name == "restore":
            sub.add_argument("archive", metavar="ARCHIVE", help="the new archive folder")
        sub.add_argument(
            "--passphrase-file",
            metavar="FILE",
            help="read the passphrase (or recovery code) from the first line of FILE",
        )
        sub.add_argument("--quiet", action="store_true", help="no progress bar")
    sub = command(
        "backups",
        cmd_backups,
        "list the backups in a folder with their dates and counts, and whether each is "
        "complete (verified when it was made) or unfinished or damaged",
        archive=False,
    )
    sub.add_argument("destination", metavar="DEST")
