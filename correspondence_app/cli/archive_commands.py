# SPDX-License-Identifier: GPL-3.0-or-later
"""Commands on the archive itself: create, import, list, show, check, unlock."""

from __future__ import annotations

import base64
import hashlib
import os
import shlex
import sys
import threading
from pathlib import Path
from typing import TYPE_CHECKING

from correspondence_app.cli import import_bundles
from correspondence_app.cli.common import (
    EXIT_INTERRUPTED,
    EXIT_OK,
    EXIT_PROBLEM,
    NEW_PASSPHRASE_ENV,
    archive_folder,
    counted,
    emit_json,
    fail,
    message_id_arg,
    open_archive,
    passphrase_of,
    progress_bar,
    prompt_passphrase,
    read_passphrase_file,
    stopping_when_asked,
    summary_json,
)

if TYPE_CHECKING:
    import argparse
    from collections.abc import Sequence

    from correspondence_app.cli.common import CommandAdder
    from correspondence_app.importers.base import Skipped
    from correspondence_app.integrity import GoodBackup
    from correspondence_app.storage.queries import QuarantineEntry


def cmd_init(args: argparse.Namespace) -> int:
    folder = Path(args.archive)
    passphrase = passphrase_of(args, confirm=True)
    from correspondence_app.services import Archive

    with Archive.create(folder, passphrase) as archive:
        if args.json:
            emit_json({"archive": str(archive.folder), "created": True})
        else:
            print(f"Created an encrypted archive in {archive.folder}.")
            print(
                "Keep the passphrase safe: without it, nobody can open the archive, not even you."
            )
    return EXIT_OK


def cmd_thunderbird(args: argparse.Namespace) -> int:
    from correspondence_app.importers import thunderbird

    roots = [Path(root).expanduser() for root in args.roots] or None
    profiles = thunderbird.find_profiles(roots)
    listing = [(profile, thunderbird.folders(profile.path)) for profile in profiles]
    if args.json:
        emit_json(
            [
                {
                    "name": profile.name,
                    "path": str(profile.path),
                    "default": profile.is_default,
                    "folders": [
                        {"name": f.name, "path": str(f.path), "messages": f.messages} for f in found
                    ],
                }
                for profile, found in listing
            ]
        )
    elif not listing:
        print("No Thunderbird profile was found.")
    else:
        for profile, found in listing:
            print(f"{profile.name}{' (default)' if profile.is_default else ''}: {profile.path}")
            for folder in found:
                print(f"  {folder.messages:>7}  {folder.name}")
            if not found:
                print("  no mail folders")
    return EXIT_OK


def cmd_import(args: argparse.Namespace) -> int:
    paths = [Path(p) for p in args.sources]
    for path in paths:
        if not path.exists():
            fail(f"{path}: no such file or folder")
    bundles = import_bundles.bundles(paths, args.password_file)  # a wrong password: exit 2
    with open_archive(args) as archive, progress_bar("Importing", quiet=args.quiet) as progress:
        cancel = threading.Event()
        try:
            with stopping_when_asked(cancel, "import"):
                outcome = archive.import_with_transfers(
                    paths, passwords=bundles, progress=progress, cancel=cancel, workers=args.workers
                )
        except KeyboardInterrupt:
            # Batches already written stay; running the same import again completes it.
            print("Import interrupted; run it again to complete it.", file=sys.stderr)
            return EXIT_INTERRUPTED
    for problem in outcome.problems:  # a transfer file that cannot be read
        fail(problem)
    report, transfers = outcome.report, outcome.transfers
    if not args.json:
        _print_skipped(report.skipped, verbose=args.verbose)
    if args.json:
        extra = {"transfers": [t.as_json() for t in transfers]} if bundles else {}
        emit_json(
            {
                "imported": report.imported,
                "duplicates": report.duplicates,
                "quarantined": report.quarantined,
                "seconds": round(report.seconds, 3),
                "thread_seconds": round(report.thread_seconds, 3),
                "bytes": report.bytes_read,
                "cancelled": report.cancelled,
                "sources": [
                    {
                        "path": s.path,
                        "files": s.files,
                        "imported": s.imported,
                        "duplicates": s.duplicates,
                        "quarantined": s.quarantined,
                        "skipped": [{"path": k.path, "reason": k.reason} for k in s.skipped],
                    }
                    for s in report.sources
                ],
                **extra,
            }
        )
    else:
        rate = f" ({report.rate[0]:.{report.rate[1]}f} messages/s)" if report.rate else ""
        print(
            f"Imported {counted(report.imported, 'message')}, "
            f"{counted(report.duplicates, 'duplicate')}, "
            f"{report.quarantined} quarantined, {len(report.skipped)} skipped "
            f"in {report.seconds:.1f} s{rate}."
        )
        if report.quarantined:
            print("See them with: correspondence-app quarantine ARCHIVE")
        import_bundles.print_transfers(transfers)
    if report.cancelled:  # by Ctrl+C or SIGTERM: what was stored stays
        print("Import stopped; run it again to complete it.", file=sys.stderr)
        return EXIT_INTERRUPTED
    return EXIT_OK


def _print_skipped(skipped: Sequence[Skipped], *, verbose: bool) -> None:
    """Skipped files by reason, a few examples each (all of them with --verbose)."""
    by_reason: dict[str, list[str]] = {}
    for item in skipped:
        by_reason.setdefault(item.reason, []).append(item.path)
    shown = None if verbose else 3
    for reason, paths in sorted(by_reason.items(), key=lambda pair: -len(pair[1])):
        print(f"Skipped {len(paths)}, {reason}:", file=sys.stderr)
        for path in paths[:shown]:
            print(f"  {path}", file=sys.stderr)
        if shown is not None and len(paths) > shown:
            print(f"  ... and {len(paths) - shown} more (--verbose lists all)", file=sys.stderr)


def cmd_stats(args: argparse.Namespace) -> int:
    with open_archive(args) as archive:
        stats = archive.stats()
    values = {
        "messages": stats.messages,
        "attachments": stats.attachments,
        "people": stats.people,
        "quarantined": stats.quarantined,
        "bytes": stats.bytes,
    }
    if args.json:
        emit_json(values)
    else:
        for key, value in values.items():
            print(f"{key:12} {value}")
    return EXIT_OK


def cmd_list(args: argparse.Namespace) -> int:
    with open_archive(args) as archive:
        summaries = archive.list_messages()
    if args.json:
        emit_json([summary_json(s) for s in summaries])
    else:
        for s in summaries:
            date = s.local_date.strftime("%Y-%m-%d %H:%M") if s.local_date else "(no date)"
            print(f"{s.id:>7}  {date:16}  {s.sender[:30]:30}  {s.subject}")
    return EXIT_OK


def cmd_show(args: argparse.Namespace) -> int:
    with open_archive(args) as archive:
        detail = archive.message(message_id_arg(args.id))  # unknown id: exit 2
    if args.json:
        emit_json(
            {
                **summary_json(detail.summary),
                "to": list(detail.to),
                "cc": list(detail.cc),
                "bcc": list(detail.bcc),
                "reply_to": list(detail.reply_to),
                "in_reply_to": detail.in_reply_to,
                "references": list(detail.references),
                "text": detail.text,
                "attachments": [
                    {
                        "filename": a.filename,
                        "content_type": a.content_type,
                        "size": a.size_bytes,
                        "sha256": a.sha256,
                        "inline": a.is_inline,
                    }
                    for a in detail.attachments
                ],
                "sources": [
                    {
                        "kind": s.kind,
                        "path": s.location,
                        "offset": s.offset,
                        "folder": s.folder,
                        "flags": s.flags,
                    }
                    for s in detail.sources
                ],
            }
        )
        return EXIT_OK
    summary = detail.summary
    local = summary.local_date
    print(f"From:    {summary.sender}")
    for label, values in (("To", detail.to), ("Cc", detail.cc), ("Bcc", detail.bcc)):
        if values:
            print(f"{label + ':':8} {', '.join(values)}")
    print(
        f"Date:    {local.isoformat() if local else '(none)'}"
        f"{' (inferred)' if summary.is_date_inferred and local else ''}"
    )
    print(f"Subject: {summary.subject}")
    for attachment in detail.attachments:
        print(
            f"Attachment: {attachment.filename} ({attachment.content_type}, "
            f"{attachment.size_bytes} bytes)"
        )
    print()
    print(detail.text)
    return EXIT_OK


def cmd_raw(args: argparse.Namespace) -> int:
    with open_archive(args) as archive:
        message_id = message_id_arg(args.id)
        data = archive.raw(message_id)  # unknown id: exit 2
    if args.json:
        emit_json(
            {
                "id": message_id,
                "sha256": hashlib.sha256(data).hexdigest(),
                "size": len(data),
                "base64": base64.b64encode(data).decode("ascii"),
            }
        )
        return EXIT_OK
    sys.stdout.buffer.write(data)
    sys.stdout.buffer.flush()
    return EXIT_OK


def cmd_quarantine(args: argparse.Namespace) -> int:
    if args.retry:
        return _retry_quarantine(args)
    with open_archive(args) as archive:
        entries = archive.quarantine()
    if args.json:
        emit_json(
            [
                {
                    "id": e.id,
                    "kind": e.kind,
                    "source": e.location,
                    "offset": e.offset if e.offset >= 0 else None,
                    "reason": e.reason,
                    "size": e.size_bytes,
                    "sha256": e.sha256,
                    "quarantined_at": e.quarantined_at.isoformat(),
                }
                for e in entries
            ]
        )
    else:
        for e in entries:
            print(f"{e.id:>5}  {_quarantined_where(e)}: {e.reason}")
        if not entries:
            print("The quarantine is empty.")
    return EXIT_OK


def _quarantined_where(entry: QuarantineEntry) -> str:
    """Where a quarantined message was found: the file, and where in it."""
    from correspondence_app.storage.queries import OffsetCounts

    match entry.offset_counts:
        case OffsetCounts.UID:  # not by the folder's IMAP URL: a Cyrillic name is unreadable
            from correspondence_app.accounts.sync import folder_place

            if (place := folder_place(entry.location)) is not None:
                return (
                    f"{place.user_name} on {place.host}, folder {place.folder}, UID {entry.offset}"
                )
            return f"{entry.location} UID {entry.offset}"
        case OffsetCounts.ITEM:
            return f"{entry.location} item {entry.offset}"
        case OffsetCounts.BYTE:
            return f"{entry.location} at byte {entry.offset}"
    return entry.location


def _retry_quarantine(args: argparse.Namespace) -> int:
    with open_archive(args) as archive, progress_bar("Trying again", quiet=args.quiet) as progress:
        try:
            report = archive.retry_quarantine(progress=progress, workers=args.workers)
        except KeyboardInterrupt:
            print("Interrupted; what was read is kept.", file=sys.stderr)
            return 130
    if args.json:
        emit_json(
            {
                "tried": report.tried,
                "imported": report.imported,
                "duplicates": report.duplicates,
                "remaining": report.remaining,
                "seconds": round(report.seconds, 3),
            }
        )
    else:
        print(
            f"Tried {report.tried} quarantined messages again: {report.imported} imported, "
            f"{report.duplicates} already in the archive, {report.remaining} still in "
            "quarantine."
        )
    return EXIT_OK


def cmd_verify(args: argparse.Namespace) -> int:
    from correspondence_app.integrity import newest_good_backup
    from correspondence_app.services import ArchiveDamagedError
    from correspondence_app.storage.queries import VerifyResult

    good: GoodBackup | None = None
    readable = True
    try:
        with open_archive(args) as archive:
            result = archive.verify()  # recorded in the archive's integrity log
            if not result.ok:
                good = newest_good_backup(archive)
    except ArchiveDamagedError as damaged:  # the key is right, the database unreadable
        result = VerifyResult(0, (str(damaged), *damaged.findings))
        readable = False  # nor is its log of backups
    if args.json:
        report = {"ok": result.ok, "checked": result.checked, "errors": list(result.errors)}
        if not result.ok:
            report["restore_from"] = _good_backup_json(good)
        emit_json(report)
    elif result.ok:
        print(f"OK: the database is intact and {result.checked} stored items match their hashes.")
    else:
        for error in result.errors:
            print(error)
        print(f"{len(result.errors)} problems found.")
        print(_what_to_do(Path(args.archive), good, readable=readable))
    return EXIT_OK if result.ok else EXIT_PROBLEM


def _what_to_do(folder: Path, good: GoodBackup | None, *, readable: bool) -> str:
    """After damage: restore the newest good backup into a new folder, or without one,
    keep what there is."""
    quoted = shlex.quote(str(folder))
    if not readable:
        return (
            "What to do: keep the damaged archive as it is, and restore your newest backup "
            "into a new folder (the archive cannot be read, nor its list of backups; "
            "`correspondence-app backups DEST` lists those on a drive):\n"
            "    correspondence-app restore BACKUP NEW-FOLDER"
        )
    if good is None:
        return (
            "What to do: no backup of this archive is known. Keep the damaged archive as it "
            "is (do not delete it or import into it) and save what is intact now: copy the "
            f"whole folder {quoted} to another drive, and export the messages there as files "
            "(`backup` refuses a damaged archive):\n"
            f"    correspondence-app export {quoted} '*' --format mbox --output DRIVE/mail"
        )
    info = good.info
    lines = [
        "What to do: keep the damaged archive as it is, and restore the newest good backup "
        f"(of {info.created_at:%Y-%m-%d %H:%M} UTC, {counted(info.messages, 'message')}) "
        "into a new folder:",
        f"    correspondence-app restore {shlex.quote(str(info.place))} NEW-FOLDER",
    ]
    if not good.reachable:
        lines.append("Its drive is not connected now: connect it first.")
    lines.append("Then open the restored archive in NEW-FOLDER and use it from now on.")
    return "\n".join(lines)


def _good_backup_json(good: GoodBackup | None) -> dict[str, object] | None:
    if good is None:
        return None
    return {
        "path": str(good.info.place),
        "created_at": good.info.created_at.isoformat(),
        "messages": good.info.messages,
        "reachable": good.reachable,
    }


def cmd_passphrase(args: argparse.Namespace) -> int:
    with open_archive(args, hint_new_passphrase=False) as archive:
        current = passphrase_of(args)
        if args.new_passphrase_file:
            new = read_passphrase_file(args.new_passphrase_file)
        else:
            new = os.environ.get(NEW_PASSPHRASE_ENV) or prompt_passphrase(
                "New passphrase: ", confirm=True
            )
        archive.change_passphrase(current, new)
    if args.json:
        emit_json({"archive": str(archive.folder), "changed": True})
    else:
        print("The passphrase is changed. The old one no longer opens the archive.")
    return EXIT_OK


def cmd_recovery_code(args: argparse.Namespace) -> int:
    archive_folder(args)  # a missing folder is said before the passphrase is asked for
    passphrase = passphrase_of(args)
    with open_archive(args, secret=passphrase, hint_new_passphrase=False) as archive:
        if archive.opened_with_recovery_code:
            fail(
                f"{archive.folder}: that is the recovery code; set a new passphrase first "
                "(`correspondence-app passphrase`), then make a new code"
            )
        replaced = archive.has_recovery_code
        code = archive.create_recovery_code(passphrase)
    if args.json:
        emit_json({"recovery_code": code})
        return EXIT_OK
    if replaced:
        print("This replaces the earlier recovery code, which no longer opens the archive.")
    print(f"Recovery code for {archive.folder}:\n\n    {code}\n")
    print(
        "Write it down or print it now: it is shown once. It opens the archive like the\n"
        "passphrase, so keep the paper apart from the computer, somewhere safe."
    )
    return EXIT_OK


def cmd_gui(args: argparse.Namespace) -> int:
    from correspondence_app.gui.app import run

    return run(Path(args.archive).expanduser() if args.archive else None)


def register(command: CommandAdder) -> None:
    command("init", cmd_init, "create a new, empty encrypted archive")
    sub = command(
        "import",
        cmd_import,
        "import mbox files, Maildir folders, .eml files, Outlook .msg, .pst and .ost files, "
        "Outlook for Mac .olm archives, Thunderbird profile folders, Apple Mail mailboxes "
        "(.mbox folders, .emlx files), ZIP and tar archives of them (exports, bundles, "
        "Gmail Takeout), and mailboxes packed with gzip, bzip2 or xz",
    )
    sub.add_argument("sources", nargs="+", metavar="SOURCE")
    sub.add_argument(
        "--workers", type=int, default=None, help="parser processes (default: up to 2)"
    )
    sub.add_argument("--quiet", action="store_true", help="no progress bar")
    sub.add_argument("--verbose", action="store_true", help="list every skipped file")
    sub.add_argument(
        "--password-file",
        metavar="FILE",
        help="the password of a bundle (an encrypted ZIP export), from the first line of FILE; "
        "its tags, notes, people, signs of life and letters are imported too",
    )
    sub = command(
        "thunderbird",
        cmd_thunderbird,
        "list the Thunderbird profiles on this computer and their mail folders with counts "
        "(import a profile folder, or chosen folder files, with `import`)",
        archive=False,
    )
    sub.add_argument(
        "roots", nargs="*", metavar="FOLDER", help="where profiles.ini is (default: the usual)"
    )
    command("stats", cmd_stats, "count messages, attachments, people and quarantined items")
    command("list", cmd_list, "list the messages")
    for name, handler, text in (
        ("show", cmd_show, "show a message's headers and text"),
        ("raw", cmd_raw, "write a message's original bytes to standard output"),
    ):
        command(name, handler, text).add_argument("id", metavar="ID")
    sub = command(
        "quarantine",
        cmd_quarantine,
        "list messages kept in quarantine, with reasons (or --retry: import them again, "
        "those now read leave the quarantine; JSON: {tried, imported, duplicates, "
        "remaining, seconds})",
    )
    sub.add_argument(
        "--retry",
        action="store_true",
        help="import the quarantined messages again (a newer version may read them; an "
        "item of an Outlook data file is not tried again)",
    )
    sub.add_argument("--quiet", action="store_true", help="no progress bar")
    sub.add_argument("--workers", type=int, help="parser processes (default: up to 2)")
    command("verify", cmd_verify, "check the database and every stored original's SHA-256")
    sub = command(
        "passphrase",
        cmd_passphrase,
        f"change the passphrase (the new one from {NEW_PASSPHRASE_ENV} or a prompt)",
    )
    sub.add_argument("--new-passphrase-file", metavar="FILE")
    command(
        "recovery-code",
        cmd_recovery_code,
        "make a code to write down that opens the archive if the passphrase is lost "
        "(replaces an earlier one)",
    )
    sub = command("gui", cmd_gui, "open the desktop application", archive=False)
    sub.add_argument("archive", metavar="ARCHIVE", nargs="?")
