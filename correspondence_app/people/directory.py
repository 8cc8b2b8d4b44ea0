# SPDX-License-Identifier: GPL-3.0-or-later
"""Who wrote and who was written to: people with their addresses, names and counts, and
the user's merges, splits, renames and rejected merges.

Every address belongs to one person. The import gives each address it has not seen a
person of its own and leaves known addresses where they are, so what is changed here
survives importing the same mail again.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from sqlalchemy import and_, case, func, select, text, true

from correspondence_app.alerts.clock import clock
from correspondence_app.domain.message import UNTRUSTED_DATE_SOURCES, AddressRole
from correspondence_app.people import rejections
from correspondence_app.storage.tables import Address, Message, MessageAddress, Person

if TYPE_CHECKING:
    from collections.abc import Collection, Iterable
    from datetime import datetime

    from sqlalchemy import ColumnElement, Connection, Select

    from correspondence_app.alerts.clock import Clock

RECIPIENT_ROLES = (AddressRole.TO, AddressRole.CC, AddressRole.BCC)
# Tables that point at people.id, each moved to the kept person by a merge (a test checks
# that every foreign key on people.id is one of them).
PERSON_REFERENCES = ("addresses", "watched_people", "life_events", "group_members", "paper_letters")


class PeopleError(ValueError):
    """An impossible change (an unknown person, a merge with oneself), said for the user."""


@dataclass(frozen=True)
class PersonInfo:
    """A person as the lists show them: received counts messages from their addresses
    (not from the user's own), sent counts the user's messages to any of their addresses.
    The last dates, like the signs of life, leave out a date after today or one that is
    only a file's time (the messages are counted all the same)."""

    id: int
    name: str  # the name set, else the display name seen most often, else the address
    names: tuple[str, ...]  # every display name seen, most frequent first
    addresses: tuple[str, ...]  # sorted
    received: int
    sent: int
    last_received_at: datetime | None
    last_sent_at: datetime | None
    is_me: bool  # holds one of the user's own addresses

    @property
    def messages(self) -> int:
        return self.received + self.sent

    @property
    def mail_query(self) -> str:
        """The search for all mail from and to any of the person's addresses."""
        return " OR ".join(f"from:{a} OR to:{a}" for a in self.addresses)


@dataclass
class _Gathered:
    set_name: str = ""
    first_seen_names: list[str] = field(default_factory=list)
    addresses: list[str] = field(default_factory=list)
    names: Counter[str] = field(default_factory=Counter)
    received: int = 0
    sent: int = 0
    last_received_at: datetime | None = None
    last_sent_at: datetime | None = None
    is_me: bool = False


# Reading -----------------------------------------------------------------------------------
def list_people(
    connection: Connection, own_addresses: Iterable[str], today: Clock | None = None
) -> list[PersonInfo]:
    """Everyone with an address, those with the most messages first; ``today`` (else the
    archive's clock) says which dates are after today.

    A fixed number of grouped queries whatever the archive's size: about half a second
    for 20,000 people in 100,000 messages.
    """
    own = {address.lower() for address in own_addresses}
    people = _gather(connection, own, None, today or clock(connection))
    return sorted(people, key=lambda p: (-p.messages, p.name.casefold(), p.id))


def person(
    connection: Connection,
    person_id: int,
    own_addresses: Iterable[str],
    today: Clock | None = None,
) -> PersonInfo:
    own = {address.lower() for address in own_addresses}
    found = _gather(connection, own, person_id, today or clock(connection))
    if not found:
        require_person(connection, person_id)
        # A person row without addresses: left behind by nothing this module does.
        raise PeopleError(f"person {person_id} has no address")
    return found[0]


def require_person(connection: Connection, person_id: int) -> str:
    """The person's set name; PeopleError if there is no such person."""
    name = connection.execute(
        text("SELECT name FROM people WHERE id = :id"), {"id": person_id}
    ).first()
    if name is None:
        raise PeopleError(
            f"there is no person with id {person_id} (see `correspondence-app people`)"
        )
    return str(name[0])


def person_of_address(connection: Connection, address: str) -> int:
    """The person holding this address (compared without case)."""
    found = connection.execute(
        text("SELECT person_id FROM addresses WHERE lower(address) = :address"),
        {"address": address.strip().lower()},
    ).first()
    if found is None:
        raise PeopleError(f"{address}: no message in the archive has this address")
    return int(found[0])


def rejected_pairs(connection: Connection) -> set[tuple[str, str]]:
    """The pairs of addresses the user said are not one person, each sorted."""
    return rejections.rejected_pairs(connection)


def shown_names(connection: Connection, person_ids: Collection[int]) -> dict[int, str]:
    """The names these people are shown by (as ``PersonInfo.name``), in two queries; the
    display names seen are counted only for those without a name set."""
    gathered = _gather_addresses(connection, set(), Address.person_id.in_(sorted(set(person_ids))))
    unnamed = [number for number, entry in gathered.items() if not clean_name(entry.set_name)]
    if unnamed:
        _count_names(connection, gathered, Address.person_id.in_(unnamed))
    return {number: _shown_name(entry) for number, entry in gathered.items() if entry.addresses}


def _gather(
    connection: Connection, own: set[str], person_id: int | None, today: Clock
) -> list[PersonInfo]:
    def only[*Row](query: Select[*Row]) -> Select[*Row]:
        return query if person_id is None else query.where(Address.person_id == person_id)

    whose = true() if person_id is None else Address.person_id == person_id
    gathered = _gather_addresses(connection, own, whose)
    _count_names(connection, gathered, whose)
    own_ids = list(
        connection.execute(
            select(Address.id).where(func.lower(Address.address).in_(sorted(own)))
        ).scalars()
    )
    trusted = and_(
        Message.date_source.not_in(UNTRUSTED_DATE_SOURCES), Message.date_at < today.end_of_today
    )
    last_trusted = func.max(case((trusted, Message.date_at)))
    received = connection.execute(
        only(
            select(Address.person_id, func.count(), last_trusted)
            .select_from(Message)
            .join(Address, Address.id == Message.from_address_id)
            .where(Message.from_address_id.not_in(own_ids))
            .group_by(Address.person_id)
        )
    ).all()
    for owner, count, last in received:
        gathered[owner].received, gathered[owner].last_received_at = count, last
    if own_ids:
        sent = connection.execute(
            only(
                select(Address.person_id, func.count(Message.id.distinct()), last_trusted)
                .select_from(Message)
                .join(MessageAddress, MessageAddress.message_id == Message.id)
                .join(Address, Address.id == MessageAddress.address_id)
                .where(Message.from_address_id.in_(own_ids))
                .where(MessageAddress.role.in_([int(role) for role in RECIPIENT_ROLES]))
                .group_by(Address.person_id)
            )
        ).all()
        for owner, count, last in sent:
            gathered[owner].sent, gathered[owner].last_sent_at = count, last
    return [_info(number, entry) for number, entry in gathered.items() if entry.addresses]


def _gather_addresses(
    connection: Connection, own: set[str], whose: ColumnElement[bool]
) -> defaultdict[int, _Gathered]:
    """The addresses of the people ``whose`` picks, and the name set for each."""
    gathered: defaultdict[int, _Gathered] = defaultdict(_Gathered)
    address_rows = connection.execute(
        select(Address.id, Address.address, Address.name, Address.person_id, Person.name)
        .join(Person, Person.id == Address.person_id)
        .where(whose)
    ).all()
    for _, address, first_name, owner, set_name in address_rows:
        entry = gathered[owner]
        entry.set_name = set_name or ""
        entry.addresses.append(address)
        entry.first_seen_names.append(first_name or "")
        entry.is_me = entry.is_me or address.lower() in own
    return gathered


def _count_names(
    connection: Connection, gathered: dict[int, _Gathered], whose: ColumnElement[bool]
) -> None:
    """Counts the display names seen with the addresses of the people ``whose`` picks."""
    names = connection.execute(
        select(Address.person_id, MessageAddress.name, func.count())
        .select_from(MessageAddress)
        .join(Address, Address.id == MessageAddress.address_id)
        .where(MessageAddress.name != "", whose)
        .group_by(MessageAddress.address_id, MessageAddress.name)
    ).all()
    for owner, name, count in names:
        cleaned = clean_name(name)
        if cleaned:
            gathered[owner].names[cleaned] += count


def _seen_names(entry: _Gathered) -> tuple[str, ...]:
    """Every display name seen, most frequent first."""
    seen = entry.names
    for first in entry.first_seen_names:  # an address whose names were all blank
        cleaned = clean_name(first)
        if cleaned and cleaned not in seen:
            seen[cleaned] = 0
    return tuple(name for name, _ in sorted(seen.items(), key=lambda item: (-item[1], item[0])))


def _shown_name(entry: _Gathered) -> str:
    """The name set, else the display name seen most often, else the first address."""
    names = _seen_names(entry)
    return clean_name(entry.set_name) or (names[0] if names else min(entry.addresses))


def _info(person_id: int, entry: _Gathered) -> PersonInfo:
    return PersonInfo(
        id=person_id,
        name=_shown_name(entry),
        names=_seen_names(entry),
        addresses=tuple(sorted(entry.addresses)),
        received=entry.received,
        sent=entry.sent,
        last_received_at=entry.last_received_at,
        last_sent_at=entry.last_sent_at,
        is_me=entry.is_me,
    )


def clean_name(name: str) -> str:
    """A display name as shown: spaces collapsed, quotes around it dropped; "" for one
    that is an address (some mailers write the address as the name)."""
    cleaned = " ".join(name.split()).strip("\"' ")
    return "" if "@" in cleaned else cleaned


# Changing ----------------------------------------------------------------------------------
def merge_people(connection: Connection, keep_id: int, other_id: int) -> None:
    """Moves every address of ``other_id`` to ``keep_id``, with what points at the person
    (watching, signs of life, groups, paper letters), and deletes ``other_id``."""
    if keep_id == other_id:
        raise PeopleError(f"person {keep_id} cannot be merged with themselves")
    kept_name = require_person(connection, keep_id)
    other_name = require_person(connection, other_id)
    ids = {"keep": keep_id, "other": other_id}
    connection.execute(text("UPDATE addresses SET person_id = :keep WHERE person_id = :other"), ids)
    # Watched both: the first's threshold stays.
    connection.execute(
        text(
            "DELETE FROM watched_people WHERE person_id = :other "
            "AND EXISTS (SELECT 1 FROM watched_people WHERE person_id = :keep)"
        ),
        ids,
    )
    connection.execute(
        text("DELETE FROM group_members WHERE person_id = :other AND group_id IN "
             "(SELECT group_id FROM group_members WHERE person_id = :keep)"),
        ids,
    )  # fmt: skip
    for table in ("watched_people", "life_events", "group_members", "paper_letters"):
        connection.execute(
            text(f"UPDATE {table} SET person_id = :keep WHERE person_id = :other"),  # noqa: S608
            ids,
        )
    if not kept_name and other_name:
        connection.execute(
            text("UPDATE people SET name = :name WHERE id = :keep"), {**ids, "name": other_name}
        )
    connection.execute(text("DELETE FROM people WHERE id = :other"), ids)


def split_address(connection: Connection, person_id: int, address: str) -> int:
    """Makes ``address`` a person of its own (named as the address was first seen) and
    remembers that it is not the rest of ``person_id``; returns the new person's id."""
    require_person(connection, person_id)
    found = connection.execute(
        text("SELECT id, address, name, person_id FROM addresses WHERE lower(address) = :a"),
        {"a": address.strip().lower()},
    ).first()
    if found is None:
        raise PeopleError(f"{address}: no message in the archive has this address")
    address_id, stored, first_name, owner = found
    if owner != person_id:
        raise PeopleError(f"{stored} is not an address of person {person_id}")
    rest = [held for held in _addresses_of(connection, person_id) if held != stored]
    if not rest:
        raise PeopleError(f"{stored} is the only address of person {person_id}")
    new_id = connection.execute(
        text("INSERT INTO people (name) VALUES (:name) RETURNING id"), {"name": first_name or ""}
    ).scalar_one()
    connection.execute(
        text("UPDATE addresses SET person_id = :p WHERE id = :a"), {"p": new_id, "a": address_id}
    )
    # Not proposed to be merged back, by any address; what the person was said not to be,
    # neither part is.
    rejected = rejections.rejected_with(connection, [stored, *rest])
    rejections.remember(connection, [stored, *rest], rejected)
    rejections.remember(connection, [stored], rest)
    return int(new_id)


def rename_person(connection: Connection, person_id: int, name: str) -> None:
    """Sets the name shown for the person; "" goes back to the display names seen."""
    require_person(connection, person_id)
    connection.execute(
        text("UPDATE people SET name = :name WHERE id = :id"),
        {"id": person_id, "name": " ".join(name.split())},
    )


def reject_merge(connection: Connection, first_address: str, second_address: str) -> None:
    """Remembers that the people holding these addresses are not one."""
    first, second = rejections.pair(first_address, second_address)
    if first == second:
        raise PeopleError(f"{first}: an address is always its own person")
    rejections.remember(connection, [first], [second])


def reject_people(connection: Connection, first_id: int, second_id: int) -> tuple[str, str]:
    """Rejects merging two people: every address of one with every address of the other,
    so that the rejection holds whatever is split off or merged later; returns the lowest
    address of each, sorted."""
    if first_id == second_id:
        raise PeopleError(f"person {first_id} is one person already")
    first, second = (_addresses_of(connection, person_id) for person_id in (first_id, second_id))
    rejections.remember(connection, first, second)
    return rejections.pair(first[0], second[0])


def reject_holders(connection: Connection, first_address: str, second_address: str) -> None:
    """Rejects merging the people who hold these addresses now (a proposal's key), as
    ``reject_people`` does; only the pair when one person holds both by now."""
    one, other = (person_of_address(connection, a) for a in (first_address, second_address))
    if one == other:
        reject_merge(connection, first_address, second_address)
    else:
        reject_people(connection, one, other)


def _addresses_of(connection: Connection, person_id: int) -> list[str]:
    """The person's addresses, sorted; PeopleError for none or no such person."""
    require_person(connection, person_id)
    held = connection.execute(
        text("SELECT address FROM addresses WHERE person_id = :p ORDER BY address"),
        {"p": person_id},
    ).scalars()
    found = [str(address) for address in held]
    if not found:
        raise PeopleError(f"person {person_id} has no address")
    return found
