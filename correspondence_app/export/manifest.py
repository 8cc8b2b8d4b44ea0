# SPDX-License-Identifier: GPL-3.0-or-later
"""The proof that goes with every export: ``manifest.json`` (each message with its
Message-ID, date, file, size and the SHA-256 of its original and attachments; the
selection; the application's version; the export's time) and ``SHA256SUMS`` in the form
``sha256sum -c`` checks."""

from __future__ import annotations

import hashlib
import json
from typing import TYPE_CHECKING, Any

from correspondence_app import __version__

if TYPE_CHECKING:
    from collections.abc import Iterable, Mapping

    from correspondence_app.export.source import ExportSource

MANIFEST_NAME = "manifest.json"
SUMS_NAME = "SHA256SUMS"
APPLICATION = "Correspondence Archive"


def build_manifest(
    source: ExportSource, export_format: str, item_files: Mapping[int, str]
) -> dict[str, Any]:
    """Every chosen message, oldest first; ``file`` is where its original is in the export
    ("" when the format carries none, such as CSV)."""
    items = []
    for item in source.items():
        items.append(
            {
                "id": item.id,
                "message_id": item.message_id,
                "date": item.local_date.isoformat() if item.local_date else None,
                "subject": item.subject,
                "from": item.sender,
                "file": item_files.get(item.id, ""),
                "size": item.size_bytes,
                "sha256": item.sha256,
                "attachments": [
                    {"filename": a.filename, "size": a.size_bytes, "sha256": a.sha256}
                    for a in item.attachments
                ],
            }
        )
    return {
        "application": APPLICATION,
        "version": __version__,
        "format": export_format,
        "exported_at": source.exported_at.isoformat(),
        "compiled_by": source.compiled_by,
        "selection": source.selection.as_json(),
        "messages": len(items),
        "items": items,
    }


def manifest_bytes(manifest: Mapping[str, Any]) -> bytes:
    return (json.dumps(manifest, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def sums_text(files: Iterable[tuple[str, bytes | str]]) -> bytes:
    """``SHA256SUMS``: one ``<sha256>  <name>`` line per file (name, content or its digest),
    sorted by name; names are the export's own, with ``/`` between folders."""
    lines = []
    for name, content in sorted(files):
        digest = content if isinstance(content, str) else hashlib.sha256(content).hexdigest()
        lines.append(f"{digest}  {name}\n")
    return "".join(lines).encode("utf-8")


def parse_sums(text: bytes) -> dict[str, str]:
    """Name -> SHA-256 from a ``SHA256SUMS`` file (``*`` binary marks allowed)."""
    found = {}
    for line in text.decode("utf-8").splitlines():
        if not line.strip():
            continue
        digest, _, name = line.partition(" ")
        found[name.lstrip(" *")] = digest.lower()
    return found
