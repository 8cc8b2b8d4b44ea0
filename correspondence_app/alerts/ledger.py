# SPDX-License-Identifier: GPL-3.0-or-later
"""Letters that wait for an answer in one place, for the command line and the window:
groups of officials, marks on sent mail, paper letters and answers entered by hand,
each call one transaction."""

from __future__ import annotations

import hashlib
import mimetypes
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from correspondence_app.alerts.awaiting import (
    DEFAULT_DEADLINE_DAYS,
    AwaitedLetter,
    LetterKind,
    LetterRef,
    awaiting_letters,
)
from correspondence_app.alerts.clock import clock, user_zone
from correspondence_app.storage.compression import compress, decompress
from correspondence_app.storage.facade import ArchivePart
from correspondence_app.storage.people_tables import (
    GroupMember,
    OfficialGroup,
    PaperLetter,
    ReplyMark,
)
from correspondence_app.storage.tables import Address, AttachmentBlob, Message, Person
from correspondence_app.tagging import identity

if TYPE_CHECKING:
    from zoneinfo import ZoneInfo


class LedgerError(ValueError):
    """A change that cannot be made (an unknown id, a bad domain), with a message for the
    user."""


@dataclass(frozen=True)
class GroupPerson:
    id: int
    name: str
    addresses: tuple[str, ...]


@dataclass(frozen=True)
class SentMark:
    """What the user said about a message they sent: ``awaits`` True (awaits an answer),
    False (no answer expected) or None (nothing: its recipients' groups decide)."""

    message_id: int
    awaits: bool | None
    answered_at: datetime | None


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


class ReplyLedger(ArchivePart):
    """Letters awaiting an answer: groups, marks, paper letters; one transaction per call."""

    @property
    def zone(self) -> ZoneInfo:
        """The user's time zone: days are counted and given in it."""
        with self._engine.connect() as connection:
            return user_zone(connection)

    # Groups ---------------------------------------------------------------------------------
    def groups(self) -> list[GroupInfo]:
        with Session(self._engine) as session:
            return [_group_info(session, group) for group in _all_groups(session)]

    def group_named(self, name: str) -> GroupInfo:
        with Session(self._engine) as session:
            group = _group_named(session, name)
            if group is None:
                raise LedgerError(f"there is no group {name!r} (see `correspondence-app groups`)")
            return _group_info(session, group)

    def save_group(self, name: str, *, deadline_days: int | None = None) -> int:
        """Creates the group (its deadline 30 days unless given), or sets its deadline; the
        name is found whatever its case."""
        cleaned = " ".join(name.split())
        if not cleaned:
            raise LedgerError("a group needs a name")
        if deadline_days is not None and deadline_days < 1:
            raise LedgerError(f"{deadline_days}: a deadline is at least 1 day")
        with Session(self._engine) as session, session.begin():
            group = _group_named(session, cleaned)
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

    def delete_group(self, group_id: int) -> None:
        """Deletes the group and its members; paper letters to it stay, without a group."""
        with Session(self._engine) as session, session.begin():
            session.delete(_group(session, group_id))

    def add_domain(self, group_id: int, domain: str) -> str:
        """Adds a domain (one organisation: a reply from any address there, or at a
        subdomain, answers); returns it as stored."""
        cleaned = normalise_domain(domain)
        with Session(self._engine) as session, session.begin():
            _group(session, group_id)
            if _member(session, group_id, domain=cleaned) is None:
                session.add(GroupMember(group_id=group_id, person_id=None, domain=cleaned))
        return cleaned

    def remove_domain(self, group_id: int, domain: str) -> None:
        cleaned = normalise_domain(domain)
        with Session(self._engine) as session, session.begin():
            member = _member(session, group_id, domain=cleaned)
            if member is None:
                raise LedgerError(f"{cleaned} is not in the group")
            session.delete(member)

    def add_person(self, group_id: int, person_id: int) -> None:
        with Session(self._engine) as session, session.begin():
            _group(session, group_id)
            if session.get(Person, person_id) is None:
                raise LedgerError(f"there is no person with id {person_id}")
            if _member(session, group_id, person_id=person_id) is None:
                session.add(GroupMember(group_id=group_id, person_id=person_id, domain=""))

    def remove_person(self, group_id: int, person_id: int) -> None:
        with Session(self._engine) as session, session.begin():
            member = _member(session, group_id, person_id=person_id)
            if member is None:
                raise LedgerError(f"person {person_id} is not in the group")
            session.delete(member)

    def person_of_address(self, address: str) -> int:
        """The person who writes from this address (as the archive knows it)."""
        with Session(self._engine) as session:
            person_id = session.scalar(
                select(Address.person_id).where(
                    func.lower(Address.address) == address.strip().lower()
                )
            )
        if person_id is None:
            raise LedgerError(f"{address}: no message in the archive has this address")
        return person_id

    # Marks and answers ----------------------------------------------------------------------
    def sent_mark(self, message_id: int) -> SentMark | None:
        """The user's mark on a message they sent; None for a message they did not send."""
        with Session(self._engine) as session:
            try:
                _sent_message(session, message_id)
            except LedgerError:
                return None
            mark = session.get(ReplyMark, message_id)
            if mark is None:
                return SentMark(message_id, None, None)
            return SentMark(message_id, mark.awaits, mark.answered_at)

    def mark_awaits(self, letter: LetterRef | int, *, awaits: bool = True) -> None:
        """Marks a sent message (or a paper letter) as awaiting an answer, or as "no answer
        expected" (``awaits=False``), whatever its recipients' groups say."""
        ref = _ref(letter)
        with Session(self._engine) as session, session.begin():
            if ref.kind is LetterKind.PAPER:
                _paper(session, ref.number).awaits = awaits
            else:
                if awaits:
                    _sent_message(session, ref.number)
                mark = _mark(session, ref.number)
                mark.awaits = awaits
            session.flush()

    def answered(
        self, letter: LetterRef | int, when: datetime | None = None, note: str = ""
    ) -> None:
        """Records an answer that came another way (by post, by phone), at ``when`` (now
        if None)."""
        ref = _ref(letter)
        answered_at = (when or datetime.now(UTC)).astimezone(UTC)
        with Session(self._engine) as session, session.begin():
            zone = user_zone(session.connection())
            target: PaperLetter | ReplyMark
            if ref.kind is LetterKind.PAPER:
                target = _paper(session, ref.number)
                sent_at = target.sent_at
            else:
                sent_at = _sent_message(session, ref.number)
                target = _mark(session, ref.number)
            if answered_at.astimezone(zone).date() < sent_at.astimezone(zone).date():
                raise LedgerError(
                    f"{ref}: an answer cannot come before the letter "
                    f"(sent {sent_at.astimezone(zone).date().isoformat()})"
                )
            target.answered_at, target.answer_note = answered_at, note
            session.flush()

    # Paper letters --------------------------------------------------------------------------
    def add_paper_letter(
        self,
        recipient: str,
        sent_at: datetime,
        subject: str,
        *,
        person_id: int | None = None,
        group_id: int | None = None,
        note: str = "",
        scan: tuple[str, bytes] | None = None,
        awaits: bool = True,
    ) -> LetterRef:
        """Records a letter sent on paper (or by fax), with a scan (file name, content)
        stored compressed in the encrypted archive; its id is ``p`` and a number."""
        if not recipient.strip():
            raise LedgerError("a letter needs a recipient")
        with self._exclusive(), Session(self._engine) as session, session.begin():
            if person_id is not None and session.get(Person, person_id) is None:
                raise LedgerError(f"there is no person with id {person_id}")
            if group_id is not None:
                _group(session, group_id)
            letter = PaperLetter(
                recipient=recipient.strip(),
                person_id=person_id,
                group_id=group_id,
                sent_at=sent_at.astimezone(UTC),
                subject=subject.strip(),
                note=note,
                blob_id=None if scan is None else _store_blob(session, *scan),
                filename="" if scan is None else scan[0],
                awaits=awaits,
                answered_at=None,
                answer_note="",
                created_at=datetime.now(UTC),
                author=identity.user_name(session.connection()),
            )
            session.add(letter)
            session.flush()
            return LetterRef(LetterKind.PAPER, letter.id)

    def paper_scan(self, number: int) -> tuple[str, bytes] | None:
        """A paper letter's scan (file name, content), if it has one."""
        with Session(self._engine) as session:
            letter = _paper(session, number)
            if letter.blob_id is None:
                return None
            blob = session.get_one(AttachmentBlob, letter.blob_id)
            return letter.filename, decompress(blob.compression, blob.data)

    # Reading --------------------------------------------------------------------------------
    def awaiting(
        self, today: date | None = None, *, include_answered: bool = False
    ) -> list[AwaitedLetter]:
        """The letters waiting for an answer, longest waiting first."""
        with self._engine.begin() as connection:  # the inferred own addresses are kept
            return awaiting_letters(
                connection, clock(connection, today=today), include_answered=include_answered
            )


def _ref(letter: LetterRef | int) -> LetterRef:
    return letter if isinstance(letter, LetterRef) else LetterRef(LetterKind.MAIL, letter)


def _all_groups(session: Session) -> list[OfficialGroup]:
    return list(session.scalars(select(OfficialGroup).order_by(OfficialGroup.name)))


def _group_named(session: Session, name: str) -> OfficialGroup | None:
    wanted = " ".join(name.split()).casefold()
    for group in _all_groups(session):
        if group.name.casefold() == wanted:
            return group
    return None


def _group(session: Session, group_id: int) -> OfficialGroup:
    group = session.get(OfficialGroup, group_id)
    if group is None:
        raise LedgerError(f"there is no group with id {group_id}")
    return group


def _member(
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


def _group_info(session: Session, group: OfficialGroup) -> GroupInfo:
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


def _paper(session: Session, number: int) -> PaperLetter:
    letter = session.get(PaperLetter, number)
    if letter is None:
        raise LedgerError(f"there is no paper letter p{number} (see `correspondence-app awaiting`)")
    return letter


def _sent_message(session: Session, message_id: int) -> datetime:
    """The date of a message the keeper sent; refuses one that is unknown or received."""
    message = session.get(Message, message_id)
    if message is None:
        raise LedgerError(f"there is no message with id {message_id}")
    own = {address.lower() for address in identity.own_addresses(session.connection())}
    if not own:
        raise LedgerError(
            "your own addresses are not known: set them with `correspondence-app me ARCHIVE "
            "ADDRESS`"
        )
    sender = (
        None if message.from_address_id is None else session.get(Address, message.from_address_id)
    )
    if sender is None or sender.address.lower() not in own:
        raise LedgerError(f"message {message_id} was not sent from your addresses")
    if message.date_at is None:
        raise LedgerError(f"message {message_id} has no date")
    return message.date_at


def _mark(session: Session, message_id: int) -> ReplyMark:
    mark = session.get(ReplyMark, message_id)
    if mark is None:
        if session.get(Message, message_id) is None:
            raise LedgerError(f"there is no message with id {message_id}")
        # An answer entered by hand says the message awaited one.
        mark = ReplyMark(
            message_id=message_id,
            awaits=True,
            answered_at=None,
            answer_note="",
            created_at=datetime.now(UTC),
            author=identity.user_name(session.connection()),
        )
        session.add(mark)
    return mark


def _store_blob(session: Session, filename: str, content: bytes) -> int:
    """Stores a file once, compressed as the import stores attachments."""
    digest = hashlib.sha256(content).hexdigest()
    known = session.scalar(select(AttachmentBlob.id).where(AttachmentBlob.sha256 == digest))
    if known is not None:
        return known
    content_type = mimetypes.guess_type(filename)[0] or "application/octet-stream"
    method, stored = compress(content, content_type)
    blob = AttachmentBlob(
        sha256=digest, size_bytes=len(content), compression=method, data=stored, text=None
    )
    session.add(blob)
    session.flush()
    return blob.id
