# SPDX-License-Identifier: GPL-3.0-or-later
"""What making, checking and restoring backups share: their errors, throttled progress with
cancelling, and file hashing that reads back from the disk, not from the page cache."""

from __future__ import annotations

import contextlib
import errno
import hashlib
import os
import time
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import threading
    from pathlib import Path

    from correspondence_app.importers.base import ProgressSink

CHUNK_BYTES = 1 << 20
PROGRESS_INTERVAL_S = 0.1
# Failures of the place written to that the user can act on: say so in words.
_PLACE_ERRORS = {
    errno.ENOSPC: "the disk is full",
    errno.EDQUOT: "the disk quota is used up",
    errno.EFBIG: "the file is larger than this disk or system allows",
    errno.EROFS: "the disk is read-only",
    errno.EACCES: "permission denied",
    errno.EPERM: "permission denied",
    errno.EIO: "the disk could not be read or written (is it still connected?)",
    errno.ENOENT: "the folder has gone (was the drive removed?)",
}


class BackupError(Exception):
    """A problem the user can act on; the message names the place and what is wrong."""


class BackupCancelled(BackupError):  # noqa: N818 (reads better at the call site)
    def __init__(self) -> None:
        super().__init__("cancelled; nothing was kept of the unfinished backup")


def describe_os_error(error: OSError) -> str:
    """A short reason for a failed read or write of a file."""
    return _PLACE_ERRORS.get(error.errno or 0) or error.strerror or type(error).__name__


def describe_database_error(error: Exception) -> str:
    """SQLite's reason in words: its messages name the condition, not the file."""
    text = str(error).splitlines()[0] if str(error) else type(error).__name__
    if "full" in text:
        return "the disk is full"
    if "disk I/O error" in text:
        return "the disk could not be written (is it full, or was it removed?)"
    return text


class Reporter:
    """Forwards progress at most every PROGRESS_INTERVAL_S and raises BackupCancelled once
    cancel is set, so that long loops need to call only ``report``."""

    def __init__(self, progress: ProgressSink | None, cancel: threading.Event | None) -> None:
        self._progress = progress
        self._cancel = cancel
        self._last_s = 0.0
        self._last_note = ""

    @property
    def is_cancelled(self) -> bool:
        return self._cancel is not None and self._cancel.is_set()

    def report(self, done: int, total: int, note: str) -> None:
        if self.is_cancelled:
            raise BackupCancelled
        if self._progress is None:
            return
        now = time.monotonic()
        # A new step (copying, reading back, checking) is always reported.
        if note != self._last_note or now - self._last_s >= PROGRESS_INTERVAL_S:
            self._last_s, self._last_note = now, note
            self._progress(min(done, total) if total else done, total, note)


def sync_file(path: Path) -> None:
    """fsync a written file, then drop it from the page cache so that what is read next
    comes from the disk itself (a removable drive that lost the data is caught)."""
    descriptor = os.open(path, os.O_RDONLY)
    try:
        os.fsync(descriptor)
        if hasattr(os, "posix_fadvise"):
            with contextlib.suppress(OSError):
                os.posix_fadvise(descriptor, 0, 0, os.POSIX_FADV_DONTNEED)
    finally:
        os.close(descriptor)


def sha256_of_file(path: Path, reporter: Reporter, note: str) -> tuple[str, int]:
    """The SHA-256 and size of a file, read in chunks, with progress."""
    digest = hashlib.sha256()
    size = 0
    total = path.stat().st_size
    with path.open("rb") as handle:
        while chunk := handle.read(CHUNK_BYTES):
            digest.update(chunk)
            size += len(chunk)
            reporter.report(size, total, note)
    return digest.hexdigest(), size


def create_exclusively(path: Path) -> int:
    """A new file (never an existing one) that only its owner can read; its descriptor."""
    return os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)


def move_without_replacing(source: Path, target: Path) -> None:
    """Renames a file into place, failing if target exists (a hard link where the file
    system has them, which cannot replace; else a check right before the rename)."""
    try:
        os.link(source, target)
    except FileExistsError:
        raise
    except OSError:  # FAT and exFAT drives have no hard links
        if target.exists():
            raise FileExistsError(errno.EEXIST, os.strerror(errno.EEXIST), str(target)) from None
        os.rename(source, target)
        return
    os.unlink(source)
