# SPDX-License-Identifier: GPL-3.0-or-later
"""Whose archive it is, without a sent folder: never a guess between two people who are
in every message (an archive of one correspondence)."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from correspondence_app.crypto.keys import KdfParams
from correspondence_app.services import Archive
from tests.conftest import PASSPHRASE
from tests.unit.alerts.life_mail import FRIEND, OWN, every_few_days, import_letters, letter

if TYPE_CHECKING:
    from pathlib import Path


def test_two_people_in_every_message_leave_the_keeper_unknown(tmp_path: Path) -> None:
    archive = Archive.create(tmp_path / "archive", PASSPHRASE, kdf=KdfParams())
    moments = every_few_days(date(2024, 1, 2), date(2024, 3, 1))
    # Only the letters between the two of them, each writing as often as the other.
    letters = [
        letter(FRIEND, moment) if number % 2 else letter(OWN, moment, to=FRIEND)
        for number, moment in enumerate(moments)
    ]
    import_letters(archive, tmp_path, letters)
    assert archive.organiser.own_addresses() == []  # not a guess that may be the friend


def test_the_keeper_in_every_message_and_the_friend_in_fewer_is_found(tmp_path: Path) -> None:
    archive = Archive.create(tmp_path / "archive", PASSPHRASE, kdf=KdfParams())
    moments = every_few_days(date(2024, 1, 2), date(2024, 3, 1))
    letters = [
        letter(FRIEND, moment) if number % 3 == 0 else letter(OWN, moment, to="amt@bund.example")
        for number, moment in enumerate(moments)
    ]
    import_letters(archive, tmp_path, letters)
    assert archive.organiser.own_addresses() == [OWN]
