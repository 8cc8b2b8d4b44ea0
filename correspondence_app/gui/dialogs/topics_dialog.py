# SPDX-License-Identifier: GPL-3.0-or-later
"""Topic suggestions: groups of conversations without a tag of yours, with their words.
Each can be accepted as a tag (under a name you choose, optionally with a rule for new
mail) or dismissed for good. They are found in the background; the window stays free."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QWidget,
)

from correspondence_app.gui import workers
from correspondence_app.gui.core_messages import error_text
from correspondence_app.gui.widgets.forms import STRETCH, column, row, wrapped_label

if TYPE_CHECKING:
    from correspondence_app.tagging.organiser import Organiser
    from correspondence_app.tagging.topics import AcceptedTopic, TopicSuggestion

SUGGESTION_ROLE = Qt.ItemDataRole.UserRole


class TopicsDialog(QDialog):
    tags_changed = Signal()

    def __init__(self, organiser: Organiser, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._organiser = organiser
        self._task: workers.Task | None = None
        self.setWindowTitle(self.tr("Topic suggestions"))
        self.setMinimumSize(760, 460)
        intro = wrapped_label(
            self.tr(
                "Conversations without a tag of yours, grouped by the words they share. "
                "Accept a group as a tag, or dismiss it: it will not be suggested again."
            )
        )
        self.progress = QProgressBar()
        self.progress.setTextVisible(True)
        self.progress.setFormat(self.tr("Reading the conversations… %p%"))
        self.cancel_button = QPushButton(self.tr("&Stop"))
        self.cancel_button.clicked.connect(self.on_cancel_clicked)
        self.suggestions = QListWidget()
        self.suggestions.setAccessibleName(self.tr("Suggested topics"))
        self.suggestions.currentItemChanged.connect(self.on_current_changed)
        self.words = QLabel()
        self.words.setWordWrap(True)
        self.words.setTextFormat(Qt.TextFormat.PlainText)
        self.name_field = QLineEdit()
        self.name_field.setPlaceholderText(self.tr("Name of the tag, e.g. Asyl/Anträge"))
        self.name_field.textChanged.connect(self._update_buttons)
        self.rule_box = QCheckBox(self.tr("Also tag new mail with these words (a rule)"))
        self.accept_button = QPushButton(self.tr("&Accept as tag"))
        self.accept_button.clicked.connect(self.on_accept_clicked)
        self.dismiss_button = QPushButton(self.tr("&Dismiss"))
        self.dismiss_button.clicked.connect(self.on_dismiss_clicked)
        self.status = QLabel()
        self.status.setWordWrap(True)

        details = QFormLayout()
        details.addRow(self.tr("Words:"), self.words)
        details.addRow(self.tr("&Tag:"), self.name_field)
        details.addRow("", self.rule_box)
        buttons = row(self.accept_button, self.dismiss_button, STRETCH)
        right = column(details, buttons, self.status, STRETCH)
        middle = row((self.suggestions, 3), (right, 4))
        waiting = row((self.progress, 1), self.cancel_button)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        column(intro, waiting, (middle, 1), close, parent=self)
        self._update_buttons()
        self.look_for_topics()

    # Finding ---------------------------------------------------------------------------------
    @property
    def is_running(self) -> bool:
        return self._task is not None

    def look_for_topics(self) -> None:
        """Looks for suggestions in the background, with progress and a way to stop."""
        self.suggestions.clear()
        self.progress.setRange(0, 0)
        self.progress.show()
        self.cancel_button.show()
        self.cancel_button.setEnabled(True)
        task = workers.Task(self._organiser.suggest_topics)
        task.kwargs.update(progress=task.report_progress, cancel=task.cancel)
        task.signals.progress_changed.connect(self.on_progress)
        task.signals.finished.connect(self.on_found)
        task.signals.failed.connect(self.on_failed)
        self._task = workers.start(task)

    def on_progress(self, done: int, total: int, _messages: int) -> None:
        if total:
            self.progress.setRange(0, total)
            self.progress.setValue(done)

    def on_cancel_clicked(self) -> None:
        if self._task is not None:
            self._task.cancel.set()
            self.cancel_button.setEnabled(False)

    def on_found(self, found: list[TopicSuggestion]) -> None:
        cancelled = self._task is not None and self._task.cancel.is_set()
        self._task = None
        self.progress.hide()
        self.cancel_button.hide()
        for suggestion in found:
            text = self.tr("%1 (%Ln conversation(s))", "", suggestion.threads).replace(
                "%1", suggestion.label
            )
            item = QListWidgetItem(text)
            item.setData(SUGGESTION_ROLE, suggestion)
            item.setToolTip(", ".join(suggestion.words))
            self.suggestions.addItem(item)
        if cancelled:
            self.status.setText(self.tr("Stopped. Open the suggestions again to look anew."))
        elif not found:
            self.status.setText(
                self.tr("No suggestions: every conversation has a tag, or too few share words.")
            )
        else:
            self.suggestions.setCurrentRow(0)
        self._update_buttons()

    def on_failed(self, error: Exception) -> None:
        self._task = None
        self.progress.hide()
        self.cancel_button.hide()
        self.status.setText(
            self.tr("The suggestions could not be made: %1").replace("%1", error_text(error))
        )

    # Deciding ----------------------------------------------------------------------------------
    @property
    def current_suggestion(self) -> TopicSuggestion | None:
        item = self.suggestions.currentItem()
        if item is None:
            return None
        suggestion: TopicSuggestion = item.data(SUGGESTION_ROLE)
        return suggestion

    def on_current_changed(self, current: QListWidgetItem | None, _previous: object) -> None:
        suggestion = current.data(SUGGESTION_ROLE) if current is not None else None
        if suggestion is None:
            self.words.clear()
            self.name_field.clear()
        else:
            self.words.setText(", ".join(suggestion.words))
            first = suggestion.words[0] if suggestion.words else suggestion.label
            self.name_field.setText(first[:1].upper() + first[1:])
        self._update_buttons()

    def _update_buttons(self) -> None:
        chosen = self.current_suggestion is not None and self._task is None
        self.accept_button.setEnabled(chosen and bool(self.name_field.text().strip()))
        self.dismiss_button.setEnabled(chosen)
        self.rule_box.setEnabled(chosen)

    def on_accept_clicked(self) -> None:
        suggestion = self.current_suggestion
        if suggestion is None:
            return
        try:
            accepted: AcceptedTopic = self._organiser.accept_topic(
                suggestion, self.name_field.text(), with_rule=self.rule_box.isChecked()
            )
        except ValueError as error:  # a name that cannot be a tag's; a rule name in use
            self.status.setText(error_text(error))
            return
        said = self.tr("Tagged %Ln message(s) “%1”.", "", accepted.change.changed).replace(
            "%1", self.name_field.text().strip()
        )
        if accepted.rule_id is not None:
            said += " " + self.tr("A rule tags new mail too.")
        self.status.setText(said)
        self._remove_current()
        self.tags_changed.emit()

    def on_dismiss_clicked(self) -> None:
        suggestion = self.current_suggestion
        if suggestion is None:
            return
        self._organiser.dismiss_topic(suggestion)
        self.status.setText(
            self.tr("“%1” will not be suggested again.").replace("%1", suggestion.label)
        )
        self._remove_current()

    def _remove_current(self) -> None:
        row = self.suggestions.currentRow()
        self.suggestions.takeItem(row)
        self._update_buttons()

    def reject(self) -> None:
        """Closing stops the search for suggestions first."""
        self.on_cancel_clicked()
        if self._task is None or workers.wait_for_all(30_000):
            super().reject()
