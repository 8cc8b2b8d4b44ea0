# SPDX-License-Identifier: GPL-3.0-or-later
"""One message in the copies that mail programs keep of it. The same mail fetched from the
server and found in Thunderbird's copy of that account, in a Gmail Takeout file or in a
Maildir that mbsync filled is not byte for byte the same: the program put fields of its
own in front (Thunderbird's ``X-Mozilla-Status``, Takeout's ``X-Gmail-Labels``), may have
changed the line ends to LF, and quoted lines that begin with "From " for its mbox file.
Its identity is the SHA-256 of what is left when those changes are undone: the message
with LF line ends, which is also the SHA-256 of a copy that has only its line ends
changed, so such a copy is known by its bytes alone."""

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


def is_saved_copy(raw: bytes) -> bool:
    """Whether the message begins with fields that a mail program put in front of it."""
    return _SAVED_BY.match(raw) is not None


def copy_identity(raw: bytes) -> bytes:
    """The SHA-256 of the message as every copy of it reads: without the fields a mail
    program put in front, with LF line ends and no ">" before a line that begins with
    "From ". (A copy out of an mbox file is given without the file's separator line:
    mbox.without_separator.)"""
    text = _SAVED_BY.sub(b"", raw.replace(b"\r\n", b"\n"), count=1)
    if b">From " in text:
        text = _QUOTED_FROM.sub(b"", text)
    return hashlib.sha256(text).digest()
