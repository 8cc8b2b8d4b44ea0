# SPDX-License-Identifier: GPL-3.0-or-later
"""A message whose Date lies years before it arrived counts as a sign of life on the day it
arrived, not on the day its wrong clock wrote."""

from __future__ import annotations

from datetime import UTC, date, datetime
from email.message import EmailMessage
from typing import TYPE_CHECKING

import pytest

from correspondence_app.alerts.last_contact import SilenceStatus
from tests.unit.alerts.life_mail import OWN, build_archive, every_few_days, letter, person_of

if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path

    from correspondence_app.services import Archive

OLGA = "olga@example.ru"
ARRIVED_AT = datetime(2024, 3, 20, 7, 12, tzinfo=UTC)


def wrong_clock_letter() -> bytes:
    """Written on a phone that thought it was 2001; the servers knew better."""
    message = EmailMessage()
    message["Received"] = "from smtp.example.ru by mx.example.de; Wed, 20 Mar 2024 07:12:00 +0000"
    message["From"], message["To"], message["Subject"] = OLGA, OWN, "Lebenszeichen"
    message["Date"] = "Mon, 01 Jan 2001 10:00:00 +0300"
    message["Message-ID"] = "<olga-wrong-clock@test.example>"
    message.set_content("Mir geht es gut.")
    return message.as_bytes()


@pytest.fixture
def archive(tmp_path: Path) -> Iterator[Archive]:
    # Olga writes every 3 to 5 days (usual gap 5) up to 14 March; then the wrong clock.
    moments = every_few_days(date(2024, 1, 2), date(2024, 3, 14))
    letters = [letter(OLGA, moment) for moment in moments] + [wrong_clock_letter()]
    with build_archive(tmp_path, letters) as archive:
        archive.watchlist.watch(person_of(archive, OLGA))
        yield archive


def test_a_letter_dated_years_before_it_arrived_counts_when_it_arrived(archive: Archive) -> None:
    (olga,) = archive.watchlist.status(date(2024, 3, 25))
    assert (olga.last_sign_at, olga.days, olga.usual_gap_days) == (ARRIVED_AT, 5, 5)
    assert olga.status is SilenceStatus.OK
    newest = archive.watchlist.signs(olga.person_id, today=date(2024, 3, 25))[0]
    assert (newest.at, newest.summary, newest.is_trusted) == (ARRIVED_AT, "Lebenszeichen", True)
