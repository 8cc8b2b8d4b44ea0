# SPDX-License-Identifier: GPL-3.0-or-later
"""A rejected merge holds for the same people whatever is split off or merged later, and
after importing the mail again."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import TYPE_CHECKING

import pytest

from correspondence_app.people.book import PeopleBook
from correspondence_app.people.directory import reject_merge
from tests.unit.people.people_mail import (
    ANNA,
    ANNA_POSTEO,
    LATER,
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

    from correspondence_app.services import Archive

# Anna's third address sorts before her others: the lowest address of the person.
ANNA_AOL = "Anna Weber <a.weber@aol.example>"
SERGEJ_WEB = "Sergej Schukow <sergej.schukow@web.example>"
MORE = {
    "aol": (ANNA_AOL, OWN, "", "", datetime(2023, 5, 1, 9, tzinfo=UTC)),
    "web": (SERGEJ_WEB, OWN, "", "", datetime(2023, 5, 2, 9, tzinfo=UTC)),
}


@pytest.fixture
def archive(tmp_path: Path) -> Iterator[Archive]:
    with build_archive(tmp_path) as opened:
        opened.import_paths([write_letters(tmp_path / "more", MORE)], workers=1)
        yield opened


def of(book: PeopleBook, written: str) -> int:
    return book.person_of_address(address(written))


def proposed(book: PeopleBook, one: str, other: str) -> bool:
    wanted = {of(book, one), of(book, other)}
    return any({p.first, p.second} == wanted for p in book.proposals())


def anna_with_three_addresses(book: PeopleBook) -> int:
    """Anna (gmx and aol, merged) and A. Weber (posteo), proposed as one by the mailbox."""
    anna = book.merge(of(book, ANNA), of(book, ANNA_AOL)).id
    assert proposed(book, ANNA, ANNA_POSTEO)
    return anna


def test_a_rejection_holds_after_the_lowest_address_is_split_off(archive: Archive) -> None:
    book = PeopleBook(archive.engine)
    anna = anna_with_three_addresses(book)
    book.reject_people(anna, of(book, ANNA_POSTEO))
    assert not proposed(book, ANNA, ANNA_POSTEO)
    book.split(anna, address(ANNA_AOL))  # the address the rejection used to be kept by
    assert not proposed(book, ANNA, ANNA_POSTEO)
    archive.import_paths([archive.folder.parent / "mail"], workers=1)  # the same files
    archive.import_paths([write_letters(archive.folder.parent / "later", LATER)], workers=1)
    assert not proposed(book, ANNA, ANNA_POSTEO)


def test_a_rejected_proposal_holds_after_the_lowest_address_is_split_off(
    archive: Archive,
) -> None:
    book = PeopleBook(archive.engine)
    anna = anna_with_three_addresses(book)
    proposal = next(p for p in book.proposals() if anna in (p.first, p.second))
    book.reject(proposal)
    book.split(anna, address(ANNA_AOL))
    assert not proposed(book, ANNA, ANNA_POSTEO)
    # Merged back with the split-off address, the person is still not A. Weber.
    book.merge(of(book, ANNA), of(book, ANNA_AOL))
    assert not proposed(book, ANNA, ANNA_POSTEO)


def test_splitting_twice_does_not_bring_back_the_first_split(archive: Archive) -> None:
    book = PeopleBook(archive.engine)
    sergej = book.merge(of(book, SERGEJ), of(book, SERGEJ_RU)).id
    sergej = book.merge(sergej, of(book, SERGEJ_WEB)).id
    book.split(sergej, address(SERGEJ_RU))  # the lowest of the three
    book.split(sergej, address(SERGEJ_WEB))  # now the lowest of the two left
    assert book.person(of(book, SERGEJ)).addresses == (address(SERGEJ),)
    for one, other in ((SERGEJ, SERGEJ_RU), (SERGEJ, SERGEJ_WEB), (SERGEJ_RU, SERGEJ_WEB)):
        assert not proposed(book, one, other), (one, other)
    archive.import_paths([archive.folder.parent / "more"], workers=1)
    assert not proposed(book, SERGEJ, SERGEJ_RU)


def test_a_rejection_still_names_the_lowest_addresses(archive: Archive) -> None:
    book = PeopleBook(archive.engine)
    anna = anna_with_three_addresses(book)
    assert book.reject_people(of(book, ANNA_POSTEO), anna) == (
        "a.weber@aol.example",
        "anna.weber@posteo.example",
    )


def test_a_rejection_of_one_address_is_handed_on_by_a_split(archive: Archive) -> None:
    """As a rejection made before every address was kept, or one brought by a transfer."""
    book = PeopleBook(archive.engine)
    anna = anna_with_three_addresses(book)
    with archive.engine.begin() as connection:
        reject_merge(connection, address(ANNA_AOL), address(ANNA_POSTEO))
    assert not proposed(book, ANNA, ANNA_POSTEO)
    book.split(anna, address(ANNA_AOL))
    assert not proposed(book, ANNA, ANNA_POSTEO)
