# SPDX-License-Identifier: GPL-3.0-or-later
"""`export`, `verify-export` and `exports`: the chosen messages for a lawyer or an
authority, the check that nothing in an export changed, and the log of exports made."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

from correspondence_app.cli.common import (
    EXIT_OK,
    EXIT_PROBLEM,
    counted,
    emit_json,
    fail,
    iso,
    open_archive,
    read_passphrase_file,
    report_bad_query,
)

if TYPE_CHECKING:
    import argparse

    from correspondence_app.cli.common import CommandAdder
    from correspondence_app.export.words import Words


def cmd_export(args: argparse.Namespace) -> int:
    from correspondence_app.export.exporter import FORMATS, ExportError
    from correspondence_app.export.source import Selection
    from correspondence_app.search.query_parser import QuerySyntaxError

    if args.format not in FORMATS:
        fail(f"{args.format}: not an export format ({', '.join(FORMATS)})")
    selection = Selection(query=args.query, threads=args.threads)
    password = read_passphrase_file(args.password_file) if args.password_file else ""
    words = _words(args.language)
    with open_archive(args) as archive:
        try:
            report = archive.exporter.export(
                selection,
                args.format,
                Path(args.output),
                title=args.title or "",
                password=password,
                words=words,
            )
        except QuerySyntaxError as error:
            return report_bad_query(args.query, error)
        except ExportError as error:
            fail(str(error))
    if args.json:
        emit_json(
            {
                "messages": report.messages,
                "files": report.files,
                "output": str(report.output),
                "manifest_sha256": report.manifest_sha256,
                "seconds": round(report.seconds, 3),
            }
        )
    else:
        # A PDF, ZIP or bundle holds its files; a folder is them.
        inside = "" if report.output.is_dir() else " inside"
        print(
            f"Exported {counted(report.messages, 'message')} as {args.format} to {report.output} "
            f"({counted(report.files, 'file')}{inside}) in {report.seconds:.1f} s; "
            f"manifest SHA-256 {report.manifest_sha256}"
        )
    return EXIT_OK


def _words(language: str) -> Words:
    """The words of a PDF or HTML export in ``language``, from the application's
    translations (the window's: Qt's files, read without a window)."""
    from correspondence_app.export.words import ENGLISH

    if language == ENGLISH.language:
        return ENGLISH
    from correspondence_app.gui.export_words import export_words
    from correspondence_app.gui.translations import SHIPPED

    if language not in SHIPPED:
        fail(f"{language}: not a language of the exports ({', '.join(SHIPPED)})")

    words = export_words(language)
    if words.language != language:
        fail(f"{language}: the translations of this language are not installed")
    return words


def cmd_verify_export(args: argparse.Namespace) -> int:
    from correspondence_app.export.verify import VerifyError, verify_export

    password = read_passphrase_file(args.password_file) if args.password_file else ""
    try:
        report = verify_export(Path(args.path).expanduser(), password)
    except VerifyError as error:
        fail(str(error))
    if args.json:
        emit_json(report.as_json())
    else:
        for mismatch in report.mismatches:
            print(f"MISMATCH  {mismatch}")
        count = len(report.mismatches)
        verdict = "unchanged" if report.ok else f"{count} mismatch{'es' if count > 1 else ''}"
        print(f"{args.path}: {report.checked} checked, {verdict}", file=sys.stdout)
        if report.sha256:
            print(f"SHA-256 of the whole file: {report.sha256}")
    return EXIT_OK if report.ok else EXIT_PROBLEM


def cmd_exports(args: argparse.Namespace) -> int:
    with open_archive(args) as archive:
        log = archive.exporter.log()
    if args.json:
        emit_json(
            [
                {
                    "id": entry.id,
                    "exported_at": iso(entry.exported_at),
                    "format": entry.format,
                    "selection": entry.selection,
                    "messages": entry.messages,
                    "files": entry.files,
                    "output": entry.output,
                    "manifest_sha256": entry.manifest_sha256,
                    "author": entry.author,
                    "output_sha256": entry.output_sha256,
                }
                for entry in log
            ]
        )
    elif not log:
        print("No export has been made from this archive.")
    else:
        for entry in log:
            print(
                f"{entry.id:>4}  {entry.exported_at:%Y-%m-%d %H:%M}  {entry.format:8} "
                f"{entry.messages:>6} messages  {entry.output}  {entry.manifest_sha256[:16]}…"
            )
    return EXIT_OK


def register(command: CommandAdder) -> None:
    sub = command(
        "export",
        cmd_export,
        "write the messages QUERY finds in a format for a lawyer or an authority, with a "
        "manifest and SHA256SUMS",
    )
    sub.add_argument("query", metavar="QUERY", help='a search ("*" for everything)')
    sub.add_argument(
        "--format",
        required=True,
        help="mbox, eml, html, csv (each a new folder), eml-zip, pdf or bundle (an "
        "encrypted ZIP; --password-file)",
    )
    sub.add_argument("--output", required=True, metavar="PATH", help="a new folder or file")
    sub.add_argument("--threads", action="store_true", help="whole conversations")
    sub.add_argument("--title", help="the dossier's title (pdf, html)")
    sub.add_argument(
        "--language",
        default="en",
        help="the language of the headings and notes: de, en or ru (pdf, html; default en)",
    )
    sub.add_argument(
        "--password-file",
        metavar="FILE",
        help="the bundle's password, from the first line of FILE (at least 8 characters)",
    )
    sub = command(
        "verify-export",
        cmd_verify_export,
        "check an export folder, ZIP or PDF against its manifest; exit code 1 on a mismatch",
        archive=False,
    )
    sub.add_argument("path", metavar="PATH", help="the export")
    sub.add_argument("--password-file", metavar="FILE", help="a bundle's password")
    command("exports", cmd_exports, "the log of exports made from the archive")
