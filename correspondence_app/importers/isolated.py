# SPDX-License-Identifier: GPL-3.0-or-later
"""Reading a file with native code in a process of its own, item by item.

libpff (Outlook .pst/.ost files) is C code reading a file someone else made: a damaged
or hostile file could crash it or make it loop. Read in a child process, a crash or a
stall ends only the reading of that file: the items read before it are imported, and the
import goes on with the next file.
"""

from __future__ import annotations

import multiprocessing
from multiprocessing.connection import wait
from typing import TYPE_CHECKING, Any

from correspondence_app import stopping

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable, Iterator
    from multiprocessing.connection import Connection
    from pathlib import Path

# Reading one item of a healthy file takes milliseconds; this only ends a stuck reader.
ITEM_TIMEOUT_S = 120.0
_ITEM, _END, _FAILED = "item", "end", "failed"


class ReaderEndedError(OSError):
    """The reading process crashed or stalled; the items before were delivered."""


def iter_isolated[Item](
    read: Callable[[Path], Iterable[Item]], path: Path, *, item_timeout_s: float = ITEM_TIMEOUT_S
) -> Iterator[Item]:
    """``read(path)``'s items, read in a child process. An OSError it raises is raised
    here with its message; a crash or a stall raises ReaderEndedError."""
    context = multiprocessing.get_context("spawn")
    receiving, sending = context.Pipe(duplex=False)
    process = context.Process(
        target=_produce, args=(read, path, sending), name="file-reader", daemon=True
    )
    process.start()
    sending.close()  # the child's end: closed here, so its end is seen at once
    delivered = 0
    try:
        while True:
            ready = wait([receiving, process.sentinel], item_timeout_s)
            message: tuple[str, Any] | None = None
            if receiving in ready:
                try:
                    message = receiving.recv()
                except (EOFError, OSError):
                    message = None
            if message is None:
                if process.is_alive() and not ready:
                    reason = f"reading stalled for {item_timeout_s:g} s"
                else:
                    reason = "the reader crashed"
                raise ReaderEndedError(f"{reason} after {delivered} items")
            kind, value = message
            if kind == _END:
                return
            if kind == _FAILED:
                raise OSError(value)
            delivered += 1
            yield value
    finally:
        if process.is_alive():
            process.kill()
        process.join(5)
        receiving.close()


def _produce(read: Callable[[Path], Iterable[Any]], path: Path, sending: Connection) -> None:
    """The child: sends each item (waiting while the importer is busy), then the end."""
    stopping.leave_to_the_importer()
    try:
        for item in read(path):
            sending.send((_ITEM, item))
    except OSError as error:
        sending.send((_FAILED, str(error)))
    else:
        sending.send((_END, None))
    finally:
        sending.close()
