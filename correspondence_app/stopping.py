# SPDX-License-Identifier: GPL-3.0-or-later
"""The signals that ask the program to stop: Ctrl+C in a terminal, and SIGTERM from the end
of a desktop session, a service manager or `kill`. Shared by the command line, the window
and the import's worker processes."""

from __future__ import annotations

import contextlib
import signal
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable, Iterator
    from types import FrameType

ASKED_TO_STOP = (signal.SIGINT, signal.SIGTERM)


@contextlib.contextmanager
def handling(
    numbers: Iterable[int], handler: Callable[[int, FrameType | None], object]
) -> Iterator[None]:
    """``handler`` for each of these signals, and the previous handlers back afterwards.
    A signal ignored where the program started (Ctrl+C in a background job, SIGHUP under
    nohup) stays ignored."""
    previous = {}
    for number in numbers:
        if signal.getsignal(number) is not signal.SIG_IGN:
            previous[number] = signal.signal(number, handler)
    try:
        yield
    finally:
        for number, handler_before in previous.items():
            signal.signal(number, handler_before)


def leave_to_the_importer() -> None:
    """In an import's worker process: a stop is the importing process's to handle. It stops
    once the messages on their way are stored, and then ends this process."""
    for number in ASKED_TO_STOP:
        signal.signal(number, signal.SIG_IGN)
