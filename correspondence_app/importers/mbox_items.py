# SPDX-License-Identifier: GPL-3.0-or-later
"""The raw messages of an mbox, wherever its lines come from: a file, or a member of a ZIP
(a Gmail Takeout archive holds its mail as one mbox) as it unpacks."""

from __future__ import annotations

from typing import TYPE_CHECKING

from correspondence_app.domain.message import DateSource
from correspondence_app.importers import copies, mbox, thunderbird
from correspondence_app.importers.base import RawItem, Skipped

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator

DELETED_IN_THUNDERBIRD = "deleted in Thunderbird, not yet compacted away"


def mbox_items(
    entries: Iterable[tuple[int, str, bytes]], *, location: str, folder: str, source_index: int
) -> Iterator[RawItem | Skipped]:
    """Each message of the mbox at ``location`` (entries from mbox.iter_mbox or
    iter_mbox_lines) as the import reads it; one Thunderbird deleted is skipped."""
    for offset, envelope, raw in entries:
        if thunderbird.is_expunged(raw):
            where = f"{location} (at byte {offset})"
            yield Skipped(where, DELETED_IN_THUNDERBIRD, location, offset)
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
            identity=saved_copy_identity(mbox.without_separator(raw)),
        )


def mailbox_items(
    lines: Iterable[bytes], *, is_mmdf: bool, location: str, folder: str, source_index: int
) -> Iterator[RawItem | Skipped]:
    """As mbox_items, from the mailbox's lines (as a packed file unpacks, or in memory): an
    mbox, or with ``is_mmdf`` an MMDF mailbox."""
    entries = mbox.iter_mmdf_lines(lines) if is_mmdf else mbox.iter_mbox_lines(lines)
    return mbox_items(entries, location=location, folder=folder, source_index=source_index)


def saved_copy_identity(raw: bytes) -> bytes:
    """For a message that a mail program saved with fields of its own in front
    (Thunderbird, also in its Maildir store; Gmail Takeout): what it shares with the
    server's copy, which is the same message. b"" for any other."""
    return copies.copy_identity(raw) if copies.is_saved_copy(raw) else b""
