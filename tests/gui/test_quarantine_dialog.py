# SPDX-License-Identifier: GPL-3.0-or-later
"""The quarantine dialog on an archive that holds messages the importer could not read:
each reason in the user's language, the core's English words as the tip; and every reason
the core gives has words of its own in German and Russian. With CORRESPONDENCE_SHOTS set to
a folder, the dialog is saved there as a PNG in each language, to look at."""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from PySide6.QtWidgets import QApplication

from correspondence_app.domain.message import MessageRejected
from correspondence_app.gui import translations
from correspondence_app.gui.dialogs.quarantine_dialog import QuarantineDialog
from correspondence_app.gui.quarantine_reasons import reason_text
from correspondence_app.importers import olm
from correspondence_app.importers.apple_mail import PARTIAL_IN_TAR, read_emlx
from correspondence_app.importers.detect import OLE2_MAGIC
from correspondence_app.importers.mime import parse_message
from correspondence_app.importers.outlook import OutlookError, msg_to_rfc822
from tests.dovecot import USER, Dovecot, letter
from tests.gui.showing import shot, without_words_in
from tests.integration.test_imap_sync import add_account
from tests.unit.importers.test_apple_mail import packed, store
from tests.unit.importers.test_quarantine_retry import quarantine

if TYPE_CHECKING:
    from collections.abc import Callable

    from pytestqt.qtbot import QtBot

    from correspondence_app.services import Archive

COLUMN_REASON = 1
COLUMN_WHEN = 3


def rejected(parse: Callable[[], object]) -> str:
    """The reason the core gives for what it cannot read."""
    try:
        parse()
    except (MessageRejected, OutlookError) as error:
        return error.reason if isinstance(error, MessageRejected) else str(error)
    raise AssertionError("read without complaint")


def on_screen(qtbot: QtBot, archive: Archive) -> QuarantineDialog:
    """The dialog on the archive, on the screen at a size that fits a laptop's."""
    dialog = QuarantineDialog(archive)
    qtbot.addWidget(dialog)
    dialog.resize(760, 400)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


# Reasons as the core words them, from the core itself where an input makes it say them.
CORE_REASONS = [
    rejected(lambda: parse_message(b"")),
    rejected(lambda: parse_message(b"Just some text that is not a mail.\n\nSee you.\n")),
    rejected(lambda: parse_message(b"\n\n")),
    rejected(lambda: msg_to_rfc822(b"not an outlook file")),
    rejected(lambda: msg_to_rfc822(OLE2_MAGIC + bytes(100))),
    "MIME nesting deeper than 50 levels",
    "more than 2000 MIME parts",
    "HTML part larger than 5 MB",
    "message too large to parse in memory",
    "unparseable: ValueError: invalid literal",
    "Outlook item: a contact (IPM.Contact), not an e-mail",
    "damaged or unreadable Outlook file (KeyError: '__substg1.0_0037')",
    "Outlook item cannot be converted (OSError: unable to read)",
    "parsing took longer than 60 s",
    "the process parsing it ended (a crash on this message)",
    read_emlx(b"12\nFrom: a@b.c\n", "1.partial.emlx").problem,
    PARTIAL_IN_TAR,
    read_emlx(b"99\nFrom: a@b.c\n", "1.emlx").problem,
    olm.converted(b"<emails><email><OPFMessageCopySubject>Abgesch", lambda _url: None)[2],
    olm.converted(b"<emails/>", lambda _url: None)[2],
    olm.converted(b"<emails><email/></emails>", lambda _url: None)[2],
    olm.converted(b'<!DOCTYPE e [<!ENTITY a "b">]><emails/>', lambda _url: None)[2],
    olm.DAMAGED.format(where="no element found"),
]


@pytest.mark.parametrize("language", ["de", "ru"])
def test_every_reason_of_the_core_has_words_of_its_own(qapp: QApplication, language: str) -> None:
    assert all(reason_text(reason) != reason for reason in CORE_REASONS)  # each is known
    assert without_words_in(qapp, language, CORE_REASONS, reason_text) == []
    assert reason_text("a reason of a newer version") == "a reason of a newer version"
    assert reason_text("more than 2000 MIME parts") == "It has more than 2000 parts."
    assert "tar archive" in reason_text(PARTIAL_IN_TAR)  # not the words for a folder's


@pytest.mark.parametrize(
    ("language", "headless", "written"),
    [
        (
            "en",
            "It is a text without header fields, not an e-mail.",
            r"\d{1,2}/\d{1,2}/\d{2} \d{1,2}:\d{2}\W?[AP]M",
        ),
        (
            "de",
            "Es ist ein Text ohne Kopfzeilen, keine E-Mail.",
            r"\d{2}\.\d{2}\.\d{2} \d{2}:\d{2}",
        ),
        ("ru", "Это текст без заголовков, а не письмо.", r"\d{2}\.\d{2}\.\d{4} \d{2}:\d{2}"),
    ],
)
def test_the_dialog_gives_the_reasons_in_the_users_language(
    qtbot: QtBot,
    qapp: QApplication,
    archive: Archive,
    tmp_path: Path,
    language: str,
    headless: str,
    written: str,
) -> None:
    mail = tmp_path / "mail"
    mail.mkdir()
    (mail / "note.eml").write_bytes(b"Just some text that is not a mail.\n\nSee you.\n")
    (mail / "letter.msg").write_bytes(OLE2_MAGIC + bytes(100))  # an Outlook file cut short
    report = archive.import_paths([mail])
    assert report.quarantined == 2
    translations.install(qapp, language)
    try:
        dialog = on_screen(qtbot, archive)
        model = dialog.model
        reasons = {
            model.item(row, COLUMN_REASON).text(): model.item(row, COLUMN_REASON).toolTip()
            for row in range(model.rowCount())
        }
        assert reasons[headless] == "no mail header fields (text only)"
        assert len(reasons) == 2
        for row in range(model.rowCount()):  # the date as the language writes it
            assert re.fullmatch(written, model.item(row, COLUMN_WHEN).text())
        assert dialog.table.verticalHeader().isHidden()  # no row numbers
        shot(dialog, f"quarantine-{language}")
    finally:
        translations.install(qapp, "en")


@pytest.mark.parametrize("language", ["de", "ru"])
def test_the_selected_messages_whole_source_and_reason_are_shown_below(
    qtbot: QtBot, qapp: QApplication, archive: Archive, tmp_path: Path, language: str
) -> None:
    """A row is one line, cut where the window ends; below the table the selected
    message's whole path and reason are wrapped to the window's width."""
    tarred = packed(store(tmp_path / "Mail"), tmp_path / "Mail.tar")
    assert archive.import_paths([tarred]).quarantined == 1
    [entry] = archive.quarantine()
    translations.install(qapp, language)
    try:
        dialog = on_screen(qtbot, archive)
        assert dialog.details.isHidden()  # nothing selected yet
        dialog.table.selectRow(0)
        assert dialog.details.isVisible()
        shown = dialog.details.text()
        assert entry.location in shown
        assert reason_text(entry.reason) in shown
        assert entry.reason not in shown  # in the user's language, not the core's
        assert dialog.details.width() <= dialog.width()  # wrapped, not widening the dialog
        shot(dialog, f"quarantine-details-{language}")
    finally:
        translations.install(qapp, "en")


@pytest.mark.parametrize(
    ("language", "imap_place", "mbox_place"),
    [
        (
            "de",
            f"Konto {USER} auf 127.0.0.1, Ordner Входящие/Посольство, Nachricht 2 auf dem Server",
            "Posteingang.mbox, ab Byte {at}",
        ),
        (
            "ru",
            f"учётная запись {USER} на 127.0.0.1, папка Входящие/Посольство, сообщение 2 на "
            "сервере",
            "Posteingang.mbox, с байта {at}",
        ),
    ],
)
def test_a_message_of_an_account_is_named_by_its_account_and_folder(
    qtbot: QtBot,
    qapp: QApplication,
    archive: Archive,
    server: Dovecot,
    tmp_path: Path,
    language: str,
    imap_place: str,
    mbox_place: str,
) -> None:
    """Not by the folder's IMAP URL; and one of an mbox file's messages by where it starts."""
    with server.client(USER) as client:
        client.create_folder("Входящие/Посольство")
        client.append("Входящие/Посольство", letter(1))
        client.append("Входящие/Посольство", b"Just some text that is not a mail.\r\n")
    assert archive.sync_account(add_account(archive, server)).quarantined == 1
    mbox = tmp_path / "Posteingang.mbox"
    separator = b"From anna@example.org Mon Jan  1 00:00:00 2024\n"
    mbox.write_bytes(separator + letter(2) + b"\n" + separator + b"\n\n")  # then an empty one
    assert archive.import_paths([mbox]).quarantined == 1
    at = mbox.read_bytes().rindex(separator)
    translations.install(qapp, language)
    try:
        dialog = on_screen(qtbot, archive)
        rows = {dialog.model.item(row, 0).text(): row for row in range(dialog.model.rowCount())}
        assert set(rows) == {f"{USER}: Входящие/Посольство", str(mbox)}
        dialog.table.selectRow(rows[f"{USER}: Входящие/Посольство"])
        assert imap_place in dialog.details.text()
        assert "imap://" not in dialog.details.text()
        shot(dialog, f"quarantine-account-{language}")
        dialog.table.selectRow(rows[str(mbox)])
        assert str(tmp_path / mbox_place.format(at=at)) in dialog.details.text()
    finally:
        translations.install(qapp, "en")


@pytest.mark.parametrize(
    ("language", "words"),
    [
        ("en", "Briefe.pst, item 7"),
        ("de", "Briefe.pst, Element 7"),
        ("ru", "Briefe.pst, элемент 7"),
    ],
)
def test_an_item_of_an_outlook_data_file_is_named_by_its_number(
    qtbot: QtBot, qapp: QApplication, archive: Archive, tmp_path: Path, language: str, words: str
) -> None:
    archive.import_paths([tmp_path])  # an import, as the item's would have been
    quarantine(archive, b"Subject: Bescheid\n\n(part of an item)\n", "pst", "cannot be read", 7)
    translations.install(qapp, language)
    try:
        dialog = on_screen(qtbot, archive)
        [row] = [
            row
            for row in range(dialog.model.rowCount())
            if dialog.model.item(row, 0).text().endswith("Briefe.pst")
        ]
        dialog.table.selectRow(row)
        assert words in dialog.details.text()
        shot(dialog, f"quarantine-item-{language}")
    finally:
        translations.install(qapp, "en")


@pytest.mark.parametrize(
    ("language", "said"),
    [
        ("en", "1 message could be read now and is in the archive. 1 message stays"),
        ("de", "1 Nachricht konnte jetzt gelesen werden"),
        ("ru", "1 сообщение удалось прочитать"),
    ],
)
def test_trying_again_takes_what_can_be_read_now(
    qtbot: QtBot,
    qapp: QApplication,
    archive: Archive,
    tmp_path: Path,
    language: str,
    said: str,
) -> None:
    mail = tmp_path / "mail"
    mail.mkdir()
    (mail / "note.eml").write_bytes(b"Just some text that is not a mail.\n\nSee you.\n")
    archive.import_paths([mail])
    readable = (
        b"From: sergej@example.net\nTo: katja@example.de\n"
        b"Subject: =?utf-8?q?Sp=C3=A4t=2C_aber_da?=\n"
        b"Date: Mon, 02 Jun 2025 10:00:00 +0300\nMessage-ID: <busy@example.net>\n\nHier.\n"
    )
    quarantine(archive, readable, "eml", "parsing took longer than 60 s")
    translations.install(qapp, language)
    retried: list[object] = []
    try:
        dialog = QuarantineDialog(archive, on_retried=retried.append)
        qtbot.addWidget(dialog)
        dialog.show()
        assert dialog.model.rowCount() == 2
        assert dialog.retry_button.isEnabled()
        with qtbot.waitSignal(dialog.retried, timeout=20_000):
            dialog.retry_button.click()
            assert not dialog.retry_button.isEnabled()  # once at a time
        assert dialog.model.rowCount() == 1
        assert said in dialog.status.text()
        qtbot.waitUntil(lambda: len(retried) == 1)  # told apart from the dialog's own slot
        assert [m.subject for m in archive.list_messages()] == ["Spät, aber da"]
        label = dialog.retry_button
        assert label.width() >= label.sizeHint().width()
        shot(dialog, f"quarantine-retried-{language}")
    finally:
        translations.install(qapp, "en")


def test_the_originals_are_saved_as_found_with_a_fitting_name(
    qtbot: QtBot, archive: Archive, tmp_path: Path
) -> None:
    mail = tmp_path / "mail"
    mail.mkdir()
    note = b"Just some text that is not a mail.\n\nSee you.\n"
    cut = OLE2_MAGIC + bytes(100)
    letter = b"From: a@example.de\nSubject: Anhang\nX-Apple-Content-Length: 9\n\n"
    partial = str(len(letter)).encode() + b"\n" + letter  # its attachment's file is missing
    (mail / "note.eml").write_bytes(note)
    (mail / "letter.msg").write_bytes(cut)
    (mail / "12.partial.emlx").write_bytes(partial)
    assert archive.import_paths([mail]).quarantined == 3
    dialog = QuarantineDialog(archive)
    qtbot.addWidget(dialog)
    saved = tmp_path / "saved"
    saved.mkdir()
    assert dialog.save_originals(saved) == 3
    found = {path.suffix: path.read_bytes() for path in saved.iterdir()}
    assert found == {".eml": note, ".msg": cut, ".emlx": partial}
