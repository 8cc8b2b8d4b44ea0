# SPDX-License-Identifier: GPL-3.0-or-later
"""Header fields through parse_message(): addresses, message ids, references and labels."""

from __future__ import annotations

import pytest

from correspondence_app.domain.message import AddressRole, MailAddress
from correspondence_app.importers import headers
from correspondence_app.importers.mime import parse_message

FROM, TO, CC = AddressRole.FROM, AddressRole.TO, AddressRole.CC


def test_headers_decode_addresses_ids_and_labels() -> None:
    raw = (
        b"From: a@b.c\n"
        b'from: "D" <d@e.f>\n'
        b'To: "Doe, John" <j@d.com>, =?utf-8?Q?Smith=2C_Anna?= <anna@x.org>,\n'
        b' =?utf-8?Q?Lee,_Kim?= <kim@x.org>, A Group: c@d.e, f@g.h;, Empty:;, "x@y.z" <X@Y.Z>\n'
        b"Cc: eve@example.com <frank@example.com>\n"
        b"cc: Bob <BOB@Example.com>, bob@example.com\n"
        b"Bcc: undisclosed-recipients:;\n"
        b"Subject:\n =?UTF-8?B?0J/RgNC40LLQtdGC?=\n   =?UTF-8?B?LCDQvNC40YAh?=   and\n more\n"
        b"Message-ID:   <abc@def>  \n"
        b"In-Reply-To: <x@y> <z@w>\n"
        b"References: <one@a> junk <two@b>\n <three@c>\n"
        b'X-Gmail-Labels: Inbox,Important,"Foo, Bar",=?UTF-8?Q?=C3=9Cber?=\n'
        b"\nbody\n"
    )
    parsed = parse_message(raw)
    assert parsed.subject == "Привет, мир! and more"
    assert parsed.addresses == (
        (FROM, MailAddress("a@b.c")),
        (FROM, MailAddress("d@e.f", "D")),
        (TO, MailAddress("j@d.com", "Doe, John")),
        (TO, MailAddress("anna@x.org", "Smith, Anna")),
        (TO, MailAddress("kim@x.org", "Lee, Kim")),
        (TO, MailAddress("c@d.e")),
        (TO, MailAddress("f@g.h")),
        (TO, MailAddress("x@y.z")),
        (CC, MailAddress("frank@example.com", "eve@example.com")),
        (CC, MailAddress("bob@example.com", "Bob")),
    )
    assert (parsed.message_id, parsed.in_reply_to) == ("abc@def", "x@y")
    assert parsed.references == ("one@a", "two@b", "three@c")
    assert parsed.labels == ("Inbox", "Important", "Foo, Bar", "Über")


@pytest.mark.parametrize(
    ("header", "expected"),
    [("In-Reply-To:", ""), ("In-Reply-To: not-an-id", "not-an-id"), ("X-None: 1", "")],
)
def test_in_reply_to_without_brackets_keeps_the_stripped_value(header: str, expected: str) -> None:
    assert parse_message(f"{header}\nSubject: s\n\nb\n".encode()).in_reply_to == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("Anna Weber <anna@example.de>", [("Anna Weber", "anna@example.de")]),
        ('"Weber, Anna" <anna@example.de>', [("Weber, Anna", "anna@example.de")]),
        ("a@example.de, b@example.de", [("", "a@example.de"), ("", "b@example.de")]),
        (
            "=?utf-8?q?Weber=2C_Anna?= <a@example.de>",
            [("=?utf-8?q?Weber=2C_Anna?=", "a@example.de")],
        ),
        ("undisclosed-recipients:;", [("", "")]),
        ("anna@example.de (Anna Weber)", [("Anna Weber", "anna@example.de")]),
    ],
)
def test_address_lists_split_alike_on_the_fast_and_the_general_path(
    value: str, expected: list[tuple[str, str]]
) -> None:
    assert headers._split_addresses(value) == expected
