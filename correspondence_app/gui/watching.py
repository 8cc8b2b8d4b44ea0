# SPDX-License-Identifier: GPL-3.0-or-later
"""The window's People menu and the overview's actions: people and their merges, who is
watched, signs of life entered by hand, groups of officials, letters sent on paper, and
the marks on letters that wait for an answer. Kept apart from the main window, which it
acts on; every change makes the overview read the alerts again."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QDateTime, QLocale, QObject, QTime
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox

from correspondence_app.alerts.awaiting import LetterKind, LetterRef
from correspondence_app.gui.dialogs.groups_dialog import GroupsDialog
from correspondence_app.gui.dialogs.letter_dialogs import AnsweredDialog, PaperLetterDialog
from correspondence_app.gui.dialogs.people_dialog import PeopleDialog
from correspondence_app.gui.dialogs.person_timeline_dialog import PersonTimelineDialog
from correspondence_app.gui.dialogs.sign_of_life_dialog import SignOfLifeDialog
from correspondence_app.gui.dialogs.watch_dialog import WatchDialog
from correspondence_app.gui.event_kinds import kind_words

if TYPE_CHECKING:
    from collections.abc import Callable
    from datetime import datetime

    from PySide6.QtCore import QPoint
    from PySide6.QtWidgets import QDialog

    from correspondence_app.alerts.awaiting import AwaitedLetter
    from correspondence_app.gui.main_window import MainWindow
    from correspondence_app.services import Archive


class Watching(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self.people_action = self._action(self.tr("&People…"), self.on_people, "Ctrl+Shift+P")
        self.sign_action = self._action(
            self.tr("Record a &sign of life…"), self.on_record_sign, "Ctrl+Shift+L"
        )
        self.letter_action = self._action(self.tr("Record a &paper letter…"), self.on_letter)
        self.groups_action = self._action(self.tr("&Groups of officials…"), self.on_groups)
        dashboard = window.overview.dashboard
        for action in (self.sign_action, self.letter_action, self.people_action):
            dashboard.add_action(action)
        dashboard.person_opened.connect(self.open_timeline)
        dashboard.person_menu_requested.connect(self.on_person_menu_requested)
        dashboard.letter_menu_requested.connect(self.on_letter_menu_requested)
        window.conversation.menu_extenders.append(self.fill_message_menu)

    def _action(self, text: str, slot: object, shortcut: str = "") -> QAction:
        action = QAction(text, self._window)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        return action

    def fill_menu(self, menu: QMenu) -> None:
        menu.addAction(self.people_action)
        menu.addSeparator()
        menu.addAction(self.sign_action)
        menu.addAction(self.letter_action)
        menu.addAction(self.groups_action)

    @property
    def _archive(self) -> Archive | None:
        return self._window.archive

    def _changed(self) -> None:
        """Something that counts for the alerts changed: the overview reads them again."""
        self._window.overview.check()

    def _open(self, make: Callable[[Archive], QDialog], changed: str) -> QDialog | None:
        """Opens the dialog ``make`` builds; its signal ``changed`` says it changed what
        counts for the alerts."""
        archive = self._archive
        if archive is None:
            return None
        dialog = make(archive)
        getattr(dialog, changed).connect(self._changed)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    # The menu's dialogs ---------------------------------------------------------------------
    def on_people(self) -> None:
        dialog = self._open(lambda archive: PeopleDialog(archive, self._window), "people_changed")
        if isinstance(dialog, PeopleDialog):
            dialog.person_opened.connect(self._window.on_person_opened)

    def on_record_sign(self, person_id: int | None = None) -> None:
        self._open(
            lambda archive: SignOfLifeDialog(archive, person_id or None, self._window),
            "sign_recorded",
        )

    def on_letter(self) -> None:
        self._open(lambda archive: PaperLetterDialog(archive, self._window), "letter_recorded")

    def on_groups(self) -> None:
        self._open(lambda archive: GroupsDialog(archive, self._window), "groups_changed")

    # A watched person ----------------------------------------------------------------------
    def open_timeline(self, person_id: int) -> PersonTimelineDialog | None:
        """The person's timeline beside the window: mail both ways and signs of life."""
        archive = self._archive
        if archive is None:
            return None
        dialog = PersonTimelineDialog(archive, person_id, self._window)
        dialog.message_opened.connect(self._window.open_message)
        dialog.event_opened.connect(self.show_event)
        dialog.mail_requested.connect(self._window.on_person_opened)
        dialog.sign_requested.connect(self.on_record_sign)
        dialog.finished.connect(dialog.deleteLater)
        dialog.show()
        return dialog

    def show_event(self, event_id: int) -> None:
        """A sign of life entered by hand: when, what, the note, and its file to save."""
        archive = self._archive
        if archive is None:
            return
        event = archive.watchlist.event(event_id)
        box = QMessageBox(self._window)
        box.setWindowTitle(self.tr("Sign of life"))
        box.setText(f"{kind_words(event.kind.value)}, {self._moment(event.happened_at)}")
        box.setInformativeText(event.note or self.tr("(no note)"))
        save = None
        if event.filename:
            save = box.addButton(
                self.tr("&Save “%1”…").replace("%1", event.filename),
                QMessageBox.ButtonRole.ActionRole,
            )
        box.addButton(QMessageBox.StandardButton.Close)
        box.exec()
        if save is not None and box.clickedButton() is save:
            self._save_event_file(event_id)

    def _save_event_file(self, event_id: int) -> None:
        archive = self._archive
        found = None if archive is None else archive.watchlist.event_file(event_id)
        if found is None:
            return
        name, content = found
        target, _ = QFileDialog.getSaveFileName(self._window, self.tr("Save file"), name)
        if target:
            with open(target, "wb") as stream:
                stream.write(content)

    def _moment(self, moment: datetime) -> str:
        archive = self._archive
        zone = None if archive is None else archive.watchlist.zone
        local = moment.astimezone(zone)
        shown = QDateTime(
            QDate(local.year, local.month, local.day), QTime(local.hour, local.minute)
        )
        return QLocale().toString(shown, QLocale.FormatType.ShortFormat)

    def on_person_menu_requested(self, person_id: int, where: QPoint) -> None:
        menu = QMenu(self._window)
        menu.addAction(self.tr("Show the &timeline…"), lambda: self.open_timeline(person_id))
        menu.addAction(self.tr("Show the &mail"), lambda: self._window.on_person_opened(person_id))
        menu.addAction(self.tr("Record a &sign of life…"), lambda: self.on_record_sign(person_id))
        menu.addAction(
            self.tr("&Export the correspondence…"),
            lambda: self._window.exporting.export_person(person_id),
        )
        menu.addSeparator()
        menu.addAction(self.tr("Overdue &after…"), lambda: self.ask_threshold(person_id))
        menu.addAction(self.tr("Stop &watching"), lambda: self.stop_watching(person_id))
        menu.exec(where)

    def _named(self, person_id: int) -> tuple[Archive, str] | None:
        archive = self._archive
        return None if archive is None else (archive, archive.people.person(person_id).name)

    def ask_threshold(self, person_id: int) -> None:
        if (named := self._named(person_id)) is None:
            return
        archive, name = named
        dialog = WatchDialog(name, self._window)
        dialog.set_threshold_days(archive.watchlist.watched().get(person_id))
        if dialog.exec():
            archive.watchlist.watch(person_id, dialog.threshold_days)
            self._changed()

    def stop_watching(self, person_id: int) -> None:
        if (named := self._named(person_id)) is None:
            return
        archive, name = named
        answer = QMessageBox.question(
            self._window,
            self.tr("Stop watching"),
            self.tr(
                "Stop watching “%1”? The signs of life entered by hand are kept; you can "
                "watch them again in People."
            ).replace("%1", name),
        )
        if answer == QMessageBox.StandardButton.Yes:
            archive.watchlist.unwatch(person_id)
            self._changed()

    # Letters awaiting an answer -----------------------------------------------------------
    def on_letter_menu_requested(self, letter: AwaitedLetter, where: QPoint) -> None:
        menu = QMenu(self._window)
        if letter.kind is LetterKind.MAIL:
            menu.addAction(
                self.tr("&Open"), lambda: self._window.on_letter_opened(letter.ref.number)
            )
        menu.addAction(
            self.tr("&Answered another way…"),
            lambda: self.ask_answer(letter.ref, self._describe(letter)),
        )
        menu.addAction(self.tr("&No answer expected"), lambda: self.mark(letter.ref, False))
        menu.exec(where)

    def _describe(self, letter: AwaitedLetter) -> str:
        return (
            self.tr("“%1” to %2, sent %3")
            .replace("%1", letter.subject or self.tr("(no subject)"))
            .replace("%2", ", ".join(letter.to))
            .replace("%3", self._moment(letter.sent_at))
        )

    def ask_answer(self, ref: LetterRef, description: str) -> None:
        self._open(
            lambda archive: AnsweredDialog(archive, ref, description, self._window),
            "answer_recorded",
        )

    def mark(self, ref: LetterRef, awaits: bool) -> None:
        """Marks a letter as awaiting an answer, or as expecting none."""
        archive = self._archive
        if archive is None:
            return
        archive.ledger.mark_awaits(ref, awaits=awaits)
        self._window.statusBar().showMessage(
            self.tr("The letter awaits an answer.")
            if awaits
            else self.tr("No answer is expected to the letter."),
            5000,
        )
        self._changed()

    def fill_message_menu(self, message_ids: list[int], menu: QMenu) -> None:
        """On a message the user sent: whether it awaits an answer, and an answer that
        came another way."""
        archive = self._archive
        if archive is None or len(message_ids) != 1:
            return
        mark = archive.ledger.sent_mark(message_ids[0])
        if mark is None:
            return  # not a message the user sent
        ref = LetterRef(LetterKind.MAIL, message_ids[0])
        menu.addSeparator()
        choice = QActionGroup(menu)
        awaits = menu.addAction(self.tr("Awaits an &answer"), lambda: self.mark(ref, True))
        none = menu.addAction(self.tr("No answer e&xpected"), lambda: self.mark(ref, False))
        for action, checked in ((awaits, mark.awaits is True), (none, mark.awaits is False)):
            action.setCheckable(True)
            action.setChecked(checked)
            choice.addAction(action)
        detail = archive.message(message_ids[0])
        description = (
            self.tr("“%1” to %2, sent %3")
            .replace("%1", detail.summary.subject or self.tr("(no subject)"))
            .replace("%2", ", ".join(detail.to))
            .replace("%3", self._moment(sent) if (sent := detail.summary.date_at) else "?")
        )
        menu.addAction(self.tr("Answered another &way…"), lambda: self.ask_answer(ref, description))
