# SPDX-License-Identifier: GPL-3.0-or-later
"""File names for exported messages that every file system takes: by date, sender and
subject, in ASCII, without separators, control characters, reserved names or leading
dots, short, and unique within an export."""

from __future__ import annotations

import re
import unicodedata
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from correspondence_app.export.source import ExportItem

MAX_STEM = 90  # characters before the extension: far under every file system's limit
_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")
_DOTS = re.compile(r"\.{2,}")
# Names Windows keeps for devices, with any extension.
_RESERVED = re.compile(r"^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\..*)?$", re.IGNORECASE)


# Cyrillic in Latin letters as passports write it (ICAO 9303), for file names only.
_LATIN = str.maketrans(
    {
        **dict(zip("абвгдезийклмнопрстуфыэ", "abvgdeziiklmnoprstufye", strict=True)),
        **dict(zip("АБВГДЕЗИЙКЛМНОПРСТУФЫЭ", "ABVGDEZIIKLMNOPRSTUFYE", strict=True)),
        "ё": "e", "Ё": "E", "ж": "zh", "Ж": "Zh", "х": "kh", "Х": "Kh", "ц": "ts", "Ц": "Ts",
        "ч": "ch", "Ч": "Ch", "ш": "sh", "Ш": "Sh", "щ": "shch", "Щ": "Shch", "ъ": "ie",
        "Ъ": "Ie", "ь": "", "Ь": "", "ю": "iu", "Ю": "Iu", "я": "ia", "Я": "Ia", "є": "ie",
        "і": "i", "ї": "i", "ґ": "g", "ß": "ss",
    }
)  # fmt: skip


def safe_part(text: str, limit: int = 40) -> str:
    """A piece of a file name: Latin letters (Cyrillic transliterated), digits, - and _."""
    latin = unicodedata.normalize("NFKD", text.translate(_LATIN))
    ascii_only = latin.encode("ascii", "ignore").decode("ascii")
    cleaned = _DOTS.sub(".", _UNSAFE.sub("-", ascii_only)).strip("-._")
    return cleaned[:limit].strip("-._")


def subject_part(subject: str, limit: int = 40) -> str:
    """The subject as a piece of a file name; "message" for one in a script that has no
    Latin letters for it (Arabic, Chinese), "no-subject" where there is none."""
    return safe_part(subject, limit) or ("message" if subject.strip() else "no-subject")


def item_stem(number: int, item: ExportItem) -> str:
    """``0007_2024-03-02_1030_sergej_Antrag-auf-Visum``: the place in the export, the date in
    the sender's zone, the sender's mailbox name and the subject."""
    when = item.local_date
    date = when.strftime("%Y-%m-%d_%H%M") if when is not None else "undated"
    address = item.sender.rsplit("<", 1)[-1].rstrip(">")
    sender = safe_part(address.split("@", 1)[0], 20) or "unknown"
    subject = subject_part(item.subject)
    return not_a_device(f"{number:04d}_{date}_{sender}_{subject}"[:MAX_STEM].strip("-._"))


def not_a_device(stem: str) -> str:
    """The stem, with ``_`` before a name Windows keeps for a device (``CON``, ``LPT1``)."""
    return f"_{stem}" if _RESERVED.match(stem) else stem


class UniqueNames:
    """Hands out each name once (case folded, as some file systems compare): a repeated one
    gets ``-2``, ``-3`` before its extension."""

    def __init__(self) -> None:
        self._taken: set[str] = set()

    def take(self, stem: str, extension: str) -> str:
        name, number = f"{stem}{extension}", 1
        while name.casefold() in self._taken:
            number += 1
            name = f"{stem}-{number}{extension}"
        self._taken.add(name.casefold())
        return name
