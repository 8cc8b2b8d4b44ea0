# SPDX-License-Identifier: GPL-3.0-or-later
"""The people of a bundle's transfer file applied (see :mod:`transfer_apply`): the user's
own addresses, people merged by address and named, then what hangs on them: watching,
signs of life, groups of officials, marks on sent mail and paper letters with answers.

A person is found by their addresses (the first the archive knows), never by an id."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import select, update

from correspondence_app.alerts.awaiting import LetterKind, LetterRef
from correspondence_app.alerts.events import EventError
from correspondence_app.alerts.ledger import LedgerError, normalise_domain
from correspondence_app.alerts.watchlist import WatchError
from correspondence_app.people import directory
from correspondence_app.storage.people_tables import (
    EventKind,
    LifeEvent,
    PaperLetter,
    ReplyMark,
)
from correspondence_app.storage.tables import Address
from correspondence_app.tagging import identity

if TYPE_CHECKING:
    from collections.abc import Callable

    from sqlalchemy import ColumnElement, Connection

    from correspondence_app.importers.transfer_apply import TransferReport
    from correspondence_app.importers.transfer_fields import Fields
    from correspondence_app.services import Archive

ALERT_MISTAKES = (LedgerError, WatchError, EventError, directory.PeopleError)


class People:
    """The transfer file's people, each found in the archive by their addresses."""

    def __init__(self, transfer: Fields) -> None:
        self.entries = transfer.objects("people")
        self.addresses = [person.texts("addresses") for person in self.entries]

    def __len__(self) -> int:
        return len(self.entries)

    def find(self, connection: Connection, index: int | None) -> int | None:
        """The archive's person holding the first of their addresses it knows."""
        if index is None:
            return None
        for address in self.addresses[index]:
            person_id = _person_of(connection, address)
            if person_id is not None:
                return person_id
        return None


def add_my_addresses(connection: Connection, transfer: Fields, report: TransferReport) -> None:
    current = identity.own_addresses(connection)
    new = [
        address
        for address in dict.fromkeys(a.strip().lower() for a in transfer.texts("my_addresses"))
        if address and address not in current
    ]
    if new:
        identity.set_own_addresses(connection, [*current, *new])
        report.my_addresses_added = len(new)


def merge_people(connection: Connection, transfer: Fields, report: TransferReport) -> People:
    """Makes one person of each transferred person's addresses (unless the user here said
    two of them are not one), and gives the name set there to one without a name here."""
    people = People(transfer)
    for first, second in transfer.pairs("rejected_merges"):
        if first.strip().lower() != second.strip().lower():
            directory.reject_merge(connection, first, second)
    rejected = directory.rejected_pairs(connection)
    for entry, addresses in zip(people.entries, people.addresses, strict=True):
        known = [address for address in addresses if _person_of(connection, address) is not None]
        if not known:
            continue
        for address in known[1:]:
            keep, other = _person_of(connection, known[0]), _person_of(connection, address)
            pair = tuple(sorted((known[0].lower(), address.lower())))
            if keep is not None and other is not None and keep != other and pair not in rejected:
                directory.merge_people(connection, keep, other)
                report.people_merged += 1
        name = " ".join(entry.text("name").split())
        person_id = _person_of(connection, known[0])
        if name and person_id is not None and _named_as_seen(connection, person_id, name):
            directory.rename_person(connection, person_id, name)
            report.people_named += 1
    return people


def _named_as_seen(connection: Connection, person_id: int, name: str) -> bool:
    """Whether the person has no name of the user's here (none, or the name an address of
    theirs was first seen with, as the import gives it), and not this one."""
    held = directory.require_person(connection, person_id)
    seen = connection.execute(select(Address.name).where(Address.person_id == person_id)).scalars()
    return held != name and (not held or held in set(seen))


def _person_of(connection: Connection, address: str) -> int | None:
    try:
        return directory.person_of_address(connection, address)
    except directory.PeopleError:
        return None


# Watching, signs of life, groups, marks, letters -----------------------------------------------
def apply_alerts(
    archive: Archive,
    transfer: Fields,
    people: People,
    ids: dict[str, int],
    read: Callable[[str], bytes | None],
    report: TransferReport,
) -> None:
    _watched(archive, transfer, people, report)
    _signs_of_life(archive, transfer, people, read, report)
    groups = _groups(archive, transfer, people, report)
    _marks(archive, transfer, ids, report)
    _letters(archive, transfer, people, groups, read, report)


def _watched(archive: Archive, transfer: Fields, people: People, report: TransferReport) -> None:
    watched = archive.watchlist.watched()
    for entry in transfer.objects("watched"):
        with archive.engine.connect() as connection:
            person_id = people.find(connection, entry.index("person", len(people)))
        if person_id is None or person_id in watched:
            continue
        try:
            archive.watchlist.watch(person_id, entry.number("threshold_days"))
        except ALERT_MISTAKES as error:
            report.problems.append(f"{entry.where}: {error}")
            continue
        watched[person_id] = entry.number("threshold_days")
        report.watched_added += 1


def _signs_of_life(
    archive: Archive,
    transfer: Fields,
    people: People,
    read: Callable[[str], bytes | None],
    report: TransferReport,
) -> None:
    """Each sign of life once: one with the same time, kind, note and file name is there."""
    for entry in transfer.objects("signs_of_life"):
        with archive.engine.connect() as connection:
            person_id = people.find(connection, entry.index("person", len(people)))
        happened_at = entry.moment("happened_at")
        if person_id is None or happened_at is None:
            report.problems.append(f"{entry.where}: the person or the time is not known here")
            continue
        try:
            kind = EventKind(entry.text("kind"))
        except ValueError:
            report.problems.append(f"{entry.where}: {entry.text('kind')!r} is no kind of sign")
            continue
        note, filename = entry.text("note").strip(), entry.text("filename")
        held = {
            (event.happened_at, event.kind, event.note, event.filename)
            for event in archive.watchlist.events(person_id)
        }
        file = _file(entry, read, report)
        stored_name = _stored_name(filename) if file else ""
        if (happened_at, kind, note, stored_name) in held:
            continue
        try:
            event_id = archive.watchlist.add_event(
                person_id, happened_at, kind, note=note, file=file
            )
        except ALERT_MISTAKES as error:
            report.problems.append(f"{entry.where}: {error}")
            continue
        _keep_author(archive, LifeEvent, LifeEvent.id == event_id, entry)
        report.signs_of_life_added += 1


def _groups(
    archive: Archive, transfer: Fields, people: People, report: TransferReport
) -> dict[str, int]:
    """Groups by name (a group here keeps its deadline), with the domains and people
    they lack; returns every group's id by its folded name."""
    ledger = archive.ledger
    known = {group.name.casefold(): group for group in ledger.groups()}
    for entry in transfer.objects("groups"):
        name = " ".join(entry.text("name").split())
        try:
            group = known.get(name.casefold())
            if group is None:
                group_id = ledger.save_group(name, deadline_days=entry.number("deadline_days"))
                report.groups_added += 1
                domains, members = set(), set()
            else:
                group_id = group.id
                domains, members = set(group.domains), {p.id for p in group.people}
            for domain in entry.texts("domains"):
                if normalise_domain(domain) not in domains:
                    ledger.add_domain(group_id, domain)
                    report.group_members_added += 1
            for index in entry.indexes("people", len(people)):
                with archive.engine.connect() as connection:
                    person_id = people.find(connection, index)
                if person_id is not None and person_id not in members:
                    ledger.add_person(group_id, person_id)
                    members.add(person_id)
                    report.group_members_added += 1
        except ALERT_MISTAKES as error:
            report.problems.append(f"{entry.where}: {error}")
    return {group.name.casefold(): group.id for group in ledger.groups()}


def _marks(archive: Archive, transfer: Fields, ids: dict[str, int], report: TransferReport) -> None:
    """A mark where the message has none; an answer where its mark has none."""
    for entry in transfer.objects("awaiting"):
        message_id = ids.get(entry.text("message"))
        if message_id is None:
            continue
        with archive.engine.connect() as connection:
            answered_before = connection.execute(
                select(ReplyMark.answered_at).where(ReplyMark.message_id == message_id)
            ).first()
        try:
            if answered_before is None:
                archive.ledger.mark_awaits(message_id, awaits=entry.flag("awaits", default=True))
                _keep_author(archive, ReplyMark, ReplyMark.message_id == message_id, entry)
                report.awaiting_marks_added += 1
            answered_at = entry.moment("answered_at")
            if answered_at is not None and (answered_before is None or answered_before[0] is None):
                archive.ledger.answered(message_id, answered_at, entry.text("answer_note"))
                report.answers_added += 1
        except ALERT_MISTAKES as error:
            report.problems.append(f"{entry.where}: {error}")


def _letters(
    archive: Archive,
    transfer: Fields,
    people: People,
    groups: dict[str, int],
    read: Callable[[str], bytes | None],
    report: TransferReport,
) -> None:
    """Each paper letter once (the same recipient, subject and time: there already), and
    its answer where the letter here has none."""
    for entry in transfer.objects("paper_letters"):
        recipient, subject = entry.text("recipient").strip(), entry.text("subject").strip()
        sent_at = entry.moment("sent_at")
        if not recipient or sent_at is None:
            report.problems.append(f"{entry.where}: a letter needs a recipient and a date")
            continue
        with archive.engine.connect() as connection:
            held = connection.execute(
                select(PaperLetter.id, PaperLetter.answered_at).where(
                    PaperLetter.recipient == recipient,
                    PaperLetter.subject == subject,
                    PaperLetter.sent_at == sent_at,
                )
            ).first()
            person_id = people.find(connection, entry.index("person", len(people)))
        group = " ".join((entry.optional_text("group") or "").split()).casefold()
        try:
            if held is None:
                ref = archive.ledger.add_paper_letter(
                    recipient,
                    sent_at,
                    subject,
                    person_id=person_id,
                    group_id=groups.get(group) if group else None,
                    domain=entry.text("domain"),
                    note=entry.text("note"),
                    scan=_file(entry, read, report),
                    awaits=entry.flag("awaits", default=True),
                )
                _keep_author(archive, PaperLetter, PaperLetter.id == ref.number, entry)
                report.paper_letters_added += 1
            else:
                ref = LetterRef(LetterKind.PAPER, held[0])
            answered_at = entry.moment("answered_at")
            if answered_at is not None and (held is None or held[1] is None):
                archive.ledger.answered(ref, answered_at, entry.text("answer_note"))
                report.answers_added += 1
        except ALERT_MISTAKES as error:
            report.problems.append(f"{entry.where}: {error}")


def _file(
    entry: Fields, read: Callable[[str], bytes | None], report: TransferReport
) -> tuple[str, bytes] | None:
    """The file (a screenshot, a scan) stored beside the transfer file in the bundle."""
    name = entry.optional_text("file")
    if not name:
        return None
    content = read(name)
    if content is None:
        report.problems.append(f"{entry.where}: its file {name} is not in the bundle")
        return None
    return entry.text("filename") or "file", content


def _stored_name(filename: str) -> str:
    """The file name as a sign of life stores it (events.add_event)."""
    return filename.replace("\\", "/").rsplit("/", 1)[-1] or "file"


def _keep_author(
    archive: Archive,
    table: type[LifeEvent | PaperLetter | ReplyMark],
    where: ColumnElement[bool],
    entry: Fields,
) -> None:
    """Who wrote it, and when, as the other archive says (the parts write the user here)."""
    values: dict[str, object] = {"author": entry.text("author")}
    created = entry.moment("created")
    if created is not None:
        values["created_at"] = created
    with archive.engine.begin() as connection:
        connection.execute(update(table).where(where).values(values))
