# SPDX-License-Identifier: GPL-3.0-or-later
"""The raw messages of an mbox, wherever its lines come from: a file, or a member of a ZIP
(a Gmail Takeout archive holds its mail as one mbox) as it unpacks."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from correspondence_app.domain.message import DateSource
from correspondence_app.importers import copies, mbox, thunderbird
from correspondence_app.importers.base import RawItem, Skipped

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator

DELETED_IN_THUNDERBIRD = "deleted in Thunderbird, not yet compacted away"
FOLDER_DATA = "folder data of Alpine or a mail server, not a message"
# The message that Alpine, Pine and the UW IMAP server (and Dovecot, reading their files)
# keep first in an mbox for the folder's numbering and keywords: its subject and field.
_FOLDER_DATA_SUBJECT = re.compile(
    rb"^Subject: DON'T DELETE THIS MESSAGE -- FOLDER INTERNAL DATA\r?$", re.MULTILINE
)
_FOLDER_DATA_FIELD = re.compile(rb"^X-IMAP: ", re.MULTILINE)
FOLDER_DATA_HEADER_BYTES = 8192  # its header is short, its keywords at most a few hundred


def mbox_items(
    entries: Iterable[tuple[int, str, bytes]], *, location: str, folder: str, source_index: int
) -> Iterator[RawItem | Skipped]:
    """Each message of the mbox at ``location`` (entries from mbox.iter_mbox or
    iter_mbox_lines) as the import reads it; one Thunderbird deleted, and the folder's own
    data that Alpine keeps as a message, are skipped."""
    for offset, envelope, raw in entries:
        if thunderbird.is_expunged(raw):
            where = f"{location} (at byte {offset})"
            yield Skipped(where, DELETED_IN_THUNDERBIRD, location, offset)
            continue
        if is_folder_data(raw):
            yield Skipped(f"{location} (at byte {offset})", FOLDER_DATA, location, offset)
            continue
        date = mbox.envelope_date(envelope)
        yield RawItem(
            raw=raw,
            kind="mbox",
            location=location,
            offset=offset,
            folder=folder,
            envelope=envelope,
            fallback_date=date,
            fallback_source=DateSource.ENVELOPE if date else DateSource.NONE,
            source_index=source_index,
            identity=copies.mailbox_copy_identity(mbox.without_separator(raw)),
        )


def mailbox_items(
    lines: Iterable[bytes], *, is_mmdf: bool, location: str, folder: str, source_index: int
) -> Iterator[RawItem | Skipped]:
    """As mbox_items, from the mailbox's lines (as a packed file unpacks, or in memory): an
    mbox, or with ``is_mmdf`` an MMDF mailbox."""
    entries = mbox.iter_mmdf_lines(lines) if is_mmdf else mbox.iter_mbox_lines(lines)
    return mbox_items(entries, location=location, folder=folder, source_index=source_index)


def is_folder_data(raw: bytes) -> bool:
    """Whether the message is the one in which Alpine or an IMAP server keeps the folder's
    own data (its subject says not to delete it), not mail."""
    start = raw[:FOLDER_DATA_HEADER_BYTES]
    return bool(_FOLDER_DATA_SUBJECT.search(start) and _FOLDER_DATA_FIELD.search(start))
