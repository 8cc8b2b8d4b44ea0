# SPDX-License-Identifier: GPL-3.0-or-later
"""What goes to an import worker process and what comes back.

Kept apart from :mod:`prepare`, which loads the parsers (pypdf among them): the importing
process only needs these shapes, and the workers import the parsers themselves.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from correspondence_app import memory, stopping

if TYPE_CHECKING:
    from datetime import datetime
    from multiprocessing.connection import Connection

    from correspondence_app.domain.message import DateSource, ParsedMessage


@dataclass(frozen=True)
class PreparedAttachment:
    filename: str
    content_type: str
    sha256: str
    size_bytes: int
    compression: str
    data: bytes
    is_inline: bool
    content_id: str
    text: str  # found inside, for search


@dataclass(frozen=True)
class Converted:
    """The RFC 822 message an original that is none (an Outlook .msg) was converted to,
    compressed: what the archive shows, searches and exports beside the original."""

    sha256: str  # of the uncompressed message
    size_bytes: int
    compression: str
    data: bytes


@dataclass(frozen=True)
class PreparedMessage:
    """A parsed message (attachment contents moved out) with its compressed original."""

    message: ParsedMessage
    attachments: tuple[PreparedAttachment, ...]
    compression: str
    original: bytes
    language: str  # "de", "en", "ru" or ""
    index_row: dict[str, str]  # the full-text index row
    converted: Converted | None = None  # set when the original is no RFC 822 message


@dataclass(frozen=True)
class Rejected:
    """A message for quarantine: the reason and its compressed original."""

    reason: str
    compression: str
    original: bytes


@dataclass(frozen=True)
class Job:
    raw: bytes
    kind: str
    fallback_date: datetime | None
    fallback_source: DateSource
    folder: str = ""  # the folder or mbox file it was found in, for folder: searches
    labels: tuple[str, ...] = ()  # RawItem.labels, searched as places
    problem: str = ""  # RawItem.problem: quarantined with this reason, never parsed


def prepare_chunk(jobs: list[Job]) -> list[PreparedMessage | Rejected]:
    """Parses several messages in one round trip to a worker process.

    The parsers are imported on the first call, in the worker, so the importing process
    does not carry them.
    """
    from correspondence_app.importers.prepare import prepare_many

    return prepare_many(jobs)


def serve(jobs: Connection, results: Connection) -> None:
    """A worker process: parses each numbered chunk it is sent, answering with the number,
    until it is sent None or the importing process ends (its pipe closes)."""
    stopping.leave_to_the_importer()
    try:
        while (item := jobs.recv()) is not None:
            number, chunk = item
            results.send((number, prepare_chunk(chunk)))
            del item, chunk
            memory.trim()  # a chunk's messages, parts and PDFs are garbage now
    except (EOFError, OSError):
        return
