# SPDX-License-Identifier: GPL-3.0-or-later
"""Adding a mail account (IMAP), or changing one: the provider guessed from the address,
with what must be switched on there; the connection test, which lists the folders to
choose from; where the password is kept; and the automatic sync."""

from __future__ import annotations

from typing import TYPE_CHECKING, override

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QRadioButton,
    QSizePolicy,
    QSpinBox,
    QWidget,
)

from correspondence_app.accounts import presets
from correspondence_app.accounts.book import (
    MAX_AUTO_SYNC_MINUTES,
    AccountDraft,
    AccountError,
    PasswordNeededError,
    keyring_available,
)
from correspondence_app.accounts.presets import PRESETS, preset_for_address
from correspondence_app.gui import workers
from correspondence_app.gui.core_messages import error_text
from correspondence_app.gui.provider_hints import ProviderHints
from correspondence_app.gui.widgets import forms
from correspondence_app.gui.widgets.connection_test import ButtonText, ConnectionTest
from correspondence_app.gui.widgets.feedback import problem_label
from correspondence_app.storage.account_tables import PasswordStorage, Security

if TYPE_CHECKING:
    from correspondence_app.accounts import imap
    from correspondence_app.accounts.book import AccountInfo
    from correspondence_app.services import Archive

OTHER = ""  # the provider list's key for a server of no preset
DEFAULT_AUTO_SYNC_MINUTES = 30
PORTS = {Security.TLS: 993, Security.STARTTLS: 143}


def save_changes(
    archive: Archive,
    account: AccountInfo,
    storage: PasswordStorage,
    password: str,
    *,
    name: str | None,
    folders: tuple[str, ...] | None,
    auto_sync_minutes: int,
    certificate_sha256: str | None,
) -> AccountInfo:
    """Changes the account (None: as it is), then where its password is kept (a kept
    password moves)."""
    book = archive.accounts
    changed = book.change(
        account.id,
        name=name,
        folders=folders,
        auto_sync_minutes=auto_sync_minutes,
        certificate_sha256=certificate_sha256,
    )
    if storage is not account.password_storage or password:
        if storage is not PasswordStorage.ASK and not password:
            password = book.password(account)
        changed = book.set_password(account.id, storage, password)
    return changed


class AccountDialog(QDialog):
    account_saved = Signal(object)  # the AccountInfo added or changed

    def __init__(
        self,
        archive: Archive,
        account: AccountInfo | None = None,
        parent: QWidget | None = None,
        *,
        keyring: bool | None = None,
    ) -> None:
        """``account``: the account to change, else a new one; ``keyring``: whether the
        desktop has a keyring (None: asked)."""
        super().__init__(parent)
        self._archive, self._account = archive, account
        self._save: workers.Task | None = None
        self._auto_host = ""  # the server name filled in for the provider, not typed
        self._provider_by_hand = False  # chosen in the list: the address no longer chooses
        self.setWindowTitle(
            self.tr("Change mail account") if account else self.tr("Add mail account")
        )
        self.setMinimumSize(900, 580)
        self._make_account_fields()
        self._make_options(keyring_available() if keyring is None else keyring)
        self.test = ConnectionTest(archive, account, self._server_and_password)
        self.test.changed.connect(self._update_buttons)
        self.problem = problem_label()
        self.problem.setAccessibleName(self.tr("Problem"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.addButton(
            self.tr("&Save") if account else self.tr("&Add"),
            QDialogButtonBox.ButtonRole.AcceptRole,
        )
        self.buttons.accepted.connect(self.on_save_clicked)
        self.buttons.rejected.connect(self.reject)
        self._lay_out()
        if account is not None:
            self._show_account(account)
        else:
            self.provider.setCurrentIndex(self.provider.findData(OTHER))  # until an address
            self._fill_server(force=True)
        self._update_buttons()

    # Building --------------------------------------------------------------------------------
    def _make_account_fields(self) -> None:
        self.address = forms.line_edit(self.tr("E-mail address"), self.tr("anna@example.org"))
        self.address.setToolTip(self.tr("Or the user name your provider gave you"))
        self.password = forms.line_edit(self.tr("Password"))
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.provider = QComboBox()
        self.provider.setAccessibleName(self.tr("Provider"))
        for choice in PRESETS:
            self.provider.addItem(choice.name, choice.key)
        self.provider.addItem(self.tr("Other server"), OTHER)
        self.hint = forms.wrapped_label()
        self.hint.setTextFormat(Qt.TextFormat.PlainText)
        self.hint.setAccessibleName(self.tr("What the provider asks for"))
        self.name = forms.line_edit(self.tr("Name in the archive"))
        self.host = forms.line_edit(self.tr("Server"), self.tr("imap.example.org"))
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setAccessibleName(self.tr("Port"))
        self.security = QComboBox()
        self.security.setAccessibleName(self.tr("Encryption"))
        self.security.addItem(self.tr("TLS (usually port 993)"), Security.TLS)
        self.security.addItem(self.tr("STARTTLS (usually port 143)"), Security.STARTTLS)
        self.address.textChanged.connect(self.on_address_changed)
        self.provider.activated.connect(self.on_provider_activated)
        self.security.activated.connect(self.on_security_activated)
        self.password.textChanged.connect(lambda: self._forget_test(same_server=True))
        self.host.textChanged.connect(self._forget_test)
        self.host.textChanged.connect(self._show_hint)
        self.port.valueChanged.connect(self._forget_test)
        self.security.currentIndexChanged.connect(self._forget_test)

    def _make_options(self, has_keyring: bool) -> None:
        self.storage = QButtonGroup(self)
        texts = {
            PasswordStorage.ARCHIVE: self.tr("In the archive, encrypted with it (recommended)"),
            PasswordStorage.ASK: self.tr("Nowhere: ask for it at every sync"),
            PasswordStorage.KEYRING: self.tr("In the desktop's keyring"),
        }
        self.storage_buttons: dict[PasswordStorage, QRadioButton] = {}
        self._storage_rows = []
        for choice, text in texts.items():
            button = self.storage_buttons[choice] = QRadioButton()
            self.storage.addButton(button)
            self._storage_rows.append(forms.row(button, (ButtonText(text, button), 1)))
        self.storage_buttons[PasswordStorage.ARCHIVE].setChecked(True)
        self.storage_buttons[PasswordStorage.KEYRING].setEnabled(has_keyring)
        self.no_keyring = forms.wrapped_label(
            self.tr("No desktop keyring (such as GNOME Keyring or KWallet) was found.")
        )
        self.no_keyring.setVisible(not has_keyring)
        self.storage.buttonToggled.connect(self._update_buttons)
        self.auto_sync = QCheckBox(self.tr("Fetch new mail a&utomatically"))
        self.auto_minutes = QSpinBox()
        self.auto_minutes.setRange(1, MAX_AUTO_SYNC_MINUTES)
        self.auto_minutes.setValue(DEFAULT_AUTO_SYNC_MINUTES)
        self.auto_minutes.setAccessibleName(self.tr("Interval in minutes"))
        self.auto_sync.toggled.connect(self._update_buttons)
        self.auto_note = forms.wrapped_label(
            self.tr(
                "Only while the archive is open and unlocked. A password that is asked for "
                "must have been typed once since unlocking."
            )
        )

    def _lay_out(self) -> None:
        intro = forms.wrapped_label(
            self.tr(
                "The archive fetches a copy of your mail over IMAP. Nothing on the server is "
                "changed or deleted."
            )
        )
        self.password_label = QLabel(self.tr("&Password:"))
        self.password_label.setBuddy(self.password)
        account_form = forms.growing_form(
            (self.tr("&E-mail address:"), self.address),
            (self.password_label, self.password),
            (self.tr("P&rovider:"), self.provider),
            ("", self.hint),
            (self.tr("&Name:"), self.name),
        )
        self.server_box = QGroupBox(self.tr("Server settings"))
        self.server_note = forms.wrapped_label(
            self.tr(
                "To use another server or user name, remove the account and add it again; "
                "the mail already fetched stays in the archive."
            )
        )
        self.server_note.hide()
        server_form = forms.growing_form(
            (self.tr("Ser&ver:"), self.host),
            (self.tr("P&ort:"), forms.row(self.port, (self.security, 1))),
        )
        forms.column(server_form, self.server_note, parent=self.server_box)
        storage_box = QGroupBox(self.tr("Keep the password"))
        forms.column(*self._storage_rows, self.no_keyring, parent=storage_box)
        minutes_label = QLabel(self.tr("&Interval in minutes:"))
        minutes_label.setBuddy(self.auto_minutes)
        auto_box = QGroupBox(self.tr("Automatic sync"))
        forms.column(
            self.auto_sync,
            forms.row(minutes_label, self.auto_minutes, forms.STRETCH),
            self.auto_note,
            parent=auto_box,
        )
        left, right = QWidget(), QWidget()
        sides = (
            forms.column(
                intro, account_form, self.server_box, storage_box, forms.STRETCH, parent=left
            ),
            forms.column((self.test, 1), auto_box, parent=right),
        )
        for side in sides:  # halves, whatever their texts: long ones wrap
            side.setContentsMargins(0, 0, 0, 0)
        for half in (left, right):
            half.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        forms.column((forms.row((left, 1), (right, 1)), 1), self.problem, self.buttons, parent=self)
        forms.tab_in_layout_order(self)
        self.address.setFocus()

    def _show_account(self, account: AccountInfo) -> None:
        """Changing an account: the server and user name stay as they are."""
        self.address.setText(account.user_name)
        self.name.setText(account.name)
        by_host = next((p.key for p in PRESETS if p.host == account.host), None)
        by_address = getattr(preset_for_address(account.user_name), "key", OTHER)
        self.provider.setCurrentIndex(self.provider.findData(by_host or by_address))
        self._fill_server(force=False)
        self.host.setText(account.host)
        self.port.setValue(account.port)
        self.security.setCurrentIndex(self.security.findData(account.security))
        for widget in (self.address, self.host, self.provider, self.port, self.security):
            widget.setEnabled(False)
        self.hint.setVisible(self.provider.currentData() != OTHER)
        self.server_note.show()
        self.password_label.setText(self.tr("New &password:"))
        self.password.setPlaceholderText(self.tr("Leave empty to keep the password"))
        self.storage_buttons[account.password_storage].setEnabled(True)
        self.storage_buttons[account.password_storage].setChecked(True)
        self.auto_sync.setChecked(account.auto_sync_minutes > 0)
        if account.auto_sync_minutes:
            self.auto_minutes.setValue(account.auto_sync_minutes)
        self.name.setFocus()
        self._update_buttons()
        if account.password_storage is PasswordStorage.ASK:
            self.test.status.setText(
                self.tr("Type the password and test the connection to choose the folders.")
            )
        else:
            self.test.start()  # the folders to choose from, with the password kept

    # The account's fields ------------------------------------------------------------------
    @property
    def chosen_storage(self) -> PasswordStorage:
        return next(s for s, button in self.storage_buttons.items() if button.isChecked())

    def on_address_changed(self, text: str) -> None:
        self.name.setPlaceholderText(text.strip() or self.tr("As the address"))
        if self._account is None and not self._provider_by_hand:
            found = preset_for_address(text)
            index = self.provider.findData(found.key if found else OTHER)
            if index != self.provider.currentIndex():
                self.provider.setCurrentIndex(index)
                self._fill_server(force=True)
            elif found is None:
                self._fill_server(force=False)  # another domain, another server guessed
        self._forget_test(same_server=True)  # a changed server forgot the certificate too

    def on_provider_activated(self) -> None:
        """Chosen by the user: the address no longer chooses it."""
        self._provider_by_hand = True
        self._fill_server(force=True)

    def _fill_server(self, *, force: bool) -> None:
        """The provider's hint and, for a new account, its server: always when the provider
        changed (``force``), else only where the user typed none."""
        key = self.provider.currentData()
        self._show_hint()
        chosen = next((p for p in PRESETS if p.key == key), None)
        if self._account is not None:
            return
        if chosen is not None:
            host, port, security = chosen.host, chosen.port, chosen.security
        else:  # the usual name, as a start
            domain = self.address.text().rpartition("@")[2].strip().lower()
            host, port, security = (f"imap.{domain}" if domain else ""), 993, Security.TLS
        if force or self.host.text() in ("", self._auto_host):
            self.host.setText(host)
            self._auto_host = host
            self.port.setValue(port)
            self.security.setCurrentIndex(self.security.findData(security))

    def _show_hint(self) -> None:
        """The provider's hint; Microsoft's for one of its servers, whatever the provider
        chosen: why such an account cannot be added."""
        key = self.provider.currentData()
        if not presets.takes_passwords(self.host.text()):
            key = "microsoft"
        self.hint.setText(ProviderHints(self).hint(key))

    def on_security_activated(self) -> None:
        """The usual port of the other encryption replaces the usual port of the one before."""
        if self.port.value() in PORTS.values():
            self.port.setValue(PORTS[self.security.currentData()])

    def _server_and_password(self) -> tuple[imap.Server, str]:
        """The fields as a server (with the certificate accepted); raises AccountError."""
        try:
            server = AccountDraft(
                host=self.host.text(),
                port=self.port.value(),
                user_name=self.address.text(),
                security=self.security.currentData(),
                certificate_sha256=self.test.accepted_fingerprint,
            ).server
        except ValueError as error:
            raise AccountError(str(error)) from None
        return server, self.password.text()

    def _forget_test(self, *_args: object, same_server: bool = False) -> None:
        self.test.forget(keep_certificate=same_server)
        self.problem.hide()

    # Saving --------------------------------------------------------------------------------
    def _update_buttons(self, *_args: object) -> None:
        test, account = self.test, self._account
        busy = test.is_testing or self._save is not None
        filled = bool(self.address.text().strip() and self.host.text().strip())
        takes_passwords = presets.takes_passwords(self.host.text())  # the hint says why not
        test.test_button.setEnabled(
            not busy
            and filled
            and takes_passwords
            and (bool(self.password.text()) or account is not None)
        )
        if account is None:
            ready = test.is_tested and bool(test.ticked())
        else:  # folders change only after a test; a password kept anew must be typed
            needs_password = (
                account.password_storage is PasswordStorage.ASK
                and self.chosen_storage is not PasswordStorage.ASK
            )
            ready = (not test.is_tested or bool(test.ticked())) and (
                not needs_password or bool(self.password.text())
            )
        self.save_button.setEnabled(ready and not busy)
        # Return tests the connection until the account can be added (or saved).
        self.save_button.setDefault(self.save_button.isEnabled())
        test.test_button.setDefault(not self.save_button.isEnabled())
        self.auto_minutes.setEnabled(self.auto_sync.isChecked())

    def on_save_clicked(self) -> None:
        if not self.save_button.isEnabled():
            return
        minutes = self.auto_minutes.value() if self.auto_sync.isChecked() else 0
        storage, password = self.chosen_storage, self.password.text()
        if self._account is None:
            server, _password = self._server_and_password()
            draft = AccountDraft(
                host=server.host,
                port=server.port,
                user_name=server.user_name,
                security=server.security,
                name=self.name.text(),
                password_storage=storage,
                certificate_sha256=server.certificate_sha256,
                folders=self.test.chosen_folders(),
                auto_sync_minutes=minutes,
            )
            task = workers.Task(self._archive.accounts.add, draft, password)
        else:
            name = self.name.text().strip()
            tested = self.test.is_tested  # the folders (and certificate) as the test found
            certificate = self.test.accepted_fingerprint
            task = workers.Task(
                save_changes,
                self._archive,
                self._account,
                storage,
                password,
                name=name if name not in ("", self._account.name) else None,
                folders=self.test.chosen_folders() if tested else None,
                auto_sync_minutes=minutes,
                certificate_sha256=(
                    certificate
                    if tested and certificate != self._account.certificate_sha256
                    else None
                ),
            )
        task.signals.finished.connect(self._on_saved)
        task.signals.failed.connect(self._on_save_failed)
        self._save = workers.start_kept(task)
        self.problem.hide()
        self._update_buttons()

    def _on_saved(self, account: AccountInfo) -> None:
        self._save = None
        self.account_saved.emit(account)
        self.accept()

    def _on_save_failed(self, error: Exception) -> None:
        self._save = None
        if isinstance(error, PasswordNeededError):
            text = self.tr("Type the password, so that it can be kept.")
        else:
            reason = error_text(error) if isinstance(error, AccountError) else repr(error)
            text = self.tr("The account could not be saved: %1").replace("%1", reason)
        self.problem.setText(text)
        self.problem.show()
        self._update_buttons()

    @override
    def done(self, result: int) -> None:
        """Closed while testing: the test goes on in the pool, its result is dropped."""
        self.test.forget()
        super().done(result)
