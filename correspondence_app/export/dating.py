# SPDX-License-Identifier: GPL-3.0-or-later
"""Where a message's date came from, as the PDF and HTML exports say it. A message without
a usable Date field is dated by what the import found instead: a mail server's Received
field, the mailbox's envelope, or at worst the file's modification time, which is no date
of the message's own. A lawyer reading a dossier must see which is which, and a file's time
must not stretch the date range on its cover."""

from __future__ import annotations

from typing import TYPE_CHECKING

from correspondence_app.domain.message import UNTRUSTED_DATE_SOURCES, DateSource
from correspondence_app.export.words import say

if TYPE_CHECKING:
    from collections.abc import Sequence

    from correspondence_app.export.source import ExportItem

# Beside a date that came from elsewhere than the message's Date field.
NOTES = {
    DateSource.RECEIVED.value: (
        "(no usable Date field: the date is when a mail server received the message)"
    ),
    DateSource.ENVELOPE.value: (
        "(no usable Date field: the date is the delivery time its mailbox file gives)"
    ),
    DateSource.FILE.value: (
        "(no usable Date field: the date is the modification time of the file it was "
        "imported from, not the message's own)"
    ),
}
# The cover's line for the messages whose date is no date of their own.
WITHOUT_OWN_DATE = "Without a date of their own"


def note(date_source: str) -> str:
    """What to say beside a date from ``date_source``, in the export's language; "" for a
    Date field's (or for no date at all, which is said as undated)."""
    return say(NOTES[date_source]) if date_source in NOTES else ""


def is_own(item: ExportItem) -> bool:
    """The item's date is the message's own: it has one, and not only a file's time."""
    return item.date_at is not None and item.date_source not in UNTRUSTED_DATE_SOURCES


def own_dates(items: Sequence[ExportItem]) -> tuple[list[ExportItem], int]:
    """The items with a date of their own, in their order, and how many have none."""
    dated = [item for item in items if is_own(item)]
    return dated, len(items) - len(dated)
