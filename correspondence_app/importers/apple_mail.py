# SPDX-License-Identifier: GPL-3.0-or-later
"""Apple Mail's files.

- A mailbox exported from Apple Mail (Mailbox → Export Mailbox) is a folder ``Name.mbox``
  holding an mbox file named ``mbox`` and a description of the mailbox (``Info.plist``,
  in older versions also ``table_of_contents``). Its messages belong to the folder
  ``Name``, not to one called "mbox".
- Apple Mail's own store (``~/Library/Mail/V…``) keeps each message in an ``.emlx`` file:
  a line with the message's length in bytes, the message itself, then a property list of
  Apple's (its flags, the time it arrived). The message is imported; the time it arrived
  dates it when it has no date of its own.
- A ``.partial.emlx`` lacks the attachments that Apple Mail keeps in files of their own:
  beside its ``Messages`` folder, ``Attachments/<number>/<part>/<file name>``, where
  ``<part>`` is the part's IMAP section number ("2", "2.4"), and the emptied part keeps its
  header fields and an ``X-Apple-Content-Length``. The message is put together again,
  each file encoded as its part's header fields say, and that is its original. If a file
  is missing, it is kept whole in quarantine with a reason that says how to get the whole
  message, rather than stored as if it were complete. In a ZIP of the store, the files
  are taken from the ZIP the same way; a tar archive is read as it unpacks, so there such a
  message is kept in quarantine.
"""

from __future__ import annotations

import base64
import email
import plistlib
import quopri
import re
from dataclasses import dataclass
from datetime import UTC, datetime
from email.message import Message
from email.policy import compat32
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator, Sequence
    from pathlib import Path, PurePath

    # The one file in a folder of a message's attachments kept apart, by the folder's path
    # below ``Attachments`` ("103/2.2"); raises when there is none or more than one.
    KeptApart = Callable[[str], bytes]

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
_EMPTIED_FIELD = "X-Apple-Content-Length"  # in the header block of a part kept apart
_EMPTIED_LINE = re.compile(rb"^X-Apple-Content-Length:[^\n]*\n", re.IGNORECASE | re.MULTILINE)
_DEEPEST = 50  # as importers.mime.MAX_DEPTH
_BLANK_LINE = re.compile(rb"\n\r?\n")  # the end of a header block

PARTIAL = (
    "Apple Mail keeps this message's attachments in separate files (.partial.emlx), "
    "not all of them were found: export the mailbox from Apple Mail, or add the account, "
    "to import it whole"
)
PARTIAL_IN_TAR = (
    "Apple Mail keeps this message's attachments in separate files (.partial.emlx), "
    "which a tar archive cannot give with it: unpack the archive and import the folder "
    "to import it whole"
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


def is_kept_apart(path: PurePath) -> bool:
    """Whether a file lies in a folder of attachments that Apple Mail took out of
    .partial.emlx files (read with their message, never as mail)."""
    return any(is_attachments_folder(folder) for folder in path.parents)


def attachments_folder_of(message: PurePath) -> PurePath:
    """Where Apple Mail keeps the attachments of the .partial.emlx file ``message``: beside
    its ``Messages`` folder."""
    return message.parent.parent / ATTACHMENTS_FOLDER


def kept_apart_in(attachments: Path) -> KeptApart:
    """The files of a store's ``Attachments`` folder on disk."""
    return lambda folder: _file_of(attachments / folder)


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


def read_emlx(data: bytes, name: str, kept_apart: KeptApart | None = None) -> Emlx:
    """The message in an .emlx file (``data``, whose first bytes passed ``is_emlx``); a
    .partial.emlx is put together with its attachments from ``kept_apart`` (the files of
    Apple Mail's ``Attachments`` beside its ``Messages`` folder)."""
    match = _LENGTH_LINE.match(data)
    if match is None:
        raise ValueError("not an .emlx file")
    start = match.end()
    end = start + int(match.group(1))
    if end > len(data):
        return Emlx(data, None, SHORT)
    message = data[start:end]
    if name.lower().endswith(PARTIAL_SUFFIX):
        number = name.rpartition("/")[2][: -len(PARTIAL_SUFFIX)]  # "103": name may be a path
        whole = _put_together(message, number, kept_apart) if kept_apart else None
        if whole is None:
            return Emlx(data, None, PARTIAL)
        message = whole
    return Emlx(message, _received_at(data[end:]))


def _put_together(message: bytes, number: str, kept_apart: KeptApart) -> bytes | None:
    """The message with each emptied part filled from its file in the folder ``number`` of
    ``kept_apart``; None when a file is missing or the parts cannot be matched with
    certainty."""
    try:
        parsed = email.message_from_bytes(message, policy=compat32)
        emptied = [
            (section, part)
            for section, part in _sections(parsed, "", 0)
            if part.get(_EMPTIED_FIELD) is not None
        ]
        contents = [_encoded(kept_apart(f"{number}/{section}"), part) for section, part in emptied]
    except Exception:  # whatever stops it, the file is kept whole in quarantine
        return None
    places = [_body_start(message, found.end()) for found in _EMPTIED_LINE.finditer(message)]
    if len(places) != len(contents) or -1 in places:
        return None
    if b"\r\n" in message[:4096]:
        contents = [content.replace(b"\n", b"\r\n") for content in contents]
    pieces, done = [], 0
    for place, content in zip(places, contents, strict=True):
        pieces += [message[done:place], content]
        done = place
    pieces.append(message[done:])
    return b"".join(pieces)


def _sections(part: Message, prefix: str, depth: int) -> Iterator[tuple[str, Message]]:
    """Each leaf part with its IMAP section number ("1", "2.4"), in the order they are
    written; ``prefix`` is the number of the part whose children these are, with a dot
    ("2."), or "" at the top."""
    if depth > _DEEPEST:
        raise ValueError("nested too deeply")
    payload = part.get_payload()
    if not isinstance(payload, list):  # a leaf; a message of one part has "1"
        yield prefix.removesuffix(".") or "1", part
        return
    children = [child for child in payload if isinstance(child, Message)]
    if part.get_content_maintype() == "message":  # an attached message: its body's parts
        for inner in children:
            if isinstance(inner.get_payload(), list):
                yield from _sections(inner, prefix, depth + 1)
            else:
                yield prefix + "1", inner
        return
    for index, child in enumerate(children, 1):
        yield from _sections(child, f"{prefix}{index}.", depth + 1)


def _file_of(folder: Path) -> bytes:
    """The one file Apple Mail keeps for a part."""
    files = [path for path in folder.iterdir() if path.is_file() and not path.name.startswith(".")]
    return only_file(files).read_bytes()


def only_file[File](files: Sequence[File]) -> File:
    """The one file Apple Mail keeps for a part, of those found in its folder; ValueError
    when there is none or more than one (the part cannot be filled with certainty)."""
    if len(files) != 1:
        raise ValueError(f"{len(files)} files for one part")
    return files[0]


def _encoded(content: bytes, part: Message) -> bytes:
    """A part's content as its Content-Transfer-Encoding writes it, ending with a line end."""
    encoding = str(part.get("Content-Transfer-Encoding", "")).strip().lower()
    if encoding == "base64":
        return base64.encodebytes(content)
    if encoding == "quoted-printable":
        content = quopri.encodestring(content)
    return content if content.endswith(b"\n") else content + b"\n"


def _body_start(message: bytes, after: int) -> int:
    """Where the body of the part whose header block holds position ``after`` begins."""
    found = _BLANK_LINE.search(message, after - 1)
    return -1 if found is None else found.end()


def _received_at(plist: bytes) -> datetime | None:
    """The "date-received" of Apple's property list (seconds since 1970), if it has one."""
    if not plist.strip() or len(plist) > _LONGEST_PLIST:
        return None
    try:
        properties = plistlib.loads(plist.strip(), fmt=plistlib.FMT_XML)
        seconds = properties.get("date-received") if isinstance(properties, dict) else None
        if isinstance(seconds, int | float) and 0 < seconds < 2**40:
            return datetime.fromtimestamp(seconds, tz=UTC)
    except Exception:  # not Apple's list, or damaged (any encoding it names, say)
        return None
    return None
