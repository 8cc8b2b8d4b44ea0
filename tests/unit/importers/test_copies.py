# SPDX-License-Identifier: GPL-3.0-or-later
"""One message in the copies mail programs keep of it: as the server sends it, as
Thunderbird saves it (on Linux and on Windows), as Gmail Takeout writes it, and with only
its line ends changed (as mbsync keeps it)."""

from __future__ import annotations

import hashlib

from correspondence_app.importers.copies import copy_identity, is_saved_copy

SERVER = (
    b"From: =?utf-8?b?0KHQtdGA0LPQtdC5?= <sergej@example.ru>\r\n"
    b"To: Anna <anna@example.org>\r\nSubject: Lage\r\n"
    b"Message-ID: <copies-1@example.ru>\r\nDate: Tue, 05 Mar 2024 09:15:00 +0300\r\n\r\n"
    b"Ich bin noch im Krankenhaus.\r\nFrom here I cannot write often.\r\n"
    b">From the ward: a quoted line.\r\n"
)
MOZILLA = b"X-Mozilla-Status: 0001\nX-Mozilla-Status2: 00000000\nX-Mozilla-Keys:" + b" " * 80


def thunderbird_linux(raw: bytes) -> bytes:
    """As Thunderbird's mbox reader here gives it back: its fields in front, LF line ends,
    the quoted "From " lines unquoted once."""
    lines = raw.replace(b"\r\n", b"\n")
    return MOZILLA + b"\n" + lines.replace(b"\n>From ", b"\nFrom ")


def test_the_copies_of_a_message_have_its_identity() -> None:
    windows = MOZILLA.replace(b"\n", b"\r\n") + b"\r\n" + SERVER
    takeout = b"X-GM-THRID: 1790000000000000001\r\nX-Gmail-Labels: Inbox,Wichtig\r\n" + SERVER
    pop = b"X-Account-Key: account2\nX-UIDL: 0000a1b2\n" + thunderbird_linux(SERVER)
    identity = copy_identity(SERVER)
    # A copy with only its line ends changed is known by its bytes: they are the identity
    # (of a message with no quoted "From " line).
    plain = SERVER.replace(b">From the ward", b"On the ward")
    assert copy_identity(plain) == hashlib.sha256(plain.replace(b"\r\n", b"\n")).digest()
    for copy in (thunderbird_linux(SERVER), windows, takeout, pop, SERVER + b"\r\n\r\n"):
        assert is_saved_copy(copy) == (copy[:2] == b"X-")
        assert copy_identity(copy) == identity


def test_other_messages_have_other_identities() -> None:
    other_text = SERVER.replace(b"noch im Krankenhaus", b"wieder zu Hause")
    other_field = SERVER.replace(b"Subject: Lage", b"X-Mozilla-Status: 0001\r\nSubject: Lage")
    identities = {copy_identity(raw) for raw in (SERVER, other_text, other_field)}
    assert len(identities) == 3  # a program's field inside the header is the message's own
    assert not is_saved_copy(SERVER)
    assert not is_saved_copy(other_field)
