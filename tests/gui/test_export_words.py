# SPDX-License-Identifier: GPL-3.0-or-later
"""The words of a PDF or HTML export in German, English or Russian, whatever the window
speaks: every text the core writes is marked for the translations and translated, with its
placeholders; the export dialog proposes the window's language and its title in it, and the
dossier is written in the language chosen."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

import pytest
from pypdf import PdfReader

from correspondence_app.export import dating, html, pdf
from correspondence_app.export.source import EVERY_MESSAGE, Selection
from correspondence_app.export.words import ENGLISH
from correspondence_app.gui import translations
from correspondence_app.gui.dialogs.export_dialog import ExportDialog
from correspondence_app.gui.export_words import TEXTS, Phrase, export_words
from tests.gui.showing import shot
from tests.gui.test_export_dialog import exported, noon_letters, opened

if TYPE_CHECKING:
    from pathlib import Path

    from PySide6.QtWidgets import QApplication
    from pytestqt.qtbot import QtBot

    from correspondence_app.services import Archive
    from tests.gui.conftest import ArchiveWithLetters

_PLACEHOLDER = re.compile(r"%\d")


def test_every_text_the_core_writes_is_marked_for_the_translations() -> None:
    written = {*pdf.LABELS.values(), *html.LABELS.values(), *dating.NOTES.values(), EVERY_MESSAGE}
    assert len(TEXTS) == len(set(TEXTS))
    assert set(TEXTS) == written


@pytest.mark.parametrize("language", ["de", "ru"])
def test_every_text_is_translated_with_its_placeholders(language: str) -> None:
    words = export_words(language)
    assert words.language == language
    assert set(words.translated) == set(TEXTS)
    for english, translated in words.translated.items():
        assert sorted(_PLACEHOLDER.findall(translated)) == sorted(_PLACEHOLDER.findall(english)), (
            english
        )
    unchanged = {text for text in TEXTS if words(text) == text}
    assert unchanged <= {"Message-ID", "SHA-256", "Original", "%1 KiB", "%1 MiB"}


def test_english_or_an_unknown_language_is_the_core_s_own() -> None:
    assert export_words("en") is ENGLISH
    assert export_words("fr") is ENGLISH


@pytest.fixture
def archive(archive_with_letters: ArchiveWithLetters) -> Archive:
    from datetime import date

    return archive_with_letters(noon_letters(date(2024, 1, 2), 3), today="2024-03-08")


def test_the_dialog_proposes_the_window_s_language_and_writes_the_one_chosen(
    qtbot: QtBot, qapp: QApplication, archive: Archive, tmp_path: Path
) -> None:
    translations.install(qapp, "de")
    dialog = opened(qtbot, archive, Selection(query="*"))
    dialog.set_format("pdf")
    assert dialog.language_box.currentData() == "de"
    assert dialog.language_box.isEnabled()
    assert dialog.title_field.text() == "Korrespondenz"
    shot(dialog, "export-language-de")
    dialog.language_box.setCurrentIndex(dialog.language_box.findData("ru"))
    assert dialog.title_field.text() == "Переписка"  # the proposed title follows
    dialog.set_output(tmp_path / "dossier.pdf")
    assert exported(qtbot, dialog) is not None
    cover = PdfReader(tmp_path / "dossier.pdf").pages[0].extract_text()
    assert "Переписка" in cover
    assert "Составитель" in cover
    assert "страница 1 из" in cover
    dialog.title_field.setText("Für Frau Dr. Weber")
    dialog.language_box.setCurrentIndex(dialog.language_box.findData("en"))
    assert dialog.title_field.text() == "Für Frau Dr. Weber"  # a title of one's own stays
    dialog.set_format("eml")
    assert not dialog.language_box.isEnabled()  # the originals have no words of ours


@pytest.mark.parametrize("language", ["de", "ru"])
def test_the_language_row_fits_in_german_and_russian(
    qtbot: QtBot, qapp: QApplication, archive: Archive, language: str
) -> None:
    translations.install(qapp, language)
    dialog = ExportDialog(archive, Selection(query="*"))
    qtbot.addWidget(dialog)
    dialog.show()
    label = dialog.language_label
    assert label.width() >= label.sizeHint().width()
    shot(dialog, f"export-dialog-{language}")


@pytest.mark.parametrize(
    ("language", "phrase", "expected"),
    [
        ("ru", Phrase("Exporting", "%Ln chosen message(s)", 3), "3 выбранных сообщения"),
        ("en", Phrase("Exporting", "%Ln chosen message(s)", 1), "1 chosen message"),
        (
            "en",
            Phrase("Exporting", "Correspondence with %1", argument="Дмитрий"),
            "Correspondence with Дмитрий",
        ),
        ("ru", None, "Все сообщения архива"),  # the dialog's own wording of everything
    ],
)
def test_the_cover_describes_the_selection_in_the_dossier_s_language(
    qtbot: QtBot,
    qapp: QApplication,
    archive: Archive,
    tmp_path: Path,
    language: str,
    phrase: Phrase | None,
    expected: str,
) -> None:
    translations.install(qapp, "de")
    ids = tuple(message.id for message in archive.list_messages())
    if phrase is None:
        selection = Selection(query="*")
    else:
        selection = Selection(message_ids=ids[: max(phrase.count, 1)], description="auf Deutsch")
    dialog = ExportDialog(archive, selection, phrase=phrase)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.export_button.isEnabled(), timeout=20_000)
    german = dialog.what_label.text()
    dialog.set_format("pdf")
    dialog.language_box.setCurrentIndex(dialog.language_box.findData(language))
    dialog.set_output(tmp_path / "dossier.pdf")
    assert exported(qtbot, dialog) is not None
    cover = " ".join(PdfReader(tmp_path / "dossier.pdf").pages[0].extract_text().split())
    assert expected in cover
    assert dialog.what_label.text() == german  # the window keeps its own language
    assert german in ("auf Deutsch", "Alle Nachrichten im Archiv")
