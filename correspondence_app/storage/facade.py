# SPDX-License-Identifier: GPL-3.0-or-later
"""The base of the archive's parts (people, signs of life, letters): an engine, and the
lock that keeps changes out of a running import's way."""

from __future__ import annotations

import contextlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Callable
    from contextlib import AbstractContextManager

    from sqlalchemy import Engine


class ArchivePart:
    def __init__(
        self,
        engine: Engine,
        exclusive: Callable[[], AbstractContextManager[object]] = contextlib.nullcontext,
    ) -> None:
        """``exclusive``: held while a change adds rows whose ids an import would take too
        (the archive passes its import lock; a change then waits for no import)."""
        self._engine = engine
        self._exclusive = exclusive
