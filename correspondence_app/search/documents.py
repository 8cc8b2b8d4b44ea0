# SPDX-License-Identifier: GPL-3.0-or-later
"""What the full-text index stores for one message: its fields as words and keys.

The same function serves the import (in its worker processes) and ``reindex``, so
the two always agree.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from correspondence_app.domain.message import AddressRole
from correspondence_app.search.normalise import (
    ATTACHMENT_KEY,
    address_key,
    detect_language,
    document_terms,
    place_keys,
)

if TYPE_CHECKING:
    from collections.abc import Iterable

    from correspondence_app.domain.message import MailAddress

MAX_INDEXED_CHARS = 1_000_000  # per field: a huge body is indexed from its start

# The header each search field takes its addresses from.
_SENDER_ROLES = frozenset({AddressRole.FROM, AddressRole.SENDER, AddressRole.REPLY_TO})
_RECIPIENT_ROLES = frozenset({AddressRole.TO, AddressRole.BCC})
# Fields written in sentences; the others are lists of names, addresses and file names.
_PROSE_FIELDS = frozenset({"subject", "body", "attachments"})


@dataclass(frozen=True)
class SearchFields:
    """A message's searchable text, one string per field of the query language."""

    subject: str
    sender: str
    recipients: str  # To and Bcc; "to:" also looks in cc
    cc: str
    body: str
    filenames: str
    attachments: str  # text found inside the attachments
    # The whole addresses of the sender, recipients and cc fields, for their keys.
    sender_addresses: tuple[str, ...] = ()
    recipient_addresses: tuple[str, ...] = ()
    cc_addresses: tuple[str, ...] = ()
    has_attachments: bool = False
    places: tuple[str, ...] = ()  # folders, mbox files and labels it was found in

    @classmethod
    def of(
        cls,
        subject: str,
        addresses: Iterable[tuple[AddressRole, MailAddress]],
        body: str,
        filenames: Iterable[str],
        attachment_texts: Iterable[str],
        places: Iterable[str] = (),
    ) -> SearchFields:
        people: dict[str, list[str]] = {"sender": [], "recipients": [], "cc": []}
        whole: dict[str, list[str]] = {"sender": [], "recipients": [], "cc": []}
        for role, address in addresses:
            if role in _SENDER_ROLES:
                field = "sender"
            elif role in _RECIPIENT_ROLES:
                field = "recipients"
            else:
                field = "cc"
            people[field].append(f"{address.name} {address.address}")
            whole[field].append(address.address)
        names = list(filenames)
        return cls(
            subject=subject,
            sender="\n".join(people["sender"]),
            recipients="\n".join(people["recipients"]),
            cc="\n".join(people["cc"]),
            body=body,
            filenames="\n".join(names),
            attachments="\n".join(text for text in attachment_texts if text),
            sender_addresses=tuple(whole["sender"]),
            recipient_addresses=tuple(whole["recipients"]),
            cc_addresses=tuple(whole["cc"]),
            has_attachments=bool(names),
            places=tuple(place for place in places if place),
        )


def message_language(fields: SearchFields) -> str:
    """``"de"``, ``"en"``, ``"ru"`` or ``""``, from the subject and the text."""
    return detect_language(f"{fields.subject}\n{fields.body}\n{fields.attachments}") or ""


def index_row(fields: SearchFields, language: str) -> dict[str, str]:
    """The FTS5 row: for each field a words column and a ``_keys`` column.

    ``language`` "" (unknown) stems each word as its script suggests, as queries do.
    """
    lang = language or None
    extra = {
        "sender": [address_key(a) for a in fields.sender_addresses],
        "recipients": [address_key(a) for a in fields.recipient_addresses],
        "cc": [address_key(a) for a in fields.cc_addresses],
        # The message's other keys: its flags and places.
        "filenames": ([ATTACHMENT_KEY] if fields.has_attachments else [])
        + place_keys(fields.places),
    }
    row: dict[str, str] = {}
    for name in ("subject", "sender", "recipients", "cc", "body", "filenames", "attachments"):
        text = getattr(fields, name)[:MAX_INDEXED_CHARS]
        words, keys = document_terms(text, lang, prose=name in _PROSE_FIELDS)
        row[name] = " ".join(words)
        row[f"{name}_keys"] = " ".join(keys + extra.get(name, []))
    return row
