# SPDX-License-Identifier: GPL-3.0-or-later
"""Why a message is in the quarantine, or a file was left out of an import, in the
user's language.

The core keeps each reason as an English sentence with its details (a count, the parser's
own words, what a file is). These are the known sentences' words for the window; the
details stay as they are, and a reason not known here is shown in English.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:
    from collections.abc import Callable


def reason_text(reason: str) -> str:
    """A quarantine reason in the user's language, its details kept; the English if not
    known."""
    return _worded(reason, _REASONS)


def skipped_text(reason: str) -> str:
    """Why an import left a file or item out, in the user's language (as reason_text)."""
    return _worded(reason, _SKIPPED)


def _worded(reason: str, known: tuple[tuple[re.Pattern[str], Callable[[], str]], ...]) -> str:
    for pattern, words in known:
        found = pattern.fullmatch(reason.strip())
        if found is not None:
            text = words()
            for number, detail in enumerate(found.groups(), 1):
                text = text.replace(f"%{number}", detail or "")
            return text
    return reason


# Each core reason (importers.mime, importers.outlook, importers.outlook_pst and the
# parser processes of importers.parsers) and its words. The words are looked up when shown,
# in the language of that moment.
_REASONS: tuple[tuple[re.Pattern[str], Callable[[], str]], ...] = (
    (
        re.compile(r"empty message"),
        lambda: QCoreApplication.translate("QuarantineReasons", "The message is empty."),
    ),
    (
        re.compile(
            r"MIME structure nested too deeply to parse|MIME nesting deeper than \d+ levels"
            r"|Outlook message nested too deeply to read"
        ),
        lambda: QCoreApplication.translate(
            "QuarantineReasons", "Its parts are nested too deeply to be read."
        ),
    ),
    (
        re.compile(r"message too large to parse in memory"),
        lambda: QCoreApplication.translate(
            "QuarantineReasons", "The message is too large to be read."
        ),
    ),
    (
        re.compile(r"unparseable: (.*)", re.DOTALL),
        lambda: QCoreApplication.translate("QuarantineReasons", "It could not be read (%1)."),
    ),
    (
        re.compile(r"no header fields and no body"),
        lambda: QCoreApplication.translate(
            "QuarantineReasons", "It has neither header fields nor a text."
        ),
    ),
    (
        re.compile(r"binary data without headers, not a mail message"),
        lambda: QCoreApplication.translate(
            "QuarantineReasons", "It is binary data without header fields, not an e-mail."
        ),
    ),
    (
        re.compile(r"no mail header fields \(text only\)"),
        lambda: QCoreApplication.translate(
            "QuarantineReasons", "It is a text without header fields, not an e-mail."
        ),
    ),
    (
        re.compile(r"more than (\d+) MIME parts"),
        lambda: QCoreApplication.translate("QuarantineReasons", "It has more than %1 parts."),
    ),
    (
        re.compile(r"HTML part larger than (\d+) MB"),
        lambda: QCoreApplication.translate(
            "QuarantineReasons", "Its HTML text is larger than %1 MB."
        ),
    ),
    (
        re.compile(
            r"not an Outlook \.msg file \(no OLE2 signature\)"
            r"|not an Outlook message \(an OLE2 file of another kind\)"
            r"|not an Outlook message file: .*",
            re.DOTALL,
        ),
        lambda: QCoreApplication.translate("QuarantineReasons", "It is not an Outlook message."),
    ),
    (
        re.compile(r"truncated Outlook file \((\d+) bytes\)"),
        lambda: QCoreApplication.translate(
            "QuarantineReasons", "The Outlook file is cut short (%1 bytes)."
        ),
    ),
    (
        re.compile(r"Outlook item: (.*), not an e-mail", re.DOTALL),
        lambda: QCoreApplication.translate(
            "QuarantineReasons", "An Outlook item that is not an e-mail: %1."
        ),
    ),
    (
        re.compile(
            r"(?:damaged or unreadable Outlook file|Outlook item cannot be converted) \((.*)\)",
            re.DOTALL,
        ),
        lambda: QCoreApplication.translate(
            "QuarantineReasons", "The Outlook item is damaged or cannot be converted (%1)."
        ),
    ),
    (
        re.compile(r"parsing took longer than (\S+) s"),
        lambda: QCoreApplication.translate(
            "QuarantineReasons", "Reading it took longer than %1 seconds."
        ),
    ),
    (
        re.compile(r"the process parsing it ended \(a crash on this message\)"),
        lambda: QCoreApplication.translate(
            "QuarantineReasons", "The program reading it stopped on this message."
        ),
    ),
)

# What importers.detect, importers.sources and importers.zip_source say of what they leave out.
_SKIPPED: tuple[tuple[re.Pattern[str], Callable[[], str]], ...] = (
    (
        re.compile(r"empty file"),
        lambda: QCoreApplication.translate("QuarantineReasons", "an empty file"),
    ),
    # What importers.detect and importers.zip_source find a file to be, one by one.
    (
        re.compile(r"not a mail file \(a PDF document\)"),
        lambda: QCoreApplication.translate("QuarantineReasons", "not a mail file (a PDF document)"),
    ),
    (
        re.compile(r"not a mail file \(a PNG image\)"),
        lambda: QCoreApplication.translate("QuarantineReasons", "not a mail file (a PNG image)"),
    ),
    (
        re.compile(r"not a mail file \(a GIF image\)"),
        lambda: QCoreApplication.translate("QuarantineReasons", "not a mail file (a GIF image)"),
    ),
    (
        re.compile(r"not a mail file \(a JPEG image\)"),
        lambda: QCoreApplication.translate("QuarantineReasons", "not a mail file (a JPEG image)"),
    ),
    (
        re.compile(r"not a mail file \(a gzip archive\)"),
        lambda: QCoreApplication.translate("QuarantineReasons", "not a mail file (a gzip archive)"),
    ),
    (
        re.compile(r"not a mail file \(an SQLite database\)"),
        lambda: QCoreApplication.translate(
            "QuarantineReasons", "not a mail file (an SQLite database)"
        ),
    ),
    (
        re.compile(r"not a mail file \(an XML document\)"),
        lambda: QCoreApplication.translate(
            "QuarantineReasons", "not a mail file (an XML document)"
        ),
    ),
    (
        re.compile(r"not a mail file \(a program\)"),
        lambda: QCoreApplication.translate("QuarantineReasons", "not a mail file (a program)"),
    ),
    (
        re.compile(r"not a mail file \(JSON data\)"),
        lambda: QCoreApplication.translate("QuarantineReasons", "not a mail file (JSON data)"),
    ),
    (
        re.compile(r"not a mail file \(markup document\)"),
        lambda: QCoreApplication.translate(
            "QuarantineReasons", "not a mail file (a markup document)"
        ),
    ),
    (
        re.compile(r"not a mail file \(a list of checksums\)"),
        lambda: QCoreApplication.translate(
            "QuarantineReasons", "not a mail file (a list of checksums)"
        ),
    ),
    (
        re.compile(r"not a mail file \(an office document or e-book\)"),
        lambda: QCoreApplication.translate(
            "QuarantineReasons", "not a mail file (an office document or e-book)"
        ),
    ),
    (
        re.compile(r"not a mail file \((.*)\)", re.DOTALL),
        lambda: QCoreApplication.translate("QuarantineReasons", "not a mail file (%1)"),
    ),
    (
        re.compile(r"cannot be read \((.*)\)", re.DOTALL),
        lambda: QCoreApplication.translate("QuarantineReasons", "cannot be read (%1)"),
    ),
    (
        re.compile(r"deleted in Thunderbird, not yet compacted away"),
        lambda: QCoreApplication.translate(
            "QuarantineReasons", "deleted in Thunderbird, not yet compacted away"
        ),
    ),
    (
        re.compile(r"(.*), not an e-mail", re.DOTALL),
        lambda: QCoreApplication.translate("QuarantineReasons", "%1, not an e-mail"),
    ),
    (
        re.compile(r"a damaged ZIP \((.*)\)", re.DOTALL),
        lambda: QCoreApplication.translate("QuarantineReasons", "a damaged ZIP file (%1)"),
    ),
    (
        re.compile(r"cannot be read from the ZIP \((.*)\)", re.DOTALL),
        lambda: QCoreApplication.translate(
            "QuarantineReasons", "cannot be read from the ZIP file (%1)"
        ),
    ),
    (
        re.compile(r"an encrypted ZIP \(a bundle\).*", re.DOTALL),
        lambda: QCoreApplication.translate(
            "QuarantineReasons", "an encrypted ZIP file (a bundle): import it on its own"
        ),
    ),
    (
        re.compile(r"a ZIP inside the ZIP: not opened \(unpack it to import it\)"),
        lambda: QCoreApplication.translate(
            "QuarantineReasons", "a ZIP file inside the ZIP file: unpack it to import it"
        ),
    ),
    (
        re.compile(r"an Outlook data file inside a ZIP: unpack it to import it"),
        lambda: QCoreApplication.translate(
            "QuarantineReasons", "an Outlook data file inside a ZIP file: unpack it to import it"
        ),
    ),
    (
        re.compile(r"an mbox file inside a ZIP: unpack it to import it"),
        lambda: QCoreApplication.translate(
            "QuarantineReasons", "an mbox file inside a ZIP file: unpack it to import it"
        ),
    ),
)
