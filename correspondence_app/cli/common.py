# SPDX-License-Identifier: GPL-3.0-or-later
"""What every command shares: exit codes, the passphrase, opening the archive, output."""

from __future__ import annotations

import argparse
import contextlib
import functools
import getpass
import json
import os
import signal
import sys
import threading
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn, Protocol

from correspondence_app import stopping

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator
    from datetime import datetime

    from correspondence_app.importers.base import ProgressSink
    from correspondence_app.search.query_parser import QuerySyntaxError
    from correspondence_app.services import Archive
    from correspondence_app.storage import queries

PASSPHRASE_ENV = "CORRESPONDENCE_APP_PASSPHRASE"  # noqa: S105 (a variable name)
NEW_PASSPHRASE_ENV = "CORRESPONDENCE_APP_NEW_PASSPHRASE"  # noqa: S105

EXIT_OK = 0
EXIT_PROBLEM = 1
EXIT_USER_ERROR = 2
EXIT_INTERRUPTED = 130  # as a shell reports a command ended by Ctrl+C (also after SIGTERM)


class CommandAdder(Protocol):
    """Adds a subcommand (with --json, and ARCHIVE and --passphrase-file unless archive=False)."""

    def __call__(
        self,
        name: str,
        handler: Callable[[argparse.Namespace], int],
        text: str,
        *,
        archive: bool = True,
    ) -> argparse.ArgumentParser: ...


class UserError(Exception):
    """Ends the command with exit code 2 and this one-line message."""


def fail(message: str) -> NoReturn:
    raise UserError(message)


# Passphrases -------------------------------------------------------------------------------
def read_passphrase_file(path: str) -> str:
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


def prompt_passphrase(prompt: str, *, confirm: bool) -> str:
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
        return read_passphrase_file(args.passphrase_file)
    from_env = os.environ.get(PASSPHRASE_ENV)
    if from_env:
        return from_env
    prompt = "New passphrase for the archive: " if confirm else "Passphrase: "
    return prompt_passphrase(prompt, confirm=confirm)


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


def on_part[Part](
    part: Callable[[Archive], Part],
    mistakes: Callable[[], type[Exception] | tuple[type[Exception], ...]] = lambda: ValueError,
) -> Callable[[Callable[[argparse.Namespace, Part], int]], Callable[[argparse.Namespace], int]]:
    """A command on one part of the archive (its people, watchlist, ledger): opens the archive
    and hands the part to the handler; a mistake the core names (``mistakes()``, imported
    only when the command runs) ends with exit code 2 and its one-line message."""

    def decorate(
        handler: Callable[[argparse.Namespace, Part], int],
    ) -> Callable[[argparse.Namespace], int]:
        @functools.wraps(handler)
        def run(args: argparse.Namespace) -> int:
            with open_archive(args) as archive:
                try:
                    return handler(args, part(archive))
                except mistakes() as error:
                    fail(str(error))

        return run

    return decorate


# Output ---------------------------------------------------------------------------------------
@contextlib.contextmanager
def progress_bar(description: str, *, quiet: bool) -> Iterator[ProgressSink]:
    """A progress bar on a terminal's stderr (none when quiet or not a terminal), fed by the
    progress reports of an import or a sync."""
    from tqdm import tqdm

    show = sys.stderr.isatty() and not quiet
    with tqdm(
        total=0, unit="B", unit_scale=True, disable=not show, desc=description, file=sys.stderr
    ) as bar:

        def progress(done: int, total: int, note: str, /, *, messages: int = 0) -> None:
            bar.total = total
            bar.n = done
            bar.set_postfix_str(note, refresh=False)
            bar.refresh()

        yield progress


@contextlib.contextmanager
def stopping_when_asked(cancel: threading.Event, doing: str) -> Iterator[None]:
    """The first Ctrl+C, or SIGTERM (the end of the desktop session, a service manager,
    `kill`), sets ``cancel``: the work stops once the messages on their way are stored,
    and the command reports what it did; a second one stops it at once
    (KeyboardInterrupt), which loses nothing stored either. A signal ignored where the
    command started (Ctrl+C in the background, a `nohup`) stays ignored."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def interrupted(number: int, _frame: object) -> None:
        if cancel.is_set():
            raise KeyboardInterrupt
        cancel.set()
        asked = "Ctrl+C again stops at once" if number == signal.SIGINT else "asked to end"
        print(
            f"Stopping the {doing} once the messages on their way are stored ({asked}) ...",
            file=sys.stderr,
        )

    with stopping.handling(stopping.ASKED_TO_STOP, interrupted):
        yield


def counted(number: int, noun: str) -> str:
    """The count with its noun, in the singular for one ("1 message", "2 messages"), for
    the text output (the JSON has the numbers)."""
    return f"{number} {noun if number == 1 else noun + 's'}"


def emit_json(value: Any) -> None:
    json.dump(value, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def summary_json(summary: queries.MessageSummary) -> dict[str, Any]:
    local = summary.local_date
    return {
        "id": summary.id,
        "message_id": summary.message_id,
        "sha256": summary.sha256,
        "date": iso(local),
        "date_inferred": summary.is_date_inferred,
        "from": summary.sender,
        "subject": summary.subject,
    }


def iso(date: datetime | None) -> str | None:
    return date.isoformat() if date else None


# Arguments ----------------------------------------------------------------------------------
def message_id_arg(value: str) -> int:
    return number_arg(value, "a message id", "list")


def thread_id_arg(value: str) -> int:
    return number_arg(value, "a thread id", "threads")


def number_arg(value: str, what: str, listing: str) -> int:
    try:
        return int(value)
    except ValueError:
        fail(f"{value}: {what} is a number (see `correspondence-app {listing}`)")


def positive_int(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        number = 0
    if number < 1:
        raise argparse.ArgumentTypeError(f"{value}: a whole number of at least 1")
    return number


def report_bad_query(query: str, error: QuerySyntaxError) -> int:
    """Says what is wrong with a query and where, and returns exit code 2."""
    print(f"correspondence-app: bad query: {error.message}", file=sys.stderr)
    print(f"  {query}\n  {' ' * error.position}^", file=sys.stderr)
    return EXIT_USER_ERROR
