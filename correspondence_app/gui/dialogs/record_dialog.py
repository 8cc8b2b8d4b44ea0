# SPDX-License-Identifier: GPL-3.0-or-later
"""What the dialogs that record something by hand share (a sign of life, a paper letter,
an answer): the user's "now", the locale's short dates, a note, an optional file, and the
dialog itself: an introduction, a form, a problem in red, Cancel and the action button."""

from __future__ import annotations

import os
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, override

from PySide6.QtCore import QDate, QLocale, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QPlainTextEdit,
    QWidget,
)

from correspondence_app.alerts.clock import TODAY_ENV, ClockError, parse_day
from correspondence_app.gui.core_messages import core_text, error_text
from correspondence_app.gui.widgets.feedback import problem_label
from correspondence_app.gui.widgets.forms import (
    STRETCH,
    column,
    growing_form,
    plain_button,
    row,
    wrapped_label,
)

if TYPE_CHECKING:
    from collections.abc import Callable
    from zoneinfo import ZoneInfo

    from correspondence_app.services import Archive

MAX_FILE_BYTES = 50 * 1024 * 1024  # what is kept in the archive beside a note or a letter


def now_where_user_lives(zone: ZoneInfo) -> datetime:
    """Now in the user's zone; on the day ``CORRESPONDENCE_APP_TODAY`` names, if it is set,
    as the core counts days (tests and ``--today``)."""
    now = datetime.now(zone)
    given = os.environ.get(TODAY_ENV)
    if given:
        try:
            day = parse_day(given)
        except ClockError:  # the core refuses it where it matters; here the wall clock is fine
            return now
        now = now.replace(year=day.year, month=day.month, day=day.day)
    return now


def qdate_of(moment: datetime) -> QDate:
    return QDate(moment.year, moment.month, moment.day)


def data_size(size_bytes: int, *, precision: int = 1) -> str:
    """``120.6 KB``, ``50 MB``: the units most people know (of 1024)."""
    traditional = QLocale.DataSizeFormat.DataSizeTraditionalFormat
    return QLocale().formattedDataSize(size_bytes, precision, traditional)


def short_format(*, with_time: bool) -> str:
    """The locale's short date (and time) format, with the year in four digits."""
    locale = QLocale()
    short = QLocale.FormatType.ShortFormat
    written = locale.dateTimeFormat(short) if with_time else locale.dateFormat(short)
    return written if "yyyy" in written else written.replace("yy", "yyyy")


class NoteEdit(QPlainTextEdit):
    """A note a few lines high at first, growing with the dialog; Tab leaves it."""

    LINES = 4

    def __init__(self, name: str, example: str = "", parent: QWidget | None = None) -> None:
        """``name``: for screen readers; ``example``: shown while the note is empty."""
        super().__init__(parent)
        self.setAccessibleName(name)
        self.setPlaceholderText(example)
        self.setTabChangesFocus(True)
        self.setMinimumHeight(self.sizeHint().height())

    @override
    def sizeHint(self) -> QSize:
        margins = self.contentsMargins().top() + self.contentsMargins().bottom()
        height = self.LINES * self.fontMetrics().lineSpacing() + margins + 8
        return QSize(super().sizeHint().width(), height)


class FileError(ValueError):
    """A file that cannot be kept (too large, unreadable), with a message for the user."""


class FilePicker(QWidget):
    """An optional file: a button to choose it, its name and size, a button to remove it.
    It is read only when the record is saved."""

    changed = Signal()
    refused = Signal(str)  # why a chosen file was not taken

    def __init__(self, dialog_title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._dialog_title = dialog_title
        self._path: Path | None = None
        self.choose_button = plain_button(self.tr("C&hoose file…"), self.on_choose_button_clicked)
        self.name_label = QLabel()
        self.name_label.setTextFormat(Qt.TextFormat.PlainText)  # a file name is never markup
        self.name_label.setWordWrap(True)
        self.name_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.remove_button = plain_button(self.tr("Re&move"), self.clear)
        self.remove_button.setAccessibleName(self.tr("Remove the file"))
        layout = row(self.choose_button, (self.name_label, 1), self.remove_button)
        layout.setContentsMargins(0, 0, 0, 0)
        self.setLayout(layout)
        self._show()

    @property
    def path(self) -> Path | None:
        return self._path

    def set_file(self, path: Path) -> bool:
        """Takes the file unless it is too large or cannot be read (then says why)."""
        try:
            self._check_size(path, path.stat().st_size)
        except OSError as error:
            self.refused.emit(self._unreadable(path, error))
            return False
        except FileError as problem:
            self.refused.emit(error_text(problem))
            return False
        self._path = path
        self._show()
        self.changed.emit()
        return True

    def clear(self) -> None:
        self._path = None
        self._show()
        self.changed.emit()

    def read(self) -> tuple[str, bytes] | None:
        """The file's name and content, or None without a file; raises FileError."""
        if self._path is None:
            return None
        try:
            content = self._path.read_bytes()
        except OSError as error:
            raise FileError(self._unreadable(self._path, error)) from None
        self._check_size(self._path, len(content))  # it may have grown since it was chosen
        return self._path.name, content

    def on_choose_button_clicked(self) -> None:
        start = str(self._path.parent) if self._path else ""
        chosen, _filter = QFileDialog.getOpenFileName(self, self._dialog_title, start)
        if chosen:
            self.set_file(Path(chosen))

    def _check_size(self, path: Path, size_bytes: int) -> None:
        if size_bytes > MAX_FILE_BYTES:
            raise FileError(
                self.tr("“%1” is too large (%2): a file can be at most %3.")
                .replace("%1", path.name)
                .replace("%2", data_size(size_bytes))
                .replace("%3", data_size(MAX_FILE_BYTES, precision=0))
            )

    def _unreadable(self, path: Path, error: OSError) -> str:
        return (
            self.tr("“%1” cannot be read: %2")
            .replace("%1", path.name)
            .replace("%2", core_text(error.strerror) if error.strerror else error_text(error))
        )

    def _show(self) -> None:
        if self._path is None:
            self.name_label.setText(self.tr("No file"))
        else:
            try:
                size = data_size(self._path.stat().st_size)
            except OSError:
                size = "?"
            self.name_label.setText(
                self.tr("%1 (%2)").replace("%1", self._path.name).replace("%2", size)
            )
        self.name_label.setAccessibleName(self.name_label.text())
        self.remove_button.setEnabled(self._path is not None)


class RecordDialog(QDialog):
    """Subclasses fill ``form`` and implement ``record``, which the action button (the
    default button: Return in a field presses it) calls."""

    def __init__(
        self, archive: Archive, parent: QWidget | None = None, *, form_grows: bool = True
    ) -> None:
        super().__init__(parent)
        self._archive = archive
        self._zone = archive.watchlist.zone  # the user's: days and times are entered in it
        self.intro = wrapped_label()
        self.form = growing_form()
        self.problem = problem_label()
        self.problem.setAccessibleName(self.tr("Problem"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.record_button = self.buttons.addButton(
            self.tr("&Record"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.accepted.connect(self.on_record_button_clicked)
        self.buttons.rejected.connect(self.reject)
        if form_grows:  # a note grows with the dialog
            column(self.intro, (self.form, 1), self.problem, self.buttons, parent=self)
        else:
            column(self.intro, self.form, self.problem, STRETCH, self.buttons, parent=self)
        self.record_button.setDefault(True)  # in the dialog: set before, Cancel would win

    def now(self) -> datetime:
        return now_where_user_lives(self._zone)

    def on_record_button_clicked(self) -> None:
        self.record()

    def record(self) -> object:
        """Records what is entered and closes the dialog; None or False: a problem is shown."""
        raise NotImplementedError

    def write_and_close[T](
        self, write: Callable[[], T], recorded: Callable[[T], object]
    ) -> T | None:
        """Writes with a wait cursor, calls ``recorded`` with what ``write`` returned (a
        signal's emit), closes the dialog and returns it (never None). None: ``write``
        raised a ValueError (the core's words for the user), shown as the problem."""
        self.problem.hide()
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            result = write()
        except ValueError as error:
            self.show_problem(error_text(error))
            return None
        finally:
            QApplication.restoreOverrideCursor()
        recorded(result)
        self.accept()
        return result

    def optional_file(self, dialog_title: str) -> FilePicker:
        """A file picker whose refusals (too large, unreadable) are shown as the problem."""
        picker = FilePicker(dialog_title)
        picker.refused.connect(self.show_problem)
        picker.changed.connect(self.problem.hide)
        return picker

    def show_problem(self, message: str) -> None:
        self.problem.setText(message)
        self.problem.show()
