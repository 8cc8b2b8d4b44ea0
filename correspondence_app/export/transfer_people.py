# SPDX-License-Identifier: GPL-3.0-or-later
"""The people in a transfer file (see :mod:`transfer`): those whose addresses are in the
exported messages, with their names and merges, and what hangs on them: watching, signs
of life entered by hand, groups of officials, marks on sent mail and paper letters.

Only what concerns these people goes along: a bundle for a lawyer about one case carries
no letters to other officials, and no address the exported messages do not hold."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, or_, select

from correspondence_app.alerts.awaiting import is_in_domain
from correspondence_app.export import naming
from correspondence_app.people.directory import rejected_pairs
from correspondence_app.storage.people_tables import (
    GroupMember,
    LifeEvent,
    OfficialGroup,
    PaperLetter,
    ReplyMark,
    WatchedPerson,
)
from correspondence_app.storage.tables import Address, AttachmentBlob, MessageAddress, Person
from correspondence_app.tagging import identity

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator, Sequence
    from datetime import datetime

    from sqlalchemy import Connection, Select

_CHUNK = 500
FILES_FOLDER = "transfer/"  # in the bundle: the files of signs of life and paper letters


@dataclass
class Gathered:
    content: dict[str, Any] = field(default_factory=dict)
    files: dict[str, int] = field(default_factory=dict)  # bundle name -> blob id

    def file(self, blob_id: int | None, filename: str, digest: str | None) -> str | None:
        """The name in the bundle of a stored file (a screenshot, a scan), kept once."""
        if blob_id is None or digest is None:
            return None
        stem, _, extension = filename.rpartition(".")
        if not stem:
            stem, extension = filename, ""
        name = naming.safe_part(stem) or "file"
        suffix = naming.safe_part(extension, 10)
        entry = f"{FILES_FOLDER}{digest[:16]}-{name}{'.' + suffix if suffix else ''}"
        self.files[entry] = blob_id
        return entry


def gather(connection: Connection, message_ids: Sequence[int], digests: dict[int, str]) -> Gathered:
    """The people of these messages (sent or received) and what hangs on them."""
    found = Gathered()
    addresses: dict[int, list[str]] = {}  # person id -> their addresses in the messages
    for chunk in chunks(message_ids):
        rows = connection.execute(
            select(Address.person_id, Address.address)
            .join(MessageAddress, MessageAddress.address_id == Address.id)
            .where(MessageAddress.message_id.in_(chunk))
            .distinct()
        )
        for person_id, address in rows:
            if address not in addresses.setdefault(person_id, []):
                addresses[person_id].append(address)
    number = {person_id: index for index, person_id in enumerate(sorted(addresses))}
    known = {address.lower() for held in addresses.values() for address in held}
    found.content["people"] = [
        {"name": name, "addresses": sorted(addresses[person_id])}
        for person_id, name in _names_set(connection, sorted(addresses))
    ]
    found.content["rejected_merges"] = sorted(
        [first, second]
        for first, second in rejected_pairs(connection)
        if first in known and second in known
    )
    found.content["my_addresses"] = sorted(
        address for address in identity.own_addresses(connection) if address.lower() in known
    )
    found.content["watched"] = [
        {"person": number[person_id], "threshold_days": threshold}
        for person_id, threshold in connection.execute(
            select(WatchedPerson.person_id, WatchedPerson.threshold_days).where(
                WatchedPerson.person_id.in_(among(number))
            )
        )
    ]
    found.content["signs_of_life"] = _events(connection, number, found)
    groups = _groups(connection, number, known)
    found.content["paper_letters"] = _letters(connection, number, groups, found)
    found.content["groups"] = [groups[group_id] for group_id in sorted(groups)]
    found.content["awaiting"] = _marks(connection, digests)
    return found


def _names_set(connection: Connection, person_ids: list[int]) -> Iterator[tuple[int, str]]:
    """Each person with the name the user gave them; "" for one named as an address of
    theirs was first seen (the import names each new person so)."""
    seen: dict[int, set[str]] = {}
    for person_id, name in connection.execute(
        select(Address.person_id, Address.name).where(Address.person_id.in_(among(person_ids)))
    ):
        seen.setdefault(person_id, set()).add(name)
    names = dict(
        connection.execute(
            select(Person.id, Person.name).where(Person.id.in_(among(person_ids)))
        ).all()
    )
    for person_id in person_ids:
        name = names.get(person_id, "")
        yield person_id, "" if name in seen.get(person_id, set()) else name


def _events(connection: Connection, number: dict[int, int], found: Gathered) -> list[Any]:
    rows = connection.execute(
        select(LifeEvent, AttachmentBlob.sha256)
        .outerjoin(AttachmentBlob, AttachmentBlob.id == LifeEvent.blob_id)
        .where(LifeEvent.person_id.in_(among(number)))
        .order_by(LifeEvent.happened_at, LifeEvent.id)
    )
    return [
        {
            "person": number[row.person_id],
            "happened_at": moment(row.happened_at),
            "kind": row.kind.value,
            "note": row.note,
            "filename": row.filename,
            "file": found.file(row.blob_id, row.filename, row.sha256),
            "created": moment(row.created_at),
            "author": row.author,
        }
        for row in rows
    ]


def _groups(
    connection: Connection, number: dict[int, int], known: set[str]
) -> dict[int, dict[str, Any]]:
    """The groups with one of the people in them, or a domain of one of their addresses."""
    members: dict[int, list[tuple[int | None, str]]] = {}
    for group_id, person_id, domain in connection.execute(
        select(GroupMember.group_id, GroupMember.person_id, GroupMember.domain).order_by(
            GroupMember.id
        )
    ):
        members.setdefault(group_id, []).append((person_id, domain))
    groups: dict[int, dict[str, Any]] = {}
    for group_id, name, deadline_days in connection.execute(
        select(OfficialGroup.id, OfficialGroup.name, OfficialGroup.deadline_days)
    ):
        people = [p for p, _ in members.get(group_id, []) if p is not None and p in number]
        domains = sorted(d for p, d in members.get(group_id, []) if p is None and d)
        concerned = any(is_in_domain(address, d) for d in domains for address in known)
        groups[group_id] = {
            "name": name,
            "deadline_days": deadline_days,
            "domains": domains,
            "people": [number[p] for p in people],
            "concerned": bool(people) or concerned,
        }
    return groups


def _letters(
    connection: Connection,
    number: dict[int, int],
    groups: dict[int, dict[str, Any]],
    found: Gathered,
) -> list[Any]:
    """The paper letters to the people, or to a group concerned; their groups come along."""
    concerned = [group_id for group_id, group in groups.items() if group.pop("concerned")]
    rows = connection.execute(
        select(PaperLetter, AttachmentBlob.sha256)
        .outerjoin(AttachmentBlob, AttachmentBlob.id == PaperLetter.blob_id)
        .where(
            or_(
                PaperLetter.person_id.in_(among(number)), PaperLetter.group_id.in_(among(concerned))
            )
        )
        .order_by(PaperLetter.sent_at, PaperLetter.id)
    ).all()
    wanted = set(concerned) | {row.group_id for row in rows if row.group_id is not None}
    for group_id in set(groups) - wanted:
        del groups[group_id]
    return [
        {
            "recipient": row.recipient,
            "person": number.get(row.person_id) if row.person_id is not None else None,
            "group": groups[row.group_id]["name"] if row.group_id is not None else None,
            "domain": row.domain,
            "sent_at": moment(row.sent_at),
            "subject": row.subject,
            "note": row.note,
            "filename": row.filename,
            "file": found.file(row.blob_id, row.filename, row.sha256),
            "awaits": row.awaits,
            "answered_at": moment(row.answered_at),
            "answer_note": row.answer_note,
            "created": moment(row.created_at),
            "author": row.author,
        }
        for row in rows
    ]


def _marks(connection: Connection, digests: dict[int, str]) -> list[Any]:
    marks = []
    for chunk in chunks(list(digests)):
        rows = connection.execute(
            select(
                ReplyMark.message_id,
                ReplyMark.awaits,
                ReplyMark.answered_at,
                ReplyMark.answer_note,
                ReplyMark.created_at,
                ReplyMark.author,
            ).where(ReplyMark.message_id.in_(chunk))
        )
        marks += [
            {
                "message": digests[row.message_id],
                "awaits": row.awaits,
                "answered_at": moment(row.answered_at),
                "answer_note": row.answer_note,
                "created": moment(row.created_at),
                "author": row.author,
            }
            for row in rows
        ]
    return marks


def moment(value: datetime | None) -> str | None:
    return None if value is None else value.isoformat()


def among(ids: Iterable[int]) -> Select[tuple[Any]]:
    """``IN`` these ids, as one JSON parameter: any number of them."""
    each = func.json_each(json.dumps(sorted(ids))).table_valued("value")
    return select(each.c.value)


def chunks(ids: Sequence[int]) -> Iterator[list[int]]:
    for start in range(0, len(ids), _CHUNK):
        yield list(ids[start : start + _CHUNK])
