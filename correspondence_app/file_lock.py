# SPDX-License-Identifier: GPL-3.0-or-later
"""A lock on a file that another process, or another part of this one, may hold too:
``flock`` on Linux and macOS, ``LockFileEx`` on Windows (through ``portalocker``). Taken
without waiting; closing the file lets it go, also when the process ends."""

from __future__ import annotations

import contextlib
import os
from typing import TYPE_CHECKING

import portalocker

if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path


class LockTaken(Exception):  # noqa: N818 (a state, said by the caller in its own words)
    """Someone holds the lock (exclusively, or shared when an exclusive one was asked for)."""


@contextlib.contextmanager
def locked(path: Path, *, shared: bool = False) -> Iterator[None]:
    """Holds the lock of ``path`` (made if missing, for this user alone) while inside:
    ``shared`` with other shared holders, else alone. Raises LockTaken at once if it
    cannot be had."""
    descriptor = os.open(path, os.O_CREAT | os.O_RDWR, 0o600)
    with os.fdopen(descriptor, "r+b") as handle:
        kind = portalocker.LockFlags.SHARED if shared else portalocker.LockFlags.EXCLUSIVE
        try:
            portalocker.lock(handle, kind | portalocker.LockFlags.NON_BLOCKING)
        except portalocker.AlreadyLocked:
            raise LockTaken(str(path)) from None
        yield
