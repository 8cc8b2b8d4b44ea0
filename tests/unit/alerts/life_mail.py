# SPDX-License-Identifier: GPL-3.0-or-later
"""Archives of letters from a friend in a war zone, built for the signs-of-life tests."""

from __future__ import annotations

import itertools
from datetime import UTC, date, datetime, timedelta
from email.message import EmailMessage
from email.utils import format_datetime
from typing import TYPE_CHECKING

from sqlalchemy import select

from correspondence_app.alerts.clock import set_user_zone
from correspondence_app.crypto.keys import KdfParams
from correspondence_app.services import Archive
from correspondence_app.storage.tables import Address
from correspondence_app.tagging.identity import set_own_addresses
from tests.conftest import PASSPHRASE

if TYPE_CHECKING:
    from collections.abc import Iterable
    from pathlib import Path

OWN = "katja@example.de"
FRIEND = "sergej@example.net"
FRIEND_OTHER = "s.petrov@messenger.example"  # a second address of the same person
ZONE = "Europe/Berlin"
_numbers = itertools.count()


def letter(
    sender: str,
    moment: datetime | None,
    *,
    to: str = OWN,
    text: str = "Alles gut bei mir.",
    date_header: str | None = None,
) -> bytes:
    """A message; ``date_header`` written as given (a foreign zone), else ``moment``'s;
    without either, no Date field at all."""
    message = EmailMessage()
    message["From"], message["To"] = sender, to
    message["Subject"] = f"Brief {next(_numbers)}"
    if date_header is not None:
        message["Date"] = date_header
    elif moment is not None:
        message["Date"] = format_datetime(moment)
    message["Message-ID"] = f"<life-{next(_numbers)}@test.example>"
    message.set_content(text)
    return message.as_bytes()


def every_few_days(first: date, last: date, gaps: Iterable[int] = (3, 4, 5)) -> list[datetime]:
    """Evening letters (18:00 UTC) from ``first`` to ``last``, the gaps repeating."""
    moments: list[datetime] = []
    day = first
    for gap in itertools.cycle(gaps):
        if day > last:
            return moments
        moments.append(datetime(day.year, day.month, day.day, 18, tzinfo=UTC))
        day += timedelta(days=gap)
    raise AssertionError  # unreachable: the cycle is endless


def build_archive(folder: Path, letters: Iterable[bytes]) -> Archive:
    """A real archive in ``folder`` with these messages, the keeper's address and zone set."""
    archive = Archive.create(folder / "archive", PASSPHRASE, kdf=KdfParams())
    import_letters(archive, folder, letters)
    with archive.engine.begin() as connection:
        set_own_addresses(connection, [OWN])
        set_user_zone(connection, ZONE)
    return archive


def import_letters(archive: Archive, folder: Path, letters: Iterable[bytes]) -> None:
    mail = folder / f"mail-{next(_numbers)}"
    mail.mkdir(parents=True)
    for number, content in enumerate(letters):
        (mail / f"{number:05}.eml").write_bytes(content)
    archive.import_paths([mail], workers=1)


def person_of(archive: Archive, address: str) -> int:
    with archive.engine.connect() as connection:
        return connection.execute(
            select(Address.person_id).where(Address.address == address)
        ).scalar_one()
