# SPDX-License-Identifier: GPL-3.0-or-later
"""Arabic, Persian and Hebrew in the PDF dossier as a mail program shows them: the letters
joined, the words right to left, a paragraph aligned right, lines as wide as the page; a
header field stays beside its label, and Latin and Cyrillic are laid out as before."""

from __future__ import annotations

import pytest
from pypdf import PdfReader

from correspondence_app.export.naming import subject_part
from correspondence_app.export.pdf_layout import FONT, Dossier
from tests.unit.export.letters import single_dossier

ARABIC = "مرحبا كاتيا، أنا بخير. الوضع في المستشفى صعب."
PERSIAN = "سلام، حال من خوب است. پدر و مادرم"
HEBREW = "שלום, מה שלומך?"
SUBJECT = "رسالة من المستشفى"
LONG = (ARABIC + " ") * 12


def _letter() -> bytes:
    body = f"{ARABIC}\n{PERSIAN}\n{HEBREW}\nHello Katja, всё хорошо.\n{LONG}\n"
    return (
        "From: Ahmad <ahmad@example.org>\nTo: katja@example.de\n"
        "Subject: =?utf-8?b?2LHYs9in2YTYqSDZhdmGINin2YTZhdiz2KrYtNmB2Yk=?=\n"
        "Date: Tue, 03 Jun 2025 10:00:00 +0300\nMessage-ID: <rtl@example.org>\n"
        "MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n"
        f"Content-Transfer-Encoding: 8bit\n\n{body}"
    ).encode()


@pytest.fixture(scope="module")
def page(tmp_path_factory: pytest.TempPathFactory) -> list[tuple[float, str]]:
    """The message's page: where each piece of text starts (x, in points) and what it says."""
    target = single_dossier(tmp_path_factory.mktemp("rtl"), _letter(), SUBJECT)
    pieces: list[tuple[float, str]] = []

    def seen(text: str, _cm: object, matrix: list[float], *_rest: object) -> None:
        if text.strip():
            pieces.append((matrix[4], text))

    PdfReader(target).pages[-1].extract_text(visitor_text=seen)
    return pieces


def _starts(pieces: list[tuple[float, str]], text: str) -> float:
    return next(x for x, piece in pieces if text in piece)


def test_the_letters_come_out_in_the_order_they_are_read(
    page: list[tuple[float, str]],
) -> None:
    """A text extractor reads shaped right-to-left text back in logical order; unshaped,
    left to right, it would read every word backwards."""
    text = "".join(piece for _, piece in page)
    for words in (ARABIC, PERSIAN, HEBREW, SUBJECT):
        assert words.replace(" ", "") in text.replace(" ", ""), words
    assert "Hello Katja, всё хорошо." in text


def test_a_right_to_left_paragraph_is_aligned_right_and_a_header_field_is_not(
    page: list[tuple[float, str]],
) -> None:
    left_margin = 20 * 72 / 25.4
    latin = _starts(page, "Hello Katja")
    assert left_margin <= latin < left_margin + 5  # after the cell's padding
    for words in (PERSIAN, HEBREW):
        assert _starts(page, words) > 300, words  # a short line ends at the right margin
    field = [x for x, piece in page if SUBJECT in piece]
    assert min(field) < 150  # the Subject field's value, beside its label


def test_right_to_left_lines_are_as_wide_as_the_page() -> None:
    """Joined letters are narrower than the letters alone: the lines are measured shaped."""
    dossier = Dossier("page %1 of %2")
    dossier.add_page()
    dossier.set_font(FONT, "", 10)
    lines = dossier.wrap(LONG, dossier.epw)
    full = dossier.epw - 2 * dossier.c_margin
    widths = [dossier.text_width(line) for line in lines[:-1]]
    assert all(0.85 * full < width <= full for width in widths), widths
    assert dossier.text_width(ARABIC) < sum(dossier.text_width(char) for char in ARABIC)


def test_a_subject_without_latin_letters_is_not_named_missing_in_file_names() -> None:
    assert subject_part(SUBJECT) == "message"
    assert subject_part("  ") == "no-subject"
    assert subject_part("Привет из Харькова") == "Privet-iz-Kharkova"
