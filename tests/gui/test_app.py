# SPDX-License-Identifier: GPL-3.0-or-later
"""The application as a user meets it: create, unlock, browse, search, import, lock."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import QCoreApplication, QMimeData, QPointF, QSettings, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QGuiApplication
from PySide6.QtPrintSupport import QPrinter

from correspondence_app.crypto.keys import KdfParams
from correspondence_app.export.source import Selection
from correspondence_app.gui import translations
from correspondence_app.gui.app import QUIT_AFTER_ENV, AppController, quit_on_signals
from correspondence_app.gui.dialogs.change_passphrase_dialog import ChangePassphraseDialog
from correspondence_app.gui.dialogs.create_archive_dialog import CreateArchiveDialog
from correspondence_app.gui.dialogs.quarantine_dialog import QuarantineDialog
from correspondence_app.gui.dialogs.unlock_dialog import UnlockDialog
from correspondence_app.gui.models.thread_list_model import Column
from correspondence_app.gui.settings import AppSettings
from correspondence_app.services import Archive
from tests.conftest import PASSPHRASE
from tests.gui.showing import shot
from tests.unit.importers.test_quarantine_retry import quarantine

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator

    from pytestqt.qtbot import QtBot

    from correspondence_app.gui.main_window import MainWindow

STRONG = "lantern orbit cabbage 1987 violin"


@pytest.fixture(autouse=True)
def private_places(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Runtime folder, key derivation cost and passphrase variable for a test alone."""
    runtime = tmp_path / "runtime"
    runtime.mkdir(mode=0o700)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(runtime))
    monkeypatch.setenv("CORRESPONDENCE_APP_KDF_TARGET_S", "0")
    monkeypatch.delenv("CORRESPONDENCE_APP_PASSPHRASE", raising=False)


@pytest.fixture
def settings(tmp_path: Path) -> AppSettings:
    return AppSettings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


@pytest.fixture(scope="module")
def filled_archive(tmp_path_factory: pytest.TempPathFactory, corpora: Path) -> Path:
    folder = tmp_path_factory.mktemp("gui") / "archive"
    with Archive.create(folder, PASSPHRASE, kdf=KdfParams()) as archive:
        archive.import_paths([corpora / "notmuch" / "default"], workers=1)
    return folder


@pytest.fixture
def new_controller(settings: AppSettings) -> Iterator[Callable[[Path | None], AppController]]:
    """Makes controllers that are shut down after the test (quitting, without ending the
    test run): no window or dialog of one is left open to take the keyboard from the next."""
    made: list[AppController] = []

    def make(folder: Path | None) -> AppController:
        made.append(AppController(settings, folder))
        return made[-1]

    yield make
    for each in made:
        each.shut_down()


@pytest.fixture
def controller(
    qtbot: QtBot,
    new_controller: Callable[[Path | None], AppController],
    filled_archive: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> AppController:
    monkeypatch.setenv("CORRESPONDENCE_APP_PASSPHRASE", PASSPHRASE)
    app = QCoreApplication.instance()
    assert app is not None
    translations.install(app, "en")  # English, with its plural forms
    app_controller = new_controller(filled_archive)
    with qtbot.waitSignal(app_controller.unlocked, timeout=20_000):
        app_controller.start()
    return app_controller


def window_of(controller: AppController) -> MainWindow:
    assert controller.window is not None
    return controller.window


def test_create_shows_a_recovery_code_that_unlocks(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = CreateArchiveDialog()
    qtbot.addWidget(dialog)
    dialog.folder.setText(str(tmp_path / "new"))
    dialog.fields.passphrase.setText("short")
    dialog.fields.repeat.setText("short")
    assert not dialog.create_button.isEnabled()  # too weak
    dialog.fields.passphrase.setText(STRONG)
    dialog.fields.repeat.setText(STRONG + "x")
    assert not dialog.create_button.isEnabled()  # they differ
    assert not dialog.fields.mismatch.isHidden()
    dialog.fields.repeat.setText(STRONG)
    assert dialog.create_button.isEnabled()
    dialog.create_button.click()
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == 1, timeout=20_000)
    code = dialog.code.text()
    assert len(code) > 20
    assert not dialog.done_button.isEnabled()  # first confirm it was written down
    dialog.written_down.setChecked(True)
    with qtbot.waitSignal(dialog.created) as created:
        dialog.done_button.click()
    created.args[0].close()
    with Archive.open(tmp_path / "new", code.lower()) as reopened:
        assert reopened.opened_with_recovery_code


def test_the_users_own_addresses_can_be_given_at_creation(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = CreateArchiveDialog()
    qtbot.addWidget(dialog)
    dialog.folder.setText(str(tmp_path / "new"))
    dialog.fields.passphrase.setText(STRONG)
    dialog.fields.repeat.setText(STRONG)
    dialog.own_addresses.setText("katja@example.de, katja-at-gmx")
    assert not dialog.create_button.isEnabled()
    assert "katja-at-gmx" in dialog.form_error.text()
    dialog.own_addresses.setText("katja@example.de; <K.Mueller@gmx.de>")
    assert dialog.form_error.isHidden()
    dialog.create_button.click()
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == 1, timeout=20_000)
    assert dialog.archive is not None
    assert dialog.archive.people.my_addresses() == ["k.mueller@gmx.de", "katja@example.de"]
    dialog.archive.close()


def test_wrong_passphrase_is_said_plainly_then_the_right_one_unlocks(
    qtbot: QtBot, filled_archive: Path
) -> None:
    dialog = UnlockDialog(filled_archive)
    qtbot.addWidget(dialog)
    dialog.passphrase.setText("not it")
    dialog.unlock_button.click()
    qtbot.waitUntil(lambda: not dialog.error.isHidden(), timeout=20_000)
    assert "Wrong passphrase or recovery code" in dialog.error.text()
    assert dialog.passphrase.isEnabled()
    dialog.passphrase.setText(PASSPHRASE)
    with qtbot.waitSignal(dialog.unlocked, timeout=20_000) as unlocked:
        dialog.unlock_button.click()
    unlocked.args[0].close()


def test_main_window_lists_threads_and_opens_one(controller: AppController, qtbot: QtBot) -> None:
    window = window_of(controller)
    qtbot.waitUntil(lambda: window.thread_model.rowCount() > 0)
    qtbot.waitUntil(lambda: window.sidebar_model.rowCount() > 0)  # read in the background
    headings = [
        window.sidebar_model.index(row, 0).data() for row in range(window.sidebar_model.rowCount())
    ]
    assert headings[0].startswith("All mail (")
    assert {"Tags", "Imported from", "Dates"} <= set(headings)
    window.thread_list.setCurrentIndex(window.thread_model.index(0, 0))
    assert window.conversation.messages.rowCount() >= 1
    assert window.conversation.header.text().startswith("From: ")
    qtbot.waitUntil(lambda: "messages" in window.status.text())  # counted in the background
    assert window.archive is not None
    assert window.status.text().startswith(f"{window.archive.stats().messages} messages · ")


def test_search_as_you_type_and_a_bad_query(controller: AppController, qtbot: QtBot) -> None:
    window = window_of(controller)
    qtbot.keyClicks(window.search_bar.field, "notmuch")  # type: ignore[no-untyped-call]

    def first_row_is_a_search_result() -> bool:
        row = window.thread_model.row_at(0)
        return row is not None and row.snippet is not None

    qtbot.waitUntil(first_row_is_a_search_result, timeout=5_000)
    first = window.thread_model.row_at(0)
    assert first is not None
    window.thread_list.setCurrentIndex(window.thread_model.index(0, 0))
    opened = window.conversation.current_message
    assert opened is not None
    assert opened.summary.id == first.message_id  # the matching message, not the newest
    assert first.snippet is not None
    assert first.snippet.marks  # the word is in the text, so the open message marks it too
    assert window.conversation.browser.extraSelections()
    window.search_bar.field.setText("(unclosed")
    qtbot.waitUntil(window.search_bar.error.isVisible, timeout=5_000)
    assert "(" in window.search_bar.error.text()


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("de", "Die Suchanfrage ist nicht verständlich: unbekanntes Feld „frm:“ bei Zeichen 1 "),
        ("ru", "Не удалось разобрать запрос: неизвестное поле «frm:» на символе 1 "),
    ],
)
def test_a_bad_query_is_explained_in_the_users_language(
    controller: AppController, qtbot: QtBot, language: str, expected: str
) -> None:
    window = window_of(controller)
    app = QCoreApplication.instance()
    assert app is not None
    translations.install(app, language)
    window.search_bar.field.setText("frm:anna")
    qtbot.waitUntil(window.search_bar.error.isVisible, timeout=5_000)
    shot(window.search_bar, f"search-error-{language}")
    assert window.search_bar.error.text().startswith(expected)
    assert "from:" in window.search_bar.error.text()  # the guess, as the user types it


def test_lock_clears_every_view_and_wipes_opened_copies(
    controller: AppController, qtbot: QtBot
) -> None:
    window = window_of(controller)
    qtbot.waitUntil(lambda: window.thread_model.rowCount() > 0)
    window.thread_list.setCurrentIndex(window.thread_model.index(0, 0))
    copy = controller.files.write("letter.pdf", b"%PDF-1.4 private")
    models = (window.thread_model, window.sidebar_model, window.conversation.messages)
    with qtbot.waitSignal(controller.locked):
        qtbot.keyClick(  # type: ignore[no-untyped-call]
            window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier
        )
    assert controller.archive is None
    assert controller.window is None
    assert all(model.rowCount() == 0 for model in models)
    assert window.conversation.header.text() == ""
    assert window.conversation.browser.toPlainText() == ""
    assert not copy.exists()
    assert isinstance(controller.dialog, UnlockDialog)  # asks again
    qtbot.waitUntil(lambda: controller.archive is not None, timeout=20_000)  # env passphrase


@pytest.mark.parametrize("number", [signal.SIGTERM, signal.SIGINT, signal.SIGHUP])
def test_a_signal_to_end_quits_as_quit_does_and_wipes_opened_copies(
    controller: AppController, qtbot: QtBot, number: int
) -> None:
    window = window_of(controller)
    qtbot.waitUntil(lambda: window.thread_model.rowCount() > 0)
    copy = controller.files.write("letter.pdf", b"%PDF-1.4 private")
    # As in a terminal: a test run started in the background ignores Ctrl+C.
    started_with = signal.signal(number, signal.SIG_DFL)
    restore = quit_on_signals(controller)
    try:
        os.kill(os.getpid(), number)  # the end of the session, Ctrl+C, a closed terminal
        qtbot.waitUntil(lambda: controller.archive is None, timeout=10_000)
    finally:
        restore()
        signal.signal(number, started_with)
    assert controller.window is None
    assert window.thread_model.rowCount() == 0
    assert not copy.exists()
    assert controller.dialog is None  # quitting: no unlock dialog is shown


def test_a_signal_ignored_when_the_program_started_stays_ignored(
    controller: AppController,
) -> None:
    """Started with nohup, or in the background of a shell: SIGHUP, or Ctrl+C, stays ignored."""
    started_with = signal.signal(signal.SIGHUP, signal.SIG_IGN)
    restore = quit_on_signals(controller)
    try:
        assert signal.getsignal(signal.SIGHUP) is signal.SIG_IGN
        assert signal.getsignal(signal.SIGTERM) is not signal.SIG_DFL
    finally:
        restore()
        signal.signal(signal.SIGHUP, started_with)
    assert controller.archive is not None


def test_the_program_asked_to_end_quits_cleanly(filled_archive: Path, tmp_path: Path) -> None:
    env = dict(
        os.environ,
        CORRESPONDENCE_APP_PASSPHRASE=PASSPHRASE,
        HOME=str(tmp_path / "home"),
        XDG_CONFIG_HOME=str(tmp_path / "config"),
        QT_QPA_PLATFORM="offscreen",
        **{QUIT_AFTER_ENV: "120000"},  # says when its window is shown
    )
    process = subprocess.Popen(
        [sys.executable, "-m", "correspondence_app", "gui", str(filled_archive)],
        env=env,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stdout is not None
        assert process.stdout.readline().strip() == "main window shown"
        process.send_signal(signal.SIGTERM)
        _out, err = process.communicate(timeout=30)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
    assert process.returncode == 0, err
    assert err == ""
    # It closed the window as Quit does: the window's layout is kept for the next start.
    settings = (tmp_path / "config" / "correspondence-app").glob("*")
    assert any("main" in path.read_text(encoding="utf-8") for path in settings)


def test_locking_stops_an_export_under_way_and_leaves_nothing_behind(
    controller: AppController, qtbot: QtBot, tmp_path: Path
) -> None:
    """Rather than wait for it, or let it go on reading the locked archive."""
    window = window_of(controller)
    archive = controller.archive
    assert archive is not None
    everything = tuple(message.id for message in archive.list_messages())
    dialog = window.exporting.open(Selection(message_ids=everything, description="all"))
    assert dialog is not None
    qtbot.waitUntil(dialog.export_button.isEnabled, timeout=20_000)
    dialog.set_format("pdf")
    folder = tmp_path / "for the lawyer"
    folder.mkdir()
    dialog.set_output(folder / "letters.pdf")
    dialog.export_button.click()
    assert dialog.is_running
    with qtbot.waitSignal(controller.locked):
        controller.lock()
    assert list(folder.iterdir()) == []  # neither the file nor a part of it
    qtbot.waitUntil(lambda: controller.archive is not None, timeout=20_000)  # env passphrase
    assert controller.archive is not None
    assert controller.archive.exporter.log() == []


def test_locking_stops_trying_the_quarantine_again(
    qtbot: QtBot,
    new_controller: Callable[[Path | None], AppController],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    folder = tmp_path / "archive"
    with Archive.create(folder, PASSPHRASE, kdf=KdfParams()) as archive:
        archive.import_paths([tmp_path / "runtime"])  # an import, as the messages' was
        for number in range(300):  # quarantined by an import on a busy computer
            message = f"Subject: Brief {number}\nMessage-ID: <busy-{number}@example.de>\n\nDa.\n"
            quarantine(archive, message.encode(), "eml", "parsing took longer than 60 s")
    monkeypatch.setenv("CORRESPONDENCE_APP_PASSPHRASE", PASSPHRASE)
    controller = new_controller(folder)
    with qtbot.waitSignal(controller.unlocked, timeout=20_000):
        controller.start()
    window = window_of(controller)
    assert window.archive is not None
    dialog = QuarantineDialog(window.archive, window)
    dialog.show()
    dialog.retry_button.click()
    assert dialog.task is not None
    cancel = dialog.task.cancel
    with qtbot.waitSignal(controller.locked):
        controller.lock()
    assert cancel.is_set()
    assert not dialog.isVisible()
    qtbot.waitUntil(lambda: controller.archive is not None, timeout=20_000)  # env passphrase
    assert controller.archive is not None
    stats = controller.archive.stats()
    assert stats.messages + stats.quarantined == 300  # none lost, none twice
    assert stats.quarantined > 0  # it stopped before the end


def test_the_window_keeps_its_panes_and_columns_across_locking(
    controller: AppController, qtbot: QtBot
) -> None:
    window = window_of(controller)
    window.resize(780, 560)  # within the offscreen screen, which a restored window must fit
    window.overview.show_mail()
    window.splitter.setSizes([150, 350, 280])
    window.conversation.splitter.setSizes([150, 250, 80])
    header = window.thread_list.horizontalHeader()
    header.resizeSection(Column.CORRESPONDENTS, 90)  # as a user drags them
    header.resizeSection(Column.LAST_DATE, 120)
    qtbot.wait(50)
    panes = window.splitter.sizes()
    reading = window.conversation.splitter.sizes()
    with qtbot.waitSignal(controller.locked):
        controller.lock()
    qtbot.waitUntil(lambda: controller.window is not None, timeout=20_000)  # env passphrase
    again = window_of(controller)
    assert again is not window
    again.overview.show_mail()
    qtbot.wait(50)
    assert (again.width(), again.height()) == (780, 560)
    assert again.splitter.sizes() == panes
    assert again.conversation.splitter.sizes() == reading
    header = again.thread_list.horizontalHeader()
    assert header.sectionSize(Column.LAST_DATE) == 120
    # The names' width as the user left it, though this narrow pane shows them narrower.
    assert again.columns_fit.wanted_px[Column.CORRESPONDENTS] == 90
    assert header.sectionSize(Column.CORRESPONDENTS) <= 90


def test_idle_time_locks_the_archive(controller: AppController, qtbot: QtBot) -> None:
    with qtbot.waitSignal(controller.locked, timeout=5_000):
        controller.set_lock_after_ms(300)


def test_import_runs_in_the_background_and_reports(
    controller: AppController, qtbot: QtBot, corpora: Path
) -> None:
    window = window_of(controller)
    before = window.thread_model.rowCount()
    window.start_import([corpora / "notmuch" / "lkml"])
    dialog = window.import_dialog
    assert dialog is not None
    with qtbot.waitSignal(dialog.import_finished, timeout=60_000) as finished:
        pass
    report = finished.args[0]
    assert report.imported > 0
    assert "New messages" in dialog.status.text()
    qtbot.waitUntil(lambda: window.thread_model.rowCount() > before)


def test_import_can_be_cancelled(
    controller: AppController, qtbot: QtBot, tmp_path: Path, corpora: Path
) -> None:
    window = window_of(controller)
    window.start_import([corpora])
    dialog = window.import_dialog
    assert dialog is not None
    with qtbot.waitSignal(dialog.import_finished, timeout=60_000) as finished:
        dialog.cancel_button.click()
    assert finished.args[0].cancelled
    assert "cancelled" in dialog.status.text()


def test_german_and_russian_translations_load() -> None:
    app = QCoreApplication.instance()
    assert app is not None
    try:
        translations.install(app, "de")
        assert QCoreApplication.translate("UnlockDialog", "&Unlock") == "&Entsperren"
        translations.install(app, "ru")
        assert QCoreApplication.translate("UnlockDialog", "&Unlock") == "&Разблокировать"
    finally:
        translations.install(app, "en")


def test_recovery_code_unlocks_and_asks_for_a_new_passphrase(
    qtbot: QtBot, tmp_path: Path, new_controller: Callable[[Path | None], AppController]
) -> None:
    folder = tmp_path / "archive"
    with Archive.create(folder, PASSPHRASE, kdf=KdfParams()) as archive:
        code = archive.create_recovery_code(PASSPHRASE, kdf=KdfParams())
    controller = new_controller(folder)
    controller.start()
    unlock = controller.dialog
    assert isinstance(unlock, UnlockDialog)
    unlock.passphrase.setText(code[:-3] + code[-1] + code[-2])  # two characters swapped
    unlock.unlock_button.click()
    qtbot.waitUntil(lambda: not unlock.error.isHidden(), timeout=20_000)
    assert "mistyped" in unlock.error.text()
    unlock.passphrase.setText(code.lower().replace("-", " "))
    with qtbot.waitSignal(controller.unlocked, timeout=20_000):
        unlock.unlock_button.click()
    qtbot.waitUntil(
        lambda: window_of(controller).findChild(ChangePassphraseDialog) is not None,
        timeout=20_000,
    )
    dialog = window_of(controller).findChild(ChangePassphraseDialog)
    assert dialog is not None
    dialog.fields.passphrase.setText(STRONG)
    dialog.fields.repeat.setText(STRONG)
    with qtbot.waitSignal(dialog.accepted, timeout=20_000):
        dialog.change_button.click()
    controller.shut_down()
    with Archive.open(folder, STRONG) as reopened:
        assert not reopened.opened_with_recovery_code


def test_print_and_copy_the_open_message(
    controller: AppController, qtbot: QtBot, tmp_path: Path
) -> None:
    window = window_of(controller)
    qtbot.waitUntil(lambda: window.thread_model.rowCount() > 0)
    window.thread_list.setCurrentIndex(window.thread_model.index(0, 0))
    assert window.conversation.current_message is not None
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "message.pdf"))
    window.conversation.print_message(printer)
    assert (tmp_path / "message.pdf").read_bytes().startswith(b"%PDF")
    window.conversation.browser.selectAll()
    window.conversation.browser.setFocus()
    window.copy_action.trigger()
    copied = QGuiApplication.clipboard().text()
    assert copied
    assert copied in window.conversation.browser.toPlainText()


def test_keyboard_moves_through_the_conversations(controller: AppController, qtbot: QtBot) -> None:
    window = window_of(controller)
    qtbot.waitUntil(lambda: window.thread_model.rowCount() > 2)
    window.thread_list.setFocus()
    window.thread_list.setCurrentIndex(window.thread_model.index(0, 0))
    qtbot.keyClick(window.thread_list, Qt.Key.Key_Down)  # type: ignore[no-untyped-call]
    assert window.thread_list.currentIndex().row() == 1
    first_shown = window.conversation.current_message
    for _ in range(50):  # Space pages through the message, then opens the next thread
        qtbot.keyClick(window.thread_list, Qt.Key.Key_Space)  # type: ignore[no-untyped-call]
        if window.thread_list.currentIndex().row() == 2:
            break
    assert window.thread_list.currentIndex().row() == 2
    assert window.conversation.current_message is not first_shown
    with qtbot.waitSignal(window.thread_list.activated):  # Enter opens the conversation
        qtbot.keyClick(window.thread_list, Qt.Key.Key_Return)  # type: ignore[no-untyped-call]


def test_a_later_start_asks_to_unlock_the_last_archive(
    settings: AppSettings,
    filled_archive: Path,
    new_controller: Callable[[Path | None], AppController],
) -> None:
    settings.last_archive = filled_archive
    controller = new_controller(None)
    controller.start()
    dialog = controller.dialog
    assert isinstance(dialog, UnlockDialog)  # not the welcome screen
    assert dialog.folder == filled_archive


def test_files_dropped_on_the_window_are_imported(
    controller: AppController, qtbot: QtBot, corpora: Path
) -> None:
    window = window_of(controller)
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(corpora / "notmuch" / "lkml"))])
    position = QPointF(window.rect().center())
    enter = QDragEnterEvent(
        position,
        Qt.DropAction.CopyAction,
        data,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    window.dragEnterEvent(enter)
    assert enter.isAccepted()
    drop = QDropEvent(
        position,
        Qt.DropAction.CopyAction,
        data,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    window.dropEvent(drop)
    assert window.import_dialog is not None
    with qtbot.waitSignal(window.import_dialog.import_finished, timeout=60_000) as finished:
        pass
    report = finished.args[0]
    # Other tests may have imported the same mail into this archive already: what counts is
    # that the dropped folder was read, whole.
    (source,) = report.sources
    assert Path(source.path) == corpora / "notmuch" / "lkml"
    assert source.files > 0
    assert source.imported + source.duplicates + source.quarantined == source.files


def test_a_restored_archive_opens_from_the_restore_dialog(
    controller: AppController, qtbot: QtBot, tmp_path: Path
) -> None:
    archive = controller.archive
    assert archive is not None
    drive = tmp_path / "drive"
    drive.mkdir()
    archive.backups.make(drive)
    dialog = window_of(controller).backing.on_restore()
    qtbot.waitUntil(lambda: not dialog.is_listing, timeout=20_000)
    target = tmp_path / "restored"
    dialog.target.setText(str(target))
    dialog.secret.setText(PASSPHRASE)
    dialog.restore_button.click()
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=60_000)
    assert dialog.open_button.isVisible()  # the controller listens: offered
    # The passphrase variable unlocks without asking, as the unlock dialog would after typing.
    with qtbot.waitSignal(controller.unlocked, timeout=20_000):
        dialog.open_button.click()
    assert controller.archive is not None
    assert controller.archive is not archive
    assert controller.archive.folder == target
    assert controller.settings.last_archive == target
    assert window_of(controller).thread_model.rowCount() > 0
