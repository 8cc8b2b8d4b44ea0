# SPDX-License-Identifier: GPL-3.0-or-later
"""The key file: the database key sealed under keys derived from a passphrase (Argon2id)."""

from __future__ import annotations

import base64
import json
import os
import secrets
import time
import uuid
from dataclasses import asdict, dataclass, replace
from typing import TYPE_CHECKING, Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

from correspondence_app.fileio import write_atomically

if TYPE_CHECKING:
    from pathlib import Path

KEY_FILE_FORMAT = "correspondence-archive-key"
KEY_FILE_VERSION = 1
DATABASE_KEY_BYTES = 32
SALT_BYTES = 16
NONCE_BYTES = 12
TARGET_UNLOCK_S = 0.5
KDF_TARGET_ENV = "CORRESPONDENCE_APP_KDF_TARGET_S"


class KeyFileError(Exception):
    """The key file is missing, unreadable or not one of ours."""


class WrongPassphrase(Exception):  # noqa: N818 (reads better at the call site)
    """No slot of the key file opens with the given secret."""


@dataclass(frozen=True)
class KdfParams:
    """Argon2id settings; the defaults are RFC 9106's second recommended option."""

    memory_kib: int = 64 * 1024
    iterations: int = 3
    lanes: int = 4

    def derive(self, secret: str, salt: bytes) -> bytes:
        kdf = Argon2id(
            salt=salt,
            length=32,
            iterations=self.iterations,
            lanes=self.lanes,
            memory_cost=self.memory_kib,
        )
        return kdf.derive(secret.encode("utf-8"))

    @classmethod
    def tuned(cls, target_s: float | None = None) -> KdfParams:
        """The minimum settings, with more passes until one derivation takes about target_s.

        CORRESPONDENCE_APP_KDF_TARGET_S overrides the target (tests set 0 to get the
        minimum, which is never weakened).
        """
        if target_s is None:
            target_s = float(os.environ.get(KDF_TARGET_ENV) or TARGET_UNLOCK_S)
        base = cls()
        if target_s <= 0:
            return base
        started = time.perf_counter()
        base.derive("calibration", secrets.token_bytes(SALT_BYTES))
        elapsed_s = max(time.perf_counter() - started, 1e-3)
        iterations = max(base.iterations, round(base.iterations * target_s / elapsed_s))
        return replace(base, iterations=min(iterations, 64))


@dataclass(frozen=True)
class Slot:
    """One sealing of the database key, e.g. under the passphrase or a recovery code."""

    kind: str
    kdf: KdfParams
    salt: bytes
    nonce: bytes
    sealed_key: bytes

    def associated_data(self, archive_id: str) -> bytes:
        # Everything that, if swapped by an attacker, would change how the key is derived.
        bound = {
            "format": KEY_FILE_FORMAT,
            "version": KEY_FILE_VERSION,
            "archive_id": archive_id,
            "kind": self.kind,
            "kdf": {"name": "argon2id", **asdict(self.kdf)},
            "salt": _b64(self.salt),
        }
        return json.dumps(bound, sort_keys=True, separators=(",", ":")).encode()

    @classmethod
    def seal(
        cls, kind: str, secret: str, database_key: bytes, archive_id: str, kdf: KdfParams
    ) -> Slot:
        unsealed = cls(
            kind, kdf, secrets.token_bytes(SALT_BYTES), secrets.token_bytes(NONCE_BYTES), b""
        )
        wrapping_key = kdf.derive(secret, unsealed.salt)
        sealed = AESGCM(wrapping_key).encrypt(
            unsealed.nonce, database_key, unsealed.associated_data(archive_id)
        )
        return replace(unsealed, sealed_key=sealed)

    def open(self, secret: str, archive_id: str) -> bytes:
        wrapping_key = self.kdf.derive(secret, self.salt)
        try:
            return AESGCM(wrapping_key).decrypt(
                self.nonce, self.sealed_key, self.associated_data(archive_id)
            )
        except InvalidTag:
            raise WrongPassphrase from None


@dataclass(frozen=True)
class KeyFile:
    """The parsed key file of one archive."""

    archive_id: str
    slots: tuple[Slot, ...]

    @classmethod
    def create(cls, passphrase: str, kdf: KdfParams) -> tuple[KeyFile, bytes]:
        """A new archive id and database key, sealed under the passphrase."""
        database_key = secrets.token_bytes(DATABASE_KEY_BYTES)
        archive_id = str(uuid.uuid4())
        slot = Slot.seal("passphrase", passphrase, database_key, archive_id, kdf)
        return cls(archive_id, (slot,)), database_key

    def unlock(self, secret: str) -> bytes:
        """The database key, from whichever slot the secret opens."""
        for slot in self.slots:
            try:
                return slot.open(secret, self.archive_id)
            except WrongPassphrase:
                continue
        raise WrongPassphrase

    def with_slot(self, kind: str, secret: str, database_key: bytes, kdf: KdfParams) -> KeyFile:
        """A copy where the slot of this kind is replaced by a fresh sealing under secret."""
        slot = Slot.seal(kind, secret, database_key, self.archive_id, kdf)
        others = tuple(s for s in self.slots if s.kind != kind)
        return replace(self, slots=(slot, *others))

    def kdf_of(self, kind: str) -> KdfParams | None:
        return next((s.kdf for s in self.slots if s.kind == kind), None)

    def to_bytes(self) -> bytes:
        document = {
            "format": KEY_FILE_FORMAT,
            "version": KEY_FILE_VERSION,
            "archive_id": self.archive_id,
            "slots": [_slot_to_json(slot) for slot in self.slots],
        }
        return (json.dumps(document, indent=2) + "\n").encode()

    @classmethod
    def from_bytes(cls, data: bytes) -> KeyFile:
        try:
            document = json.loads(data)
            if document.get("format") != KEY_FILE_FORMAT:
                raise KeyFileError("not a Correspondence Archive key file")
            if document.get("version") != KEY_FILE_VERSION:
                raise KeyFileError(f"unsupported key file version {document.get('version')}")
            slots = tuple(_slot_from_json(item) for item in document["slots"])
            return cls(str(document["archive_id"]), slots)
        except KeyFileError:
            raise
        except (ValueError, KeyError, TypeError, AttributeError) as error:
            raise KeyFileError(f"damaged key file ({type(error).__name__})") from None

    def save(self, path: Path) -> None:
        write_atomically(path, self.to_bytes(), mode=0o600)

    @classmethod
    def load(cls, path: Path) -> KeyFile:
        try:
            data = path.read_bytes()
        except FileNotFoundError:
            raise KeyFileError(f"{path}: no key file") from None
        except OSError as error:
            raise KeyFileError(f"{path}: {error.strerror}") from None
        return cls.from_bytes(data)


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _slot_to_json(slot: Slot) -> dict[str, Any]:
    return {
        "kind": slot.kind,
        "kdf": {"name": "argon2id", **asdict(slot.kdf)},
        "salt": _b64(slot.salt),
        "nonce": _b64(slot.nonce),
        "sealed_key": _b64(slot.sealed_key),
    }


def _slot_from_json(item: dict[str, Any]) -> Slot:
    kdf = item["kdf"]
    if kdf.get("name") != "argon2id":
        raise KeyFileError(f"unknown key derivation {kdf.get('name')!r}")
    params = KdfParams(int(kdf["memory_kib"]), int(kdf["iterations"]), int(kdf["lanes"]))
    if params.memory_kib < 8 * 1024 or params.iterations < 1 or params.lanes < 1:
        raise KeyFileError("key derivation settings too weak")
    return Slot(
        kind=str(item["kind"]),
        kdf=params,
        salt=base64.b64decode(item["salt"], validate=True),
        nonce=base64.b64decode(item["nonce"], validate=True),
        sealed_key=base64.b64decode(item["sealed_key"], validate=True),
    )
