# SPDX-License-Identifier: GPL-3.0-or-later
"""The C library's memory allocator, told to keep less (glibc only; elsewhere no-ops).

An import reads, parses and writes in several threads, and glibc gives each thread an
allocation arena of its own that keeps what was freed in it. Two arenas serve the import
as fast and keep the process tens of megabytes smaller.
"""

from __future__ import annotations

import contextlib
import ctypes
import functools
import gc

_M_ARENA_MAX = -8  # mallopt() parameter, from glibc's malloc.h
IMPORT_ARENAS = 2


@functools.cache  # trim() runs after every chunk an import parses
def _libc() -> ctypes.CDLL | None:
    try:
        return ctypes.CDLL("libc.so.6")
    except OSError:
        return None


def limit_arenas(arenas: int = IMPORT_ARENAS) -> None:
    """At most this many allocation arenas for the threads started from now on."""
    libc = _libc()
    if libc is not None:
        with contextlib.suppress(AttributeError):
            libc.mallopt(_M_ARENA_MAX, arenas)


def release_free_memory() -> None:
    """Collects garbage and hands the allocator's free memory back to the system."""
    gc.collect()
    trim()


def trim() -> None:
    """Hands the allocator's free memory back to the system (no garbage collection)."""
    libc = _libc()
    if libc is not None:
        with contextlib.suppress(AttributeError):
            libc.malloc_trim(0)
