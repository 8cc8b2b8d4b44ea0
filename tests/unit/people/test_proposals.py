# SPDX-License-Identifier: GPL-3.0-or-later
"""Proposed merges: the same name in any alphabet, the same mailbox name elsewhere."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from correspondence_app.people.book import PeopleBook
from correspondence_app.people.directory import PersonInfo
from correspondence_app.people.proposals import (
    ProposalReason,
    local_part_key,
    merge_proposals,
    name_keys,
)
from correspondence_app.tagging.identity import set_own_addresses
from tests.unit.people.people_mail import (
    ANNA,
    ANNA_POSTEO,
    LATER,
    NAMESAKE,
    OWN,
    SERGEJ,
    SERGEJ_RU,
    address,
    build_archive,
    write_letters,
)

if TYPE_CHECKING:
    from pathlib import Path


def person(
    person_id: int, *addresses: str, names: tuple[str, ...] = (), me: bool = False
) -> PersonInfo:
    return PersonInfo(
        id=person_id,
        name=names[0] if names else addresses[0],
        names=names,
        addresses=tuple(sorted(addresses)),
        received=1,
        sent=0,
        last_received_at=None,
        last_sent_at=None,
        is_me=me,
    )


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("Sergej Schukow", "Сергей Жуков"),
        ("Sergey Zhukov", "Сергей Жуков"),
        ("Sergej Schukow", "Zhukov, Sergey"),
        ("Жуков Сергей", "Sergei Zhukov"),
        ("Jürgen Müller", "Juergen Mueller"),
        ("Aneesh Kumar K.V", "Aneesh Kumar K. V"),
        ("Bounine, Alexandre", "Alexandre Bounine"),
    ],
)
def test_names_meet_across_alphabets_and_word_order(one: str, other: str) -> None:
    assert name_keys(one) & name_keys(other)


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("Anna Weber", "Anna Schmidt"),
        ("Sergej Schukow", "Sergej Petrow"),
        ("Sergej Schukow", "Sergej Schukow junior"),
    ],
)
def test_different_names_stay_apart(one: str, other: str) -> None:
    assert not name_keys(one) & name_keys(other)


@pytest.mark.parametrize(
    "name",
    ["Anna", "S. Zhukov", "Carl Worth via notmuch", "Mail Delivery Subsystem",
     "anna.weber@gmx.example", "Info Team", ""],
)  # fmt: skip
def test_first_names_roles_and_addresses_have_no_key(name: str) -> None:
    assert name_keys(name) == set()


@pytest.mark.parametrize(
    ("written", "key"),
    [
        ("anna.weber@gmx.example", "anna.weber"),
        ("Anna.Weber+shop@gmx.example", "anna.weber"),
        ("jlayton@redhat.com", "jlayton"),
        ("anna@gmx.example", ""),  # too short
        ("12345678@gmx.example", ""),  # no letters
        ("info@a.example", ""),
        ("no-reply@a.example", ""),
        ("noreply2@a.example", ""),
        ("kontakt@a.example", ""),
        ("poststelle@amt.example", ""),
        ("mailer-daemon@a.example", ""),
        ("freebsd-hackers+owner@freebsd.org", ""),
        ("notmuch-request@notmuchmail.org", ""),
    ],
)
def test_local_parts_that_mark_a_person(written: str, key: str) -> None:
    assert local_part_key(written) == key


def test_names_are_proposed_before_local_parts() -> None:
    people = [
        person(1, "sergej@gmx.example", names=("Sergej Schukow",)),
        person(2, "s.zhukov@mail.example", names=("Сергей Жуков",)),
        person(3, "anna.weber@gmx.example", names=("Anna Weber",)),
        person(4, "anna.weber@posteo.example", names=("A. Weber",)),
        person(5, "anna.schmidt@web.example", names=("Anna Schmidt",)),
    ]
    found = [(p.first, p.second, p.reason) for p in merge_proposals(people)]
    assert found == [(1, 2, ProposalReason.SAME_NAME), (3, 4, ProposalReason.SAME_LOCAL_PART)]


def test_a_mailbox_name_with_full_names_sharing_no_word_is_chance() -> None:
    people = [
        person(1, "wolf1985@gmx.example", names=("Anna Weber",)),
        person(2, "wolf1985@web.example", names=("Boris Petrov",)),
        person(3, "wolf1985@posteo.example", names=("Anna W. Weber",)),
    ]
    assert [(p.first, p.second) for p in merge_proposals(people)] == [(1, 3)]


def test_a_group_gives_one_proposal_less_than_members() -> None:
    people = [person(n, f"jeff{n}@host{n}.example", names=("Jeff Layton",)) for n in range(1, 5)]
    assert [(p.first, p.second) for p in merge_proposals(people)] == [(1, 2), (1, 3), (1, 4)]


def test_a_name_shared_by_many_is_no_proposal() -> None:
    people = [person(n, f"x{n}@host{n}.example", names=("Jeff Layton",)) for n in range(1, 8)]
    assert merge_proposals(people) == []


def test_rejected_pair_is_not_proposed_but_its_members_still_can_be() -> None:
    people = [person(n, f"jeff{n}@host{n}.example", names=("Jeff Layton",)) for n in range(1, 4)]
    rejected = [("jeff2@host2.example", "jeff1@host1.example")]
    assert [(p.first, p.second) for p in merge_proposals(people, rejected)] == [(1, 3), (2, 3)]


def test_rejection_of_any_two_addresses_holds_after_a_merge() -> None:
    people = [
        person(1, "sergej@gmx.example", "sergej@web.example", names=("Sergej Schukow",)),
        person(2, "s.zhukov@mail.example", names=("Сергей Жуков",)),
    ]
    assert merge_proposals(people, [("s.zhukov@mail.example", "sergej@web.example")]) == []


def test_own_addresses_are_proposed_only_with_own_ones() -> None:
    people = [
        person(1, "helga@example.de", names=("Helga Brandt",), me=True),
        person(2, "h.brandt@web.example", names=("Helga Brandt",)),
        person(3, "helga.brandt@posteo.example", names=("Helga Brandt",), me=True),
    ]
    assert [(p.first, p.second) for p in merge_proposals(people)] == [(1, 3)]


def test_names_on_role_mailboxes_are_their_senders() -> None:
    people = [
        person(1, "notifications@github.example", names=("Carl Worth", "Keith Packard")),
        person(2, "cworth@cworth.org", names=("Carl Worth",)),
    ]
    assert merge_proposals(people) == []


# On a real archive ------------------------------------------------------------------------
def pair(one: int, other: int) -> tuple[int, int]:
    return min(one, other), max(one, other)


def test_archive_proposes_by_name_and_local_part_but_not_role_or_first_name(
    tmp_path: Path,
) -> None:
    with build_archive(tmp_path) as archive:
        book = PeopleBook(archive.engine)
        of = {written: book.person_of_address(address(written)) for written in
              (SERGEJ, SERGEJ_RU, ANNA, ANNA_POSTEO, OWN, NAMESAKE)}  # fmt: skip
        sergej, anna = pair(of[SERGEJ], of[SERGEJ_RU]), pair(of[ANNA], of[ANNA_POSTEO])
        found = {(p.first, p.second): p for p in book.proposals()}
        assert set(found) == {sergej, anna}
        by_name = found[sergej]
        assert by_name.reason is ProposalReason.SAME_NAME
        assert {by_name.first_name, by_name.second_name} == {"Sergej Schukow", "Сергей Жуков"}
        assert by_name.key == ("s.zhukov@mail.example", "sergej@gmx.example")
        by_mailbox = found[anna]
        assert (by_mailbox.reason, by_mailbox.evidence) == (
            ProposalReason.SAME_LOCAL_PART,
            "anna.weber",
        )
        # The keeper's namesake is proposed only while the keeper's address is not known.
        with archive.engine.begin() as connection:
            set_own_addresses(connection, ["somebody@else.example"])
        pairs = {(p.first, p.second) for p in book.proposals()}
        assert pair(of[OWN], of[NAMESAKE]) in pairs


def test_merged_and_rejected_proposals_do_not_come_back(tmp_path: Path) -> None:
    with build_archive(tmp_path) as archive:
        book = PeopleBook(archive.engine)
        by_name, by_mailbox = book.proposals()
        book.merge(by_name.first, by_name.second)
        book.reject(by_mailbox)
        assert book.proposals() == []
        archive.import_paths([tmp_path / "mail"], workers=1)
        archive.import_paths([write_letters(tmp_path / "later", LATER)], workers=1)
        assert book.proposals() == []
        with archive.engine.connect() as connection:
            stored = connection.exec_driver_sql(
                "SELECT first_address, second_address FROM rejected_merges"
            )
            assert stored.all() == [("anna.weber@gmx.example", "anna.weber@posteo.example")]


def test_a_split_is_not_proposed_again(tmp_path: Path) -> None:
    with build_archive(tmp_path) as archive:
        book = PeopleBook(archive.engine)
        sergej = book.person_of_address(address(SERGEJ))
        merged = book.merge(sergej, book.person_of_address(address(SERGEJ_RU)))
        book.split(merged.id, address(SERGEJ_RU))
        assert all(p.reason is not ProposalReason.SAME_NAME for p in book.proposals())
