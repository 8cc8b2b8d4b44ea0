# SPDX-License-Identifier: GPL-3.0-or-later
"""Lenient parsing of the dates in Date and Received headers."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta, timezone
from email.utils import parsedate_to_datetime
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Iterable

# Dates outside this range are typing errors or forged, never real mail.
MIN_YEAR = 1970
MAX_YEAR = 2100

# Zone names parsedate_tz does not know but mailers still write.
_ZONE_MINUTES = {
    "CET": 60,
    "CEST": 120,
    "MET": 60,
    "MEST": 120,
    "WET": 0,
    "WEST": 60,
    "BST": 60,
    "EET": 120,
    "EEST": 180,
    "MSK": 180,
    "MSD": 240,
    "JST": 540,
    "KST": 540,
    "HKT": 480,
    "SGT": 480,
    "AEST": 600,
    "AEDT": 660,
    "NZST": 720,
    "NZDT": 780,
    "HST": -600,
    "AKST": -540,
    "AKDT": -480,
}
_ZONE_NAME = re.compile(r"\b(" + "|".join(_ZONE_MINUTES) + r")\b")
_COMMENT = re.compile(r"\([^()]*\)")
_SPACED_COLON = re.compile(r"(\d)\s*:\s*(\d)")
_LEAP_SECOND = re.compile(r"(\d:\d\d):60\b")
_LOOSE = re.compile(
    r"(?P<day>\d{1,2})[\s/.-]+(?P<month>[A-Za-z]{3})[A-Za-z]*\.?[\s/.,-]+(?P<year>\d{2,4})"
    r"(?:[\sT,]+at)?[\sT,]+(?P<time>\d{1,2}:\d{2}(?::\d{2})?)(?:\s*(?P<zone>[+-]\d{4}|[A-Za-z]{1,5}\b))?"
)
_ISO = re.compile(
    r"(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2}))?(?:[.,]\d+)?\s*(Z|[+-]\d{2}:?\d{2})?"
)


def _zone_offset(match: re.Match[str]) -> str:
    minutes = _ZONE_MINUTES[match.group(1)]
    sign = "-" if minutes < 0 else "+"
    return f"{sign}{abs(minutes) // 60:02d}{abs(minutes) % 60:02d}"


def _clean(value: str) -> str:
    text = _COMMENT.sub(" ", value) if "(" in value else value
    text = _SPACED_COLON.sub(r"\1:\2", " ".join(text.split()))
    text = _LEAP_SECOND.sub(r"\1:59", text)
    return _ZONE_NAME.sub(_zone_offset, text)


def _finish(parsed: datetime) -> tuple[datetime, int | None] | None:
    if 100 <= parsed.year < 200:  # the old "years since 1900" bug: 103 means 2003
        try:
            parsed = parsed.replace(year=parsed.year + 1900)
        except ValueError:
            return None
    if not MIN_YEAR <= parsed.year <= MAX_YEAR:
        return None
    offset = parsed.utcoffset()
    if offset is None:  # -0000 or no zone: the time is UTC as far as anyone knows
        return parsed.replace(tzinfo=UTC), None
    return parsed.astimezone(UTC), int(offset.total_seconds()) // 60


def _parse_rfc(text: str) -> tuple[datetime, int | None] | None:
    try:
        parsed = parsedate_to_datetime(text)
    except (ValueError, TypeError, IndexError, OverflowError):
        return None
    return _finish(parsed)


def _parse_loose(text: str) -> tuple[datetime, int | None] | None:
    match = _LOOSE.search(text)
    if match is not None:
        zone = match.group("zone") or ""
        rebuilt = f"{match['day']} {match['month']} {match['year']} {match['time']} {zone}"
        return _parse_rfc(rebuilt.strip())
    match = _ISO.search(text)
    if match is None:
        return None
    year, month, day, hour, minute, second, zone = match.groups()
    tzinfo = None
    if zone == "Z":
        tzinfo = UTC
    elif zone:
        digits = zone[1:].replace(":", "")
        minutes = (int(digits[:2]) * 60 + int(digits[2:])) * (-1 if zone[0] == "-" else 1)
        tzinfo = timezone(timedelta(minutes=minutes)) if abs(minutes) < 24 * 60 else None
    try:
        parsed = datetime(
            int(year), int(month), int(day), int(hour), int(minute), int(second or 0), tzinfo=tzinfo
        )
    except ValueError:
        return None
    return _finish(parsed)


def parse_date(value: str) -> tuple[datetime, int | None] | None:
    """Parse a Date header leniently into (aware UTC datetime, written offset in minutes).

    The offset is None when the header wrote -0000 or no zone at all. Returns None
    for anything unreadable or outside 1970..2100.
    """
    text = _clean(value)
    if not text:
        return None
    return _parse_rfc(text) or _parse_loose(text)


def newest_received_date(values: Iterable[str]) -> datetime | None:
    """The newest date written after the last ';' of the Received headers, if any."""
    newest: datetime | None = None
    for value in values:
        _head, separator, tail = value.rpartition(";")
        parsed = parse_date(tail) if separator else None
        if parsed is not None and (newest is None or parsed[0] > newest):
            newest = parsed[0]
    return newest
