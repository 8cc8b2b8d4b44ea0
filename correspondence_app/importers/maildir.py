# SPDX-License-Identifier: GPL-3.0-or-later
"""Maildir folders: nested trees and Maildir++ ".Sent" style, flags from the file name."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pathlib import Path

# "unique:2,FLAGS"; "!" replaces ":" where file systems forbid it, "," is seen too.
INFO = re.compile(r"[:!,]2,([A-Za-z]*)$")
DELIVERY_TIME = re.compile(r"^(\d{9,10})\.")


def is_maildir(directory: Path) -> bool:
    return (directory / "cur").is_dir() or (directory / "new").is_dir()


def flags_of(name: str) -> str:
    """The standard flags (D, F, P, R, S, T) in a message file's name, sorted."""
    match = INFO.search(name)
    if match is None:
        return ""
    return "".join(sorted({flag for flag in match.group(1) if flag.isupper()}))


def delivery_date(name: str) -> datetime | None:
    """The delivery time most Maildir writers put at the start of the file name."""
    match = DELIVERY_TIME.match(name)
    if match is None:
        return None
    return datetime.fromtimestamp(int(match.group(1)), tz=UTC)


def folder_name(root: Path, directory: Path) -> str:
    """A readable folder name: "Sent" for Maildir++ ".Sent", "bar/baz" for nested folders."""
    relative = directory.relative_to(root)
    parts: list[str] = []
    for part in relative.parts:
        if part.startswith(".") and len(part) > 1:
            parts.extend(piece for piece in part[1:].split(".") if piece)
        else:
            parts.append(part)
    return "/".join(parts) or "INBOX"
