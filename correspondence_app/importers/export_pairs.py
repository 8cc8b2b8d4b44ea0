# SPDX-License-Identifier: GPL-3.0-or-later
"""Outlook messages in an export of this application: a folder or ZIP of ``.eml`` files
holds, for an Outlook original, the message converted from it (``.eml``) and the ``.msg``
beside it. Its ``manifest.json`` names each such pair; the import takes the ``.msg`` (the
original, converted again as it was the first time) and skips the converted copy, which
would otherwise be stored as a second message."""

from __future__ import annotations

import json
import os
from typing import TYPE_CHECKING

from correspondence_app.export.manifest import APPLICATION, MANIFEST_NAME

if TYPE_CHECKING:
    from collections.abc import Callable
    from pathlib import Path

MAX_MANIFEST_BYTES = 256 * 1024 * 1024  # some 2 kB an item: far over a million messages
CONVERTED_COPY = "converted from the Outlook original (.msg) beside it, which is imported instead"


def converted_copies(manifest: bytes, is_there: Callable[[str], bool]) -> dict[str, str]:
    """The converted copies a manifest of this application names (its ``file`` of an item
    whose ``original_file`` is there too), each with the reason it is skipped; nothing for
    any other manifest or JSON."""
    try:
        parsed = json.loads(manifest)
    except (ValueError, RecursionError):
        return {}
    if not isinstance(parsed, dict) or parsed.get("application") != APPLICATION:
        return {}
    items = parsed.get("items")
    copies: dict[str, str] = {}
    for item in items if isinstance(items, list) else ():
        if not isinstance(item, dict):
            continue
        file, original = item.get("file"), item.get("original_file")
        if not (isinstance(file, str) and isinstance(original, str) and file and original):
            continue
        if file != original and is_there(file) and is_there(original):
            copies[file] = CONVERTED_COPY
    return copies


def in_folder(folder: Path) -> dict[str, str]:
    """The converted copies in an export folder, by their full path; nothing for a folder
    without a manifest of this application."""
    manifest = os.path.join(folder, MANIFEST_NAME)
    try:
        if os.path.getsize(manifest) > MAX_MANIFEST_BYTES:
            return {}
        with open(manifest, "rb") as stream:
            data = stream.read()
    except OSError:
        return {}
    root = os.path.abspath(folder)

    def place(name: str) -> str | None:
        # Names of the export's own: one that leaves the folder names nothing in it.
        path = os.path.normpath(os.path.join(root, name))
        return path if path.startswith(root + os.sep) else None

    def is_there(name: str) -> bool:
        path = place(name)
        return path is not None and os.path.isfile(path)

    return {
        path: reason
        for name, reason in converted_copies(data, is_there).items()
        if (path := place(name)) is not None
    }
