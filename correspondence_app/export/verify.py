# SPDX-License-Identifier: GPL-3.0-or-later
"""``verify-export``: an export folder, ZIP or PDF checked against its own manifest and
checksums: every listed file, every original it carries, byte for byte, and (for an export
whose manifest lists its files) no file changed, missing or added beside the manifest's
list. A damaged file in it is a mismatch like a changed one, and the rest is still
checked."""

from __future__ import annotations

import hashlib
import json
import lzma
import struct
import zipfile
import zlib
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import pyzipper

from correspondence_app.export.bundle import open_bundle
from correspondence_app.export.custody import (
    DOSSIER_KEY,
    file_digest,
    folder_names,
    listed_mismatches,
)
from correspondence_app.export.manifest import MANIFEST_NAME, SUMS_NAME, parse_sums
from correspondence_app.export.originals import MBOX_NAME, mboxrd_messages

if TYPE_CHECKING:
    from collections.abc import Callable, Collection
    from pathlib import Path

    # A file of the export by its name: None if there is none, _Damaged if it cannot be read.
    Reader = Callable[[str], bytes | None]

# What opening a damaged ZIP or reading a damaged entry raises: a bad CRC or HMAC (the
# standard library's and pyzipper's own BadZipFile), compressed data that does not decode or
# ends too early, a password that does not fit the entry, a header that does not fit (an
# unknown AES strength is a KeyError in pyzipper).
ZIP_READ_ERRORS = (
    zipfile.BadZipFile,
    pyzipper.BadZipFile,
    zipfile.LargeZipFile,
    zlib.error,
    lzma.LZMAError,
    struct.error,
    EOFError,
    RuntimeError,
    ValueError,
    KeyError,
    IndexError,
    OSError,
)


class VerifyError(ValueError):
    """What is no export at all (no manifest), said for the user."""


class ManifestUnreadable(ValueError):  # noqa: N818 (a finding, not a failure)
    """An export whose manifest is missing or cannot be read; the text says why."""


class _Damaged(Exception):  # noqa: N818 (a state, not a failure of the check)
    """A file of the export that is there but cannot be read; the text says why."""


@dataclass
class VerifyReport:
    checked: int = 0
    mismatches: list[str] = field(default_factory=list)
    # The SHA-256 of the whole ZIP, bundle or PDF ("" for a folder): what the export log of
    # the archive it came from keeps for it.
    sha256: str = ""

    @property
    def ok(self) -> bool:
        return not self.mismatches

    def as_json(self) -> dict[str, Any]:
        return {
            "ok": self.ok,
            "checked": self.checked,
            "mismatches": self.mismatches,
            "sha256": self.sha256,
        }


def verify_export(path: Path, password: str = "") -> VerifyReport:
    """Checks the export at ``path``: a folder, a ZIP (a bundle with its ``password``) or a
    PDF. A ZIP or PDF too damaged to open is one mismatch; VerifyError for what is no export
    (nothing there, no manifest) or a bundle without its password."""
    if path.is_dir():
        try:
            present = folder_names(path)
        except OSError as error:
            raise VerifyError(f"{path}: cannot be read ({error.strerror})") from None
        return _verify(_folder_reader(path), path.name, present)
    if not path.is_file():
        raise VerifyError(f"{path}: no such file or folder")
    try:
        with open(path, "rb") as stream:
            head = stream.read(8)
    except OSError as error:
        raise VerifyError(f"{path}: cannot be read ({error.strerror})") from None
    if head.startswith(b"PK"):
        report = _verify_zip(path, password)
    elif head.startswith(b"%PDF"):
        report = _verify_pdf(path)
    else:
        raise VerifyError(f"{path}: not an export (a folder, a ZIP or a PDF)")
    try:
        report.sha256 = report.sha256 or file_digest(path)  # a dossier's is known already
    except OSError as error:
        raise VerifyError(f"{path}: cannot be read ({error.strerror})") from None
    return report


def read_manifest(path: Path) -> bytes:
    """The manifest the export at ``path`` carries: beside it, in its ZIP or embedded in its
    PDF (not a bundle's: it is encrypted). ManifestUnreadable if there is none or it cannot
    be read (a damaged ZIP or PDF)."""
    from correspondence_app.export.pdf_files import PDF_READ_ERRORS, embedded_file

    manifest: bytes | None
    try:
        if path.is_dir():
            manifest = _folder_reader(path)(MANIFEST_NAME)
        else:
            with open(path, "rb") as stream:
                head = stream.read(4)
            if head.startswith(b"PK"):
                with zipfile.ZipFile(path) as archive:
                    manifest = _zip_reader(archive)(MANIFEST_NAME)
            else:
                manifest = embedded_file(path, MANIFEST_NAME)
    except _Damaged as error:
        raise ManifestUnreadable(str(error)) from None
    except (*ZIP_READ_ERRORS, *PDF_READ_ERRORS) as error:  # the ZIP or PDF does not open
        raise ManifestUnreadable(_why(error)) from None
    if manifest is None:
        raise ManifestUnreadable(f"no {MANIFEST_NAME}")
    return manifest


def _verify_zip(path: Path, password: str) -> VerifyReport:
    try:
        opened = zipfile.ZipFile(path)
        encrypted = any(info.flag_bits & 0x1 for info in opened.infolist())
        if encrypted:
            opened.close()
            if password:
                opened = open_bundle(path, "r", password)
    except ZIP_READ_ERRORS as error:  # what opening raises; each entry's are caught apart
        return _unreadable(path, "a ZIP", error)
    if encrypted and not password:
        raise VerifyError(f"{path}: the bundle is encrypted: give its password (--password-file)")
    with opened as archive:
        if encrypted and _is_wrong_password(archive):
            raise VerifyError(f"{path}: wrong password for the bundle")
        present = [name for name in archive.namelist() if not name.endswith("/")]
        return _verify(_zip_reader(archive), path.name, present)


def _is_wrong_password(bundle: zipfile.ZipFile) -> bool:
    """Whether neither the manifest nor the checksums open with the password: one of them
    damaged is no wrong password."""
    names = set(bundle.namelist())
    tried = [name for name in (MANIFEST_NAME, SUMS_NAME) if name in names]
    for name in tried:
        try:
            bundle.read(name)
        except NotImplementedError:  # a RuntimeError too: an unknown compression
            return False
        except RuntimeError:  # the library's word for a wrong password
            continue
        except ZIP_READ_ERRORS:  # past the password check: damaged, said by _verify
            return False
        return False
    return bool(tried)


def _verify_pdf(path: Path) -> VerifyReport:
    from correspondence_app.export.pdf_files import (
        PDF_READ_ERRORS,
        DamagedEmbeddedFile,
        is_complete,
        iter_embedded_files,
    )

    found: dict[str, bytes] = {}
    damaged: dict[str, str] = {}

    def on_damaged(error: DamagedEmbeddedFile) -> None:
        damaged.setdefault(error.name, str(error).removeprefix(f"{error.name}: "))

    broken_off: BaseException | None = None
    try:
        for name, data in iter_embedded_files(path, damaged=on_damaged):
            if name in found:
                damaged[name] = "embedded twice"
            found.setdefault(name, data)
    except PDF_READ_ERRORS as error:
        broken_off = error  # the files found before it are still checked
    cut_off = "cut off: it does not end with %%EOF"
    complete = is_complete(path)
    if MANIFEST_NAME not in found and MANIFEST_NAME not in damaged:
        if broken_off is not None:
            return _unreadable(path, "a PDF", broken_off)
        if not complete:
            return _unreadable(path, "a PDF", cut_off)

    def read(name: str) -> bytes | None:
        if name in damaged:
            raise _Damaged(damaged[name])
        return found.get(name)

    report = _verify(read, path.name, {*found, *damaged})
    if MANIFEST_NAME in found:
        _check_dossier(path, found[MANIFEST_NAME], report)
    if broken_off is not None:
        report.mismatches.insert(
            0, f"{path.name}: damaged, not every embedded file can be read ({_why(broken_off)})"
        )
    if not complete:
        report.mismatches.insert(0, f"{path.name}: damaged, {cut_off}")
    return report


def _check_dossier(path: Path, manifest_data: bytes, report: VerifyReport) -> None:
    """The PDF's pages, and the originals embedded with them, against the size and SHA-256
    the manifest gives for the PDF as it was before the manifest was added; and that no
    update was added after that one. A manifest without them (an export made before they
    were given) is checked as before: the export log covers the whole file."""
    from correspondence_app.export.pdf_files import ends_with_update_at

    try:
        manifest = json.loads(manifest_data)
    except (ValueError, RecursionError):
        return  # said by the manifest's own check
    if not isinstance(manifest, dict) or DOSSIER_KEY not in manifest:
        return
    entry = manifest[DOSSIER_KEY]
    size = entry.get("size") if isinstance(entry, dict) else None
    wanted = entry.get("sha256") if isinstance(entry, dict) else None
    if not isinstance(size, int) or size <= 0 or not isinstance(wanted, str):
        report.mismatches.insert(0, f"{MANIFEST_NAME}: its entry for the PDF's pages is unreadable")
        return
    report.checked += 1
    digest, whole, remaining = hashlib.sha256(), hashlib.sha256(), size
    with open(path, "rb") as stream:  # one reading for the pages and for the whole file
        while remaining and (block := stream.read(min(remaining, 1 << 20))):
            digest.update(block)
            whole.update(block)
            remaining -= len(block)
        while block := stream.read(1 << 20):
            whole.update(block)
    report.sha256 = whole.hexdigest()
    if remaining or digest.hexdigest() != wanted:
        report.mismatches.insert(
            0,
            f"{path.name}: changed: its pages and originals as exported (its first "
            f"{size} bytes) differ from the SHA-256 in the manifest",
        )
    elif not ends_with_update_at(path, size):
        report.mismatches.insert(
            0,
            f"{path.name}: changed after the export: an update was added to its end, "
            "which can change what its pages show",
        )


def _unreadable(path: Path, kind: str, error: BaseException | str) -> VerifyReport:
    """The one finding for an export too damaged to open."""
    return VerifyReport(
        checked=1, mismatches=[f"{path.name}: damaged, cannot be read as {kind} ({_why(error)})"]
    )


def _zip_reader(archive: zipfile.ZipFile) -> Reader:
    names = set(archive.namelist())

    def read(name: str) -> bytes | None:
        if name not in names:
            return None
        try:
            return archive.read(name)
        except ZIP_READ_ERRORS as error:
            raise _Damaged(f"damaged in the ZIP ({_why(error)})") from None

    return read


def _folder_reader(folder: Path) -> Reader:
    root = folder.resolve()

    def read(name: str) -> bytes | None:
        try:
            target = (root / name).resolve()
            if not target.is_relative_to(root) or not target.is_file():
                return None  # a name that leaves the folder is no file of the export
        except (OSError, ValueError):  # no possible name (a NUL, too long): no such file
            return None
        try:
            return target.read_bytes()
        except OSError as error:
            raise _Damaged(f"cannot be read ({_why(error)})") from None

    return read


class _Files:
    """The export's files as the check reads them: a damaged one is a mismatch, said once,
    and is then read as nothing; a file found missing, changed or damaged is ``said``, so
    that the manifest's list of files does not name it again."""

    def __init__(self, read: Reader, report: VerifyReport) -> None:
        self._read = read
        self._report = report
        self.damaged: set[str] = set()
        self.said: set[str] = set()
        self._digests: dict[str, tuple[int, str] | None] = {}
        self._in_mbox: set[str] | None = None

    def read(self, name: str) -> bytes | None:
        if name in self.damaged:
            return None
        try:
            return self._read(name)
        except _Damaged as error:
            self.damaged.add(name)
            self.said.add(name)
            self._report.mismatches.append(f"{name}: {error}")
            return None

    def digest(self, name: str) -> tuple[int, str] | None:
        """The file's size and SHA-256 (None if there is none), read once."""
        if name not in self._digests:
            content = self.read(name)
            found = None if content is None else (len(content), hashlib.sha256(content).hexdigest())
            self._digests[name] = found
        return self._digests[name]

    def mbox_digests(self) -> set[str]:
        """The SHA-256 of each message in the mbox, read once."""
        if self._in_mbox is None:
            data = self.read(MBOX_NAME) or b""
            self._in_mbox = set().union(*(_mbox_digest(m) for m in mboxrd_messages(data)))
        return self._in_mbox

    def differs(self, name: str, finding: str) -> None:
        self.said.add(name)
        self._report.mismatches.append(finding)

    def missing(self, name: str, label: str) -> None:
        if name not in self.damaged:
            self.differs(name, f"{label}: missing")


def _verify(read: Reader, where: str, present: Collection[str]) -> VerifyReport:
    """The check of an export whose files ``read`` gives; ``present``: the names it holds."""
    report = VerifyReport()
    files = _Files(read, report)
    manifest_data = files.read(MANIFEST_NAME)
    if manifest_data is None and MANIFEST_NAME not in files.damaged:
        raise VerifyError(f"{where}: no {MANIFEST_NAME}: not an export of this application")
    _check_sums(files, report)
    if manifest_data is None:
        return report  # damaged, said: nothing to check the originals against
    try:
        manifest = json.loads(manifest_data)
        items = manifest["items"]
    except (ValueError, KeyError, TypeError, IndexError, RecursionError):
        items = None
    if not isinstance(items, list):
        report.mismatches.append(f"{MANIFEST_NAME}: unreadable")
        return report
    for number, item in enumerate(items, 1):
        if isinstance(item, dict):
            _check_originals(item, files, report)
        else:
            report.mismatches.append(f"{MANIFEST_NAME}: item {number} is not an object")
    report.mismatches.extend(listed_mismatches(manifest, present, files.digest, files.said))
    return report


def _check_sums(files: _Files, report: VerifyReport) -> None:
    sums = files.read(SUMS_NAME)
    if sums is None:
        files.missing(SUMS_NAME, SUMS_NAME)
        return
    try:
        listed = parse_sums(sums)
    except UnicodeDecodeError:
        report.mismatches.append(f"{SUMS_NAME}: unreadable (not UTF-8 text)")
        return
    for name, digest in sorted(listed.items()):
        report.checked += 1
        found = files.digest(name)
        if found is None:
            files.missing(name, name)
        elif found[1] != digest:
            files.differs(name, f"{name}: changed (SHA-256 differs from {SUMS_NAME})")


def _check_originals(item: dict[str, Any], files: _Files, report: VerifyReport) -> None:
    """The message an item of the manifest names against the SHA-256 it gives (the
    converted message's for an Outlook original), and the Outlook original beside it."""
    name = str(item.get("file", ""))
    wanted = str(item.get("file_sha256") or item.get("sha256", ""))
    if not name:
        return  # the format carries no original (CSV)
    label = f"{name} (message {item.get('message_id', item.get('id'))})"
    report.checked += 1
    if name == MBOX_NAME:
        if wanted not in files.mbox_digests():
            files.differs(name, f"{label}: not found unchanged in {MBOX_NAME}")
    else:
        _check_file(name, label, wanted, files)
    original = str(item.get("original_file", ""))
    if original:
        report.checked += 1
        label = f"{original} (original of message {item.get('message_id', item.get('id'))})"
        _check_file(original, label, str(item.get("sha256", "")), files)


def _check_file(name: str, label: str, wanted: str, files: _Files) -> None:
    found = files.digest(name)
    if found is None:
        files.missing(name, label)
    elif found[1] != wanted:
        files.differs(name, f"{label}: changed (SHA-256 differs from the manifest)")


def _mbox_digest(message: bytes) -> frozenset[str]:
    """The message's SHA-256, and that without a final line break (which the mbox gives an
    original that had none)."""
    digests = {hashlib.sha256(message).hexdigest()}
    if message.endswith(b"\n"):
        digests.add(hashlib.sha256(message[:-1]).hexdigest())
    return frozenset(digests)


def _why(error: BaseException | str) -> str:
    if isinstance(error, str):
        return error
    if isinstance(error, OSError) and error.strerror:
        return error.strerror
    lines = str(error).strip().splitlines()
    return lines[0] if lines else type(error).__name__
