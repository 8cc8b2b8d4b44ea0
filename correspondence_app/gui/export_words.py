# SPDX-License-Identifier: GPL-3.0-or-later
"""The words of a PDF dossier or an HTML export in German, English or Russian, whatever the
window's language: a German supporter may hand a dossier to a German court, an English one
to an embassy and a Russian one to the family. The core writes English; its words are marked
here for the translations and looked up in the chosen language's."""

from __future__ import annotations

import functools
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QLocale, QTranslator

from correspondence_app.export.words import ENGLISH, Words
from correspondence_app.gui.resources import translations_folder
from correspondence_app.gui.translations import SHIPPED

CONTEXT = "ExportWords"

# Every text of export.pdf.LABELS, export.html.LABELS and export.dating.NOTES, and the
# selection that chose every message, as the core writes it.
_MARKED = (
    QT_TRANSLATE_NOOP("ExportWords", "Correspondence"),
    QT_TRANSLATE_NOOP("ExportWords", "Compiled by"),
    QT_TRANSLATE_NOOP("ExportWords", "Exported"),
    QT_TRANSLATE_NOOP("ExportWords", "Exported at"),
    QT_TRANSLATE_NOOP("ExportWords", "Selection"),
    QT_TRANSLATE_NOOP("ExportWords", "every message in the archive"),
    QT_TRANSLATE_NOOP("ExportWords", "Messages"),
    QT_TRANSLATE_NOOP("ExportWords", "Date range"),
    QT_TRANSLATE_NOOP(
        "ExportWords",
        "The original of every message is embedded in this PDF as an .eml file (an Outlook "
        "original as its .msg file, with the .eml converted from it; see the attachments of "
        "the document in your PDF reader).",
    ),
    QT_TRANSLATE_NOOP(
        "ExportWords",
        "The folder originals/ holds every message exactly as it was archived; manifest.json "
        "and SHA256SUMS give the SHA-256 of each file. Web links in the messages are shown as "
        "text: nothing in this export connects to the internet.",
    ),
    QT_TRANSLATE_NOOP("ExportWords", "Contents"),
    QT_TRANSLATE_NOOP("ExportWords", "Conversations"),
    QT_TRANSLATE_NOOP("ExportWords", "Conversation"),
    QT_TRANSLATE_NOOP("ExportWords", "Previous conversation"),
    QT_TRANSLATE_NOOP("ExportWords", "Next conversation"),
    QT_TRANSLATE_NOOP("ExportWords", "No."),
    QT_TRANSLATE_NOOP("ExportWords", "First"),
    QT_TRANSLATE_NOOP("ExportWords", "Last"),
    QT_TRANSLATE_NOOP("ExportWords", "Page"),
    QT_TRANSLATE_NOOP("ExportWords", "page %1 of %2"),
    QT_TRANSLATE_NOOP("ExportWords", "Date"),
    QT_TRANSLATE_NOOP("ExportWords", "From"),
    QT_TRANSLATE_NOOP("ExportWords", "To"),
    QT_TRANSLATE_NOOP("ExportWords", "Cc"),
    QT_TRANSLATE_NOOP("ExportWords", "Bcc"),
    QT_TRANSLATE_NOOP("ExportWords", "Subject"),
    QT_TRANSLATE_NOOP("ExportWords", "Message-ID"),
    QT_TRANSLATE_NOOP("ExportWords", "no date"),
    QT_TRANSLATE_NOOP("ExportWords", "undated"),
    QT_TRANSLATE_NOOP(
        "ExportWords",
        "(no usable Date field: the date is when a mail server received the message)",
    ),
    QT_TRANSLATE_NOOP(
        "ExportWords",
        "(no usable Date field: the date is the delivery time its mailbox file gives)",
    ),
    QT_TRANSLATE_NOOP(
        "ExportWords",
        "(no usable Date field: the date is the modification time of the file it was "
        "imported from, not the message's own)",
    ),
    QT_TRANSLATE_NOOP("ExportWords", "Without a date of their own"),
    QT_TRANSLATE_NOOP("ExportWords", "(no subject)"),
    QT_TRANSLATE_NOOP("ExportWords", "Original"),
    QT_TRANSLATE_NOOP("ExportWords", "%1, embedded in this PDF"),
    QT_TRANSLATE_NOOP("ExportWords", "The original message, byte for byte"),
    QT_TRANSLATE_NOOP("ExportWords", "Original message (.eml, byte for byte)"),
    QT_TRANSLATE_NOOP("ExportWords", "Original message (Outlook .msg, byte for byte)"),
    QT_TRANSLATE_NOOP("ExportWords", "Converted"),
    QT_TRANSLATE_NOOP("ExportWords", "The same message converted to .eml on import"),
    QT_TRANSLATE_NOOP("ExportWords", "Size"),
    QT_TRANSLATE_NOOP("ExportWords", "%1 bytes"),
    QT_TRANSLATE_NOOP("ExportWords", "%1 KiB"),
    QT_TRANSLATE_NOOP("ExportWords", "%1 MiB"),
    QT_TRANSLATE_NOOP("ExportWords", "SHA-256"),
    QT_TRANSLATE_NOOP("ExportWords", "Attachments"),
    QT_TRANSLATE_NOOP("ExportWords", "%1, %2 bytes, SHA-256: %3"),
    QT_TRANSLATE_NOOP("ExportWords", "%1 (shown in the text)"),
    QT_TRANSLATE_NOOP("ExportWords", "shown in the text above"),
    QT_TRANSLATE_NOOP("ExportWords", "(unnamed)"),
    QT_TRANSLATE_NOOP("ExportWords", "image"),
    QT_TRANSLATE_NOOP("ExportWords", "%1: this picture could not be shown"),
    QT_TRANSLATE_NOOP(
        "ExportWords",
        "%1: not shown, the dossier holds as many pictures as it can (the embedded original "
        "has it)",
    ),
    QT_TRANSLATE_NOOP("ExportWords", "(This message has no text.)"),
    QT_TRANSLATE_NOOP("ExportWords", "(no text)"),
    QT_TRANSLATE_NOOP(
        "ExportWords", "(The text is shortened here; the embedded original holds all of it.)"
    ),
    QT_TRANSLATE_NOOP("ExportWords", "Added by the user, not part of the original message"),
    QT_TRANSLATE_NOOP("ExportWords", "Note added by the user, not part of the message"),
    QT_TRANSLATE_NOOP("ExportWords", "Tags in the archive, not part of the message"),
    QT_TRANSLATE_NOOP("ExportWords", "No messages were selected."),
)
TEXTS: tuple[str, ...] = tuple(str(text) for text in _MARKED)


@functools.cache
def export_words(language: str) -> Words:
    """The words of an export in ``language`` (de, en, ru); English for another, or when
    its translations are missing. Read from the translation file once."""
    translator = _translator(language) if language != ENGLISH.language else None
    if translator is None:
        return ENGLISH
    translated = {text: translator.translate(CONTEXT, text) for text in TEXTS}
    return Words(language, {text: words for text, words in translated.items() if words})


@functools.cache
def _translator(language: str) -> QTranslator | None:
    """The application's translations into ``language``, loaded once; None for a language
    that does not ship or whose file is missing."""
    if language not in SHIPPED:
        return None
    translator = QTranslator()
    if not translator.load(f"correspondence_app_{language}", str(translations_folder())):
        return None
    return translator


@dataclass(frozen=True)
class Phrase:
    """A text of the window's translations said in a language of the export's choosing: the
    description of a selection ("3 chosen conversations", "Correspondence with Dmitri")
    that the window words in its own language and a dossier's cover in the dossier's."""

    context: str  # the translation context: the class whose tr() marks the text
    source: str
    count: int = -1  # for a text with plural forms (%n, %Ln)
    argument: str = ""  # what %1 stands for

    def said_in(self, language: str) -> str:
        translator = _translator(language)
        said = (
            translator.translate(self.context, self.source, None, self.count) if translator else ""
        )
        said = said or self.source
        if self.count >= 0:
            number = QLocale(language).toString(self.count)
            said = said.replace("%Ln", number).replace("%n", str(self.count))
        return said.replace("%1", self.argument)
