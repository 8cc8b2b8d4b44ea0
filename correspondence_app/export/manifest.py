# SPDX-License-Identifier: GPL-3.0-or-later
"""The proof that goes with every export: ``manifest.json`` (each message with its
Message-ID, date, file, size and the SHA-256 of its original and attachments; the
selection; the application's version; the export's time; ``files``, every other file of
the export with its size and SHA-256, added by the exporter: see :mod:`custody`; for a
PDF, ``dossier``: the size and SHA-256 of the PDF before the manifest was added) and
``SHA256SUMS`` in the form ``sha256sum -c`` checks.

For an Outlook original (a .msg) the file holds the message converted from it: the item
gives the original's SHA-256 and size (``sha256``, ``size``: those of the .msg the archive
keeps), the converted message's (``file_sha256``, ``file_size``) and where the .msg itself
is in the export (``original_file``, "" where the format carries none)."""

from __future__ import annotations

import hashlib
import json
from typing import TYPE_CHECKING, Any

from correspondence_app import __version__
from correspondence_app.export.originals import outlook_name

if TYPE_CHECKING:
    from collections.abc import Iterable, Mapping

    from correspondence_app.export.source import ExportSource

MANIFEST_NAME = "manifest.json"
SUMS_NAME = "SHA256SUMS"
APPLICATION = "Correspondence Archive"


def build_manifest(
    source: ExportSource,
    export_format: str,
    item_files: Mapping[int, str],
    *,
    outlook_originals: bool = False,
) -> dict[str, Any]:
    """Every chosen message, oldest first; ``file`` is where its message is in the export
    ("" when the format carries none, such as CSV). ``outlook_originals``: the format
    writes each Outlook original beside its message (same stem, ``.msg``)."""
    items = []
    for item in source.items():
        file = item_files.get(item.id, "")
        entry: dict[str, Any] = {
            "id": item.id,
            "message_id": item.message_id,
            "date": item.local_date.isoformat() if item.local_date else None,
            "date_source": item.date_source,
            "subject": item.subject,
            "from": item.sender,
            "file": file,
            "size": item.size_bytes,
            "sha256": item.sha256,
        }
        if item.is_converted:
            entry["original_format"] = "outlook-msg"
            entry["file_size"] = item.converted_size
            entry["file_sha256"] = item.converted_sha256
            entry["original_file"] = outlook_name(file) if file and outlook_originals else ""
        entry["attachments"] = [
            {"filename": a.filename, "size": a.size_bytes, "sha256": a.sha256}
            for a in item.attachments
        ]
        items.append(entry)
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
