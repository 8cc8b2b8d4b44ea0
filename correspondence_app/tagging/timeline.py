# SPDX-License-Identifier: GPL-3.0-or-later
"""Messages per week or month, sent and received: the timeline and the date navigator.

Periods without mail are listed with zeros between the first and the last, so that a
silence shows as a gap.
"""

from __future__ import annotations

import enum
import json
from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING

from sqlalchemy import text

from correspondence_app.storage.search import matching_condition

if TYPE_CHECKING:
    from collections.abc import Sequence

    from sqlalchemy import Connection

    from correspondence_app.search.query_parser import Query


class Period(enum.Enum):
    WEEK = "week"
    MONTH = "month"


@dataclass(frozen=True)
class Bucket:
    start: date  # the Monday of the week, or the month's first day
    received: int
    sent: int

    @property
    def total(self) -> int:
        return self.received + self.sent

    def label(self, period: Period) -> str:
        """``2023-01`` for a month, ``2023-W03`` (ISO week) for a week."""
        if period is Period.MONTH:
            return f"{self.start.year:04d}-{self.start.month:02d}"
        year, week, _ = self.start.isocalendar()
        return f"{year:04d}-W{week:02d}"

    def end(self, period: Period) -> date:
        """The day after the period."""
        return next_start(self.start, period)


def timeline(
    connection: Connection,
    period: Period,
    own_addresses: Sequence[str],
    query: Query | None = None,
) -> list[Bucket]:
    """Messages per period (UTC), all or those the query finds; undated ones are left out."""
    condition, params = ("1", {}) if query is None else matching_condition(query)
    # Per day and sender kind, from the index of dates and senders; periods in Python.
    rows = connection.execute(
        text(
            "SELECT substr(m.date_at, 1, 10) AS day, m.from_address_id IN "  # noqa: S608
            "(SELECT id FROM addresses WHERE address IN (SELECT value FROM json_each(:own))) "
            "AS is_sent, count(*) FROM messages m "
            f"WHERE m.date_at IS NOT NULL AND {condition} GROUP BY day, is_sent"
        ),
        {**params, "own": json.dumps([address.lower() for address in own_addresses])},
    )
    counted: dict[date, list[int]] = {}
    for day, is_sent, count in rows:
        start = period_start(date.fromisoformat(day), period)
        counts = counted.setdefault(start, [0, 0])
        counts[1 if is_sent else 0] += count
    if not counted:
        return []
    buckets = []
    start, last = min(counted), max(counted)
    while start <= last:
        received, sent = counted.get(start, (0, 0))
        buckets.append(Bucket(start, received, sent))
        start = next_start(start, period)
    return buckets


def period_start(day: date, period: Period) -> date:
    """The Monday of the day's week, or the first of its month."""
    if period is Period.WEEK:
        return day - timedelta(days=day.weekday())
    return day.replace(day=1)


def next_start(start: date, period: Period) -> date:
    if period is Period.WEEK:
        return start + timedelta(days=7)
    return date(start.year + start.month // 12, start.month % 12 + 1, 1)


@dataclass(frozen=True)
class MonthCount:
    year: int
    month: int
    messages: int


def month_counts(connection: Connection) -> list[MonthCount]:
    """Messages per month, newest first: the sidebar's years and months."""
    rows = connection.execute(
        text(
            "SELECT substr(date_at, 1, 7) AS month, count(*) FROM messages "
            "WHERE date_at IS NOT NULL GROUP BY month ORDER BY month DESC"
        )
    )
    return [MonthCount(int(month[:4]), int(month[5:7]), count) for month, count in rows]
