# SPDX-License-Identifier: GPL-3.0-or-later
"""The quarantine tried again: each quarantined message goes through the import once more,
as if found where it was found. A newer version may read what an older one could not, and
a message quarantined because parsing it took too long on a busy computer may go through
now. One that is read becomes a message (with its place, and its folder where the
quarantine knew it) and leaves the quarantine, its bytes now kept as its original; one that
is not stays, as it was.

An item of an Outlook data file is not tried again: what the quarantine keeps of it is what
could be salvaged when it could not be converted, and reading that as mail would pass it off
as the item."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import delete, func, select

from correspondence_app.domain.message import DateSource
from correspondence_app.importers import pipeline
from correspondence_app.importers.base import RawItem, SourceTally
from correspondence_app.storage.compression import decompress
from correspondence_app.storage.tables import Original, QuarantineItem, SourceKind

if TYPE_CHECKING:
    import threading
    from collections.abc import Iterator, Sequence

    from sqlalchemy import Engine

    from correspondence_app.importers.base import ImportReport, ProgressSink, Skipped

TRIED_AT_ONCE = 100  # quarantined messages read from the archive at a time
SOURCE = "quarantine"  # the import's source, as its report names it


@dataclass(frozen=True)
class RetryReport:
    """What trying the quarantine again did."""

    tried: int
    imported: int  # read now, and stored as messages
    duplicates: int  # stored meanwhile (imported again from elsewhere)
    remaining: int  # in the quarantine now, tried or not
    seconds: float
    cancelled: bool


def retry(
    engine: Engine,
    *,
    progress: ProgressSink | None = None,
    cancel: threading.Event | None = None,
    workers: int | None = None,
) -> tuple[ImportReport, RetryReport]:
    """Imports the quarantined messages again (the caller holds the import lock)."""
    with engine.connect() as connection:
        rows = connection.execute(
            select(QuarantineItem.id, QuarantineItem.size_bytes)
            .where(QuarantineItem.kind.not_in((SourceKind.PST.value, SourceKind.OLM.value)))
            .order_by(QuarantineItem.id)
        ).all()
    ids = [row.id for row in rows]
    report = pipeline.import_items(
        engine,
        _items(engine, ids),
        [SourceTally(SOURCE)],
        sum(row.size_bytes for row in rows),
        progress=progress,
        cancel=cancel,
        workers=workers,
        parse_quarantined=True,
    )
    with engine.begin() as connection:
        for start in range(0, len(ids), TRIED_AT_ONCE):
            connection.execute(
                delete(QuarantineItem).where(
                    QuarantineItem.id.in_(ids[start : start + TRIED_AT_ONCE]),
                    QuarantineItem.sha256.in_(select(Original.sha256)),
                )
            )
        remaining = connection.execute(select(func.count(QuarantineItem.id))).scalar_one()
    return report, RetryReport(
        tried=len(ids),
        imported=report.imported,
        duplicates=report.duplicates,
        remaining=remaining,
        seconds=report.seconds,
        cancelled=report.cancelled,
    )


def _items(engine: Engine, ids: Sequence[int]) -> Iterator[tuple[int, RawItem | Skipped]]:
    """The quarantined messages as the import reads them, a few at a time."""
    for start in range(0, len(ids), TRIED_AT_ONCE):
        with engine.connect() as connection:
            rows = connection.execute(
                select(
                    QuarantineItem.compression,
                    QuarantineItem.data,
                    QuarantineItem.kind,
                    QuarantineItem.location,
                    QuarantineItem.offset,
                    QuarantineItem.folder,
                    QuarantineItem.fallback_date,
                    QuarantineItem.fallback_source,
                )
                .where(QuarantineItem.id.in_(ids[start : start + TRIED_AT_ONCE]))
                .order_by(QuarantineItem.id)
            ).all()
        for row in rows:
            # The date the mailbox or the file gave, for a message without one of its own
            # (none for messages quarantined before the quarantine kept it).
            yield (
                0,
                RawItem(
                    raw=decompress(row.compression, row.data),
                    kind=row.kind,
                    location=row.location,
                    offset=row.offset,
                    folder=row.folder,
                    fallback_date=row.fallback_date,
                    fallback_source=DateSource(row.fallback_source),
                ),
            )
