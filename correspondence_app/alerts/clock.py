# SPDX-License-Identifier: GPL-3.0-or-later
"""Today, and the user's time zone, from one place.

Every computation that depends on the date takes a Clock, so that tests and
``--today`` can set the day, and days are counted as calendar days where the user
lives (across daylight-saving changes, whatever zone a message was written in).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import text

if TYPE_CHECKING:
    from sqlalchemy import Connection

TODAY_ENV = "CORRESPONDENCE_APP_TODAY"  # YYYY-MM-DD: the day the application takes as today
TIME_ZONE_KEY = "time_zone"  # archive setting: an IANA zone name; none: the system's
NOON = time(12)  # a day given without a time: the middle of it, where the user lives


class ClockError(ValueError):
    """A day or a time zone that cannot be read, with a message for the user."""


@dataclass(frozen=True)
class Clock:
    today: date
    zone: ZoneInfo

    def local_date(self, moment: datetime) -> date:
        """The calendar day ``moment`` (aware) falls on where the user lives."""
        return moment.astimezone(self.zone).date()

    def days_since(self, moment: datetime) -> int:
        """Whole calendar days from ``moment``'s day to today (0: today)."""
        return (self.today - self.local_date(moment)).days

    def now(self) -> datetime:
        """This moment in UTC, on the clock's day: the wall clock's time of day where the
        user lives, on a day set by ``--today`` or CORRESPONDENCE_APP_TODAY."""
        wall = datetime.now(self.zone)
        if wall.date() == self.today:
            return wall.astimezone(UTC)
        return datetime.combine(self.today, wall.time(), tzinfo=self.zone).astimezone(UTC)

    @property
    def end_of_today(self) -> datetime:
        """The first moment of tomorrow where the user lives, in UTC."""
        tomorrow = self.today + timedelta(days=1)
        return datetime(tomorrow.year, tomorrow.month, tomorrow.day, tzinfo=self.zone).astimezone(
            UTC
        )


def parse_day(value: str) -> date:
    try:
        return date.fromisoformat(value.strip())
    except ValueError:
        raise ClockError(f"{value}: a day is written YYYY-MM-DD") from None


def moment_from_text(value: str, zone: ZoneInfo) -> datetime:
    """An ISO 8601 day or time typed by the user, in UTC: a day alone is its noon, a time
    without an offset is where the user lives."""
    cleaned = value.strip()
    try:
        if len(cleaned) == 10:
            moment = datetime.combine(date.fromisoformat(cleaned), NOON)
        else:
            moment = datetime.fromisoformat(cleaned)
    except ValueError:
        raise ClockError(
            f"{value}: write a day as 2024-03-01, a time as 2024-03-01T14:30 (or with its "
            "offset, 2024-03-01T14:30+03:00)"
        ) from None
    return as_utc(moment, zone)


def as_utc(moment: datetime, zone: ZoneInfo) -> datetime:
    """An aware moment in UTC; a naive one is taken as the time where the user lives."""
    return (moment if moment.tzinfo else moment.replace(tzinfo=zone)).astimezone(UTC)


def system_zone_name() -> str:
    """The system's IANA time zone (``Europe/Berlin``); UTC when it cannot be told."""
    try:
        import tzlocal

        return str(tzlocal.get_localzone_name() or "UTC")
    except (ImportError, LookupError, OSError, ValueError):
        return "UTC"


def zone_named(name: str) -> ZoneInfo:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise ClockError(f"{name}: no such time zone (write it like Europe/Berlin)") from None


def user_zone(connection: Connection | None = None) -> ZoneInfo:
    """The zone set for the archive, else the system's."""
    name = None
    if connection is not None:
        name = connection.execute(
            text("SELECT value FROM archive_settings WHERE key = :key"), {"key": TIME_ZONE_KEY}
        ).scalar()
    try:
        return zone_named(str(name) if name else system_zone_name())
    except ClockError:
        return ZoneInfo("UTC")


def set_user_zone(connection: Connection, name: str) -> None:
    zone_named(name)  # refuses a name that is no zone
    connection.execute(
        text("INSERT OR REPLACE INTO archive_settings (key, value) VALUES (:key, :value)"),
        {"key": TIME_ZONE_KEY, "value": name},
    )


def clock(connection: Connection | None = None, *, today: date | None = None) -> Clock:
    """Today as given, else as ``CORRESPONDENCE_APP_TODAY`` says, else by the wall clock in
    the user's zone."""
    zone = user_zone(connection)
    if today is None and os.environ.get(TODAY_ENV):
        today = parse_day(os.environ[TODAY_ENV])
    return Clock(today or datetime.now(zone).date(), zone)
