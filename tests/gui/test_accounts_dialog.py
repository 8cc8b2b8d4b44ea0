# SPDX-License-Identifier: GPL-3.0-or-later
"""Mail accounts in their dialogs, against a real Dovecot on 127.0.0.1 (its certificate is
self-signed): the provider guessed from the address, the connection test with its folders,
an untrusted certificate accepted by its fingerprint, a wrong password, adding, changing,
syncing and removing an account. With CORRESPONDENCE_SHOTS set to a folder, each state is
saved there as a PNG, to look at."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any, override

import pytest
from PySide6.QtCore import Qt, QTimer, QTranslator
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from correspondence_app.accounts import imap
from correspondence_app.accounts.book import AccountDraft
from correspondence_app.gui import translations
from correspondence_app.gui.dialogs.account_dialog import AccountDialog
from correspondence_app.gui.dialogs.accounts_dialog import (
    COLUMN_LAST_SYNC,
    COLUMN_OUTCOME,
    AccountsDialog,
)
from correspondence_app.gui.syncing import SyncController
from correspondence_app.gui.widgets.connection_test import ButtonText, FolderNameRole
from correspondence_app.storage.account_tables import PasswordStorage, Security
from tests.dovecot import PASSWORD, USER, Dovecot, letter, snapshot
from tests.gui.showing import shot

if TYPE_CHECKING:
    from collections.abc import Iterator

    from pytestqt.qtbot import QtBot

    from correspondence_app.services import Archive

FOLDERS = {"INBOX": 5, "Sent": 2, "Archiv/2023": 1, "Junk": 1}
FETCHED = 8  # every folder but spam
TIMEOUT_MS = 20_000


@pytest.fixture
def mailbox(server: Dovecot) -> Dovecot:
    number = 0
    with server.client(USER) as client:
        for folder, count in FOLDERS.items():
            if folder != "INBOX" and not client.folder_exists(folder):
                client.create_folder(folder)
            for _ in range(count):
                number += 1
                client.append(folder, letter(number), flags=[b"\\Seen"])
    return server


def add_account(archive: Archive, server: Dovecot, **changes: Any) -> int:
    fields: dict[str, Any] = {"certificate_sha256": server.fingerprint, **changes}
    draft = AccountDraft(host="127.0.0.1", port=server.imaps_port, user_name=USER, **fields)
    asked = draft.password_storage is PasswordStorage.ASK
    return archive.accounts.add(draft, "" if asked else PASSWORD).id


def counted(text: str) -> str:
    """Without plural endings: "8 new messages", "1 new message(s)" -> "8 new message"."""
    return re.sub(r"\b(message|minute)(\(s\)|s)(?!\w)", r"\1", text)


def add_dialog(qtbot: QtBot, archive: Archive, **options: Any) -> AccountDialog:
    dialog = AccountDialog(archive, **options)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def fill(qtbot: QtBot, dialog: AccountDialog, server: Dovecot, password: str) -> None:
    QTest.keyClicks(dialog.address, USER)
    dialog.host.setText("127.0.0.1")
    dialog.port.setValue(server.imaps_port)
    QTest.keyClicks(dialog.password, password)


def wait_for_test(qtbot: QtBot, dialog: AccountDialog) -> None:
    qtbot.waitUntil(lambda: not dialog.test.is_testing, timeout=TIMEOUT_MS)


def listed_folders(dialog: AccountDialog) -> dict[str, bool]:
    folders = dialog.test.folders
    items = [folders.item(row) for row in range(folders.count())]
    return {
        str(item.data(FolderNameRole)): item.checkState() == Qt.CheckState.Checked
        for item in items
        if item is not None
    }


def accept_certificate(qtbot: QtBot, dialog: AccountDialog, server: Dovecot) -> None:
    dialog.test.test_button.click()
    wait_for_test(qtbot, dialog)
    assert dialog.test.certificate.isVisibleTo(dialog)
    shown = dialog.test.fingerprint.text().replace("\n", "")  # on two lines
    assert imap.normalise_fingerprint(shown) == server.fingerprint
    dialog.test.accept_certificate.click()
    wait_for_test(qtbot, dialog)


# Adding ------------------------------------------------------------------------------------------
def test_the_provider_is_chosen_from_the_address_with_what_it_asks_for(
    qtbot: QtBot, archive: Archive
) -> None:
    dialog = add_dialog(qtbot, archive, keyring=False)
    assert dialog.provider.currentText() == "Other server"
    QTest.keyClicks(dialog.address, "anna.schmidt@gmx.de")
    QTest.keyClicks(dialog.password, "secret")
    assert dialog.provider.currentText() == "GMX"
    assert (dialog.host.text(), dialog.port.value()) == ("imap.gmx.net", 993)
    assert "Allow access via POP3 and IMAP" in dialog.hint.text()
    assert dialog.test.test_button.isEnabled()
    assert not dialog.save_button.isEnabled()  # not before a test
    assert not dialog.storage_buttons[PasswordStorage.KEYRING].isEnabled()
    assert dialog.no_keyring.isVisibleTo(dialog)
    shot(dialog, "add-gmx-hint")

    dialog.address.setText("ivan@mail.ru")
    assert dialog.provider.currentText() == "Mail.ru"
    assert "Passwords for external applications" in dialog.hint.text()
    dialog.address.setText("ivan@example.org")
    assert dialog.provider.currentText() == "Other server"
    assert dialog.host.text() == "imap.example.org"  # the usual name, to start from
    dialog.host.setText("mail.example.org")
    dialog.address.setText("ivan@example.net")
    assert dialog.host.text() == "mail.example.org"  # typed: kept


def test_a_microsoft_account_says_how_to_bring_its_mail_in_instead(
    qtbot: QtBot, archive: Archive
) -> None:
    """Outlook.com takes no passwords from mail programs: the dialog says so, with the way
    that works (a .pst export), and does not try the password."""
    dialog = add_dialog(qtbot, archive, keyring=False)
    QTest.keyClicks(dialog.address, "katja.vogel@hotmail.de")
    QTest.keyClicks(dialog.password, "secret")
    assert dialog.provider.currentText() == "Outlook.com, Hotmail (Microsoft)"
    assert "Export mailbox" in dialog.hint.text()
    assert ".pst" in dialog.hint.text()
    assert not dialog.test.test_button.isEnabled()
    assert not dialog.save_button.isEnabled()
    shot(dialog, "add-microsoft-hint")
    dialog.provider.setCurrentIndex(dialog.provider.findData(""))  # "Other server"
    dialog.provider.activated.emit(dialog.provider.currentIndex())
    dialog.host.setText("imap-mail.outlook.com")  # typed by hand: the same answer
    assert "Export mailbox" in dialog.hint.text()
    assert not dialog.test.test_button.isEnabled()
    dialog.host.setText("imap.example.org")
    assert "Export mailbox" not in dialog.hint.text()
    assert dialog.test.test_button.isEnabled()
    tuta = add_dialog(qtbot, archive, keyring=False)  # no IMAP at all: what to do instead
    QTest.keyClicks(tuta.address, "katja@tuta.com")
    QTest.keyClicks(tuta.password, "secret")
    assert tuta.provider.currentText() == "Tuta (Tutanota)"
    assert ".eml" in tuta.hint.text()
    assert not tuta.test.test_button.isEnabled()


def test_a_proton_address_is_read_through_the_bridge_on_this_computer(
    qtbot: QtBot, archive: Archive
) -> None:
    dialog = add_dialog(qtbot, archive, keyring=False)
    QTest.keyClicks(dialog.address, "katja.vogel@proton.me")
    QTest.keyClicks(dialog.password, "bridge-password")
    assert dialog.provider.currentText() == "Proton Mail (Bridge)"
    assert (dialog.host.text(), dialog.port.value()) == ("127.0.0.1", 1143)
    assert dialog.security.currentData() is Security.STARTTLS
    assert "Bridge" in dialog.hint.text()
    assert "Export Tool" in dialog.hint.text()  # the way without the Bridge
    assert dialog.test.test_button.isEnabled()


def test_an_untrusted_certificate_shows_its_fingerprint_and_adding_waits_for_it(
    qtbot: QtBot, archive: Archive, mailbox: Dovecot
) -> None:
    dialog = add_dialog(qtbot, archive, keyring=False)
    assert dialog.focusWidget() is dialog.address
    fill(qtbot, dialog, mailbox, PASSWORD)
    QTest.keyClick(dialog.password, Qt.Key.Key_Return)  # tests: it cannot add yet
    assert dialog.test.is_testing
    assert not dialog.save_button.isEnabled()
    wait_for_test(qtbot, dialog)
    assert dialog.test.certificate.isVisibleTo(dialog)
    shown = dialog.test.fingerprint.text()
    assert shown.replace("\n", "") == imap.fingerprint_text(mailbox.fingerprint)
    assert not dialog.test.accept_certificate.isChecked()
    assert listed_folders(dialog) == {}
    assert not dialog.save_button.isEnabled()
    shot(dialog, "add-certificate")

    dialog.test.accept_certificate.click()  # tests again, trusting this certificate alone
    wait_for_test(qtbot, dialog)
    assert listed_folders(dialog) == {
        "INBOX": True,
        "Sent": True,
        "Archiv/2023": True,
        "Junk": False,  # spam is left out unless chosen
    }
    assert dialog.save_button.isEnabled()
    assert dialog.test.problem.isHidden()
    shot(dialog, "add-tested-folders")

    with qtbot.waitSignal(dialog.account_saved, timeout=TIMEOUT_MS) as saved:
        QTest.keyClick(dialog.password, Qt.Key.Key_Return)  # now it adds
    [account] = archive.accounts.accounts()
    assert saved.args == [account]
    assert (account.name, account.host, account.port) == (USER, "127.0.0.1", mailbox.imaps_port)
    assert account.certificate_sha256 == mailbox.fingerprint
    assert account.folders == ()  # the default: folders made later are fetched too
    assert account.password_storage is PasswordStorage.ARCHIVE
    assert archive.accounts.password(account) == PASSWORD
    assert account.auto_sync_minutes == 0
    assert dialog.result() == AccountDialog.DialogCode.Accepted


def test_changing_a_field_after_the_test_asks_for_a_new_test(
    qtbot: QtBot, archive: Archive, mailbox: Dovecot
) -> None:
    dialog = add_dialog(qtbot, archive, keyring=False)
    fill(qtbot, dialog, mailbox, PASSWORD)
    accept_certificate(qtbot, dialog, mailbox)
    assert dialog.save_button.isEnabled()
    dialog.port.setValue(mailbox.imap_port)
    assert not dialog.save_button.isEnabled()
    assert listed_folders(dialog) == {}
    assert not dialog.test.accept_certificate.isChecked()  # accepted for the server before


def test_a_wrong_password_shows_the_problem(
    qtbot: QtBot, archive: Archive, mailbox: Dovecot
) -> None:
    dialog = add_dialog(qtbot, archive, keyring=False)
    fill(qtbot, dialog, mailbox, "falsch")
    accept_certificate(qtbot, dialog, mailbox)
    assert dialog.test.problem.isVisibleTo(dialog)
    assert dialog.test.problem.text().startswith("The server refused the user name or password")
    assert listed_folders(dialog) == {}
    assert not dialog.save_button.isEnabled()
    shot(dialog, "add-wrong-password")

    dialog.password.setText(PASSWORD)  # the problem is about the password before
    assert dialog.test.problem.isHidden()
    dialog.test.test_button.click()
    wait_for_test(qtbot, dialog)
    assert dialog.save_button.isEnabled()


def test_closing_while_testing_drops_the_test(
    qtbot: QtBot, archive: Archive, mailbox: Dovecot
) -> None:
    dialog = add_dialog(qtbot, archive, keyring=False)
    fill(qtbot, dialog, mailbox, PASSWORD)
    dialog.test.test_button.click()
    assert dialog.test.is_testing
    dialog.reject()  # Escape, or the window's close button
    assert dialog.result() == AccountDialog.DialogCode.Rejected
    assert not dialog.test.is_testing
    qtbot.wait(500)  # the test ends in the pool; what it found is dropped
    assert listed_folders(dialog) == {}
    assert dialog.test.certificate.isHidden()
    assert archive.accounts.accounts() == []


def test_an_unknown_server_shows_the_problem(qtbot: QtBot, archive: Archive) -> None:
    dialog = add_dialog(qtbot, archive, keyring=False)
    QTest.keyClicks(dialog.address, USER)
    QTest.keyClicks(dialog.password, PASSWORD)
    dialog.host.setText("127.0.0.1")
    dialog.port.setValue(1)  # nothing listens there
    dialog.test.test_button.click()
    wait_for_test(qtbot, dialog)
    # The cause in the user's words; the details as the core put them, as a tip.
    assert dialog.test.problem.text() == "The server refused the connection. Please check the port."
    assert "cannot connect" in dialog.test.problem.toolTip()
    assert not dialog.save_button.isEnabled()


def test_chosen_folders_and_the_automatic_sync_are_stored(
    qtbot: QtBot, archive: Archive, mailbox: Dovecot
) -> None:
    dialog = add_dialog(qtbot, archive, keyring=False)
    fill(qtbot, dialog, mailbox, PASSWORD)
    dialog.name.setText("Anna (Arbeit)")
    dialog.storage_buttons[PasswordStorage.ASK].click()
    accept_certificate(qtbot, dialog, mailbox)
    sent = dialog.test.folders.findItems("Sent", Qt.MatchFlag.MatchExactly)[0]
    sent.setCheckState(Qt.CheckState.Unchecked)
    assert not dialog.auto_minutes.isEnabled()
    dialog.auto_sync.click()
    dialog.auto_minutes.setValue(15)
    with qtbot.waitSignal(dialog.account_saved, timeout=TIMEOUT_MS):
        dialog.save_button.click()
    account = archive.accounts.account("Anna (Arbeit)")
    assert account.folders == ("INBOX", "Archiv/2023")
    assert account.auto_sync_minutes == 15
    assert account.password_storage is PasswordStorage.ASK
    assert not account.has_password


# Changing ----------------------------------------------------------------------------------------
def test_changing_an_account_lists_its_folders_with_the_password_kept(
    qtbot: QtBot, archive: Archive, mailbox: Dovecot
) -> None:
    account_id = add_account(archive, mailbox, folders=("INBOX", "Junk"))
    dialog = add_dialog(qtbot, archive, account=archive.accounts.account(account_id))
    assert dialog.windowTitle() == "Change mail account"
    assert not dialog.address.isEnabled()
    assert not dialog.port.isEnabled()
    wait_for_test(qtbot, dialog)  # tested on opening
    assert listed_folders(dialog) == {
        "INBOX": True,
        "Sent": False,
        "Archiv/2023": False,
        "Junk": True,
    }
    assert dialog.save_button.isEnabled()
    shot(dialog, "edit-account")
    dialog.name.setText("Anna")
    dialog.test.folders.findItems("Junk (spam)", Qt.MatchFlag.MatchExactly)[0].setCheckState(
        Qt.CheckState.Unchecked
    )
    dialog.auto_sync.click()
    dialog.storage_buttons[PasswordStorage.ASK].click()
    with qtbot.waitSignal(dialog.account_saved, timeout=TIMEOUT_MS):
        dialog.save_button.click()
    changed = archive.accounts.account(account_id)
    assert changed.name == "Anna"
    assert changed.folders == ("INBOX",)
    assert changed.auto_sync_minutes == 30
    assert changed.password_storage is PasswordStorage.ASK
    assert not changed.has_password


def test_keeping_an_asked_password_needs_it_typed(
    qtbot: QtBot, archive: Archive, mailbox: Dovecot
) -> None:
    account_id = add_account(archive, mailbox, password_storage=PasswordStorage.ASK)
    dialog = add_dialog(qtbot, archive, account=archive.accounts.account(account_id))
    assert not dialog.test.is_testing  # no password to test with
    assert "Type the password" in dialog.test.status.text()
    dialog.storage_buttons[PasswordStorage.ARCHIVE].click()
    assert not dialog.save_button.isEnabled()
    QTest.keyClicks(dialog.password, PASSWORD)
    assert dialog.save_button.isEnabled()
    with qtbot.waitSignal(dialog.account_saved, timeout=TIMEOUT_MS):
        dialog.save_button.click()
    account = archive.accounts.account(account_id)
    assert account.password_storage is PasswordStorage.ARCHIVE
    assert archive.accounts.password(account) == PASSWORD


# The list of accounts ----------------------------------------------------------------------------
@pytest.fixture
def syncing(qtbot: QtBot, archive: Archive) -> Iterator[SyncController]:
    owner = QWidget()
    qtbot.addWidget(owner)
    controller = SyncController(owner)
    controller.set_archive(archive)
    yield controller
    controller.set_archive(None)


def accounts_dialog(qtbot: QtBot, archive: Archive, syncing: SyncController) -> AccountsDialog:
    dialog = AccountsDialog(archive, syncing, keyring=False)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_without_accounts_the_dialog_invites_to_add_one(
    qtbot: QtBot, archive: Archive, syncing: SyncController
) -> None:
    dialog = accounts_dialog(qtbot, archive, syncing)
    assert dialog.empty.isVisibleTo(dialog)
    assert dialog.accounts.isHidden()
    assert dialog.add_button.isEnabled()
    assert dialog.focusWidget() is dialog.add_button
    for button in (dialog.edit_button, dialog.sync_button, dialog.remove_button):
        assert not button.isEnabled()
    shot(dialog, "accounts-empty")
    dialog.add_button.click()
    assert isinstance(dialog.account_dialog, AccountDialog)
    assert dialog.account_dialog.isVisible()


def test_sync_now_fetches_the_mail_and_the_list_shows_the_last_sync(
    qtbot: QtBot, archive: Archive, syncing: SyncController, mailbox: Dovecot
) -> None:
    before = snapshot(mailbox, USER)
    add_account(archive, mailbox, name="Anna")
    dialog = accounts_dialog(qtbot, archive, syncing)
    item = dialog.accounts.topLevelItem(0)
    assert item is not None
    assert [item.text(c) for c in range(4)] == ["Anna", "127.0.0.1", "Never", "Not synced yet"]
    shots: list[str] = []
    notes: list[tuple[int, int, str]] = []

    def shoot_progress(done: int, total: int, note: str) -> None:
        notes.append((done, total, note))
        if "looking for new mail" in note and not shots:
            shots.append("taken")
            shot(dialog, "accounts-sync-running")

    syncing.progress_changed.connect(shoot_progress)
    with qtbot.waitSignal(syncing.sync_started):
        dialog.sync_button.click()
    assert dialog.sync_panel.isVisibleTo(dialog)
    assert not dialog.sync_button.isEnabled()
    assert not dialog.remove_button.isEnabled()
    with qtbot.waitSignal(syncing.sync_finished, timeout=TIMEOUT_MS) as finished:
        pass
    [report] = finished.args[0]
    assert report.fetched == FETCHED
    assert archive.stats().messages == FETCHED
    # Before the fetching, each folder looked at for new mail is named, counted in the bar.
    looked_at = [(done, total, note) for done, total, note in notes if "looking" in note]
    assert [(done, total) for done, total, _ in looked_at] == [(0, 3), (1, 3), (2, 3)]
    named = {re.sub(r" \(folder \d of 3\)…$", "", note) for _, _, note in looked_at}
    assert named == {f"Anna: looking for new mail in {name}" for name in FOLDERS if name != "Junk"}
    assert snapshot(mailbox, USER) == before  # nothing on the server changed
    assert dialog.sync_panel.isHidden()
    assert counted(dialog.outcome.text()) == "Fetched 8 new message from Anna"
    item = dialog.accounts.topLevelItem(0)
    assert item is not None
    assert re.fullmatch(r"today \d{1,2}:\d\d(\s[AP]M)?", item.text(COLUMN_LAST_SYNC))
    assert counted(item.text(COLUMN_OUTCOME)) == "8 new message"
    assert dialog.sync_button.isEnabled()
    shot(dialog, "accounts-after-sync")
    dialog.accounts.itemActivated.emit(item, 0)  # Return or a double click: edit
    assert isinstance(dialog.account_dialog, AccountDialog)
    assert dialog.account_dialog.windowTitle() == "Change mail account"


def test_a_failed_sync_is_shown_in_the_list(
    qtbot: QtBot, archive: Archive, syncing: SyncController, mailbox: Dovecot
) -> None:
    add_account(archive, mailbox, certificate_sha256="")  # the certificate not accepted
    dialog = accounts_dialog(qtbot, archive, syncing)
    with qtbot.waitSignal(syncing.sync_finished, timeout=TIMEOUT_MS):
        dialog.sync_button.click()
    item = dialog.accounts.topLevelItem(0)
    assert item is not None
    assert item.text(COLUMN_OUTCOME).startswith("Failed: ")
    assert "not trusted" in dialog.details.text()
    assert dialog.problem.text() == f"The sync of {USER} failed."
    shot(dialog, "accounts-failed")


@pytest.mark.parametrize(
    ("language", "failed"),
    [("de", "Fehlgeschlagen: Dem Zertifikat"), ("ru", "Ошибка: Сертификату сервера")],
)
def test_a_stored_failure_is_shown_in_the_users_language(
    qtbot: QtBot,
    qapp: QApplication,
    archive: Archive,
    syncing: SyncController,
    mailbox: Dovecot,
    language: str,
    failed: str,
) -> None:
    account_id = add_account(archive, mailbox, certificate_sha256="")
    with pytest.raises(imap.CertificateRejectedError):
        archive.sync_account(account_id)  # as the command line or an earlier session did
    (account,) = archive.accounts.accounts()
    assert account.last_sync_cause == imap.Cause.CERTIFICATE.value
    assert "not trusted" in account.last_sync_note  # the English words stay, as the tip
    translations.install(qapp, language)
    try:
        dialog = accounts_dialog(qtbot, archive, syncing)
        item = dialog.accounts.topLevelItem(0)
        assert item is not None
        assert item.text(COLUMN_OUTCOME).startswith(failed)
        assert item.toolTip(COLUMN_OUTCOME) == account.last_sync_note
        shot(dialog, f"accounts-failed-{language}")
    finally:
        translations.install(qapp, "en")


def test_remove_keeps_the_mail(
    qtbot: QtBot, archive: Archive, syncing: SyncController, mailbox: Dovecot
) -> None:
    account_id = add_account(archive, mailbox)
    archive.sync_account(account_id)
    dialog = accounts_dialog(qtbot, archive, syncing)
    asked: list[str] = []

    def answer_yes() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        asked.append(box.text())
        box.button(QMessageBox.StandardButton.Yes).click()

    QTimer.singleShot(0, answer_yes)
    dialog.remove_button.click()
    assert asked
    assert "stays in the archive" in asked[0]
    assert archive.accounts.accounts() == []
    assert archive.stats().messages == FETCHED
    assert dialog.empty.isVisibleTo(dialog)


# Long translations -------------------------------------------------------------------------------
class Stretching(QTranslator):
    """Every word half as long again, as German compounds and Russian endings make them (a
    pseudo-translation): placeholders and mnemonics stay."""

    @override
    def translate(
        self, context: str, source_text: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        if not context.startswith(("Account", "ConnectionTest", "SyncController")):
            return None  # not translated here (Qt's own words, say)
        return re.sub(
            r"(?<![%&\w])([^\W\d_]{3,})", lambda m: m[1] + m[1][: len(m[1]) // 2], source_text
        )


@pytest.fixture
def stretched(qapp: QApplication) -> Iterator[None]:
    translator = Stretching()
    qapp.installTranslator(translator)
    yield
    qapp.removeTranslator(translator)


def test_long_translations_wrap_instead_of_widening(
    qtbot: QtBot, archive: Archive, mailbox: Dovecot, stretched: None
) -> None:
    dialog = add_dialog(qtbot, archive, keyring=False)
    assert dialog.windowTitle() == "AddA mailma accountacc"  # stretched indeed
    QTest.keyClicks(dialog.address, "anna.schmidt@gmx.de")
    shot(dialog, "long-add-gmx-hint")
    dialog.address.clear()
    fill(qtbot, dialog, mailbox, PASSWORD)
    accept_certificate(qtbot, dialog, mailbox)
    shot(dialog, "long-add-tested")
    # Everything fits in the dialog at its smallest: texts wrap, the folder list shrinks.
    storage_box = dialog.storage_buttons[PasswordStorage.ARCHIVE].parentWidget()
    assert storage_box is not None
    for widget, side in ((storage_box, dialog.server_box), (dialog.auto_sync, dialog.test)):
        half = side.parentWidget()
        assert half is not None
        bottom = widget.mapTo(half, widget.rect().bottomLeft()).y()
        assert bottom <= half.height(), widget
    for text in dialog.findChildren(ButtonText):  # wrapped, not cut
        assert text.heightForWidth(text.width()) <= text.height(), text.text()
    assert dialog.test.folders.height() >= 60

    account_id = add_account(archive, mailbox, certificate_sha256="")
    owner = QWidget()
    qtbot.addWidget(owner)
    syncing = SyncController(owner)
    syncing.set_archive(archive)
    accounts = AccountsDialog(archive, syncing, keyring=False)
    qtbot.addWidget(accounts)
    accounts.show()
    with qtbot.waitSignal(syncing.sync_finished, timeout=TIMEOUT_MS):
        assert syncing.sync([account_id])
    shot(accounts, "long-accounts-failed")
    assert accounts.minimumSizeHint().width() <= accounts.width()
    syncing.set_archive(None)
