# SPDX-License-Identifier: GPL-3.0-or-later
"""What the conversation list shows while the archive holds no mail: the ways to bring it
in, each a button with a line saying what it takes, instead of an empty table."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QLabel, QPushButton, QVBoxLayout, QWidget

from correspondence_app.gui.resources import icon
from correspondence_app.gui.widgets import forms


class EmptyArchivePanel(QFrame):
    """ "No mail yet", with Import files, Import a folder, From Thunderbird and Add account."""

    files_requested = Signal()
    folder_requested = Signal()
    thunderbird_requested = Signal()
    account_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("empty-archive")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(self.tr("No mail in the archive yet"))
        title = QLabel(self.tr("No mail in the archive yet"))
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        title.setFont(font)
        title.setWordWrap(True)
        intro = forms.wrapped_label(
            self.tr(
                "Bring your mail in from where it is now. Nothing changes there: the archive "
                "keeps its own encrypted copy, and the same message is never stored twice."
            )
        )
        ways = QVBoxLayout()
        ways.setSpacing(2)
        self.buttons: list[QPushButton] = []
        choices = (
            (
                self.tr("&Import mail files…"),
                self.tr(
                    "mbox and .eml files, Outlook .msg, .pst, .ost and .olm files,"
                    " Gmail Takeout ZIPs"
                ),
                self.files_requested,
            ),
            (
                self.tr("Import a fol&der…"),
                self.tr("a Maildir, a folder of saved messages, or Apple Mail's folders"),
                self.folder_requested,
            ),
            (
                self.tr("From &Thunderbird…"),
                self.tr("the mail folders of Thunderbird on this computer"),
                self.thunderbird_requested,
            ),
            (
                self.tr("Add a mail &account…"),
                self.tr("fetch from GMX, web.de, Gmail, mail.ru, Yandex or another server"),
                self.account_requested,
            ),
        )
        # Each button as wide as its words, what it takes below it: the words fit a narrow
        # pane in any language.
        for number, (text, explanation, signal) in enumerate(choices):
            button = forms.plain_button(text, signal.emit)
            if number == 0:
                button.setIcon(icon("import"))
            self.buttons.append(button)
            label = forms.wrapped_label(explanation)
            label.setContentsMargins(4, 0, 0, 8)
            ways.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
            ways.addWidget(label)
        drop = forms.wrapped_label(
            self.tr("You can also drop mail files and folders onto this window.")
        )
        drop.setEnabled(False)  # a hint, in the quieter colour
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 24)
        layout.setSpacing(12)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addLayout(ways)
        layout.addWidget(drop)
        layout.addStretch(1)
        layout.setAlignment(Qt.AlignmentFlag.AlignTop)
