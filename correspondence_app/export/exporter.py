# SPDX-License-Identifier: GPL-3.0-or-later
"""Exports in one place, for the command line and the window: the chosen messages written
in a format, the manifest (listing every other file of the export) and checksums beside them
(or inside the ZIP or PDF), and the export recorded in the archive's export log with the
SHA-256 of its manifest and, for a ZIP, PDF or bundle, of the whole file."""

from __future__ import annotations

import contextlib
import hashlib
import json
import shutil
import tempfile
import time
import zipfile
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.exc import DatabaseError
from sqlalchemy.orm import Session

from correspondence_app.export import dating, originals, table
from correspondence_app.export.bundle import MIN_PASSWORD, open_bundle, write_bundle
from correspondence_app.export.custody import (
    DOSSIER_KEY,
    FILES_KEY,
    file_digest,
    folder_files,
    listed_files,
)
from correspondence_app.export.custody_log import check_entries
from correspondence_app.export.manifest import (
    MANIFEST_NAME,
    SUMS_NAME,
    build_manifest,
    manifest_bytes,
    sums_text,
)
from correspondence_app.export.source import ExportCancelled, ExportSource, LostAttachment
from correspondence_app.export.words import ENGLISH, Words, speaking
from correspondence_app.storage.export_tables import ExportRecord
from correspondence_app.storage.facade import ArchivePart
from correspondence_app.tagging import identity

if TYPE_CHECKING:
    import threading
    from collections.abc import Callable

    from sqlalchemy import Engine

    from correspondence_app.export.source import Selection

    Progress = Callable[[int, int], None]

# Formats written into a folder of their own; the others are one file.
FOLDER_FORMATS = ("mbox", "eml", "html", "csv")
FILE_FORMATS = ("eml-zip", "pdf", "bundle")
FORMATS = (*FOLDER_FORMATS, *FILE_FORMATS)
# Formats with a file per message: an Outlook original goes beside its converted message.
OUTLOOK_ORIGINAL_FORMATS = frozenset({"eml", "html", "eml-zip", "pdf", "bundle"})


class ExportError(ValueError):
    """An export that cannot be made (a place in use, nothing chosen), said for the user."""


@dataclass(frozen=True)
class ExportReport:
    messages: int
    files: int  # files written (in a ZIP or PDF: the files inside it)
    output: Path
    manifest_sha256: str
    seconds: float
    output_sha256: str = ""  # of the whole file (ZIP, PDF, bundle); "" for a folder


@dataclass(frozen=True)
class ExportPreview:
    """What an export of the selection will hold, before it starts."""

    messages: int
    first: datetime | None  # of the dates that are the messages' own (see export.dating)
    last: datetime | None
    size_bytes: int  # of the originals


@dataclass(frozen=True)
class ExportLogEntry:
    id: int
    exported_at: datetime
    format: str
    selection: dict[str, object]
    messages: int
    files: int
    output: str
    manifest_sha256: str
    author: str
    output_sha256: str = ""  # of the whole file (ZIP, PDF, bundle); "" for a folder or older


class Exporter(ArchivePart):
    """Writes exports and keeps their log; each export reads the archive in batches."""

    def preview(self, selection: Selection) -> ExportPreview:
        source = ExportSource(self._engine, selection)
        dates, size = [], 0
        for item in source.items():
            size += item.size_bytes
            if item.date_at is not None and dating.is_own(item):
                dates.append(item.date_at)
        return ExportPreview(len(source), min(dates, default=None), max(dates, default=None), size)

    def export(
        self,
        selection: Selection,
        export_format: str,
        output: Path,
        *,
        title: str = "",
        password: str = "",
        words: Words = ENGLISH,
        progress: Progress | None = None,
        cancel: threading.Event | None = None,
    ) -> ExportReport:
        """Writes the export; raises ExportCancelled (leaving nothing behind) when
        ``cancel`` is set, ExportError for a place that cannot take it. A bundle is
        encrypted with ``password``; a PDF or HTML export is written in ``words``."""
        if export_format not in FORMATS:
            raise ExportError(f"{export_format}: not an export format ({', '.join(FORMATS)})")
        if export_format == "bundle" and len(password) < MIN_PASSWORD:
            raise ExportError(
                f"a bundle needs a password of at least {MIN_PASSWORD} characters (--password-file)"
            )
        started = time.monotonic()
        source = ExportSource(self._engine, selection)
        if not len(source):
            raise ExportError("the selection holds no message")
        output = output.expanduser().absolute()
        whole = ""
        try:
            with speaking(words):
                if export_format in FOLDER_FORMATS:
                    files, digest = _to_folder(
                        source, export_format, output, title, progress, cancel
                    )
                else:
                    files, digest, whole = _to_file(
                        self._engine,
                        source,
                        export_format,
                        output,
                        title,
                        password,
                        progress,
                        cancel,
                    )
        except LostAttachment as error:  # nothing of the export is left behind
            raise ExportError(f"the export was not made: {error}") from None
        self._record(source, export_format, output, files, (digest, whole))
        seconds = time.monotonic() - started
        return ExportReport(len(source), files, output, digest, seconds, whole)

    def log(self) -> list[ExportLogEntry]:
        """Every export made, the newest first."""
        with Session(self._engine) as session:
            records = session.scalars(select(ExportRecord).order_by(ExportRecord.id.desc()))
            return [
                ExportLogEntry(
                    r.id,
                    r.exported_at,
                    r.format,
                    json.loads(r.selection),
                    r.messages,
                    r.files,
                    r.output,
                    r.manifest_sha256,
                    r.author,
                    r.output_sha256,
                )
                for r in records
            ]

    def check_log(self) -> tuple[int, list[str]]:
        """The chain of custody: each logged export that is still where it was written
        must carry the manifest whose SHA-256 the log holds; a folder must hold the files
        that manifest lists (an export made before the list: the manifest only), and a ZIP,
        PDF or bundle must be the file whose SHA-256 the log holds (an export logged before
        that: the manifest only). A bundle's manifest is not read (it is encrypted with a
        password the archive does not keep): a bundle logged without its file's SHA-256 is
        left out, and so is an export no longer there. Returns how many were compared, and
        what differs; a manifest that is missing or cannot be read (a damaged ZIP or PDF)
        and a log that cannot be read (a damaged page) are findings too."""
        try:
            entries = self.log()
        except DatabaseError as error:
            reason = str(error.orig).splitlines()[0] if error.orig else "unreadable"
            return 0, [f"export log could not be read: {reason}"]
        return check_entries(entries)

    def _record(
        self,
        source: ExportSource,
        export_format: str,
        output: Path,
        files: int,
        digests: tuple[str, str],  # of the manifest, of the whole file ("" for a folder)
    ) -> None:
        with Session(self._engine) as session, session.begin():
            session.add(
                ExportRecord(
                    exported_at=source.exported_at,
                    format=export_format,
                    selection=json.dumps(source.selection.as_json(), ensure_ascii=False),
                    messages=len(source),
                    files=files,
                    output=str(output),
                    manifest_sha256=digests[0],
                    output_sha256=digests[1],
                    author=identity.user_name(session.connection()),
                )
            )


def _to_folder(
    source: ExportSource,
    export_format: str,
    folder: Path,
    title: str,
    progress: Progress | None,
    cancel: threading.Event | None,
) -> tuple[int, str]:
    try:
        if folder.exists() and (not folder.is_dir() or any(folder.iterdir())):
            raise ExportError(f"{folder}: exists and is not an empty folder")
        created = not folder.exists()
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise _unwritable(folder, error) from None
    try:
        with tempfile.TemporaryFile(dir=folder):  # a folder that takes no file (read-only)
            pass
    except OSError as error:
        if created:
            with contextlib.suppress(OSError):
                folder.rmdir()
        raise _unwritable(folder, error) from None
    try:
        if export_format == "mbox":
            item_files = originals.write_mbox(source, folder, progress=progress, cancel=cancel)
        elif export_format == "eml":
            item_files = originals.write_eml(source, folder, progress=progress, cancel=cancel)
        elif export_format == "csv":
            item_files = table.write_csv(source, folder, progress=progress, cancel=cancel)
        else:
            from correspondence_app.export.html import write_html

            item_files = write_html(source, folder, title=title, progress=progress, cancel=cancel)
        built = _manifest(source, export_format, item_files)
        built[FILES_KEY] = folder_files(folder)  # all written so far: all but the proof
        manifest = manifest_bytes(built)
        (folder / MANIFEST_NAME).write_bytes(manifest)
        written = _sums(built, manifest)
        (folder / SUMS_NAME).write_bytes(sums_text(written))
    except BaseException:
        if created:
            shutil.rmtree(folder, ignore_errors=True)
        else:
            for child in folder.iterdir():
                shutil.rmtree(child) if child.is_dir() else child.unlink()
        raise
    return len(written) + 1, hashlib.sha256(manifest).hexdigest()


def _to_file(
    engine: Engine,
    source: ExportSource,
    export_format: str,
    target: Path,
    title: str,
    password: str,
    progress: Progress | None,
    cancel: threading.Event | None,
) -> tuple[int, str, str]:
    """Writes the ZIP, PDF or bundle; returns its number of files and the SHA-256 of its
    manifest and of the whole file."""
    try:
        if target.exists():
            raise ExportError(f"{target}: exists already")
        if not target.parent.is_dir():
            raise ExportError(f"{target.parent}: no such folder")
        # Written beside the target and renamed at the end: a cancelled or failed export
        # leaves no half file under the name asked for.
        handle, temporary = tempfile.mkstemp(prefix=".export-", dir=target.parent)
    except OSError as error:
        raise _unwritable(target, error) from None
    partial = Path(temporary)
    try:
        with open(handle, "wb"):
            pass
        if export_format in ("eml-zip", "bundle"):
            files, manifest = _zip(
                engine, source, export_format, partial, password, progress, cancel
            )
        else:
            from correspondence_app.export import pdf

            partial.unlink()
            item_files = pdf.write_pdf(
                source, partial, title=title, progress=_per_message(progress), cancel=cancel
            )
            built = _manifest(source, export_format, item_files)
            # The pages cannot list themselves, but the manifest is added after them as an
            # update that leaves every earlier byte as it was: it gives their bytes'
            # SHA-256. The log keeps the SHA-256 of the whole file as well.
            built[DOSSIER_KEY] = {"size": partial.stat().st_size, "sha256": file_digest(partial)}
            built[FILES_KEY] = listed_files(_files_of_originals(built))
            manifest = manifest_bytes(built)
            sums = _sums(built, manifest)
            pdf.attach_files(partial, [(MANIFEST_NAME, manifest), (SUMS_NAME, sums_text(sums))])
            files = len(sums) + 1
        whole = file_digest(partial)
        partial.replace(target)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    return files, hashlib.sha256(manifest).hexdigest(), whole


def _unwritable(place: Path, error: OSError) -> ExportError:
    """A place the export cannot be written to (read-only, not a real folder), said for the
    user."""
    return ExportError(f"{place}: the export cannot be written there ({error.strerror or error})")


def _per_message(progress: Progress | None) -> Progress | None:
    """The PDF's progress in messages, as every format reports it: write_pdf counts two
    steps a message (its pages, then its original), so half a message at each step."""
    if progress is None:
        return None
    reported = progress

    def halved(steps: int, total_steps: int) -> None:
        reported(steps // 2, total_steps // 2)

    return halved


def _zip(
    engine: Engine,
    source: ExportSource,
    export_format: str,
    path: Path,
    password: str,
    progress: Progress | None,
    cancel: threading.Event | None,
) -> tuple[int, bytes]:
    transfer: list[tuple[str, str]] = []
    if export_format == "bundle":
        opened = open_bundle(path, "w", password)
    else:
        opened = zipfile.ZipFile(path, "w", allowZip64=True)
    with opened as archive:
        if export_format == "bundle":
            item_files, transfer = write_bundle(
                engine,
                source,
                archive,
                lambda name: _entry(archive, name, source),
                progress=progress,
                cancel=cancel,
            )
        else:
            item_files = originals.write_eml_zip(source, archive, progress=progress, cancel=cancel)
        built = _manifest(source, export_format, item_files)
        if transfer:  # the transfer file first, then the files it names
            built["transfer"] = {"file": transfer[0][0], "sha256": transfer[0][1]}
        built[FILES_KEY] = listed_files(
            [
                *_files_of_originals(built),
                *((name, archive.getinfo(name).file_size, digest) for name, digest in transfer),
            ]
        )
        manifest = manifest_bytes(built)
        archive.writestr(_entry(archive, MANIFEST_NAME, source), manifest)
        sums = _sums(built, manifest)
        archive.writestr(_entry(archive, SUMS_NAME, source), sums_text(sums))
    return len(sums) + 1, manifest


def _manifest(
    source: ExportSource, export_format: str, item_files: dict[int, str]
) -> dict[str, Any]:
    outlook_originals = export_format in OUTLOOK_ORIGINAL_FORMATS
    return build_manifest(source, export_format, item_files, outlook_originals=outlook_originals)


def _files_of_originals(built: dict[str, Any]) -> list[tuple[str, int, str]]:
    """The messages and the Outlook originals beside them, as the manifest's items give
    them (name, size, SHA-256): nothing is read back."""
    known: list[tuple[str, int, str]] = []
    for item in built["items"]:
        if item["file"]:
            converted = "file_sha256" in item
            known.append(
                (
                    item["file"],
                    item["file_size"] if converted else item["size"],
                    item["file_sha256"] if converted else item["sha256"],
                )
            )
        if item.get("original_file"):
            known.append((item["original_file"], item["size"], item["sha256"]))
    return known


def _sums(built: dict[str, Any], manifest: bytes) -> list[tuple[str, bytes | str]]:
    """The SHA256SUMS lines: every file the manifest lists, and the manifest."""
    listed: list[tuple[str, bytes | str]] = [
        (entry["name"], entry["sha256"]) for entry in built[FILES_KEY]
    ]
    return [*listed, (MANIFEST_NAME, manifest)]


def _entry(archive: zipfile.ZipFile, name: str, source: ExportSource) -> zipfile.ZipInfo:
    when = source.exported_at.astimezone(UTC)
    make_info = getattr(archive, "zipinfo_cls", zipfile.ZipInfo)
    info: zipfile.ZipInfo = make_info(name, date_time=when.timetuple()[:6])
    info.compress_type = zipfile.ZIP_DEFLATED
    return info


__all__ = ["ExportCancelled", "ExportError", "ExportReport", "Exporter"]
