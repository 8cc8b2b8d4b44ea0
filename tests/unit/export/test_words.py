# SPDX-License-Identifier: GPL-3.0-or-later
"""A PDF dossier or an HTML export in the words it is given: its headings and notes, the
page numbers, the sizes with their digits grouped as the language writes them; English when
given none, and nothing of one export's words left for the next."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

import pytest
from pypdf import PdfReader

from correspondence_app.crypto.keys import KdfParams
from correspondence_app.export.source import Selection
from correspondence_app.export.verify import verify_export
from correspondence_app.export.words import Words, decimal, grouped, say, speaking
from correspondence_app.services import Archive
from tests.conftest import PASSPHRASE
from tests.unit.export import letters

if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path

EVERYTHING = Selection(query="*")
GERMAN = Words(
    "de",
    {
        "Compiled by": "Zusammengestellt von",
        "Selection": "Auswahl",
        "every message in the archive": "alle Nachrichten im Archiv",
        "page %1 of %2": "Seite %1 von %2",
        "Size": "Größe",
        "%1 bytes": "%1 Bytes",
    },
)
RUSSIAN = Words(
    "ru",
    {
        "Compiled by": "Составитель",
        "Conversations": "Беседы",
        "%1 bytes": "%1 байт",
        "%1 KiB": "%1 КиБ",
    },
)
LONG = "Ein langer Brief. Длинное письмо. " * 40  # over 1,000 bytes: its size has groups


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Archive]:
    folder = tmp_path_factory.mktemp("words")
    mail = folder / "mail"
    mail.mkdir()
    for number in range(1, 3):
        (mail / f"{number}.eml").write_bytes(letters.letter(number, "words", LONG))
    with Archive.create(folder / "archive", PASSPHRASE, kdf=KdfParams()) as opened:
        assert opened.import_paths([mail], workers=1).imported == 2
        yield opened


def page_texts(path: Path) -> list[str]:
    return [page.extract_text() for page in PdfReader(path).pages]


def test_a_dossier_is_written_in_the_words_it_is_given(archive: Archive, tmp_path: Path) -> None:
    german, english = tmp_path / "de.pdf", tmp_path / "en.pdf"
    archive.exporter.export(EVERYTHING, "pdf", german, words=GERMAN)
    archive.exporter.export(EVERYTHING, "pdf", english)
    cover, *_, last = page_texts(german)
    assert "Zusammengestellt von" in cover
    assert "alle Nachrichten im Archiv" in cover
    assert "Seite 1 von" in cover
    assert "Compiled by" not in cover
    assert re.search(r"Größe \d\.\d{3} Bytes", last)
    assert str(PdfReader(german).root_object["/Lang"]) == "de"
    english_cover, *_, english_last = page_texts(english)
    assert "Compiled by" in english_cover
    assert "every message in the archive" in english_cover
    assert "page 1 of" in english_cover
    assert re.search(r"Size \d,\d{3} bytes", english_last)
    assert verify_export(german).ok  # the proof does not depend on the words


def test_html_pages_are_written_in_the_words_they_are_given(
    archive: Archive, tmp_path: Path
) -> None:
    archive.exporter.export(EVERYTHING, "html", tmp_path / "ru", words=RUSSIAN)
    index = (tmp_path / "ru" / "index.html").read_text(encoding="utf-8")
    assert '<html lang="ru">' in index
    assert "<th>Составитель</th>" in index
    assert "<h2>Беседы</h2>" in index
    page = next((tmp_path / "ru" / "threads").iterdir()).read_text(encoding="utf-8")
    assert re.search(r"\d,\d КиБ \(\d\xa0\d{3} байт\)", page)


def test_words_hold_only_while_an_export_is_written() -> None:
    assert say("Compiled by") == "Compiled by"
    with speaking(GERMAN):
        assert say("Compiled by") == "Zusammengestellt von"
        assert say("a text it does not know") == "a text it does not know"
        assert (grouped(1234567), decimal(2.25)) == ("1.234.567", "2,2")
    with speaking(RUSSIAN):
        assert (grouped(1234567), decimal(1.5)) == ("1\xa0234\xa0567", "1,5")
    assert say("Compiled by") == "Compiled by"
    assert (grouped(1234567), decimal(1.5)) == ("1,234,567", "1.5")
