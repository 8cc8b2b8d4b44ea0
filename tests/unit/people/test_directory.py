# SPDX-License-Identifier: GPL-3.0-or-later
"""People on a real archive: counts and dates, merges, splits and renames that last."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import TYPE_CHECKING

import pytest
from sqlalchemy import text

from correspondence_app.people.book import PeopleBook
from correspondence_app.people.directory import PERSON_REFERENCES, PeopleError
from correspondence_app.storage.tables import Base
from correspondence_app.tagging.identity import set_own_addresses
from tests.unit.people.people_mail import (
    ANNA,
    ANNA_POSTEO,
    ANNA_SCHMIDT,
    LATER,
    LETTERS,
    OWN,
    SERGEJ,
    SERGEJ_RU,
    address,
    build_archive,
    write_letters,
)

if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path

    from correspondence_app.people.directory import PersonInfo
    from correspondence_app.services import Archive


@pytest.fixture
def archive(tmp_path: Path) -> Iterator[Archive]:
    with build_archive(tmp_path) as opened:
        yield opened


@pytest.fixture
def book(archive: Archive) -> PeopleBook:
    return PeopleBook(archive.engine)


def holding(book: PeopleBook, written: str) -> PersonInfo:
    return book.person(book.person_of_address(address(written)))


def at(day: str) -> datetime:
    return datetime.fromisoformat(day).replace(hour=9, tzinfo=UTC)


def test_each_address_is_a_person_with_counts_and_last_dates(book: PeopleBook) -> None:
    people = book.people()
    assert len(people) == len({address(fields[0]) for fields in LETTERS.values()})
    sergej = holding(book, SERGEJ)
    assert (sergej.name, sergej.addresses) == ("Sergej Schukow", ("sergej@gmx.example",))
    assert (sergej.received, sergej.sent) == (1, 1)
    assert (sergej.last_received_at, sergej.last_sent_at) == (at("2023-01-10"), at("2023-02-05"))
    schmidt = holding(book, ANNA_SCHMIDT)  # written to in Bcc only
    assert (schmidt.received, schmidt.sent) == (1, 1)
    posteo = holding(book, ANNA_POSTEO)
    assert (posteo.sent, posteo.last_sent_at) == (0, None)
    me = holding(book, OWN)
    assert me.is_me
    assert (me.received, me.sent) == (0, 0)  # mail from the keeper is sent, not received
    assert not sergej.is_me


def test_people_with_most_messages_come_first(book: PeopleBook) -> None:
    totals = [person.messages for person in book.people()]
    assert totals == sorted(totals, reverse=True)
    assert totals[0] == 2


def test_without_own_addresses_nothing_counts_as_sent(tmp_path: Path) -> None:
    with build_archive(tmp_path, own=False) as archive:
        with archive.engine.begin() as connection:  # not the keeper, who is in every letter
            set_own_addresses(connection, ["somebody@else.example"])
        book = PeopleBook(archive.engine)
        assert all(person.sent == 0 for person in book.people())
        keeper = holding(book, OWN)
        assert (keeper.received, keeper.is_me) == (2, False)


def test_without_a_sent_folder_the_sender_in_most_letters_is_the_keeper(
    tmp_path: Path,
) -> None:
    with build_archive(tmp_path, own=False) as archive:
        book = PeopleBook(archive.engine)
        assert book.my_addresses() == [address(OWN)]
        assert holding(book, OWN).is_me
        assert holding(book, SERGEJ).sent == 1


def test_without_a_sent_folder_nobody_in_most_letters_is_no_keeper(tmp_path: Path) -> None:
    with build_archive(tmp_path, own=False) as archive:
        others = {
            f"x{n}": (f"P {n} <p{n}@example.org>", f"O {n} <o{n}@example.org>", "", "", day)
            for n in range(1, 25)
            if (day := datetime(2023, 7, n, 9, tzinfo=UTC))
        }
        archive.import_paths([write_letters(tmp_path / "more", others)], workers=1)
        assert PeopleBook(archive.engine).my_addresses() == []


def test_merge_counts_a_message_to_both_addresses_once(book: PeopleBook) -> None:
    sergej, russian = holding(book, SERGEJ), holding(book, SERGEJ_RU)
    merged = book.merge(sergej.id, russian.id)
    assert merged.id == sergej.id
    assert merged.addresses == ("s.zhukov@mail.example", "sergej@gmx.example")
    assert set(merged.names) == {"Sergej Schukow", "Сергей Жуков"}
    assert merged.name == "Sergej Schukow"
    assert (merged.received, merged.sent) == (2, 1)
    assert merged.last_received_at == at("2023-02-01")
    with pytest.raises(PeopleError, match="no person"):
        book.person(russian.id)


def test_merge_and_split_survive_importing_again(archive: Archive, book: PeopleBook) -> None:
    sergej, russian = holding(book, SERGEJ), holding(book, SERGEJ_RU)
    book.merge(russian.id, sergej.id)
    anna = book.merge(holding(book, ANNA).id, holding(book, ANNA_POSTEO).id)
    split = book.split(anna.id, address(ANNA_POSTEO))
    before = len(book.people())
    archive.import_paths([archive.folder.parent / "mail"], workers=1)  # the same files
    assert len(book.people()) == before
    archive.import_paths([write_letters(archive.folder.parent / "later", LATER)], workers=1)
    assert len(book.people()) == before + 1  # only Boris is new
    merged = holding(book, SERGEJ)
    assert merged.id == russian.id
    assert merged.addresses == ("s.zhukov@mail.example", "sergej@gmx.example")
    assert (merged.received, merged.last_received_at) == (3, at("2023-06-01"))
    assert holding(book, ANNA_POSTEO).id == split.id
    assert holding(book, ANNA).addresses == ("anna.weber@gmx.example",)


def test_split_gives_the_address_a_person_of_its_own(book: PeopleBook) -> None:
    anna = book.merge(holding(book, ANNA).id, holding(book, ANNA_POSTEO).id)
    split = book.split(anna.id, "Anna.Weber@Posteo.example")
    assert split.id != anna.id
    assert (split.addresses, split.name, split.received) == (
        ("anna.weber@posteo.example",),
        "A. Weber",
        1,
    )
    assert book.person(anna.id).addresses == ("anna.weber@gmx.example",)
    with pytest.raises(PeopleError, match="only address"):
        book.split(split.id, "anna.weber@posteo.example")
    with pytest.raises(PeopleError, match="not an address of person"):
        book.split(anna.id, "anna.weber@posteo.example")
    with pytest.raises(PeopleError, match="no message"):
        book.split(anna.id, "nobody@nowhere.example")


def test_rename_sets_the_name_shown_and_empty_goes_back(book: PeopleBook) -> None:
    anna = holding(book, ANNA_POSTEO)
    assert book.rename(anna.id, "  Anna   Weber ").name == "Anna Weber"
    assert book.rename(anna.id, "").name == "A. Weber"


def test_impossible_merges_are_refused(book: PeopleBook) -> None:
    sergej = holding(book, SERGEJ)
    with pytest.raises(PeopleError, match="themselves"):
        book.merge(sergej.id, sergej.id)
    with pytest.raises(PeopleError, match="no person with id 999"):
        book.merge(sergej.id, 999)
    assert book.person(sergej.id).addresses == ("sergej@gmx.example",)


def test_merge_moves_what_points_at_the_person(archive: Archive, book: PeopleBook) -> None:
    keep, other = holding(book, SERGEJ).id, holding(book, SERGEJ_RU).id
    lonely = holding(book, ANNA).id
    now = "2024-01-01 00:00:00.000000"
    with archive.engine.begin() as connection:
        run = connection.exec_driver_sql
        run("INSERT INTO watched_people VALUES (?, 10, ?), (?, 3, ?)", (keep, now, other, now))
        run(
            "INSERT INTO life_events (person_id, happened_at, kind, note, filename, created_at, "
            "author) VALUES (?, ?, 'phone', 'Anruf', '', ?, '')",
            (other, now, now),
        )
        run(
            "INSERT INTO official_groups (id, name, deadline_days, created_at) "
            "VALUES (1, 'A', 30, ?), (2, 'B', 30, ?)",
            (now, now),
        )
        run(
            "INSERT INTO group_members (group_id, person_id, domain) VALUES (1, ?, ''), "
            "(1, ?, ''), (2, ?, '')",
            (keep, other, other),
        )
        run(
            "INSERT INTO paper_letters (recipient, person_id, sent_at, subject, note, filename, "
            "awaits, answer_note, created_at, author) VALUES ('S', ?, ?, 'Brief', '', '', 1, '', "
            "?, '')",
            (other, now, now),
        )
    book.merge(keep, other)
    with archive.engine.connect() as connection:
        query = connection.exec_driver_sql
        assert query("SELECT person_id, threshold_days FROM watched_people").all() == [(keep, 10)]
        assert query("SELECT person_id FROM life_events").scalars().all() == [keep]
        members = query("SELECT group_id, person_id FROM group_members ORDER BY group_id").all()
        assert members == [(1, keep), (2, keep)]
        assert query("SELECT person_id FROM paper_letters").scalars().all() == [keep]
    # Watched only as the second: the watch moves.
    with archive.engine.begin() as connection:
        connection.exec_driver_sql("DELETE FROM watched_people")
        connection.exec_driver_sql("INSERT INTO watched_people VALUES (?, 5, ?)", (lonely, now))
    book.merge(keep, lonely)
    with archive.engine.connect() as connection:
        watched = connection.exec_driver_sql("SELECT person_id, threshold_days FROM watched_people")
        assert watched.all() == [(keep, 5)]


def test_every_table_pointing_at_people_is_moved_by_a_merge() -> None:
    pointing = {
        table.name
        for table in Base.metadata.tables.values()
        for key in table.foreign_keys
        if key.target_fullname == "people.id"
    }
    assert pointing == set(PERSON_REFERENCES)


def test_names_are_the_most_frequent_and_never_an_address(archive: Archive) -> None:
    book = PeopleBook(archive.engine)
    anna = holding(book, ANNA)
    with archive.engine.begin() as connection:
        connection.execute(text("UPDATE people SET name = '' WHERE id = :id"), {"id": anna.id})
        connection.execute(
            text("UPDATE message_addresses SET name = 'anna.weber@gmx.example' WHERE name = ''")
        )
    renamed = book.person(anna.id)
    assert renamed.name == "Anna Weber"  # seen twice (From and To), the address-name skipped
    assert renamed.names == ("Anna Weber",)
