# SPDX-License-Identifier: GPL-3.0-or-later
"""The desktop application: from the first start or the unlock dialog to the main window,
and back to the unlock dialog when the archive is locked."""

from __future__ import annotations

import contextlib
import os
import signal
import socket
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QMessageLogContext,
    QObject,
    QSocketNotifier,
    QTimer,
    QtMsgType,
    Signal,
    qInstallMessageHandler,
)
from PySide6.QtWidgets import QApplication, QMessageBox

from correspondence_app import __version__, session_files, stopping
from correspondence_app.app_id import APP_ID
from correspondence_app.gui import translations, workers
from correspondence_app.gui.dialogs.change_passphrase_dialog import ChangePassphraseDialog
from correspondence_app.gui.dialogs.create_archive_dialog import CreateArchiveDialog
from correspondence_app.gui.dialogs.settings_dialog import SettingsDialog
from correspondence_app.gui.dialogs.unlock_dialog import UnlockDialog
from correspondence_app.gui.dialogs.welcome_dialog import WelcomeChoice, WelcomeDialog
from correspondence_app.gui.main_window import MainWindow
from correspondence_app.gui.resources import add_shipped_fonts, icon
from correspondence_app.gui.settings import AppSettings
from correspondence_app.services import is_archive

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

    from PySide6.QtWidgets import QDialog

    from correspondence_app.gui.overview import Alerts
    from correspondence_app.services import Archive

PASSPHRASE_ENV = "CORRESPONDENCE_APP_PASSPHRASE"  # noqa: S105 (a variable name)
# Automation (the bundle's smoke test): quit this many ms after the main window is shown.
QUIT_AFTER_ENV = "CORRESPONDENCE_APP_QUIT_AFTER_MS"
_USER_INPUT = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
    }
)


class AppController(QObject):
    """Which window is shown, and locking: the only owner of the open Archive."""

    locked = Signal()
    unlocked = Signal(object)

    def __init__(
        self, settings: AppSettings, folder: Path | None = None, to_import: Sequence[Path] = ()
    ) -> None:
        super().__init__()
        self.settings = settings
        self.folder = folder
        self.to_import = list(to_import)  # files opened with the application, once unlocked
        self.archive: Archive | None = None
        self.window: MainWindow | None = None
        self.dialog: QDialog | None = None
        self.files = session_files.SessionFiles()
        self.idle_timer = QTimer(self)
        self.idle_timer.setSingleShot(True)
        self.idle_timer.timeout.connect(self.lock)
        self.set_lock_minutes(settings.lock_minutes)
        app = QCoreApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    # Start ---------------------------------------------------------------------------------
    def start(self) -> None:
        folder = self.folder or self.settings.last_archive
        if folder is not None and is_archive(folder):
            self.show_unlock(folder)
        else:
            self.show_welcome()

    def show_welcome(self) -> None:
        dialog = WelcomeDialog()
        dialog.setWindowIcon(icon("app"))
        dialog.accepted.connect(lambda: self.on_welcome_accepted(dialog))
        dialog.rejected.connect(self.quit)
        self._show_dialog(dialog)

    def on_welcome_accepted(self, dialog: WelcomeDialog) -> None:
        if dialog.choice is WelcomeChoice.CREATE:
            create = CreateArchiveDialog()
            create.created.connect(self.on_archive_opened)
            create.rejected.connect(self.show_welcome)
            self._show_dialog(create)
        elif dialog.folder is not None:
            self.show_unlock(dialog.folder)

    def show_unlock(self, folder: Path) -> None:
        dialog = UnlockDialog(folder)
        dialog.setWindowIcon(icon("app"))
        dialog.unlocked.connect(
            lambda archive: self.on_archive_opened(archive, dialog.first_alerts)
        )
        dialog.unlocked_with_recovery_code.connect(self.ask_for_new_passphrase)
        dialog.other_archive_requested.connect(self.show_welcome)
        dialog.rejected.connect(lambda: self._quit_unless_replaced(dialog))
        self._show_dialog(dialog)
        secret = os.environ.get(PASSPHRASE_ENV)
        if secret:  # automation and tests: unlock without asking
            dialog.unlock_with(secret)

    def _show_dialog(self, dialog: QDialog) -> None:
        self.dialog = dialog
        dialog.show()

    def _quit_unless_replaced(self, dialog: QDialog) -> None:
        if self.dialog is dialog and self.archive is None:
            self.quit()

    # Unlocked ------------------------------------------------------------------------------
    def on_archive_opened(self, archive: Archive, alerts: Alerts | None = None) -> None:
        self.dialog = None
        self.archive = archive
        self.folder = archive.folder
        self.settings.last_archive = archive.folder
        self.settings.sync()
        self.window = MainWindow(archive, self.settings, self.files, alerts=alerts)
        self.window.lock_requested.connect(self.lock)
        self.window.quit_requested.connect(self.quit)
        self.window.about_requested.connect(self.show_about)
        self.window.settings_requested.connect(self.show_settings)
        self.window.change_passphrase_requested.connect(self.show_change_passphrase)
        self.window.open_archive_requested.connect(self.open_other_archive)
        self.window.show()
        self.restart_idle_timer()
        self.unlocked.emit(archive)
        if self.to_import:
            paths, self.to_import = self.to_import, []
            self.window.start_import(paths)
        quit_after_ms = os.environ.get(QUIT_AFTER_ENV)
        if quit_after_ms:
            print("main window shown", flush=True)  # for the smoke test
            QTimer.singleShot(int(quit_after_ms), self.quit)

    def set_lock_minutes(self, minutes: int) -> None:
        self.set_lock_after_ms(minutes * 60_000)

    def set_lock_after_ms(self, milliseconds: int) -> None:
        self._lock_after_ms = milliseconds
        self.restart_idle_timer()

    def restart_idle_timer(self) -> None:
        if self.archive is not None and self._lock_after_ms > 0:
            self.idle_timer.start(self._lock_after_ms)
        else:
            self.idle_timer.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() in _USER_INPUT and self.archive is not None:
            self.restart_idle_timer()
        return super().eventFilter(watched, event)

    # Locking -------------------------------------------------------------------------------
    def _close_archive(self) -> None:
        """Clears every view, waits for background work, closes the database, wipes copies."""
        self.idle_timer.stop()
        window, self.window = self.window, None
        if window is not None:
            window.remember_layout()
            if window.import_dialog is not None:
                window.import_dialog.task.cancel.set()
            window.clear()
        workers.wait_for_all()
        if window is not None:
            window.hide()
            window.deleteLater()
        archive, self.archive = self.archive, None
        if archive is not None:
            archive.close()
        self.files.wipe()

    def lock(self) -> None:
        if self.archive is None:
            return
        folder = self.folder
        self._close_archive()
        self.locked.emit()
        if folder is not None:
            self.show_unlock(folder)

    def open_other_archive(self, folder: Path) -> None:
        """Closes this archive as locking does and asks for the passphrase of another one
        (a restored copy). Deferred: the request comes from a dialog of the window closed."""
        QTimer.singleShot(0, lambda: self._switch_to(folder))

    def _switch_to(self, folder: Path) -> None:
        if self.archive is not None and self.archive.folder == folder:
            return
        self._close_archive()
        self.folder = folder
        self.locked.emit()
        self.show_unlock(folder)

    def shut_down(self) -> None:
        """Locks the archive and closes the window and any dialog of its own, leaving the
        event loop running (quitting ends it after this)."""
        self._close_archive()
        dialog, self.dialog = self.dialog, None
        if dialog is not None:
            dialog.hide()
            dialog.deleteLater()

    def quit(self) -> None:
        self.shut_down()
        QCoreApplication.quit()

    # Small dialogs -------------------------------------------------------------------------
    def show_about(self) -> None:
        QMessageBox.about(
            self.window,
            self.tr("About Correspondence Archive"),
            self.tr(
                "<h3>Correspondence Archive %1</h3><p>A private, encrypted, offline archive "
                "of correspondence.</p><p>Everything stays on this computer, encrypted with "
                "your passphrase. Nothing is fetched from the internet while you read.</p>"
                "<p>Free software under the GNU General Public License, version 3 or later.</p>"
            ).replace("%1", __version__),
        )

    def ask_for_new_passphrase(self, archive: Archive, recovery_code: str) -> None:
        if archive is self.archive and self.window is not None:
            ChangePassphraseDialog(archive, self.window, recovery_code=recovery_code).open()

    def show_change_passphrase(self) -> None:
        if self.archive is not None and self.window is not None:
            ChangePassphraseDialog(self.archive, self.window).open()

    def show_settings(self) -> None:
        dialog = SettingsDialog(self.settings, self.window)
        if dialog.exec():
            self.set_lock_minutes(self.settings.lock_minutes)


def main(argv: list[str] | None = None) -> int:
    """``correspondence-app-gui [ARCHIVE | MAIL FILE]``."""
    args = sys.argv[1:] if argv is None else argv
    return run(Path(args[0]).expanduser() if args else None)


def _quiet_qt_messages(kind: QtMsgType, _context: QMessageLogContext, _message: str) -> None:
    """Qt's warnings can quote a message's text ("Unknown color name …"); a desktop session
    writes a program's standard error to its journal on disk, so they are not printed."""
    if kind == QtMsgType.QtFatalMsg:
        sys.stderr.write("correspondence-app: Qt stopped the program\n")


def run(folder: Path | None = None) -> int:
    qInstallMessageHandler(_quiet_qt_messages)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)  # noqa: S101 (one application per process)
    app.setApplicationName("Correspondence Archive")
    app.setOrganizationName("correspondence-app")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_ID)
    app.setWindowIcon(icon("app"))
    add_shipped_fonts()  # Tigrinya and emoji shown where the computer lacks a font for them
    app.setQuitOnLastWindowClosed(False)  # between lock and unlock no window may be open
    settings = AppSettings()
    translations.install(app, settings.language)
    session_files.wipe_all()  # copies a crashed session left behind
    # "Open with" on a mail file (.mbox, .eml): the last archive opens and imports it.
    opened = [folder] if folder is not None and folder.is_file() else []
    controller = AppController(settings, None if opened else folder, to_import=opened)
    app.aboutToQuit.connect(controller._close_archive)
    restore_signals = quit_on_signals(controller)
    controller.start()
    try:
        return app.exec()
    finally:
        restore_signals()


# Ctrl+C in the terminal that started the program, the end of the desktop session, and a
# closed terminal (Windows has no SIGHUP).
_QUITTING_SIGNALS = (
    *stopping.ASKED_TO_STOP,
    *([signal.SIGHUP] if hasattr(signal, "SIGHUP") else []),
)


def quit_on_signals(controller: AppController) -> Callable[[], None]:
    """Quits as the menu's Quit does when the program is asked to end by a signal: a
    running import or sync stops once the messages on their way are stored, the archive
    is locked, and the copies of opened attachments are wiped. Without this, SIGTERM would
    end the program at once and leave those copies behind until the next start.

    Python runs a signal's handler only when it runs code of its own, which Qt's event
    loop may not do for a long time; the signal wakes the loop through a socket. Returns
    what puts the previous handlers back."""
    undo = contextlib.ExitStack()
    reading, writing = socket.socketpair()
    undo.callback(writing.close)
    undo.callback(reading.close)
    reading.setblocking(False)
    writing.setblocking(False)
    undo.callback(signal.set_wakeup_fd, signal.set_wakeup_fd(writing.fileno()))
    notifier = QSocketNotifier(reading.fileno(), QSocketNotifier.Type.Read, controller)
    undo.callback(notifier.deleteLater)
    undo.callback(notifier.setEnabled, False)

    def drain() -> None:  # the handler itself has run before this slot
        with contextlib.suppress(OSError):
            reading.recv(512)

    notifier.activated.connect(drain)

    def asked_to_end(_number: int, _frame: object) -> None:
        QTimer.singleShot(0, controller.quit)

    undo.enter_context(stopping.handling(_QUITTING_SIGNALS, asked_to_end))
    return undo.close
