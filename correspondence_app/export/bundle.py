# SPDX-License-Identifier: GPL-3.0-or-later
"""The bundle: the originals with their manifest and checksums in one ZIP encrypted with
AES-256 (WinZip AES, which 7-Zip and most archive programs open with the password), for
another supporter or a lawyer."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal

import pyzipper

from correspondence_app.export.originals import write_eml_zip

if TYPE_CHECKING:
    import threading
    import zipfile
    from collections.abc import Callable
    from pathlib import Path

    from correspondence_app.export.source import ExportSource

MIN_PASSWORD = 8  # characters


def open_bundle(path: Path, mode: Literal["r", "w", "a"], password: str) -> zipfile.ZipFile:
    """The bundle as a ZIP file object that encrypts what it writes and decrypts what it
    reads with ``password``."""
    bundle = pyzipper.AESZipFile(
        path, mode, compression=pyzipper.ZIP_DEFLATED, encryption=pyzipper.WZ_AES
    )
    bundle.setpassword(password.encode("utf-8"))
    bundle.setencryption(pyzipper.WZ_AES, nbits=256)
    return bundle  # type: ignore[no-any-return]


def write_bundle(
    source: ExportSource,
    bundle: zipfile.ZipFile,
    *,
    progress: Callable[[int, int], None] | None = None,
    cancel: threading.Event | None = None,
) -> dict[int, str]:
    """The ``.eml`` originals into the open bundle (encrypted one by one)."""
    return write_eml_zip(source, bundle, progress=progress, cancel=cancel)


def is_encrypted(path: Path) -> bool:
    """Whether the ZIP's entries need a password."""
    with pyzipper.AESZipFile(path) as bundle:
        return any(info.flag_bits & 0x1 for info in bundle.infolist())
