# SPDX-License-Identifier: GPL-3.0-or-later
"""Private notes beside a message: one on the message, one on its conversation.

A note is saved a moment after typing stops, when the editor loses focus, and before
another message is shown, so nothing typed is ever lost by moving on.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QDateTime, QLocale, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QLabel,
    QPlainTextEdit,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:
    from PySide6.QtGui import QFocusEvent

    from correspondence_app.tagging.notes import NoteInfo
    from correspondence_app.tagging.organiser import Organiser

SAVE_DELAY_MS = 800


class NoteEditor(QPlainTextEdit):
    """A plain text editor that says when it loses focus."""

    focus_lost = Signal()

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802
        super().focusOutEvent(event)
        self.focus_lost.emit()


class _Note(QWidget):
    """One note: its editor, and a line saying when it was saved and by whom."""

    def __init__(self, placeholder: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = NoteEditor()
        self.editor.setPlaceholderText(placeholder)
        self.editor.setTabChangesFocus(True)
        self.state = QLabel()
        self.state.setTextFormat(Qt.TextFormat.PlainText)
        self.state.setEnabled(False)  # greyed: a remark, not content
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.editor, 1)
        layout.addWidget(self.state)
        self.saved_text = ""

    @property
    def is_dirty(self) -> bool:
        return self.editor.toPlainText() != self.saved_text

    def show_note(self, note: NoteInfo | None) -> None:
        self.saved_text = note.text if note is not None else ""
        blocked = self.editor.blockSignals(True)
        self.editor.setPlainText(self.saved_text)
        self.editor.blockSignals(blocked)
        self.describe(note)

    def describe(self, note: NoteInfo | None) -> None:
        if note is None:
            self.state.setText(self.tr("Stored encrypted in the archive; only you can read it."))
            return
        stamp = QDateTime.fromSecsSinceEpoch(int(note.modified_at.timestamp()))
        when = QLocale().toString(stamp, QLocale.FormatType.ShortFormat)
        text = self.tr("Saved %1 by %2") if note.author else self.tr("Saved %1")
        self.state.setText(text.replace("%1", when).replace("%2", note.author))


class NotesPanel(QTabWidget):
    """The message's note and the conversation's note, in two tabs."""

    note_saved = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._organiser: Organiser | None = None
        self._message_id: int | None = None
        self._thread_id: int | None = None
        self._thread_anchor: int | None = None
        self._merged_anchors: list[int] = []  # further notes of merged conversations
        self.message_note = _Note(
            self.tr("A private note on this message, for example its translation…")
        )
        self.thread_note = _Note(
            self.tr("A private note on the whole conversation, for example its context…")
        )
        self.addTab(self.message_note, self.tr("Note on the message"))
        self.addTab(self.thread_note, self.tr("Note on the conversation"))
        self.setAccessibleName(self.tr("Private notes"))
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SAVE_DELAY_MS)
        self._timer.timeout.connect(self.save)
        for note in (self.message_note, self.thread_note):
            note.editor.textChanged.connect(self._timer.start)
            note.editor.focus_lost.connect(self.save)
        self.setEnabled(False)

    def set_organiser(self, organiser: Organiser | None) -> None:
        self.save()
        self._organiser = organiser
        if organiser is None:
            self.clear_notes()

    def clear_notes(self) -> None:
        self._timer.stop()
        self._message_id = self._thread_id = self._thread_anchor = None
        self._merged_anchors = []
        for note in (self.message_note, self.thread_note):
            note.show_note(None)
        self.setEnabled(False)

    def show_notes(self, thread_id: int | None, message_id: int | None) -> None:
        """Shows the notes of this message and conversation (the earlier ones saved first)."""
        self.save()
        organiser = self._organiser
        if organiser is None or message_id is None:
            self.clear_notes()
            return
        self._message_id, self._thread_id = message_id, thread_id
        self.message_note.show_note(organiser.note(message_id))
        thread_notes = organiser.thread_notes(thread_id) if thread_id is not None else []
        first = thread_notes[0] if thread_notes else None
        self._thread_anchor = first.message_id if first is not None else None
        self._merged_anchors = [note.message_id for note in thread_notes[1:]]
        if len(thread_notes) > 1:  # two conversations were merged: show both notes
            joined = "\n\n".join(note.text for note in thread_notes)
            self.thread_note.saved_text = joined
            self.thread_note.show_note(first)
            blocked = self.thread_note.editor.blockSignals(True)
            self.thread_note.editor.setPlainText(joined)
            self.thread_note.editor.blockSignals(blocked)
        else:
            self.thread_note.show_note(first)
        self.thread_note.setEnabled(thread_id is not None)
        self.setEnabled(True)
        for index, note in enumerate((self.message_note, self.thread_note)):
            title = self.tabText(index).removesuffix(" •")
            self.setTabText(index, f"{title} •" if note.saved_text else title)

    def save(self) -> None:
        """Writes whichever note changed since it was shown or saved."""
        self._timer.stop()
        organiser = self._organiser
        if organiser is None or self._message_id is None:
            return
        changed = False
        if self.message_note.is_dirty:
            text = self.message_note.editor.toPlainText()
            stored = organiser.set_note(self._message_id, text)
            self.message_note.saved_text = text
            self.message_note.describe(stored)
            changed = True
        if self.thread_note.is_dirty and self._thread_id is not None:
            text = self.thread_note.editor.toPlainText()
            stored = organiser.set_thread_note(self._thread_id, text, anchor_id=self._thread_anchor)
            if stored is not None:
                self._thread_anchor = stored.message_id
            for anchor in self._merged_anchors:  # their texts are in the one saved now
                organiser.set_thread_note(self._thread_id, "", anchor_id=anchor)
            self._merged_anchors = []
            self.thread_note.saved_text = text
            self.thread_note.describe(stored)
            changed = True
        if changed:
            self.note_saved.emit()
