# SPDX-License-Identifier: GPL-3.0-or-later
"""The core's messages (an archive that cannot be opened, an import source, an export or
backup place, a tag or rule that cannot be changed) in the user's language.

The core says what went wrong in English, for the command line and for logs: usually a
place (a folder, a file, a tag) and what is wrong with it. The window shows the known
sentences in German, English or Russian. A place is kept as written; the other details (the
system's reason, a finding) are words of the core in their turn and are shown in the user's
language as far as they are known. A sentence not known here is shown in English.
"""

from __future__ import annotations

import os
import re
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

if TYPE_CHECKING:
    from collections.abc import Iterable

CONTEXT = "CoreMessages"

# A sentence of the core as a pattern, and its English words as QT_TRANSLATE_NOOP marks them
# (and gives them back) for the translations.
type Sentence = tuple[re.Pattern[str], object]

# A folder, file, tag or person as the core names it: kept as written. Every group whose
# name begins with "place" is kept; a group named "at" is a position in a search, which
# the core counts from 0; the other groups are translated in their turn.
_PLACE = r"(?P<place>.+?)"
_PLACE2 = r"(?P<place2>.+?)"
_NUMBER = r"(?P<place_number>[\d,.]+)"
_PLACEHOLDER = re.compile(r"%(\d)")
_COLON = re.compile(": ")


def core_text(message: str) -> str:
    """The core's message in the user's language, its places kept; the English if not
    known. A known sentence after a place of its own ("tags.json, item 3: there is a tag
    Anwalt already") is worded too."""
    text = message.strip()
    worded = _worded(text)
    if worded is not None:
        return worded
    for colon in (found.start() for found in _COLON.finditer(text)):
        rest = _worded(text[colon + 2 :])
        if rest is not None:
            return _placed(text[:colon], rest)
    return message


def _worded(text: str) -> str | None:
    return worded_in(text, _SENTENCES, CONTEXT)


def worded_in(text: str, sentences: Iterable[Sentence], context: str) -> str | None:
    """The first of ``sentences`` that ``text`` is, in the user's language (its words
    looked up in ``context`` of the translations); None if it is none of them."""
    for pattern, source in sentences:
        found = pattern.fullmatch(text)
        if found is None:
            continue
        kinds = {index: name for name, index in pattern.groupindex.items()}
        details = [
            _detail(kinds.get(number, ""), detail or "")
            for number, detail in enumerate(found.groups(), 1)
        ]
        return filled(QCoreApplication.translate(context, str(source)), details)
    return None


def _detail(kind: str, detail: str) -> str:
    """A place as written; a character's position counted from 1, as people count; any
    other detail in the user's language."""
    if kind.startswith("place"):
        return detail
    if kind == "at":
        return str(int(detail) + 1)
    return core_text(detail)


def _placed(place: str, words: str) -> str:
    """Words said of a place, after it."""
    return filled(QCoreApplication.translate("CoreMessages", "%1: %2"), [place, words])


def filled(words: str, details: list[str]) -> str:
    """%1, %2, ... replaced at once, so that a detail holding "%2" stays as it is; a
    placeholder with no detail (a slip in a translation) stays too."""

    def detail(hole: re.Match[str]) -> str:
        number = int(hole.group(1))
        return details[number - 1] if 1 <= number <= len(details) else hole.group(0)

    return _PLACEHOLDER.sub(detail, words)


def error_text(error: BaseException) -> str:
    """An error raised by the core, in the user's language; a system error as its file and
    reason; its class name if it says nothing."""
    if isinstance(error, OSError) and error.strerror:
        reason = core_text(error.strerror)
        if error.filename is None:
            return reason
        return _placed(os.fsdecode(error.filename), reason)
    return core_text(str(error)) if str(error) else type(error).__name__


def _sentence(pattern: str, source: object) -> Sentence:
    return re.compile(pattern, re.DOTALL), source


def _outlook_kind(source: object) -> Sentence:
    """The kind of an Outlook item that is no mail, "a task (%1)": the pattern is its
    English words, with the message class in the brackets kept as written."""
    words = re.escape(str(source).removesuffix(" (%1)"))
    return _sentence(words + r" \((?P<place>.*)\)", source)


# Each sentence of the core that can reach the window, and its words (%1, %2, ... are the
# pattern's groups in order). The words are looked up when shown, in the language of that
# moment. The more particular of two patterns that match the same text comes first.
_SENTENCES: tuple[Sentence, ...] = (
    # The system's reasons, as the core passes them on (strerror, backup.common).
    _sentence(
        r"Permission denied|permission denied",
        QT_TRANSLATE_NOOP("CoreMessages", "permission denied"),
    ),
    _sentence(
        r"No space left on device|the disk is full",
        QT_TRANSLATE_NOOP("CoreMessages", "the disk is full"),
    ),
    _sentence(
        r"Disk quota exceeded|the disk quota is used up",
        QT_TRANSLATE_NOOP("CoreMessages", "the disk quota is used up"),
    ),
    _sentence(
        r"Read-only file system|the disk is read-only",
        QT_TRANSLATE_NOOP("CoreMessages", "the disk is read-only"),
    ),
    _sentence(
        r"No such file or directory", QT_TRANSLATE_NOOP("CoreMessages", "no such file or folder")
    ),
    _sentence(r"Not a directory", QT_TRANSLATE_NOOP("CoreMessages", "not a folder")),
    _sentence(r"Is a directory", QT_TRANSLATE_NOOP("CoreMessages", "a folder, not a file")),
    _sentence(r"File exists", QT_TRANSLATE_NOOP("CoreMessages", "exists already")),
    _sentence(r"File name too long", QT_TRANSLATE_NOOP("CoreMessages", "the name is too long")),
    _sentence(
        r"Input/output error",
        QT_TRANSLATE_NOOP("CoreMessages", "the disk could not be read or written"),
    ),
    _sentence(
        r"File too large|the file is larger than this disk or system allows",
        QT_TRANSLATE_NOOP("CoreMessages", "the file is larger than this disk or system allows"),
    ),
    _sentence(
        r"the disk could not be read or written \(is it still connected\?\)",
        QT_TRANSLATE_NOOP(
            "CoreMessages", "the disk could not be read or written (is it still connected?)"
        ),
    ),
    _sentence(
        r"the folder has gone \(was the drive removed\?\)",
        QT_TRANSLATE_NOOP("CoreMessages", "the folder has gone (was the drive removed?)"),
    ),
    _sentence(
        r"the disk could not be written \(is it full, or was it removed\?\)",
        QT_TRANSLATE_NOOP(
            "CoreMessages", "the disk could not be written (is it full, or was it removed?)"
        ),
    ),
    # Creating and opening an archive (services, crypto.keys, storage).
    _sentence(
        r"the passphrase must not be empty",
        QT_TRANSLATE_NOOP("CoreMessages", "the passphrase must not be empty"),
    ),
    _sentence(
        r"the new passphrase must not be empty",
        QT_TRANSLATE_NOOP("CoreMessages", "the new passphrase must not be empty"),
    ),
    _sentence(
        _PLACE + r": there is already an archive here",
        QT_TRANSLATE_NOOP("CoreMessages", "%1: there is already an archive here"),
    ),
    _sentence(
        _PLACE + r": the folder is not empty",
        QT_TRANSLATE_NOOP("CoreMessages", "%1: the folder is not empty"),
    ),
    _sentence(
        _PLACE + r": cannot create the folder \((.*)\)",
        QT_TRANSLATE_NOOP("CoreMessages", "%1: the folder cannot be created (%2)"),
    ),
    _sentence(
        _PLACE + r": no such archive folder",
        QT_TRANSLATE_NOOP("CoreMessages", "%1: there is no archive folder here"),
    ),
    _sentence(
        _PLACE + r": not an archive \(no " + _PLACE2 + r"\)",
        QT_TRANSLATE_NOOP("CoreMessages", "%1: not an archive (%2 is missing)"),
    ),
    _sentence(
        _PLACE + r": the database file " + _PLACE2 + r" is missing",
        QT_TRANSLATE_NOOP("CoreMessages", "%1: the database file %2 is missing"),
    ),
    _sentence(
        _PLACE + r": not an archive database, or damaged",
        QT_TRANSLATE_NOOP("CoreMessages", "%1: not an archive database, or damaged"),
    ),
    _sentence(
        _PLACE + r": cannot be read \((.*)\); is the disk full, or the drive disconnected\? "
        r"Nothing was changed",
        QT_TRANSLATE_NOOP(
            "CoreMessages",
            "%1: the file cannot be read (%2). Is the disk full, or the drive disconnected? "
            "Nothing was changed.",
        ),
    ),
    _sentence(
        _PLACE + r": this version upgrades the archive and keeps a copy of it first, which "
        r"needs " + _PLACE2 + r" on this disk; (?P<place3>.+?) are free\. Free some space and "
        r"open it again; nothing was changed",
        QT_TRANSLATE_NOOP(
            "CoreMessages",
            "%1: this version upgrades the archive and keeps a copy of it first, which needs "
            "%2 on this disk; %3 are free. Free some space and open it again; nothing was "
            "changed.",
        ),
    ),
    _sentence(
        _PLACE + r": no key file", QT_TRANSLATE_NOOP("CoreMessages", "%1: the key file is missing")
    ),
    _sentence(
        _PLACE + r": not a Correspondence Archive key file",
        QT_TRANSLATE_NOOP("CoreMessages", "%1: not a key file of Correspondence Archive"),
    ),
    _sentence(
        _PLACE
        + r": made by a newer version of the program \(database revision "
        + _PLACE2
        + r"\): please update the program",
        QT_TRANSLATE_NOOP(
            "CoreMessages",
            "%1: made by a newer version of the program (database revision %2): please "
            "update the program",
        ),
    ),
    _sentence(
        _PLACE + r": unsupported key file version " + _PLACE2,
        QT_TRANSLATE_NOOP(
            "CoreMessages", "%1: the key file is of a newer version (%2): please update the program"
        ),
    ),
    _sentence(
        _PLACE + r": damaged key file \(.*\)",
        QT_TRANSLATE_NOOP("CoreMessages", "%1: the key file is damaged"),
    ),
    _sentence(
        _PLACE + r": (?:unknown key derivation .*|key derivation settings too weak)",
        QT_TRANSLATE_NOOP("CoreMessages", "%1: the key file is damaged or was changed"),
    ),
    _sentence(
        _PLACE + r": the archive is busy \(an import, a sync or a check is running\); try "
        r"again when it has ended",
        QT_TRANSLATE_NOOP(
            "CoreMessages",
            "%1: the archive is busy (an import, a sync or a check is running); try again when "
            "it has ended",
        ),
    ),
    # Import sources (importers.sources, importers.zip_source).
    _sentence(
        _PLACE + r": this is the archive itself",
        QT_TRANSLATE_NOOP("CoreMessages", "%1: this is the archive itself"),
    ),
    _sentence(
        _PLACE + r": no such file or folder",
        QT_TRANSLATE_NOOP("CoreMessages", "%1: no such file or folder"),
    ),
    _sentence(
        _PLACE + r": not a file or folder",
        QT_TRANSLATE_NOOP("CoreMessages", "%1: not a file or folder"),
    ),
    _sentence(
        _PLACE + r": the bundle is encrypted: give its password.*",
        QT_TRANSLATE_NOOP("CoreMessages", "%1: the bundle is encrypted: please give its password"),
    ),
    _sentence(
        _PLACE + r": wrong password for the bundle, or the bundle is damaged",
        QT_TRANSLATE_NOOP(
            "CoreMessages", "%1: wrong password for the bundle, or the bundle is damaged"
        ),
    ),
    _sentence(
        _PLACE + r": wrong password for the bundle",
        QT_TRANSLATE_NOOP("CoreMessages", "%1: wrong password for the bundle"),
    ),
    _sentence(
        _PLACE + r": the bundle cannot be read \((.*)\)",
        QT_TRANSLATE_NOOP("CoreMessages", "%1: the bundle cannot be read (%2)"),
    ),
    _sentence(
        _PLACE + r": the ZIP is encrypted: give its password.*",
        QT_TRANSLATE_NOOP(
            "CoreMessages", "%1: the ZIP file is encrypted: please give its password"
        ),
    ),
    _sentence(
        _PLACE + r": wrong password for the ZIP, or the ZIP is damaged",
        QT_TRANSLATE_NOOP(
            "CoreMessages", "%1: wrong password for the ZIP file, or the ZIP file is damaged"
        ),
    ),
    _sentence(
        _PLACE + r": wrong password for the ZIP",
        QT_TRANSLATE_NOOP("CoreMessages", "%1: wrong password for the ZIP file"),
    ),
    _sentence(
        _PLACE + r": the ZIP cannot be read \((.*)\)",
        QT_TRANSLATE_NOOP("CoreMessages", "%1: the ZIP file cannot be read (%2)"),
    ),
    # Exports (export.exporter).
    _sentence(
        r"the selection holds no message",
        QT_TRANSLATE_NOOP("CoreMessages", "the selection holds no message"),
    ),
    _sentence(
        r"a bundle needs a password of at least " + _NUMBER + r" characters.*",
        QT_TRANSLATE_NOOP("CoreMessages", "a bundle needs a password of at least %1 characters"),
    ),
    _sentence(
        _PLACE + r": exists and is not an empty folder",
        QT_TRANSLATE_NOOP("CoreMessages", "%1: exists and is not an empty folder"),
    ),
    _sentence(
        _PLACE + r": exists already", QT_TRANSLATE_NOOP("CoreMessages", "%1: exists already")
    ),
    _sentence(
        _PLACE + r": no such folder \(is the drive connected\?\)",
        QT_TRANSLATE_NOOP("CoreMessages", "%1: no such folder (is the drive connected?)"),
    ),
    _sentence(
        _PLACE + r": no such folder", QT_TRANSLATE_NOOP("CoreMessages", "%1: no such folder")
    ),
    _sentence(_PLACE + r": not a folder", QT_TRANSLATE_NOOP("CoreMessages", "%1: not a folder")),
    _sentence(
        _PLACE + r": the export cannot be written there \((.*)\)",
        QT_TRANSLATE_NOOP("CoreMessages", "%1: the export cannot be written there (%2)"),
    ),
    # Backups (backup.maker, backup.restorer, backup.shelf, backup.checker, backup.log).
    _sentence(
        _PLACE + r": another backup of this archive is running",
        QT_TRANSLATE_NOOP("CoreMessages", "%1: another backup of this archive is running"),
    ),
    _sentence(
        _PLACE + r": cannot be read \((.*)\)",
        QT_TRANSLATE_NOOP("CoreMessages", "%1: cannot be read (%2)"),
    ),
    _sentence(
        _PLACE + r": no such backup folder",
        QT_TRANSLATE_NOOP("CoreMessages", "%1: no such backup folder"),
    ),
    _sentence(
        _PLACE + r": not a backup \(no .*\)",
        QT_TRANSLATE_NOOP("CoreMessages", "%1: not a backup (files of a backup are missing)"),
    ),
    _sentence(
        r"keep at least one backup", QT_TRANSLATE_NOOP("CoreMessages", "keep at least one backup")
    ),
    _sentence(
        _PLACE + r": cannot write here \((.*)\)",
        QT_TRANSLATE_NOOP("CoreMessages", "%1: cannot write here (%2)"),
    ),
    _sentence(
        _PLACE + r": the backup failed: (.*); (remove the unfinished .* by hand|nothing of it "
        r"was kept); earlier backups and the archive are untouched",
        QT_TRANSLATE_NOOP(
            "CoreMessages",
            "%1: the backup failed: %2; %3; earlier backups and the archive are untouched",
        ),
    ),
    _sentence(
        r"remove the unfinished " + _PLACE + r" by hand",
        QT_TRANSLATE_NOOP("CoreMessages", "remove the unfinished %1 by hand"),
    ),
    _sentence(
        r"nothing of it was kept", QT_TRANSLATE_NOOP("CoreMessages", "nothing of it was kept")
    ),
    _sentence(
        _PLACE + r": the backup is complete and verified, but could not be recorded in the "
        r"archive \((.*)\); no older backup was removed",
        QT_TRANSLATE_NOOP(
            "CoreMessages",
            "%1: the backup is complete and verified, but could not be recorded in the "
            "archive (%2); no older backup was removed",
        ),
    ),
    _sentence(
        r"older backups were not removed: (.*)",
        QT_TRANSLATE_NOOP("CoreMessages", "older backups were not removed: %1"),
    ),
    _sentence(
        _PLACE + r": a backup cannot go inside the archive folder",
        QT_TRANSLATE_NOOP("CoreMessages", "%1: a backup cannot go inside the archive folder"),
    ),
    _sentence(
        _PLACE + r": the key file cannot be read \((.*)\)",
        QT_TRANSLATE_NOOP("CoreMessages", "%1: the key file cannot be read (%2)"),
    ),
    _sentence(
        _PLACE + r": the key file is not this archive's",
        QT_TRANSLATE_NOOP("CoreMessages", "%1: the key file is not this archive's"),
    ),
    _sentence(r"its check found (.*)", QT_TRANSLATE_NOOP("CoreMessages", "its check found: %1")),
    _sentence(
        r"it differs from the archive in (.*)",
        QT_TRANSLATE_NOOP("CoreMessages", "it differs from the archive in %1"),
    ),
    _sentence(
        r"the copy of "
        + _PLACE
        + r" reads back differently|"
        + _PLACE2
        + " reads back differently",
        QT_TRANSLATE_NOOP("CoreMessages", "the copy of %1%2 reads back differently"),
    ),
    _sentence(
        r"the disk is full: " + _PLACE + r" free, about " + _PLACE2 + r" needed",
        QT_TRANSLATE_NOOP("CoreMessages", "the disk is full: %1 free, about %2 needed"),
    ),
    _sentence(
        r"the restored archive did not pass its check: (.*)",
        QT_TRANSLATE_NOOP("CoreMessages", "the restored archive did not pass its check: %1"),
    ),
    _sentence(
        r"the restored archive holds " + _NUMBER + r" messages, the backup (?P<place2>[\d,.]+)",
        QT_TRANSLATE_NOOP("CoreMessages", "the restored archive holds %1 messages, the backup %2"),
    ),
    _sentence(
        _PLACE + r": the restore failed: (.*); nothing of it was kept",
        QT_TRANSLATE_NOOP("CoreMessages", "%1: the restore failed: %2; nothing of it was kept"),
    ),
    _sentence(
        _PLACE + r": a file is in the way; restore into a new folder",
        QT_TRANSLATE_NOOP("CoreMessages", "%1: a file is in the way; restore into a new folder"),
    ),
    _sentence(
        _PLACE + r": there is an archive here already; restore into a new folder",
        QT_TRANSLATE_NOOP(
            "CoreMessages", "%1: there is an archive here already; restore into a new folder"
        ),
    ),
    _sentence(
        _PLACE + r": the folder is not empty; restore into a new folder",
        QT_TRANSLATE_NOOP("CoreMessages", "%1: the folder is not empty; restore into a new folder"),
    ),
    _sentence(
        _PLACE + r": cannot restore into the backup itself",
        QT_TRANSLATE_NOOP("CoreMessages", "%1: cannot restore into the backup itself"),
    ),
    _sentence(
        _PLACE + r": the copied database reads back differently",
        QT_TRANSLATE_NOOP("CoreMessages", "%1: the copied database reads back differently"),
    ),
    _sentence(
        _PLACE + r": could not be removed \((.*)\)",
        QT_TRANSLATE_NOOP("CoreMessages", "%1: could not be removed (%2)"),
    ),
    # Integrity checks of the archive and of a backup (storage.queries, backup.snapshot,
    # backup.checker, export.custody_log, export.verify): the findings.
    _sentence(
        r"encrypted page check: (?P<place>.*)",
        QT_TRANSLATE_NOOP("CoreMessages", "encrypted page check: %1"),
    ),
    _sentence(
        r"database integrity: (?P<place>\d+) more findings",
        QT_TRANSLATE_NOOP("CoreMessages", "database integrity: %1 more findings"),
    ),
    _sentence(
        r"database integrity: (?P<place>.*)",
        QT_TRANSLATE_NOOP("CoreMessages", "database integrity: %1"),
    ),
    _sentence(
        r"database damaged: (?P<place>.*)",
        QT_TRANSLATE_NOOP("CoreMessages", "the database is damaged: %1"),
    ),
    _sentence(
        r"message (?P<place>\d+): content does not match its SHA-256",
        QT_TRANSLATE_NOOP("CoreMessages", "message %1: its content does not match its fingerprint"),
    ),
    _sentence(
        r"converted message (?P<place>\d+): content does not match its SHA-256",
        QT_TRANSLATE_NOOP(
            "CoreMessages", "converted message %1: its content does not match its fingerprint"
        ),
    ),
    _sentence(
        r"attachment (?P<place>\d+): content does not match its SHA-256",
        QT_TRANSLATE_NOOP(
            "CoreMessages", "attachment %1: its content does not match its fingerprint"
        ),
    ),
    _sentence(
        r"the export was not made: (?P<finding>.*)",
        QT_TRANSLATE_NOOP(
            "CoreMessages",
            "The export was not made: %1. Check the archive's integrity (File menu).",
        ),
    ),
    _sentence(
        r"message (?P<place>\d+): attachment (?P<place2>\d+) is no longer found in it",
        QT_TRANSLATE_NOOP("CoreMessages", "message %1: its attachment %2 is no longer found in it"),
    ),
    _sentence(
        r"quarantined item (?P<place>\d+): content does not match its SHA-256",
        QT_TRANSLATE_NOOP(
            "CoreMessages", "quarantined item %1: its content does not match its fingerprint"
        ),
    ),
    _sentence(
        r"(?P<place>\d+) more items do not match their SHA-256",
        QT_TRANSLATE_NOOP("CoreMessages", "%1 more items do not match their fingerprints"),
    ),
    _sentence(
        r"messages could not all be read: (?P<place>.*)",
        QT_TRANSLATE_NOOP("CoreMessages", "not every message could be read: %1"),
    ),
    _sentence(
        r"converted messages could not all be read: (?P<place>.*)",
        QT_TRANSLATE_NOOP("CoreMessages", "not every converted message could be read: %1"),
    ),
    _sentence(
        r"attachments could not all be read: (?P<place>.*)",
        QT_TRANSLATE_NOOP("CoreMessages", "not every attachment could be read: %1"),
    ),
    _sentence(
        r"quarantined items could not all be read: (?P<place>.*)",
        QT_TRANSLATE_NOOP("CoreMessages", "not every quarantined item could be read: %1"),
    ),
    _sentence(
        r"tags, rules and notes could not all be read: (?P<place>.*)",
        QT_TRANSLATE_NOOP("CoreMessages", "not all tags, rules and notes could be read: %1"),
    ),
    _sentence(
        r"(?P<place>\w+): a row points at a missing row of (?P<place2>\w+)",
        QT_TRANSLATE_NOOP("CoreMessages", "%1: an entry points at a missing entry of %2"),
    ),
    _sentence(
        r"notes: (?P<place>\d+) notes but (?P<place2>\d+) in their index \(.*\)",
        QT_TRANSLATE_NOOP(
            "CoreMessages",
            "notes: %1 notes, but %2 in their search index (rebuilding the search index mends it)",
        ),
    ),
    _sentence(
        r"export (?P<place>\d+) in (?P<place2>.+?): (.*)",
        QT_TRANSLATE_NOOP("CoreMessages", "export %1 in %2: %3"),
    ),
    _sentence(
        r"its manifest is missing or unreadable \((.*)\)",
        QT_TRANSLATE_NOOP("CoreMessages", "its manifest is missing or unreadable (%1)"),
    ),
    _sentence(
        r"its manifest is not the one logged on (?P<place>.+?) \(changed or replaced\)",
        QT_TRANSLATE_NOOP(
            "CoreMessages", "its manifest is not the one logged on %1 (changed or replaced)"
        ),
    ),
    _sentence(
        r"its manifest is unreadable",
        QT_TRANSLATE_NOOP("CoreMessages", "its manifest is unreadable"),
    ),
    _sentence(
        r"(?P<place>.+?) is not the file logged on (?P<place2>.+?) \(SHA-256 differs: changed "
        r"or replaced\)",
        QT_TRANSLATE_NOOP(
            "CoreMessages",
            "%1 is not the file logged on %2 (its fingerprint differs: changed or replaced)",
        ),
    ),
    _sentence(
        r"(?P<place>.+?): changed \(size or SHA-256 differs from the manifest\)",
        QT_TRANSLATE_NOOP(
            "CoreMessages", "%1: changed (its size or fingerprint differs from the manifest)"
        ),
    ),
    _sentence(
        r"(?P<place>.+?): missing \(listed in the manifest\)",
        QT_TRANSLATE_NOOP("CoreMessages", "%1: missing (listed in the manifest)"),
    ),
    _sentence(
        r"(?P<place>.+?): not in the manifest \(added after the export\)",
        QT_TRANSLATE_NOOP("CoreMessages", "%1: not in the manifest (added after the export)"),
    ),
    _sentence(
        r"(?P<place>\S+): its list of files is unreadable",
        QT_TRANSLATE_NOOP("CoreMessages", "%1: its list of files is unreadable"),
    ),
    _sentence(
        r"(?P<place>\S+): file (?P<place2>\d+) of its list is unreadable",
        QT_TRANSLATE_NOOP("CoreMessages", "%1: file %2 of its list is unreadable"),
    ),
    _sentence(r"(?P<place>.+?): missing", QT_TRANSLATE_NOOP("CoreMessages", "%1: missing")),
    _sentence(
        r"(?P<place>.+?): changed \(SHA-256 differs from the manifest\)",
        QT_TRANSLATE_NOOP(
            "CoreMessages", "%1: changed (its fingerprint differs from the manifest)"
        ),
    ),
    _sentence(
        r"(?P<place>.+?): changed \(SHA-256 differs from (?P<place2>.+?)\)",
        QT_TRANSLATE_NOOP("CoreMessages", "%1: changed (its fingerprint differs from %2)"),
    ),
    _sentence(
        r"(?P<place>.+?): not found unchanged in (?P<place2>.+)",
        QT_TRANSLATE_NOOP("CoreMessages", "%1: not found unchanged in %2"),
    ),
    _sentence(r"no (?P<place>\S+)", QT_TRANSLATE_NOOP("CoreMessages", "%1 is missing")),
    _sentence(
        r"(?P<place>\S+) is damaged: the backup cannot be opened",
        QT_TRANSLATE_NOOP("CoreMessages", "%1 is damaged: the backup cannot be opened"),
    ),
    _sentence(
        r"(?P<place>\S+) belongs to another archive than (?P<place2>\S+) says",
        QT_TRANSLATE_NOOP("CoreMessages", "%1 belongs to another archive than %2 says"),
    ),
    _sentence(
        r"(?P<place>\S+): its SHA-256 is not the one in (?P<place2>\S+) \((?P<place3>\d+) "
        r"bytes, (?P<place4>\d+) when written\): the file has changed",
        QT_TRANSLATE_NOOP(
            "CoreMessages",
            "%1: its fingerprint is not the one in %2 (%3 bytes, %4 when written): the file has "
            "changed",
        ),
    ),
    _sentence(
        r"(?P<place>\S+): its SHA-256 is not the one in (?P<place2>\S+)",
        QT_TRANSLATE_NOOP("CoreMessages", "%1: its fingerprint is not the one in %2"),
    ),
    _sentence(
        r"(?P<place>\S+) is damaged \((?:not JSON|its fields differ|a field is wrong)\)",
        QT_TRANSLATE_NOOP("CoreMessages", "%1 is damaged"),
    ),
    _sentence(
        r"(?P<place>\S+) does not match its checksum \(changed or damaged\)",
        QT_TRANSLATE_NOOP("CoreMessages", "%1 does not match its fingerprint (changed or damaged)"),
    ),
    _sentence(
        r"(?P<place>\S+) is not a Correspondence Archive backup's",
        QT_TRANSLATE_NOOP("CoreMessages", "%1 is not from a backup of Correspondence Archive"),
    ),
    _sentence(
        r"(?P<place>\S+) cannot be read \((.*)\)",
        QT_TRANSLATE_NOOP("CoreMessages", "%1 cannot be read (%2)"),
    ),
    _sentence(r"(?P<place>\S+) is missing", QT_TRANSLATE_NOOP("CoreMessages", "%1 is missing")),
    _sentence(
        r"(?P<place>\S+): unsupported version (?P<place2>.+)",
        QT_TRANSLATE_NOOP(
            "CoreMessages", "%1: version %2, which this program does not know (a newer one?)"
        ),
    ),
    _sentence(
        r"(?P<place>\S+) has (?P<place2>\d+) bytes, (?P<place3>\S+) says (?P<place4>\d+)",
        QT_TRANSLATE_NOOP("CoreMessages", "%1 has %2 bytes, %3 says %4"),
    ),
    _sentence(r"unfinished", QT_TRANSLATE_NOOP("CoreMessages", "unfinished")),
    # What a backup holds, as a backup check compares it.
    _sentence(
        r"(.+?): (?P<place>.+?) expected, (?P<place2>.+?) in the backup",
        QT_TRANSLATE_NOOP("CoreMessages", "%1: %2 expected, %3 in the backup"),
    ),
    _sentence(
        r"(.+?): (?P<place>.+?) expected, (?P<place2>.+?) in (?P<place3>\S+)",
        QT_TRANSLATE_NOOP("CoreMessages", "%1: %2 expected, %3 in %4"),
    ),
    _sentence(r"schema revision", QT_TRANSLATE_NOOP("CoreMessages", "schema revision")),
    _sentence(r"messages", QT_TRANSLATE_NOOP("CoreMessages", "messages")),
    _sentence(r"attachments", QT_TRANSLATE_NOOP("CoreMessages", "attachments")),
    _sentence(r"quarantined", QT_TRANSLATE_NOOP("CoreMessages", "messages in quarantine")),
    _sentence(r"originals", QT_TRANSLATE_NOOP("CoreMessages", "stored originals")),
    _sentence(
        r"originals sha256",
        QT_TRANSLATE_NOOP("CoreMessages", "fingerprint over the stored originals"),
    ),
    # What an item of an Outlook file is, when it is no mail (importers.outlook_classes);
    # its message class is kept as written.
    _outlook_kind(QT_TRANSLATE_NOOP("CoreMessages", "a calendar item (%1)")),
    _outlook_kind(QT_TRANSLATE_NOOP("CoreMessages", "a contact (%1)")),
    _outlook_kind(QT_TRANSLATE_NOOP("CoreMessages", "a contact group (%1)")),
    _outlook_kind(QT_TRANSLATE_NOOP("CoreMessages", "a note (%1)")),
    _outlook_kind(QT_TRANSLATE_NOOP("CoreMessages", "a task (%1)")),
    _outlook_kind(QT_TRANSLATE_NOOP("CoreMessages", "a journal entry (%1)")),
    _outlook_kind(QT_TRANSLATE_NOOP("CoreMessages", "a document (%1)")),
    _outlook_kind(QT_TRANSLATE_NOOP("CoreMessages", "a changed occurrence of a meeting (%1)")),
    _outlook_kind(QT_TRANSLATE_NOOP("CoreMessages", "Outlook settings (%1)")),
    _outlook_kind(QT_TRANSLATE_NOOP("CoreMessages", "Outlook's own data (%1)")),
    _outlook_kind(QT_TRANSLATE_NOOP("CoreMessages", "an Outlook item (%1)")),
    # Something the window showed a moment ago, gone since (changed by the command line or
    # another window): the core names it by its id.
    _sentence(
        r"(?:there is )?no person with id \d+(?: \(see .*\))?",
        QT_TRANSLATE_NOOP("CoreMessages", "this person is no longer in the archive"),
    ),
    _sentence(
        r"(?:there is )?no message with id \d+",
        QT_TRANSLATE_NOOP("CoreMessages", "this message is no longer in the archive"),
    ),
    _sentence(
        r"no thread with id \d+",
        QT_TRANSLATE_NOOP("CoreMessages", "this conversation is no longer in the archive"),
    ),
    _sentence(
        r"no tag with id \d+",
        QT_TRANSLATE_NOOP("CoreMessages", "this tag is no longer in the archive"),
    ),
    _sentence(
        r"there is no rule with id \d+",
        QT_TRANSLATE_NOOP("CoreMessages", "this rule is no longer in the archive"),
    ),
    _sentence(
        r"there is no group with id \d+",
        QT_TRANSLATE_NOOP("CoreMessages", "this group is no longer in the archive"),
    ),
    _sentence(
        r"there is no sign of life with id \d+",
        QT_TRANSLATE_NOOP("CoreMessages", "this sign of life is no longer in the archive"),
    ),
    _sentence(
        r"no quarantine entry with id \d+",
        QT_TRANSLATE_NOOP("CoreMessages", "this quarantined item is no longer in the archive"),
    ),
    _sentence(
        r"""['"](?P<place>.*)['"] is not a mail address""",
        QT_TRANSLATE_NOOP("CoreMessages", "“%1” is not a mail address"),
    ),
    # Tags, rules and saved searches (tagging).
    _sentence(r"a tag needs a name", QT_TRANSLATE_NOOP("CoreMessages", "a tag needs a name")),
    _sentence(
        r"a tag's name has at most " + _NUMBER + r" characters",
        QT_TRANSLATE_NOOP("CoreMessages", "a tag's name has at most %1 characters"),
    ),
    _sentence(
        r"a tag cannot be merged into itself",
        QT_TRANSLATE_NOOP("CoreMessages", "a tag cannot be merged into itself"),
    ),
    _sentence(
        r"there is a tag " + _PLACE + r" already: merge the two instead",
        QT_TRANSLATE_NOOP("CoreMessages", "there is a tag %1 already: merge the two instead"),
    ),
    _sentence(
        r"there is a tag " + _PLACE + r" already",
        QT_TRANSLATE_NOOP("CoreMessages", "there is a tag %1 already"),
    ),
    _sentence(
        r"there is no tag " + _PLACE, QT_TRANSLATE_NOOP("CoreMessages", "there is no tag %1")
    ),
    _sentence(
        _PLACE + r" is a folder found at import and keeps its name; merge it into a tag of your "
        r"own instead",
        QT_TRANSLATE_NOOP(
            "CoreMessages",
            "%1 is a folder found at import and keeps its name; merge it into a tag of your own "
            "instead",
        ),
    ),
    _sentence(
        _PLACE + r" cannot move below itself",
        QT_TRANSLATE_NOOP("CoreMessages", "%1 cannot move below itself"),
    ),
    _sentence(
        _PLACE + r": a colour is written #rrggbb",
        QT_TRANSLATE_NOOP("CoreMessages", "%1: a colour is written #rrggbb"),
    ),
    _sentence(
        r"the rule “" + _PLACE + r"” gives the tag " + _PLACE2 + r": change that rule or "
        r"delete it first, then delete the tag",
        QT_TRANSLATE_NOOP(
            "CoreMessages",
            "the rule “%1” gives the tag %2: change that rule or delete it first, then delete "
            "the tag",
        ),
    ),
    _sentence(
        r"the rules " + _PLACE + r" give the tag " + _PLACE2 + r": change those rules or "
        r"delete them first, then delete the tag",
        QT_TRANSLATE_NOOP(
            "CoreMessages",
            "the rules %1 give the tag %2: change those rules or delete them first, then "
            "delete the tag",
        ),
    ),
    _sentence(
        _PLACE + r" is a tag of yours, not a folder's: undo takes a deletion back",
        QT_TRANSLATE_NOOP(
            "CoreMessages", "%1 is a tag of yours, not a folder's: undo takes a deletion back"
        ),
    ),
    _sentence(
        r"the folder tag " + _PLACE + r" was not dropped",
        QT_TRANSLATE_NOOP("CoreMessages", "the folder tag %1 was not dropped"),
    ),
    _sentence(
        r"the tag " + _PLACE + r" cannot come back: there is a tag of that name again \(rename "
        r"it, or merge the two after the undo\)",
        QT_TRANSLATE_NOOP(
            "CoreMessages",
            "the tag %1 cannot come back: there is a tag of that name again (rename it, or "
            "merge the two after the undo)",
        ),
    ),
    _sentence(
        _PLACE + r" cannot move back to " + _PLACE2 + r": there is a tag of that name again "
        r"\(rename it first\)",
        QT_TRANSLATE_NOOP(
            "CoreMessages",
            "%1 cannot move back to %2: there is a tag of that name again (rename it first)",
        ),
    ),
    _sentence(
        r"step " + _NUMBER + r" does not exist or was undone already",
        QT_TRANSLATE_NOOP("CoreMessages", "step %1 does not exist or was undone already"),
    ),
    _sentence(r"a rule needs a name", QT_TRANSLATE_NOOP("CoreMessages", "a rule needs a name")),
    _sentence(r"a rule needs a query", QT_TRANSLATE_NOOP("CoreMessages", "a rule needs a search")),
    _sentence(
        r"a rule needs at least one tag to add",
        QT_TRANSLATE_NOOP("CoreMessages", "a rule needs at least one tag to add"),
    ),
    _sentence(
        r"there is a rule " + _PLACE + r" already",
        QT_TRANSLATE_NOOP("CoreMessages", "there is a rule %1 already"),
    ),
    _sentence(
        r"a saved search needs a name",
        QT_TRANSLATE_NOOP("CoreMessages", "a saved search needs a name"),
    ),
    _sentence(
        r"a saved search needs a query",
        QT_TRANSLATE_NOOP("CoreMessages", "a saved search needs a search"),
    ),
    _sentence(
        r"there is a saved search " + _PLACE + r" already",
        QT_TRANSLATE_NOOP("CoreMessages", "there is a saved search %1 already"),
    ),
    _sentence(
        r"a note has at most " + _NUMBER + r" characters",
        QT_TRANSLATE_NOOP("CoreMessages", "a note has at most %1 characters"),
    ),
    # People, signs of life and letters (people, alerts).
    _sentence(
        _PLACE + r": no message in the archive has this address",
        QT_TRANSLATE_NOOP("CoreMessages", "%1: no message in the archive has this address"),
    ),
    _sentence(
        r"person " + _NUMBER + r" cannot be merged with themselves",
        QT_TRANSLATE_NOOP("CoreMessages", "a person cannot be merged with themselves"),
    ),
    _sentence(
        _PLACE + r" is the only address of person " + _NUMBER,
        QT_TRANSLATE_NOOP("CoreMessages", "%1 is the person's only address"),
    ),
    _sentence(
        _PLACE + r": an address is always its own person",
        QT_TRANSLATE_NOOP("CoreMessages", "%1: an address is always its own person"),
    ),
    _sentence(
        r"person " + _NUMBER + r" is one person already",
        QT_TRANSLATE_NOOP("CoreMessages", "this is one person already"),
    ),
    _sentence(
        r"person " + _NUMBER + r" is you \(" + _PLACE + r" is your address\): your own mail is "
        r"no sign of life",
        QT_TRANSLATE_NOOP(
            "CoreMessages", "this is you (%2 is your address): your own mail is no sign of life"
        ),
    ),
    _sentence(
        _NUMBER + r": a threshold is at least 1 day",
        QT_TRANSLATE_NOOP("CoreMessages", "%1: the number of days is at least 1"),
    ),
    _sentence(
        _NUMBER + r": a deadline is at least 1 day",
        QT_TRANSLATE_NOOP("CoreMessages", "%1: a deadline is at least 1 day"),
    ),
    _sentence(_PLACE + r" is after today", QT_TRANSLATE_NOOP("CoreMessages", "%1 is after today")),
    _sentence(r"a group needs a name", QT_TRANSLATE_NOOP("CoreMessages", "a group needs a name")),
    _sentence(
        _PLACE + r": give the domain alone \(like amt\.example\), or the address",
        QT_TRANSLATE_NOOP(
            "CoreMessages", "%1: give the domain alone (like amt.example), or the address"
        ),
    ),
    _sentence(
        _PLACE + r": not a mail domain \(like amt\.example\)",
        QT_TRANSLATE_NOOP("CoreMessages", "%1: not a mail domain (like amt.example)"),
    ),
    _sentence(
        _PLACE + r" is not in the group",
        QT_TRANSLATE_NOOP("CoreMessages", "%1 is not in the group"),
    ),
    _sentence(
        r"a letter needs a recipient",
        QT_TRANSLATE_NOOP("CoreMessages", "a letter needs a recipient"),
    ),
    _sentence(
        _PLACE + r": an answer cannot come before the letter \(sent " + _PLACE2 + r"\)",
        QT_TRANSLATE_NOOP("CoreMessages", "%1: an answer cannot come before the letter (sent %2)"),
    ),
    _sentence(
        r"message " + _NUMBER + r" was not sent from your addresses",
        QT_TRANSLATE_NOOP("CoreMessages", "this message was not sent from your addresses"),
    ),
    _sentence(
        r"message " + _NUMBER + r" has no date",
        QT_TRANSLATE_NOOP("CoreMessages", "this message has no date"),
    ),
    _sentence(
        r"your own addresses are not known: .*",
        QT_TRANSLATE_NOOP(
            "CoreMessages",
            "your own addresses are not known: add them under “People”, “My addresses”",
        ),
    ),
    _sentence(
        _PLACE + r": a day is written YYYY-MM-DD",
        QT_TRANSLATE_NOOP("CoreMessages", "%1: a day is written YYYY-MM-DD"),
    ),
    _sentence(
        _PLACE + r": no such time zone \(write it like Europe/Berlin\)",
        QT_TRANSLATE_NOOP("CoreMessages", "%1: no such time zone (write it like Europe/Berlin)"),
    ),
    # Searches that cannot be read (search.query_parser); "at" is the character's position.
    _sentence(
        r"the query is too long at character (?P<at>\d+) \(at most (?P<place2>[\d,.]+) "
        r"characters\)",
        QT_TRANSLATE_NOOP(
            "CoreMessages", "the search is too long at character %1 (at most %2 characters)"
        ),
    ),
    _sentence(
        r"the query is too long at character (?P<at>\d+) \(at most (?P<place2>\d+) words "
        r"and conditions\)",
        QT_TRANSLATE_NOOP(
            "CoreMessages",
            "the search is too long at character %1 (at most %2 words and conditions)",
        ),
    ),
    _sentence(
        r"unclosed quote starting at character (?P<at>\d+)",
        QT_TRANSLATE_NOOP("CoreMessages", "the quote opened at character %1 is not closed"),
    ),
    _sentence(
        r"nothing to search for at character (?P<at>\d+) \(a word needs a letter or a "
        r"digit\)",
        QT_TRANSLATE_NOOP(
            "CoreMessages",
            "nothing to search for at character %1 (a word needs a letter or a digit)",
        ),
    ),
    _sentence(
        r'nothing to negate after "(?P<place>.+?)" at character (?P<at>\d+)',
        QT_TRANSLATE_NOOP("CoreMessages", "nothing to exclude after “%1” at character %2"),
    ),
    _sentence(
        r"the query ends too early at character (?P<at>\d+)",
        QT_TRANSLATE_NOOP("CoreMessages", "the search ends too early at character %1"),
    ),
    _sentence(
        r"too many nested parentheses at character (?P<at>\d+)",
        QT_TRANSLATE_NOOP("CoreMessages", "too many nested parentheses at character %1"),
    ),
    _sentence(
        r"empty parentheses at character (?P<at>\d+)",
        QT_TRANSLATE_NOOP("CoreMessages", "empty parentheses at character %1"),
    ),
    _sentence(
        r'unclosed "\(" at character (?P<at>\d+)',
        QT_TRANSLATE_NOOP("CoreMessages", "the “(” at character %1 is not closed"),
    ),
    _sentence(
        r'unmatched "\)" at character (?P<at>\d+)',
        QT_TRANSLATE_NOOP("CoreMessages", "the “)” at character %1 closes nothing"),
    ),
    _sentence(
        r'"(?P<place>.+?):" at character (?P<at>\d+) needs a value right after the colon',
        QT_TRANSLATE_NOOP(
            "CoreMessages", "“%1:” at character %2 needs a value right after the colon"
        ),
    ),
    _sentence(
        r'unknown value "(?P<place>.*?)" at character (?P<at>\d+) \(only has:attachment\)',
        QT_TRANSLATE_NOOP(
            "CoreMessages", "unknown value “%1” at character %2 (only has:attachment is known)"
        ),
    ),
    _sentence(
        r'unknown language "(?P<place>.*?)" at character (?P<at>\d+) \(lang: takes de, en, '
        r"ru\)",
        QT_TRANSLATE_NOOP(
            "CoreMessages", "unknown language “%1” at character %2 (lang: takes de, en or ru)"
        ),
    ),
    _sentence(
        r'unknown field "(?P<place>.+?):" at character (?P<at>\d+) \(did you mean '
        r"(?P<place3>.+?):\?\)",
        QT_TRANSLATE_NOOP(
            "CoreMessages", "unknown field “%1:” at character %2 (did you mean %3:?)"
        ),
    ),
    _sentence(
        r'"(?P<place>.+?)" at character (?P<at>\d+) needs a term on both sides',
        QT_TRANSLATE_NOOP("CoreMessages", "“%1” at character %2 needs a search term on both sides"),
    ),
    _sentence(
        r"empty quotes at character (?P<at>\d+)",
        QT_TRANSLATE_NOOP("CoreMessages", "empty quotes at character %1"),
    ),
    _sentence(
        r'"\*" at character (?P<at>\d+) needs a word before it',
        QT_TRANSLATE_NOOP("CoreMessages", "“*” at character %1 needs a word before it"),
    ),
    _sentence(
        r'"\*" at character (?P<at>\d+) may only end a word',
        QT_TRANSLATE_NOOP("CoreMessages", "“*” at character %1 may only end a word"),
    ),
    _sentence(
        r'(?P<place>.+?): takes one date, not the range "(?P<place2>.*?)" at character '
        r"(?P<at>\d+)",
        QT_TRANSLATE_NOOP("CoreMessages", "%1: takes one date, not the range “%2” at character %3"),
    ),
    _sentence(
        r'date range "\.\." at character (?P<at>\d+) needs a start or an end',
        QT_TRANSLATE_NOOP(
            "CoreMessages", "the date range “..” at character %1 needs a start or an end"
        ),
    ),
    _sentence(
        r'date range "(?P<place>.*?)" at character (?P<at>\d+) ends before it starts',
        QT_TRANSLATE_NOOP(
            "CoreMessages", "the date range “%1” at character %2 ends before it starts"
        ),
    ),
    _sentence(
        r'bad date "(?P<place>.*?)" at character (?P<at>\d+)',
        QT_TRANSLATE_NOOP(
            "CoreMessages", "“%1” at character %2 is not a date (write 2024, 2024-03 or 2024-03-31)"
        ),
    ),
    # Mail accounts (accounts.book).
    _sentence(
        _PLACE + r": there is already an account of this name",
        QT_TRANSLATE_NOOP("CoreMessages", "%1: there is already an account of this name"),
    ),
    _sentence(
        r"an account needs a name", QT_TRANSLATE_NOOP("CoreMessages", "an account needs a name")
    ),
    _sentence(
        r"the password must not be empty",
        QT_TRANSLATE_NOOP("CoreMessages", "the password must not be empty"),
    ),
    _sentence(
        r"the user name must not be empty",
        QT_TRANSLATE_NOOP("CoreMessages", "the user name must not be empty"),
    ),
    _sentence(
        _PLACE + r": the keyring holds no password for this account",
        QT_TRANSLATE_NOOP("CoreMessages", "%1: the keyring holds no password for this account"),
    ),
    _sentence(
        _PLACE + r": the password is asked for at each sync",
        QT_TRANSLATE_NOOP("CoreMessages", "%1: the password is asked for at each sync"),
    ),
    _sentence(
        _PLACE + r": not a server name", QT_TRANSLATE_NOOP("CoreMessages", "%1: not a server name")
    ),
    _sentence(
        _PLACE + r": not a port \(1 to 65535\)",
        QT_TRANSLATE_NOOP("CoreMessages", "%1: not a port (1 to 65535)"),
    ),
    _sentence(
        _PLACE + r": sync every 1 to " + _PLACE2 + r" minutes, or 0 for never",
        QT_TRANSLATE_NOOP("CoreMessages", "%1: sync every 1 to %2 minutes, or 0 for never"),
    ),
    _sentence(
        r"there is no desktop keyring on this computer: keep the password in the archive or "
        r"have it asked for at each sync",
        QT_TRANSLATE_NOOP(
            "CoreMessages",
            "there is no desktop keyring on this computer: keep the password in the archive or "
            "have it asked for at each sync",
        ),
    ),
    _sentence(
        r"the keyring refused the password \((.*)\)",
        QT_TRANSLATE_NOOP("CoreMessages", "the keyring refused the password (%1)"),
    ),
)
