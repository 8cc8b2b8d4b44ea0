# SPDX-License-Identifier: GPL-3.0-or-later
"""One row per message for a spreadsheet: date, sender, recipients, subject, conversation,
tags, the original's SHA-256 and whether the user added a note."""

from __future__ import annotations

import csv
from typing import TYPE_CHECKING

from correspondence_app.export.source import ExportCancelled

if TYPE_CHECKING:
    import threading
    from collections.abc import Callable
    from pathlib import Path

    from correspondence_app.export.source import ExportSource

CSV_NAME = "messages.csv"
_FORMULA_STARTS = frozenset("=+-@")
# C0 controls and DEL go; a tab, CR or LF becomes a space, which keeps words apart and lets
# _cell look past it for a formula (spreadsheets trim such a start before they look).
_CONTROLS = {code: None for code in (*range(0x20), 0x7F)} | dict.fromkeys(map(ord, "\t\n\r"), " ")
COLUMNS = (
    "date",
    "from",
    "to",
    "cc",
    "subject",
    "thread",
    "tags",
    "sha256",
    "note",
    "message_id",
    "date_source",  # header, or where a date without a usable Date field came from
)


def write_csv(
    source: ExportSource,
    folder: Path,
    *,
    progress: Callable[[int, int], None] | None = None,
    cancel: threading.Event | None = None,
) -> dict[int, str]:
    """``messages.csv`` (UTF-8 with a byte order mark, which spreadsheet programs need to
    read umlauts and Cyrillic); no original is in it, so no message has a file."""
    done = 0
    with open(folder / CSV_NAME, "w", encoding="utf-8-sig", newline="") as stream:
        writer = csv.writer(stream)
        writer.writerow(COLUMNS)
        batch = []
        for item in source.items():
            batch.append(item)
            if len(batch) == 200:
                done = _rows(source, writer, batch, done, progress, cancel)
                batch = []
        _rows(source, writer, batch, done, progress, cancel)
    return {}


def _rows(
    source: ExportSource,
    writer: csv.Writer,  # type: ignore[name-defined]
    batch: list,  # type: ignore[type-arg]
    done: int,
    progress: Callable[[int, int], None] | None,
    cancel: threading.Event | None,
) -> int:
    tags = source.tags([item.id for item in batch])
    for item in batch:
        if cancel is not None and cancel.is_set():
            raise ExportCancelled
        detail = source.detail(item.id)
        when = item.local_date
        row = (
            when.isoformat() if when is not None else "",
            item.sender,
            "; ".join(detail.to),
            "; ".join(detail.cc),
            item.subject,
            str(item.thread_id or ""),
            "; ".join(tags.get(item.id, ())),
            item.sha256,
            "yes" if source.notes(item.id) else "no",
            item.message_id,
            item.date_source,
        )
        writer.writerow([_cell(text) for text in row])  # every column: all come from mail
        done += 1
        if progress is not None:
            progress(done, len(source))
    return done


def _cell(text: str) -> str:
    """A text a spreadsheet shows as text: no control character (a tab or line break becomes
    a space, the others go), and never read as a formula: a text that starts with = + - or
    @, after any spaces, gets a leading apostrophe."""
    text = text.translate(_CONTROLS)
    return f"'{text}" if text.lstrip(" ")[:1] in _FORMULA_STARTS else text
