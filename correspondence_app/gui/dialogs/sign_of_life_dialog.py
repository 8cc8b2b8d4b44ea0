# SPDX-License-Identifier: GPL-3.0-or-later
"""A sign of life entered by hand: a call, a messenger message, a visit, news through
someone else, with a note and optionally a file (a screenshot, a scan)."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import TYPE_CHECKING, override

from PySide6.QtCore import QDateTime, QLocale, QTime, Signal
from PySide6.QtWidgets import QComboBox, QDateTimeEdit, QDialogButtonBox, QWidget

from correspondence_app.gui.dialogs.record_dialog import (
    NoteEdit,
    RecordDialog,
    qdate_of,
    short_format,
)
from correspondence_app.gui.event_kinds import kind_words
from correspondence_app.storage.people_tables import EventKind

if TYPE_CHECKING:
    from pathlib import Path

    from correspondence_app.services import Archive

FUTURE_SLACK = timedelta(minutes=5)  # clocks differ a little; a later time is refused


class SignOfLifeDialog(RecordDialog):
    sign_recorded = Signal(int)  # the new event's id

    def __init__(
        self, archive: Archive, person_id: int | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(archive, parent)
        self.setWindowTitle(self.tr("Sign of life"))
        self.setMinimumWidth(520)
        self.person_combo = QComboBox()
        self.person_combo.setAccessibleName(self.tr("Person"))
        people = sorted(
            ((pid, archive.people.person(pid).name) for pid in archive.watchlist.watched()),
            key=lambda entry: entry[1].casefold(),
        )
        for pid, name in people:
            self.person_combo.addItem(name, pid)
        if person_id is not None and (index := self.person_combo.findData(person_id)) >= 0:
            self.person_combo.setCurrentIndex(index)
        self.when_edit = QDateTimeEdit()
        self.when_edit.setCalendarPopup(True)
        self.when_edit.setAccessibleName(self.tr("When"))
        self.when_edit.setDisplayFormat(short_format(with_time=True))
        self.set_happened_at(self.now())
        self.kind_combo = QComboBox()
        self.kind_combo.setAccessibleName(self.tr("Kind"))
        for kind in EventKind:
            self.kind_combo.addItem(kind_words(kind.value), kind)
        self.note_edit = NoteEdit(self.tr("Note"), self.tr("Who told you, what was said"))
        self.file_picker = self.optional_file(self.tr("A file for the sign of life"))
        self.form.addRow(self.tr("&Person:"), self.person_combo)
        self.form.addRow(self.tr("&When:"), self.when_edit)
        self.form.addRow(self.tr("&Kind:"), self.kind_combo)
        self.form.addRow(self.tr("&Note:"), self.note_edit)
        self.form.addRow(self.tr("File:"), self.file_picker)

        self.has_people = bool(people)
        if self.has_people:
            self.intro.setText(
                self.tr(
                    "A sign of life that did not come by e-mail: a call, a message, a visit, "
                    "news through someone else. It counts like a letter from the person."
                )
            )
            # A person chosen already: how the sign came is asked next.
            known = person_id is not None and self.person_combo.currentData() == person_id
            (self.kind_combo if known else self.person_combo).setFocus()
        else:
            self.intro.setText(self.tr("Nobody is watched yet. Watch a person in People first."))
            for widget in (self.person_combo, self.when_edit, self.kind_combo, self.note_edit):
                widget.setEnabled(False)
            self.file_picker.setEnabled(False)
            self.record_button.setEnabled(False)
            self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setFocus()

    # What is entered ----------------------------------------------------------------------------
    @property
    def person_id(self) -> int | None:
        data = self.person_combo.currentData()
        return int(data) if data is not None else None

    @property
    def happened_at(self) -> datetime:
        """The time entered, where the user lives (aware)."""
        day, time = self.when_edit.date(), self.when_edit.time()
        return datetime(
            day.year(), day.month(), day.day(), time.hour(), time.minute(), tzinfo=self._zone
        )

    def set_happened_at(self, moment: datetime) -> None:
        local = moment.astimezone(self._zone)
        self.when_edit.setDateTime(QDateTime(qdate_of(local), QTime(local.hour, local.minute)))

    @property
    def kind(self) -> EventKind:
        kind: EventKind = self.kind_combo.currentData()
        return kind

    def set_kind(self, kind: EventKind) -> None:
        self.kind_combo.setCurrentIndex(self.kind_combo.findData(kind))

    def set_file(self, path: Path) -> bool:
        return self.file_picker.set_file(path)

    # Recording ----------------------------------------------------------------------------------
    @override
    def record(self) -> int | None:
        """Records the sign of life and closes the dialog; None: a problem is shown."""
        self.problem.hide()
        person_id, happened_at = self.person_id, self.happened_at
        if person_id is None:
            return None
        if happened_at > self.now() + FUTURE_SLACK:
            shown = QLocale().toString(self.when_edit.dateTime(), QLocale.FormatType.ShortFormat)
            self.show_problem(
                self.tr("%1 is still to come: enter when the sign of life came.").replace(
                    "%1", shown
                )
            )
            return None
        return self.write_and_close(
            lambda: self._archive.watchlist.add_event(
                person_id,
                happened_at,
                self.kind,
                note=self.note_edit.toPlainText().strip(),
                file=self.file_picker.read(),
            ),
            self.sign_recorded.emit,
        )
