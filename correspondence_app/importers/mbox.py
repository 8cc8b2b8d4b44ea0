# SPDX-License-Identifier: GPL-3.0-or-later
"""Streams the messages of an mbox file (mboxo, mboxrd, Thunderbird, Gmail Takeout)."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from email.utils import parsedate_tz
from typing import TYPE_CHECKING

from correspondence_app.importers.detect import is_from_line

if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path

ESCAPED_FROM = re.compile(rb"^>+From ")
ENVELOPE_DATE = re.compile(
    r"(Mon|Tue|Wed|Thu|Fri|Sat|Sun)\s+(\w{3})\s+(\d{1,2})\s+(\d{1,2}:\d{2}(?::\d{2})?)\s+(\d{4})"
)


def unescape(lines: list[bytes]) -> bytes:
    """Undo ">From " quoting: one ">" less on each quoted line (mboxrd, and mboxo's one level)."""
    return b"".join(line[1:] if ESCAPED_FROM.match(line) else line for line in lines)


def envelope_date(envelope: str) -> datetime | None:
    """The delivery date in a "From sender Tue Mar 04 03:33:20 2003" line (taken as UTC)."""
    match = ENVELOPE_DATE.search(envelope)
    if match is None:
        return None
    weekday, month, day, clock, year = match.groups()
    parsed = parsedate_tz(f"{weekday}, {day} {month} {year} {clock} +0000")
    if parsed is None:
        return None
    try:
        return datetime(*parsed[:6], tzinfo=UTC)
    except ValueError:
        return None


def iter_mbox(path: Path) -> Iterator[tuple[int, str, bytes]]:
    """(offset of the "From " line, that line, message bytes) for each message.

    The bytes are everything between one separator line and the next, with mboxrd
    quoting undone; the blank line before the next separator stays with the message,
    as other mbox splitters keep it.
    """
    with path.open("rb") as handle:
        offset = 0
        start = -1
        envelope = ""
        lines: list[bytes] = []
        previous_blank = True
        for line in handle:
            if line.startswith(b"From ") and is_from_line(line, after_blank=previous_blank):
                if start >= 0:
                    yield start, envelope, unescape(lines)
                start = offset
                envelope = line.rstrip(b"\r\n").decode("latin-1")
                lines = []
            elif start >= 0:
                lines.append(line)
            offset += len(line)
            previous_blank = line in (b"\n", b"\r\n")
        if start >= 0:
            yield start, envelope, unescape(lines)
