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


# SQLite's date functions on the stored UTC text: the start of the message's period.
_PERIOD_SQL = {
    Period.MONTH: "date(m.date_at, 'start of month')",
    Period.WEEK: "date(m.date_at, '-6 days', 'weekday 1')",  # the Monday on or before
}


def timeline(
    connection: Connection,
    period: Period,
    own_addresses: Sequence[str],
    query: Query | None = None,
) -> list[Bucket]:
    """Messages per period (UTC), all or those the query finds; undated ones are left out."""
    condition, params = ("1", {}) if query is None else matching_condition(query)
    rows = connection.execute(
        text(
            f"SELECT {_PERIOD_SQL[period]} AS p, "  # noqa: S608 (names from this module)
            "sum(m.from_address_id IN (SELECT id FROM addresses "
            "WHERE address IN (SELECT value FROM json_each(:own)))), count(*) "
            f"FROM messages m WHERE m.date_at IS NOT NULL AND {condition} GROUP BY p ORDER BY p"
        ),
        {**params, "own": json.dumps([address.lower() for address in own_addresses])},
    ).all()
    counted = {
        date.fromisoformat(start): (int(sent or 0), int(total)) for start, sent, total in rows
    }
    if not counted:
        return []
    buckets = []
    start, last = min(counted), max(counted)
    while start <= last:
        sent, total = counted.get(start, (0, 0))
        buckets.append(Bucket(start, total - sent, sent))
        start = next_start(start, period)
    return buckets


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
            "SELECT CAST(strftime('%Y', date_at) AS INTEGER), "
            "CAST(strftime('%m', date_at) AS INTEGER), count(*) FROM messages "
            "WHERE date_at IS NOT NULL GROUP BY 1, 2 ORDER BY 1 DESC, 2 DESC"
        )
    )
    return [MonthCount(year, month, count) for year, month, count in rows]
