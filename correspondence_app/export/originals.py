# SPDX-License-Identifier: GPL-3.0-or-later
"""The originals, byte for byte: an mboxrd file, a folder of ``.eml`` files, or a ZIP of
them. Each is read back by the importers, and by ``verify-export``.

An Outlook original (a .msg) is written as the RFC 822 message converted from it on
import; a folder or ZIP of files also holds the .msg itself beside it (same stem)."""

from __future__ import annotations

import re
import zipfile
from typing import TYPE_CHECKING

from correspondence_app.export.naming import UniqueNames, item_stem
from correspondence_app.export.source import ExportCancelled
from correspondence_app.importers.mbox import EXPORT_SENDER

if TYPE_CHECKING:
    import threading
    from collections.abc import Callable, Iterator
    from datetime import datetime
    from pathlib import Path

    from correspondence_app.export.source import ExportItem, ExportSource

    Progress = Callable[[int, int], None]

MBOX_NAME = "messages.mbox"
OUTLOOK_EXTENSION = ".msg"
_FROM_LINE = re.compile(rb"^(>*From )", re.MULTILINE)
_EPOCH = "Thu Jan  1 00:00:00 1970"
_SEPARATOR = re.compile(
    rb"^From \S+ +[A-Z][a-z]{2} +[A-Z][a-z]{2} +\d{1,2} +\d\d:\d\d", re.MULTILINE
)
_DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def outlook_name(name: str) -> str:
    """Where the Outlook original of the message written as ``name`` goes: beside it."""
    return name.removesuffix(".eml") + OUTLOOK_EXTENSION


def mboxrd_entry(item: ExportItem, original: bytes) -> bytes:
    """One message in mboxrd: a ``From`` line, then the original with one more ``>`` on each
    line that starts with ``>*From ``. Nothing is added after it, so the importer (which
    keeps all between two ``From`` lines) reads the original back byte for byte; only an
    original without a final line break gets one. The ``From`` line's sender tells the
    importer that every ``From`` line of the file is quoted, so that a multipart left open
    in one original cannot swallow the messages after it."""
    body = _FROM_LINE.sub(rb">\1", original)
    if not body.endswith(b"\n"):
        body += b"\n"
    return f"From {EXPORT_SENDER} {_asctime(item.date_at)}\n".encode() + body


def _asctime(moment: datetime | None) -> str:
    """``Thu Mar  5 10:00:00 2024`` in English whatever the locale (UTC)."""
    if moment is None:
        return _EPOCH
    day = _DAYS[moment.weekday()]
    month = _MONTHS[moment.month - 1]
    return f"{day} {month} {moment.day:2d} {moment:%H:%M:%S} {moment.year}"


def mboxrd_messages(data: bytes) -> Iterator[bytes]:
    """The messages in an mboxrd file as ``mboxrd_entry`` wrote them, ``>`` quoting undone."""
    starts = [match.start() for match in _SEPARATOR.finditer(data)]
    for start, end in zip(starts, [*starts[1:], len(data)], strict=True):
        entry = data[data.index(b"\n", start) + 1 : end]
        yield re.sub(rb"^>(>*From )", rb"\1", entry, flags=re.MULTILINE)


def write_mbox(
    source: ExportSource,
    folder: Path,
    *,
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
) -> dict[int, str]:
    """``messages.mbox`` in the folder; every message's file is that one."""
    with open(folder / MBOX_NAME, "wb") as stream:

        def write(_number: int, item: ExportItem, original: bytes) -> str:
            stream.write(mboxrd_entry(item, original))
            return MBOX_NAME

        return _each(source, write, progress, cancel)


def write_eml(
    source: ExportSource,
    folder: Path,
    *,
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
) -> dict[int, str]:
    """One ``.eml`` file per message, named by its place, date, sender and subject; an
    Outlook original beside it as ``.msg``."""
    names = UniqueNames()

    def write(number: int, item: ExportItem, original: bytes) -> str:
        name = names.take(item_stem(number, item), ".eml")
        (folder / name).write_bytes(original)
        if item.is_converted:
            (folder / outlook_name(name)).write_bytes(source.original(item.id))
        return name

    return _each(source, write, progress, cancel)


def write_eml_zip(
    source: ExportSource,
    archive: zipfile.ZipFile,
    *,
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
) -> dict[int, str]:
    """The same ``.eml`` (and ``.msg``) files into a ZIP (or a bundle), compressed one by
    one."""
    names = UniqueNames()
    # The ZIP library's own kind of entry (the encrypting one has its own).
    make_info = getattr(archive, "zipinfo_cls", zipfile.ZipInfo)

    def write(number: int, item: ExportItem, original: bytes) -> str:
        name = names.take(item_stem(number, item), ".eml")
        info = make_info(name, date_time=_zip_time(item))
        info.compress_type = zipfile.ZIP_DEFLATED
        archive.writestr(info, original)
        if item.is_converted:
            info = make_info(outlook_name(name), date_time=_zip_time(item))
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, source.original(item.id))
        return name

    return _each(source, write, progress, cancel)


def _each(
    source: ExportSource,
    write: Callable[[int, ExportItem, bytes], str],
    progress: Progress | None,
    cancel: threading.Event | None,
) -> dict[int, str]:
    """Writes each message (its place from 1, the item, its RFC 822 bytes) oldest first and
    returns where each went; stops between two messages when ``cancel`` is set."""
    files: dict[int, str] = {}
    for number, (item, original) in enumerate(source.originals(), 1):
        if cancel is not None and cancel.is_set():
            raise ExportCancelled
        files[item.id] = write(number, item, original)
        if progress is not None:
            progress(number, len(source))
    return files


def _zip_time(item: ExportItem) -> tuple[int, int, int, int, int, int]:
    when = item.local_date
    if when is None or when.year < 1980:
        return (1980, 1, 1, 0, 0, 0)
    return (when.year, when.month, when.day, when.hour, when.minute, when.second)
