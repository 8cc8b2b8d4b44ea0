# SPDX-License-Identifier: GPL-3.0-or-later
"""Apple Mail's files.

- A mailbox exported from Apple Mail (Mailbox → Export Mailbox) is a folder ``Name.mbox``
  holding an mbox file named ``mbox`` and a description of the mailbox (``Info.plist``,
  in older versions also ``table_of_contents``). Its messages belong to the folder
  ``Name``, not to one called "mbox".
- Apple Mail's own store (``~/Library/Mail/V…``) keeps each message in an ``.emlx`` file:
  a line with the message's length in bytes, the message itself, then a property list of
  Apple's (its flags, the time it arrived). The message is imported; the time it arrived
  dates it when it has no date of its own. A ``.partial.emlx`` lacks the attachments Apple
  Mail keeps in files of their own (in the mailbox's ``Attachments`` folders): it is kept
  whole in quarantine, with a reason that says how to get the whole message, rather than
  stored as if it were complete.
"""

from __future__ import annotations

import plistlib
import re
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING
from xml.parsers.expat import ExpatError

if TYPE_CHECKING:
    from pathlib import Path, PurePath

MAILBOX_SUFFIX = ".mbox"
EXPORTED_MBOX_NAME = "mbox"
# Beside the mail in an exported or stored mailbox: Apple Mail's notes on it, never mail.
NOT_MAIL_IN_MAILBOX = frozenset({"Info.plist", "table_of_contents"})
# Where Apple Mail keeps the attachments of its .partial.emlx files, each as its own file.
ATTACHMENTS_FOLDER = "Attachments"
PARTIAL_SUFFIX = ".partial.emlx"
_LENGTH_LINE = re.compile(rb"\A(\d{1,12})[ \t]*\r?\n")
_HEADER_FIELD = re.compile(rb"[A-Za-z][!-9;-~]*[ \t]*:")
_LONGEST_PLIST = 1024 * 1024  # Apple's property list after a message is a few hundred bytes

PARTIAL = (
    "Apple Mail keeps this message's attachments in separate files (.partial.emlx): "
    "export the mailbox from Apple Mail, or add the account, to import it whole"
)
SHORT = "the .emlx file is shorter than the message length it gives"


def mailbox_of(path: PurePath) -> str:
    """The Apple Mail mailbox a file lies in: the name of the nearest folder ``Name.mbox``
    above it, without the suffix; "" when there is none."""
    for folder in path.parents:
        if folder.name.endswith(MAILBOX_SUFFIX) and len(folder.name) > len(MAILBOX_SUFFIX):
            return folder.name.removesuffix(MAILBOX_SUFFIX)
    return ""


def mbox_folder(path: Path) -> str:
    """The folder an mbox file's messages belong to: the file's name, or for a mailbox
    exported from Apple Mail (``Posteingang.mbox/mbox``) the mailbox's name."""
    if path.name == EXPORTED_MBOX_NAME:
        return mailbox_of(path) or path.name
    return path.name


def is_mailbox_notes(folder: PurePath, name: str) -> bool:
    """Whether a file in ``folder`` is Apple Mail's description of a mailbox."""
    return name in NOT_MAIL_IN_MAILBOX and bool(mailbox_of(folder / name))


def is_attachments_folder(folder: PurePath) -> bool:
    """Whether a folder holds the attachments Apple Mail took out of .partial.emlx files
    (each a file of its own, never mail)."""
    return folder.name == ATTACHMENTS_FOLDER and bool(mailbox_of(folder))


def is_emlx(head: bytes) -> bool:
    """Whether a file's first bytes are an .emlx file's: a length, then a header field."""
    match = _LENGTH_LINE.match(head)
    return match is not None and _HEADER_FIELD.match(head, match.end()) is not None


@dataclass(frozen=True)
class Emlx:
    """What an .emlx file holds for the import."""

    message: bytes  # the message alone; the whole file when problem is set
    received_at: datetime | None  # when Apple Mail received it, from its property list
    problem: str = ""  # why it is kept in quarantine instead


def read_emlx(data: bytes, name: str) -> Emlx:
    """The message in an .emlx file (``data``, whose first bytes passed ``is_emlx``)."""
    match = _LENGTH_LINE.match(data)
    if match is None:
        raise ValueError("not an .emlx file")
    if name.lower().endswith(PARTIAL_SUFFIX):
        return Emlx(data, None, PARTIAL)
    start = match.end()
    end = start + int(match.group(1))
    if end > len(data):
        return Emlx(data, None, SHORT)
    return Emlx(data[start:end], _received_at(data[end:]))


def _received_at(plist: bytes) -> datetime | None:
    """The "date-received" of Apple's property list (seconds since 1970), if it has one."""
    if not plist.strip() or len(plist) > _LONGEST_PLIST:
        return None
    try:
        properties = plistlib.loads(plist.strip(), fmt=plistlib.FMT_XML)
        seconds = properties.get("date-received") if isinstance(properties, dict) else None
        if isinstance(seconds, int | float) and 0 < seconds < 2**40:
            return datetime.fromtimestamp(seconds, tz=UTC)
    except (ValueError, OverflowError, ExpatError):  # not Apple's list, or damaged
        return None
    return None
