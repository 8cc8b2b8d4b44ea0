# SPDX-License-Identifier: GPL-3.0-or-later
"""Fonts for the letters DejaVu Sans lacks, so that a dossier shows them rather than U+FFFD.

First the fonts shipped beside DejaVu (Noto Sans Ethiopic: Tigrinya, Amharic; the emoji
and symbols of Symbola, in black and white), then any font that the computer's
fontconfig knows to have the letter (Chinese, Japanese and Korean, the scripts of India,
...). Nothing is fetched: what the computer lacks stays U+FFFD, as before.
"""

from __future__ import annotations

import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

from fontTools.ttLib import TTFont

# family -> {fpdf2 style: file in resources/fonts}; a family without bold serves both
SHIPPED: tuple[tuple[str, dict[str, str]], ...] = (
    ("NotoEthiopic", {"": "NotoSansEthiopic-Regular.ttf", "B": "NotoSansEthiopic-Bold.ttf"}),
    ("SymbolaEmoji", {"": "Symbola-Emoji.ttf"}),  # 👍 🙏 💪 ✅: the emoji DejaVu lacks
)
MAX_LOOKUPS = 12  # fontconfig asked at most this often per dossier
_OUTLINE_SUFFIXES = (".ttf", ".otf", ".ttc", ".otc")
_PLAIN_STYLES = ("regular", "book", "normal", "roman")
_FC_TIMEOUT_S = 20


@dataclass(frozen=True)
class SystemFont:
    path: Path
    index: int  # the face in a collection (.ttc)


class FontLookupError(Exception):
    """fontconfig cannot be asked (not installed, or it did not answer in time)."""


def system_font(code: int) -> SystemFont | None:
    """A font of this computer with outlines for the letter ``code``, by fontconfig's
    `fc-list`: a sans-serif regular face before others; None without one. Raises
    FontLookupError without fontconfig, or when it does not answer in time."""
    program = shutil.which("fc-list")
    if program is None:
        raise FontLookupError("no fc-list")
    pattern = f":charset={code:x}:scalable=True"
    try:
        listed = subprocess.run(  # noqa: S603 - fc-list with a pattern of a number
            [program, "--format", "%{file}\t%{index}\t%{style[0]}\n", pattern],
            capture_output=True,
            text=True,
            errors="replace",
            timeout=_FC_TIMEOUT_S,
            check=False,
        )
    except (OSError, subprocess.SubprocessError) as error:
        raise FontLookupError(str(error)) from error
    candidates: list[tuple[tuple[bool, bool, bool, int, str, int], SystemFont]] = []
    for line in listed.stdout.splitlines():
        file, _, rest = line.partition("\t")
        index, _, style = rest.partition("\t")
        path = Path(file)
        if not index.isdigit() or not file.lower().endswith(_OUTLINE_SUFFIXES):
            continue
        name = path.name.lower()
        rank = (
            style.strip().lower() not in _PLAIN_STYLES,
            "sans" not in name,
            "mono" in name or "serif" in name.replace("sans", ""),
            len(name),
            file,
            int(index),
        )
        candidates.append((rank, SystemFont(path, int(index))))
    for _, font in sorted(candidates, key=lambda candidate: candidate[0]):
        if has_outlines(font):
            return font
    return None


def has_outlines(font: SystemFont) -> bool:
    """The face draws its letters as outlines, which a PDF embeds, not as colour pictures
    (an emoji font's bitmaps), and can be read at all."""
    try:
        with TTFont(font.path, fontNumber=font.index, lazy=True) as face:
            outlined = "glyf" in face or "CFF " in face or "CFF2" in face
            pictures = any(table in face for table in ("CBDT", "sbix", "COLR", "SVG "))
            return outlined and not pictures
    except Exception:  # a damaged or unknown font file is not used
        return False
