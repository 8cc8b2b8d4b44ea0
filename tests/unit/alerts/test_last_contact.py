# SPDX-License-Identifier: GPL-3.0-or-later
"""Signs of life of watched people: the last one, the days since it where the user lives,
the usual gap, and when the silence is due or overdue."""

from __future__ import annotations

import os
from datetime import UTC, date, datetime, timedelta
from typing import TYPE_CHECKING

import pytest
from sqlalchemy import text

from correspondence_app.alerts.clock import moment_from_text
from correspondence_app.alerts.last_contact import (
    DEFAULT_GAP_DAYS,
    MINIMUM_GAP_DAYS,
    SilenceStatus,
    silence_status,
    usual_gap_days,
)
from correspondence_app.alerts.watchlist import Watchlist
from correspondence_app.storage.people_tables import EventKind
from tests.unit.alerts.life_mail import (
    FRIEND,
    FRIEND_OTHER,
    OWN,
    ZONE,
    build_archive,
    every_few_days,
    letter,
    person_of,
)

if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path

    from correspondence_app.alerts.last_contact import WatchedStatus
    from correspondence_app.services import Archive

ANNA = "anna@example.org"  # writes every day
BORIS = "boris@example.com"  # writes every other day, until a week before the last today
# The friend writes every 3-5 days (usual gap 5, overdue after 10) up to 26 February.
LAST_LETTER = datetime(2024, 2, 26, 18, tzinfo=UTC)
UNDATED_MTIME = datetime(2024, 2, 29, 12, tzinfo=UTC)


def day(text_: str) -> date:
    return date.fromisoformat(text_)


class Friend:
    def __init__(self, archive: Archive) -> None:
        self.archive = archive
        self.watchlist = Watchlist(archive.engine)
        self.id = person_of(archive, FRIEND)
        self.anna = person_of(archive, ANNA)
        self.boris = person_of(archive, BORIS)

    def status(self, today: str, person_id: int | None = None) -> WatchedStatus:
        wanted = self.id if person_id is None else person_id
        return next(s for s in self.watchlist.status(day(today)) if s.person_id == wanted)


@pytest.fixture
def friend(tmp_path: Path) -> Iterator[Friend]:
    moments = every_few_days(day("2024-01-02"), LAST_LETTER.date())
    letters = [letter(FRIEND, moment) for moment in moments[:-1]]
    # The last letter comes from his other address, with a quoted line below his words.
    letters.append(
        letter(FRIEND_OTHER, moments[-1], text="Heute war es ruhig.\n\n> Wie geht es dir?\n")
    )
    letters.append(letter(FRIEND, datetime(2024, 6, 1, 9, tzinfo=UTC)))  # dated in the future
    letters.append(letter(OWN, datetime(2024, 3, 5, 9, tzinfo=UTC), to=FRIEND))  # mine to him
    letters += [
        letter(ANNA, datetime(2024, 2, 1, 8, tzinfo=UTC) + timedelta(days=n)) for n in range(36)
    ]
    letters += [
        letter(BORIS, datetime(2024, 1, 2, 8, tzinfo=UTC) + timedelta(days=2 * n))
        for n in range(31)
    ]
    archive = build_archive(tmp_path, letters)
    undated = tmp_path / "undated"
    undated.mkdir()
    (undated / "0.eml").write_bytes(letter(FRIEND, None))
    os.utime(undated / "0.eml", (UNDATED_MTIME.timestamp(), UNDATED_MTIME.timestamp()))
    archive.import_paths([undated], workers=1)
    with archive.engine.begin() as connection:
        connection.execute(
            text(
                "UPDATE addresses SET person_id = "
                "(SELECT person_id FROM addresses WHERE address = :friend) WHERE address = :other"
            ),
            {"friend": FRIEND, "other": FRIEND_OTHER},
        )
    found = Friend(archive)
    found.watchlist.watch(found.id)
    try:
        yield found
    finally:
        archive.close()


# The usual gap and the status, as tables ---------------------------------------------------
def days_with_gaps(*gaps: int) -> list[date]:
    days = [date(2024, 1, 1)]
    for gap in gaps:
        days.append(days[-1] + timedelta(days=gap))
    return days


@pytest.mark.parametrize(
    ("gaps", "usual"),
    [
        ((), DEFAULT_GAP_DAYS),
        ((4, 4), DEFAULT_GAP_DAYS),  # too few gaps to learn from
        ((3, 4, 5) * 4 + (3, 4), 5),  # four in five gaps are at most 5 days
        ((1,) * 30, MINIMUM_GAP_DAYS),  # a daily writer may still skip a weekend
        ((4,) * 9 + (30,), 4),  # one long pause does not set the bar
        ((2, 10, 10, 10, 10), 10),
    ],
)
def test_usual_gap_is_the_80th_percentile_of_the_gaps(gaps: tuple[int, ...], usual: int) -> None:
    assert usual_gap_days(days_with_gaps(*gaps)) == usual


def test_several_signs_on_one_day_make_no_gap() -> None:
    days = days_with_gaps(6, 6, 6)
    assert usual_gap_days([*days, *days]) == 6


@pytest.mark.parametrize(
    ("days", "usual", "threshold", "status"),
    [
        (5, 5, 10, SilenceStatus.OK),
        (6, 5, 10, SilenceStatus.DUE),
        (10, 5, 10, SilenceStatus.DUE),
        (11, 5, 10, SilenceStatus.OVERDUE),
        (4, 5, 3, SilenceStatus.OVERDUE),  # the user's threshold wins over the usual gap
    ],
)
def test_status_of_a_silence(days: int, usual: int, threshold: int, status: SilenceStatus) -> None:
    assert silence_status(days, usual, threshold) is status


# A friend who falls silent -------------------------------------------------------------------
@pytest.mark.parametrize(
    ("today", "days", "status"),
    [
        ("2024-03-02", 5, SilenceStatus.OK),
        ("2024-03-03", 6, SilenceStatus.DUE),
        ("2024-03-07", 10, SilenceStatus.DUE),
        ("2024-03-08", 11, SilenceStatus.OVERDUE),
    ],
)
def test_friend_who_falls_silent_becomes_due_then_overdue(
    friend: Friend, today: str, days: int, status: SilenceStatus
) -> None:
    found = friend.status(today)
    assert (found.days, found.usual_gap_days, found.threshold_days) == (days, 5, 10)
    assert found.status is status
    assert found.is_threshold_set is False


def test_last_sign_is_the_newest_message_from_any_of_his_addresses(friend: Friend) -> None:
    found = friend.status("2024-03-02")
    assert found.last_sign_at == LAST_LETTER
    assert found.kind == "mail"
    assert found.preview == "Heute war es ruhig."  # his words, not the quote
    assert found.message_id is not None
    assert found.event_id is None


def test_phone_call_entered_by_hand_restores_ok(friend: Friend) -> None:
    assert friend.status("2024-03-08").status is SilenceStatus.OVERDUE
    event_id = friend.watchlist.add_event(
        friend.id, datetime(2024, 3, 7, 20, 15), EventKind.PHONE, note="Kurz angerufen"
    )
    found = friend.status("2024-03-08")
    assert (found.status, found.days, found.kind) == (SilenceStatus.OK, 1, "phone")
    assert found.event_id == event_id
    assert found.message_id is None
    assert found.preview == "Kurz angerufen"  # the note, where a letter's beginning would be


def test_mail_i_sent_is_no_sign_of_life_even_in_his_record(friend: Friend) -> None:
    # A person record that holds one of my addresses (merged by mistake) must not count
    # my letter of 5 March.
    with friend.archive.engine.begin() as connection:
        connection.execute(
            text("UPDATE addresses SET person_id = :friend WHERE address = :own"),
            {"friend": friend.id, "own": OWN},
        )
    found = friend.status("2024-03-08")
    assert found.last_sign_at == LAST_LETTER
    assert found.status is SilenceStatus.OVERDUE
    assert [s.kind for s in friend.watchlist.signs(friend.id, today=day("2024-03-08"))][:1] == [
        "mail"
    ]
    assert all(
        s.at != datetime(2024, 3, 5, 9, tzinfo=UTC) for s in friend.watchlist.signs(friend.id)
    )


def test_message_dated_in_the_future_is_counted_but_not_trusted(friend: Friend) -> None:
    found = friend.status("2024-03-02")
    assert found.untrusted == 1
    assert found.last_sign_at == LAST_LETTER
    signs = friend.watchlist.signs(friend.id, today=day("2024-03-02"))
    assert signs[0].at == datetime(2024, 6, 1, 9, tzinfo=UTC)
    assert signs[0].is_trusted is False
    assert signs[1].at == LAST_LETTER
    assert signs[1].is_trusted is True


def test_message_dated_by_its_file_is_no_sign(friend: Friend) -> None:
    with friend.archive.engine.connect() as connection:
        dated = connection.execute(
            text(
                "SELECT m.date_source, m.date_at FROM messages m "
                "JOIN addresses a ON a.id = m.from_address_id "
                "WHERE a.address = :friend ORDER BY m.date_at"
            ),
            {"friend": FRIEND},
        ).all()
    # The letter without a Date field is there, dated by its file on 29 February: after
    # the last letter, before today.
    assert [row for row in dated if row[0] != "header"] == [("file", "2024-02-29 12:00:00.000000")]
    assert friend.status("2024-03-02").last_sign_at == LAST_LETTER


def test_threshold_set_by_the_user_makes_overdue_sooner(friend: Friend) -> None:
    friend.watchlist.watch(friend.id, threshold_days=7)
    found = friend.status("2024-03-05")
    assert (found.days, found.threshold_days, found.is_threshold_set) == (8, 7, True)
    assert found.status is SilenceStatus.OVERDUE
    friend.watchlist.watch(friend.id)  # back to the default, twice the usual gap
    assert friend.status("2024-03-05").status is SilenceStatus.DUE


def test_most_urgent_first(friend: Friend) -> None:
    friend.watchlist.watch(friend.anna)
    friend.watchlist.watch(friend.boris)
    found = friend.watchlist.status(day("2024-03-08"))
    assert [(s.person_id, s.status) for s in found] == [
        (friend.id, SilenceStatus.OVERDUE),
        (friend.boris, SilenceStatus.DUE),
        (friend.anna, SilenceStatus.OK),
    ]
    assert [s.name for s in found][1:] == [BORIS, ANNA]  # no names in the headers: addresses


def test_signs_per_month_for_the_chart(friend: Friend) -> None:
    months = friend.status("2024-03-02").signs_per_month
    assert [f"{m.month:%Y-%m}" for m in months] == [
        *(f"2023-{month:02}" for month in range(4, 13)),
        "2024-01",
        "2024-02",
        "2024-03",
    ]
    counts = {f"{m.month:%Y-%m}": m.signs for m in months}
    # 2, 5, 9, 14, 17, 21, 26, 29 January; 2, 7, 10, 14, 19, 22, 26 February
    assert (counts["2024-01"], counts["2024-02"], counts["2024-03"]) == (8, 7, 0)
    assert sum(counts.values()) == 15


def test_unwatched_person_leaves_the_list_and_keeps_the_signs(friend: Friend) -> None:
    event_id = friend.watchlist.add_event(friend.id, datetime(2024, 3, 1, 9), EventKind.LETTER)
    assert friend.watchlist.unwatch(friend.id) is True
    assert friend.watchlist.status(day("2024-03-02")) == []
    assert [e.id for e in friend.watchlist.events(friend.id)] == [event_id]
    assert friend.watchlist.unwatch(friend.id) is False


# Calendar days where the user lives --------------------------------------------------------
EDGES = {
    # 23:30 the evening before the clocks go forward, and before they go back.
    "spring@example.net": "Sat, 30 Mar 2024 23:30:00 +0100",
    "autumn@example.net": "Sat, 26 Oct 2024 23:30:00 +0200",
    # Half past midnight after the change: still the day before in UTC.
    "midnight@example.net": "Sun, 31 Mar 2024 00:30:00 +0100",
    # Morning in Tokyo, still the evening before in Berlin.
    "tokyo@example.jp": "Mon, 15 Apr 2024 06:00:00 +0900",
    # February in Berlin, still January in UTC.
    "february@example.net": "Thu, 01 Feb 2024 00:30:00 +0100",
}


@pytest.fixture(scope="module")
def edges(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Watchlist]:
    folder = tmp_path_factory.mktemp("edges")
    letters = [letter(sender, None, date_header=header) for sender, header in EDGES.items()]
    archive = build_archive(folder, letters)
    watchlist = Watchlist(archive.engine)
    for sender in EDGES:
        watchlist.watch(person_of(archive, sender))
    try:
        yield watchlist
    finally:
        archive.close()


@pytest.mark.parametrize(
    ("sender", "today", "days"),
    [
        ("spring@example.net", "2024-03-31", 1),
        ("spring@example.net", "2024-04-01", 2),
        ("autumn@example.net", "2024-10-27", 1),
        ("autumn@example.net", "2024-10-28", 2),
        ("midnight@example.net", "2024-03-31", 0),
        ("midnight@example.net", "2024-04-01", 1),
        ("tokyo@example.jp", "2024-04-15", 1),
    ],
)
def test_days_are_calendar_days_where_the_user_lives(
    edges: Watchlist, sender: str, today: str, days: int
) -> None:
    found = {s.name: s for s in edges.status(day(today))}[sender]
    assert found.days == days


def test_signs_are_counted_in_the_month_where_the_user_lives(edges: Watchlist) -> None:
    found = {s.name: s for s in edges.status(day("2024-02-10"))}["february@example.net"]
    counts = {f"{m.month:%Y-%m}": m.signs for m in found.signs_per_month}
    assert (counts["2024-01"], counts["2024-02"]) == (0, 1)


def test_events_without_offset_are_the_users_time_and_with_one_are_converted(
    friend: Friend,
) -> None:
    zone = friend.watchlist.zone
    assert str(zone) == ZONE
    # 06:00 in Tokyo on the 15th is 23:00 in Berlin on the 14th: yesterday on the 15th.
    friend.watchlist.add_event(
        friend.id, moment_from_text("2024-04-15T06:00+09:00", zone), EventKind.THIRD_PARTY
    )
    found = friend.status("2024-04-15")
    assert (found.days, found.kind) == (1, "third-party")
    assert found.last_sign_at == datetime(2024, 4, 14, 21, tzinfo=UTC)
    # 23:30 in Berlin on the 14th, written without an offset (in UTC it is 21:30).
    friend.watchlist.add_event(
        friend.id, moment_from_text("2024-04-14T23:30", zone), EventKind.MESSENGER
    )
    found = friend.status("2024-04-15")
    assert (found.days, found.kind) == (1, "messenger")
    assert found.last_sign_at == datetime(2024, 4, 14, 21, 30, tzinfo=UTC)
    # A naive datetime given to the facade is the user's time too: 00:30 is today.
    friend.watchlist.add_event(friend.id, datetime(2024, 4, 15, 0, 30), EventKind.IN_PERSON)
    found = friend.status("2024-04-15")
    assert (found.days, found.kind) == (0, "in-person")
    assert found.last_sign_at == datetime(2024, 4, 14, 22, 30, tzinfo=UTC)
