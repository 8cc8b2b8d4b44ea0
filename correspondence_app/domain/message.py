# SPDX-License-Identifier: GPL-3.0-or-later
"""What the importers extract from one message, before it is stored."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from datetime import datetime


class AddressRole(enum.IntEnum):
    """The header an address was found in."""

    FROM = 1
    TO = 2
    CC = 3
    BCC = 4
    REPLY_TO = 5
    SENDER = 6


class DateSource(enum.Enum):
    """Where a message's date came from; anything but HEADER is inferred."""

    HEADER = "header"
    RECEIVED = "received"
    ENVELOPE = "envelope"  # the mbox "From " line or the Maildir file name
    FILE = "file"  # the file's modification time
    NONE = "none"


# Dates that are no date of the message's own: a file's modification time, or none. The
# signs of life, the people's last contact and an export's date range leave them out.
UNTRUSTED_DATE_SOURCES = (DateSource.FILE.value, DateSource.NONE.value)


@dataclass(frozen=True)
class MailAddress:
    """A normalised address (lower-case domain) with the display name written beside it."""

    address: str
    name: str = ""


@dataclass(frozen=True)
class ParsedAttachment:
    """A leaf MIME part that is not the message's text or HTML body."""

    filename: str
    content_type: str
    content: bytes
    sha256: str
    is_inline: bool = False
    content_id: str = ""
    # The bytes were rebuilt from the parsed form (an attached message), not decoded from
    # the original's bytes: another version of the mail parser may rebuild them otherwise.
    rebuilt: bool = False


@dataclass(frozen=True)
class ParsedMessage:
    """Everything the archive stores about a message besides its original bytes."""

    message_id: str  # without angle brackets; "" when missing
    date_at: datetime | None  # aware, UTC
    date_offset_minutes: int | None  # the offset written in the Date header
    date_source: DateSource
    subject: str
    addresses: tuple[tuple[AddressRole, MailAddress], ...]
    in_reply_to: str
    references: tuple[str, ...]
    text: str
    html: str
    attachments: tuple[ParsedAttachment, ...]
    labels: tuple[str, ...] = ()  # Gmail's X-Gmail-Labels
    defects: tuple[str, ...] = field(default=())

    @property
    def is_date_inferred(self) -> bool:
        return self.date_source is not DateSource.HEADER

    def addresses_in(self, role: AddressRole) -> tuple[MailAddress, ...]:
        return tuple(address for r, address in self.addresses if r is role)


class MessageRejected(Exception):  # noqa: N818 (a verdict, not an error)
    """A message that cannot be stored as parsed mail; it goes to quarantine with the reason."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason
