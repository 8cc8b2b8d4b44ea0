# SPDX-License-Identifier: GPL-3.0-or-later
"""``verify-export``: an export folder, ZIP or PDF checked against its own manifest and
checksums: every listed file, and every original it carries, byte for byte."""

from __future__ import annotations

import hashlib
import json
import zipfile
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from correspondence_app.export.bundle import is_encrypted, open_bundle
from correspondence_app.export.manifest import MANIFEST_NAME, SUMS_NAME, parse_sums
from correspondence_app.export.originals import MBOX_NAME, mboxrd_messages

if TYPE_CHECKING:
    from collections.abc import Callable, Mapping
    from pathlib import Path


class VerifyError(ValueError):
    """What is no export at all (no manifest), said for the user."""


@dataclass
class VerifyReport:
    checked: int = 0
    mismatches: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.mismatches

    def as_json(self) -> dict[str, Any]:
        return {"ok": self.ok, "checked": self.checked, "mismatches": self.mismatches}


def verify_export(path: Path, password: str = "") -> VerifyReport:
    """Checks the export at ``path``: a folder, a ZIP (a bundle with its ``password``) or a
    PDF."""
    if path.is_dir():
        return _verify(_folder_reader(path), path.name)
    if not path.is_file():
        raise VerifyError(f"{path}: no such file or folder")
    with open(path, "rb") as stream:
        head = stream.read(8)
    if head.startswith(b"PK"):
        if is_encrypted(path):
            return _verify_bundle(path, password)
        with zipfile.ZipFile(path) as archive:
            names = set(archive.namelist())
            return _verify(lambda name: archive.read(name) if name in names else None, path.name)
    if head.startswith(b"%PDF"):
        from correspondence_app.export.pdf import embedded_files

        try:
            embedded = embedded_files(path)
        except ValueError as error:  # an embedded file that no longer decodes, named
            return VerifyReport(checked=1, mismatches=[str(error)])
        return _verify(embedded.get, path.name)
    raise VerifyError(f"{path}: not an export (a folder, a ZIP or a PDF)")


def _verify_bundle(path: Path, password: str) -> VerifyReport:
    if not password:
        raise VerifyError(f"{path}: the bundle is encrypted: give its password (--password-file)")
    with open_bundle(path, "r", password) as bundle:
        names = set(bundle.namelist())
        try:
            bundle.read(MANIFEST_NAME)
        except RuntimeError as error:  # the library's word for a wrong password
            raise VerifyError(f"{path}: wrong password for the bundle") from error
        return _verify(lambda name: bundle.read(name) if name in names else None, path.name)


def _folder_reader(folder: Path) -> Callable[[str], bytes | None]:
    root = folder.resolve()

    def read(name: str) -> bytes | None:
        target = (root / name).resolve()
        if not target.is_relative_to(root) or not target.is_file():
            return None  # a name that leaves the folder is no file of the export
        return target.read_bytes()

    return read


def _verify(read: Callable[[str], bytes | None], where: str) -> VerifyReport:
    manifest_data = read(MANIFEST_NAME)
    if manifest_data is None:
        raise VerifyError(f"{where}: no {MANIFEST_NAME}: not an export of this application")
    report = VerifyReport()
    sums = read(SUMS_NAME)
    if sums is None:
        report.mismatches.append(f"{SUMS_NAME}: missing")
    else:
        for name, digest in sorted(parse_sums(sums).items()):
            report.checked += 1
            content = read(name)
            if content is None:
                report.mismatches.append(f"{name}: missing")
            elif hashlib.sha256(content).hexdigest() != digest:
                report.mismatches.append(f"{name}: changed (SHA-256 differs from {SUMS_NAME})")
    try:
        manifest = json.loads(manifest_data)
        items = list(manifest["items"])
    except (ValueError, KeyError, TypeError):
        report.mismatches.append(f"{MANIFEST_NAME}: unreadable")
        return report
    _check_originals(items, read, report)
    return report


def _check_originals(
    items: list[Mapping[str, Any]], read: Callable[[str], bytes | None], report: VerifyReport
) -> None:
    """Each message the export carries against the SHA-256 the manifest gives it (the
    converted message's for an Outlook original), and each Outlook original beside it."""
    in_mbox: set[str] | None = None  # the digests of the mbox's messages, read once
    for item in items:
        name = str(item.get("file", ""))
        wanted = str(item.get("file_sha256") or item.get("sha256", ""))
        if not name:
            continue  # the format carries no original (CSV)
        label = f"{name} (message {item.get('message_id', item.get('id'))})"
        report.checked += 1
        if name == MBOX_NAME:
            if in_mbox is None:
                data = read(MBOX_NAME) or b""
                in_mbox = set().union(*(_mbox_digest(m) for m in mboxrd_messages(data)))
            if wanted not in in_mbox:
                report.mismatches.append(f"{label}: not found unchanged in {MBOX_NAME}")
        else:
            _check_file(name, label, wanted, read, report)
        original = str(item.get("original_file", ""))
        if original:
            report.checked += 1
            label = f"{original} (original of message {item.get('message_id', item.get('id'))})"
            _check_file(original, label, str(item.get("sha256", "")), read, report)


def _check_file(
    name: str, label: str, wanted: str, read: Callable[[str], bytes | None], report: VerifyReport
) -> None:
    content = read(name)
    if content is None:
        report.mismatches.append(f"{label}: missing")
    elif hashlib.sha256(content).hexdigest() != wanted:
        report.mismatches.append(f"{label}: changed (SHA-256 differs from the manifest)")


def _mbox_digest(message: bytes) -> frozenset[str]:
    """The message's SHA-256, and that without a final line break (which the mbox gives an
    original that had none)."""
    digests = {hashlib.sha256(message).hexdigest()}
    if message.endswith(b"\n"):
        digests.add(hashlib.sha256(message[:-1]).hexdigest())
    return frozenset(digests)
