# SPDX-License-Identifier: GPL-3.0-or-later
"""The search field: results as you type (debounced), a help popup, inline query errors."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLineEdit,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from correspondence_app.gui.widgets.feedback import problem_label

DEBOUNCE_MS = 250


class SearchBar(QWidget):
    query_changed = Signal(str)  # after typing pauses; "" when cleared

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = QLineEdit()
        self.field.setClearButtonEnabled(True)
        shortcut = QKeySequence(QKeySequence.StandardKey.Find).toString(
            QKeySequence.SequenceFormat.NativeText
        )
        self.field.setPlaceholderText(
            self.tr("Search (%1), e.g. Antrag from:sergej date:2023").replace("%1", shortcut)
        )
        self.field.setAccessibleName(self.tr("Search"))
        # No completer and no history: a search term is message data and is never stored.
        self.help_button = QToolButton()
        self.help_button.setText("?")
        self.help_button.setToolTip(self.tr("How to search"))
        self.help_button.setAccessibleName(self.tr("How to search"))
        self.help_button.clicked.connect(self.on_help_clicked)
        self.error = problem_label(compact=True)
        self.error.setAccessibleName(self.tr("Search problem"))
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.on_timer_timeout)
        self.field.textChanged.connect(self.on_field_text_changed)
        self.field.returnPressed.connect(self.on_timer_timeout)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.field, 1)
        row.addWidget(self.help_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(row)
        layout.addWidget(self.error)

    @property
    def text(self) -> str:
        return self.field.text().strip()

    def show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()

    def clear_error(self) -> None:
        self.error.hide()
        self.error.clear()

    def clear(self) -> None:
        self._timer.stop()
        self.field.blockSignals(True)
        self.field.clear()
        self.field.blockSignals(False)
        self.clear_error()

    def on_field_text_changed(self, _text: str) -> None:
        self._timer.start()

    def on_timer_timeout(self) -> None:
        self._timer.stop()
        self.query_changed.emit(self.text)

    def on_help_clicked(self) -> None:
        SearchHelpDialog(self).exec()


class SearchHelpDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("How to search"))
        self.resize(640, 560)
        rows = [
            ("Antrag Visum", self.tr("messages with both words, in any form")),
            ('"Lange Straße"', self.tr("exactly this phrase")),
            ("Kiew OR Kyiv", self.tr("either word")),
            ("-Werbung", self.tr("messages without the word (also: NOT)")),
            ("(a OR b) c", self.tr("parentheses group words")),
            ("from:sergej", self.tr("the sender, by name or address")),
            ("to:amt", self.tr("any recipient (To, Cc, Bcc)")),
            ("cc:buero", self.tr("the Cc recipients")),
            ("subject:Antrag", self.tr("only in the subject")),
            ("body:Antrag", self.tr("only in the text")),
            ("attachment:Vollmacht", self.tr("an attachment's name or the text inside it")),
            ("filename:scan.pdf", self.tr("an attachment's file name")),
            ("has:attachment", self.tr("messages with attachments")),
            ("folder:Sent", self.tr("the folder or mailbox file it was imported from")),
            ("date:2023-03", self.tr("a year, month or day")),
            ("date:2023-01-01..2023-03-31", self.tr("a date range")),
            ("before:2023-05-01  after:2023-05", self.tr("before or from a date")),
            ("lang:de  lang:ru  lang:en", self.tr("the language of the message")),
            ("Antr*", self.tr("words that begin with these letters")),
        ]
        table = "".join(
            f"<tr><td><code>{escape(example)}</code></td><td>{escape(meaning)}</td></tr>"
            for example, meaning in rows
        )
        note = self.tr(
            "Names are found in Latin and Cyrillic letters alike: Sergej, Sergey and Сергей "
            "find each other. Upper and lower case, accents and German ae/oe/ue spellings "
            "do not matter."
        )
        browser = QTextBrowser()
        browser.setOpenLinks(False)
        browser.setHtml(f"<table cellpadding='4'>{table}</table><p>{escape(note)}</p>")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(browser)
        layout.addWidget(buttons)
