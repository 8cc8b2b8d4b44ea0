# SPDX-License-Identifier: GPL-3.0-or-later
"""The dossier's page: the shipped DejaVu font (with fallbacks for the letters it lacks), text
that wraps in linear time, and pictures decoded safely and scaled down, for fpdf2 to write
as PDF/A-3."""

from __future__ import annotations

import contextlib
import copy
import io
import math
import re
import unicodedata
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from fpdf import FPDF
from fpdf.enums import YPos
from PIL import Image

from correspondence_app.export import pdf_fonts
from correspondence_app.render.body import inline_image_format

if TYPE_CHECKING:
    from collections.abc import Iterator

    from fpdf.fonts import TTFFont

COMPLIANCE = "PDFA_3B"  # PDF/A-3 allows embedded files of any type (the .eml originals)
FONT = "DejaVu"
GREY = (90, 90, 90)
MAX_PICTURE_PIXELS = 50_000_000  # larger pictures are listed, not decoded
PICTURE_SIDE_PX = 1200  # pictures are scaled down to this (180 dpi across the A4 text width)
# fpdf2 holds every picture until the PDF is written, and then the whole PDF once more:
# past this many bytes of pictures the rest are listed only (their originals are embedded).
PICTURES_BUDGET_BYTES = 120_000_000
PICTURE_SUFFIXES = (".jpg", ".jpeg", ".png", ".gif", ".webp", ".bmp")
_PLAIN_MODES = {"JPEG": ("RGB", "L"), "PNG": ("RGB", "RGBA", "L", "LA")}
_PAGES_ALIAS = "{pages}"  # as wide as a six-digit page count: room for its number
_TOKENS = re.compile(r"\S+|\s+")
# Letters of the scripts written right to left (Hebrew, Arabic, Syriac, Thaana, N'Ko and
# the presentation forms), and of those whose letters join or reorder (the scripts of India
# and Sri Lanka, Thai, Lao, Tibetan, Myanmar, Khmer, Mongolian): a line with one is shaped
# and laid out by HarfBuzz.
_SHAPED = re.compile(
    "[\u0590-\u08ff\u0900-\u0dff\u0e00-\u0fff\u1000-\u109f\u1780-\u18af\ufb1d-\ufdff\ufe70-\ufefc]"
)
_CONTROLS = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]"
)


def _starts_right_to_left(line: str) -> bool:
    """The line's first letter (its first strongly directional character, as the Unicode
    bidirectional algorithm finds a paragraph's direction) is written right to left."""
    for char in line:
        direction = unicodedata.bidirectional(char)
        if direction in ("R", "AL"):
            return True
        if direction == "L":
            return False
    return False


def fonts_folder() -> Path:
    """resources/fonts beside the package (a checkout) or inside it (a wheel)."""
    package = Path(__file__).resolve().parents[1]
    for candidate in (package / "resources", package.parent / "resources"):
        if (candidate / "fonts").is_dir():
            return candidate / "fonts"
    return package.parent / "resources" / "fonts"


class Dossier(FPDF):
    """An A4 PDF/A-3B document in DejaVu Sans, each page numbered by ``page_label``
    ("page %1 of %2")."""

    def __init__(self, page_label: str) -> None:
        super().__init__(format="A4", unit="mm", enforce_compliance=COMPLIANCE)
        folder = fonts_folder()
        self.add_font(FONT, "", folder / "DejaVuSans.ttf")
        self.add_font(FONT, "B", folder / "DejaVuSans-Bold.ttf")
        self.set_margins(20, 20, 20)
        self.set_auto_page_break(True, margin=18)
        self.set_font(FONT, "", 10)
        self.alias_nb_pages(_PAGES_ALIAS)
        self.page_label = page_label
        self.picture_bytes = 0
        fonts = {style: cast("TTFFont", self.fonts[FONT.lower() + style]) for style in ("", "B")}
        # in 1/1000 em; a fallback font's letters are added with their widths
        self._widths = {style: copy.copy(font.cw) for style, font in fonts.items()}
        self._known = set(fonts[""].cmap) & set(fonts["B"].cmap)
        self._fallbacks: list[str] = []
        self._looked_up: set[int] = set()  # letters a fallback font was looked for
        self._lookups = 0

    def footer(self) -> None:
        self.set_y(-12)
        self.set_font(FONT, "", 8)
        self.set_text_color(*GREY)
        label = self.page_label.replace("%1", str(self.page_no())).replace("%2", _PAGES_ALIAS)
        self.cell(0, 5, label, align="C")

    def cell(
        self,
        w: float | None = None,
        h: float | None = None,
        text: str = "",
        *args: Any,
        **kwargs: Any,
    ) -> bool:
        """fpdf2's cell; a text with letters of a script written right to left, or of one
        whose letters join, is shaped by HarfBuzz (the letters joined as the script joins
        them) and put in visual order by the Unicode bidirectional algorithm. Other text is
        not: shaping costs time, and Latin and Cyrillic need none."""
        if not _SHAPED.search(text):
            return super().cell(w, h, text, *args, **kwargs)
        with self._shaped():
            return super().cell(w, h, text, *args, **kwargs)

    def clean(self, text: str) -> str:
        """Printable text: no controls or direction marks; a letter DejaVu lacks is drawn
        from a fallback font (:mod:`pdf_fonts`), or shown as U+FFFD where none has it
        (PDF/A forbids drawing a font's empty .notdef glyph)."""
        text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", "    ")
        text = _CONTROLS.sub("", unicodedata.normalize("NFC", text))
        missing = {ord(char) for char in set(text)} - self._known - {10}
        if missing - self._looked_up:
            self._cover(missing - self._looked_up)
            missing -= self._known
        return text.translate(dict.fromkeys(missing, "\ufffd")) if missing else text

    def _cover(self, letters: set[int]) -> None:
        """Fallback fonts for ``letters``: the shipped ones at the first letter DejaVu
        lacks, then for each letter still missing a font of the computer's, while
        :data:`pdf_fonts.MAX_LOOKUPS` allows."""
        if not self._looked_up:
            folder = fonts_folder()
            for family, files in pdf_fonts.SHIPPED:
                faces = {style: (folder / name, 0) for style, name in files.items()}
                self._add_fallback(family, faces)
        self._looked_up |= letters
        letters = letters - self._known
        while letters and self._lookups < pdf_fonts.MAX_LOOKUPS:
            self._lookups += 1
            letter = min(letters)
            try:
                found = pdf_fonts.system_font(letter)
            except pdf_fonts.FontLookupError:  # not asked again for this dossier
                self._lookups = pdf_fonts.MAX_LOOKUPS
                return
            if found is None or not self._add_fallback(
                f"Fallback{len(self._fallbacks)}", {"": (found.path, found.index)}
            ):
                letters.discard(letter)
            letters -= self._known

    def _add_fallback(self, family: str, faces: dict[str, tuple[Path, int]]) -> bool:
        """Adds the font; its letters that no font before had become known, each as wide
        as in the font fpdf2 draws it from. False if fpdf2 cannot read the font."""
        try:
            for style, (path, index) in faces.items():
                self.add_font(family, style, path, collection_font_number=index)
        except Exception:  # a font file fpdf2 cannot use: its letters stay U+FFFD
            return False
        self._fallbacks.append(family)
        self.set_fallback_fonts(self._fallbacks, exact_match=False)
        regular = cast("TTFFont", self.fonts[family.lower()])
        new = set(regular.cmap) - self._known
        for style, widths in self._widths.items():
            for code in new:
                key = self.get_fallback_font(chr(code), style) or family.lower()
                widths[code] = cast("TTFFont", self.fonts[key]).cw[code]
        self._known |= new
        return True

    def text_width(self, text: str) -> float:
        return self._units(text) * self.font_size_pt * 0.001 / self.k

    def _units(self, text: str) -> float:
        """The width of ``text`` in the current font, in thousandths of its size: shaped
        where it is shaped, whose joined letters are narrower."""
        if not _SHAPED.search(text):
            widths = self._widths[self.font_style]
            return sum(widths[ord(char)] for char in text)
        with self._shaped():
            width = self.get_string_width(text)
        return width * self.k / (self.font_size_pt * 0.001)

    @contextlib.contextmanager
    def _shaped(self) -> Iterator[None]:
        """Text drawn or measured inside is shaped by HarfBuzz."""
        self.set_text_shaping(True)
        try:
            yield
        finally:
            self.set_text_shaping(False)

    def fit(self, text: str, width: float) -> str:
        """The text on one line, cut with "…" to fit in a cell of ``width``."""
        text = self.clean(" ".join(text.split()))
        room = width - 2 * self.c_margin
        if self.text_width(text) <= room:
            return text
        low, high = 0, len(text)
        while low < high:
            middle = (low + high + 1) // 2
            fits = self.text_width(text[:middle] + "…") <= room
            low, high = (middle, high) if fits else (low, middle - 1)
        return text[:low] + "…"

    def wrap(self, text: str, width: float) -> list[str]:
        """The lines of ``width`` that the text breaks into: at spaces, inside longer words.

        fpdf2's multi_cell measures a line again for every character it adds (a minute for
        a thousand messages); this measures every word once.
        """
        widths = self._widths[self.font_style]
        room = (width - 2 * self.c_margin) * self.k / (self.font_size_pt * 0.001)
        lines: list[str] = []
        for paragraph in text.split("\n"):
            line: list[str] = []
            used = 0.0
            for token in _TOKENS.findall(paragraph):
                size = self._units(token)
                if used + size <= room or token.isspace():  # spaces may hang past the edge
                    line.append(token)
                    used += size
                    continue
                if "".join(line).strip():
                    lines.append("".join(line).rstrip())
                while size > room:  # a word longer than the line: cut where the line is full
                    cut, part = 0, 0.0
                    while cut == 0 or part + widths[ord(token[cut])] <= room:
                        part += widths[ord(token[cut])]
                        cut += 1
                    lines.append(token[:cut])
                    token, size = token[cut:], size - part
                line, used = [token], size
            lines.append("".join(line).rstrip())
        return lines

    def clipped(self, text: str, width: float, max_lines: int) -> str:
        """The text's first ``max_lines`` lines of ``width``, the last ending in "…" if cut."""
        lines = self.wrap(self.clean(text), width)
        if len(lines) <= max_lines:
            return "\n".join(lines)
        last = lines[max_lines - 1]
        while last and self.text_width(last + "…") > width - 2 * self.c_margin:
            last = last[:-1]
        return "\n".join([*lines[: max_lines - 1], last + "…"])

    def para(
        self,
        height: float,
        text: str,
        *,
        indent: float = 0,
        border: str = "",
        last_border: str = "",
        fill: bool = False,
        right_to_left: bool = True,
    ) -> None:
        """Lines from ``indent``, breaking pages as needed; then the next line. A line
        whose first letter is of a script written right to left is aligned right (unless
        not ``right_to_left``: a header field's value stays beside its label)."""
        width = self.epw - indent
        lines = self.wrap(text, width)
        for number, line in enumerate(lines, 1):
            self.set_x(self.l_margin + indent)
            sides = last_border if number == len(lines) and last_border else border
            align = "R" if right_to_left and _starts_right_to_left(line) else "L"
            self.cell(
                width, height, line, border=sides or 0, fill=fill, align=align, new_y=YPos.NEXT
            )
        self.set_x(self.l_margin)

    def label_width(self, labels: list[str], size: float, least: float) -> float:
        """The width of a column of ``labels`` beside their values: ``least``, or wider for
        a language whose labels are longer ("Zusammengestellt von")."""
        self.set_font(FONT, "B", size)
        return max(least, *(self.get_string_width(label) + 3 for label in labels))

    def field(self, label: str, value: str, *, size: float = 9, label_mm: float = 28) -> None:
        """A label and its value, which wraps beside it."""
        self.set_font(FONT, "B", size)
        self.set_text_color(*GREY)
        self.cell(label_mm, size / 2 + 0.5, label)
        self.set_font(FONT, "", size)
        self.set_text_color(0, 0, 0)
        self.para(size / 2 + 0.5, self.clean(value), indent=label_mm, right_to_left=False)

    def picture(self, data: bytes, label: str) -> str:
        """The picture at its natural size (at most the page's), captioned by ``label``.

        Returns "" when shown, else why not: "failed" (not a picture we can decode) or
        "skipped" (past PICTURES_BUDGET_BYTES).
        """
        found = _decoded(data)
        if found is None:
            return "failed"
        picture, width_px, height_px = found
        if self.picture_bytes + picture.getbuffer().nbytes > PICTURES_BUDGET_BYTES:
            return "skipped"
        width = min(self.epw, width_px * 25.4 / 96)
        height = width * height_px / width_px
        room = self.page_break_trigger - self.t_margin - 8
        if height > room:
            width, height = width * room / height, room
        if self.will_page_break(height + 8):
            self.add_page()
        self.ln(3)
        try:
            self.image(picture, x=self.l_margin, w=width, h=height)
        except Exception:  # a damaged picture that fpdf2 cannot embed: listed, not shown
            return "failed"
        self.picture_bytes += picture.getbuffer().nbytes
        self.set_font(FONT, "", 8)
        self.set_text_color(*GREY)
        self.para(4, self.clean(label))
        self.set_text_color(0, 0, 0)
        return ""


def is_picture(content_type: str, filename: str) -> bool:
    return content_type.lower().startswith("image/") or filename.lower().endswith(PICTURE_SUFFIXES)


def _decoded(data: bytes) -> tuple[io.BytesIO, int, int] | None:
    """The picture as PNG or JPEG bytes, with its pixel size; None if it cannot be read.

    Only the formats :func:`inline_image_format` names are opened (never EPS and the like,
    which would run other programs), and fpdf2 gets bytes, never a name it could fetch.
    """
    kind = inline_image_format(data)
    if kind is None:
        return None
    try:
        with Image.open(io.BytesIO(data), formats=[kind]) as picture:
            width, height = picture.size
            if width * height > MAX_PICTURE_PIXELS or not width or not height:
                return None
            small = max(width, height) <= PICTURE_SIDE_PX
            if small and picture.mode in _PLAIN_MODES.get(kind, ()):
                return io.BytesIO(data), width, height  # placed as it is
            scale = min(1.0, PICTURE_SIDE_PX / max(width, height))
            box = (math.ceil(width * scale), math.ceil(height * scale))
            picture.draft("RGB", box)  # JPEG: decoded at a half, quarter... of its size
            picture.thumbnail(box)
            alpha = picture.mode in ("RGBA", "LA", "PA") or "transparency" in picture.info
            shown = picture.convert("RGBA" if alpha and kind != "JPEG" else "RGB")
    except (OSError, ValueError, SyntaxError, Image.DecompressionBombError):
        return None
    encoded = io.BytesIO()  # photographs stay small as JPEG, drawings sharp as PNG
    shown.save(encoded, "JPEG" if kind == "JPEG" else "PNG", quality=80)
    encoded.seek(0)
    return encoded, shown.width, shown.height
