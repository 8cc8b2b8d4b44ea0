# SPDX-License-Identifier: GPL-3.0-or-later
"""Turns the paths a user gives into files to read, and files into raw messages."""

from __future__ import annotations

import functools
import os
import stat
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from correspondence_app.domain.message import DateSource
from correspondence_app.export.manifest import MANIFEST_NAME
from correspondence_app.importers import (
    apple_mail,
    copies,
    export_pairs,
    isolated,
    maildir,
    mbox,
    olm,
    outlook_pst,
    packed_source,
    proton,
    tar_source,
    thunderbird,
    zip_source,
)
from correspondence_app.importers.base import FileFormat, RawItem, Skipped
from correspondence_app.importers.detect import (
    HEAD_BYTES,
    detect_format,
    holds_one_message,
    other_ole2_file,
    read_head,
)
from correspondence_app.importers.mbox_items import mbox_items
from correspondence_app.importers.packed_members import MAX_MESSAGE_BYTES

if TYPE_CHECKING:
    from collections.abc import Iterator, Mapping, Sequence

MAILDIR_PARTS = ("cur", "new")
WHOLE_FILE_BYTES = 16 * 1024 * 1024
IGNORED_DIRECTORIES = frozenset({"tmp", ".git", ".svn", "__MACOSX"})


class SourceError(Exception):
    """A path given to the import cannot be read at all."""


@dataclass(frozen=True, slots=True)
class PlannedFile:
    location: str  # a string, not a Path: a plan may list 100,000 files
    size_bytes: int
    source_index: int
    maildir_folder: str | None = None  # set for files in a Maildir's cur/ or new/
    skipped: str = ""  # set for a file not to read, with the reason (see export_pairs)

    @property
    def path(self) -> Path:
        return Path(self.location)


def _file_size(path: str) -> int | None:
    """The size of a regular file; None for a pipe, socket or device, which is never read."""
    try:
        status = os.stat(path)
    except OSError:
        return 0  # reading it will say what is wrong
    return status.st_size if stat.S_ISREG(status.st_mode) else None


def plan(paths: Sequence[Path], *, exclude: Path | None = None) -> list[PlannedFile]:
    """Every file to read, in a stable order; raises SourceError for a path that is missing.

    exclude is the archive being imported into: a folder tree holding it is read around it.
    """
    return list(iter_planned(paths, exclude=exclude))


def iter_planned(paths: Sequence[Path], *, exclude: Path | None = None) -> Iterator[PlannedFile]:
    """plan() as it walks: an import walks twice (sizes first, for the progress) rather
    than hold 100,000 file names."""
    excluded = Path(os.path.abspath(exclude)) if exclude else None
    pairs: dict[str, dict[str, str]] = {}  # the converted copies in each folder of files given
    names: dict[Path, set[str]] = {}  # the names of the paths given, by folder
    for each in paths:
        absolute = Path(os.path.abspath(each))
        names.setdefault(absolute.parent, set()).add(absolute.name)
    for index, given in enumerate(paths):
        path = Path(os.path.abspath(given))
        if excluded and path.is_relative_to(excluded):
            raise SourceError(f"{given}: this is the archive itself")
        if proton.is_description(path.name, names[path.parent]):
            continue  # Proton Mail's description of a message given beside it
        if path.is_file():
            folder = str(path.parent)
            if folder not in pairs:
                pairs[folder] = export_pairs.in_folder(path.parent)
            planned = _planned(str(path), index, None, pairs[folder])
            yield planned or PlannedFile(str(path), 0, index)  # reading it will say what it is
        elif path.is_dir() and thunderbird.is_profile(path):
            for mail in thunderbird.mail_files(path):  # not its settings and databases
                yield PlannedFile(str(mail), _file_size(str(mail)) or 0, index)
        elif path.is_dir():
            yield from _walk(path, index, excluded)
        elif not path.exists():
            raise SourceError(f"{given}: no such file or folder")
        else:
            raise SourceError(f"{given}: not a file or folder")


def _walk(root: Path, index: int, excluded: Path | None) -> Iterator[PlannedFile]:
    pairs: dict[str, str] = {}  # converted copies in the export folders met so far
    for directory, subdirectories, files in os.walk(root, onerror=None):
        here = Path(directory)
        subdirectories[:] = sorted(
            d
            for d in subdirectories
            if d not in IGNORED_DIRECTORIES
            and here / d != excluded
            and not apple_mail.is_attachments_folder(here / d)
            and d != olm.ATTACHMENTS  # read with the messages that name them
        )
        folder: str | None
        if here.name in MAILDIR_PARTS and maildir.is_maildir(here.parent):
            folder = maildir.folder_name(root, here.parent)
        else:
            folder = None
        if MANIFEST_NAME in files:
            pairs.update(export_pairs.in_folder(here))
        names = frozenset(files)
        for name in sorted(files):
            # Hidden files are .gitkeep, .DS_Store or a mail program's index, never mail;
            # nor is Thunderbird's index beside each folder (.msf), Apple Mail's
            # description of a mailbox, a mail server's files beside a Maildir, or Proton
            # Mail's description of the messages it exported.
            if (
                not name.startswith(".")
                and not name.endswith(".msf")
                and not apple_mail.is_mailbox_notes(here, name)
                and not (maildir.is_bookkeeping(name) and maildir.is_maildir(here))
                and not proton.is_description(name, names)
            ):
                planned = _planned(os.path.join(directory, name), index, folder, pairs)
                if planned is not None:
                    yield planned


def _planned(
    location: str, index: int, folder: str | None, pairs: dict[str, str]
) -> PlannedFile | None:
    """The file to read; None for a pipe, socket or device. A converted copy beside its
    Outlook original is planned as skipped, with the reason."""
    size = _file_size(location)
    if size is None:
        return None
    if location.lower().endswith((".zip", ".olm")):  # as they unpack, for the progress
        size = zip_source.unpacked_size(location, size)
    elif location.lower().endswith((".tgz", ".gz")):
        size = packed_source.unpacked_size(location, size)
    elif location.lower().endswith((".bz2", ".xz", ".tbz", ".tbz2", ".txz")):
        size *= packed_source.PACKED_RATIO  # they do not say what they unpack to
    reason = pairs.get(location, "")
    return PlannedFile(location, 0 if reason else size, index, folder, reason)


def iter_items(
    planned: PlannedFile, passwords: Mapping[Path, str] | None = None
) -> Iterator[RawItem | Skipped]:
    """The raw messages of one file, or one Skipped saying why it holds none; an encrypted
    ZIP (a bundle) is read with its password in ``passwords``, if it is there."""
    path = planned.path
    if planned.skipped:
        yield Skipped(planned.location, planned.skipped)
        return
    if olm.message_folder(path.as_posix()) is not None:
        yield from _olm_file_items(planned)
        return
    try:
        # Most files are single messages: read them once, whole.
        data = path.read_bytes() if planned.size_bytes <= WHOLE_FILE_BYTES else None
        fmt, reason = detect_format(data[:HEAD_BYTES] if data is not None else read_head(path))
        if fmt is FileFormat.OUTLOOK:  # or a Word file, or Thumbs.db: OLE2 files too
            reason = other_ole2_file(data if data is not None else path)
        if reason:
            yield Skipped(str(path), reason)
            return
        if fmt is FileFormat.ZIP:
            data = None  # its members are read one at a time
            password = (passwords or {}).get(Path(os.path.abspath(path)), "")
            yield from zip_source.iter_zip_items(path, planned.source_index, password)
            return
        if fmt is FileFormat.PST:
            data = None  # libpff reads the file itself, one item at a time
            yield from _pst_items(planned)
            return
        if fmt is FileFormat.TAR:
            data = None  # its members are read one at a time, as it unpacks
            yield from tar_source.iter_tar_items(path, planned.source_index)
            return
        if fmt is FileFormat.PACKED:
            data = None  # read as it unpacks
            yield from packed_source.iter_packed_items(path, planned.source_index)
            return
        if (
            fmt is FileFormat.MBOX
            and planned.maildir_folder is None
            and not holds_one_message(path.name, data)
        ):
            yield from _mbox_items(planned)
            return
        if fmt is FileFormat.MMDF:
            data = None  # read as it streams, as an mbox is
            yield from mbox_items(
                mbox.iter_mmdf(path),
                location=planned.location,
                folder=path.name,
                source_index=planned.source_index,
            )
            return
        if data is None and planned.size_bytes > MAX_MESSAGE_BYTES:  # never read whole
            yield Skipped(str(path), _larger_than_a_message())
            return
        if fmt is FileFormat.EMLX:
            yield _emlx_item(planned, data if data is not None else path.read_bytes())
            return
        yield _single_item(planned, data if data is not None else path.read_bytes(), fmt)
    except OSError as error:
        yield Skipped(str(path), f"cannot be read ({error.strerror or error})")


def _larger_than_a_message() -> str:
    """Why a file that would be one message is not read: it is too large for one."""
    return f"larger than the {MAX_MESSAGE_BYTES // (1024 * 1024)} MB a message may have; not read"


def _mbox_items(planned: PlannedFile) -> Iterator[RawItem | Skipped]:
    return mbox_items(
        mbox.iter_mbox(planned.path),
        location=planned.location,
        folder=apple_mail.mbox_folder(planned.path),
        source_index=planned.source_index,
    )


def _pst_items(planned: PlannedFile) -> Iterator[RawItem | Skipped]:
    """Each mail item of an Outlook data file as a converted message; what is not mail
    (calendar, contacts, tasks) is skipped with the reason."""
    items = isolated.iter_isolated(outlook_pst.iter_pst, planned.path)
    try:
        yield from _pst_raw_items(planned, items)
    except isolated.ReaderEndedError as error:  # libpff crashed or looped on this file
        yield Skipped(
            planned.location,
            f"the rest of this Outlook file could not be read ({error}); "
            "the items before were imported",
        )


def _pst_raw_items(
    planned: PlannedFile, items: Iterator[outlook_pst.PstItem]
) -> Iterator[RawItem | Skipped]:
    for item in items:
        if item.skipped:
            # On one line: a calendar item's subject may hold line breaks.
            what = " ".join(item.subject.split()) or item.message_class or f"item {item.identifier}"
            where = f"{planned.location} ({item.folder or '/'}: {what})"
            yield Skipped(where, item.skipped, planned.location)
            continue
        yield RawItem(
            raw=item.raw,
            kind="pst",
            location=planned.location,
            offset=item.identifier,  # the item's node id: two equal items stay two sources
            folder=item.folder,
            fallback_date=item.date,
            fallback_source=DateSource.ENVELOPE if item.date else DateSource.NONE,
            source_index=planned.source_index,
            problem=item.problem,
            identity=item.identity,
        )


def _olm_file_items(planned: PlannedFile) -> Iterator[RawItem | Skipped]:
    """A message file of an Outlook for Mac archive unpacked into a folder, converted with
    the attachment files it names."""
    path = planned.path
    place = olm.message_folder(path.as_posix()) or ("", path.parent.name)
    root = olm.archive_root(path) or path.parent
    if planned.size_bytes > MAX_MESSAGE_BYTES:
        yield Skipped(str(path), _larger_than_a_message())
        return
    try:
        xml = path.read_bytes()
    except OSError as error:
        yield Skipped(str(path), f"cannot be read ({error.strerror or error})")
        return

    def attachment(url: str) -> bytes | None:
        """From the archive's top, as Outlook writes the URL, or from the message's folder
        (never from outside the archive)."""
        found = olm.unpacked_attachment(root, url)
        if found is None and path.parent.is_relative_to(root):
            found = olm.unpacked_attachment(root, f"{path.parent.relative_to(root)}/{url}")
        return found

    several = len(_accounts_of(root)) > 1
    yield olm.raw_item(
        xml,
        attachment,
        location=str(path),
        folder=olm.folder_name(*place, several_accounts=several),
        source_index=planned.source_index,
    )


@functools.lru_cache(maxsize=16)
def _accounts_of(root: Path) -> tuple[str, ...]:
    """The accounts of an unpacked Outlook for Mac archive."""
    try:
        return tuple(
            sorted(entry.name for entry in (root / "Accounts").iterdir() if entry.is_dir())
        )
    except OSError:
        return ()


def _emlx_item(planned: PlannedFile, data: bytes) -> RawItem:
    """The message of an .emlx file in Apple Mail's store, under its mailbox's name."""
    path = planned.path
    kept_apart = apple_mail.kept_apart_in(Path(apple_mail.attachments_folder_of(path)))
    emlx = apple_mail.read_emlx(data, path.name, kept_apart)
    return RawItem(
        raw=emlx.message,
        kind="eml",
        location=str(path),
        folder=apple_mail.mailbox_of(path) or path.parent.name,
        fallback_date=emlx.received_at,
        fallback_source=DateSource.ENVELOPE if emlx.received_at else DateSource.NONE,
        source_index=planned.source_index,
        problem=emlx.problem,
        identity=copies.copy_identity(emlx.message) if not emlx.problem else b"",
    )


def _single_item(planned: PlannedFile, raw: bytes, fmt: FileFormat) -> RawItem:
    path = planned.path
    date = maildir.delivery_date(path.name) if planned.maildir_folder is not None else None
    source = DateSource.ENVELOPE
    if date is None:
        date = datetime.fromtimestamp(path.stat().st_mtime, tz=UTC)
        source = DateSource.FILE
    return RawItem(
        raw=raw,
        kind="outlook"
        if fmt is FileFormat.OUTLOOK
        else ("maildir" if planned.maildir_folder is not None else "eml"),
        location=str(path),
        folder=planned.maildir_folder or path.parent.name,
        flags=maildir.flags_of(path.name) if planned.maildir_folder is not None else "",
        fallback_date=date,
        fallback_source=source,
        source_index=planned.source_index,
        identity=b"" if fmt is FileFormat.OUTLOOK else copies.copy_identity(raw),
        labels=proton.labels_of(path) if planned.maildir_folder is None else (),
    )
