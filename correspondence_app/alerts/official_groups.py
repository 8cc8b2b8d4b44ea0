# SPDX-License-Identifier: GPL-3.0-or-later
"""Groups of officials as the ledger keeps them: reading them, and changing them inside
the caller's transaction (so that a change that cannot be made leaves nothing behind)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from sqlalchemy import select

from correspondence_app.alerts.awaiting import DEFAULT_DEADLINE_DAYS
from correspondence_app.storage.people_tables import GroupMember, OfficialGroup
from correspondence_app.storage.tables import Address, Person

if TYPE_CHECKING:
    from collections.abc import Sequence

    from sqlalchemy.orm import Session


class LedgerError(ValueError):
    """A change that cannot be made (an unknown id, a bad domain), with a message for the
    user."""


@dataclass(frozen=True)
class GroupPerson:
    id: int
    name: str
    addresses: tuple[str, ...]


@dataclass(frozen=True)
class GroupChange:
    """What to change in a group: its deadline (None: as it is, 30 days for a new one),
    and the members to add and to remove."""

    deadline_days: int | None = None
    add_domains: Sequence[str] = ()
    add_persons: Sequence[int] = ()
    remove_domains: Sequence[str] = ()
    remove_persons: Sequence[int] = ()


@dataclass(frozen=True)
class GroupInfo:
    id: int
    name: str
    deadline_days: int
    domains: tuple[str, ...]
    people: tuple[GroupPerson, ...]


def normalise_domain(text: str) -> str:
    """``@Amt.Example.`` -> ``amt.example``; refuses what is no domain."""
    domain = text.strip().lower().removeprefix("@").removeprefix("*.").rstrip(".")
    if "@" in domain:
        raise LedgerError(f"{text}: give the domain alone (like amt.example), or the address")
    if not domain or domain.startswith(".") or any(c.isspace() or c in "/,;" for c in domain):
        raise LedgerError(f"{text}: not a mail domain (like amt.example)")
    return domain


def all_groups(session: Session) -> list[OfficialGroup]:
    return list(session.scalars(select(OfficialGroup).order_by(OfficialGroup.name)))


def group_named(session: Session, name: str) -> OfficialGroup | None:
    wanted = " ".join(name.split()).casefold()
    for group in all_groups(session):
        if group.name.casefold() == wanted:
            return group
    return None


def require_group(session: Session, group_id: int) -> OfficialGroup:
    group = session.get(OfficialGroup, group_id)
    if group is None:
        raise LedgerError(f"there is no group with id {group_id}")
    return group


def find_member(
    session: Session, group_id: int, *, person_id: int | None = None, domain: str = ""
) -> GroupMember | None:
    # Not left to the unique constraint: it holds no two domain rows apart (NULL person).
    person = (
        GroupMember.person_id.is_(None)
        if person_id is None
        else (GroupMember.person_id == person_id)
    )
    return session.scalar(
        select(GroupMember).where(
            GroupMember.group_id == group_id, person, GroupMember.domain == domain
        )
    )


def save_group(session: Session, name: str, deadline_days: int | None) -> int:
    cleaned = " ".join(name.split())
    if not cleaned:
        raise LedgerError("a group needs a name")
    if deadline_days is not None and deadline_days < 1:
        raise LedgerError(f"{deadline_days}: a deadline is at least 1 day")
    group = group_named(session, cleaned)
    if group is None:
        group = OfficialGroup(
            name=cleaned,
            deadline_days=deadline_days or DEFAULT_DEADLINE_DAYS,
            created_at=datetime.now(UTC),
        )
        session.add(group)
    elif deadline_days is not None:
        group.deadline_days = deadline_days
    session.flush()
    return group.id


def add_domain(session: Session, group_id: int, domain: str) -> str:
    cleaned = normalise_domain(domain)
    require_group(session, group_id)
    if find_member(session, group_id, domain=cleaned) is None:
        session.add(GroupMember(group_id=group_id, person_id=None, domain=cleaned))
        session.flush()
    return cleaned


def remove_domain(session: Session, group_id: int, domain: str) -> None:
    cleaned = normalise_domain(domain)
    member = find_member(session, group_id, domain=cleaned)
    if member is None:
        raise LedgerError(f"{cleaned} is not in the group")
    session.delete(member)
    session.flush()


def add_person(session: Session, group_id: int, person_id: int) -> None:
    require_group(session, group_id)
    if session.get(Person, person_id) is None:
        raise LedgerError(f"there is no person with id {person_id}")
    if find_member(session, group_id, person_id=person_id) is None:
        session.add(GroupMember(group_id=group_id, person_id=person_id, domain=""))
        session.flush()


def remove_person(session: Session, group_id: int, person_id: int) -> None:
    member = find_member(session, group_id, person_id=person_id)
    if member is None:
        raise LedgerError(f"person {person_id} is not in the group")
    session.delete(member)
    session.flush()


def group_info(session: Session, group: OfficialGroup) -> GroupInfo:
    members = session.scalars(
        select(GroupMember).where(GroupMember.group_id == group.id).order_by(GroupMember.id)
    ).all()
    person_ids = [m.person_id for m in members if m.person_id is not None]
    addresses: dict[int, list[str]] = {}
    for person_id, address in session.execute(
        select(Address.person_id, Address.address)
        .where(Address.person_id.in_(person_ids))
        .order_by(Address.id)
    ):
        addresses.setdefault(person_id, []).append(address)
    names: dict[int, str] = {
        person_id: name
        for person_id, name in session.execute(
            select(Person.id, Person.name).where(Person.id.in_(person_ids))
        )
    }
    return GroupInfo(
        group.id,
        group.name,
        group.deadline_days,
        tuple(sorted(m.domain for m in members if m.person_id is None)),
        tuple(GroupPerson(p, names.get(p, ""), tuple(addresses.get(p, ()))) for p in person_ids),
    )
