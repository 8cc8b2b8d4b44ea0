# SPDX-License-Identifier: GPL-3.0-or-later
"""Commands on people: who has which addresses, merges and splits, proposed merges."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from correspondence_app.cli.common import (
    EXIT_OK,
    emit_json,
    iso,
    number_arg,
    on_part,
)

if TYPE_CHECKING:
    import argparse

    from correspondence_app.cli.common import CommandAdder
    from correspondence_app.people.book import PeopleBook
    from correspondence_app.people.directory import PersonInfo

PERSON_KEYS = (
    "JSON: {id, name, names, addresses, received, sent, last_received, last_sent, me}: "
    "received counts messages from their addresses, sent your messages to them (To, Cc, Bcc)"
)


def _person_mistakes() -> type[Exception]:
    from correspondence_app.people.directory import PeopleError

    return PeopleError


# An unknown person or address ends with exit code 2.
_people = on_part(lambda archive: archive.people, _person_mistakes)


def _id(value: str) -> int:
    return number_arg(value, "a person id", "people")


def person_json(person: PersonInfo) -> dict[str, Any]:
    return {
        "id": person.id,
        "name": person.name,
        "names": list(person.names),
        "addresses": list(person.addresses),
        "received": person.received,
        "sent": person.sent,
        "last_received": iso(person.last_received_at),
        "last_sent": iso(person.last_sent_at),
        "me": person.is_me,
    }


def _show(args: argparse.Namespace, person: PersonInfo) -> None:
    if args.json:
        emit_json(person_json(person))
    else:
        _print_person(person)


def _print_person(person: PersonInfo) -> None:
    last = max(filter(None, (person.last_received_at, person.last_sent_at)), default=None)
    when = f"{last:%Y-%m-%d}" if last else "-"
    me = " (you)" if person.is_me else ""
    print(
        f"{person.id:>6}  {person.received:>6} in {person.sent:>6} out  {when:10}  "
        f"{person.name}{me} <{', '.join(person.addresses)}>"
    )


@_people
def cmd_people(args: argparse.Namespace, book: PeopleBook) -> int:
    people = book.people()
    if args.json:
        emit_json([person_json(person) for person in people])
    else:
        for person in people:
            _print_person(person)
    return EXIT_OK


@_people
def cmd_person(args: argparse.Namespace, book: PeopleBook) -> int:
    _show(args, book.person(_id(args.person)))
    return EXIT_OK


@_people
def cmd_person_merge(args: argparse.Namespace, book: PeopleBook) -> int:
    _show(args, book.merge(_id(args.keep), _id(args.other)))
    return EXIT_OK


@_people
def cmd_person_split(args: argparse.Namespace, book: PeopleBook) -> int:
    _show(args, book.split(_id(args.person), args.address))
    return EXIT_OK


@_people
def cmd_person_rename(args: argparse.Namespace, book: PeopleBook) -> int:
    _show(args, book.rename(_id(args.person), args.name))
    return EXIT_OK


@_people
def cmd_person_proposals(args: argparse.Namespace, book: PeopleBook) -> int:
    proposals = book.proposals()
    if args.json:
        emit_json(
            [
                {
                    "first": p.first,
                    "second": p.second,
                    "reason": p.reason.value,
                    "first_name": p.first_name,
                    "second_name": p.second_name,
                    "evidence": p.evidence,
                    "key": list(p.key),
                }
                for p in proposals
            ]
        )
    else:
        for p in proposals:
            print(
                f"{p.first:>6} {p.second:>6}  {p.reason.value:16} "
                f"{p.first_name} = {p.second_name}  ({p.evidence})"
            )
    return EXIT_OK


@_people
def cmd_person_reject(args: argparse.Namespace, book: PeopleBook) -> int:
    first, second = book.reject_people(_id(args.first), _id(args.second))
    if args.json:
        emit_json({"rejected": [first, second]})
    else:
        print(f"{args.first} and {args.second} will not be proposed as one person again.")
    return EXIT_OK


def register(command: CommandAdder) -> None:
    """Adds this module's commands."""
    command("people", cmd_people, f"everyone with their addresses and counts ({PERSON_KEYS})")
    command("person", cmd_person, "one person").add_argument("person", metavar="ID")
    sub = command(
        "person-merge", cmd_person_merge, "make two people one: the first gets every address"
    )
    sub.add_argument("keep", metavar="ID")
    sub.add_argument("other", metavar="ID")
    sub = command("person-split", cmd_person_split, "make one address a person of its own")
    sub.add_argument("person", metavar="ID")
    sub.add_argument("address", metavar="ADDRESS")
    sub = command("person-rename", cmd_person_rename, 'set the name shown ("" for the seen one)')
    sub.add_argument("person", metavar="ID")
    sub.add_argument("name", metavar="NAME")
    command(
        "person-proposals",
        cmd_person_proposals,
        "people who may be one: the same name in any alphabet, or the same mailbox name "
        "(JSON: {first, second, reason, first_name, second_name, evidence, key})",
    )
    sub = command("person-reject", cmd_person_reject, "two people are not one: never propose it")
    sub.add_argument("first", metavar="ID")
    sub.add_argument("second", metavar="ID")
