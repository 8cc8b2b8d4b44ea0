# SPDX-License-Identifier: GPL-3.0-or-later
"""backup.json: what a backup holds, with a checksum of its own so that a changed byte is
caught, and the names of backup folders."""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import asdict, dataclass, fields
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from correspondence_app.fileio import write_atomically

if TYPE_CHECKING:
    from collections.abc import Iterable
    from pathlib import Path

MANIFEST_NAME = "backup.json"
MANIFEST_FORMAT = "correspondence-archive-backup"
MANIFEST_VERSION = 1
FOLDER_INFIX = "-backup-"
PARTIAL_SUFFIX = ".partial"
STAMP_FORMAT = "%Y%m%d-%H%M%S"  # UTC, like every time in backup.json
_STAMP = re.compile(r"\d{8}-\d{6}(-\d+)?")


class ManifestError(Exception):
    """backup.json is missing, unreadable, not ours, or changed since it was written."""


@dataclass(frozen=True)
class Manifest:
    """One backup: where it came from, when, and what its database holds."""

    archive_id: str  # from the key file: tells this archive's backups from others'
    archive_name: str
    created_at: datetime  # the moment of the snapshot, UTC
    verified_at: datetime
    app_version: str
    schema_revision: str
    messages: int
    attachments: int
    quarantined: int
    originals: int
    originals_sha256: str  # see originals_digest()
    database_sha256: str  # of archive.db, as written
    database_bytes: int
    key_sha256: str  # of archive.key

    def to_bytes(self) -> bytes:
        body = _body(self)
        document = {
            "format": MANIFEST_FORMAT,
            "version": MANIFEST_VERSION,
            **body,
            "checksum": _checksum(body),
        }
        return (json.dumps(document, indent=2, sort_keys=True) + "\n").encode()

    @classmethod
    def from_bytes(cls, data: bytes) -> Manifest:
        try:
            document = json.loads(data)
        except (UnicodeDecodeError, ValueError):
            raise ManifestError(f"{MANIFEST_NAME} is damaged (not JSON)") from None
        if not isinstance(document, dict) or document.get("format") != MANIFEST_FORMAT:
            raise ManifestError(f"{MANIFEST_NAME} is not a Correspondence Archive backup's")
        if document.get("version") != MANIFEST_VERSION:
            raise ManifestError(f"{MANIFEST_NAME}: unsupported version {document.get('version')}")
        body = {key: value for key, value in document.items() if key in _FIELD_NAMES}
        if set(document) != {"format", "version", "checksum", *_FIELD_NAMES}:
            raise ManifestError(f"{MANIFEST_NAME} is damaged (its fields differ)")
        if document["checksum"] != _checksum(body):
            raise ManifestError(f"{MANIFEST_NAME} does not match its checksum (changed or damaged)")
        try:
            for field in fields(cls):
                expected = {"int": int, "str": str, "datetime": str}[str(field.type)]
                value = body[field.name]
                if not isinstance(value, expected) or isinstance(value, bool):
                    raise TypeError(field.name)
            return cls(
                **{
                    **body,
                    "created_at": _parse_time(body["created_at"]),
                    "verified_at": _parse_time(body["verified_at"]),
                }
            )
        except (TypeError, ValueError):
            raise ManifestError(f"{MANIFEST_NAME} is damaged (a field is wrong)") from None

    def save(self, folder: Path) -> None:
        write_atomically(folder / MANIFEST_NAME, self.to_bytes(), mode=0o600)

    @classmethod
    def load(cls, folder: Path) -> Manifest:
        try:
            data = (folder / MANIFEST_NAME).read_bytes()
        except FileNotFoundError:
            raise ManifestError(f"{MANIFEST_NAME} is missing") from None
        except OSError as error:
            raise ManifestError(f"{MANIFEST_NAME} cannot be read ({error.strerror})") from None
        return cls.from_bytes(data)


_FIELD_NAMES = frozenset(field.name for field in fields(Manifest))


def _body(manifest: Manifest) -> dict[str, Any]:
    body = asdict(manifest)
    body["created_at"] = manifest.created_at.astimezone(UTC).isoformat()
    body["verified_at"] = manifest.verified_at.astimezone(UTC).isoformat()
    return body


def _checksum(body: dict[str, Any]) -> str:
    canonical = json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=True)
    return hashlib.sha256(canonical.encode()).hexdigest()


def _parse_time(value: object) -> datetime:
    moment = datetime.fromisoformat(str(value))
    if moment.tzinfo is None:
        raise ValueError("a time without its offset")
    return moment.astimezone(UTC)


def originals_digest(hashes: Iterable[str]) -> str:
    """One SHA-256 over the sorted SHA-256 of every original: equal digests, same originals."""
    return hashlib.sha256("\n".join(sorted(hashes)).encode("ascii")).hexdigest()


def folder_name(archive_name: str, created_at: datetime, attempt: int = 0) -> str:
    """``<archive>-backup-YYYYMMDD-HHMMSS`` (UTC); a second backup in the same second gets
    ``-1``, ``-2``... appended."""
    stamp = created_at.astimezone(UTC).strftime(STAMP_FORMAT)
    return f"{archive_name}{FOLDER_INFIX}{stamp}{f'-{attempt}' if attempt else ''}"


def is_backup_name(name: str, archive_name: str | None = None) -> bool:
    """Whether a folder name is a (finished) backup's, of the named archive if given."""
    prefix, infix, stamp = name.rpartition(FOLDER_INFIX)
    if not infix or not _STAMP.fullmatch(stamp):
        return False
    return archive_name is None or prefix == archive_name


def is_partial_name(name: str, archive_name: str | None = None) -> bool:
    return name.endswith(PARTIAL_SUFFIX) and is_backup_name(
        name.removesuffix(PARTIAL_SUFFIX), archive_name
    )
