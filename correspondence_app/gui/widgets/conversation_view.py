# SPDX-License-Identifier: GPL-3.0-or-later
"""A conversation: its messages in reply order, and the chosen one, read safely."""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QPoint, Qt, QUrl, Signal
from PySide6.QtGui import (
    QColor,
    QDesktopServices,
    QPagedPaintDevice,
    QResizeEvent,
    QStandardItem,
    QStandardItemModel,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextDocumentFragment,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QTextEdit,
    QToolButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from correspondence_app.domain.message import DateSource
from correspondence_app.gui.formatting import data_size, short_date_time
from correspondence_app.gui.widgets.message_browser import MessageBrowser, confirm_and_open_link
from correspondence_app.gui.widgets.notes_panel import NotesPanel
from correspondence_app.gui.widgets.tag_menu import MessageTagger
from correspondence_app.render.body import header_text, sanitise_html
from correspondence_app.services import ArchiveError

if TYPE_CHECKING:
    from collections.abc import Callable

    from correspondence_app.search.snippets import Highlighter
    from correspondence_app.services import Archive
    from correspondence_app.session_files import SessionFiles
    from correspondence_app.storage.queries import AttachmentInfo, MessageDetail
    from correspondence_app.storage.threads import ThreadDetail

MESSAGE_ID_ROLE = Qt.ItemDataRole.UserRole + 1
NO_COLOR = "#888888"  # the mark of a tag without a colour of its own


class ConversationView(QWidget):
    source_requested = Signal(int)  # a message id whose original should be shown
    messages_tagged = Signal(str)  # what was done, for the status bar

    def __init__(self, session_files: SessionFiles, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._archive: Archive | None = None
        self._session_files = session_files
        self._detail: MessageDetail | None = None
        self._thread_id: int | None = None
        self._show_html = False
        self.highlighter: Highlighter | None = None

        self.title = QLabel()
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setWordWrap(True)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.title.setFont(font)

        self.messages = QStandardItemModel(self)
        self.tree = QTreeView()
        self.tree.setModel(self.messages)
        self.tree.setAccessibleName(self.tr("Messages of the conversation"))
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.tree.selectionModel().currentChanged.connect(self.on_message_current_changed)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree.customContextMenuRequested.connect(self.on_tree_menu_requested)
        self.tagger = MessageTagger(self)
        # More entries for the messages' menu: each is given the chosen ids and the menu.
        self.menu_extenders: list[Callable[[list[int], QMenu], None]] = []
        self.tagger.tags_changed.connect(self.on_messages_tagged)

        self.header = QLabel()
        self.header.setTextFormat(Qt.TextFormat.PlainText)  # a name can never be markup
        self.header.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # One line per header, shortened to the width with "…"; the whole in the tooltip.
        self.header.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Minimum)
        self._header_lines: list[str] = []
        self.header.setAccessibleName(self.tr("Message headers"))
        self.attachments = QHBoxLayout()
        self.format_button = QPushButton()
        self.format_button.setCheckable(True)
        self.format_button.toggled.connect(self.on_format_toggled)
        self.format_button.hide()
        self.source_button = QPushButton(self.tr("&Source"))
        self.source_button.clicked.connect(self.on_source_clicked)
        self.source_button.hide()  # until a message is open
        bar = QHBoxLayout()
        bar.addLayout(self.attachments, 1)
        bar.addWidget(self.format_button)
        bar.addWidget(self.source_button)

        self.browser = MessageBrowser()
        self.browser.setAccessibleName(self.tr("Message text"))
        self.browser.link_activated.connect(self.on_link_activated)

        self.notes = NotesPanel()
        self.tags = QLabel()  # the conversation's tags, as coloured names
        self.tags.setTextFormat(Qt.TextFormat.RichText)  # names are escaped: see _show_tags
        self.tags.setWordWrap(True)
        self.tags.setAccessibleName(self.tr("Tags of the conversation"))

        reader = QWidget()
        reader_layout = QVBoxLayout(reader)
        reader_layout.setContentsMargins(0, 0, 0, 0)
        reader_layout.addWidget(self.header)
        reader_layout.addLayout(bar)
        reader_layout.addWidget(self.browser, 1)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(self.tree)
        self.splitter.addWidget(reader)
        self.splitter.addWidget(self.notes)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 4)
        self.splitter.setStretchFactor(2, 1)
        self.splitter.setSizes([120, 600, 110])
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.tags)
        layout.addWidget(self.splitter, 1)
        self.clear()

    @property
    def current_message(self) -> MessageDetail | None:
        return self._detail

    def print_message(self, printer: QPagedPaintDevice) -> None:
        """The headers and the text as shown, on paper or into a PDF."""
        document = QTextDocument()
        document.setPlainText(self.header.text() + "\n\n")
        cursor = QTextCursor(document)
        cursor.movePosition(QTextCursor.MoveOperation.End)
        cursor.insertFragment(QTextDocumentFragment(self.browser.document()))
        document.print_(printer)

    def set_archive(self, archive: Archive | None) -> None:
        self._archive = archive
        self.tagger.organiser = archive.organiser if archive is not None else None
        self.notes.set_organiser(archive.organiser if archive is not None else None)
        if archive is None:
            self.clear()

    def clear(self) -> None:
        """Forgets everything shown (on lock and when nothing is chosen)."""
        self.notes.save()
        self.notes.clear_notes()
        self._detail = None
        self._thread_id = None
        self.title.clear()
        self.tags.clear()
        self.tags.hide()
        self.messages.clear()
        self.header.clear()
        self.header.setToolTip("")
        self._header_lines = []
        self.browser.clear()
        self.browser.set_inline_parts({})
        self._clear_attachments()
        self.format_button.hide()
        self.source_button.hide()

    # Showing ------------------------------------------------------------------------------
    def show_thread(self, detail: ThreadDetail, *, opened: int | None = None) -> None:
        """Lists the conversation and opens the message ``opened`` (else the newest)."""
        self.clear()
        self._thread_id = detail.thread_id
        self.title.setText(header_text(detail.subject) or self.tr("(no subject)"))
        self.refresh_tags()
        self.messages.setHorizontalHeaderLabels([self.tr("From"), self.tr("Date")])
        for entry in detail.messages:
            sender = QStandardItem("    " * min(entry.depth, 12) + header_text(entry.sender))
            sender.setData(entry.id, MESSAGE_ID_ROLE)
            sender.setToolTip(header_text(entry.subject))
            when = short_date_time(entry.date_at)
            for item in (sender, date := QStandardItem(when)):
                item.setEditable(False)
            self.messages.appendRow([sender, date])
        self.tree.resizeColumnToContents(0)
        if self.messages.rowCount():
            ids = [entry.id for entry in detail.messages]
            if opened in ids:
                row = ids.index(opened)
            else:  # the newest message is the one read first
                row = max(
                    range(len(ids)),
                    key=lambda i: (
                        detail.messages[i].date_at is not None,
                        detail.messages[i].date_at,
                    ),
                )
            self.tree.setCurrentIndex(self.messages.index(row, 0))

    def on_message_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        message_id = current.siblingAtColumn(0).data(MESSAGE_ID_ROLE)
        if message_id is not None and self._archive is not None:
            self.show_message(self._archive.message(int(message_id)))

    def chosen_message_ids(self) -> list[int]:
        rows = self.tree.selectionModel().selectedRows()
        ids = [index.data(MESSAGE_ID_ROLE) for index in rows]
        return [int(message_id) for message_id in ids if message_id is not None]

    def on_tree_menu_requested(self, position: QPoint) -> None:
        menu = QMenu(self)
        chosen = self.chosen_message_ids()
        self.tagger.menu_for(chosen, menu)
        for extend in self.menu_extenders:
            extend(chosen, menu)
        if not menu.isEmpty():
            menu.exec(self.tree.viewport().mapToGlobal(position))

    def on_messages_tagged(self, said: str) -> None:
        self.refresh_tags()
        self.messages_tagged.emit(said)

    def refresh_tags(self) -> None:
        """Shows the tags the conversation's messages carry (read again after a change)."""
        archive, thread_id = self._archive, self._thread_id
        if archive is None or thread_id is None:
            self.tags.hide()
            return
        organiser = archive.organiser
        carried = set(organiser.tags_of_threads([thread_id]).get(thread_id, []))
        shown = [tag for tag in organiser.tags() if tag.id in carried]
        chips = [
            f'<span style="color:{tag.color or NO_COLOR}">●</span>&nbsp;{html.escape(tag.name)}'
            for tag in shown
        ]
        self.tags.setText("&nbsp;&nbsp; ".join(chips))
        self.tags.setToolTip(", ".join(tag.name for tag in shown))
        self.tags.setVisible(bool(chips))

    def _dated(self, when: str, source: str) -> str:
        """The date, and where it came from when the message has no usable Date field."""
        notes = {
            DateSource.RECEIVED: self.tr("%1 (when a mail server received it; no Date field)"),
            DateSource.ENVELOPE: self.tr("%1 (delivery time from the mailbox; no Date field)"),
            DateSource.FILE: self.tr("%1 (only the file's time: the message has no date)"),
        }
        note = notes.get(DateSource(source))
        return when if note is None else note.replace("%1", when)

    def show_message(self, detail: MessageDetail) -> None:
        self._detail = detail
        self.notes.show_notes(self._thread_id, detail.summary.id)
        summary = detail.summary
        local = summary.local_date
        lines = [
            self.tr("From: %1").replace("%1", header_text(summary.sender)),
            self.tr("To: %1").replace("%1", header_text(", ".join(detail.to))),
        ]
        if detail.cc:
            lines.append(self.tr("Cc: %1").replace("%1", header_text(", ".join(detail.cc))))
        if local is not None:
            when = local.strftime("%Y-%m-%d %H:%M %z")
            lines.append(self.tr("Date: %1").replace("%1", self._dated(when, summary.date_source)))
        lines.append(self.tr("Subject: %1").replace("%1", header_text(summary.subject)))
        self._header_lines = lines
        self.header.setToolTip("\n".join(lines))
        self._fit_header()
        self._show_attachments(detail.attachments)
        has_both = bool(detail.html) and bool(detail.text.strip())
        self.format_button.setVisible(has_both)
        self.source_button.show()
        self.format_button.setText(self.tr("Show HT&ML"))
        self._show_html = bool(detail.html) and not detail.text.strip()
        if self._archive is not None and detail.html:
            self.browser.set_inline_parts(self._archive.inline_parts(summary.id))
        self._render_body()

    def _fit_header(self) -> None:
        metrics = self.header.fontMetrics()
        width = max(self.header.width(), 100)
        self.header.setText(
            "\n".join(
                metrics.elidedText(line, Qt.TextElideMode.ElideRight, width)
                for line in self._header_lines
            )
        )
        self.header.setFixedHeight(self.header.sizeHint().height())  # unwrapped: exact

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._fit_header()

    def _render_body(self) -> None:
        detail = self._detail
        if detail is None:
            return
        if self._show_html:
            self.browser.show_html(sanitise_html(detail.html))
        else:
            self.browser.show_plain(detail.text)
        self._highlight_matches()

    def _highlight_matches(self) -> None:
        """Marks the words the current search matched, in whatever spelling they stand."""
        selections = []
        if self.highlighter is not None and not self.highlighter.is_empty:
            document_text = self.browser.document().toPlainText()
            look = QTextCharFormat()
            look.setBackground(QColor("#ffe08a"))
            look.setForeground(QColor("black"))
            for start, end in self.highlighter.marks(document_text, None):
                cursor = QTextCursor(self.browser.document())
                cursor.setPosition(start)
                cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
                selection = QTextEdit.ExtraSelection()
                selection.cursor = cursor
                selection.format = look
                selections.append(selection)
        self.browser.setExtraSelections(selections)

    def on_format_toggled(self, checked: bool) -> None:
        self._show_html = checked
        self.format_button.setText(
            self.tr("Show &plain text") if checked else self.tr("Show HT&ML")
        )
        self._render_body()

    def on_link_activated(self, url: QUrl) -> None:
        confirm_and_open_link(self, url)

    def on_source_clicked(self) -> None:
        if self._detail is not None:
            self.source_requested.emit(self._detail.summary.id)

    # Attachments --------------------------------------------------------------------------
    def _clear_attachments(self) -> None:
        while self.attachments.count():
            item = self.attachments.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()  # out of the layout now; it would linger until deleted
                widget.deleteLater()

    def _show_attachments(self, attachments: tuple[AttachmentInfo, ...]) -> None:
        self._clear_attachments()
        for attachment in attachments:
            if attachment.is_inline and attachment.content_id:
                continue  # shown inside the HTML
            button = QToolButton()
            name = header_text(attachment.filename) or self.tr("(unnamed)")
            button.setText(f"{name} ({data_size(attachment.size_bytes)})")
            button.setToolTip(f"{attachment.content_type}\nSHA-256 {attachment.sha256}")
            button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
            menu = QMenu(button)
            menu.addAction(self.tr("&Save as…")).triggered.connect(
                lambda _=False, a=attachment: self.save_attachment(a)
            )
            menu.addAction(self.tr("&Open")).triggered.connect(
                lambda _=False, a=attachment: self.open_attachment(a)
            )
            button.setMenu(menu)
            self.attachments.addWidget(button)
        self.attachments.addStretch(1)

    def _content(self, attachment: AttachmentInfo) -> bytes | None:
        """The attachment's bytes; None, said, if its message no longer holds it."""
        if self._archive is None or self._detail is None:
            return None
        try:
            return self._archive.attachment_content(self._detail.summary.id, attachment.position)
        except ArchiveError:  # kept in its message's original, which is damaged
            QMessageBox.warning(
                self,
                self.tr("Attachment"),
                self.tr(
                    "“%1” can no longer be read from its message. File → Check the archive's "
                    "integrity says more; a backup may still hold it."
                ).replace("%1", header_text(attachment.filename)),
            )
            return None

    def save_attachment(self, attachment: AttachmentInfo) -> None:
        target, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save attachment"), attachment.filename
        )
        data = self._content(attachment) if target else None
        if target and data is not None:
            with open(target, "wb") as stream:
                stream.write(data)

    def open_attachment(self, attachment: AttachmentInfo) -> None:
        answer = QMessageBox.warning(
            self,
            self.tr("Open attachment"),
            self.tr(
                "“%1” will be opened with another program. That program may connect to "
                "the internet or keep its own copy. Open it?"
            ).replace("%1", header_text(attachment.filename)),
            QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        data = self._content(attachment) if answer == QMessageBox.StandardButton.Open else None
        if data is not None:
            path = self._session_files.write(attachment.filename, data)
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
