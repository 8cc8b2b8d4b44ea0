# SPDX-License-Identifier: GPL-3.0-or-later
"""The command line, `correspondence-app <command>`: a stable contract for scripts.

Exit codes: 0 success, 1 a check found a problem (or an unexpected failure),
2 a user error (wrong passphrase, missing file, not an archive).
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import sys
from typing import TYPE_CHECKING

from correspondence_app import __version__
from correspondence_app.cli import (
    account_commands,
    alert_commands,
    archive_commands,
    awaiting_commands,
    backup_commands,
    conversation_commands,
    export_commands,
    organise_commands,
    people_commands,
    topic_commands,
    watch_commands,
)
from correspondence_app.cli.common import (
    EXIT_OK,
    EXIT_PROBLEM,
    EXIT_USER_ERROR,
    PASSPHRASE_ENV,
    UserError,
)

if TYPE_CHECKING:
    from collections.abc import Callable

# The core is imported where it is used: import worker processes load this package again
# (as the program's main module) and must stay small.


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

    archive_commands.register(command)
    conversation_commands.register(command)
    organise_commands.register(command)
    topic_commands.register(command)
    people_commands.register(command)
    watch_commands.register(command)
    awaiting_commands.register(command)
    alert_commands.register(command)
    export_commands.register(command)
    account_commands.register(command)
    backup_commands.register(command)
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
    import errno

    text = str(error).splitlines()[0] if str(error) else ""
    again = "free some space and run it again; nothing already stored was lost"
    if isinstance(error, OSError) and error.strerror:
        where = f"{error.filename}: " if error.filename else ""
        # ENOSPC, EDQUOT (over quota) and EFBIG (over a file size limit): no room to write.
        if error.errno in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG):
            return f"{where}{error.strerror}: the disk is full; {again}"
        return f"{where}{error.strerror}"
    if "database or disk is full" in text:
        return f"the disk is full; {again}"
    if "disk I/O error" in text:  # SQLite's word for a failed write that is not ENOSPC
        return (
            "the archive could not be written (disk I/O error): the disk may be full, over "
            f"its quota or failing; {again} (`correspondence-app verify` checks the archive)"
        )
    return f"unexpected failure ({type(error).__name__}: {text}); run with --debug for details"
