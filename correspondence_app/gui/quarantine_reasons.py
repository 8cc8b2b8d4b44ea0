# SPDX-License-Identifier: GPL-3.0-or-later
"""Why a message is in the quarantine, in the user's language.

The core keeps each reason as an English sentence with its details (a count, the parser's
own words). These are the known sentences' words for the window; the details stay as
they are, and a reason not known here is shown in English.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:
    from collections.abc import Callable


def reason_text(reason: str) -> str:
    """The reason in the user's language, its details kept; the English if not known."""
    for pattern, words in _REASONS:
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
