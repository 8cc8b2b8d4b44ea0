# SPDX-License-Identifier: GPL-3.0-or-later
"""Readers that stand for a native library failing on a hostile file, run in a child
process by the isolation tests: kept apart, with no heavy imports, so that the child
starts in a moment even on a loaded machine."""

from __future__ import annotations

import os
import signal
import time
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path


def crashes_after_three(path: Path) -> Iterator[str]:
    for number in range(3):
        yield f"{path.name} {number}"
    os.kill(os.getpid(), signal.SIGSEGV)
    yield "never"


def stalls_after_two(path: Path) -> Iterator[str]:
    yield "one"
    yield "two"
    time.sleep(600)
    yield "never"


def refuses(path: Path) -> Iterator[str]:
    raise OSError(f"{path.name}: not a readable Outlook data file")
    yield "never"
