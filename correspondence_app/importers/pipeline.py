# SPDX-License-Identifier: GPL-3.0-or-later
"""The import pipeline: read sources, parse in worker processes, write in batches."""

from __future__ import annotations

import contextlib
import dataclasses
import hashlib
import os
import queue
import re
import threading
import time
from collections import deque
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from correspondence_app import memory
from correspondence_app.importers import sources
from correspondence_app.importers.base import (
    ImportReport,
    ProgressSink,
    RawItem,
    Skipped,
    SourceTally,
)
from correspondence_app.importers.parsers import Parsers, Results, Ticket
from correspondence_app.importers.prepared import Job, PreparedMessage
from correspondence_app.storage.tables import ImportStatus
from correspondence_app.storage.writer import ImportWriter

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator, Mapping, Sequence

    from sqlalchemy import Engine

CHUNK_ITEMS = 48
CHUNK_BYTES = 2 * 1024 * 1024
# Below this much input, starting worker processes costs more than it saves.
WORKERS_FROM_BYTES = 4 * 1024 * 1024
PROGRESS_INTERVAL_S = 0.1
READ_AHEAD_CHUNKS = 2
SEEN_LIMIT = 20_000
# Bytes of a file name that are no UTF-8, as os.fsdecode() passes them on.
_SURROGATES = re.compile("[\ud800-\udfff]")


@dataclass
class _Entry:
    """An item of a chunk: parse it (index into the job list) or it is a duplicate."""

    item: RawItem
    digest: bytes  # SHA-256 of the raw bytes
    job_index: int  # -1: no parse needed


@dataclass
class _Chunk:
    entries: list[_Entry]
    ticket: Ticket | Results


def import_paths(
    engine: Engine,
    paths: Sequence[Path],
    *,
    progress: ProgressSink | None = None,
    cancel: threading.Event | None = None,
    workers: int | None = None,
    archive_folder: Path | None = None,
    passwords: Mapping[Path, str] | None = None,
) -> ImportReport:
    """Imports every message under paths (an encrypted ZIP with its password in
    ``passwords``); raises sources.SourceError for a missing path."""
    tallies = [SourceTally(str(path)) for path in paths]
    known = {Path(os.path.abspath(path)): password for path, password in (passwords or {}).items()}
    total_bytes = 0
    for file in sources.iter_planned(paths, exclude=archive_folder):
        total_bytes += file.size_bytes
        tallies[file.source_index].files += 1

    def items() -> Iterator[tuple[int, RawItem | Skipped]]:
        # Walked again while reading: the names of 100,000 files are not kept meanwhile.
        for file in sources.iter_planned(paths, exclude=archive_folder):
            for item in sources.iter_items(file, known):
                yield file.source_index, _with_storable_names(item)

    return import_items(
        engine, items(), tallies, total_bytes, progress=progress, cancel=cancel, workers=workers
    )


def _with_storable_names(item: RawItem | Skipped) -> RawItem | Skipped:
    """File and folder names that are no UTF-8 (the file system's bytes, surrogate-escaped)
    made text the database takes: one such name would end the import."""
    if isinstance(item, Skipped):
        return item
    location = _SURROGATES.sub("\ufffd", item.location)
    folder = _SURROGATES.sub("\ufffd", item.folder)
    if location == item.location and folder == item.folder:
        return item
    return dataclasses.replace(item, location=location, folder=folder)


def import_items(
    engine: Engine,
    items: Iterator[tuple[int, RawItem | Skipped]],
    tallies: list[SourceTally],
    total_bytes: int,
    *,
    progress: ProgressSink | None = None,
    cancel: threading.Event | None = None,
    workers: int | None = None,
    parse_quarantined: bool = False,
) -> ImportReport:
    """Stores raw messages from any source, each with the index of its tally
    (``parse_quarantined``: see ImportWriter).

    items is read in a thread of its own, ahead of the parsing. If reading fails (a file
    system error, a dropped connection), what was read before is stored and the error is
    raised: a run interrupted like this is completed by the next one.
    """
    started = time.monotonic()
    cancel = cancel or threading.Event()
    memory.limit_arenas()  # before the reading and writing threads start
    writer = ImportWriter(engine, parse_quarantined=parse_quarantined)
    reporter = _Reporter(progress, total_bytes, started)
    worker_count = workers if workers is not None else min(2, os.cpu_count() or 1)
    if total_bytes < WORKERS_FROM_BYTES:
        worker_count = 0
    parsers = Parsers(worker_count)
    status = ImportStatus.FAILED
    try:
        in_flight: deque[_Chunk] = deque()
        in_flight_limit = worker_count + 2 if worker_count else 0
        reading = _Reading(_read_ahead(_chunks(items, tallies, writer), cancel))
        for chunk in reading:
            jobs = [
                Job(
                    e.item.raw,
                    e.item.kind,
                    e.item.fallback_date,
                    e.item.fallback_source,
                    e.item.folder,
                    e.item.labels,
                    e.item.problem,
                )
                for e in chunk
                if e.job_index >= 0
            ]
            in_flight.append(_Chunk(chunk, parsers.submit(jobs)))
            while len(in_flight) > in_flight_limit:
                _store(in_flight.popleft(), parsers, writer, tallies, reporter)
        while in_flight:
            _store(in_flight.popleft(), parsers, writer, tallies, reporter)
        if reading.failure is not None:
            raise reading.failure
        status = ImportStatus.CANCELLED if cancel.is_set() else ImportStatus.FINISHED
    finally:
        parsers.close()
        writer.finish(status)
    reporter.finish()
    return ImportReport(
        imported=writer.imported,
        duplicates=writer.duplicates,
        quarantined=writer.quarantined,
        seconds=time.monotonic() - started,
        bytes_read=reporter.done_bytes,
        cancelled=status is ImportStatus.CANCELLED,
        sources=tuple(tallies),
    )


class _Reading:
    """The chunks as read; a failure to read ends them and is kept, to be raised once the
    chunks read before it are stored."""

    def __init__(self, chunks: Iterator[list[_Entry]]) -> None:
        self._chunks = chunks
        self.failure: Exception | None = None

    def __iter__(self) -> Iterator[list[_Entry]]:
        try:
            yield from self._chunks
        except Exception as error:  # raised by the caller once the chunks before are stored
            self.failure = error


def _read_ahead(chunks: Iterator[list[_Entry]], cancel: threading.Event) -> Iterator[list[_Entry]]:
    """Reads and hashes the next chunks in a thread, so waiting for the disk overlaps parsing."""
    ready: queue.Queue[list[_Entry] | BaseException | None] = queue.Queue(READ_AHEAD_CHUNKS)
    stop = threading.Event()

    def read() -> None:
        try:
            for chunk in chunks:
                while not stop.is_set():
                    try:
                        ready.put(chunk, timeout=0.1)
                        break
                    except queue.Full:
                        continue
                if stop.is_set():
                    return
            ready.put(None)
        except BaseException as error:  # handed to the importing thread, which reports it
            ready.put(error)

    reader = threading.Thread(target=read, name="import-reader", daemon=True)
    reader.start()
    try:
        while not cancel.is_set():
            chunk = ready.get()
            if chunk is None:
                return
            if isinstance(chunk, BaseException):
                raise chunk
            yield chunk
    finally:
        stop.set()
        while reader.is_alive():
            with contextlib.suppress(queue.Empty):
                ready.get(timeout=0.1)
        reader.join()


def _chunks(
    items: Iterable[tuple[int, RawItem | Skipped]],
    tallies: list[SourceTally],
    writer: ImportWriter,
) -> Iterator[list[_Entry]]:
    """Groups raw items for the workers, marking the ones already known (no parse needed)."""
    chunk: list[_Entry] = []
    chunk_bytes = 0
    seen_in_flight: set[bytes] = set()
    jobs = 0
    try:
        for source_index, item in items:
            if isinstance(item, Skipped):
                tallies[source_index].skipped.append(item)
                continue
            digest = hashlib.sha256(item.raw).digest()
            keys = (digest, item.identity) if item.identity else (digest,)
            needs_parse = not writer.is_known(*keys) and seen_in_flight.isdisjoint(keys)
            if needs_parse:
                # Only saves parsing a copy twice (the store checks again): keep it small.
                if len(seen_in_flight) >= SEEN_LIMIT:
                    seen_in_flight.clear()
                seen_in_flight.update(keys)
            chunk.append(_Entry(item, digest, jobs if needs_parse else -1))
            jobs += needs_parse
            chunk_bytes += len(item.raw)
            if len(chunk) >= CHUNK_ITEMS or chunk_bytes >= CHUNK_BYTES:
                yield chunk
                chunk, chunk_bytes, jobs = [], 0, 0
    except Exception:
        if chunk:  # what was read before the failure is stored too, then it is raised
            yield chunk
        raise
    if chunk:
        yield chunk


def _store(
    chunk: _Chunk,
    parsers: Parsers,
    writer: ImportWriter,
    tallies: list[SourceTally],
    reporter: _Reporter,
) -> None:
    results = parsers.results(chunk.ticket)
    reasons: dict[bytes, str] = {}
    for entry in chunk.entries:
        item, tally = entry.item, tallies[entry.item.source_index]
        # A copy parsed before its twin was stored is still a duplicate.
        if entry.job_index >= 0 and not writer.is_known(entry.digest, item.identity):
            result = results[entry.job_index]
            if isinstance(result, PreparedMessage):
                writer.add_message(item, entry.digest, result)
                tally.imported += 1
            else:
                writer.add_rejected(item, entry.digest, result)
                reasons[entry.digest] = result.reason
                tally.quarantined += 1
        elif writer.add_duplicate(item, entry.digest):
            tally.duplicates += 1
        else:
            writer.add_requarantined(item, entry.digest, reasons.get(entry.digest, ""))
            tally.quarantined += 1
        reporter.advance(len(item.raw), writer.imported + writer.duplicates + writer.quarantined)


class _Reporter:
    """Throttles progress reports and words them: messages, rate, MB/s and time left."""

    def __init__(self, sink: ProgressSink | None, total_bytes: int, started: float) -> None:
        self._sink = sink
        self._total = total_bytes
        self._started = started
        self._last = 0.0
        self.done_bytes = 0
        self._messages = 0

    def advance(self, size_bytes: int, messages: int) -> None:
        self.done_bytes += size_bytes
        self._messages = messages
        now = time.monotonic()
        if now - self._last >= PROGRESS_INTERVAL_S:
            self._last = now
            self._report(now)

    def _report(self, now: float) -> None:
        elapsed = max(now - self._started, 1e-6)
        rate = self._messages / elapsed
        mb_s = self.done_bytes / elapsed / 1e6
        note = f"{self._messages} messages, {rate:.0f}/s, {mb_s:.1f} MB/s"
        if self._total and self.done_bytes:
            left_s = (self._total - self.done_bytes) * elapsed / self.done_bytes
            note += f", about {max(left_s, 0):.0f} s left"
        if self._sink is not None:
            self._sink(
                min(self.done_bytes, self._total), self._total, note, messages=self._messages
            )

    def finish(self) -> None:
        self.done_bytes = max(self.done_bytes, self._total)
        self._report(time.monotonic())
