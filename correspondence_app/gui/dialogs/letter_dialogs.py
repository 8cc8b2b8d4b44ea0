# SPDX-License-Identifier: GPL-3.0-or-later
"""Letters outside the mail: one sent on paper (or by fax) that waits for an answer, and
an answer that came another way (by post, by phone, in person)."""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING, override

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QDateEdit, QLineEdit, QWidget

from correspondence_app.alerts.awaiting import DEFAULT_DEADLINE_DAYS
from correspondence_app.alerts.clock import NOON
from correspondence_app.gui.dialogs.record_dialog import (
    NoteEdit,
    RecordDialog,
    now_where_user_lives,
    qdate_of,
    short_format,
)
from correspondence_app.gui.widgets.forms import line_edit, wrapped_label

if TYPE_CHECKING:
    from pathlib import Path
    from zoneinfo import ZoneInfo

    from correspondence_app.alerts.awaiting import LetterRef
    from correspondence_app.services import Archive


def day_edit(zone: ZoneInfo) -> QDateEdit:
    """A day up to today where the user lives, today at first, with a calendar."""
    today = qdate_of(now_where_user_lives(zone))
    edit = QDateEdit(today)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(short_format(with_time=False))
    edit.setMaximumDate(today)  # neither a letter nor its answer can come after today
    return edit


def noon_of(edit: QDateEdit, zone: ZoneInfo) -> datetime:
    """The day entered, at noon where the user lives: a day without a time is its middle."""
    day: QDate = edit.date()
    return datetime.combine(date(day.year(), day.month(), day.day()), NOON, tzinfo=zone)


class PaperLetterDialog(RecordDialog):
    letter_recorded = Signal(object)  # the new letter's LetterRef

    def __init__(self, archive: Archive, parent: QWidget | None = None) -> None:
        super().__init__(archive, parent)
        self.setWindowTitle(self.tr("Paper letter"))
        self.setMinimumWidth(540)
        self.intro.setText(
            self.tr(
                "A letter you sent on paper or by fax. It waits for an answer like sent mail; "
                "enter the answer by hand when it comes."
            )
        )
        self.recipient_edit = line_edit(
            self.tr("Recipient"), self.tr("e.g. Auswärtiges Amt, Referat 511")
        )
        self.recipient_edit.textChanged.connect(self._update_buttons)
        self.group_combo = QComboBox()
        self.group_combo.setAccessibleName(self.tr("Group"))
        self.group_combo.addItem(self.tr("(none)"), None)
        self._deadlines: dict[int, int] = {}
        self._members: dict[int, list[str]] = {}  # a group's domains and addresses
        for group in archive.ledger.groups():
            self.group_combo.addItem(group.name, group.id)
            self._deadlines[group.id] = group.deadline_days
            self._members[group.id] = [
                *group.domains,
                *(person.addresses[0] for person in group.people if person.addresses),
            ]
        self.group_combo.currentIndexChanged.connect(self._show_members)
        self.deadline_label = wrapped_label()
        # Who the letter went to: only their mail answers it, not every member of the group.
        self.answer_combo = QComboBox()
        self.answer_combo.setEditable(True)
        answer_edit = QLineEdit()
        self.answer_combo.setLineEdit(answer_edit)
        self.answer_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.answer_combo.setAccessibleName(self.tr("Answer from"))
        answer_edit.setPlaceholderText(self.tr("e.g. auswaertiges-amt.de, or an address"))
        answer_edit.textChanged.connect(self._show_deadline)
        self.answer_label = wrapped_label()
        self.sent_edit = day_edit(self._zone)
        self.sent_edit.setAccessibleName(self.tr("Sent on"))
        self.subject_edit = line_edit(self.tr("Subject"), self.tr("e.g. Application for a visa"))
        self.note_edit = NoteEdit(self.tr("Note"), self.tr("e.g. Registered mail, receipt number"))
        self.scan_picker = self.optional_file(self.tr("A scan of the letter"))
        self.awaits_box = QCheckBox(self.tr("&Awaits an answer"))
        self.awaits_box.setChecked(True)
        self.awaits_box.toggled.connect(self._show_deadline)

        self.form.addRow(self.tr("Reci&pient:"), self.recipient_edit)
        self.form.addRow(self.tr("&Group:"), self.group_combo)
        self.form.addRow("", self.deadline_label)
        self.form.addRow(self.tr("Answer &from:"), self.answer_combo)
        self.form.addRow("", self.answer_label)
        self.form.addRow(self.tr("S&ent on:"), self.sent_edit)
        self.form.addRow(self.tr("&Subject:"), self.subject_edit)
        self.form.addRow(self.tr("&Note:"), self.note_edit)
        self.form.addRow(self.tr("Scan:"), self.scan_picker)
        self.form.addRow("", self.awaits_box)
        self._show_deadline()
        self._update_buttons()
        self.recipient_edit.setFocus()

    @property
    def group_id(self) -> int | None:
        data = self.group_combo.currentData()
        return int(data) if data is not None else None

    @property
    def answer_from(self) -> str:
        """The domain or address typed or chosen; "" for none."""
        return self.answer_combo.currentText().strip()

    def set_group(self, group_id: int | None) -> None:
        self.group_combo.setCurrentIndex(max(0, self.group_combo.findData(group_id)))

    def set_answer_from(self, text: str) -> None:
        self.answer_combo.setEditText(text)

    def _show_members(self) -> None:
        """The group's domains and addresses to choose from; what is typed stays."""
        typed = self.answer_combo.currentText()
        self.answer_combo.clear()
        group_id = self.group_id
        self.answer_combo.addItems(self._members.get(group_id, []) if group_id else [])
        self.answer_combo.setEditText(typed)
        self._show_deadline()

    def set_sent_on(self, day: date) -> None:
        self.sent_edit.setDate(QDate(day.year, day.month, day.day))

    def set_file(self, path: Path) -> bool:
        return self.scan_picker.set_file(path)

    def _show_deadline(self) -> None:
        group_id = self.group_id
        if not self.awaits_box.isChecked():
            text = self.tr("No answer expected: the letter is only kept.")
        elif group_id is None:
            text = self.tr("Answer expected within %Ln day(s)", "", DEFAULT_DEADLINE_DAYS)
        else:
            text = self.tr(
                "Answer expected within %Ln day(s), the group's deadline",
                "",
                self._deadlines[group_id],
            )
        self.deadline_label.setText(text)
        awaits = self.awaits_box.isChecked()
        self.answer_combo.setEnabled(awaits)
        self.answer_label.setVisible(awaits)
        if self.answer_from:
            answer = self.tr("Only mail from %1 answers it.").replace("%1", self.answer_from)
        elif group_id is not None:
            answer = self.tr("Mail from anyone in the group answers it.")
        else:
            answer = self.tr("Only an answer you enter by hand answers it.")
        self.answer_label.setText(answer)

    def _update_buttons(self) -> None:
        self.record_button.setEnabled(bool(self.recipient_edit.text().strip()))

    @override
    def record(self) -> LetterRef | None:
        """Records the letter and closes the dialog; None: a problem is shown."""
        if not self.recipient_edit.text().strip():
            self.show_problem(self.tr("Please enter to whom the letter went."))
            return None
        ledger = self._archive.ledger

        def write() -> LetterRef:
            # A bad domain or an unknown address is the core's to say.
            person_id, domain = None, ""
            if self.answer_from:
                person_id, domain = ledger.party_of(self.answer_from)
            return ledger.add_paper_letter(
                self.recipient_edit.text(),
                noon_of(self.sent_edit, self._zone),
                self.subject_edit.text(),
                person_id=person_id,
                group_id=self.group_id,
                domain=domain,
                note=self.note_edit.toPlainText().strip(),
                scan=self.scan_picker.read(),
                awaits=self.awaits_box.isChecked(),
            )

        return self.write_and_close(write, self.letter_recorded.emit)


class AnsweredDialog(RecordDialog):
    answer_recorded = Signal()

    def __init__(
        self,
        archive: Archive,
        letter: LetterRef,
        description: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(archive, parent, form_grows=False)
        self.letter = letter
        self.setWindowTitle(self.tr("Answered"))
        self.setMinimumWidth(480)
        self.intro.setText(
            self.tr("An answer that came another way: by post, by phone, in person.")
        )
        self.record_button.setText(self.tr("&Record answer"))
        self.description_label = wrapped_label(description)
        self.description_label.setTextFormat(Qt.TextFormat.PlainText)
        bold = self.description_label.font()
        bold.setBold(True)
        self.description_label.setFont(bold)
        self.answered_edit = day_edit(self._zone)
        self.answered_edit.setAccessibleName(self.tr("Answered on"))
        self.note_edit = line_edit(
            self.tr("How the answer came"), self.tr("e.g. Reply by post, file number 123")
        )
        self.form.addRow(self.tr("Letter:"), self.description_label)
        self.form.addRow(self.tr("&Answered on:"), self.answered_edit)
        self.form.addRow(self.tr("&How / note:"), self.note_edit)
        self.answered_edit.setFocus()

    def set_answered_on(self, day: date) -> None:
        self.answered_edit.setDate(QDate(day.year, day.month, day.day))

    @override
    def record(self) -> bool:
        """Records the answer and closes the dialog; False: a problem is shown."""

        def answer() -> LetterRef:
            when = noon_of(self.answered_edit, self._zone)
            self._archive.ledger.answered(self.letter, when, self.note_edit.text().strip())
            return self.letter

        return self.write_and_close(answer, lambda _letter: self.answer_recorded.emit()) is not None
