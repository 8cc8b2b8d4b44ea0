# SPDX-License-Identifier: GPL-3.0-or-later
"""An export of chosen messages: what it will hold (counted in the background), the format,
the place, then the export itself in the background with progress and Cancel, ending with
the fingerprint of its manifest and the way to the folder."""

from __future__ import annotations

import dataclasses
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, override

from PySide6.QtCore import QDateTime, QLocale, QStandardPaths, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGroupBox,
    QLabel,
    QLineEdit,
    QProgressBar,
    QWidget,
)

from correspondence_app.export.bundle import MIN_PASSWORD
from correspondence_app.export.exporter import FILE_FORMATS, FORMATS, ExportError
from correspondence_app.export.source import EVERYTHING, ExportCancelled
from correspondence_app.gui import workers
from correspondence_app.gui.core_messages import error_text
from correspondence_app.gui.export_words import Phrase, export_words
from correspondence_app.gui.formatting import data_size
from correspondence_app.gui.translations import LANGUAGE_NAMES, window_language
from correspondence_app.gui.widgets import forms
from correspondence_app.gui.widgets.feedback import problem_label

if TYPE_CHECKING:
    from collections.abc import Callable
    from datetime import datetime

    from correspondence_app.export.exporter import ExportPreview, ExportReport
    from correspondence_app.export.source import Selection
    from correspondence_app.export.words import Words
    from correspondence_app.services import Archive

# The formats with words of their own around the messages: a title, headings, notes.
WORDED_FORMATS = ("pdf", "html")
# What each format's file ends in (the folder formats: nothing).
SUFFIXES = {"pdf": ".pdf", "eml-zip": ".zip", "bundle": ".zip"}
FILE_FILTERS = {"pdf": "PDF (*.pdf)", "eml-zip": "ZIP (*.zip)", "bundle": "ZIP (*.zip)"}


CONTEXT = "ExportDialog"  # of self.tr() here


class ExportDialog(QDialog):
    export_finished = Signal(object)  # the ExportReport; None when stopped or refused

    def __init__(
        self,
        archive: Archive,
        selection: Selection,
        parent: QWidget | None = None,
        *,
        phrase: Phrase | None = None,
    ) -> None:
        """``phrase``: how the selection's description was worded, so that a PDF or HTML
        export can say it in its own language."""
        super().__init__(parent)
        self._archive = archive
        self._phrase = phrase
        self._selection = self._in_words(selection)
        self._preview: ExportPreview | None = None
        self._preview_task: workers.Task | None = None
        self._previewed: Selection | None = None  # what the running preview counts
        self.task: workers.Task | None = None  # the export under way
        self._report: ExportReport | None = None
        self._report_format = ""
        self._proposed = ""  # the place proposed, as long as the user kept it
        self._close_when_stopped = False
        self.setWindowTitle(self.tr("Export"))
        self.setMinimumWidth(600)

        self.what_label = self._value_label()
        self.count_label = self._value_label()
        self.dates_label = self._value_label()
        self.size_label = self._value_label()
        self.threads_box = QCheckBox(self.tr("Whole &conversations"))
        self.threads_box.setToolTip(
            self.tr("Also export the other messages of the conversations they belong to")
        )
        self.threads_box.setChecked(self._selection.threads)
        self.threads_box.toggled.connect(self.on_threads_toggled)
        summary = QGroupBox(self.tr("What will be exported"))
        forms.column(
            forms.growing_form(
                (self.tr("What:"), self.what_label),
                (self.tr("Messages:"), self.count_label),
                (self.tr("Dates:"), self.dates_label),
                (self.tr("Size of the originals:"), self.size_label),
            ),
            self.threads_box,
            parent=summary,
        )

        self.format_box = QComboBox()
        for key, text in self._format_names().items():
            if key in FORMATS:  # a format the exporter does not offer is not offered here
                self.format_box.addItem(text, key)
        self.title_field = forms.line_edit(self.tr("Title"))
        self.title_field.setToolTip(self.tr("On the cover of a PDF, atop the pages of HTML"))
        self.language_box = QComboBox()
        for code, name in LANGUAGE_NAMES.items():
            self.language_box.addItem(name, code)
        self.language_box.setCurrentIndex(self.language_box.findData(window_language()))
        self.language_box.setToolTip(
            self.tr("The language of the headings and notes of a PDF or HTML export")
        )
        self._language = self.words.language
        self.title_field.setText(self.words("Correspondence"))
        self.language_box.currentIndexChanged.connect(self.on_language_changed)
        self.compiler_field = forms.line_edit(self.tr("Your name"))
        self.compiler_field.setText(archive.organiser.user_name)
        self.compiler_field.setToolTip(
            self.tr(
                "Who compiled the export: on the cover of a PDF, atop the pages of HTML and in "
                "the manifest; kept in the archive for the next export"
            )
        )
        self.password_field = forms.line_edit(self.tr("Password of the encrypted ZIP"))
        self.password_field.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_field.setToolTip(
            self.tr("At least %1 characters; tell it to the recipient another way").replace(
                "%1", str(MIN_PASSWORD)
            )
        )
        self.password_field.textChanged.connect(self._update_buttons)
        self.place_field = forms.line_edit(self.tr("Where to export"))
        self.place_field.textChanged.connect(self._update_buttons)
        self.choose_button = forms.plain_button(self.tr("C&hoose…"), self.on_choose_clicked)
        self.place_label = QLabel()
        self.place_label.setBuddy(self.place_field)
        format_label = QLabel(self.tr("Fo&rmat:"))
        format_label.setBuddy(self.format_box)
        title_label = QLabel(self.tr("&Title:"))
        title_label.setBuddy(self.title_field)
        compiler_label = QLabel(self.tr("Compiled &by:"))
        compiler_label.setBuddy(self.compiler_field)
        self.language_label = QLabel(self.tr("&Language:"))
        self.language_label.setBuddy(self.language_box)
        self.password_label = QLabel(self.tr("Pass&word:"))
        self.password_label.setBuddy(self.password_field)
        self.form = QWidget()
        form_layout = forms.growing_form(
            (format_label, self.format_box),
            (title_label, self.title_field),
            (compiler_label, self.compiler_field),
            (self.language_label, self.language_box),
            (self.password_label, self.password_field),
            (self.place_label, forms.row((self.place_field, 1), self.choose_button)),
        )
        form_layout.setContentsMargins(0, 0, 0, 0)
        forms.column(summary, form_layout, parent=self.form).setContentsMargins(0, 0, 0, 0)

        self.problem = problem_label()
        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("Export progress"))
        self.progress.setFormat(self.tr("%v of %m messages"))
        self.progress.hide()
        self.status = forms.wrapped_label()
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.hide()
        self.fingerprint_note = forms.wrapped_label(
            self.tr(
                "The fingerprint of its manifest (SHA-256). Keep this number: it proves the "
                "export unchanged; “verify-export” checks it."
            )
        )
        self.fingerprint = QLabel()
        self.fingerprint.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.fingerprint.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.fingerprint.setAccessibleName(self.tr("Fingerprint of the manifest"))
        self.copy_button = forms.plain_button(self.tr("Co&py"), self.on_copy_clicked)
        self.fingerprint_row = QWidget()
        fingerprint_layout = forms.row((self.fingerprint, 1), self.copy_button)
        fingerprint_layout.setContentsMargins(0, 0, 0, 0)
        self.fingerprint_row.setLayout(fingerprint_layout)
        self.fingerprint_row.hide()
        self.fingerprint_note.hide()

        self.buttons = QDialogButtonBox()
        self.show_button = self.buttons.addButton(
            self.tr("Show in &folder"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.show_button.clicked.connect(self.on_show_clicked)
        self.show_button.hide()
        self.export_button = self.buttons.addButton(
            self.tr("E&xport"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.export_button.clicked.connect(self.on_export_clicked)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.clicked.connect(self.on_cancel_clicked)
        self.cancel_button.hide()
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.close_button.clicked.connect(self.reject)
        forms.column(
            self.form,
            self.problem,
            self.progress,
            self.status,
            self.fingerprint_note,
            self.fingerprint_row,
            forms.STRETCH,
            self.buttons,
            parent=self,
        )
        self.format_box.currentIndexChanged.connect(self.on_format_changed)
        self.on_format_changed()
        self.export_button.setDefault(True)
        forms.tab_in_layout_order(self)
        self.format_box.setFocus()
        self.look_at_selection()

    def _value_label(self) -> QLabel:
        label = forms.wrapped_label()
        label.setTextFormat(Qt.TextFormat.PlainText)  # a query or a name, never markup
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

    def _format_names(self) -> dict[str, str]:
        return {
            "pdf": self.tr("PDF dossier for reading and printing (originals embedded)"),
            "html": self.tr("HTML folder for any browser"),
            "mbox": self.tr("mbox file (originals, re-importable)"),
            "eml": self.tr(".eml files in a folder"),
            "eml-zip": self.tr(".eml files in a ZIP"),
            "csv": self.tr("CSV table for a spreadsheet"),
            "bundle": self.tr("Encrypted ZIP for a lawyer (AES-256; 7-Zip opens it)"),
        }

    # What ------------------------------------------------------------------------------------
    def _in_words(self, selection: Selection) -> Selection:
        """The selection with a description in the user's language, for the dialog, the
        cover page and the export log, when the caller gave none."""
        if selection.description:
            return selection
        if selection.query.strip() == EVERYTHING:
            words = self.tr("Every message in the archive")
            self._phrase = Phrase(CONTEXT, "Every message in the archive")
        elif not selection.query.strip():
            count = len(selection.message_ids)
            words = self.tr("%Ln chosen message(s)", "", count)
            self._phrase = Phrase(CONTEXT, "%Ln chosen message(s)", count)
        else:
            return selection
        return dataclasses.replace(selection, description=words)

    def _described_in(self, language: str) -> Selection:
        """The selection, its description worded in ``language`` where it was worded here
        or by the caller."""
        if self._phrase is None:
            return self._selection
        description = self._phrase.said_in(language)
        return dataclasses.replace(self._selection, description=description)

    @property
    def selection(self) -> Selection:
        return self._selection

    def look_at_selection(self) -> None:
        """Counts the selection in the background; a count under way is redone afterwards."""
        self.what_label.setText(self._selection.described)
        self._preview = None
        self.count_label.setText(self.tr("Counting…"))
        self.dates_label.clear()
        self.size_label.clear()
        self._update_buttons()
        if self._preview_task is not None:
            return  # on_preview_* starts again: the selection changed meanwhile
        self._previewed = self._selection
        task = workers.Task(self._archive.exporter.preview, self._selection)
        task.signals.finished.connect(self.on_preview_finished)
        task.signals.failed.connect(self.on_preview_failed)
        self._preview_task = workers.start(task)

    def on_threads_toggled(self, checked: bool) -> None:
        self._selection = dataclasses.replace(self._selection, threads=checked)
        self.look_at_selection()

    def on_preview_finished(self, preview: ExportPreview) -> None:
        if self._preview_done():
            return
        self._preview = preview
        if preview.messages:
            self.count_label.setText(self.tr("%Ln message(s)", "", preview.messages))
        else:
            self.count_label.setText(self.tr("No messages: there is nothing to export."))
        self.dates_label.setText(_date_range(preview.first, preview.last))
        self.size_label.setText(data_size(preview.size_bytes) if preview.messages else "")
        self._update_buttons()

    def on_preview_failed(self, error: Exception) -> None:
        if self._preview_done():
            return
        self.count_label.clear()
        self._show_problem(
            self.tr("The messages could not be counted: %1").replace("%1", error_text(error))
        )

    def _preview_done(self) -> bool:
        """Whether the count that ended is out of date (and a new one was started)."""
        self._preview_task = None
        if self._previewed == self._selection:
            return False
        self.look_at_selection()
        return True

    # Format and place -------------------------------------------------------------------------
    @property
    def export_format(self) -> str:
        return str(self.format_box.currentData())

    def set_format(self, export_format: str) -> None:
        self.format_box.setCurrentIndex(self.format_box.findData(export_format))

    @property
    def output(self) -> Path | None:
        """Where the export goes: the place given, a file with its format's ending."""
        text = self.place_field.text().strip()
        if not text:
            return None
        place = Path(text).expanduser()
        if place.name.lower().endswith(SUFFIXES.get(self.export_format, "")):
            return place
        return _with_suffix(place, self.export_format)

    def set_output(self, path: Path) -> None:
        self.place_field.setText(str(path))

    def on_format_changed(self) -> None:
        is_file = self.export_format in FILE_FORMATS
        self.place_label.setText(self.tr("F&ile:") if is_file else self.tr("Into a new f&older:"))
        self.title_field.setEnabled(self.export_format in WORDED_FORMATS)
        self.language_box.setEnabled(self.export_format in WORDED_FORMATS)
        is_bundle = self.export_format == "bundle"
        self.password_label.setVisible(is_bundle)
        self.password_field.setVisible(is_bundle)
        if self.place_field.text() == self._proposed:
            self._propose_place()
        elif (place := self.output) is not None:
            self.set_output(_with_suffix(place, self.export_format))

    @property
    def words(self) -> Words:
        """The words of the export in the language chosen for it."""
        return export_words(str(self.language_box.currentData()))

    def on_language_changed(self) -> None:
        """A title still as proposed is proposed in the new language."""
        words = self.words
        if self.title_field.text() == export_words(self._language)("Correspondence"):
            self.title_field.setText(words("Correspondence"))
        self._language = words.language

    def _propose_place(self) -> None:
        """The Documents folder and a name with today's date, one not taken yet."""
        documents = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        )
        name = self.tr("Correspondence export %1").replace("%1", date.today().isoformat())
        place = _free(Path(documents or Path.home()) / name, SUFFIXES.get(self.export_format, ""))
        self._proposed = str(place)
        self.set_output(place)

    def on_choose_clicked(self) -> None:
        current = self.output or Path.home()
        if self.export_format in FILE_FORMATS:
            chosen, _filter = QFileDialog.getSaveFileName(
                self,
                self.tr("Export to"),
                str(current),
                FILE_FILTERS[self.export_format],
                options=QFileDialog.Option.DontConfirmOverwrite,  # an existing file is refused
            )
            if chosen:
                self.set_output(_with_suffix(Path(chosen), self.export_format))
            return
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Folder in which to create the export folder"), str(current.parent)
        )
        if folder:
            self.set_output(_free(Path(folder) / current.name, ""))

    # Exporting --------------------------------------------------------------------------------
    @property
    def is_running(self) -> bool:
        return self.task is not None

    @property
    def report(self) -> ExportReport | None:
        """The last export made in this dialog."""
        return self._report

    @property
    def folder_to_show(self) -> Path | None:
        """The folder of the last export: the export's own, or the one holding its file."""
        if self._report is None:
            return None
        output = self._report.output
        return output.parent if self._report_format in FILE_FORMATS else output

    def on_export_clicked(self) -> None:
        output = self.output
        if output is None or self.is_running:
            return
        self.problem.hide()
        self.status.hide()
        self.fingerprint_note.hide()
        self.fingerprint_row.hide()
        self.show_button.hide()
        self.progress.setRange(0, 0)
        self.progress.show()
        self._fit()
        self._report_format = self.export_format
        self._keep_compiler()
        words = self.words
        worded = self.export_format in WORDED_FORMATS
        task = workers.Task(
            self._archive.exporter.export,
            self._described_in(words.language) if worded else self._selection,
            self.export_format,
            output,
            title=self.title_field.text().strip(),
            words=words,
            password=self.password_field.text() if self.export_format == "bundle" else "",
        )
        task.kwargs.update(progress=_progress_sink(task), cancel=task.cancel)
        task.signals.progress_changed.connect(self.on_progress_changed)
        task.signals.finished.connect(self.on_task_finished)
        task.signals.failed.connect(self.on_task_failed)
        self.task = task
        self._update_buttons()
        workers.start(task)

    def _keep_compiler(self) -> None:
        """A name given here is the archive's from now on (the exports read it there)."""
        name = " ".join(self.compiler_field.text().split())
        if name and name != self._archive.organiser.user_name:
            self._archive.organiser.set_user_name(name)

    def on_progress_changed(self, done: int, total: int, _messages: int) -> None:
        if total > 0:
            self.progress.setRange(0, total)
            self.progress.setValue(done)

    def on_cancel_clicked(self) -> None:
        if self.task is not None:
            self.task.cancel.set()
            self.cancel_button.setEnabled(False)
            self.status.setText(self.tr("Stopping…"))
            self.status.show()
            self._fit()

    def on_task_finished(self, report: ExportReport) -> None:
        self._stopped()
        self._report = report
        self.progress.hide()
        self.status.setText(
            self.tr("%Ln message(s) exported to %1", "", report.messages).replace(
                "%1", str(report.output)
            )
        )
        self.status.show()
        self.fingerprint.setText(report.manifest_sha256)
        self.fingerprint_note.show()
        self.fingerprint_row.show()
        self.show_button.show()
        if self.place_field.text() == self._proposed:  # ready for another format
            self._propose_place()
        self.close_button.setDefault(True)
        self.close_button.setFocus()
        self._fit()
        self.export_finished.emit(report)

    def on_task_failed(self, error: Exception) -> None:
        self._stopped()
        self.progress.hide()
        if isinstance(error, ExportCancelled):
            self.status.setText(self.tr("The export was stopped; nothing was left behind."))
            self.status.show()
            self._fit()
        else:
            self.status.hide()
            words = error_text(error)
            if not isinstance(error, ExportError):
                words = self.tr("The export failed: %1").replace("%1", words)
            self._show_problem(words)
        self.export_finished.emit(None)
        if self._close_when_stopped:
            super().reject()

    def _stopped(self) -> None:
        self.task = None
        self._update_buttons()

    def on_show_clicked(self) -> None:
        if (folder := self.folder_to_show) is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    def on_copy_clicked(self) -> None:
        QGuiApplication.clipboard().setText(self.fingerprint.text())

    # State ------------------------------------------------------------------------------------
    def _show_problem(self, message: str) -> None:
        self.problem.setText(message)
        self.problem.show()
        self._fit()

    def _fit(self) -> None:
        """Taller when lines were added below the form (its width stays the user's)."""
        needed = self.heightForWidth(self.width())
        if needed < 0:
            needed = self.sizeHint().height()
        if needed > self.height():
            self.resize(self.width(), needed)

    def _update_buttons(self) -> None:
        running = self.is_running
        self.form.setEnabled(not running)
        ready = self._preview is not None and self._preview.messages > 0
        if self.export_format == "bundle":
            ready = ready and len(self.password_field.text()) >= MIN_PASSWORD
        self.export_button.setEnabled(not running and ready and self.output is not None)
        self.cancel_button.setVisible(running)
        self.cancel_button.setEnabled(running)
        self.close_button.setVisible(not running)

    @override
    def reject(self) -> None:
        """Escape or the window's close button: an export under way is stopped first (it
        leaves nothing behind), and the dialog closes once it has; one that ended meanwhile
        stays on show with its summary."""
        if self.is_running:
            self._close_when_stopped = True
            self.on_cancel_clicked()
            return
        super().reject()


def _progress_sink(task: workers.Task) -> Callable[[int, int], None]:
    """The exporter counts messages written; the task's progress wants a note too."""

    def progress(done: int, total: int) -> None:
        task.report_progress(done, total, "", messages=done)

    return progress


def _date_range(first: datetime | None, last: datetime | None) -> str:
    """Both dates ("02/01/2024 – 26/02/2024") in the user's language; one if they are one."""
    if first is None or last is None:
        return ""
    dates = [_local_date(first), _local_date(last)]
    return dates[0] if dates[0] == dates[1] else " – ".join(dates)


def _local_date(moment: datetime) -> str:
    local = QDateTime.fromMSecsSinceEpoch(int(moment.timestamp() * 1000)).toLocalTime()
    return QLocale().toString(local.date(), QLocale.FormatType.ShortFormat)


def _with_suffix(place: Path, export_format: str) -> Path:
    """The place with the ending of the format (.pdf, .zip), a folder's without one."""
    name = place.name
    if not name:
        return place
    for suffix in SUFFIXES.values():
        if name.lower().endswith(suffix) and len(name) > len(suffix):
            name = name[: -len(suffix)]
    return place.with_name(name + SUFFIXES.get(export_format, ""))


def _free(place: Path, suffix: str) -> Path:
    """``place`` with ``suffix``, or with " 2", " 3"… before it when that one is taken."""
    candidate, number = place.with_name(place.name + suffix), 1
    while candidate.exists():
        number += 1
        candidate = place.with_name(f"{place.name} {number}{suffix}")
    return candidate
