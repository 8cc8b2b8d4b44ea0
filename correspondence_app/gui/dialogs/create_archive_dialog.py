# SPDX-License-Identifier: GPL-3.0-or-later
"""Creating an archive: where, a passphrase (twice, with its strength), the user's own
mail addresses if they like, then the recovery code."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import platformdirs
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from correspondence_app.gui import workers
from correspondence_app.gui.core_messages import error_text
from correspondence_app.gui.widgets.feedback import busy_bar, problem_label
from correspondence_app.gui.widgets.passphrase_fields import PassphraseFields
from correspondence_app.services import Archive, ArchiveError

if TYPE_CHECKING:
    from collections.abc import Sequence


def default_archive_folder() -> Path:
    return Path(platformdirs.user_data_dir("correspondence-app", appauthor=False)) / "Archive"


def own_addresses_in(text: str) -> tuple[list[str], list[str]]:
    """The addresses typed (separated by commas, semicolons or spaces), and what is no
    address among them."""
    words = text.replace(",", " ").replace(";", " ").split()
    addresses = [word.strip("<>").lower() for word in words]
    pairs = zip(words, addresses, strict=True)
    wrong = [word for word, address in pairs if not _is_address(address)]
    return [address for address in addresses if _is_address(address)], wrong


def _is_address(text: str) -> bool:
    local, at, domain = text.partition("@")
    return bool(local and at and domain) and "@" not in domain


def create_archive(
    folder: Path, passphrase: str, own_addresses: Sequence[str] = ()
) -> tuple[Archive, str]:
    """Creates the archive, with the user's own addresses when given (else they are found
    in the sent mail), and its recovery code (run on a worker thread)."""
    archive = Archive.create(folder, passphrase)
    try:
        for address in own_addresses:
            archive.people.add_my_address(address)
        code = archive.create_recovery_code(passphrase)
    except Exception:
        archive.close()
        raise
    return archive, code


class CreateArchiveDialog(QDialog):
    created = Signal(object)  # the open Archive

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New archive"))
        self.setMinimumWidth(560)
        self.archive: Archive | None = None
        self._task: workers.Task | None = None
        self.pages = QStackedWidget()
        self.pages.addWidget(self._form_page())
        self.pages.addWidget(self._recovery_page())
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)

    # Page 1: where and the passphrase --------------------------------------------------------
    def _form_page(self) -> QWidget:
        page = QWidget()
        self.folder = QLineEdit(str(default_archive_folder()))
        self.folder.setAccessibleName(self.tr("Archive folder"))
        browse = QPushButton(self.tr("&Choose…"))
        browse.clicked.connect(self.on_browse_clicked)
        where = QHBoxLayout()
        where.addWidget(self.folder, 1)
        where.addWidget(browse)
        self.fields = PassphraseFields()
        self.fields.validity_changed.connect(self.on_validity_changed)
        self.folder.textChanged.connect(self.on_validity_changed)
        form = QFormLayout()
        folder_label = QLabel(self.tr("&Folder:"))
        folder_label.setBuddy(self.folder)
        form.addRow(folder_label, where)
        self.own_addresses = QLineEdit()
        self.own_addresses.setPlaceholderText(self.tr("for example katja@example.de"))
        self.own_addresses.setAccessibleName(self.tr("Your mail addresses"))
        self.own_addresses.textChanged.connect(self.on_validity_changed)
        own_label = QLabel(self.tr("Your &addresses:"))
        own_label.setBuddy(self.own_addresses)
        own_form = QFormLayout()
        own_form.addRow(own_label, self.own_addresses)
        own_hint = QLabel(
            self.tr(
                "Optional. Mail from these addresses is yours: it never counts as a sign of "
                "life, and your letters from them can wait for an answer. Left empty, they "
                "are found in your sent mail. You can change them later under People."
            )
        )
        own_hint.setWordWrap(True)
        own_hint.setObjectName("hint")
        warning = QLabel(
            self.tr(
                "Everything in the archive is encrypted with this passphrase. If you lose "
                "it, no one can open the archive again, not even with the help of its "
                "makers. Choose several words that you will remember, and keep the "
                "recovery code that comes next in a safe place."
            )
        )
        warning.setWordWrap(True)
        self.form_error = problem_label()
        self.busy = busy_bar()
        buttons = QDialogButtonBox()
        self.create_button = buttons.addButton(
            self.tr("C&reate archive"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.create_button.setEnabled(False)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.on_create_clicked)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(page)
        layout.addLayout(form)
        layout.addWidget(self.fields)
        layout.addWidget(warning)
        layout.addSpacing(8)
        layout.addLayout(own_form)
        layout.addWidget(own_hint)
        layout.addWidget(self.form_error)
        layout.addWidget(self.busy)
        layout.addStretch(1)
        layout.addWidget(buttons)
        return page

    def on_browse_clicked(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Folder for the new archive"))
        if chosen:
            self.folder.setText(str(Path(chosen) / "Archive"))

    def on_validity_changed(self) -> None:
        _addresses, wrong = own_addresses_in(self.own_addresses.text())
        if wrong:
            self.form_error.setText(self.tr("“%1” is not a mail address.").replace("%1", wrong[0]))
            self.form_error.show()
        else:
            self.form_error.hide()
        self.create_button.setEnabled(
            self.fields.is_valid and bool(self.folder.text().strip()) and not wrong
        )

    def on_create_clicked(self) -> None:
        self.form_error.hide()
        self.busy.show()
        self.create_button.setEnabled(False)
        folder = Path(self.folder.text()).expanduser()
        addresses, _wrong = own_addresses_in(self.own_addresses.text())
        task = workers.Task(create_archive, folder, self.fields.text, addresses)
        task.signals.finished.connect(self.on_task_finished)
        task.signals.failed.connect(self.on_task_failed)
        self._task = workers.start(task)

    def on_task_failed(self, error: Exception) -> None:
        self.busy.hide()
        self.on_validity_changed()
        message = error_text(error) if isinstance(error, ArchiveError) else repr(error)
        self.form_error.setText(
            self.tr("The archive could not be created: %1").replace("%1", message)
        )
        self.form_error.show()

    def on_task_finished(self, result: tuple[Archive, str]) -> None:
        self.busy.hide()
        self.archive, code = result
        self.fields.clear()
        self.code.setText(code)
        self.pages.setCurrentIndex(1)

    # Page 2: the recovery code -------------------------------------------------------------
    def _recovery_page(self) -> QWidget:
        page = QWidget()
        intro = QLabel(
            self.tr(
                "<b>Your recovery code</b><br>If you ever forget the passphrase, this code "
                "opens the archive instead. It is shown only now. Write it down or print "
                "it, and keep it apart from this computer."
            )
        )
        intro.setWordWrap(True)
        self.code = QLabel()
        self.code.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = QFont("monospace")
        font.setStyleHint(QFont.StyleHint.Monospace)
        font.setPointSizeF(font.pointSizeF() * 1.5)
        self.code.setFont(font)
        self.code.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.code.setAccessibleName(self.tr("Recovery code"))
        copy = QPushButton(self.tr("&Copy"))
        copy.clicked.connect(self.on_copy_clicked)
        self.written_down = QCheckBox(self.tr("I have &written the code down"))
        buttons = QDialogButtonBox()
        self.done_button = buttons.addButton(
            self.tr("&Open the archive"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.done_button.setEnabled(False)
        self.written_down.toggled.connect(self.done_button.setEnabled)
        buttons.accepted.connect(self.on_done_clicked)
        layout = QVBoxLayout(page)
        layout.addWidget(intro)
        layout.addWidget(self.code)
        layout.addWidget(copy, 0, Qt.AlignmentFlag.AlignCenter)
        layout.addStretch(1)
        layout.addWidget(self.written_down)
        layout.addWidget(buttons)
        return page

    def on_copy_clicked(self) -> None:
        QGuiApplication.clipboard().setText(self.code.text())

    def on_done_clicked(self) -> None:
        self.code.clear()
        if self.archive is not None:
            self.created.emit(self.archive)
        self.accept()

    def reject(self) -> None:
        if self.archive is not None:  # closed on the recovery page: the archive exists
            self.on_done_clicked()
            return
        super().reject()
