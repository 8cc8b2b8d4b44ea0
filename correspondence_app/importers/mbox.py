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


class _Message:
    """The lines of one message being read, and whether its top-level multipart is open.

    A "From " line inside an open multipart (an attached mbox or patch series, written
    without quoting) is only a tentative separator: it is dropped when the closing
    boundary follows, and becomes a real one if the message never closes.
    """

    def __init__(self, offset: int, envelope: str) -> None:
        self.offset = offset
        self.envelope = envelope
        self.lines: list[bytes] = []
        self.tentative: list[tuple[int, int, str]] = []  # (line index, offset, envelope)
        self._in_headers = True
        self._header = b""
        self._closing: bytes | None = None

    @property
    def is_multipart_open(self) -> bool:
        return self._closing is not None

    def add(self, line: bytes) -> None:
        self.lines.append(line)
        if self._in_headers:
            if line in (b"\n", b"\r\n"):
                self._in_headers = False
                match = BOUNDARY.search(self._header)
                if match:
                    self._closing = b"--" + (match.group(1) or match.group(2)) + b"--"
            elif len(self._header) < 65536:
                self._header += line
        elif self._closing is not None and line.rstrip() == self._closing:
            self._closing = None
            self.tentative.clear()

    def split(self) -> Iterator[tuple[int, str, bytes]]:
        """The message, or the messages it turned out to be when its multipart never closed."""
        cuts = [(0, self.offset, self.envelope), *self.tentative]
        for (first, offset, envelope), following in zip(cuts, [*cuts[1:], None], strict=True):
            last = following[0] - 1 if following else len(self.lines)
            yield offset, envelope, unescape(self.lines[first:last])


BOUNDARY = re.compile(
    rb'^content-type:[^\n]*(?:\r?\n[ \t][^\n]*)*?boundary\s*=\s*(?:"([^"\r\n]+)"|([^\s;"]+))',
    re.IGNORECASE | re.MULTILINE,
)


def iter_mbox(path: Path) -> Iterator[tuple[int, str, bytes]]:
    """(offset of the "From " line, that line, message bytes) for each message.

    The bytes are everything between one separator line and the next, with mboxrd
    quoting undone; the blank line before the next separator stays with the message,
    as other mbox splitters keep it.
    """
    with path.open("rb") as handle:
        offset = 0
        current: _Message | None = None
        previous_blank = True
        for line in handle:
            if line.startswith(b"From ") and is_from_line(line, after_blank=previous_blank):
                envelope = line.rstrip(b"\r\n").decode("latin-1")
                if current is not None and current.is_multipart_open:
                    current.tentative.append((len(current.lines) + 1, offset, envelope))
                    current.lines.append(line)
                else:
                    if current is not None:
                        yield from current.split()
                    current = _Message(offset, envelope)
            elif current is not None:
                current.add(line)
            offset += len(line)
            previous_blank = line in (b"\n", b"\r\n")
        if current is not None:
            yield from current.split()
