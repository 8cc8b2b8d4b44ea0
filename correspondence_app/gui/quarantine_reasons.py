# SPDX-License-Identifier: GPL-3.0-or-later
"""Why a message is in the quarantine, or a file was left out of an import, in the
user's language.

The core keeps each reason as an English sentence with its details (a count, the parser's
own words, what a file is). These are the known sentences' words for the window; the
details stay as they are, and a reason not known here is shown in English.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QT_TRANSLATE_NOOP

from correspondence_app.gui.core_messages import Sentence, worded_in

CONTEXT = "QuarantineReasons"


def reason_text(reason: str) -> str:
    """A quarantine reason in the user's language, its details kept; the English if not
    known."""
    return worded_in(reason.strip(), _REASONS, CONTEXT) or reason


def skipped_text(reason: str) -> str:
    """Why an import left a file or item out, in the user's language (as reason_text)."""
    return worded_in(reason.strip(), _SKIPPED, CONTEXT) or reason


# Each core reason (importers.mime, importers.outlook, importers.outlook_pst and the
# parser processes of importers.parsers) and its words. The words are looked up when shown,
# in the language of that moment.
_REASONS: tuple[Sentence, ...] = (
    (
        re.compile(
            r"an Outlook for Mac message file that is damaged or cut short "
            r"\(line (\d+), column (\d+)\)"
        ),
        QT_TRANSLATE_NOOP(
            "QuarantineReasons",
            "The Outlook for Mac message file is damaged or cut short (line %1, column %2).",
        ),
    ),
    (
        re.compile(r"an Outlook for Mac message file that is damaged or cut short \((.*)\)"),
        QT_TRANSLATE_NOOP(
            "QuarantineReasons", "The Outlook for Mac message file is damaged or cut short (%1)."
        ),
    ),
    (
        re.compile(r"an Outlook for Mac message file that declares XML entities: not read.*"),
        QT_TRANSLATE_NOOP(
            "QuarantineReasons",
            "The Outlook for Mac message file declares XML entities; to be safe it is not read.",
        ),
    ),
    (
        re.compile(r"an Outlook for Mac file without a message in it"),
        QT_TRANSLATE_NOOP("QuarantineReasons", "The Outlook for Mac file holds no message."),
    ),
    (
        re.compile(r"an Outlook for Mac message with no sender, subject or text"),
        QT_TRANSLATE_NOOP(
            "QuarantineReasons", "The Outlook for Mac message has no sender, subject or text."
        ),
    ),
    (
        re.compile(r"empty message"),
        QT_TRANSLATE_NOOP("QuarantineReasons", "The message is empty."),
    ),
    (
        re.compile(
            r"MIME structure nested too deeply to parse|MIME nesting deeper than \d+ levels"
            r"|Outlook message nested too deeply to read"
        ),
        QT_TRANSLATE_NOOP("QuarantineReasons", "Its parts are nested too deeply to be read."),
    ),
    (
        re.compile(r"message too large to parse in memory"),
        QT_TRANSLATE_NOOP("QuarantineReasons", "The message is too large to be read."),
    ),
    (
        re.compile(r"unparseable: (.*)", re.DOTALL),
        QT_TRANSLATE_NOOP("QuarantineReasons", "It could not be read (%1)."),
    ),
    (
        re.compile(r"no header fields and no body"),
        QT_TRANSLATE_NOOP("QuarantineReasons", "It has neither header fields nor a text."),
    ),
    (
        re.compile(r"binary data without headers, not a mail message"),
        QT_TRANSLATE_NOOP(
            "QuarantineReasons", "It is binary data without header fields, not an e-mail."
        ),
    ),
    (
        re.compile(r"no mail header fields \(text only\)"),
        QT_TRANSLATE_NOOP(
            "QuarantineReasons", "It is a text without header fields, not an e-mail."
        ),
    ),
    (
        re.compile(r"more than (\d+) MIME parts"),
        QT_TRANSLATE_NOOP("QuarantineReasons", "It has more than %1 parts."),
    ),
    (
        re.compile(r"HTML part larger than (\d+) MB"),
        QT_TRANSLATE_NOOP("QuarantineReasons", "Its HTML text is larger than %1 MB."),
    ),
    (
        re.compile(
            r"not an Outlook \.msg file \(no OLE2 signature\)"
            r"|not an Outlook message \(an OLE2 file of another kind\)"
            r"|not an Outlook message file: .*",
            re.DOTALL,
        ),
        QT_TRANSLATE_NOOP("QuarantineReasons", "It is not an Outlook message."),
    ),
    (
        re.compile(r"truncated Outlook file \((\d+) bytes\)"),
        QT_TRANSLATE_NOOP("QuarantineReasons", "The Outlook file is cut short (%1 bytes)."),
    ),
    (
        re.compile(r"Outlook item: (.*), not an e-mail", re.DOTALL),
        QT_TRANSLATE_NOOP("QuarantineReasons", "An Outlook item that is not an e-mail: %1."),
    ),
    (
        re.compile(
            r"(?:damaged or unreadable Outlook file|Outlook item cannot be converted) \((.*)\)",
            re.DOTALL,
        ),
        QT_TRANSLATE_NOOP(
            "QuarantineReasons", "The Outlook item is damaged or cannot be converted (%1)."
        ),
    ),
    (
        re.compile(
            r"Apple Mail keeps this message's attachments in separate files .*tar archive.*"
        ),
        QT_TRANSLATE_NOOP(
            "QuarantineReasons",
            "Apple Mail keeps this message's attachments in separate files, which a tar "
            "archive cannot give with it. Unpack the archive and import the folder to import "
            "it whole.",
        ),
    ),
    (
        re.compile(r"Apple Mail keeps this message's attachments in separate files .*", re.DOTALL),
        QT_TRANSLATE_NOOP(
            "QuarantineReasons",
            "Apple Mail keeps this message's attachments in separate files, and not all of "
            "them were found. Export the mailbox from Apple Mail, or add the account, to "
            "import it whole.",
        ),
    ),
    (
        re.compile(r"the \.emlx file is shorter than the message length it gives"),
        QT_TRANSLATE_NOOP("QuarantineReasons", "The Apple Mail file is cut short."),
    ),
    (
        re.compile(r"parsing took longer than (\S+) s"),
        QT_TRANSLATE_NOOP("QuarantineReasons", "Reading it took longer than %1 seconds."),
    ),
    (
        re.compile(r"the process parsing it ended \(a crash on this message\)"),
        QT_TRANSLATE_NOOP("QuarantineReasons", "The program reading it stopped on this message."),
    ),
)

# What importers.detect, importers.sources and importers.zip_source say of what they leave out.
_SKIPPED: tuple[Sentence, ...] = (
    (
        re.compile(r"empty file"),
        QT_TRANSLATE_NOOP("QuarantineReasons", "an empty file"),
    ),
    # What importers.detect and importers.zip_source find a file to be, one by one.
    (
        re.compile(r"not a mail file \(a PDF document\)"),
        QT_TRANSLATE_NOOP("QuarantineReasons", "not a mail file (a PDF document)"),
    ),
    (
        re.compile(r"not a mail file \(a PNG image\)"),
        QT_TRANSLATE_NOOP("QuarantineReasons", "not a mail file (a PNG image)"),
    ),
    (
        re.compile(r"not a mail file \(a GIF image\)"),
        QT_TRANSLATE_NOOP("QuarantineReasons", "not a mail file (a GIF image)"),
    ),
    (
        re.compile(r"not a mail file \(a JPEG image\)"),
        QT_TRANSLATE_NOOP("QuarantineReasons", "not a mail file (a JPEG image)"),
    ),
    (
        re.compile(r"not a mail file \(an RTF document\)"),
        QT_TRANSLATE_NOOP("QuarantineReasons", "not a mail file (an RTF document)"),
    ),
    (
        re.compile(r"not a mail file \(an image\)"),
        QT_TRANSLATE_NOOP("QuarantineReasons", "not a mail file (an image)"),
    ),
    (
        re.compile(r"not a mail file \(a sound recording\)"),
        QT_TRANSLATE_NOOP("QuarantineReasons", "not a mail file (a sound recording)"),
    ),
    (
        re.compile(r"not a mail file \(a video\)"),
        QT_TRANSLATE_NOOP("QuarantineReasons", "not a mail file (a video)"),
    ),
    (
        re.compile(r"not a mail file \(a gzip archive\)"),
        QT_TRANSLATE_NOOP("QuarantineReasons", "not a mail file (a gzip archive)"),
    ),
    (
        re.compile(r"not a mail file \(a bzip2 archive\)"),
        QT_TRANSLATE_NOOP("QuarantineReasons", "not a mail file (a bzip2 archive)"),
    ),
    (
        re.compile(r"not a mail file \(an xz archive\)"),
        QT_TRANSLATE_NOOP("QuarantineReasons", "not a mail file (an xz archive)"),
    ),
    (
        re.compile(r"not a mail file \(a 7-Zip archive\)"),
        QT_TRANSLATE_NOOP("QuarantineReasons", "not a mail file (a 7-Zip archive)"),
    ),
    (
        re.compile(r"not a mail file \(a RAR archive\)"),
        QT_TRANSLATE_NOOP("QuarantineReasons", "not a mail file (a RAR archive)"),
    ),
    (
        re.compile(r"not a mail file \(an SQLite database\)"),
        QT_TRANSLATE_NOOP("QuarantineReasons", "not a mail file (an SQLite database)"),
    ),
    (
        re.compile(r"not a mail file \(an XML document\)"),
        QT_TRANSLATE_NOOP("QuarantineReasons", "not a mail file (an XML document)"),
    ),
    (
        re.compile(r"not a mail file \(a program\)"),
        QT_TRANSLATE_NOOP("QuarantineReasons", "not a mail file (a program)"),
    ),
    (
        re.compile(r"not a mail file \(a settings file\)"),
        QT_TRANSLATE_NOOP("QuarantineReasons", "not a mail file (a settings file)"),
    ),
    (
        re.compile(r"not a mail file \(a Windows thumbnail cache\)"),
        QT_TRANSLATE_NOOP("QuarantineReasons", "not a mail file (a Windows thumbnail cache)"),
    ),
    (
        re.compile(r"a mail folder of Outlook Express \(\.dbx\), which cannot be read: .*"),
        QT_TRANSLATE_NOOP(
            "QuarantineReasons",
            "a mail folder of Outlook Express (.dbx), which cannot be read: import it into "
            "Thunderbird first, or save its messages as .eml files, and import those",
        ),
    ),
    (
        re.compile(r"not a mail file \(a chat exported from a messenger\)"),
        QT_TRANSLATE_NOOP(
            "QuarantineReasons", "not a mail file (a chat exported from a messenger)"
        ),
    ),
    (
        re.compile(r"not a mail file \(binary data\)"),
        QT_TRANSLATE_NOOP("QuarantineReasons", "not a mail file (binary data)"),
    ),
    (
        re.compile(r"not a mail file \(JSON data\)"),
        QT_TRANSLATE_NOOP("QuarantineReasons", "not a mail file (JSON data)"),
    ),
    (
        re.compile(r"not a mail file \(markup document\)"),
        QT_TRANSLATE_NOOP("QuarantineReasons", "not a mail file (a markup document)"),
    ),
    (
        re.compile(r"not a mail file \(a list of checksums\)"),
        QT_TRANSLATE_NOOP("QuarantineReasons", "not a mail file (a list of checksums)"),
    ),
    (
        re.compile(r"not a mail file \(an office document or e-book\)"),
        QT_TRANSLATE_NOOP("QuarantineReasons", "not a mail file (an office document or e-book)"),
    ),
    (
        re.compile(r"not a mail file \((.*)\)", re.DOTALL),
        QT_TRANSLATE_NOOP("QuarantineReasons", "not a mail file (%1)"),
    ),
    (
        re.compile(r"cannot be read \(not a readable Outlook data file \((.*)\)\)", re.DOTALL),
        QT_TRANSLATE_NOOP(
            "QuarantineReasons",
            "an Outlook data file that cannot be opened: damaged, cut short, or of a kind "
            "that cannot be read (%1)",
        ),
    ),
    (
        re.compile(r"cannot be read \((.*)\)", re.DOTALL),
        QT_TRANSLATE_NOOP("QuarantineReasons", "cannot be read (%1)"),
    ),
    (
        re.compile(r"deleted in Thunderbird, not yet compacted away"),
        QT_TRANSLATE_NOOP("QuarantineReasons", "deleted in Thunderbird, not yet compacted away"),
    ),
    (
        re.compile(r"folder data of Alpine or a mail server, not a message"),
        QT_TRANSLATE_NOOP(
            "QuarantineReasons", "folder data of Alpine or a mail server, not a message"
        ),
    ),
    (
        re.compile(r"(.*), not an e-mail", re.DOTALL),
        QT_TRANSLATE_NOOP("QuarantineReasons", "%1, not an e-mail"),
    ),
    (
        re.compile(r"a damaged ZIP \((.*)\)", re.DOTALL),
        QT_TRANSLATE_NOOP("QuarantineReasons", "a damaged ZIP file (%1)"),
    ),
    (
        re.compile(r"cannot be read from the ZIP \((.*)\)", re.DOTALL),
        QT_TRANSLATE_NOOP("QuarantineReasons", "cannot be read from the ZIP file (%1)"),
    ),
    (  # an mbox in a ZIP, read as it unpacks until it could not be read on
        re.compile(
            r"cannot be read from the ZIP \((.*)\); the messages before were imported",
            re.DOTALL,
        ),
        QT_TRANSLATE_NOOP(
            "QuarantineReasons",
            "cannot be read from the ZIP file (%1); the messages before it were imported",
        ),
    ),
    (
        re.compile(r"reads longer than it declared; the messages before were imported"),
        QT_TRANSLATE_NOOP(
            "QuarantineReasons",
            "longer than the ZIP file says it is; the messages before it were imported",
        ),
    ),
    (
        re.compile(r"reads longer than it declared; not read"),
        QT_TRANSLATE_NOOP("QuarantineReasons", "longer than the ZIP file says it is; not read"),
    ),
    (
        re.compile(r"declares (\S+) MB unpacked, over the (\d+) MB a message may have; not read"),
        QT_TRANSLATE_NOOP(
            "QuarantineReasons",
            "%1 MB unpacked, the ZIP file says: more than the %2 MB a message may have; not read",
        ),
    ),
    (
        re.compile(r"would unpack to (\S+) times its packed size, as a zip bomb does; not read"),
        QT_TRANSLATE_NOOP(
            "QuarantineReasons",
            "would unpack to %1 times its packed size, as a zip bomb does; not read",
        ),
    ),
    (
        # "(a bundle)": the words of earlier versions
        re.compile(r"an encrypted ZIP( \(a bundle\))?: import it on its own.*", re.DOTALL),
        QT_TRANSLATE_NOOP("QuarantineReasons", "an encrypted ZIP file: import it on its own"),
    ),
    (
        re.compile(r"a ZIP inside the ZIP: not opened \(unpack it to import it\)"),
        QT_TRANSLATE_NOOP(
            "QuarantineReasons", "a ZIP file inside the ZIP file: unpack it to import it"
        ),
    ),
    (
        re.compile(r"a tar archive inside the ZIP: not opened \(unpack it to import it\)"),
        QT_TRANSLATE_NOOP(
            "QuarantineReasons",
            "a tar archive inside the ZIP file: not opened (unpack it to import it)",
        ),
    ),
    (
        re.compile(r"a packed file inside the ZIP: not opened \(unpack it to import it\)"),
        QT_TRANSLATE_NOOP(
            "QuarantineReasons",
            "a packed file inside the ZIP file: not opened (unpack it to import it)",
        ),
    ),
    (
        re.compile(r"an archive inside the tar archive: not opened \(unpack it to import it\)"),
        QT_TRANSLATE_NOOP(
            "QuarantineReasons",
            "an archive inside the tar archive: not opened (unpack it to import it)",
        ),
    ),
    (
        re.compile(r"a damaged tar archive \((.*)\); the messages before were imported", re.DOTALL),
        QT_TRANSLATE_NOOP(
            "QuarantineReasons",
            "a damaged tar archive (%1); the messages before the damage were imported",
        ),
    ),
    (
        re.compile(
            r"a damaged (gzip|bzip2|xz) file \((.*)\); the messages before were imported",
            re.DOTALL,
        ),
        QT_TRANSLATE_NOOP(
            "QuarantineReasons",
            "a damaged %1 file (%2); the messages before the damage were imported",
        ),
    ),
    (
        re.compile(r"larger than the (\d+) MB a message may have; not read"),
        QT_TRANSLATE_NOOP(
            "QuarantineReasons", "larger than the %1 MB a message may have; not read"
        ),
    ),
    (
        re.compile(r"unpacks to over the (\d+) MB a message may have"),
        QT_TRANSLATE_NOOP(
            "QuarantineReasons", "unpacks to more than the %1 MB a message may have; not read"
        ),
    ),
    (
        re.compile(r"an Outlook data file inside a ZIP: unpack it to import it"),
        QT_TRANSLATE_NOOP(
            "QuarantineReasons", "an Outlook data file inside a ZIP file: unpack it to import it"
        ),
    ),
)
