# SPDX-License-Identifier: GPL-3.0-or-later
"""The syncs of the window, against a real Dovecot: the automatic sync on its timer (never
over a running import, never asking for a password), a password asked for and kept for the
session only, a sync cancelled in the middle, and "Sync mail now" in the window."""

from __future__ import annotations

import fcntl
import os
import signal
from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMenu, QWidget

from correspondence_app.accounts.sync import SyncStatus
from correspondence_app.gui import translations
from correspondence_app.gui.app import AppController, quit_on_signals
from correspondence_app.gui.dialogs.accounts_dialog import COLUMN_OUTCOME
from correspondence_app.gui.main_window import MainWindow
from correspondence_app.gui.settings import AppSettings
from correspondence_app.gui.syncing import PasswordDialog, SyncController
from correspondence_app.importers import pipeline
from correspondence_app.services import LOCK_NAME, Archive
from correspondence_app.session_files import SessionFiles
from correspondence_app.storage.account_tables import PasswordStorage
from tests.conftest import PASSPHRASE
from tests.dovecot import PASSWORD, USER, letter
from tests.gui.showing import shot
from tests.gui.test_accounts_dialog import (
    FETCHED,
    TIMEOUT_MS,
    accounts_dialog,
    add_account,
    counted,
    mailbox,
)
from tests.integration.test_imap_sync import write_copy

if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path

    from PySide6.QtWidgets import QApplication
    from pytestqt.qtbot import QtBot

    from correspondence_app.accounts.sync import SyncReport
    from tests.dovecot import Dovecot

__all__ = ["mailbox"]  # a fixture shared with the dialogs' tests


@pytest.fixture
def syncing(qtbot: QtBot, archive: Archive) -> Iterator[SyncController]:
    owner = QWidget()
    qtbot.addWidget(owner)
    controller = SyncController(owner)
    controller.minute_ms = 200  # a minute of the automatic sync lasts 0.2 s
    controller.set_archive(archive)
    yield controller
    controller.set_archive(None)


def reports_of(qtbot: QtBot, syncing: SyncController) -> list[SyncReport]:
    with qtbot.waitSignal(syncing.sync_finished, timeout=TIMEOUT_MS) as finished:
        pass
    reports: list[SyncReport] = finished.args[0]
    return reports


# The automatic sync ------------------------------------------------------------------------------
def test_the_automatic_sync_runs_on_its_timer(
    qtbot: QtBot, archive: Archive, syncing: SyncController, mailbox: Dovecot
) -> None:
    account_id = add_account(archive, mailbox, auto_sync_minutes=1)
    other_id = add_account(archive, mailbox, name="manual")  # no automatic sync
    syncing.reschedule()
    assert syncing.scheduled_ms(other_id) is None
    delay = syncing.scheduled_ms(account_id)
    assert delay is not None
    assert delay <= syncing.minute_ms * 0.6  # never synced: soon (half a minute)
    with qtbot.waitSignal(syncing.sync_started, timeout=TIMEOUT_MS):
        pass  # the timer's own
    [report] = reports_of(qtbot, syncing)
    assert (report.account, report.fetched) == (USER, FETCHED)
    assert archive.stats().messages == FETCHED
    after = syncing.scheduled_ms(account_id)
    assert after is not None
    assert after > syncing.minute_ms * 0.75  # the whole interval after a sync
    with mailbox.client(USER) as client:
        client.append("INBOX", letter(100))
    [report] = reports_of(qtbot, syncing)  # the next turn
    assert report.fetched == 1


def test_the_automatic_sync_waits_for_an_import(
    qtbot: QtBot, archive: Archive, syncing: SyncController, mailbox: Dovecot
) -> None:
    account_id = add_account(archive, mailbox, auto_sync_minutes=60)
    lock = os.open(archive.folder / LOCK_NAME, os.O_CREAT | os.O_RDWR, 0o600)
    fcntl.flock(lock, fcntl.LOCK_EX)  # as an import holds it
    failed: list[str] = []
    syncing.sync_failed.connect(failed.append)
    try:
        assert syncing.tick(account_id)
        assert reports_of(qtbot, syncing) == []  # quietly: it tries again soon
        assert failed == []
        assert syncing.scheduled_ms(account_id) is not None
        assert archive.accounts.account(account_id).last_sync_at is None
        # Syncing by hand meanwhile says why it cannot.
        with qtbot.waitSignal(syncing.sync_failed, timeout=TIMEOUT_MS) as refused:
            assert syncing.sync()
        assert "while an import is running" in refused.args[0]
    finally:
        os.close(lock)
    assert syncing.tick(account_id)
    [report] = reports_of(qtbot, syncing)
    assert report.fetched == FETCHED


def test_the_automatic_sync_never_asks_for_a_password(
    qtbot: QtBot, archive: Archive, syncing: SyncController, mailbox: Dovecot
) -> None:
    account_id = add_account(
        archive, mailbox, auto_sync_minutes=1, password_storage=PasswordStorage.ASK
    )
    syncing.reschedule()
    started: list[bool] = []
    syncing.sync_started.connect(lambda: started.append(True))
    assert not syncing.tick(account_id)
    qtbot.wait(3 * syncing.minute_ms)
    assert started == []
    assert syncing.password_dialog is None
    # Once typed for a sync by hand, the automatic sync uses it too.
    assert syncing.sync([account_id])
    dialog = syncing.password_dialog
    assert isinstance(dialog, PasswordDialog)
    QTest.keyClicks(dialog.field, PASSWORD)
    dialog.ok_button.click()
    reports_of(qtbot, syncing)
    with mailbox.client(USER) as client:
        client.append("INBOX", letter(100))
    assert syncing.tick(account_id)
    [report] = reports_of(qtbot, syncing)
    assert report.fetched == 1


# Passwords ---------------------------------------------------------------------------------------
def test_a_password_asked_for_is_kept_for_the_session_only(
    qtbot: QtBot, archive: Archive, syncing: SyncController, mailbox: Dovecot
) -> None:
    account_id = add_account(archive, mailbox, password_storage=PasswordStorage.ASK)
    with qtbot.waitSignal(syncing.sync_started):
        assert syncing.sync()
    dialog = syncing.password_dialog
    assert isinstance(dialog, PasswordDialog)
    assert dialog.isVisible()
    assert USER in dialog.windowTitle()
    assert not dialog.ok_button.isEnabled()
    QTest.keyClicks(dialog.field, "falsch")
    shot(dialog, "password-dialog")
    dialog.ok_button.click()
    [report] = reports_of(qtbot, syncing)
    assert report.status is SyncStatus.FAILED
    assert "refused the user name or password" in report.problem
    assert not syncing.has_password(account_id)  # a refused one is asked for again

    assert syncing.sync()
    dialog = syncing.password_dialog
    assert isinstance(dialog, PasswordDialog)
    QTest.keyClicks(dialog.field, PASSWORD)
    dialog.ok_button.click()
    [report] = reports_of(qtbot, syncing)
    assert report.fetched == FETCHED
    assert syncing.has_password(account_id)
    assert syncing.sync()  # not asked again in this session
    assert syncing.password_dialog is None
    [report] = reports_of(qtbot, syncing)
    assert report.status is SyncStatus.OK
    assert not archive.accounts.account(account_id).has_password
    assert PASSWORD.encode() not in archive.database_path.read_bytes()

    syncing.set_archive(None)  # locked
    assert not syncing.has_password(account_id)


def test_refusing_to_type_the_password_syncs_nothing(
    qtbot: QtBot, archive: Archive, syncing: SyncController, mailbox: Dovecot
) -> None:
    add_account(archive, mailbox, password_storage=PasswordStorage.ASK)
    assert syncing.sync()
    dialog = syncing.password_dialog
    assert dialog is not None
    with qtbot.waitSignal(syncing.sync_finished) as finished:
        dialog.reject()
    assert finished.args == [[]]
    assert not syncing.is_running
    assert archive.stats().messages == 0


# Cancelling --------------------------------------------------------------------------------------
def fill_for_stopping(server: Dovecot, monkeypatch: pytest.MonkeyPatch, total: int = 300) -> int:
    """An INBOX of ``total`` letters of 30 KB, for a sync stopped in the middle: in small
    chunks, so that what is read ahead and parsed while the stop travels to the sync is a
    few dozen messages, not the whole account, however busy the machine is."""
    monkeypatch.setattr(pipeline, "CHUNK_ITEMS", 8)
    with server.client(USER) as client:
        for number in range(total):
            client.append("INBOX", letter(1000 + number, filler_bytes=30_000))
    return total


def test_a_cancelled_sync_leaves_a_consistent_archive_that_the_next_sync_completes(
    qtbot: QtBot,
    archive: Archive,
    syncing: SyncController,
    server: Dovecot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    total = fill_for_stopping(server, monkeypatch)
    account_id = add_account(archive, server)
    cancelled: list[int] = []

    def cancel_in_the_middle(done: int, _total: int, _note: str) -> None:
        if not cancelled and done > 0:
            cancelled.append(done)
            syncing.cancel()

    syncing.progress_changed.connect(cancel_in_the_middle)
    assert syncing.sync([account_id])
    [report] = reports_of(qtbot, syncing)
    assert cancelled, "the sync ended before it could be cancelled"
    assert report.status is SyncStatus.CANCELLED
    kept = archive.stats().messages
    assert 0 < kept < total
    assert report.fetched == kept
    assert archive.accounts.account(account_id).last_sync_status == "cancelled"
    assert archive.verify().ok

    syncing.progress_changed.disconnect(cancel_in_the_middle)
    assert syncing.sync([account_id])
    [report] = reports_of(qtbot, syncing)
    assert report.status is SyncStatus.OK
    assert (report.fetched, report.duplicates) == (total - kept, 0)
    assert archive.stats().messages == total


def test_the_program_asked_to_end_during_a_sync_stops_it_and_the_next_sync_completes(
    qtbot: QtBot,
    archive: Archive,
    server: Dovecot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """SIGTERM (the desktop session ends) while the window fetches mail: the messages on
    their way are stored, the archive is closed, and nothing is lost or doubled."""
    total = fill_for_stopping(server, monkeypatch)
    account_id = add_account(archive, server)
    folder = archive.folder
    archive.close()
    runtime = tmp_path / "runtime"
    runtime.mkdir(mode=0o700)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(runtime))
    monkeypatch.setenv("CORRESPONDENCE_APP_PASSPHRASE", PASSPHRASE)
    settings = AppSettings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    controller = AppController(settings, folder)
    with qtbot.waitSignal(controller.unlocked, timeout=20_000):
        controller.start()
    window = controller.window
    assert window is not None
    asked: list[int] = []

    def ask_to_end(done: int, _total: int, _note: str) -> None:
        if not asked and done > 0:
            asked.append(done)
            os.kill(os.getpid(), signal.SIGTERM)

    window.syncing.progress_changed.connect(ask_to_end)
    restore = quit_on_signals(controller)
    try:
        window.sync_action.trigger()
        qtbot.waitUntil(lambda: controller.archive is None, timeout=TIMEOUT_MS)
    finally:
        restore()
        controller.shut_down()
    assert asked, "the sync ended before the program was asked to end"
    with Archive.open(folder, PASSPHRASE) as reopened:
        kept = reopened.stats().messages
        assert 0 < kept < total
        assert reopened.accounts.account(account_id).last_sync_status == "cancelled"
        assert reopened.verify().ok
        report = reopened.sync_account(account_id)
        assert (report.fetched, report.duplicates) == (total - kept, 0)
        assert reopened.stats().messages == total


@pytest.mark.parametrize(
    ("language", "words"),
    [
        ("en", "No new mail in Anna; 5 messages already in the archive"),
        ("de", "Keine neuen Mails in Anna; 5 Nachrichten bereits im Archiv"),
        ("ru", "В Anna нет новой почты; 5 сообщений уже в архиве"),
    ],
)
def test_a_sync_says_how_many_it_found_already_in_the_archive(
    qtbot: QtBot,
    qapp: QApplication,
    archive: Archive,
    syncing: SyncController,
    mailbox: Dovecot,
    tmp_path: Path,
    language: str,
    words: str,
) -> None:
    with mailbox.client(USER) as client:
        client.select_folder("INBOX", readonly=True)
        fetched = client.fetch(client.search("ALL"), ["BODY.PEEK[]"])
        inbox = [data[b"BODY[]"] for data in fetched.values()]
    copy = tmp_path / "INBOX"
    write_copy(copy, "thunderbird mbox", inbox)
    assert archive.import_paths([copy]).imported == len(inbox) == 5
    account_id = add_account(archive, mailbox, name="Anna", folders=("INBOX",))
    assert syncing.sync([account_id])
    reports = reports_of(qtbot, syncing)
    translations.install(qapp, language)
    try:
        assert syncing.summary(reports) == words
    finally:
        translations.install(qapp, "en")


@pytest.mark.parametrize(
    ("language", "words", "listed"),
    [
        (
            "en",
            "1 message could not be read and is kept in the quarantine",
            "5 new messages, 1 could not be read (quarantine)",
        ),
        (
            "de",
            "1 Nachricht konnte nicht gelesen werden und liegt in der Quarantäne",
            "5 neue Nachrichten, 1 nicht lesbar (Quarantäne)",
        ),
        (
            "ru",
            "1 сообщение не удалось прочитать, оно помещено в карантин",
            "5 новых сообщений, 1 не удалось прочитать (карантин)",
        ),
    ],
)
def test_a_sync_says_how_many_messages_it_could_not_read(
    qtbot: QtBot,
    qapp: QApplication,
    archive: Archive,
    syncing: SyncController,
    mailbox: Dovecot,
    language: str,
    words: str,
    listed: str,
) -> None:
    with mailbox.client(USER) as client:
        client.append("INBOX", b"Just some text that is not a mail.\r\n")
    account_id = add_account(archive, mailbox, name="Anna", folders=("INBOX",))
    assert syncing.sync([account_id])
    [report] = reports_of(qtbot, syncing)
    assert (report.fetched, report.quarantined) == (5, 1)
    translations.install(qapp, language)
    try:
        assert syncing.summary([report]).endswith("; " + words)
        assert words in syncing.fetched_text([report])  # the accounts dialog's words
        # The accounts list keeps saying so, also when the dialog is opened later.
        dialog = accounts_dialog(qtbot, archive, syncing)
        item = dialog.accounts.topLevelItem(0)
        assert item is not None
        assert item.text(COLUMN_OUTCOME) == listed
        shot(dialog, f"accounts-quarantined-{language}")
    finally:
        translations.install(qapp, "en")


# The window --------------------------------------------------------------------------------------
@pytest.fixture
def window(
    qtbot: QtBot, archive: Archive, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[MainWindow]:
    runtime = tmp_path / "runtime"
    runtime.mkdir(mode=0o700)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(runtime))
    settings = AppSettings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    shown = MainWindow(archive, settings, SessionFiles())
    qtbot.addWidget(shown)
    shown.show()
    yield shown
    shown.clear()


def test_sync_mail_now_fetches_and_the_window_shows_the_new_mail(
    qtbot: QtBot, archive: Archive, window: MainWindow, mailbox: Dovecot
) -> None:
    add_account(archive, mailbox, name="Anna")
    assert window.sync_action.shortcut().toString() == "F5"
    file_menu = window.menuBar().actions()[0].menu()
    assert isinstance(file_menu, QMenu)
    assert {window.accounts_action, window.sync_action} <= set(file_menu.actions())
    assert window.thread_model.rowCount() == 0
    with qtbot.waitSignal(window.syncing.sync_started):
        window.sync_action.trigger()
    assert not window.sync_action.isEnabled()
    assert window.statusBar().currentMessage()  # what it is doing
    with qtbot.waitSignal(window.syncing.sync_finished, timeout=TIMEOUT_MS):
        pass
    assert window.sync_action.isEnabled()
    message = counted(window.statusBar().currentMessage())
    assert message == "Fetched 8 new message from Anna"
    qtbot.waitUntil(lambda: window.thread_model.rowCount() > 0, timeout=TIMEOUT_MS)
    # The count comes in the background.
    qtbot.waitUntil(
        lambda: window.status.text().startswith(f"{FETCHED} message"), timeout=TIMEOUT_MS
    )


def test_without_an_account_sync_mail_now_opens_the_accounts(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.sync_action.trigger()
    assert window.accounts_dialog is not None
    assert window.accounts_dialog.isVisible()
    assert not window.syncing.is_running
    window.accounts_action.trigger()  # the same dialog, raised
    assert window.accounts_dialog is not None
    window.clear()  # locked: the dialog goes
    assert window.accounts_dialog is None or not window.accounts_dialog.isVisible()
