# SPDX-License-Identifier: GPL-3.0-or-later
"""What every importer yields: raw messages with where they were found."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Protocol

from correspondence_app.domain.message import DateSource

if TYPE_CHECKING:
    from datetime import datetime


class ProgressSink(Protocol):
    """Progress reports; total 0 means unknown. The note is a short English line for the
    command line; a window words its own from ``messages`` (stored so far)."""

    def __call__(self, done: int, total: int, note: str, /, *, messages: int = 0) -> None: ...


class FileFormat(enum.Enum):
    MBOX = "mbox"
    MMDF = "mmdf"  # a mailbox of messages between lines of four ^A (importers.mbox)
    EML = "eml"
    OUTLOOK = "outlook"  # a .msg file (OLE2)
    PST = "pst"  # an Outlook data file, .pst or .ost
    EMLX = "emlx"  # a message in Apple Mail's store (importers.apple_mail)
    ZIP = "zip"  # its .eml and .msg members are read (importers.zip_source)
    TAR = "tar"  # a tar archive, also packed with gzip or xz (importers.tar_source)
    PACKED = "packed"  # a mailbox or message packed alone: gzip, bzip2, xz (packed_source)
    NOT_MAIL = "not-mail"


@dataclass(frozen=True)
class RawItem:
    """One message's bytes exactly as found, and its location."""

    raw: bytes
    kind: str  # tables.SourceKind value
    location: str  # absolute path of the file
    offset: int = -1  # byte offset of the "From " line in an mbox
    folder: str = ""
    flags: str = ""
    envelope: str = ""
    fallback_date: datetime | None = None
    fallback_source: DateSource = DateSource.NONE
    source_index: int = 0  # which of the paths given to the import it came from
    labels: tuple[str, ...] = ()  # given by the source, e.g. Gmail's labels over IMAP
    # Set when it was found but cannot be read as mail: it goes to quarantine, kept whole,
    # with this reason (an item of an Outlook file that cannot be converted, say).
    problem: str = ""
    # A digest that knows the message again where its bytes may differ: an item of an
    # Outlook data file however it is converted (outlook_pst), a mail from a server in the
    # copy a mail program saved of it (copies); b"" if the bytes alone say it.
    identity: bytes = b""


@dataclass(frozen=True)
class Skipped:
    """A file, or an item inside one, that was not read as mail, with the reason (not a
    mail file, unreadable, ...)."""

    path: str  # the file, and the item inside it if any: "/m/a.pst (Calendar: Termin)"
    reason: str
    file: str = ""  # the file alone, when path names an item inside it
    offset: int = -1  # where the item starts in the file, for an mbox file's message


@dataclass
class SourceTally:
    """Counts for one of the paths given to an import."""

    path: str
    imported: int = 0
    duplicates: int = 0
    quarantined: int = 0
    files: int = 0
    skipped: list[Skipped] = field(default_factory=list)

    @property
    def items(self) -> int:
        return self.imported + self.duplicates + self.quarantined


@dataclass(frozen=True)
class ImportReport:
    imported: int
    duplicates: int
    quarantined: int
    seconds: float
    bytes_read: int
    cancelled: bool
    sources: tuple[SourceTally, ...]
    problems: tuple[str, ...] = ()
    thread_seconds: float = 0.0  # threading the new messages, after they were stored
    tagged: int = 0  # new messages that the rules gave tags

    @property
    def skipped(self) -> tuple[Skipped, ...]:
        return tuple(item for source in self.sources for item in source.skipped)

    @property
    def rate(self) -> tuple[float, int] | None:
        """The messages stored per second, and how many decimals to show it with: one
        below 10, so that one large message in 4.8 s is 0.2 messages/s, not 0. None for
        an import that stored nothing new."""
        if not self.imported or self.seconds <= 0:
            return None
        per_s = self.imported / self.seconds
        return per_s, 0 if per_s >= 10 else 1
