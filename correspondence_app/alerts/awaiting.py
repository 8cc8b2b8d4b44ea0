# SPDX-License-Identifier: GPL-3.0-or-later
"""Letters that wait for an answer: mail sent to officials or marked by hand, and letters
sent on paper; how long each has waited, when it is due and whether it is overdue.

A sent message awaits an answer when a To or Cc recipient belongs to a group of officials
(as a person, or by a domain the group holds: the domain and its subdomains are one
organisation), or when the user marked it; a mark "no answer expected" wins over a group.
It is answered by a later message from the same person, from any address at the
recipient's member domain, by a later message of someone else in its thread, or by hand.
A paper letter is answered by mail from the person or the domain it went to; one recorded
only to a group, by mail from any of the group's members.
Everything is found with a fixed number of queries, however many letters wait.
"""

from __future__ import annotations

import bisect
import enum
import json
import sys
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import TYPE_CHECKING, Any

from sqlalchemy import Text, and_, func, or_, select, type_coerce
from sqlalchemy.orm import aliased

from correspondence_app.domain.message import AddressRole
from correspondence_app.storage.people_tables import (
    GroupMember,
    OfficialGroup,
    PaperLetter,
    ReplyMark,
)
from correspondence_app.storage.tables import Address, Message, MessageAddress, UtcDateTime
from correspondence_app.tagging import identity

if TYPE_CHECKING:
    from collections.abc import Collection, Iterable

    from sqlalchemy import Connection, Select

    from correspondence_app.alerts.clock import Clock

DEFAULT_DEADLINE_DAYS = 30  # for mail marked by hand, and letters to no group
DUE_SOON_DAYS = 3  # a letter is "due soon" from this many days before its deadline
PAPER_PREFIX = "p"  # a paper letter's id: p12, apart from the messages' numbers
RECIPIENT_ROLES = (int(AddressRole.TO), int(AddressRole.CC))


class LetterKind(enum.Enum):
    MAIL = "mail"
    PAPER = "paper"


class LetterStatus(enum.Enum):
    WAITING = "waiting"
    DUE_SOON = "due-soon"  # the deadline is at most DUE_SOON_DAYS away, or today
    OVERDUE = "overdue"
    ANSWERED = "answered"


@dataclass(frozen=True)
class LetterRef:
    """A letter's id: a message's id (``12``), or a paper letter's (``p12``)."""

    kind: LetterKind
    number: int

    def __str__(self) -> str:
        prefix = PAPER_PREFIX if self.kind is LetterKind.PAPER else ""
        return f"{prefix}{self.number}"

    @classmethod
    def parse(cls, text: str) -> LetterRef:
        cleaned = text.strip().lower()
        is_paper = cleaned.startswith(PAPER_PREFIX)
        digits = cleaned.removeprefix(PAPER_PREFIX)
        if not digits.isascii() or not digits.isdigit():
            raise ValueError(
                f"{text}: a letter's id is a message's number (12) or a paper letter's (p12)"
            )
        return cls(LetterKind.PAPER if is_paper else LetterKind.MAIL, int(digits))


@dataclass(frozen=True)
class AwaitedLetter:
    ref: LetterRef
    to: tuple[str, ...]  # "Name <address>" of each To and Cc recipient, or as written on paper
    subject: str
    sent_at: datetime
    days: int  # calendar days waited, where the user lives
    deadline_days: int
    due_on: date
    status: LetterStatus
    group: str  # the group whose deadline counts; "" when no group's does
    answered_at: datetime | None = None
    answer_message_id: int | None = None  # the earliest message that answered it
    answer_note: str = ""

    @property
    def id(self) -> str:
        return str(self.ref)

    @property
    def kind(self) -> LetterKind:
        return self.ref.kind


def status_on(today: date, due_on: date) -> LetterStatus:
    """The status of a letter not answered yet."""
    days_left = (due_on - today).days
    if days_left < 0:
        return LetterStatus.OVERDUE
    if days_left <= DUE_SOON_DAYS:
        return LetterStatus.DUE_SOON
    return LetterStatus.WAITING


def domain_of(address: str) -> str:
    return address.rpartition("@")[2].lower()


def is_in_domain(address: str, domain: str) -> bool:
    """Whether the address is at the domain or one of its subdomains."""
    own = domain_of(address)
    return own == domain or own.endswith("." + domain)


@dataclass(slots=True)
class _Pending:
    """A letter while its answer is looked for; times as stored (UTC text, they sort)."""

    ref: LetterRef
    sent: str
    subject: str = ""
    to: list[str] = field(default_factory=list)
    persons: set[int] = field(default_factory=set)  # whose later mail answers it
    domains: set[str] = field(default_factory=set)  # mail from here answers it
    group_ids: set[int] = field(default_factory=set)
    answered: str | None = None
    answer_message_id: int | None = None
    answer_note: str = ""
    message_answered: str | None = None

    @property
    def is_mail(self) -> bool:
        return self.ref.kind is LetterKind.MAIL

    def answer(self, when: str, message_id: int | None) -> None:
        """Takes an answer (by a message, or by hand: None); the earliest counts."""
        if self.answered is None or when < self.answered:
            self.answered = when
        if message_id is not None and (
            self.message_answered is None or when < self.message_answered
        ):
            self.answer_message_id, self.message_answered = message_id, when


def _stored(moment: datetime) -> str:
    return UtcDateTime.stored(moment)


def _moment(stored: str) -> datetime:
    return datetime.fromisoformat(stored).replace(tzinfo=UTC)


@dataclass(frozen=True)
class _Groups:
    names: dict[int, str]
    deadlines: dict[int, int]
    of_person: dict[int, set[int]]
    of_domain: dict[str, set[int]]
    members: dict[int, tuple[set[int], set[str]]]  # group: its persons and its domains

    @classmethod
    def read(cls, connection: Connection) -> _Groups:
        names, deadlines = {}, {}
        for group_id, name, days in connection.execute(
            select(OfficialGroup.id, OfficialGroup.name, OfficialGroup.deadline_days)
        ):
            names[group_id], deadlines[group_id] = name, days
        of_person: dict[int, set[int]] = defaultdict(set)
        of_domain: dict[str, set[int]] = defaultdict(set)
        members: dict[int, tuple[set[int], set[str]]] = {g: (set(), set()) for g in names}
        for group_id, person_id, domain in connection.execute(
            select(GroupMember.group_id, GroupMember.person_id, GroupMember.domain)
        ):
            if person_id is not None:
                of_person[person_id].add(group_id)
                members[group_id][0].add(person_id)
            elif domain:
                of_domain[domain].add(group_id)
                members[group_id][1].add(domain)
        return cls(names, deadlines, dict(of_person), dict(of_domain), members)

    def holding(self, domain: str) -> set[int]:
        """The groups that hold the domain, or a domain it is a subdomain of."""
        held: set[int] = set()
        for member, group_ids in self.of_domain.items():
            if is_in_domain("@" + domain, member):
                held |= group_ids
        return held

    def deadline(self, group_ids: Collection[int]) -> tuple[int, str]:
        """The shortest deadline of these groups, with the group's name."""
        known = [(self.deadlines[g], self.names[g]) for g in group_ids if g in self.names]
        return min(known) if known else (DEFAULT_DEADLINE_DAYS, "")


def awaiting_letters(
    connection: Connection, clock: Clock, *, include_answered: bool = False
) -> list[AwaitedLetter]:
    """The letters that wait for an answer, longest waiting first; with ``include_answered``
    also those answered (status ANSWERED). The connection must be able to write (the
    keeper's inferred addresses are kept, see ``identity.own_addresses``)."""
    own_ids = _own_address_ids(connection)
    groups = _Groups.read(connection)
    # As it stood at the end of today: nothing sent or answered later counts (a day set with
    # --today may lie in the past).
    until = clock.end_of_today
    stored_until = _stored(until)
    letters = [
        letter
        for letter in _mail_letters(connection, groups, own_ids, until)
        + _paper_letters(connection, groups, until)
        if letter.sent < stored_until
    ]
    # Without the answered ones, only whether an answer came matters: the latest message of
    # each party tells, and only the letters still open are looked up in their threads.
    _answers_from_parties(
        connection,
        [x for x in letters if x.answered is None],
        own_ids,
        until,
        first=include_answered,
    )
    in_threads = [x for x in letters if x.is_mail and (include_answered or x.answered is None)]
    _answers_in_threads(connection, in_threads, own_ids, until)
    shown = [x for x in letters if include_answered or x.answered is None]
    _describe_mail(connection, [x for x in shown if x.is_mail])
    found = [_awaited(pending, groups, clock) for pending in shown]
    found.sort(key=lambda letter: (-letter.days, letter.sent_at, letter.kind.value, letter.id))
    return found


def _awaited(pending: _Pending, groups: _Groups, clock: Clock) -> AwaitedLetter:
    deadline_days, group = groups.deadline(pending.group_ids)
    sent_at = _moment(pending.sent)
    due_on = clock.local_date(sent_at) + timedelta(days=deadline_days)
    answered = pending.answered
    return AwaitedLetter(
        pending.ref,
        tuple(pending.to),
        pending.subject,
        sent_at,
        clock.days_since(sent_at),
        deadline_days,
        due_on,
        status_on(clock.today, due_on) if answered is None else LetterStatus.ANSWERED,
        group,
        None if answered is None else _moment(answered),
        pending.answer_message_id,
        pending.answer_note,
    )


# Finding the letters --------------------------------------------------------------------------
def _each(values: Iterable[int | str]) -> Select[Any]:
    """The values as a one-column subquery: any number of them, as one parameter."""
    table = func.json_each(json.dumps(sorted(set(values)))).table_valued("value")
    return select(table.c.value)


_SENT = type_coerce(Message.date_at, Text)  # the stored text: no conversion per row


def _own_address_ids(connection: Connection) -> set[int]:
    own = {address.lower() for address in identity.own_addresses(connection)}
    if not own:
        return set()
    lowered = func.lower(Address.address)
    return set(connection.execute(select(Address.id).where(lowered.in_(_each(own)))).scalars())


def addresses_at(connection: Connection, domains: Collection[str]) -> dict[int, set[str]]:
    """Address id -> the domains it is at (itself or as a subdomain), one scan for them all."""
    if not domains:
        return {}
    conditions = [
        or_(
            Address.address.endswith("@" + domain, autoescape=True),
            Address.address.endswith("." + domain, autoescape=True),
        )
        for domain in domains
    ]
    found: dict[int, set[str]] = {}
    for address_id, address in connection.execute(
        select(Address.id, Address.address).where(or_(*conditions))
    ):
        matching = {domain for domain in domains if is_in_domain(address, domain)}
        if matching:  # LIKE folds ASCII case only; this decides
            found[address_id] = matching
    return found


def _mail_letters(
    connection: Connection, groups: _Groups, own_ids: set[int], until: datetime
) -> list[_Pending]:
    """Sent mail to a group's members, and mail marked by hand: two queries, and one for
    the recipients of the marked."""
    marks = {
        mark.message_id: mark
        for mark in connection.execute(
            select(
                ReplyMark.message_id, ReplyMark.awaits, ReplyMark.answered_at, ReplyMark.answer_note
            )
        )
    }
    refused = {message_id for message_id, mark in marks.items() if not mark.awaits}
    person_of: dict[int, int] = {}
    if groups.of_person:
        for address_id, person_id in connection.execute(
            select(Address.id, Address.person_id).where(
                Address.person_id.in_(_each(groups.of_person))
            )
        ):
            person_of[address_id] = person_id
    domains_of = addresses_at(connection, list(groups.of_domain))
    letters: dict[int, _Pending] = {}
    if own_ids and (person_of or domains_of):
        for message_id, address_id, sent in connection.execute(
            select(MessageAddress.message_id, MessageAddress.address_id, _SENT)
            .join(Message, Message.id == MessageAddress.message_id)
            .where(
                MessageAddress.address_id.in_(_each([*person_of, *domains_of])),
                MessageAddress.role.in_(RECIPIENT_ROLES),
                Message.from_address_id.in_(_each(own_ids)),
                Message.date_at.is_not(None),
            )
        ):
            if message_id in refused or address_id in own_ids:
                continue
            pending = _mail_letter(letters, message_id, sent)
            if address_id in person_of:
                pending.persons.add(person_of[address_id])
                pending.group_ids |= groups.of_person[person_of[address_id]]
            for domain in domains_of.get(address_id, ()):
                pending.domains.add(domain)
                pending.group_ids |= groups.of_domain[domain]
    marked = {m for m, mark in marks.items() if mark.awaits and m not in letters}
    if marked:
        # Marked by hand, to no group: any recipient's later mail answers.
        for message_id, sent, person_id, address_id in connection.execute(
            select(Message.id, _SENT, Address.person_id, Address.id)
            .join(
                MessageAddress,
                and_(
                    MessageAddress.message_id == Message.id,
                    MessageAddress.role.in_(RECIPIENT_ROLES),
                ),
                isouter=True,
            )
            .join(Address, Address.id == MessageAddress.address_id, isouter=True)
            .where(Message.id.in_(_each(marked)), Message.date_at.is_not(None))
        ):
            pending = _mail_letter(letters, message_id, sent)
            if person_id is not None and address_id not in own_ids:
                pending.persons.add(person_id)
    for message_id, pending in letters.items():
        mark = marks.get(message_id)
        if mark is not None and mark.answered_at is not None and mark.answered_at < until:
            pending.answer(_stored(mark.answered_at), None)
            pending.answer_note = mark.answer_note
    return list(letters.values())


def _mail_letter(letters: dict[int, _Pending], message_id: int, sent: str) -> _Pending:
    pending = letters.get(message_id)
    if pending is None:
        pending = letters[message_id] = _Pending(LetterRef(LetterKind.MAIL, message_id), sent)
    return pending


def _paper_letters(connection: Connection, groups: _Groups, until: datetime) -> list[_Pending]:
    letters = []
    for row in connection.execute(
        select(
            PaperLetter.id,
            PaperLetter.recipient,
            PaperLetter.person_id,
            PaperLetter.group_id,
            PaperLetter.domain,
            PaperLetter.sent_at,
            PaperLetter.subject,
            PaperLetter.answered_at,
            PaperLetter.answer_note,
        ).where(PaperLetter.awaits.is_(True))
    ):
        pending = _Pending(LetterRef(LetterKind.PAPER, row.id), _stored(row.sent_at), row.subject)
        pending.to.append(row.recipient)
        if row.person_id is not None:
            pending.persons.add(row.person_id)
            pending.group_ids |= groups.of_person.get(row.person_id, set())
        if row.domain:
            pending.domains.add(row.domain)
            pending.group_ids |= groups.holding(row.domain)
        if row.group_id is not None and row.group_id in groups.members:
            pending.group_ids.add(row.group_id)
            if row.person_id is None and not row.domain:  # to the group: any member answers
                persons, domains = groups.members[row.group_id]
                pending.persons |= persons
                pending.domains |= domains
        if row.answered_at is not None and row.answered_at < until:
            pending.answer(_stored(row.answered_at), None)
            pending.answer_note = row.answer_note
        letters.append(pending)
    return letters


def _describe_mail(connection: Connection, letters: list[_Pending]) -> None:
    """The subject and recipients of the letters shown (not of every one looked at)."""
    if not letters:
        return
    by_message = {letter.ref.number: letter for letter in letters}
    for message_id, subject in connection.execute(
        select(Message.id, Message.subject).where(Message.id.in_(_each(by_message)))
    ):
        by_message[message_id].subject = subject
    for message_id, written_name, address, known_name in connection.execute(
        select(MessageAddress.message_id, MessageAddress.name, Address.address, Address.name)
        .join(Address, Address.id == MessageAddress.address_id)
        .where(
            MessageAddress.message_id.in_(_each(by_message)),
            MessageAddress.role.in_(RECIPIENT_ROLES),
        )
        .order_by(MessageAddress.message_id, MessageAddress.role, MessageAddress.position)
    ):
        name = written_name or known_name
        by_message[message_id].to.append(f"{name} <{address}>" if name else address)


# Finding the answers --------------------------------------------------------------------------
def _answers_from_parties(
    connection: Connection,
    letters: list[_Pending],
    own_ids: set[int],
    until: datetime,
    *,
    first: bool,
) -> None:
    """Later mail (before ``until``) from each letter's people or domains. With ``first``,
    the earliest such message (one query for the mail of all of them, then a binary search
    per letter and party); else the latest one: whether any came, reading no message row
    into Python."""
    parties = _parties(connection, letters, own_ids)
    if not parties:
        return
    earliest = min(letter.sent for letter in letters)
    mail: dict[tuple[str, int | str], list[tuple[str, int]]] = defaultdict(list)
    if first:
        query = select(_SENT, Message.id, Message.from_address_id)
    else:  # SQLite gives the bare column (the id) of the row holding the maximum
        query = select(func.max(_SENT), Message.id, Message.from_address_id).group_by(
            Message.from_address_id
        )
    for sent, message_id, sender_id in connection.execute(
        query.where(
            Message.from_address_id.in_(_each(parties)),
            earliest < _SENT,
            _stored(until) > _SENT,
        )
    ):
        for party in parties[sender_id or 0]:
            mail[party].append((sent, message_id))
    for found in mail.values():
        found.sort()
    for letter in letters:
        wanted = [("person", p) for p in letter.persons] + [("domain", d) for d in letter.domains]
        for party in wanted:
            found = mail.get(party, [])
            index = bisect.bisect_right(found, (letter.sent, sys.maxsize))
            if index < len(found):
                letter.answer(*found[index])


def _parties(
    connection: Connection, letters: list[_Pending], own_ids: set[int]
) -> dict[int, list[tuple[str, int | str]]]:
    """Address id -> the parties (a person, a domain) of these letters it belongs to."""
    persons = set().union(*(letter.persons for letter in letters))
    domains = set().union(*(letter.domains for letter in letters))
    parties: dict[int, list[tuple[str, int | str]]] = defaultdict(list)
    if persons:
        for address_id, person_id in connection.execute(
            select(Address.id, Address.person_id).where(Address.person_id.in_(_each(persons)))
        ):
            parties[address_id].append(("person", person_id))
    for address_id, at_domains in addresses_at(connection, domains).items():
        parties[address_id].extend(("domain", domain) for domain in at_domains)
    for address_id in own_ids:
        parties.pop(address_id, None)
    return parties


def _answers_in_threads(
    connection: Connection, letters: list[_Pending], own_ids: set[int], until: datetime
) -> None:
    """The first later message (before ``until``) of someone else in each letter's thread,
    found through the thread's dates (an index), in one query."""
    if not letters:
        return
    by_message = {letter.ref.number: letter for letter in letters}
    sent, later = aliased(Message), aliased(Message)
    first_reply = (
        select(later.id)
        .where(
            later.thread_id == sent.thread_id,
            later.date_at > sent.date_at,
            later.date_at < until,
            later.from_address_id.is_not(None),
            later.from_address_id.not_in(_each(own_ids)),
        )
        .order_by(later.thread_id, later.date_at)
        .limit(1)
        .scalar_subquery()
    )
    replies = (
        select(sent.id.label("letter"), first_reply.label("reply"))
        .where(sent.id.in_(_each(by_message)), sent.thread_id.is_not(None))
        .subquery()
    )
    for message_id, reply_id, replied in connection.execute(
        select(replies.c.letter, Message.id, _SENT).join(Message, Message.id == replies.c.reply)
    ):
        by_message[message_id].answer(replied, reply_id)
