# SPDX-License-Identifier: GPL-3.0-or-later
"""One message in the copies that mail programs keep of it. The same mail fetched from the
server and found in Thunderbird's copy of that account, in a Gmail Takeout file, in a
Maildir that mbsync filled or in mutt's mbox is not byte for byte the same: the program
put fields of its own in front (Thunderbird's ``X-Mozilla-Status``, Takeout's
``X-Gmail-Labels``) or at the end of the header (the message's state, as mutt, Alpine and
mbox servers keep it: ``Status: RO``), may have changed the line ends to LF, and quoted
lines that begin with "From " for its mbox file. Its identity is the SHA-256 of what is
left when those changes are undone: the message with LF line ends, which is also the
SHA-256 of a copy that has only its line ends changed, so such a copy is known by its bytes
alone."""

from __future__ import annotations

import hashlib
import re

# Fields that a mail program puts in front of a message it saves, each on a line of its own
# (a message's own first line may begin with a space: it is no part of them).
_SAVED_BY = re.compile(
    rb"\A(?:(?:X-Mozilla-Status2?|X-Mozilla-Keys|X-Account-Key|X-UIDL|X-GM-THRID"
    rb"|X-Gmail-Labels):[^\n]*\n)+",
    re.IGNORECASE,
)
_QUOTED_FROM = re.compile(rb"^>+(?=From )", re.MULTILINE)
# Fields in which mbox programs keep a message's state, rewritten at the end of its header
# whenever the state changes: mutt (Status, X-Status, Content-Length, Lines), Alpine and
# the UW IMAP server (Status, X-Status, X-Keywords, X-UID, X-IMAP, X-IMAPbase), Dovecot's
# mbox the same. Lines alone is left: mailing lists send it as a field of the message.
_MAILBOX_FIELD = re.compile(
    rb"(?:Status|X-Status|X-Keywords|X-UID|X-IMAP|X-IMAPbase|Content-Length|(Lines)):",
    re.IGNORECASE,
)


def is_saved_copy(raw: bytes) -> bool:
    """Whether the message begins with fields that a mail program put in front of it."""
    return _SAVED_BY.match(raw) is not None


def copy_identity(raw: bytes) -> bytes:
    """The SHA-256 of the message as every copy of it reads: without the fields a mail
    program put in front, with LF line ends and no ">" before a line that begins with
    "From ". (A copy out of an mbox file is given without the file's separator line:
    mbox.without_separator.)"""
    return _identity(_SAVED_BY.sub(b"", raw.replace(b"\r\n", b"\n"), count=1))


def mailbox_copy_identity(raw: bytes) -> bytes:
    """copy_identity of a message read from an mbox file (without its separator line):
    unless a mail program put its fields in front, also without the state fields at the
    end of its header, which change when the message is read, answered or flagged."""
    text, saved = _SAVED_BY.subn(b"", raw.replace(b"\r\n", b"\n"), count=1)
    # Thunderbird and Takeout keep their state in front only
    return _identity(text if saved else _without_state_fields(text))


def _identity(text: bytes) -> bytes:
    if b">From " in text:
        text = _QUOTED_FROM.sub(b"", text)
    return hashlib.sha256(text).digest()


def _without_state_fields(text: bytes) -> bytes:
    """text (LF line ends) without the run of state fields that ends its header, if the
    run holds more than Lines; as it is otherwise, and if the header is nothing else."""
    end = text.find(b"\n\n")
    if end < 0:
        return text
    start = end + 1  # where the run begins, moving up one field at a time
    stateful = False
    while start > 0:
        line_start = text.rfind(b"\n", 0, start - 1) + 1
        field = _MAILBOX_FIELD.match(text, line_start)
        if field is None:
            break
        stateful = stateful or field.group(1) is None
        start = line_start
    if not stateful or start == 0:
        return text
    return text[:start] + text[end + 1 :]
