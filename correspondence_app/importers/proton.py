# SPDX-License-Identifier: GPL-3.0-or-later
"""Proton Mail's export (the Proton Mail Export Tool): every message as ``<id>.eml`` in one
folder, beside it ``<id>.metadata.json`` with the message's labels by their ids, and once
for the folder ``labels.json``, which names the user's own folders and labels.

The messages are imported as any ``.eml`` files are; their folders and labels (Inbox,
Sent, the user's own) come with them, as Gmail's labels do, so that the user's sent mail
is known as such. The description files are not mail and are not listed as skipped.
"""

from __future__ import annotations

import functools
import json
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pathlib import Path

METADATA_SUFFIX = ".metadata.json"
LABELS_FILE = "labels.json"
# Proton's own folders and labels, by the ids its export gives them; "All Mail" (every
# message) and the ids of the same places again ("All Sent", "All Drafts") are left out.
SYSTEM_LABELS = {
    "0": "Inbox",
    "1": "Drafts",
    "2": "Sent",
    "3": "Trash",
    "4": "Spam",
    "6": "Archive",
    "7": "Sent",
    "8": "Drafts",
    "10": "Starred",
}
LONGEST_JSON = 4 * 1024 * 1024  # a message's description is a few kilobytes
_MAX_LABELS = 100


def is_description(name: str, names: frozenset[str] | set[str]) -> bool:
    """Whether the file ``name``, among the files ``names`` of its folder (or the members
    of its ZIP, by their paths), describes the messages of a Proton export rather than
    being one: ``<id>.metadata.json`` beside ``<id>.eml``, and ``labels.json`` beside such
    files."""
    if name.endswith(METADATA_SUFFIX):
        return name[: -len(METADATA_SUFFIX)] + ".eml" in names
    if name.rpartition("/")[2] == LABELS_FILE:
        folder = name[: -len(LABELS_FILE)]
        return any(o.startswith(folder) and o.endswith(METADATA_SUFFIX) for o in names)
    return False


def labels_of(message: Path) -> tuple[str, ...]:
    """The folders and labels of an exported message, from the description beside it;
    () for any other file, or where the description cannot be read."""
    if not message.name.lower().endswith(".eml"):
        return ()
    description = _read(message.with_name(message.name[:-4] + METADATA_SUFFIX))
    if description is None:
        return ()
    return labels_in(description, _own_labels(message.parent / LABELS_FILE))


def labels_in(description: bytes, own: dict[str, str]) -> tuple[str, ...]:
    """The folders and labels a message's description gives by their ids, named by ``own``
    (the export's labels.json, own_labels_in) or as Proton's own."""
    payload = _payload(description)
    ids = payload.get("LabelIDs") if isinstance(payload, dict) else None
    if not isinstance(ids, list):
        return ()
    names = [own.get(str(i)) or SYSTEM_LABELS.get(str(i), "") for i in ids[:_MAX_LABELS]]
    return tuple(dict.fromkeys(name for name in names if name))


def own_labels_in(labels_json: bytes) -> dict[str, str]:
    """The user's own folders and labels by id, from the export's labels.json."""
    payload = _payload(labels_json)
    found = {}
    for label in payload if isinstance(payload, list) else ():
        if not isinstance(label, dict):
            continue
        name = label.get("Path") or label.get("Name")
        if isinstance(name, str) and name.strip() and label.get("ID") is not None:
            found[str(label["ID"])] = " ".join(name.split())
    return found


def _read(path: Path) -> bytes | None:
    """A description file's bytes; None if there is none, or one too long to be one."""
    try:
        if not path.is_file() or path.stat().st_size > LONGEST_JSON:
            return None
        return path.read_bytes()
    except OSError:
        return None


def _payload(document: bytes) -> object:
    try:
        parsed = json.loads(document)
    except (ValueError, RecursionError):
        return None
    return parsed.get("Payload") if isinstance(parsed, dict) else None


@functools.lru_cache(maxsize=8)
def _own_labels_at(path: Path, _changed: float) -> dict[str, str]:
    found = _read(path)
    return own_labels_in(found) if found is not None else {}


def _own_labels(path: Path) -> dict[str, str]:
    """The user's own folders and labels by id, from the labels.json at ``path``."""
    try:
        changed = path.stat().st_mtime
    except OSError:
        return {}
    return _own_labels_at(path, changed)
