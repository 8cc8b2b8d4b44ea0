# SPDX-License-Identifier: GPL-3.0-or-later
"""Streams the messages of an mbox file (mboxo, mboxrd, Thunderbird, Gmail Takeout), and
of an MMDF mailbox (each message between two lines of four ^A characters)."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from email.utils import parsedate_tz
from typing import TYPE_CHECKING

from correspondence_app.importers.detect import is_from_line

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator
    from pathlib import Path

    Entry = tuple[int, str, bytes]  # offset of the "From " line, that line, message bytes

# The envelope sender of the mboxrd files this application exports. It is in no stored
# original, and the exporter quotes every "From " line of a message, so a "From " line with
# this sender always starts a message, and so does any "From " line inside such a message.
EXPORT_SENDER = "export@correspondence-archive.invalid"
EXPORT_ENVELOPE = f"From {EXPORT_SENDER} ".encode()
ESCAPED_FROM = re.compile(rb"^>+From ")
BOUNDARY = re.compile(
    rb'^content-type:[^\n]*(?:\r?\n[ \t][^\n]*)*?boundary\s*=\s*(?:"([^"\r\n]+)"|([^\s;"]+))',
    re.IGNORECASE | re.MULTILINE,
)
MAX_HEADER_BYTES = 65536
BLANK_LINES = (b"\n", b"\r\n")
MMDF_SEPARATOR = b"\x01\x01\x01\x01"  # the line before and after each message of MMDF
ENVELOPE_DATE = re.compile(
    r"(Mon|Tue|Wed|Thu|Fri|Sat|Sun)\s+(\w{3})\s+(\d{1,2})\s+(\d{1,2}:\d{2}(?::\d{2})?)\s+(\d{4})"
)


def without_separator(raw: bytes) -> bytes:
    """The message without the empty line that the mbox file put before the next "From "
    line, which iter_mbox leaves with the message; as it is if its last line is not empty."""
    for ending in (b"\r\n\r\n", b"\n\n"):
        if raw.endswith(ending):
            return raw[: -len(ending) // 2]
    return raw


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


def declared_boundary(header: bytes) -> bytes | None:
    """The boundary a Content-Type field in these header lines declares, if any."""
    match = BOUNDARY.search(header)
    return (match.group(1) or match.group(2)) if match else None


class _Message:
    """The lines of one message being read, and whether a part of its top-level multipart is open.

    A "From " line inside an open part (an attached mbox or patch series, written without
    quoting) is only a tentative separator: it is dropped when the closing boundary follows,
    and becomes a real one if the message never closes. A part cannot hold its own
    multipart's boundary (RFC 2046, 5.1.1), so a Content-Type declaring that boundary after
    a tentative separator shows that the message ended, unclosed, before it.
    """

    def __init__(self, offset: int, envelope: str) -> None:
        self.offset = offset
        self.envelope = envelope
        self.lines: list[bytes] = []
        self.tentative: list[tuple[int, int, str]] = []  # (line index, offset, envelope)
        self._is_exported = envelope.startswith(f"From {EXPORT_SENDER} ")
        self._in_headers = True
        self._header = b""
        self._boundary: bytes | None = None  # of the top-level multipart, while it is open
        self._delimiter = self._closing = b""
        self._in_part = False  # past its first delimiter: no longer in the preamble
        self._field: bytes | None = None  # a Content-Type field after a tentative separator

    @property
    def is_in_part(self) -> bool:
        """Whether a "From " line here may belong to an attachment, not start a message."""
        return self._in_part and not self._is_exported

    def add_tentative(self, line: bytes, offset: int, envelope: str) -> None:
        self.lines.append(line)
        self.tentative.append((len(self.lines), offset, envelope))
        self._field = None

    def add(self, line: bytes) -> bool:
        """Adds a line; True when it shows the message ended before its last tentative separator."""
        self.lines.append(line)
        if self._in_headers:
            if line in BLANK_LINES:
                self._in_headers = False
                self._boundary = declared_boundary(self._header)
                if self._boundary is not None:
                    self._delimiter = b"--" + self._boundary
                    self._closing = self._delimiter + b"--"
            elif len(self._header) < MAX_HEADER_BYTES:
                self._header += line
            return False
        if self._boundary is None:
            return False
        if self.tentative and self._declares_the_boundary_again(line):
            return True
        delimiter = line.rstrip()
        if delimiter == self._delimiter:
            self._in_part = True
        elif delimiter == self._closing:
            self._boundary = None
            self._in_part = False
            self.tentative.clear()
        return False

    def _declares_the_boundary_again(self, line: bytes) -> bool:
        if self._field is not None:
            if line[:1] in (b" ", b"\t") and len(self._field) < MAX_HEADER_BYTES:
                self._field += line
                return False
            field, self._field = self._field, None
            if declared_boundary(field) == self._boundary:
                return True
        if line[:13].lower() == b"content-type:":
            self._field = line
        return False

    def split(self) -> Iterator[Entry]:
        """The message, or the messages it turned out to be when its multipart never closed."""
        cuts = [(0, self.offset, self.envelope), *self.tentative]
        for (first, offset, envelope), following in zip(cuts, [*cuts[1:], None], strict=True):
            last = following[0] - 1 if following else len(self.lines)
            yield offset, envelope, unescape(self.lines[first:last])


class _Splitter:
    """Cuts a stream of lines into messages at their "From " lines."""

    def __init__(self) -> None:
        self._current: _Message | None = None
        self._offset = 0
        self._previous_blank = True

    def take(self, line: bytes) -> list[Entry]:
        """Reads the next line; the messages it showed to be complete, if any."""
        offset = self._offset
        self._offset += len(line)
        after_blank, self._previous_blank = self._previous_blank, line in BLANK_LINES
        current = self._current
        if line.startswith(b"From ") and is_from_line(line, after_blank=after_blank):
            envelope = line.rstrip(b"\r\n").decode("latin-1")
            if current is not None and current.is_in_part and not line.startswith(EXPORT_ENVELOPE):
                current.add_tentative(line, offset, envelope)
                return []
            self._current = _Message(offset, envelope)
            return [] if current is None else list(current.split())
        if current is None or not current.add(line):
            return []
        # Each tentative separator was a real one. The last message is read again from its
        # own "From " line, to learn its own multipart; no separator follows that line, as
        # any would have been a tentative one too.
        first, start, envelope = current.tentative.pop()
        again = current.lines[first:]
        del current.lines[first - 1 :]
        self._current = _Message(start, envelope)
        for line_again in again:
            self._current.add(line_again)
        return list(current.split())

    def finish(self) -> list[Entry]:
        current, self._current = self._current, None
        return [] if current is None else list(current.split())


def iter_mbox(path: Path) -> Iterator[Entry]:
    """(offset of the "From " line, that line, message bytes) for each message.

    The bytes are everything between one separator line and the next, with mboxrd
    quoting undone; the blank line before the next separator stays with the message,
    as other mbox splitters keep it.
    """
    with path.open("rb") as handle:
        yield from iter_mbox_lines(handle)


def iter_mmdf(path: Path) -> Iterator[Entry]:
    """As iter_mbox, for an MMDF mailbox: (offset of the line that opens the message, "",
    the message's bytes)."""
    with path.open("rb") as handle:
        yield from iter_mmdf_lines(handle)


def iter_mmdf_lines(lines: Iterable[bytes]) -> Iterator[Entry]:
    """As iter_mmdf, from the mailbox's lines. Every separator line ends what came before
    it: text outside a pair of them, or a message whose closing line is missing, is handed
    on too, as a message of its own; nothing is left out but blank lines."""
    offset = start = 0
    message: list[bytes] = []
    for line in lines:
        if line.rstrip(b"\r\n") == MMDF_SEPARATOR:
            if any(part.strip() for part in message):
                yield start, "", b"".join(message)
            start, message = offset, []
        else:
            message.append(line)
        offset += len(line)
    if any(part.strip() for part in message):
        yield start, "", b"".join(message)


def iter_mbox_lines(lines: Iterable[bytes]) -> Iterator[Entry]:
    """As iter_mbox, from the mbox's lines (a file's, or a ZIP member's as it unpacks)."""
    splitter = _Splitter()
    for line in lines:
        if done := splitter.take(line):
            yield from done
    yield from splitter.finish()
