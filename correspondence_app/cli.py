# SPDX-License-Identifier: GPL-3.0-or-later
"""The command line, `correspondence-app <command>`: a stable contract for scripts.

Exit codes: 0 success, 1 a check found a problem (or an unexpected failure),
2 a user error (wrong passphrase, missing file, not an archive).
"""

from __future__ import annotations

import argparse
import base64
import getpass
import hashlib
import json
import multiprocessing
import os
import sys
import threading
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

from correspondence_app import __version__

# The core is imported where it is used: import worker processes load this module again
# (as the program's main module) and must stay small.
if TYPE_CHECKING:
    from collections.abc import Callable, Sequence
    from datetime import datetime

    from correspondence_app.importers.base import Skipped
    from correspondence_app.services import Archive
    from correspondence_app.storage import queries, search, threads

PASSPHRASE_ENV = "CORRESPONDENCE_APP_PASSPHRASE"  # noqa: S105 (a variable name)
NEW_PASSPHRASE_ENV = "CORRESPONDENCE_APP_NEW_PASSPHRASE"  # noqa: S105

EXIT_OK = 0
EXIT_PROBLEM = 1
EXIT_USER_ERROR = 2


class UserError(Exception):
    """Ends the command with exit code 2 and this one-line message."""


def fail(message: str) -> NoReturn:
    raise UserError(message)


# Passphrases -------------------------------------------------------------------------------
def _read_passphrase_file(path: str) -> str:
    try:
        content = Path(path).read_text(encoding="utf-8")
    except OSError as error:
        fail(f"{path}: cannot read the passphrase file ({error.strerror})")
    except UnicodeDecodeError:
        fail(f"{path}: the passphrase file is not UTF-8 text")
    passphrase = content.rstrip("\r\n")
    if not passphrase:
        fail(f"{path}: the passphrase file is empty")
    return passphrase


def _prompt(prompt: str, *, confirm: bool) -> str:
    if not sys.stdin.isatty():
        fail(
            f"no passphrase given: set {PASSPHRASE_ENV} or use --passphrase-file "
            "(there is no terminal to ask on)"
        )
    try:
        passphrase = getpass.getpass(prompt)
        if confirm and getpass.getpass("Repeat it: ") != passphrase:
            fail("the two passphrases differ")
    except EOFError:
        fail("no passphrase given")
    if not passphrase:
        fail("the passphrase must not be empty")
    return passphrase


def passphrase_of(args: argparse.Namespace, *, confirm: bool = False) -> str:
    """From --passphrase-file, the environment, or a prompt without echo: never an argument."""
    if args.passphrase_file:
        return _read_passphrase_file(args.passphrase_file)
    from_env = os.environ.get(PASSPHRASE_ENV)
    if from_env:
        return from_env
    prompt = "New passphrase for the archive: " if confirm else "Passphrase: "
    return _prompt(prompt, confirm=confirm)


def archive_folder(args: argparse.Namespace) -> Path:
    folder = Path(args.archive)
    if not folder.exists():
        fail(f"{folder}: no such archive folder")
    return folder


def open_archive(
    args: argparse.Namespace, *, secret: str | None = None, hint_new_passphrase: bool = True
) -> Archive:
    """Unlocks with the passphrase or the recovery code (secret, or read as passphrase_of)."""
    from correspondence_app.crypto.keys import WrongPassphrase
    from correspondence_app.crypto.recovery import MistypedRecoveryCode
    from correspondence_app.services import Archive

    folder = archive_folder(args)
    try:
        archive = Archive.open(folder, passphrase_of(args) if secret is None else secret)
    except MistypedRecoveryCode:
        fail(
            f"{folder}: mistyped recovery code (a character is wrong, missing or swapped); "
            "compare it with the written copy"
        )
    except WrongPassphrase:
        fail(f"{folder}: wrong passphrase or recovery code")
    if hint_new_passphrase and archive.opened_with_recovery_code:
        print(
            "Unlocked with the recovery code: set a new passphrase with "
            f"`correspondence-app passphrase {folder}`.",
            file=sys.stderr,
        )
    return archive


# Output ---------------------------------------------------------------------------------------
def emit_json(value: Any) -> None:
    json.dump(value, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def summary_json(summary: queries.MessageSummary) -> dict[str, Any]:
    local = summary.local_date
    return {
        "id": summary.id,
        "message_id": summary.message_id,
        "sha256": summary.sha256,
        "date": _iso(local),
        "date_inferred": summary.is_date_inferred,
        "from": summary.sender,
        "subject": summary.subject,
    }


# Commands -----------------------------------------------------------------------------------
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


def cmd_import(args: argparse.Namespace) -> int:
    paths = [Path(p) for p in args.sources]
    for path in paths:
        if not path.exists():
            fail(f"{path}: no such file or folder")
    from tqdm import tqdm

    with open_archive(args) as archive:
        show_bar = sys.stderr.isatty() and not args.quiet
        with tqdm(
            total=0,
            unit="B",
            unit_scale=True,
            disable=not show_bar,
            desc="Importing",
            file=sys.stderr,
        ) as bar:

            def progress(done: int, total: int, note: str, /, *, messages: int = 0) -> None:
                bar.total = total
                bar.n = done
                bar.set_postfix_str(note, refresh=False)
                bar.refresh()

            cancel = threading.Event()
            try:
                report = archive.import_paths(
                    paths, progress=progress, cancel=cancel, workers=args.workers
                )
            except KeyboardInterrupt:
                # Batches already written stay; running the same import again completes it.
                print("Import interrupted; run it again to complete it.", file=sys.stderr)
                return 130
    if not args.json:
        _print_skipped(report.skipped, verbose=args.verbose)
    if args.json:
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
            }
        )
    else:
        rate = report.imported / report.seconds if report.seconds else 0.0
        print(
            f"Imported {report.imported} messages, {report.duplicates} duplicates, "
            f"{report.quarantined} quarantined, {len(report.skipped)} files skipped "
            f"in {report.seconds:.1f} s ({rate:.0f} messages/s)."
        )
        if report.quarantined:
            print("See them with: correspondence-app quarantine ARCHIVE")
    return EXIT_OK


def _print_skipped(skipped: Sequence[Skipped], *, verbose: bool) -> None:
    """Skipped files by reason, a few examples each (all of them with --verbose)."""
    by_reason: dict[str, list[str]] = {}
    for item in skipped:
        by_reason.setdefault(item.reason, []).append(item.path)
    shown = None if verbose else 3
    for reason, paths in sorted(by_reason.items(), key=lambda pair: -len(pair[1])):
        print(f"Skipped {len(paths)} files, {reason}:", file=sys.stderr)
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


def _message_id_arg(value: str) -> int:
    return _number_arg(value, "a message id", "list")


def _thread_id_arg(value: str) -> int:
    return _number_arg(value, "a thread id", "threads")


def _number_arg(value: str, what: str, listing: str) -> int:
    try:
        return int(value)
    except ValueError:
        fail(f"{value}: {what} is a number (see `correspondence-app {listing}`)")


def _positive_int(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        number = 0
    if number < 1:
        raise argparse.ArgumentTypeError(f"{value}: a whole number of at least 1")
    return number


def cmd_show(args: argparse.Namespace) -> int:
    with open_archive(args) as archive:
        detail = archive.message(_message_id_arg(args.id))  # unknown id: exit 2
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
        message_id = _message_id_arg(args.id)
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
            where = f"{e.location} at byte {e.offset}" if e.offset >= 0 else e.location
            print(f"{e.id:>5}  {where}: {e.reason}")
        if not entries:
            print("The quarantine is empty.")
    return EXIT_OK


def cmd_verify(args: argparse.Namespace) -> int:
    with open_archive(args) as archive:
        result = archive.verify()
    if args.json:
        emit_json({"ok": result.ok, "checked": result.checked, "errors": list(result.errors)})
    elif result.ok:
        print(f"OK: the database is intact and {result.checked} stored items match their hashes.")
    else:
        for error in result.errors:
            print(error)
        print(f"{len(result.errors)} problems found. Restore from your newest good backup.")
    return EXIT_OK if result.ok else EXIT_PROBLEM


def cmd_passphrase(args: argparse.Namespace) -> int:
    with open_archive(args, hint_new_passphrase=False) as archive:
        current = passphrase_of(args)
        if args.new_passphrase_file:
            new = _read_passphrase_file(args.new_passphrase_file)
        else:
            new = os.environ.get(NEW_PASSPHRASE_ENV) or _prompt("New passphrase: ", confirm=True)
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


def _iso(date: datetime | None) -> str | None:
    return date.isoformat() if date else None


def _thread_json(detail: threads.ThreadDetail) -> dict[str, Any]:
    return {
        "thread_id": detail.thread_id,
        "subject": detail.subject,
        "messages": [
            {
                "id": m.id,
                "message_id": m.message_id,
                "parent_id": m.parent_id,
                "depth": m.depth,
                "date": _iso(m.local_date),
                "from": m.sender,
                "subject": m.subject,
            }
            for m in detail.messages
        ],
    }


def _print_thread(detail: threads.ThreadDetail) -> None:
    print(f"Thread {detail.thread_id}: {detail.subject}")
    for m in detail.messages:
        date = _iso(m.local_date) or "(no date)"
        print(f"{m.id:>7}  {date[:16]:16}  {'  ' * m.depth}{m.sender[:30]}: {m.subject}")


def _emit_thread(detail: threads.ThreadDetail, *, as_json: bool) -> None:
    if as_json:
        emit_json(_thread_json(detail))
    else:
        _print_thread(detail)


def cmd_search(args: argparse.Namespace) -> int:
    from correspondence_app.search.query_parser import QuerySyntaxError

    try:
        with open_archive(args) as archive:
            if args.threads:
                found: list[Any] = archive.search_threads(
                    args.query, limit=args.limit, sort=args.sort
                )
            else:
                found = archive.search(args.query, limit=args.limit, sort=args.sort)
    except QuerySyntaxError as error:
        print(f"correspondence-app: bad query: {error.message}", file=sys.stderr)
        print(f"  {args.query}\n  {' ' * error.position}^", file=sys.stderr)
        return EXIT_USER_ERROR
    if args.json:
        emit_json([_thread_hit_json(hit) if args.threads else _hit_json(hit) for hit in found])
    elif args.threads:
        for hit in found:
            last = _iso(hit.thread.last_at) or "(no date)"
            print(f"{hit.thread.thread_id:>7}  {last[:10]:10}  {hit.thread.messages:>4}  ", end="")
            print(f"{hit.thread.subject}\n         {hit.snippet.marked()}")
    else:
        for hit in found:
            local = hit.summary.local_date
            date = local.strftime("%Y-%m-%d") if local else "(no date)"
            print(f"{hit.summary.id:>7}  {date:10}  {hit.summary.sender[:30]:30}  ", end="")
            print(f"{hit.summary.subject}\n         {hit.snippet.marked()}")
    return EXIT_OK


def _hit_json(hit: search.SearchHit) -> dict[str, Any]:
    return {
        **summary_json(hit.summary),
        "thread_id": hit.thread_id,
        "snippet": hit.snippet.marked(),
        "score": hit.score,
    }


def _thread_hit_json(hit: search.ThreadHit) -> dict[str, Any]:
    return {
        "thread_id": hit.thread.thread_id,
        "subject": hit.thread.subject,
        "participants": list(hit.thread.participants),
        "messages": hit.thread.messages,
        "first_date": _iso(hit.thread.first_at),
        "last_date": _iso(hit.thread.last_at),
        "snippet": hit.snippet.marked(),
        "score": hit.score,
    }


def cmd_reindex(args: argparse.Namespace) -> int:
    with open_archive(args) as archive:
        report = archive.reindex()
    if args.json:
        emit_json(
            {
                "messages": report.messages,
                "attachments_read": report.attachments_read,
                "seconds": report.seconds,
            }
        )
    else:
        print(f"indexed {report.messages} messages in {report.seconds:.1f} s")
    return EXIT_OK


def cmd_threads(args: argparse.Namespace) -> int:
    with open_archive(args) as archive:
        summaries = archive.threads(args.limit)
    if args.json:
        emit_json(
            [
                {
                    "thread_id": t.thread_id,
                    "subject": t.subject,
                    "participants": list(t.participants),
                    "messages": t.messages,
                    "first_date": _iso(t.first_at),
                    "last_date": _iso(t.last_at),
                }
                for t in summaries
            ]
        )
    else:
        for t in summaries:
            last = _iso(t.last_at) or "(no date)"
            print(f"{t.thread_id:>7}  {last[:10]:10}  {t.messages:>4}  {t.subject}")
    return EXIT_OK


def cmd_thread(args: argparse.Namespace) -> int:
    with open_archive(args) as archive:
        detail = archive.thread(_thread_id_arg(args.thread_id))
    _emit_thread(detail, as_json=args.json)
    return EXIT_OK


def cmd_thread_of(args: argparse.Namespace) -> int:
    with open_archive(args) as archive:
        detail = archive.thread_of(args.message_id)
    _emit_thread(detail, as_json=args.json)
    return EXIT_OK


def cmd_thread_merge(args: argparse.Namespace) -> int:
    with open_archive(args) as archive:
        thread_id = archive.merge_threads(_thread_id_arg(args.first), _thread_id_arg(args.second))
        detail = archive.thread(thread_id)
    _emit_thread(detail, as_json=args.json)
    return EXIT_OK


def cmd_thread_split(args: argparse.Namespace) -> int:
    with open_archive(args) as archive:
        thread_id = archive.split_thread(_message_id_arg(args.id))
        detail = archive.thread(thread_id)
    _emit_thread(detail, as_json=args.json)
    return EXIT_OK


def cmd_rethread(args: argparse.Namespace) -> int:
    with open_archive(args) as archive:
        report = archive.rethread()
    values = {
        "threads": report.threads,
        "changed": report.changed,
        "seconds": round(report.seconds, 3),
    }
    if args.json:
        emit_json(values)
    else:
        print(
            f"{report.threads} threads; {report.changed} messages moved in {report.seconds:.1f} s."
        )
    return EXIT_OK


def cmd_gui(args: argparse.Namespace) -> int:
    from correspondence_app.gui.app import run

    return run(Path(args.archive).expanduser() if args.archive else None)


# Parser ----------------------------------------------------------------------------------------
def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="correspondence-app",
        description="A private, encrypted, offline archive of correspondence.",
        epilog=f"The passphrase comes from {PASSPHRASE_ENV}, --passphrase-file or a prompt.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--debug", action="store_true", help="show tracebacks of failures")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def command(
        name: str, handler: Callable[[argparse.Namespace], int], text: str, *, archive: bool = True
    ) -> argparse.ArgumentParser:
        sub = commands.add_parser(name, help=text, description=text)
        sub.set_defaults(handler=handler)
        sub.add_argument("--json", action="store_true", help="print JSON")
        if archive:
            sub.add_argument("archive", metavar="ARCHIVE", help="the archive folder")
            sub.add_argument(
                "--passphrase-file",
                metavar="FILE",
                help="read the passphrase from the first line of FILE",
            )
        return sub

    command("init", cmd_init, "create a new, empty encrypted archive")
    sub = command("import", cmd_import, "import mbox files, Maildir folders and .eml files")
    sub.add_argument("sources", nargs="+", metavar="SOURCE")
    sub.add_argument(
        "--workers", type=int, default=None, help="parser processes (default: up to 2)"
    )
    sub.add_argument("--quiet", action="store_true", help="no progress bar")
    sub.add_argument("--verbose", action="store_true", help="list every skipped file")
    command("stats", cmd_stats, "count messages, attachments, people and quarantined items")
    command("list", cmd_list, "list the messages")
    for name, handler, text in (
        ("show", cmd_show, "show a message's headers and text"),
        ("raw", cmd_raw, "write a message's original bytes to standard output"),
    ):
        command(name, handler, text).add_argument("id", metavar="ID")
    sub = command("search", cmd_search, "find messages (see the query language in the README)")
    sub.add_argument("query", metavar="QUERY")
    sub.add_argument("--limit", type=_positive_int, default=50, help="at most N results")
    sub.add_argument(
        "--sort",
        choices=("relevance", "date"),
        default="relevance",
        help="best match first (with newer mail weighing more), or newest first",
    )
    sub.add_argument("--threads", action="store_true", help="one result per conversation")
    command("reindex", cmd_reindex, "rebuild the full-text index")
    sub = command("threads", cmd_threads, "list conversations, newest first")
    sub.add_argument("--limit", type=int, default=None)
    command("thread", cmd_thread, "show one conversation in reply order").add_argument(
        "thread_id", metavar="THREAD_ID"
    )
    command("thread-of", cmd_thread_of, "the conversation holding a Message-ID").add_argument(
        "message_id", metavar="MESSAGE_ID_HEADER"
    )
    sub = command("thread-merge", cmd_thread_merge, "join two conversations for good")
    sub.add_argument("first", metavar="THREAD_ID")
    sub.add_argument("second", metavar="THREAD_ID")
    command(
        "thread-split",
        cmd_thread_split,
        "make a message and its replies a conversation of their own",
    ).add_argument("id", metavar="ID")
    command("rethread", cmd_rethread, "rebuild all conversations")
    command("quarantine", cmd_quarantine, "list messages kept in quarantine, with reasons")
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
    return parser


def main(argv: list[str] | None = None) -> int:
    multiprocessing.freeze_support()  # import workers in a frozen (bundled) program
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return int(args.handler(args))
    except UserError as error:
        print(f"correspondence-app: {error}", file=sys.stderr)
        return EXIT_USER_ERROR
    except KeyboardInterrupt:
        print("correspondence-app: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # The reader went away (e.g. `| head`); not an error of ours.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK
    except Exception as error:
        from correspondence_app.services import ArchiveError

        if isinstance(error, ArchiveError):
            print(f"correspondence-app: {error}", file=sys.stderr)
            return EXIT_USER_ERROR
        if args.debug:
            raise
        print(f"correspondence-app: {_describe(error)}", file=sys.stderr)
        return EXIT_PROBLEM


def _describe(error: Exception) -> str:
    text = str(error).splitlines()[0] if str(error) else ""
    if isinstance(error, OSError) and error.strerror:
        where = f"{error.filename}: " if error.filename else ""
        return f"{where}{error.strerror}"
    if "database or disk is full" in text:
        return "the disk is full; nothing already stored was lost"
    return f"unexpected failure ({type(error).__name__}: {text}); run with --debug for details"
