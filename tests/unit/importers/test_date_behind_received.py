# SPDX-License-Identifier: GPL-3.0-or-later
"""A Date field far earlier than the servers saw the message is not trusted; old mail
fetched again, or without any Received field, keeps its Date."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from correspondence_app.domain.message import DateSource
from correspondence_app.importers.mime import parse_message

ARRIVED = "Received: from mx.example by mail.example; Wed, 20 Mar 2024 09:34:00 +0000"
ARRIVED_AT = datetime(2024, 3, 20, 9, 34, tzinfo=UTC)


def _message(*headers: str) -> bytes:
    return ("\r\n".join([*headers, "Subject: s", "", "body", ""])).encode()


def _dated(*headers: str) -> tuple[datetime | None, int | None, DateSource]:
    parsed = parse_message(_message(*headers))
    return parsed.date_at, parsed.date_offset_minutes, parsed.date_source


@pytest.mark.parametrize(
    ("date", "expected_at", "offset", "source"),
    [
        # A phone whose clock was reset: the arrival is the date.
        ("Mon, 01 Jan 2001 10:00:00 +0300", ARRIVED_AT, None, DateSource.RECEIVED),
        # Twelve days before: no queue holds mail that long.
        ("Fri, 08 Mar 2024 09:00:00 +0000", ARRIVED_AT, None, DateSource.RECEIVED),
        # Seven days and a minute before: just too long.
        ("Wed, 13 Mar 2024 09:33:00 +0000", ARRIVED_AT, None, DateSource.RECEIVED),
        # Seven days before: a draft sent when the laptop was online again; the Date stands.
        (
            "Wed, 13 Mar 2024 10:34:00 +0100",
            datetime(2024, 3, 13, 9, 34, tzinfo=UTC),
            60,
            DateSource.HEADER,
        ),
    ],
)
def test_a_date_far_earlier_than_the_arrival_is_not_trusted(
    date: str, expected_at: datetime, offset: int | None, source: DateSource
) -> None:
    assert _dated(ARRIVED, f"Date: {date}") == (expected_at, offset, source)


def test_the_first_server_decides_and_the_arrival_is_the_date() -> None:
    # The wrong clock's message passed two servers on its way; the last one is the arrival.
    sent = "Received: from phone by smtp.mail.example; Wed, 20 Mar 2024 09:30:00 +0000"
    assert _dated(ARRIVED, sent, "Date: Mon, 01 Jan 2001 10:00:00 +0000") == (
        ARRIVED_AT,
        None,
        DateSource.RECEIVED,
    )


def test_old_mail_fetched_again_keeps_its_date() -> None:
    # Delivered in 2001, fetched into another mailbox in 2024 (fetchmail, a provider's
    # import): its first servers saw it when it was written.
    delivered = "Received: from a by old.example; Mon, 01 Jan 2001 10:05:00 +0000"
    assert _dated(ARRIVED, delivered, "Date: Mon, 01 Jan 2001 10:00:00 +0000") == (
        datetime(2001, 1, 1, 10, 0, tzinfo=UTC),
        0,
        DateSource.HEADER,
    )


def test_without_any_received_field_an_old_date_stands() -> None:
    assert _dated("Date: Mon, 01 Jan 2001 10:00:00 +0000") == (
        datetime(2001, 1, 1, 10, 0, tzinfo=UTC),
        0,
        DateSource.HEADER,
    )


def test_unreadable_received_dates_do_not_count() -> None:
    unreadable = "Received: from a by b; not a date"
    assert _dated(unreadable, "Date: Mon, 01 Jan 2001 10:00:00 +0000") == (
        datetime(2001, 1, 1, 10, 0, tzinfo=UTC),
        0,
        DateSource.HEADER,
    )
