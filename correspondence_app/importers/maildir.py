# SPDX-License-Identifier: GPL-3.0-or-later
"""Maildir folders: nested trees and Maildir++ ".Sent" style, flags from the file name."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pathlib import Path

from imapclient import imap_utf7

# "unique:2,FLAGS"; "!" replaces ":" where file systems forbid it, "," is seen too.
_BOOKKEEPING = re.compile(
    r"dovecot[-.].*|subscriptions|maildirfolder|maildirsize|courierimap.*|uidvalidity"
)
INFO = re.compile(r"[:!,]2,([A-Za-z]*)$")
DELIVERY_TIME = re.compile(r"^(\d{9,10})\.")


_KMAIL_CONTAINER = ".directory"


def is_maildir(directory: Path) -> bool:
    return (directory / "cur").is_dir() or (directory / "new").is_dir()


def is_bookkeeping(name: str) -> bool:
    """Whether a file beside a Maildir's cur/ and new/ is what a mail server or quota
    keeps there (Dovecot's indexes and UID lists, Courier's, the Maildir++ marker and
    quota files, the list of subscribed folders): never mail."""
    return _BOOKKEEPING.fullmatch(name) is not None


def flags_of(name: str) -> str:
    """The standard flags (D, F, P, R, S, T) in a message file's name, sorted."""
    match = INFO.search(name)
    if match is None:
        return ""
    return "".join(sorted({flag for flag in match.group(1) if flag.isupper()}))


def delivery_date(name: str) -> datetime | None:
    """The delivery time most Maildir writers put at the start of the file name."""
    match = DELIVERY_TIME.match(name)
    if match is None:
        return None
    return datetime.fromtimestamp(int(match.group(1)), tz=UTC)


def folder_name(root: Path, directory: Path) -> str:
    """A readable folder name: "Sent" for Maildir++ ".Sent", "bar/baz" for nested folders.

    IMAP servers (Dovecot, Courier) write non-ASCII folder names in IMAP's modified UTF-7:
    "&BBQEPAQ4BEIEQAQ4BDk-" is "Дмитрий".
    """
    if not directory.is_relative_to(root):  # the import was given a cur/ or new/ itself
        return decode_folder_part(directory.name.removeprefix(".")) or "INBOX"
    relative = directory.relative_to(root)
    parts: list[str] = []
    for depth, part in enumerate(relative.parts, 1):
        if _is_kmail_container(part, root.joinpath(*relative.parts[:depth])):
            parts.append(part[1 : -len(_KMAIL_CONTAINER)])
        else:
            parts.extend(plus_names(part))
    return "/".join(decode_folder_part(part) for part in parts) or "INBOX"


def plus_names(part: str) -> list[str]:
    """The folder names one directory of a Maildir tree stands for: Maildir++'s
    ".Work.Projects" is "Work" and "Projects"; any other name is itself."""
    if part.startswith(".") and len(part) > 1:
        return [piece for piece in part[1:].split(".") if piece]
    return [part]


def _is_kmail_container(part: str, directory: Path) -> bool:
    """KMail keeps a folder's subfolders in ".<name>.directory" beside it, which is no
    Maildir itself: "inbox/Botschaft" is in ".inbox.directory/Botschaft". (A Maildir++
    folder ".Work.directory" is one, with cur/ and new/: the folder "Work/directory".)"""
    return (
        part.startswith(".")
        and part.endswith(_KMAIL_CONTAINER)
        and len(part) > len(_KMAIL_CONTAINER) + 1
        and not is_maildir(directory)
    )


def decode_folder_part(part: str) -> str:
    """One folder name from IMAP's modified UTF-7; names that are not in it stay as they are."""
    if "&" not in part or not part.isascii():
        return part
    try:
        return str(imap_utf7.decode(part.encode("ascii")))
    except (ValueError, UnicodeError):
        return part
