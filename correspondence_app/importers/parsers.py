# SPDX-License-Identifier: GPL-3.0-or-later
"""The import's parser processes, each fed through its own pipes.

Each worker is a process of its own with a pipe for jobs and one for results, so the
importing process always knows which chunk a worker held when it ended or stalled. A
message that keeps its worker busy past MESSAGE_TIMEOUT_S, or whose worker ends while
parsing it (a crash on hostile mail, or the out-of-memory killer), is quarantined; that
worker alone is replaced and its other chunks are parsed again. No message can hang or
end an import, and no wait in here is without a time limit.
"""

from __future__ import annotations

import contextlib
import itertools
import multiprocessing
import queue
import threading
from dataclasses import dataclass, field
from multiprocessing.connection import wait
from typing import TYPE_CHECKING

from correspondence_app.importers.prepared import (
    Job,
    PreparedMessage,
    Rejected,
    prepare_chunk,
    serve,
)
from correspondence_app.storage.compression import compress

if TYPE_CHECKING:
    from multiprocessing.connection import Connection
    from multiprocessing.process import BaseProcess

# Normal mail parses in milliseconds; these only end a worker stuck on hostile input.
CHUNK_TIMEOUT_S = 120.0
MESSAGE_TIMEOUT_S = 60.0
CLOSE_TIMEOUT_S = 5.0

Results = list[PreparedMessage | Rejected]


@dataclass(frozen=True)
class Ticket:
    """A chunk handed to a worker: its number, the worker and which start of it."""

    jobs: list[Job]
    number: int
    worker: int
    incarnation: int


Outgoing = queue.SimpleQueue[tuple[int, list[Job]] | None]


@dataclass
class _Worker:
    process: BaseProcess
    results: Connection
    outgoing: Outgoing
    incarnation: int
    pending: int = 0  # chunks sent, results not yet received
    received: dict[int, Results] = field(default_factory=dict)  # by number, not yet asked for
    sender: threading.Thread | None = None


def _send_all(outgoing: Outgoing, jobs: Connection) -> None:
    """Feeds one worker from a thread, so a worker that stops reading never blocks the import."""
    try:
        while True:
            item = outgoing.get()
            jobs.send(item)
            if item is None:
                return
    except OSError:  # the worker ended; whoever waits for its results finds out
        return
    finally:
        jobs.close()


class Parsers:
    """count worker processes (none: parse in this process)."""

    def __init__(self, count: int) -> None:
        self._context = multiprocessing.get_context("spawn")
        self._numbers = itertools.count()
        self._workers = [self._start(0) for _ in range(count)]

    def _start(self, incarnation: int) -> _Worker:
        jobs_in, jobs_out = self._context.Pipe(duplex=False)
        results_in, results_out = self._context.Pipe(duplex=False)
        process = self._context.Process(
            target=serve, args=(jobs_in, results_out), name="import-parser", daemon=True
        )
        process.start()
        jobs_in.close()  # the worker's ends: closed here, so its end is seen at once
        results_out.close()
        outgoing: Outgoing = queue.SimpleQueue()
        worker = _Worker(process, results_in, outgoing, incarnation)
        worker.sender = threading.Thread(
            target=_send_all, args=(outgoing, jobs_out), name="import-feeder", daemon=True
        )
        worker.sender.start()
        return worker

    def submit(self, jobs: list[Job]) -> Ticket | Results:
        """Hands jobs to the least busy worker, or parses them here without workers."""
        if not self._workers or not jobs:
            return prepare_chunk(jobs)
        index = min(range(len(self._workers)), key=lambda i: self._workers[i].pending)
        return self._send(index, jobs)

    def _send(self, index: int, jobs: list[Job]) -> Ticket:
        worker = self._workers[index]
        number = next(self._numbers)
        worker.pending += 1
        worker.outgoing.put((number, jobs))
        return Ticket(jobs, number, index, worker.incarnation)

    def results(self, ticket: Ticket | Results) -> Results:
        """The results of a ticket."""
        if isinstance(ticket, list):
            return ticket
        worker = self._workers[ticket.worker]
        if ticket.number in worker.received:
            return worker.received.pop(ticket.number)
        if worker.incarnation != ticket.incarnation:
            # Lost with a worker replaced because of another chunk: parse it again.
            return self.results(self.submit(ticket.jobs))
        received = self._receive(worker, ticket.number, CHUNK_TIMEOUT_S)
        if received is not None:
            return received
        # The worker ended or stalled (on this chunk or one before it): a new worker
        # parses its messages one by one, so that a bad one is found and the rest kept.
        self._replace(ticket.worker)
        return [self._one(ticket.worker, job) for job in ticket.jobs]

    def _one(self, index: int, job: Job) -> PreparedMessage | Rejected:
        ticket = self._send(index, [job])
        worker = self._workers[index]
        received = self._receive(worker, ticket.number, MESSAGE_TIMEOUT_S)
        if received is not None:
            return received[0]
        if worker.process.is_alive():
            reason = f"parsing took longer than {MESSAGE_TIMEOUT_S:g} s"
        else:
            reason = "the process parsing it ended (a crash on this message)"
        self._replace(index)
        compression, original = compress(job.raw)
        return Rejected(reason, compression, original)

    @staticmethod
    def _receive(worker: _Worker, number: int, timeout_s: float) -> Results | None:
        """Chunk number's results, or None if the worker ended or was silent for timeout_s."""
        while number not in worker.received:
            ready = wait([worker.results, worker.process.sentinel], timeout_s)
            if worker.results not in ready:
                return None
            try:
                answered, results = worker.results.recv()
            except (EOFError, OSError):  # it ended, perhaps in the middle of sending
                return None
            worker.pending -= 1
            worker.received[answered] = results
        return worker.received.pop(number)

    def _replace(self, index: int) -> None:
        old = self._workers[index]
        self._stop(old, kill=True)
        self._workers[index] = self._start(old.incarnation + 1)
        self._workers[index].received = old.received  # answers that arrived before its end

    @staticmethod
    def _stop(worker: _Worker, *, kill: bool) -> None:
        worker.outgoing.put(None)
        if not kill:
            worker.process.join(CLOSE_TIMEOUT_S)
        if worker.process.is_alive():
            worker.process.kill()
        worker.process.join(CLOSE_TIMEOUT_S)
        if worker.sender is not None:
            worker.sender.join(CLOSE_TIMEOUT_S)
        with contextlib.suppress(OSError):
            worker.results.close()
        with contextlib.suppress(ValueError):
            worker.process.close()

    def close(self) -> None:
        for worker in self._workers:
            # One with results nobody will read would not end by itself.
            self._stop(worker, kill=worker.pending > 0)
        self._workers = []
