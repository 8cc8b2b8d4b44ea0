# SPDX-License-Identifier: GPL-3.0-or-later
"""The core's messages in the window's language: each one that the core really gives for a
bad place, a bad name or a bad search has words of its own in German and Russian; the
places in it stay as written; what is not known stays English. With CORRESPONDENCE_SHOTS
set to a folder, the dialogs that show them are saved there as PNGs, to look at."""

from __future__ import annotations

import contextlib
import fcntl
import functools
import hashlib
import os
import re
import shutil
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from sqlalchemy import select, text, update

from correspondence_app.accounts.book import AccountDraft
from correspondence_app.backup import verify_backup
from correspondence_app.backup.common import BackupError
from correspondence_app.backup.manifest import PARTIAL_SUFFIX
from correspondence_app.backup.restorer import check_restore_target
from correspondence_app.backup.shelf import list_backups
from correspondence_app.crypto.keys import KdfParams
from correspondence_app.export.source import Selection
from correspondence_app.gui import translations
from correspondence_app.gui.core_messages import core_text, error_text, worded_in
from correspondence_app.gui.dialogs.import_dialog import ImportDialog
from correspondence_app.gui.quarantine_reasons import skipped_text
from correspondence_app.search.query_parser import QuerySyntaxError, parse_query
from correspondence_app.services import (
    DATABASE_NAME,
    KEY_NAME,
    LOCK_NAME,
    Archive,
    ArchiveError,
)
from correspondence_app.storage.tables import Attachment, AttachmentBlob, Original
from tests.conftest import PASSPHRASE
from tests.gui.showing import shot, without_words_in
from tests.unit.backup.conftest import flip_byte

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator

    from PySide6.QtWidgets import QApplication
    from pytestqt.qtbot import QtBot

LETTER = b"From: a@example.org\nTo: b@example.org\nSubject: Hallo\nMessage-ID: <1@x>\n\nText\n"
WITH_ATTACHMENT = (
    b"From: a@example.org\nTo: b@example.org\nSubject: Vollmacht\nMessage-ID: <2@x>\n"
    b'MIME-Version: 1.0\nContent-Type: multipart/mixed; boundary="b"\n\n'
    b"--b\nContent-Type: text/plain\n\nAnbei die Vollmacht.\n"
    b'--b\nContent-Type: text/plain; name="vollmacht.txt"\n'
    b'Content-Disposition: attachment; filename="vollmacht.txt"\n\nIch bevollmaechtige.\n'
    b"--b--\n"
)


def said(action: Callable[[], object]) -> str:
    """What the core says when ``action`` cannot be done."""
    try:
        action()
    except QuerySyntaxError as error:
        return error.message
    except (ArchiveError, BackupError, ValueError) as error:  # the tag, account, export errors
        return str(error)
    raise AssertionError("done without complaint")


# Words of the core's sentences that no German or Russian wording keeps; the places in the
# tests' messages (temporary folders, file names, tags) have none of them between spaces.
ENGLISH = re.compile(
    r"\b(?:the|is|are|not|no|does|cannot|could|changed|differs|expected|missing|found|"
    r"already|needs|must|its|be|read|at|character)\b"
)


def still_english(qapp: QApplication, language: str, texts: list[str]) -> list[str]:
    """Those of ``texts`` whose words in ``language`` keep part of the English: a sentence
    inside another one that is not known."""
    translations.install(qapp, language)
    try:
        return [core_text(text) for text in texts if ENGLISH.search(core_text(text))]
    finally:
        translations.install(qapp, "en")


@contextlib.contextmanager
def held_lock(archive: Archive) -> Iterator[None]:
    """The archive's lock held elsewhere, as another import or a check holds it."""
    lock = os.open(archive.folder / LOCK_NAME, os.O_CREAT | os.O_RDWR, 0o600)
    try:
        fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
        yield
    finally:
        os.close(lock)


def archive_messages(archive: Archive, tmp_path: Path) -> list[str]:
    """Creating, opening and importing into an archive, and exporting from it, where it
    cannot be done."""
    full = tmp_path / "full"
    full.mkdir()
    (full / "a file").write_text("x")
    letter = tmp_path / "letter.eml"
    letter.write_bytes(LETTER)
    archive.import_paths([letter])
    one = Selection(message_ids=(archive.list_messages()[0].id,))
    with held_lock(archive):
        busy = said(lambda: archive.import_paths([letter]))
    return [
        busy,
        said(lambda: Archive.create(full, PASSPHRASE, kdf=KdfParams())),
        said(lambda: Archive.create(archive.folder, PASSPHRASE, kdf=KdfParams())),
        said(lambda: Archive.create(tmp_path / "new", "", kdf=KdfParams())),
        said(lambda: Archive.open(tmp_path / "nowhere", PASSPHRASE)),
        said(lambda: Archive.open(full, PASSPHRASE)),
        said(lambda: Archive.open(newer_archive(tmp_path / "newer"), PASSPHRASE)),
        said(lambda: archive.import_paths([tmp_path / "gone.mbox"])),
        said(lambda: archive.import_paths([archive.folder])),
        said(lambda: archive.exporter.export(one, "pdf", letter)),
        said(lambda: archive.exporter.export(one, "pdf", tmp_path / "unplugged" / "Akte.pdf")),
        said(lambda: archive.exporter.export(Selection(query="Nichts"), "eml", tmp_path / "e")),
    ]


def newer_archive(folder: Path) -> Path:
    """An archive as a later version of the program would leave it."""
    archive = Archive.create(folder, PASSPHRASE, kdf=KdfParams())
    with archive, archive.engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    return folder


def backup_messages(archive: Archive, tmp_path: Path) -> list[str]:
    """Backing up and restoring where it cannot be done."""
    full = tmp_path / "restore into"
    full.mkdir()
    (full / "a file").write_text("x")
    return [
        said(lambda: archive.backups.make(tmp_path / "unplugged drive")),
        said(lambda: archive.backups.make(archive.folder)),
        said(lambda: archive.backups.make(tmp_path, keep=0)),
        said(lambda: check_restore_target(tmp_path / "backup", full)),
        said(lambda: check_restore_target(tmp_path / "backup", archive.folder)),
    ]


def naming_messages(archive: Archive) -> list[str]:
    """Tags, rules, saved searches and accounts given names or values they cannot have."""
    organiser = archive.organiser
    organiser.create_tag("Botschaft")
    organiser.create_tag("Anwalt")
    organiser.save_search("Antrag", "Antrag")
    accounts = archive.accounts
    accounts.add(AccountDraft("imap.example", 993, "bert", name="Post"), "secret")
    return [
        said(lambda: organiser.create_tag("Botschaft")),
        said(lambda: organiser.create_tag(" ")),
        said(lambda: organiser.rename_tag("Anwalt", "Botschaft")),
        said(lambda: organiser.rename_tag("Botschaft", "Botschaft/Berlin")),
        said(lambda: organiser.save_rule("", "Antrag", ["Botschaft"])),
        said(lambda: organiser.save_rule("Amt", "Antrag", [])),
        said(lambda: organiser.save_search("Antrag", "Antrag")),
        said(lambda: organiser.save_search("", "Antrag")),
        said(lambda: archive.watchlist.watch(9999)),
        said(lambda: archive.message(9999)),
        said(lambda: organiser.save_rule("Amt", "Antrag", ["Botschaft"], rule_id=9999)),
        said(lambda: archive.people.add_my_address("anna.example.org")),
        said(lambda: accounts.add(AccountDraft("imap.example", 0, "anna"), "secret")),
        said(lambda: accounts.add(AccountDraft("imap.example", 993, ""), "secret")),
        said(lambda: accounts.add(AccountDraft("imap example", 993, "anna"), "secret")),
        said(lambda: accounts.add(AccountDraft("imap.example", 993, "anna", name="Post"), "x")),
    ]


SEARCHES = [
    '"Antrag auf',
    "Antrag AND",
    "(Antrag",
    "Antrag)",
    "()",
    "NOT",
    'subject:""',
    "*trag",
    "Ant*rag",
    "from:",
    "has:picture",
    "lang:fr",
    "frm:anna",
    "date:2024-13",
    "date:2024..2023",
    "date:..",
    "!!!",
]


def search_messages() -> list[str]:
    return [said(functools.partial(parse_query, query)) for query in SEARCHES]


def integrity_findings(archive: Archive, tmp_path: Path) -> list[str]:
    """What a check of the archive and of a backup finds after damage on the disk: a
    changed original and attachment, a changed file of a logged export, a backup whose
    database and key file changed or come from a later state of the archive."""
    first, second = tmp_path / "1.eml", tmp_path / "2.eml"
    first.write_bytes(LETTER)
    second.write_bytes(WITH_ATTACHMENT)
    drive = tmp_path / "drive"
    drive.mkdir()
    archive.import_paths([first])
    backup = archive.backups.make(drive).folder
    # A third whose original will still match its SHA-256 but no longer hold its attachment.
    third = tmp_path / "3.eml"
    third.write_bytes(WITH_ATTACHMENT.replace(b"<2@x>", b"<3@x>").replace(b"ige.", b"ige dich."))
    archive.import_paths([second, third])
    later = archive.backups.make(drive).folder
    exported = tmp_path / "export"
    archive.exporter.export(Selection(query="Vollmacht"), "eml", exported)
    next(exported.rglob("*.eml")).write_bytes(b"changed")
    kept = max(message.id for message in archive.list_messages())  # the third
    changed = archive.raw(kept).replace(b"dich", b"ihn")
    with archive.session() as session, session.begin():
        kept_blob = session.scalar(select(Attachment.blob_id).where(Attachment.message_id == kept))
        session.execute(
            update(Original)
            .where(Original.message_id != kept)
            .values(data=b"altered", compression="none")
        )
        session.execute(
            update(Original)
            .where(Original.message_id == kept)
            .values(data=changed, compression="none", sha256=hashlib.sha256(changed).hexdigest())
        )
        session.execute(
            update(AttachmentBlob)
            .where(AttachmentBlob.id != kept_blob)
            .values(data=b"altered", compression="none")
        )
    findings = [
        *archive.verify().errors,
        said(lambda: archive.backups.make(drive)),
        said(lambda: archive.exporter.export(Selection(query="Vollmacht"), "html", drive / "h")),
    ]
    shutil.copy(later / DATABASE_NAME, backup / DATABASE_NAME)
    findings += verify_backup(backup, PASSPHRASE).findings
    flip_byte(later / DATABASE_NAME)
    flip_byte(later / KEY_NAME, mask=0x01)
    findings += verify_backup(later, PASSPHRASE).findings
    # What a quick look at the backups on a drive finds.
    with (later / DATABASE_NAME).open("ab") as database:
        database.write(b"more")
    (backup / KEY_NAME).unlink()
    unfinished = drive / f"{later.name}{PARTIAL_SUFFIX}"
    unfinished.mkdir()
    findings += [shelved.problem for shelved in list_backups(drive)]
    return findings


@pytest.mark.parametrize("language", ["de", "ru"])
def test_every_finding_of_a_check_has_words_of_its_own(
    qapp: QApplication, archive: Archive, tmp_path: Path, language: str
) -> None:
    findings = integrity_findings(archive, tmp_path)
    kinds = {finding.split(":")[0].split(" ")[0] for finding in findings}
    assert {"message", "attachment", "export", "messages", DATABASE_NAME, KEY_NAME} <= kinds
    assert any(finding.endswith("is no longer found in it") for finding in findings)
    assert any(finding.startswith("the export was not made: ") for finding in findings)
    assert "unfinished" in findings
    assert without_words_in(qapp, language, findings, core_text) == []
    assert still_english(qapp, language, findings) == []


@pytest.mark.parametrize("language", ["de", "ru"])
def test_every_message_the_core_gives_has_words_of_its_own(
    qapp: QApplication, archive: Archive, tmp_path: Path, language: str
) -> None:
    messages = [
        *archive_messages(archive, tmp_path),
        *backup_messages(archive, tmp_path),
        *naming_messages(archive),
        *search_messages(),
    ]
    assert len(set(messages)) == len(messages)  # each case says something else
    assert without_words_in(qapp, language, messages, core_text) == []
    assert still_english(qapp, language, messages) == []


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("en", "%s: the folder is not empty"),
        ("de", "%s: der Ordner ist nicht leer"),
        ("ru", "%s: папка не пуста"),
    ],
)
def test_the_place_stays_as_written(
    qapp: QApplication, tmp_path: Path, language: str, expected: str
) -> None:
    folder = tmp_path / "Ordner: 100% Briefe %2"  # a colon and placeholders in the place
    folder.mkdir()
    (folder / "a file").write_text("x")
    message = said(lambda: Archive.create(folder, PASSPHRASE, kdf=KdfParams()))
    translations.install(qapp, language)
    assert core_text(message) == expected % folder


def test_a_reason_inside_a_message_is_worded_too(qapp: QApplication) -> None:
    failed = (
        "/media/stick: the backup failed: the disk is full; remove the unfinished "
        "/media/stick/part by hand; earlier backups and the archive are untouched"
    )
    translations.install(qapp, "de")
    assert core_text(failed) == (
        "/media/stick: die Sicherung ist fehlgeschlagen: der Datenträger ist voll; bitte "
        "entfernen Sie das unfertige /media/stick/part von Hand; frühere Sicherungen und das "
        "Archiv sind unberührt"
    )
    refused = PermissionError(13, "Permission denied", "/home/anna/Post.mbox")
    assert error_text(refused) == "/home/anna/Post.mbox: keine Berechtigung"
    # The system's reason why an import left a file out, too.
    assert skipped_text("cannot be read (Permission denied)") == (
        "kann nicht gelesen werden (keine Berechtigung)"
    )
    translations.install(qapp, "ru")
    assert error_text(OSError(28, "No space left on device")) == "диск заполнен"


def test_what_is_not_known_stays_english(qapp: QApplication) -> None:
    translations.install(qapp, "de")
    newer = "a sentence of a newer version"
    assert core_text(newer) == newer
    assert core_text("/x: a reason of a newer version") == "/x: a reason of a newer version"
    assert error_text(ArchiveError()) == "ArchiveError"
    # Words with a placeholder too many (a slip in a translation) keep it, not fail.
    slip = (re.compile(r"(\d+) of (\d+)"), "%1 von %2, %3 %0")
    assert worded_in("1 of 2", [slip], "NoSuchContext") == "1 von 2, %3 %0"


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("de", "Der Import wurde angehalten: %s: Datei oder Ordner nicht gefunden"),
        ("ru", "Импорт остановлен: %s: нет такого файла или папки"),
    ],
)
def test_the_import_dialog_says_why_in_the_users_language(
    qtbot: QtBot,
    qapp: QApplication,
    archive: Archive,
    tmp_path: Path,
    language: str,
    expected: str,
) -> None:
    translations.install(qapp, language)
    gone = tmp_path / "Posteingang.mbox"
    dialog = ImportDialog(archive, [gone])
    qtbot.addWidget(dialog)
    dialog.show()
    with qtbot.waitSignal(dialog.import_finished, timeout=30_000):
        pass
    shot(dialog, f"import-failed-{language}")
    assert dialog.status.text().startswith(expected % gone)
