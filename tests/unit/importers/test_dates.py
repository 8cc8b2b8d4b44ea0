# SPDX-License-Identifier: GPL-3.0-or-later
"""Lenient Date parsing and the fallbacks a message's date comes from."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from correspondence_app.domain.message import DateSource
from correspondence_app.importers.dates import newest_received_date, parse_date
from correspondence_app.importers.mime import parse_message


@pytest.mark.parametrize(
    ("value", "expected_at", "offset"),
    [
        ("Mon, 30 Jun 2008 02:34:00 -0700", datetime(2008, 6, 30, 9, 34, tzinfo=UTC), -420),
        ("Tue, 1 Jul 2003 10:52:37 +0200", datetime(2003, 7, 1, 8, 52, 37, tzinfo=UTC), 120),
        ("Tue, 1 Jul 2003 10:52:37 -0000", datetime(2003, 7, 1, 10, 52, 37, tzinfo=UTC), None),
        ("Tue, 1 Jul 2003 10:52:37", datetime(2003, 7, 1, 10, 52, 37, tzinfo=UTC), None),
        ("21 Nov 97 09:55:06 GMT", datetime(1997, 11, 21, 9, 55, 6, tzinfo=UTC), 0),
        ("Mon, 20 Oct 14 07:15:27 UT", datetime(2014, 10, 20, 7, 15, 27, tzinfo=UTC), 0),
        ("Mon, 12 Mar 2012 10:11 +0100", datetime(2012, 3, 12, 9, 11, tzinfo=UTC), 60),
        ("Sat, 15 Jul 2017 12:18 CEST", datetime(2017, 7, 15, 10, 18, tzinfo=UTC), 120),
        ("Sat, 15 Jul 2017 12:18:41 PDT", datetime(2017, 7, 15, 19, 18, 41, tzinfo=UTC), -420),
        (
            "Fri, 21 Nov 1997 09(comment):   55  :  06 -0600",
            datetime(1997, 11, 21, 15, 55, 6, tzinfo=UTC),
            -360,
        ),
        (
            "Sat, 20 Sep 2008 20:04:30 +0300 (IDT) and more words",
            datetime(2008, 9, 20, 17, 4, 30, tzinfo=UTC),
            180,
        ),
        ("Tue Oct 18 22:48:39 2012", datetime(2012, 10, 18, 22, 48, 39, tzinfo=UTC), None),
        ("sent on 12 Mar 2012 at 10:11", datetime(2012, 3, 12, 10, 11, tzinfo=UTC), None),
        ("2014-10-20T14:33:24+02:00", datetime(2014, 10, 20, 12, 33, 24, tzinfo=UTC), 120),
        ("Fri, 1 Jan 103 10:00:00 +0100", datetime(2003, 1, 1, 9, 0, tzinfo=UTC), 60),
        ("Mon, 12 Mar 2012 10:11:60 +0100", datetime(2012, 3, 12, 9, 11, 59, tzinfo=UTC), 60),
    ],
)
def test_dates_parse_leniently(value: str, expected_at: datetime, offset: int | None) -> None:
    assert parse_date(value) == (expected_at, offset)


@pytest.mark.parametrize(
    "value",
    [
        "",
        "\r\n       <HR>",
        "Malformed Date.",
        "Pn, 29 paX 2007 21:13:00 +0100",
        "Thu Jan 01 00:00:10 +0000",  # no year at all
        "Wed, 15 Dec 2010    59:10 -0500",
        "Mon, 30 Jun 3609 15:33:50 +0600",
        "Thu, 13 Feb 1969 23:32:54 -0330",
    ],
)
def test_garbage_and_out_of_range_dates_are_invalid(value: str) -> None:
    assert parse_date(value) is None


def test_newest_received_date_wins() -> None:
    values = [
        "from a by b; Mon, 30 Jun 2008 02:34:00 -0700",
        "from c by d\r\n for <x@y>; Mon,  9 Jun 2008 12:24:02 -0700 (PDT)",
        "no date here",
        "from e; not a date",
    ]
    assert newest_received_date(values) == datetime(2008, 6, 30, 9, 34, tzinfo=UTC)


def _message(*headers: str) -> bytes:
    return ("\r\n".join([*headers, "Subject: s", "", "body", ""])).encode()


RECEIVED = "Received: from a by b; Mon, 30 Jun 2008 02:34:00 -0700"
ENVELOPE_AT = datetime(2001, 2, 3, 4, 5, 6, tzinfo=UTC)


@pytest.mark.parametrize(
    ("headers", "expected_at", "offset", "source"),
    [
        (
            ["Date: Tue, 1 Jul 2003 10:52:37 +0200"],
            datetime(2003, 7, 1, 8, 52, 37, tzinfo=UTC),
            120,
            DateSource.HEADER,
        ),
        ([RECEIVED], datetime(2008, 6, 30, 9, 34, tzinfo=UTC), None, DateSource.RECEIVED),
        (
            [RECEIVED, "Date: Mon, 30 Jun 3609 15:33:50 +0600"],
            datetime(2008, 6, 30, 9, 34, tzinfo=UTC),
            None,
            DateSource.RECEIVED,
        ),
        (["Date: garbage"], ENVELOPE_AT, None, DateSource.ENVELOPE),
        ([], ENVELOPE_AT, None, DateSource.ENVELOPE),
    ],
)
def test_message_date_falls_back_from_header_to_received_to_envelope(
    headers: list[str], expected_at: datetime, offset: int | None, source: DateSource
) -> None:
    parsed = parse_message(
        _message(*headers), fallback_date=ENVELOPE_AT, fallback_source=DateSource.ENVELOPE
    )
    assert (parsed.date_at, parsed.date_offset_minutes, parsed.date_source) == (
        expected_at,
        offset,
        source,
    )


def test_message_without_any_date_has_none() -> None:
    parsed = parse_message(_message("Date: garbage"))
    assert (parsed.date_at, parsed.date_source, parsed.is_date_inferred) == (
        None,
        DateSource.NONE,
        True,
    )


def test_naive_fallback_date_is_taken_as_utc() -> None:
    parsed = parse_message(
        _message(), fallback_date=datetime(2020, 1, 2, 3, 4), fallback_source=DateSource.FILE
    )
    assert parsed.date_at == datetime(2020, 1, 2, 3, 4, tzinfo=UTC)
    assert parsed.date_source is DateSource.FILE


@pytest.mark.parametrize(
    ("date", "expected_at", "source"),
    [
        # Written a few hours "after" arrival: clocks and zones drift; the Date stands.
        (
            "Mon, 30 Jun 2008 14:00:00 +0000",
            datetime(2008, 6, 30, 14, 0, tzinfo=UTC),
            DateSource.HEADER,
        ),
        # Weeks after arrival: a wrong clock; the arrival is the date.
        (
            "Wed, 30 Jul 2008 09:00:00 +0000",
            datetime(2008, 6, 30, 9, 34, tzinfo=UTC),
            DateSource.RECEIVED,
        ),
        # Days before arrival: slow, or sent late; the Date stands (see
        # test_date_behind_received.py for weeks before).
        (
            "Thu, 26 Jun 2008 09:00:00 +0000",
            datetime(2008, 6, 26, 9, 0, tzinfo=UTC),
            DateSource.HEADER,
        ),
    ],
)
def test_a_date_later_than_the_arrival_is_not_trusted(
    date: str, expected_at: datetime, source: DateSource
) -> None:
    received = "Received: from a by b; Mon, 30 Jun 2008 09:34:00 +0000"
    parsed = parse_message(_message(received, f"Date: {date}"))
    assert (parsed.date_at, parsed.date_source) == (expected_at, source)
