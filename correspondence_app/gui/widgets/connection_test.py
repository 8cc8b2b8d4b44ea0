# SPDX-License-Identifier: GPL-3.0-or-later
"""The connection test of a mail account's dialog, run in the background, and what it found:
the folders to choose from, or the problem in words; an untrusted certificate shows its
fingerprint, to be accepted once checked with the server's operator."""

from __future__ import annotations

from typing import TYPE_CHECKING, override

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QGroupBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QWidget,
)

from correspondence_app.accounts import imap
from correspondence_app.accounts.book import AccountError, PasswordNeededError
from correspondence_app.accounts.sync import chosen_folders
from correspondence_app.gui import workers
from correspondence_app.gui.core_messages import error_text
from correspondence_app.gui.sync_problems import cause_text
from correspondence_app.gui.widgets import forms
from correspondence_app.gui.widgets.feedback import busy_bar, problem_label

if TYPE_CHECKING:
    from collections.abc import Callable

    from PySide6.QtGui import QMouseEvent

    from correspondence_app.accounts.book import AccountInfo
    from correspondence_app.services import Archive

FolderNameRole = Qt.ItemDataRole.UserRole  # a folder item's name as the server names it


def test_connection(
    archive: Archive, account: AccountInfo | None, server: imap.Server, password: str
) -> imap.Probe:
    """Logs in with the password typed or, for an account kept, the one it keeps."""
    if not password and account is not None:
        password = archive.accounts.password(account)
    return imap.probe(server, password)


class ButtonText(QLabel):
    """The text of a check box or radio button, beside it, that wraps (their own does not: a
    long translation would widen the dialog); a click on it clicks the button, as on the
    button's own text."""

    def __init__(self, text: str, button: QAbstractButton) -> None:
        super().__init__(text)
        self._button = button
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        button.setAccessibleName(text)
        button.installEventFilter(self)  # greyed with the button

    @override
    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self._button.isEnabled():
            self._button.click()
            self._button.setFocus()

    @override
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._button and event.type() == QEvent.Type.EnabledChange:
            self.setEnabled(self._button.isEnabled())
        return super().eventFilter(watched, event)


class ConnectionTest(QWidget):
    changed = Signal()  # a test began or ended, was forgotten, or a folder was (un)ticked

    def __init__(
        self,
        archive: Archive,
        account: AccountInfo | None,
        fields: Callable[[], tuple[imap.Server, str]],
        parent: QWidget | None = None,
    ) -> None:
        """``account``: the account changed, None for a new one; ``fields``: the server and
        password to test (the server with the certificate accepted), or AccountError."""
        super().__init__(parent)
        self._archive, self._account, self._fields = archive, account, fields
        self._generation = 0  # a test of fields changed since is ignored
        self._task: workers.Task | None = None
        self._found: imap.Probe | None = None
        self._offered = ""  # the fingerprint of a certificate refused, AB:CD:…
        self.test_button = forms.plain_button(self.tr("&Test connection"), self.start)
        self.busy = busy_bar()
        self.busy.setAccessibleName(self.tr("Testing the connection"))
        self.status = forms.wrapped_label()
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.problem = problem_label()
        self.problem.setAccessibleName(self.tr("Problem"))
        self.certificate = QGroupBox(self.tr("Untrusted certificate"))
        self.certificate_text = forms.wrapped_label()
        self.fingerprint = QLabel()
        self.fingerprint.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.fingerprint.setWordWrap(True)
        self.fingerprint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.fingerprint.setAccessibleName(self.tr("SHA-256 fingerprint"))
        self.accept_certificate = QCheckBox()
        accept_label = ButtonText(
            self.tr(
                "I have checked this fingerprint with the server's operator; "
                "accept this certificate"
            ),
            self.accept_certificate,
        )
        self.accept_certificate.toggled.connect(self.on_accept_certificate_toggled)
        forms.column(
            self.certificate_text,
            self.fingerprint,
            forms.row(self.accept_certificate, (accept_label, 1)),
            parent=self.certificate,
        )
        self.certificate.hide()
        self.folders = QListWidget()
        self.folders.setAccessibleName(self.tr("Folders to fetch"))
        self.folders.itemChanged.connect(self.changed)
        folders_label = QLabel(self.tr("&Folders to fetch:"))
        folders_label.setBuddy(self.folders)
        self.gmail_note = forms.wrapped_label(
            self.tr(
                "Gmail keeps every message once in “All Mail”; its labels (Inbox, Sent and "
                "your own) become tags in the archive."
            )
        )
        self.gmail_note.hide()
        layout = forms.column(
            forms.row(self.test_button, (self.busy, 2), forms.STRETCH),
            self.certificate,
            self.problem,
            self.status,
            folders_label,
            (self.folders, 1),
            self.gmail_note,
            parent=self,
        )
        layout.setContentsMargins(0, 0, 0, 0)

    # State -------------------------------------------------------------------------------------
    @property
    def is_testing(self) -> bool:
        return self._task is not None

    @property
    def is_tested(self) -> bool:
        """The fields as they are were tested, and the folders listed."""
        return self._found is not None

    @property
    def accepted_fingerprint(self) -> str:
        """The certificate to trust although untrusted: accepted here, or for the account."""
        if self.accept_certificate.isChecked() and self._offered:
            return self._offered
        return self._account.certificate_sha256 if self._account else ""

    # Testing -----------------------------------------------------------------------------------
    def start(self) -> None:
        if not self.test_button.isEnabled():
            return
        self._generation += 1
        generation = self._generation
        try:
            server, password = self._fields()
        except AccountError as error:  # a server name with spaces, say
            self.problem.setText(
                self.tr("Please check the server settings: %1").replace("%1", error_text(error))
            )
            self.problem.show()
            return
        task = workers.Task(test_connection, self._archive, self._account, server, password)
        task.signals.finished.connect(workers.owned(self, self._on_tested, generation))
        task.signals.failed.connect(workers.owned(self, self._on_failed, generation))
        self._task = workers.start_kept(task)
        self._found = None
        self.problem.hide()
        self.folders.clear()
        self.gmail_note.hide()
        self.status.setText(self.tr("Connecting to %1…").replace("%1", server.host))
        self.busy.show()
        self.changed.emit()

    def _on_tested(self, generation: int, probe: imap.Probe) -> None:
        if generation != self._generation:
            return
        self._ended()
        self._found = probe
        self.certificate.setVisible(self.accept_certificate.isChecked())
        chosen = self._account.folders if self._account else ()
        ticked, _missing = chosen_folders(probe.folders, chosen, gmail=probe.is_gmail)
        self.folders.blockSignals(True)
        # The inbox first, as every mail program shows it; the others in the server's order.
        for folder in sorted(probe.folders, key=lambda f: f.name.upper() != "INBOX"):
            text = folder.path
            if folder.is_all_mail:
                text = self.tr("%1 (all your mail)").replace("%1", folder.path)
            elif folder.is_junk:
                text = self.tr("%1 (spam)").replace("%1", folder.path)
            item = QListWidgetItem(text, self.folders)
            item.setData(FolderNameRole, folder.name)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            checked = Qt.CheckState.Checked if folder in ticked else Qt.CheckState.Unchecked
            item.setCheckState(checked)
        self.folders.blockSignals(False)
        if self.folders.count():
            self.folders.setCurrentRow(0)
        self.gmail_note.setVisible(probe.is_gmail)
        self.status.setText(self.tr("Connected. Choose the folders to fetch."))
        self.changed.emit()

    def _on_failed(self, generation: int, error: Exception) -> None:
        if generation != self._generation:
            return
        self._ended()
        self.status.clear()
        if isinstance(error, imap.CertificateRejectedError):
            self._show_certificate(error.fingerprint)
        elif isinstance(error, PasswordNeededError):
            self.status.setText(self.tr("Type the password to test the connection."))
        elif isinstance(error, AccountError):  # the keyring's, say
            self.problem.setText(
                self.tr("The password could not be read: %1").replace("%1", error_text(error))
            )
            self.problem.show()
        else:
            # The cause in the user's language, the server's and system's details as a tip.
            said = cause_text(error.cause) if isinstance(error, imap.ImapError) else None
            self.problem.setText(
                said or self.tr("The connection failed: %1").replace("%1", error_text(error))
            )
            self.problem.setToolTip(str(error) if said else "")
            self.problem.show()
        self.changed.emit()

    def _ended(self) -> None:
        self._task = None
        self.busy.hide()

    def _show_certificate(self, fingerprint: str) -> None:
        changed = bool(self.accepted_fingerprint)
        self._offered = fingerprint
        if changed:
            text = self.tr(
                "The server's certificate has changed since it was accepted. Accept the new "
                "one only if the server's operator confirms its fingerprint:"
            )
        else:
            text = self.tr(
                "The server's certificate is not signed by an authority this computer trusts. "
                "Servers with a certificate of their own look like this, but so does someone "
                "listening in. Compare its fingerprint with the one the server's operator "
                "gives you:"
            )
        self.certificate_text.setText(text)
        pairs = fingerprint.split(":")  # 32 pairs: two lines, which a label cannot break
        half = (len(pairs) + 1) // 2
        self.fingerprint.setText(":".join(pairs[:half]) + ":\n" + ":".join(pairs[half:]))
        self.accept_certificate.blockSignals(True)
        self.accept_certificate.setChecked(False)
        self.accept_certificate.blockSignals(False)
        self.certificate.show()
        self.accept_certificate.setFocus()

    def on_accept_certificate_toggled(self, checked: bool) -> None:
        self.certificate.setTitle(
            self.tr("Accepted certificate") if checked else self.tr("Untrusted certificate")
        )
        if checked:
            self.certificate_text.setText(
                self.tr("This certificate is accepted for the server, and no other:")
            )
            self.start()  # again, trusting this certificate alone
        else:
            self._found = None
            self.folders.clear()
            self.status.clear()
            self.changed.emit()

    def forget(self, *, keep_certificate: bool = False) -> None:
        """The fields changed: what a test found (or is finding) is not about them. The
        certificate accepted stays with the server (``keep_certificate``: the same one)."""
        self._generation += 1
        self._ended()
        self._found = None
        if not keep_certificate:
            self._offered = ""
            self.certificate.hide()
            self.accept_certificate.blockSignals(True)
            self.accept_certificate.setChecked(False)
            self.accept_certificate.blockSignals(False)
        self.folders.clear()
        self.gmail_note.hide()
        self.status.clear()
        self.problem.hide()
        self.changed.emit()

    # The folders chosen ------------------------------------------------------------------------
    def ticked(self) -> list[str]:
        items = map(self.folders.item, range(self.folders.count()))
        return [
            str(item.data(FolderNameRole))
            for item in items
            if item is not None and item.checkState() == Qt.CheckState.Checked
        ]

    def chosen_folders(self) -> tuple[str, ...]:
        """The folders ticked; () when they are the default (every folder but spam, or All
        Mail on Gmail), so that folders made later are fetched too."""
        if self._found is None:
            return ()
        default, _ = chosen_folders(self._found.folders, (), gmail=self._found.is_gmail)
        ticked = self.ticked()
        return () if set(ticked) == {folder.name for folder in default} else tuple(ticked)
