# SPDX-License-Identifier: GPL-3.0-or-later
"""Signs of life of watched people: the last one, how many calendar days ago it was where
the user lives, the gap usual for that person, and whether the silence is due or overdue.

A sign of life is a message from any of the person's addresses (never from one of the
keeper's own: a person record that holds one of them must not count the keeper's mail),
or an event entered by hand. A message dated after the end of today is not trusted: it
is counted as ``untrusted`` and never taken as the last sign; a message without a real
date (no Date, Received or envelope: dated by its file, or not at all) is no sign.
Everything is found with a fixed number of queries, however many people are watched.
"""

from __future__ import annotations

import enum
import itertools
import json
import math
from collections import defaultdict
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, timedelta
from typing import TYPE_CHECKING, Any

from sqlalchemy import text

from correspondence_app.people.directory import shown_names
from correspondence_app.storage.tables import UtcDateTime
from correspondence_app.tagging import identity

if TYPE_CHECKING:
    from collections.abc import Iterable, Sequence

    from sqlalchemy import Connection

    from correspondence_app.alerts.clock import Clock

MAIL = "mail"  # the kind of a sign of life that is a message; events have an EventKind value
USUAL_GAP_PERCENTILE = 80
MINIMUM_GAP_DAYS = 3  # a usual gap is never shorter: daily writers may skip a weekend
DEFAULT_GAP_DAYS = 7  # while the history holds fewer than MINIMUM_GAPS gaps
MINIMUM_GAPS = 3
THRESHOLD_FACTOR = 2  # overdue, unless the user set a threshold: this many usual gaps
HISTORY_DAYS = 365  # the usual gap is learnt from the signs of the last twelve months
CHART_MONTHS = 12
PREVIEW_CHARS = 200


class SilenceStatus(enum.Enum):
    OK = "ok"  # the silence is no longer than the usual gap
    DUE = "due"  # longer than the usual gap
    OVERDUE = "overdue"  # longer than the threshold

    @property
    def rank(self) -> int:
        """0 for the most urgent."""
        return _RANKS[self]


_RANKS = {SilenceStatus.OVERDUE: 0, SilenceStatus.DUE: 1, SilenceStatus.OK: 2}


@dataclass(frozen=True)
class MonthCount:
    month: date  # its first day
    signs: int


@dataclass(frozen=True)
class WatchedStatus:
    """One watched person as the alerts show them. Without any sign of life ``last_sign_at``,
    ``kind`` and ``days`` are None, and the status counts the days since watching began."""

    person_id: int
    name: str  # as the people lists show it: the name set, else the one seen most, else an address
    last_sign_at: datetime | None
    kind: str | None  # MAIL or an EventKind value
    days: int | None  # calendar days since the last sign where the user lives; 0: today
    usual_gap_days: int
    threshold_days: int  # the user's, else THRESHOLD_FACTOR usual gaps
    is_threshold_set: bool
    status: SilenceStatus
    silent_days: int  # days, or without a sign the days since watching began
    message_id: int | None = None  # the last sign's message
    event_id: int | None = None  # the last sign's event
    preview: str = ""  # the beginning of the last message's text, or the event's note
    untrusted: int = 0  # messages dated after today, not taken as signs
    signs_per_month: tuple[MonthCount, ...] = field(default=())  # oldest first, to this month

    @property
    def urgency(self) -> float:
        """The share of the threshold the silence has used (above 1: overdue)."""
        return self.silent_days / self.threshold_days


@dataclass(frozen=True)
class Sign:
    """One sign of life, for a person's list."""

    at: datetime
    kind: str  # MAIL or an EventKind value
    summary: str  # the subject, or the event's note
    message_id: int | None = None
    event_id: int | None = None
    filename: str = ""  # the file an event carries
    is_trusted: bool = True  # False: a message dated after today


@dataclass
class _Signs:
    """What the queries found for one person."""

    last: tuple[datetime, str, int] | None = None  # moment, kind, message or event id
    moments: list[datetime] = field(default_factory=list)  # in the history window
    untrusted: int = 0

    def offer(self, moment: datetime, kind: str, number: int) -> None:
        if self.last is None or (moment, number) > (self.last[0], self.last[2]):
            self.last = (moment, kind, number)


def usual_gap_days(sign_days: Iterable[date]) -> int:
    """The gap in days between consecutive days with a sign that four in five gaps did not
    exceed (the 80th percentile, nearest rank), at least MINIMUM_GAP_DAYS; DEFAULT_GAP_DAYS
    while there are fewer than MINIMUM_GAPS gaps.

    Why the 80th: the median would call every other ordinary pause "due", and the longest
    gap would let one hospital stay or holiday set the bar for a whole year; a pause longer
    than four in five of the year's pauses is unusual, and a few outliers do not move it.
    """
    days = sorted(set(sign_days))
    gaps = sorted((later - earlier).days for earlier, later in itertools.pairwise(days))
    if len(gaps) < MINIMUM_GAPS:
        return DEFAULT_GAP_DAYS
    rank = math.ceil(USUAL_GAP_PERCENTILE / 100 * len(gaps))
    return max(MINIMUM_GAP_DAYS, gaps[rank - 1])


def silence_status(days: int, usual_gap_days: int, threshold_days: int) -> SilenceStatus:
    """Overdue past the threshold (even one shorter than the usual gap), due past the usual
    gap, else ok."""
    if days > threshold_days:
        return SilenceStatus.OVERDUE
    if days > usual_gap_days:
        return SilenceStatus.DUE
    return SilenceStatus.OK


def watched_status(connection: Connection, clock: Clock) -> list[WatchedStatus]:
    """Every watched person, the most urgent first: overdue, due, ok, and within each the
    largest share of the threshold first. The connection must be able to write (the
    keeper's inferred addresses are kept, see ``identity.own_addresses``)."""
    watched = connection.execute(
        text("SELECT person_id, threshold_days, created_at FROM watched_people")
    ).all()
    if not watched:
        return []
    names = shown_names(connection, [person_id for person_id, _, _ in watched])
    end = clock.end_of_today
    months = _chart_months(clock.today)
    first_day = min(clock.today - timedelta(days=HISTORY_DAYS), months[0])
    since = datetime(first_day.year, first_day.month, first_day.day, tzinfo=clock.zone)
    signs = _mail_signs(connection, identity.own_addresses(connection), since, end)
    for person_id, happened_at, kind, event_id in connection.execute(
        text(
            "SELECT person_id, happened_at, kind, id FROM life_events "
            "WHERE person_id IN (SELECT person_id FROM watched_people) AND happened_at < :end"
        ),
        {"end": UtcDateTime.stored(end)},
    ):
        moment = _utc(happened_at)
        found = signs[person_id]
        found.offer(moment, kind, event_id)
        if moment >= since:
            found.moments.append(moment)
    statuses = [
        _status(
            clock,
            months,
            signs[person_id],
            person_id,
            threshold,
            _utc(created),
            names.get(person_id, f"#{person_id}"),
        )
        for person_id, threshold, created in watched
    ]
    previews = _previews(connection, [s.message_id for s in statuses if s.message_id])
    notes = _notes(connection, [s.event_id for s in statuses if s.event_id])
    for index, status in enumerate(statuses):
        if status.message_id is not None:
            statuses[index] = replace(status, preview=previews.get(status.message_id, ""))
        elif status.event_id is not None:
            statuses[index] = replace(status, preview=notes.get(status.event_id, ""))
    return sorted(statuses, key=lambda s: (s.status.rank, -s.urgency, s.name, s.person_id))


def signs_of_life(
    connection: Connection, clock: Clock, person_id: int, *, limit: int = 50
) -> list[Sign]:
    """A person's signs of life, newest first: messages (those dated after today marked
    untrusted) and events entered by hand."""
    own = json.dumps([address.lower() for address in identity.own_addresses(connection)])
    end = clock.end_of_today
    mail = connection.execute(
        text(
            "SELECT m.id, m.date_at, m.subject FROM messages m "
            "JOIN addresses a ON a.id = m.from_address_id "
            "WHERE a.person_id = :person "
            "AND lower(a.address) NOT IN (SELECT value FROM json_each(:own)) "
            "AND m.date_at IS NOT NULL AND m.date_source NOT IN ('none', 'file') "
            "ORDER BY m.date_at DESC, m.id DESC LIMIT :limit"
        ),
        {"person": person_id, "own": own, "limit": limit},
    )
    found = [
        Sign(_utc(at), MAIL, subject, message_id=number, is_trusted=_utc(at) < end)
        for number, at, subject in mail
    ]
    events = connection.execute(
        text(
            "SELECT id, happened_at, kind, note, filename FROM life_events "
            "WHERE person_id = :person ORDER BY happened_at DESC, id DESC LIMIT :limit"
        ),
        {"person": person_id, "limit": limit},
    )
    found += [
        Sign(_utc(at), kind, note, event_id=number, filename=filename, is_trusted=_utc(at) < end)
        for number, at, kind, note, filename in events
    ]
    found.sort(key=lambda sign: sign.at, reverse=True)
    return found[:limit]


def _mail_signs(
    connection: Connection, own: Sequence[str], since: datetime, end: datetime
) -> defaultdict[int, _Signs]:
    """The watched people's mail: the moments since ``since`` (and so the last message of
    those who wrote since), the last message before it of the others, and the number dated
    after today. The date index bounds each query; no message is read twice."""
    rows = connection.execute(
        text(
            "SELECT id, person_id FROM addresses "
            "WHERE person_id IN (SELECT person_id FROM watched_people) "
            "AND lower(address) NOT IN (SELECT value FROM json_each(:own))"
        ),
        {"own": json.dumps([address.lower() for address in own])},
    )
    senders: dict[int, int] = {address_id: person_id for address_id, person_id in rows}
    signs: defaultdict[int, _Signs] = defaultdict(_Signs)
    if not senders:
        return signs
    # "+m.from_address_id" keeps SQLite on the date index: a year of mail is a small share
    # of the archive, while one correspondent's addresses may hold half of it.
    dated = (
        "FROM messages m WHERE +m.from_address_id IN (SELECT value FROM json_each(:senders)) "
        "AND m.date_source NOT IN ('none', 'file') "
    )
    values = {
        "senders": json.dumps(list(senders)),
        "since": UtcDateTime.stored(since),
        "end": UtcDateTime.stored(end),
        "never": "9999-12-31",
    }
    recent = connection.execute(
        text(
            f"SELECT m.from_address_id, m.date_at, m.id {dated} "
            "AND m.date_at >= :since AND m.date_at < :end"
        ),
        values,
    )
    for address_id, at, message_id in recent:
        found = signs[senders[address_id]]
        moment = _utc(at)
        found.moments.append(moment)
        found.offer(moment, MAIL, message_id)
    quiet = [address for address, person in senders.items() if person not in signs]
    if quiet:
        # SQLite takes the bare m.id from the row whose date is the max().
        older = connection.execute(
            text(
                "SELECT m.from_address_id, max(m.date_at), m.id FROM messages m "
                "WHERE m.from_address_id IN (SELECT value FROM json_each(:quiet)) "
                "AND m.date_source NOT IN ('none', 'file') AND m.date_at < :since GROUP BY 1"
            ),
            {**values, "quiet": json.dumps(quiet)},
        )
        for address_id, at, message_id in older:
            signs[senders[address_id]].offer(_utc(at), MAIL, message_id)
    future = connection.execute(
        text(
            f"SELECT m.from_address_id, count(*) {dated} "
            "AND m.date_at BETWEEN :end AND :never GROUP BY 1"
        ),
        values,
    )
    for address_id, count in future:
        signs[senders[address_id]].untrusted += count
    return signs


def _status(
    clock: Clock,
    months: Sequence[date],
    signs: _Signs,
    person_id: int,
    threshold: int | None,
    watched_at: datetime,
    name: str,
) -> WatchedStatus:
    local_days = [clock.local_date(moment) for moment in signs.moments]
    first_day = clock.today - timedelta(days=HISTORY_DAYS)
    usual = usual_gap_days(day for day in local_days if day >= first_day)
    threshold_days = threshold or THRESHOLD_FACTOR * usual
    per_month = dict.fromkeys(months, 0)
    for day in local_days:
        key = day.replace(day=1)
        if key in per_month:
            per_month[key] += 1
    last_at, kind, number = signs.last if signs.last else (None, None, None)
    days = None if last_at is None else clock.days_since(last_at)
    silent = days if days is not None else max(0, clock.days_since(watched_at))
    return WatchedStatus(
        person_id=person_id,
        name=name,
        last_sign_at=last_at,
        kind=kind,
        days=days,
        usual_gap_days=usual,
        threshold_days=threshold_days,
        is_threshold_set=threshold is not None,
        status=silence_status(silent, usual, threshold_days),
        silent_days=silent,
        message_id=number if kind == MAIL else None,
        event_id=number if kind not in (None, MAIL) else None,
        untrusted=signs.untrusted,
        signs_per_month=tuple(MonthCount(month, count) for month, count in per_month.items()),
    )


def _previews(connection: Connection, message_ids: Sequence[int]) -> dict[int, str]:
    if not message_ids:
        return {}
    rows = connection.execute(
        text(
            "SELECT message_id, substr(text, 1, :chars) FROM message_bodies "
            "WHERE message_id IN (SELECT value FROM json_each(:ids))"
        ),
        {"ids": json.dumps(list(message_ids)), "chars": PREVIEW_CHARS * 8},
    )
    return {message_id: preview_of(body or "") for message_id, body in rows}


def _notes(connection: Connection, event_ids: Sequence[int]) -> dict[int, str]:
    """The notes of events entered by hand, as a card shows them in place of a message."""
    if not event_ids:
        return {}
    rows = connection.execute(
        text("SELECT id, note FROM life_events WHERE id IN (SELECT value FROM json_each(:ids))"),
        {"ids": json.dumps(list(event_ids))},
    )
    return {event_id: _shortened(" ".join((note or "").split())) for event_id, note in rows}


def preview_of(body: str) -> str:
    """The beginning of a message's own words: quoted lines left out, spaces folded."""
    lines = (line for line in body.splitlines() if not line.lstrip().startswith(">"))
    return _shortened(" ".join(" ".join(lines).split()))


def _shortened(words: str) -> str:
    return words if len(words) <= PREVIEW_CHARS else words[: PREVIEW_CHARS - 1] + "…"


def _chart_months(today: date) -> list[date]:
    """The first days of the last CHART_MONTHS months, oldest first, this month last."""
    year, month = today.year, today.month
    firsts = []
    for _ in range(CHART_MONTHS):
        firsts.append(date(year, month, 1))
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
    return firsts[::-1]


def _utc(value: Any) -> datetime:
    """A stored UTC time as SQLite gives it to hand-written SQL (text), made aware."""
    moment = value if isinstance(value, datetime) else datetime.fromisoformat(str(value))
    return moment.replace(tzinfo=UTC)
