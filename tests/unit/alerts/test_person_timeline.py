# SPDX-License-Identifier: GPL-3.0-or-later
"""A person's timeline: mail both ways from all their addresses, the signs entered by hand,
and the silences longer than usual, counted in calendar days where the user lives."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import TYPE_CHECKING

import pytest
from sqlalchemy import text

from correspondence_app.alerts.clock import clock
from correspondence_app.alerts.last_contact import DEFAULT_GAP_DAYS
from correspondence_app.alerts.person_timeline import Direction, Gap, person_timeline
from correspondence_app.people.directory import PeopleError
from correspondence_app.storage.people_tables import EventKind
from tests.unit.alerts.life_mail import (
    FRIEND,
    FRIEND_OTHER,
    OWN,
    build_archive,
    every_few_days,
    import_letters,
    letter,
    person_of,
)

if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path

    from correspondence_app.alerts.person_timeline import PersonTimeline
    from correspondence_app.services import Archive

TODAY = date(2024, 4, 30)
# He writes every 3-5 days (usual gap 5) up to 14 March, from his other address on 18 March
# late in the evening (23:30 in Berlin), then falls silent until just after midnight on
# 10 April in Berlin, which is still 9 April in UTC: the clocks went forward on 31 March.
REGULAR = every_few_days(date(2024, 1, 2), date(2024, 3, 15))
BEFORE_SILENCE = datetime(2024, 3, 18, 22, 30, tzinfo=UTC)
AFTER_SILENCE = datetime(2024, 4, 9, 22, 30, tzinfo=UTC)  # 00:30 on 10 April in Berlin
MINE_TO_HIM = datetime(2024, 4, 20, 9, tzinfo=UTC)  # mail I sent ends no silence
MINE_TO_HIS_OTHER = datetime(2024, 1, 10, 9, tzinfo=UTC)
FUTURE = datetime(2024, 6, 1, 9, tzinfo=UTC)  # a wrong date, after today
END_OF_TODAY = datetime(2024, 4, 30, 22, tzinfo=UTC)  # midnight in Berlin (summer time)


@pytest.fixture
def archive(tmp_path: Path) -> Iterator[Archive]:
    letters = [letter(FRIEND, moment) for moment in REGULAR]
    letters += [
        letter(FRIEND_OTHER, BEFORE_SILENCE),
        letter(FRIEND, AFTER_SILENCE),
        letter(FRIEND, FUTURE),
        letter(OWN, MINE_TO_HIM, to=FRIEND),
        letter(OWN, MINE_TO_HIS_OTHER, to=FRIEND_OTHER),
        letter("anna@example.org", datetime(2024, 4, 1, 9, tzinfo=UTC)),  # someone else
    ]
    with build_archive(tmp_path, letters) as opened:
        yield opened


def merged(archive: Archive) -> int:
    """His two addresses as one person, as the user would merge them."""
    keep = person_of(archive, FRIEND)
    archive.people.merge(keep, person_of(archive, FRIEND_OTHER))
    return keep


def timeline_of(archive: Archive, person_id: int, today: date = TODAY) -> PersonTimeline:
    with archive.engine.begin() as connection:
        return person_timeline(connection, clock(connection, today=today), person_id)


def moments(found: PersonTimeline, direction: Direction) -> list[datetime]:
    return [item.at for item in found.items if item.direction is direction]


def test_mail_from_both_of_his_addresses_and_mine_to_him(archive: Archive) -> None:
    alone = timeline_of(archive, person_of(archive, FRIEND))
    assert BEFORE_SILENCE not in moments(alone, Direction.FROM)  # his other address, apart
    assert moments(alone, Direction.TO) == [MINE_TO_HIM]

    person = merged(archive)
    found = timeline_of(archive, person)
    assert found.name == FRIEND_OTHER  # without a name, his first address, as on his card
    assert moments(found, Direction.FROM) == [*REGULAR, BEFORE_SILENCE, AFTER_SILENCE]
    assert moments(found, Direction.TO) == [MINE_TO_HIS_OTHER, MINE_TO_HIM]
    assert [item.at for item in found.items] == sorted(item.at for item in found.items)
    assert all(item.message_id is not None and item.event_id is None for item in found.items)
    assert all(item.kind == "mail" and item.summary.startswith("Brief") for item in found.items)
    assert len({item.message_id for item in found.items}) == len(found.items)
    archive.people.rename(person, "Sergej")
    assert timeline_of(archive, person).name == "Sergej"


def test_silences_longer_than_usual_are_counted_in_berlin_days(archive: Archive) -> None:
    found = timeline_of(archive, merged(archive))
    assert found.usual_gap_days == 5
    # 18 March (23:30) to 10 April (00:30) in Berlin: 23 days, though 22 in UTC; mine of
    # 20 April does not end the open silence, nor does the letter dated in June.
    assert found.gaps == (
        Gap(BEFORE_SILENCE, AFTER_SILENCE, 23),
        Gap(AFTER_SILENCE, END_OF_TODAY, 20),
    )
    assert FUTURE not in [item.at for item in found.items]


def test_no_open_silence_while_it_is_no_longer_than_usual(archive: Archive) -> None:
    found = timeline_of(archive, merged(archive), today=date(2024, 4, 15))
    assert found.gaps == (Gap(BEFORE_SILENCE, AFTER_SILENCE, 23),)
    assert MINE_TO_HIM not in moments(found, Direction.TO)  # after that today


def test_a_sign_entered_by_hand_splits_the_silence_across_the_clock_change(
    archive: Archive,
) -> None:
    person = merged(archive)
    called = archive.watchlist.add_event(
        person, datetime(2024, 3, 30, 12), EventKind.PHONE, note="Kurz angerufen"
    )
    found = timeline_of(archive, person)
    [event] = [item for item in found.items if item.direction is Direction.EVENT]
    assert (event.at, event.kind, event.summary) == (
        datetime(2024, 3, 30, 11, tzinfo=UTC),
        "phone",
        "Kurz angerufen",
    )
    assert (event.event_id, event.message_id) == (called, None)
    assert found.gaps == (
        Gap(BEFORE_SILENCE, event.at, 12),
        Gap(event.at, AFTER_SILENCE, 11),  # 30 March to 10 April in Berlin
        Gap(AFTER_SILENCE, END_OF_TODAY, 20),
    )


def test_my_mail_is_never_a_sign_even_in_his_record(archive: Archive) -> None:
    person = merged(archive)
    with archive.engine.begin() as connection:  # my address merged into his by mistake
        connection.execute(
            text("UPDATE addresses SET person_id = :person WHERE address = :own"),
            {"person": person, "own": OWN},
        )
    found = timeline_of(archive, person)
    assert MINE_TO_HIM in moments(found, Direction.TO)
    assert MINE_TO_HIM not in moments(found, Direction.FROM)
    assert found.gaps[-1] == Gap(AFTER_SILENCE, END_OF_TODAY, 20)


def test_a_letter_dated_after_today_ends_no_silence(archive: Archive, tmp_path: Path) -> None:
    person = merged(archive)
    # Tomorrow in Berlin, though still today in UTC.
    import_letters(archive, tmp_path, [letter(FRIEND, datetime(2024, 4, 30, 22, 30, tzinfo=UTC))])
    found = timeline_of(archive, person)
    assert moments(found, Direction.FROM)[-1] == AFTER_SILENCE
    assert found.gaps[-1].days == 20
    late = datetime(2024, 4, 30, 22, 30, tzinfo=UTC)
    tomorrow = timeline_of(archive, person, today=date(2024, 5, 1))
    assert moments(tomorrow, Direction.FROM)[-1] == late
    assert tomorrow.gaps[-1] == Gap(AFTER_SILENCE, late, 21)  # no longer open


def test_before_her_first_letter_the_timeline_is_empty(archive: Archive) -> None:
    found = timeline_of(archive, person_of(archive, "anna@example.org"), today=date(2024, 3, 1))
    assert found.is_empty
    assert (found.items, found.gaps, found.usual_gap_days) == ((), (), DEFAULT_GAP_DAYS)


def test_an_unknown_person_is_an_error(archive: Archive) -> None:
    with pytest.raises(PeopleError, match="no person"):
        timeline_of(archive, 9999)
