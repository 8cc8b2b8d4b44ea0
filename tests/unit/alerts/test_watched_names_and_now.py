# SPDX-License-Identifier: GPL-3.0-or-later
"""Watched people are named as the people list names them, the keeper is never watched,
and "now" comes from the archive's one clock (the day tests and --today set)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

import pytest

from correspondence_app.alerts.awaiting import LetterStatus
from correspondence_app.alerts.clock import TODAY_ENV, Clock
from correspondence_app.alerts.watchlist import WatchError
from tests.unit.alerts.life_mail import FRIEND, OWN, build_archive, letter, person_of

if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path

    from correspondence_app.services import Archive

ANNE = "aperson@dom.ain"
BERLIN = ZoneInfo("Europe/Berlin")


@pytest.fixture
def archive(tmp_path: Path) -> Iterator[Archive]:
    moments = [datetime(2024, 3, day, 18, tzinfo=UTC) for day in (1, 4, 8)]
    letters = [letter(f"Anne P. Erson <{ANNE}>", moment) for moment in moments]
    letters.append(letter(f'"{ANNE}" <{ANNE}>', datetime(2024, 3, 9, 9, tzinfo=UTC)))
    letters.append(letter(OWN, datetime(2024, 3, 10, 9, tzinfo=UTC), to=FRIEND))
    with build_archive(tmp_path, letters) as archive:
        yield archive


def test_a_watched_person_is_named_as_the_people_list_names_them(archive: Archive) -> None:
    anne = person_of(archive, ANNE)
    archive.watchlist.watch(anne)
    listed = next(p for p in archive.people.people() if p.id == anne)
    assert listed.name == "Anne P. Erson"
    assert [s.name for s in archive.watchlist.status(date(2024, 3, 12))] == ["Anne P. Erson"]
    archive.people.rename(anne, "Anne Person")
    assert [s.name for s in archive.watchlist.status(date(2024, 3, 12))] == ["Anne Person"]


def test_the_keeper_cannot_be_watched(archive: Archive) -> None:
    me = person_of(archive, OWN)
    with pytest.raises(WatchError, match=f"is you \\({OWN} is your address\\)"):
        archive.watchlist.watch(me)
    assert archive.watchlist.watched() == {}


def test_now_is_the_wall_clock_on_the_day_set() -> None:
    set_day = Clock(date(2024, 5, 2), BERLIN).now()
    assert set_day.tzinfo is UTC
    assert set_day.astimezone(BERLIN).date() == date(2024, 5, 2)
    today = datetime.now(BERLIN).date()
    assert abs(Clock(today, BERLIN).now() - datetime.now(UTC)) < timedelta(seconds=5)


def test_an_answer_without_a_date_comes_on_the_day_set(
    archive: Archive, monkeypatch: pytest.MonkeyPatch
) -> None:
    ref = archive.ledger.add_paper_letter("Amt", datetime(2024, 3, 1, 11, tzinfo=UTC), "Antrag")
    monkeypatch.setenv(TODAY_ENV, "2024-05-02")
    assert [x.status for x in archive.ledger.awaiting()] == [LetterStatus.OVERDUE]
    archive.ledger.answered(ref, note="Bescheid per Post")
    assert archive.ledger.awaiting() == []
    [answered] = archive.ledger.awaiting(include_answered=True)
    assert answered.answered_at is not None
    assert answered.answered_at.astimezone(BERLIN).date() == date(2024, 5, 2)
