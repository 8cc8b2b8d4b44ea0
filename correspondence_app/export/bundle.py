# SPDX-License-Identifier: GPL-3.0-or-later
"""The bundle: the originals with their manifest and checksums in one ZIP encrypted with
AES-256 (WinZip AES, which 7-Zip and most archive programs open with the password), for
another supporter or a lawyer; with the transfer file (tags, notes, people, signs of life,
letters: see :mod:`transfer`) that this application applies when it imports the bundle."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal

import pyzipper

from correspondence_app.export.originals import write_eml_zip
from correspondence_app.export.transfer import write_transfer

if TYPE_CHECKING:
    import threading
    import zipfile
    from collections.abc import Callable
    from pathlib import Path

    from sqlalchemy import Engine

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
    engine: Engine,
    source: ExportSource,
    bundle: zipfile.ZipFile,
    entry: Callable[[str], zipfile.ZipInfo],
    *,
    progress: Callable[[int, int], None] | None = None,
    cancel: threading.Event | None = None,
) -> tuple[dict[int, str], list[tuple[str, str]]]:
    """The ``.eml`` originals (and Outlook originals) into the open bundle, encrypted one by
    one, then the transfer file and its files (each entry made by ``entry``). Returns
    where each message went, and the name and SHA-256 of each transfer entry."""
    item_files = write_eml_zip(source, bundle, progress=progress, cancel=cancel)
    return item_files, write_transfer(engine, source.ids, bundle, entry)
