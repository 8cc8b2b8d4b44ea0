# SPDX-License-Identifier: GPL-3.0-or-later
"""Letters that wait for an answer in one place, for the command line and the window:
groups of officials, marks on sent mail, paper letters and answers entered by hand,
each call one transaction."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from correspondence_app.alerts import official_groups
from correspondence_app.alerts.awaiting import (
    AwaitedLetter,
    LetterKind,
    LetterRef,
    awaiting_letters,
)
from correspondence_app.alerts.clock import clock, user_zone
from correspondence_app.alerts.official_groups import GroupChange as GroupChange
from correspondence_app.alerts.official_groups import GroupInfo as GroupInfo
from correspondence_app.alerts.official_groups import GroupPerson as GroupPerson
from correspondence_app.alerts.official_groups import LedgerError as LedgerError
from correspondence_app.alerts.official_groups import normalise_domain as normalise_domain
from correspondence_app.storage.attachment_store import store_file
from correspondence_app.storage.compression import decompress
from correspondence_app.storage.facade import ArchivePart
from correspondence_app.storage.people_tables import (
    PaperLetter,
    ReplyMark,
)
from correspondence_app.storage.tables import Address, AttachmentBlob, Message, Person
from correspondence_app.tagging import identity

if TYPE_CHECKING:
    from zoneinfo import ZoneInfo


@dataclass(frozen=True)
class SentMark:
    """What the user said about a message they sent: ``awaits`` True (awaits an answer),
    False (no answer expected) or None (nothing: its recipients' groups decide)."""

    message_id: int
    awaits: bool | None
    answered_at: datetime | None


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
            found = official_groups.all_groups(session)
            return [official_groups.group_info(session, group) for group in found]

    def group_named(self, name: str) -> GroupInfo:
        with Session(self._engine) as session:
            group = official_groups.group_named(session, name)
            if group is None:
                raise LedgerError(f"there is no group {name!r} (see `correspondence-app groups`)")
            return official_groups.group_info(session, group)

    def save_group(self, name: str, *, deadline_days: int | None = None) -> int:
        """Creates the group (its deadline 30 days unless given), or sets its deadline; the
        name is found whatever its case."""
        return self.change_group(name, GroupChange(deadline_days))

    def change_group(self, name: str, change: GroupChange) -> int:
        """Creates the group or changes it, all in one transaction: when one change cannot
        be made (a bad domain, an unknown person) nothing is changed, and no group made."""
        with Session(self._engine) as session, session.begin():
            group_id = official_groups.save_group(session, name, change.deadline_days)
            for domain in change.add_domains:
                official_groups.add_domain(session, group_id, domain)
            for person_id in change.add_persons:
                official_groups.add_person(session, group_id, person_id)
            for domain in change.remove_domains:
                official_groups.remove_domain(session, group_id, domain)
            for person_id in change.remove_persons:
                official_groups.remove_person(session, group_id, person_id)
            return group_id

    def delete_group(self, group_id: int) -> None:
        """Deletes the group and its members; paper letters to it stay, without a group."""
        with Session(self._engine) as session, session.begin():
            session.delete(official_groups.require_group(session, group_id))

    def add_domain(self, group_id: int, domain: str) -> str:
        """Adds a domain (one organisation: a reply from any address there, or at a
        subdomain, answers); returns it as stored."""
        with Session(self._engine) as session, session.begin():
            return official_groups.add_domain(session, group_id, domain)

    def remove_domain(self, group_id: int, domain: str) -> None:
        with Session(self._engine) as session, session.begin():
            official_groups.remove_domain(session, group_id, domain)

    def add_person(self, group_id: int, person_id: int) -> None:
        with Session(self._engine) as session, session.begin():
            official_groups.add_person(session, group_id, person_id)

    def remove_person(self, group_id: int, person_id: int) -> None:
        with Session(self._engine) as session, session.begin():
            official_groups.remove_person(session, group_id, person_id)

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

    def party_of(self, text: str) -> tuple[int | None, str]:
        """Who answers a letter, as typed: an address (person id, "") of the person who
        writes from it, or a domain (None, the domain)."""
        if "@" in text.strip().removeprefix("@"):
            return self.person_of_address(text), ""
        return None, normalise_domain(text)

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
        """Records an answer that came another way (by post, by phone), at ``when`` (if
        None: now, on the day the archive's clock takes as today)."""
        ref = _ref(letter)
        with Session(self._engine) as session, session.begin():
            now = clock(session.connection()).now()
            answered_at = (when or now).astimezone(UTC)
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
        domain: str = "",
        note: str = "",
        scan: tuple[str, bytes] | None = None,
        awaits: bool = True,
    ) -> LetterRef:
        """Records a letter sent on paper (or by fax), with a scan (file name, content)
        stored compressed in the encrypted archive; its id is ``p`` and a number.

        Mail from the person or the domain (an organisation) it went to answers it; the
        group gives its deadline, and when neither is given, mail from any of its members
        answers."""
        if not recipient.strip():
            raise LedgerError("a letter needs a recipient")
        domain = normalise_domain(domain) if domain.strip() else ""
        with self._exclusive(), Session(self._engine) as session, session.begin():
            if person_id is not None and session.get(Person, person_id) is None:
                raise LedgerError(f"there is no person with id {person_id}")
            if group_id is not None:
                official_groups.require_group(session, group_id)
            letter = PaperLetter(
                recipient=recipient.strip(),
                person_id=person_id,
                group_id=group_id,
                domain=domain,
                sent_at=sent_at.astimezone(UTC),
                subject=subject.strip(),
                note=note,
                blob_id=None if scan is None else store_file(session.connection(), *scan),
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
