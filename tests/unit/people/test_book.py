# SPDX-License-Identifier: GPL-3.0-or-later
"""The keeper's own addresses: set, inferred from sent folders, added to and removed."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from correspondence_app.people.book import PeopleBook
from correspondence_app.people.directory import PeopleError
from tests.unit.people.people_mail import LETTERS, SERGEJ, address, build_archive, letter

if TYPE_CHECKING:
    from pathlib import Path

    from correspondence_app.services import Archive


def sent_folder_archive(tmp_path: Path) -> Archive:
    """An archive whose keeper is known only from a Maildir ``Sent`` folder."""
    archive = build_archive(tmp_path, own=False)
    sent = tmp_path / "Maildir" / ".Sent"
    for sub in ("cur", "new", "tmp"):
        (sent / sub).mkdir(parents=True, exist_ok=True)
    (sent / "cur" / "1700000000.to-s.host:2,S").write_bytes(letter("to-s", LETTERS["to-s"]))
    archive.import_paths([tmp_path / "Maildir"], workers=1)
    return archive


def test_adding_starts_from_the_inferred_addresses(tmp_path: Path) -> None:
    with sent_folder_archive(tmp_path) as archive:
        book = PeopleBook(archive.engine)
        assert book.my_addresses() == ["helga@example.de"]
        assert book.add_my_address(" Helga@Posteo.Example ") == [
            "helga@example.de",
            "helga@posteo.example",
        ]
        assert book.remove_my_address("helga@example.de") == ["helga@posteo.example"]
        assert book.my_addresses() == ["helga@posteo.example"]  # no longer inferred


def test_own_addresses_change_what_counts_as_sent(tmp_path: Path) -> None:
    with sent_folder_archive(tmp_path) as archive:
        book = PeopleBook(archive.engine)
        sergej = book.person_of_address(address(SERGEJ))
        assert book.person(sergej).sent == 1
        book.add_my_address("helga@posteo.example")
        book.remove_my_address("helga@example.de")
        assert book.person(sergej).sent == 0


@pytest.mark.parametrize("written", ["", "helga", "@example.de", "helga@", "a b@example.de"])
def test_what_is_no_address_is_not_added(tmp_path: Path, written: str) -> None:
    with build_archive(tmp_path) as archive, pytest.raises(ValueError, match="not a mail address"):
        PeopleBook(archive.engine).add_my_address(written)


def test_an_unknown_or_the_last_address_is_not_removed(tmp_path: Path) -> None:
    with build_archive(tmp_path) as archive:
        book = PeopleBook(archive.engine)
        with pytest.raises(ValueError, match="not one of your addresses"):
            book.remove_my_address("sergej@gmx.example")
        with pytest.raises(ValueError, match="your only address"):
            book.remove_my_address("helga@example.de")
        assert book.my_addresses() == ["helga@example.de"]


def test_rejecting_people_remembers_their_lowest_addresses(tmp_path: Path) -> None:
    with build_archive(tmp_path) as archive:
        book = PeopleBook(archive.engine)
        sergej = book.person_of_address(address(SERGEJ))
        anna = book.person_of_address("anna.weber@gmx.example")
        assert book.reject_people(sergej, anna) == ("anna.weber@gmx.example", "sergej@gmx.example")
        with pytest.raises(PeopleError, match="one person already"):
            book.reject_people(anna, anna)
        with pytest.raises(PeopleError, match="no person with id 404"):
            book.reject_people(anna, 404)
