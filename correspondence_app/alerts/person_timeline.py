# SPDX-License-Identifier: GPL-3.0-or-later
"""One person's mail, both ways, and the signs of life entered by hand, oldest first, with
the silences longer than the gap usual for them.

The signs of life are those the watchlist counts (``last_contact.signs_of_life``): mail
from the person's addresses, never from the keeper's own, and events entered by hand; mail
dated after today is not trusted and left out, as is mail without a real date. Mail the
keeper sent to the person is shown too, but it is no sign of life: it ends no silence.
"""

from __future__ import annotations

import enum
import itertools
import json
import sys
from dataclasses import dataclass
from datetime import timedelta
from typing import TYPE_CHECKING

from sqlalchemy import text

from correspondence_app.alerts.last_contact import HISTORY_DAYS, MAIL, signs_of_life, usual_gap_days
from correspondence_app.domain.message import AddressRole
from correspondence_app.people.directory import require_person
from correspondence_app.storage.tables import UtcDateTime
from correspondence_app.tagging import identity

if TYPE_CHECKING:
    from collections.abc import Sequence
    from datetime import datetime

    from sqlalchemy import Connection

    from correspondence_app.alerts.clock import Clock

_RECIPIENT_ROLES = (int(AddressRole.TO), int(AddressRole.CC), int(AddressRole.BCC))
_EVERY_SIGN = sys.maxsize  # signs_of_life's limit, for a person's whole history


class Direction(enum.Enum):
    FROM = "from"  # mail from the person
    TO = "to"  # mail from the keeper to the person
    EVENT = "event"  # a sign of life entered by hand

    @property
    def is_sign_of_life(self) -> bool:
        return self is not Direction.TO


@dataclass(frozen=True)
class TimelineItem:
    at: datetime  # aware, UTC
    direction: Direction
    kind: str  # MAIL, or an EventKind value
    summary: str  # the subject, or the event's note
    message_id: int | None = None
    event_id: int | None = None


@dataclass(frozen=True)
class Gap:
    """A silence longer than the usual gap: from one sign of life to the next, or to the
    end of today when no sign came since."""

    start: datetime
    end: datetime
    days: int  # calendar days where the user lives


@dataclass(frozen=True)
class PersonTimeline:
    person_id: int
    name: str  # the person's name, else their first address
    items: tuple[TimelineItem, ...]  # oldest first
    usual_gap_days: int
    gaps: tuple[Gap, ...]  # oldest first; the last may end at the end of today

    @property
    def is_empty(self) -> bool:
        return not self.items


def person_timeline(connection: Connection, clock: Clock, person_id: int) -> PersonTimeline:
    """Everything to and from the person up to today; PeopleError for an unknown person.
    The connection must be able to write (``identity.own_addresses`` keeps what it
    inferred)."""
    name = require_person(connection, person_id)
    own = identity.own_addresses(connection)
    end = clock.end_of_today
    items = [
        _item_of_sign(sign.at, sign.kind, sign.summary, sign.message_id, sign.event_id)
        for sign in signs_of_life(connection, clock, person_id, limit=_EVERY_SIGN)
        if sign.is_trusted
    ]
    items += _mail_to(connection, person_id, own, end)
    items.sort(key=lambda item: (item.at, item.message_id or 0, item.event_id or 0))
    signs = [item.at for item in items if item.direction.is_sign_of_life]
    first_day = clock.today - timedelta(days=HISTORY_DAYS)
    usual = usual_gap_days(
        day for day in (clock.local_date(at) for at in signs) if day >= first_day
    )
    return PersonTimeline(
        person_id=person_id,
        name=name or _first_address(connection, person_id) or f"#{person_id}",
        items=tuple(items),
        usual_gap_days=usual,
        gaps=tuple(silences(clock, signs, usual)),
    )


def silences(clock: Clock, signs: Sequence[datetime], usual_gap_days: int) -> list[Gap]:
    """The gaps between consecutive signs (oldest first) longer than ``usual_gap_days`` in
    calendar days where the user lives, and the open one from the last sign to today."""
    found = [
        Gap(earlier, later, days)
        for earlier, later in itertools.pairwise(signs)
        if (days := (clock.local_date(later) - clock.local_date(earlier)).days) > usual_gap_days
    ]
    if signs and (days := clock.days_since(signs[-1])) > usual_gap_days:
        found.append(Gap(signs[-1], clock.end_of_today, days))
    return found


def _item_of_sign(
    at: datetime, kind: str, summary: str, message_id: int | None, event_id: int | None
) -> TimelineItem:
    direction = Direction.FROM if kind == MAIL else Direction.EVENT
    return TimelineItem(at, direction, kind, summary, message_id, event_id)


def _mail_to(
    connection: Connection, person_id: int, own: Sequence[str], end: datetime
) -> list[TimelineItem]:
    """Mail from the keeper's addresses with one of the person's (not the keeper's own) in
    To, Cc or Bcc; found from the person's addresses, so the keeper's sent mail is not
    read through."""
    rows = connection.execute(
        text(
            "SELECT DISTINCT m.id, m.date_at, m.subject FROM addresses r "
            "JOIN message_addresses ma ON ma.address_id = r.id "
            "JOIN messages m ON m.id = ma.message_id "
            "JOIN addresses s ON s.id = m.from_address_id "
            "WHERE r.person_id = :person AND ma.role IN (SELECT value FROM json_each(:roles)) "
            "AND lower(r.address) NOT IN (SELECT value FROM json_each(:own)) "
            "AND lower(s.address) IN (SELECT value FROM json_each(:own)) "
            "AND m.date_at IS NOT NULL AND m.date_source NOT IN ('none', 'file') "
            "AND m.date_at < :end"
        ),
        {
            "person": person_id,
            "roles": json.dumps(_RECIPIENT_ROLES),
            "own": json.dumps([address.lower() for address in own]),
            "end": UtcDateTime.stored(end),
        },
    )
    return [
        TimelineItem(UtcDateTime.parsed(str(at)), Direction.TO, MAIL, subject, message_id=number)
        for number, at, subject in rows
    ]


def _first_address(connection: Connection, person_id: int) -> str | None:
    found = connection.execute(
        text("SELECT min(address) FROM addresses WHERE person_id = :person"),
        {"person": person_id},
    ).scalar()
    return None if found is None else str(found)
