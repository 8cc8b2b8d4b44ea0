# SPDX-License-Identifier: GPL-3.0-or-later
"""Signs of life entered by hand: their kinds, dates, files and deletion."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import func, select

from correspondence_app.alerts.clock import ClockError, moment_from_text
from correspondence_app.alerts.events import EventError, event_kind
from correspondence_app.alerts.watchlist import WatchError, Watchlist
from correspondence_app.storage.people_tables import EventKind
from correspondence_app.storage.tables import AttachmentBlob
from tests.unit.alerts.life_mail import FRIEND, ZONE, build_archive, letter, person_of

if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path

    from correspondence_app.services import Archive

BERLIN = ZoneInfo(ZONE)
MARKER = b"SCREENSHOT-MARKER-7f3a9c"
# A PNG is stored as it is (compressing it gains nothing): only the encryption hides it.
SCREENSHOT = b"\x89PNG\r\n\x1a\n" + MARKER * 40 + bytes(range(256)) * 8


@pytest.fixture
def archive(tmp_path: Path) -> Iterator[Archive]:
    opened = build_archive(tmp_path, [letter(FRIEND, datetime(2024, 3, 1, 9, tzinfo=UTC))])
    try:
        yield opened
    finally:
        opened.close()


def blob_count(archive: Archive) -> int:
    with archive.engine.connect() as connection:
        return int(
            connection.execute(select(func.count()).select_from(AttachmentBlob)).scalar_one()
        )


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("phone", EventKind.PHONE),
        ("Messenger", EventKind.MESSENGER),
        ("in person", EventKind.IN_PERSON),
        ("third_party", EventKind.THIRD_PARTY),
        (" letter ", EventKind.LETTER),
        ("other", EventKind.OTHER),
    ],
)
def test_kinds_are_read_as_people_write_them(text: str, kind: EventKind) -> None:
    assert event_kind(text) is kind


def test_unknown_kind_names_the_kinds() -> None:
    with pytest.raises(EventError, match="phone, messenger, in-person, third-party, letter"):
        event_kind("pigeon")


@pytest.mark.parametrize(
    ("text", "moment"),
    [
        ("2024-03-31T01:30", datetime(2024, 3, 31, 0, 30, tzinfo=UTC)),  # before the change
        ("2024-03-31T03:30", datetime(2024, 3, 31, 1, 30, tzinfo=UTC)),  # after it
        ("2024-04-15T06:00+09:00", datetime(2024, 4, 14, 21, tzinfo=UTC)),
        ("2024-04-15T06:00Z", datetime(2024, 4, 15, 6, tzinfo=UTC)),
        ("2024-04-15", datetime(2024, 4, 15, 10, tzinfo=UTC)),  # a day alone: its noon
    ],
)
def test_dates_without_offset_are_the_users_time(text: str, moment: datetime) -> None:
    assert moment_from_text(text, BERLIN) == moment


@pytest.mark.parametrize("text", ["yesterday", "15.04.2024", "2024-13-01", ""])
def test_bad_date_is_refused(text: str) -> None:
    with pytest.raises(ClockError, match="2024-03-01T14:30"):
        moment_from_text(text, BERLIN)


def test_file_of_an_event_is_stored_encrypted_and_read_back_intact(
    archive: Archive, tmp_path: Path
) -> None:
    watchlist = Watchlist(archive.engine)
    friend = person_of(archive, FRIEND)
    event_id = watchlist.add_event(
        friend,
        datetime(2024, 3, 2, 19, 5),
        EventKind.MESSENGER,
        note="Sprachnachricht auf Signal",
        file=("Bildschirmfoto.png", SCREENSHOT),
    )
    assert watchlist.event_file(event_id) == ("Bildschirmfoto.png", SCREENSHOT)
    [found] = watchlist.events(friend)
    assert (found.id, found.kind, found.note) == (
        event_id,
        EventKind.MESSENGER,
        "Sprachnachricht auf Signal",
    )
    assert (found.filename, found.size_bytes, found.has_file) == (
        "Bildschirmfoto.png",
        len(SCREENSHOT),
        True,
    )
    assert found.happened_at == datetime(2024, 3, 2, 18, 5, tzinfo=UTC)
    with archive.engine.connect() as connection:  # stored as it is: only encryption hides it
        assert connection.execute(select(AttachmentBlob.compression)).scalars().all() == ["none"]
    archive.close()  # everything written out of the journal into the database file
    stored = [path for path in (tmp_path / "archive").rglob("*") if path.is_file()]
    assert archive.database_path in stored
    assert all(MARKER not in path.read_bytes() for path in stored)


def test_same_file_twice_is_stored_once_and_deleted_with_its_last_event(archive: Archive) -> None:
    watchlist = Watchlist(archive.engine)
    friend = person_of(archive, FRIEND)
    before = blob_count(archive)
    first = watchlist.add_event(
        friend, datetime(2024, 3, 2, 9), EventKind.OTHER, file=("a.png", SCREENSHOT)
    )
    second = watchlist.add_event(
        friend, datetime(2024, 3, 3, 9), EventKind.OTHER, file=("b.png", SCREENSHOT)
    )
    assert blob_count(archive) == before + 1
    watchlist.delete_event(first)
    assert watchlist.event_file(second) == ("b.png", SCREENSHOT)
    watchlist.delete_event(second)
    assert blob_count(archive) == before
    assert watchlist.events(friend) == []
    with pytest.raises(EventError, match=f"no sign of life with id {second}"):
        watchlist.delete_event(second)


def test_event_without_file_has_none(archive: Archive) -> None:
    watchlist = Watchlist(archive.engine)
    event_id = watchlist.add_event(
        person_of(archive, FRIEND), datetime(2024, 3, 2, 9), EventKind.PHONE
    )
    assert watchlist.event_file(event_id) is None
    assert watchlist.event(event_id).has_file is False


def test_events_are_listed_newest_first(archive: Archive) -> None:
    watchlist = Watchlist(archive.engine)
    friend = person_of(archive, FRIEND)
    ids = [
        watchlist.add_event(friend, datetime(2024, 3, day, 9), EventKind.PHONE) for day in (5, 9, 7)
    ]
    assert [e.id for e in watchlist.events(friend)] == [ids[1], ids[2], ids[0]]


def test_event_after_today_is_refused(archive: Archive) -> None:
    watchlist = Watchlist(archive.engine)
    tomorrow = datetime.now(BERLIN) + timedelta(days=1, hours=1)
    with pytest.raises(EventError, match="after today"):
        watchlist.add_event(person_of(archive, FRIEND), tomorrow, EventKind.PHONE)


def test_unknown_person_is_refused(archive: Archive) -> None:
    watchlist = Watchlist(archive.engine)
    with pytest.raises(EventError, match="no person with id 999"):
        watchlist.add_event(999, datetime(2024, 3, 2, 9), EventKind.PHONE)
    with pytest.raises(WatchError, match="no person with id 999"):
        watchlist.watch(999)
    with pytest.raises(WatchError, match="at least 1 day"):
        watchlist.watch(person_of(archive, FRIEND), threshold_days=0)
