# SPDX-License-Identifier: GPL-3.0-or-later
"""The export log's side of the chain of custody: each logged export still in its place
compared with what the log holds of it (its manifest's SHA-256, the files that manifest
lists, the SHA-256 of the whole ZIP, PDF or bundle)."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import TYPE_CHECKING

from correspondence_app.export.custody import file_digest, folder_mismatches
from correspondence_app.export.verify import ManifestUnreadable, read_manifest

if TYPE_CHECKING:
    from collections.abc import Iterable

    from correspondence_app.export.exporter import ExportLogEntry


def check_entries(entries: Iterable[ExportLogEntry]) -> tuple[int, list[str]]:
    """How many logged exports were compared, and what differs, each naming its export."""
    compared, problems = 0, list[str]()
    for entry in entries:
        output = Path(entry.output)
        is_bundle = entry.format == "bundle"
        if (is_bundle and not entry.output_sha256) or not _exists(output):
            continue
        compared += 1
        found = _whole_file_problems(entry) if is_bundle else _logged_export_problems(entry)
        problems.extend(f"export {entry.id} in {output}: {problem}" for problem in found)
    return compared, problems


def _logged_export_problems(entry: ExportLogEntry) -> list[str]:
    """What differs between a logged export and what the log holds of it. A manifest not
    the logged one is said alone: its list of files cannot be trusted."""
    output = Path(entry.output)
    try:
        manifest = read_manifest(output)
    except ManifestUnreadable as error:
        return [f"its manifest is missing or unreadable ({error})"]
    if hashlib.sha256(manifest).hexdigest() != entry.manifest_sha256:
        return [
            f"its manifest is not the one logged on {entry.exported_at:%Y-%m-%d %H:%M} "
            "(changed or replaced)"
        ]
    if entry.output_sha256:
        return _whole_file_problems(entry)
    if not output.is_dir():
        return []  # a ZIP or PDF logged before the whole file's SHA-256 was
    try:
        return folder_mismatches(output, json.loads(manifest))
    except (ValueError, TypeError, RecursionError):  # the logged one: never seen so far
        return ["its manifest is unreadable"]


def _whole_file_problems(entry: ExportLogEntry) -> list[str]:
    """The ZIP, PDF or bundle against the SHA-256 of the whole file that the log holds."""
    name = Path(entry.output).name
    try:
        digest = file_digest(Path(entry.output))
    except OSError as error:
        return [f"{name} cannot be read ({error.strerror or error})"]
    if digest == entry.output_sha256:
        return []
    return [
        f"{name} is not the file logged on {entry.exported_at:%Y-%m-%d %H:%M} "
        "(SHA-256 differs: changed or replaced)"
    ]


def _exists(output: Path) -> bool:
    try:
        return output.exists()
    except OSError:  # a folder on the way that cannot be entered: nothing to compare
        return False
