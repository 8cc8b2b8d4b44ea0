# SPDX-License-Identifier: GPL-3.0-or-later
"""The chain of custody past the manifest: the manifest's ``files`` list (every file of the
export but ``manifest.json`` and ``SHA256SUMS``, with its size and SHA-256), so that the
manifest's SHA-256 in the export log binds the HTML pages, the CSV and the attachments too,
and the check of a folder, ZIP or PDF against that list."""

from __future__ import annotations

import hashlib
from typing import TYPE_CHECKING, Any

from correspondence_app.export.manifest import MANIFEST_NAME, SUMS_NAME

if TYPE_CHECKING:
    from collections.abc import Callable, Collection, Container, Iterable
    from pathlib import Path

FILES_KEY = "files"
# A PDF's pages cannot list themselves: the manifest gives the size and SHA-256 of the PDF
# as it was before the manifest and SHA256SUMS were added to it as its last update (its
# pages and the originals embedded in it, byte for byte).
DOSSIER_KEY = "dossier"
# The proof itself: neither can list itself (nor the other: SHA256SUMS lists the manifest).
UNLISTED = frozenset({MANIFEST_NAME, SUMS_NAME})
# What file managers leave in a folder they showed (Finder, Windows Explorer): not taken for
# a file added to the export.
DESKTOP_LITTER = frozenset({".DS_Store", "Thumbs.db", "desktop.ini"})


def is_litter(name: str) -> bool:
    return name.rsplit("/", 1)[-1] in DESKTOP_LITTER or name.startswith("__MACOSX/")


def file_digest(path: Path) -> str:
    """The file's SHA-256, read in blocks (an mbox or a dossier may be large)."""
    with open(path, "rb") as stream:
        return hashlib.file_digest(stream, "sha256").hexdigest()


def listed_files(files: Iterable[tuple[str, int, str]]) -> list[dict[str, Any]]:
    """The ``files`` list of a manifest from (name, size, SHA-256), sorted by name."""
    return [
        {"name": name, "size": size, "sha256": sha256} for name, size, sha256 in sorted(set(files))
    ]


def folder_names(folder: Path) -> list[str]:
    """Every file in the export folder but the proof, with ``/`` between folders."""
    names = (path.relative_to(folder).as_posix() for path in folder.rglob("*") if path.is_file())
    return sorted(name for name in names if name not in UNLISTED)


def folder_files(folder: Path) -> list[dict[str, Any]]:
    """The ``files`` list of an export folder, as it is now."""
    return listed_files(
        (name, (folder / name).stat().st_size, file_digest(folder / name))
        for name in folder_names(folder)
    )


def listed_mismatches(
    manifest: dict[str, Any],
    present: Collection[str],
    digest_of: Callable[[str], tuple[int, str] | None],
    said: Container[str] = (),
) -> list[str]:
    """What differs from the manifest's ``files`` list: a listed file changed or missing, a
    file the export holds that is not listed (``present``: the names it holds). ``digest_of``
    gives a file's size and SHA-256, None if there is none; a name in ``said`` was found
    missing, changed or damaged already and is not named again. A manifest written before
    the list (no ``files``) gives nothing: its export is checked as it always was."""
    if FILES_KEY not in manifest:
        return []
    listed = manifest[FILES_KEY]
    if not isinstance(listed, list):
        return [f"{MANIFEST_NAME}: its list of files is unreadable"]
    found, names = [], set()
    for number, entry in enumerate(listed, 1):
        name = entry.get("name") if isinstance(entry, dict) else None
        if not isinstance(name, str) or not name:
            found.append(f"{MANIFEST_NAME}: file {number} of its list is unreadable")
            continue
        names.add(name)
        if name in said:
            continue
        now = digest_of(name)
        if now is None:
            found.append(f"{name}: missing (listed in the manifest)")
        elif now != (entry.get("size"), entry.get("sha256")):
            found.append(f"{name}: changed (size or SHA-256 differs from the manifest)")
    added = sorted(name for name in set(present) - names - UNLISTED if not is_litter(name))
    found.extend(f"{name}: not in the manifest (added after the export)" for name in added)
    return found


def folder_mismatches(folder: Path, manifest: dict[str, Any]) -> list[str]:
    """An export folder against its manifest's ``files`` list, each file read in blocks."""

    def digest_of(name: str) -> tuple[int, str] | None:
        path = folder / name
        try:
            if not path.resolve().is_relative_to(folder.resolve()) or not path.is_file():
                return None
            return path.stat().st_size, file_digest(path)
        except (OSError, ValueError):  # unreadable, or no possible name: not there as listed
            return None

    try:
        present = folder_names(folder)
    except OSError as error:
        return [f"{folder.name}: cannot be read ({error.strerror or error})"]
    return listed_mismatches(manifest, present, digest_of)
