# SPDX-License-Identifier: GPL-3.0-or-later
"""Letters DejaVu Sans lacks in the PDF dossier: Ethiopic (Tigrinya, Amharic) and emoji
from the shipped Noto and Symbola fonts, other scripts from a font the computer's
fontconfig knows, U+FFFD only where no font has the letter; lines measured with the font
each letter is drawn from."""

from __future__ import annotations

import shutil
from typing import TYPE_CHECKING, cast

import pytest
from fontTools.fontBuilder import FontBuilder
from fontTools.pens.ttGlyphPen import TTGlyphPen
from pypdf import PdfReader

from correspondence_app.export import pdf_fonts
from correspondence_app.export.pdf_layout import FONT, Dossier
from tests.unit.export.letters import single_dossier

if TYPE_CHECKING:
    from pathlib import Path

    from pypdf.generic import DictionaryObject

TIGRINYA = "ሰላም ካትያ፣ ኣብ ሆስፒታል እየ። ጥዕናይ ጽቡቕ እዩ።"
SUBJECT = "ካብ ሆስፒታል"
HAN = "中文"


EMOJI = "Danke 👍🙏💪 ✅"  # none of them in DejaVu


def _letter() -> bytes:
    body = f"{TIGRINYA}\n{(TIGRINYA + ' ') * 8}\nGrüße, всё хорошо.\n{EMOJI}\n"
    return (
        "From: Yonas <yonas@example.org>\nTo: katja@example.de\n"
        "Subject: =?utf-8?b?4Yqr4YmlIOGIhuGIteGNkuGJs+GIjQ==?=\n"
        "Date: Tue, 03 Jun 2025 10:00:00 +0300\nMessage-ID: <ti@example.org>\n"
        "MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n"
        f"Content-Transfer-Encoding: 8bit\n\n{body}"
    ).encode()


def _fonts(path: Path) -> set[str]:
    """The names of the fonts the PDF's pages use, without the subset prefix."""
    names = set()
    for page in PdfReader(path).pages:
        fonts = cast("DictionaryObject", cast("DictionaryObject", page["/Resources"])["/Font"])
        for font in fonts.values():
            names.add(str(cast("DictionaryObject", font.get_object())["/BaseFont"]))
    return {name.split("+")[-1] for name in names}


def _han_font(folder: Path) -> Path:
    """A font of two glyphs, 中 and 文, that no computer has: a square each."""
    names = [".notdef", "uni4E2D", "uni6587"]
    builder = FontBuilder(1000, isTTF=True)
    builder.setupGlyphOrder(names)
    builder.setupCharacterMap({0x4E2D: "uni4E2D", 0x6587: "uni6587"})
    glyphs = {}
    for name in names:
        pen = TTGlyphPen(None)
        pen.moveTo((100, 0))
        pen.lineTo((100, 800))
        pen.lineTo((900, 800))
        pen.lineTo((900, 0))
        pen.closePath()
        glyphs[name] = pen.glyph()
    builder.setupGlyf(glyphs)
    builder.setupHorizontalMetrics({name: (1000, 100) for name in names})
    builder.setupHorizontalHeader(ascent=880, descent=-120)
    builder.setupNameTable({"familyName": "Quadrat Han Test", "styleName": "Regular"})
    builder.setupOS2(sTypoAscender=880, usWinAscent=880, usWinDescent=120)
    builder.setupPost()
    path = folder / "QuadratHanTest-Regular.ttf"
    builder.save(str(path))
    return path


def _fontconfig(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fonts: Path) -> None:
    """fontconfig, for this test's `fc-list`, knows the fonts in ``fonts`` only."""
    config = tmp_path / "fonts.conf"
    config.write_text(
        '<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n'
        f"<fontconfig><dir>{fonts}</dir><cachedir>{tmp_path / 'cache'}</cachedir></fontconfig>\n"
    )
    monkeypatch.setenv("FONTCONFIG_FILE", str(config))


def _written(tmp_path: Path, text: str) -> Path:
    pdf = Dossier("%1")
    pdf.add_page()
    for style in ("", "B"):
        pdf.set_font(FONT, style, 11)
        pdf.para(6, pdf.clean(text))
    target = tmp_path / "fonts.pdf"
    pdf.output(str(target))
    return target


def test_tigrinya_and_emoji_are_printed_in_the_shipped_fonts(tmp_path: Path) -> None:
    target = single_dossier(tmp_path, _letter(), SUBJECT)
    text = "\n".join(page.extract_text() for page in PdfReader(target).pages)
    assert "\ufffd" not in text
    assert SUBJECT in text  # in the contents and the heading, both bold
    assert TIGRINYA in text
    assert "всё хорошо" in text
    assert EMOJI in text
    assert {"NotoSansEthiopic", "NotoSansEthiopicBold", "DejaVuSansBook", "Symbola"} <= _fonts(
        target
    )


def test_lines_are_measured_with_the_font_each_letter_is_drawn_from(tmp_path: Path) -> None:
    pdf = Dossier("%1")
    pdf.add_page()
    mixed = pdf.clean(f"Katja: {TIGRINYA}")
    for style in ("", "B"):
        pdf.set_font(FONT, style, 10)
        assert pdf.text_width(mixed) == pytest.approx(pdf.get_string_width(mixed), rel=1e-6)
    lines = pdf.wrap(pdf.clean((TIGRINYA + " ") * 10), 100)
    assert len(lines) > 3
    assert all(pdf.get_string_width(line) <= 100 - 2 * pdf.c_margin for line in lines)


def test_a_letter_a_font_of_the_computer_has_is_drawn_from_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fonts = tmp_path / "fonts"
    fonts.mkdir()
    _han_font(fonts)
    _fontconfig(tmp_path, monkeypatch, fonts)
    target = _written(tmp_path, f"Chinesisch: {HAN}, ሰላም")
    text = PdfReader(target).pages[0].extract_text()
    assert text.count(HAN) == 2  # regular and bold, from the one face there is
    assert "\ufffd" not in text
    assert "QuadratHanTest" in _fonts(target)


def test_a_letter_no_font_has_is_shown_as_a_replacement_mark(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    empty = tmp_path / "no-fonts"
    empty.mkdir()
    _fontconfig(tmp_path, monkeypatch, empty)
    text = PdfReader(_written(tmp_path, f"Chinesisch: {HAN}, ሰላም")).pages[0].extract_text()
    assert text.count("Chinesisch: \ufffd\ufffd, ሰላም") == 2


def test_without_fontconfig_the_shipped_fonts_still_serve(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))  # no fc-list to be found
    assert shutil.which("fc-list") is None
    text = PdfReader(_written(tmp_path, f"{HAN} ሰላም")).pages[0].extract_text()
    assert text.count("\ufffd\ufffd ሰላም") == 2


def test_a_damaged_font_file_on_the_computer_is_passed_over(tmp_path: Path) -> None:
    broken = tmp_path / "Broken-Regular.ttf"
    broken.write_bytes(b"\x00\x01\x00\x00" + b"\xff" * 200)
    assert not pdf_fonts.has_outlines(pdf_fonts.SystemFont(broken, 0))
    han = _han_font(tmp_path)
    assert pdf_fonts.has_outlines(pdf_fonts.SystemFont(han, 0))


def test_a_fontconfig_that_does_not_answer_is_not_asked_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """fc-list building its cache for minutes must not stall the export once per letter."""
    calls = tmp_path / "calls"
    slow = tmp_path / "fc-list"
    slow.write_text(f'#!/bin/sh\necho asked >> "{calls}"\nexec {shutil.which("sleep")} 5\n')
    slow.chmod(0o755)
    monkeypatch.setenv("PATH", str(tmp_path))
    monkeypatch.setattr(pdf_fonts, "_FC_TIMEOUT_S", 0.3)
    text = PdfReader(_written(tmp_path, f"{HAN} \u0e01 \u0f00")).pages[0].extract_text()
    assert text.count("\ufffd\ufffd") == 2  # Han, in regular and bold
    assert calls.read_text().count("asked") == 1
