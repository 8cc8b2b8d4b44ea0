# SPDX-License-Identifier: GPL-3.0-or-later
"""The main window: sources in a sidebar, the thread list, and the conversation."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QModelIndex, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QKeySequence,
    QShortcut,
)
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QFileDialog,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from correspondence_app.gui import workers
from correspondence_app.gui.backing_up import Backing
from correspondence_app.gui.core_messages import core_text, error_text
from correspondence_app.gui.dialogs.accounts_dialog import AccountsDialog
from correspondence_app.gui.dialogs.import_dialog import ImportDialog
from correspondence_app.gui.dialogs.quarantine_dialog import QuarantineDialog
from correspondence_app.gui.dialogs.source_dialog import SourceDialog
from correspondence_app.gui.dialogs.thunderbird_dialog import ThunderbirdDialog
from correspondence_app.gui.exporting import Exporting
from correspondence_app.gui.formatting import data_size
from correspondence_app.gui.integrity import IntegrityChecking
from correspondence_app.gui.models.thread_list_model import (
    MESSAGE_ID_ROLE,
    THREAD_ID_ROLE,
    Column,
    ThreadListModel,
    ThreadRow,
)
from correspondence_app.gui.organising import Organising
from correspondence_app.gui.overview import Overview
from correspondence_app.gui.resources import icon
from correspondence_app.gui.syncing import SyncController
from correspondence_app.gui.watching import Watching
from correspondence_app.gui.widgets.column_fit import NarrowingColumns
from correspondence_app.gui.widgets.conversation_view import ConversationView
from correspondence_app.gui.widgets.empty_archive import EmptyArchivePanel
from correspondence_app.gui.widgets.search_bar import SearchBar
from correspondence_app.gui.widgets.sidebar import Sidebar
from correspondence_app.gui.widgets.snippet_delegate import SnippetDelegate
from correspondence_app.gui.widgets.timeline_panel import TimelinePanel
from correspondence_app.search.query_parser import QuerySyntaxError
from correspondence_app.search.snippets import Highlighter, highlighter_for
from correspondence_app.storage.thread_list import ThreadOrder

if TYPE_CHECKING:
    from collections.abc import Sequence

    from correspondence_app.accounts.sync import SyncReport
    from correspondence_app.gui.overview import Alerts
    from correspondence_app.gui.settings import AppSettings
    from correspondence_app.importers.quarantine_retry import RetryReport
    from correspondence_app.services import Archive
    from correspondence_app.session_files import SessionFiles
    from correspondence_app.storage.queries import Stats
    from correspondence_app.storage.search import ThreadHit

SEARCH_RESULTS = 200  # conversations; a longer list is read by nobody
_ORDER_OF_COLUMN = {
    Column.SUBJECT: ThreadOrder.SUBJECT,
    Column.CORRESPONDENTS: ThreadOrder.CORRESPONDENTS,
    Column.MESSAGES: ThreadOrder.MESSAGES,
    Column.LAST_DATE: ThreadOrder.LAST_DATE,
}


class MainWindow(QMainWindow):
    lock_requested = Signal()
    quit_requested = Signal()
    about_requested = Signal()
    settings_requested = Signal()
    change_passphrase_requested = Signal()
    # A folder holding an archive (a restored one) to open in place of this one; whoever
    # connects it (the application) unlocks it. Without a receiver, nothing offers it.
    open_archive_requested = Signal(object)

    def __init__(
        self,
        archive: Archive,
        settings: AppSettings,
        session_files: SessionFiles,
        parent: QWidget | None = None,
        *,
        alerts: Alerts | None = None,
    ) -> None:
        """``alerts``: read with the opening; the overview then shows first, and the mail
        is read once it has been painted."""
        super().__init__(parent)
        self.archive: Archive | None = archive
        self._settings = settings
        self._search_task: workers.Task | None = None
        self._search_generation = 0
        self._status_generation = 0
        self._status_task: workers.Task | None = None
        self._scope = ""  # the sidebar's part of the query
        self.import_dialog: ImportDialog | None = None
        self.accounts_dialog: AccountsDialog | None = None
        self.setWindowTitle(self.tr("Correspondence Archive"))
        self.setWindowIcon(icon("app"))
        self.setAcceptDrops(True)

        self.sidebar = Sidebar()
        self.sidebar_model = self.sidebar.sidebar_model
        self.sidebar.set_archive(archive)
        self.sidebar.scope_changed.connect(self.on_sidebar_scope_changed)
        self.sidebar.tags_changed.connect(self.on_tags_changed)
        self.organising = Organising(self)
        self.organising.set_archive_open(True)

        self.thread_model = ThreadListModel(self)
        # A table with fixed row heights and column widths: inserting a page of rows then
        # never makes the view measure every row it already has (100,000 of them).
        self.thread_list = QTableView()
        self.thread_list.setModel(self.thread_model)
        self.thread_list.setShowGrid(False)
        self.thread_list.setWordWrap(False)
        self.thread_list.verticalHeader().hide()
        self.thread_list.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.thread_list.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.thread_list.setAlternatingRowColors(True)
        self.thread_list.setSortingEnabled(True)
        self.thread_list.sortByColumn(Column.LAST_DATE, Qt.SortOrder.DescendingOrder)
        self.thread_list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.thread_list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.thread_list.customContextMenuRequested.connect(self.on_thread_menu_requested)
        self.thread_list.setAccessibleName(self.tr("Conversations"))
        self.thread_list.setItemDelegateForColumn(Column.SUBJECT, SnippetDelegate(self))
        self.thread_list.selectionModel().currentChanged.connect(self.on_thread_current_changed)
        self.thread_list.activated.connect(self.on_thread_activated)
        # Space reads on: the open message scrolls a page, and at its end the next thread opens.
        space = QShortcut(QKeySequence(Qt.Key.Key_Space), self.thread_list)
        space.setContext(Qt.ShortcutContext.WidgetShortcut)
        space.activated.connect(self.on_space_pressed)
        header = self.thread_list.horizontalHeader()
        header.setHighlightSections(False)
        header.setStretchLastSection(False)
        header.setTextElideMode(Qt.TextElideMode.ElideRight)  # a narrowed column's name
        header.setSectionResizeMode(Column.SUBJECT, QHeaderView.ResizeMode.Stretch)
        metrics = self.thread_list.fontMetrics()

        def fitting(column: Column, sample: str) -> int:  # the header in any language
            header_width = metrics.horizontalAdvance(self.thread_model.header_text(column))
            return max(header_width, metrics.horizontalAdvance(sample)) + 30

        widths = {
            Column.CORRESPONDENTS: metrics.horizontalAdvance("M" * 14),
            Column.MESSAGES: fitting(Column.MESSAGES, "00000"),
            Column.LAST_DATE: fitting(Column.LAST_DATE, "00.00.0000 00:00"),
        }
        for column, width in widths.items():
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, width)
        # In a narrow pane the names, then the counts, then the dates' room for a long
        # column name give up width before the subject shrinks or the dates leave the view.
        self.columns_fit = NarrowingColumns(
            self.thread_list,
            Column.SUBJECT,
            [
                (Column.CORRESPONDENTS, metrics.horizontalAdvance("M" * 5)),
                (Column.MESSAGES, metrics.horizontalAdvance("0000") + 16),
                (Column.LAST_DATE, metrics.horizontalAdvance("00.00.0000 00:00") + 16),
            ],
            stretching_least_px=metrics.horizontalAdvance("M" * 12),
        )
        self._row_height = metrics.height() + 8
        self.thread_list.verticalHeader().setDefaultSectionSize(self._row_height)

        self.search_bar = SearchBar()
        self.search_bar.query_changed.connect(self.on_search_query_changed)
        self.conversation = ConversationView(session_files)
        self.conversation.set_archive(archive)
        self.conversation.source_requested.connect(self.on_source_requested)
        self.conversation.messages_tagged.connect(self.organising.on_threads_tagged)

        middle = QWidget()
        middle_layout = QVBoxLayout(middle)
        middle_layout.setContentsMargins(0, 0, 0, 0)
        middle_layout.addWidget(self.search_bar)
        self.timeline = TimelinePanel()
        self.timeline.range_changed.connect(self.on_timeline_range_changed)
        middle_layout.addWidget(self.timeline)
        # While the archive holds no mail, the ways to bring it in stand where the list is.
        self.empty_panel = EmptyArchivePanel()
        self.thread_stack = QStackedWidget()
        self.thread_stack.addWidget(self.thread_list)
        self.thread_stack.addWidget(self.empty_panel)
        self.empty_panel.files_requested.connect(self.on_import_files)
        self.empty_panel.folder_requested.connect(self.on_import_folder)
        self.empty_panel.thunderbird_requested.connect(self.on_import_thunderbird)
        self.empty_panel.account_requested.connect(self.on_accounts)
        middle_layout.addWidget(self.thread_stack, 1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.sidebar)
        self.splitter.addWidget(middle)
        self.splitter.addWidget(self.conversation)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setStretchFactor(2, 4)
        self.splitter.setSizes([220, 600, 600])
        self.overview = Overview(self.splitter, self)
        self.overview.dashboard.letter_opened.connect(self.on_letter_opened)
        self.setCentralWidget(self.overview.widget)
        self.watching = Watching(self)
        self.exporting = Exporting(self)
        self.backing = Backing(self, settings)
        self.overview.backup_remind_days = settings.backup_remind_days
        self.overview.set_archive(archive, alerts)
        self.integrity = IntegrityChecking(self, settings)
        self.integrity.restore_requested.connect(self.backing.on_restore)
        self.statusBar().addPermanentWidget(self.integrity.status_button)
        self.status = QLabel()
        self.statusBar().addPermanentWidget(self.status)
        self.syncing = SyncController(self)
        self.syncing.sync_started.connect(self.on_sync_started)
        self.syncing.progress_changed.connect(self.on_sync_progress_changed)
        self.syncing.sync_finished.connect(self.on_sync_finished)
        self.syncing.sync_failed.connect(self.on_sync_failed)
        self._create_actions()
        self.syncing.set_archive(archive)
        geometry = settings.geometry("main")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1400, 860)
        self._restore_layout()
        if alerts is not None and self.overview.is_showing_dashboard:
            self.overview.dashboard.painted.connect(self._on_first_overview_painted)
        else:
            self.reload()
        self.integrity.set_archive(archive)

    def _on_first_overview_painted(self) -> None:
        self.overview.dashboard.painted.disconnect(self._on_first_overview_painted)
        QTimer.singleShot(0, lambda: self.reload(check_alerts=False))

    # Menus, toolbar, shortcuts -------------------------------------------------------------
    def _action(self, text: str, slot: Any, shortcut: Any = None, icon_name: str = "") -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if icon_name:
            action.setIcon(icon(icon_name))
        action.triggered.connect(slot)
        return action

    def _create_actions(self) -> None:
        self.import_files_action = self._action(
            self.tr("&Import files…"), self.on_import_files, "Ctrl+I", "import"
        )
        self.import_folder_action = self._action(
            self.tr("Import &folder…"), self.on_import_folder, "Ctrl+Shift+I"
        )
        self.thunderbird_action = self._action(
            self.tr("Import from &Thunderbird…"), self.on_import_thunderbird
        )
        self.quarantine_action = self._action(self.tr("Q&uarantine…"), self.on_quarantine)
        self.accounts_action = self._action(self.tr("Mail &accounts…"), self.on_accounts)
        self.sync_action = self._action(self.tr("S&ync mail now"), self.on_sync_now, "F5")
        self.passphrase_action = self._action(
            self.tr("Change &passphrase…"), self.change_passphrase_requested.emit
        )
        self.lock_action = self._action(
            self.tr("&Lock"), self.lock_requested.emit, "Ctrl+L", "lock"
        )
        self.quit_action = self._action(
            self.tr("&Quit"), self.quit_requested.emit, QKeySequence.StandardKey.Quit
        )
        self.find_action = self._action(
            self.tr("&Find"), self.on_find, QKeySequence.StandardKey.Find
        )
        self.source_action = self._action(self.tr("View &source"), self.on_view_source, "Ctrl+U")
        self.copy_action = self._action(
            self.tr("&Copy"), self.on_copy, QKeySequence.StandardKey.Copy
        )
        self.print_action = self._action(
            self.tr("&Print…"), self.on_print, QKeySequence.StandardKey.Print
        )
        self.settings_action = self._action(self.tr("&Settings…"), self.on_settings)

        self.help_action = self._action(
            self.tr("&How to search"), self.search_bar.on_help_clicked, "F1"
        )
        self.about_action = self._action(self.tr("&About"), self.about_requested.emit)

        menus = self.menuBar()
        file_menu = menus.addMenu(self.tr("&File"))
        for action in (
            self.import_files_action,
            self.import_folder_action,
            self.thunderbird_action,
            self.accounts_action,
            self.sync_action,
            self.quarantine_action,
        ):
            file_menu.addAction(action)
        file_menu.addSeparator()
        self.backing.fill_menu(file_menu)
        file_menu.addAction(self.integrity.check_action)
        file_menu.addSeparator()
        self.exporting.fill_menu(file_menu)
        file_menu.addAction(self.print_action)
        file_menu.addAction(self.passphrase_action)
        file_menu.addAction(self.lock_action)
        file_menu.addAction(self.quit_action)
        edit_menu = menus.addMenu(self.tr("&Edit"))
        edit_menu.addAction(self.organising.undo_action)
        edit_menu.addSeparator()
        edit_menu.addAction(self.copy_action)
        edit_menu.addAction(self.find_action)
        edit_menu.addAction(self.settings_action)
        view_menu = menus.addMenu(self.tr("&View"))
        view_menu.addAction(self.overview.overview_action)
        view_menu.addAction(self.overview.mail_action)
        view_menu.addSeparator()
        view_menu.addAction(self.source_action)
        self.organising.fill_menu(menus.addMenu(self.tr("&Organise")))
        self.watching.fill_menu(menus.addMenu(self.tr("&People")))
        help_menu = menus.addMenu(self.tr("&Help"))
        help_menu.addAction(self.help_action)
        help_menu.addAction(self.about_action)

        toolbar = self.addToolBar(self.tr("Main"))
        toolbar.setObjectName("main-toolbar")
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        toolbar.addAction(self.overview.overview_action)
        toolbar.addAction(self.overview.mail_action)
        toolbar.addAction(self.import_files_action)
        toolbar.addAction(self.lock_action)

    # Filling -------------------------------------------------------------------------------
    def reload(self, *, check_alerts: bool = True) -> None:
        """Reads the sidebar, the thread list, the status bar and (unless just read) the
        alerts from the archive again."""
        archive = self.archive
        if archive is None:
            return
        self.sidebar.reload()
        if check_alerts:
            self.overview.check()
        self._refresh_timeline()
        if self.effective_query():
            self.run_search()
        else:
            self._show_all_threads()
        self.update_status()

    def _show_all_threads(self) -> None:
        self.thread_list.verticalHeader().setDefaultSectionSize(self._row_height)
        self.thread_model.set_source(self._thread_page)

    def update_status(self) -> None:
        """Counts the messages and their size in the background (the sum reads an index of
        every message: the first rows do not wait for it)."""
        archive = self.archive
        if archive is None:
            self.status.clear()
            return
        self._status_generation += 1
        generation = self._status_generation
        task = workers.Task(archive.stats)
        task.signals.finished.connect(workers.owned(self, self._show_status, generation))
        self._status_task = workers.start(task)

    def _show_status(self, generation: int, stats: Stats) -> None:
        if generation != self._status_generation or self.archive is None:
            return  # locked meanwhile, or a newer count is on its way
        size = data_size(stats.bytes)
        self.status.setText(self.tr("%Ln message(s)", "", stats.messages) + f" · {size}")
        self.thread_stack.setCurrentWidget(
            self.empty_panel if stats.messages == 0 else self.thread_list
        )
        self.timeline.setVisible(stats.messages > 0)

    def _thread_page(
        self, offset: int, limit: int, column: Column, descending: bool
    ) -> list[ThreadRow]:
        if self.archive is None:
            return []
        threads = self.archive.threads(
            limit, offset=offset, order=_ORDER_OF_COLUMN[column], descending=descending
        )
        marks = self.archive.organiser.thread_tag_marks([t.thread_id for t in threads])
        return [
            ThreadRow(
                t.thread_id,
                t.subject,
                t.participants,
                t.messages,
                t.last_at,
                tags=marks.get(t.thread_id, ()),
            )
            for t in threads
        ]

    def clear(self) -> None:
        """Forgets every piece of message data the window shows (before locking)."""
        self._search_generation += 1  # results still on their way are dropped
        self._status_generation += 1
        self.archive = None
        self.thread_model.clear()
        self.sidebar.set_archive(None)
        self.timeline.clear()
        self.overview.set_archive(None)
        self.organising.set_archive_open(False)
        self.conversation.set_archive(None)
        self.search_bar.clear()
        self.status.clear()
        self.syncing.set_archive(None)  # a sync running stops; typed passwords are forgotten
        self.backing.clear()  # a backup running stops
        self.exporting.clear()  # so does an export
        for dialog in self.findChildren(QuarantineDialog):
            dialog.close_for_locking()  # and trying the quarantine again
        self.integrity.set_archive(None)
        self.statusBar().clearMessage()
        if self.import_dialog is not None:
            self.import_dialog.close()
        if self.accounts_dialog is not None:
            self.accounts_dialog.close()

    # Sidebar and threads -------------------------------------------------------------------
    def on_sidebar_scope_changed(self, scope: str) -> None:
        self._scope = scope
        if self.effective_query():
            self.run_search()
        elif self.archive is not None:
            self._show_all_threads()
        self._refresh_timeline()

    def on_tags_changed(self) -> None:
        """Tags were renamed, merged or deleted: the open conversation shows them again."""
        self.conversation.refresh_tags()
        self.refresh_tag_marks()
        if self._scope or self.search_bar.text:
            self.run_search()

    def on_person_opened(self, person_id: int) -> None:
        """The person's mail, to and from any of their addresses, in the mail view."""
        archive = self.archive
        if archive is None:
            return
        query = archive.people.person(person_id).mail_query
        self.overview.show_mail()
        self.search_bar.field.setText(query)

    def on_letter_opened(self, letter_id: object) -> None:
        """A letter sent by mail opens in its conversation; one on paper has none."""
        archive = self.archive
        if archive is None or not isinstance(letter_id, int):
            self.statusBar().showMessage(
                self.tr("A letter sent on paper has no mail to show."), 5000
            )
            return
        self.open_message(letter_id)

    def open_message(self, message_id: int) -> None:
        """The message in its conversation, in the mail view."""
        archive = self.archive
        if archive is None:
            return
        thread_id = archive.message_thread_id(message_id)
        self.overview.show_mail()
        self.conversation.show_thread(archive.thread(thread_id), opened=message_id)

    def refresh_tag_marks(self) -> None:
        """The dots of the listed conversations' tags, read again after tagging."""
        archive = self.archive
        if archive is None:
            return
        model = self.thread_model
        ids = [row.thread_id for i in range(model.rowCount()) if (row := model.row_at(i))]
        marks = archive.organiser.thread_tag_marks(ids)
        model.set_tags({thread_id: marks.get(thread_id, ()) for thread_id in ids})

    def chosen_thread_ids(self) -> list[int]:
        rows = self.thread_list.selectionModel().selectedRows()
        ids = [index.data(THREAD_ID_ROLE) for index in rows]
        if not ids and self.thread_list.currentIndex().isValid():
            ids = [self.thread_list.currentIndex().siblingAtColumn(0).data(THREAD_ID_ROLE)]
        return [int(thread_id) for thread_id in ids if thread_id is not None]

    def on_thread_menu_requested(self, position: QPoint) -> None:
        menu = QMenu(self)
        self.organising.tagger.menu_for(self.chosen_thread_ids(), menu)
        menu.addSeparator()
        menu.addAction(self.exporting.export_action)
        if not menu.isEmpty():
            menu.exec(self.thread_list.viewport().mapToGlobal(position))

    def on_thread_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        thread_id = current.siblingAtColumn(0).data(THREAD_ID_ROLE)
        if thread_id is not None and self.archive is not None:
            self.conversation.highlighter = self._highlighter()
            self.conversation.show_thread(
                self.archive.thread(int(thread_id)),
                opened=current.siblingAtColumn(0).data(MESSAGE_ID_ROLE),
            )

    def on_thread_activated(self, _index: QModelIndex) -> None:
        self.conversation.tree.setFocus()

    def on_space_pressed(self) -> None:
        scroll = self.conversation.browser.verticalScrollBar()
        if scroll.value() < scroll.maximum():
            scroll.setValue(scroll.value() + scroll.pageStep())
            return
        following = self.thread_model.index(self.thread_list.currentIndex().row() + 1, 0)
        if following.isValid():
            self.thread_list.setCurrentIndex(following)

    # Search --------------------------------------------------------------------------------
    def on_find(self) -> None:
        self.search_bar.field.setFocus()
        self.search_bar.field.selectAll()

    def effective_query(self) -> str:
        """The sidebar's entry, the dates chosen on the timeline, and the search field."""
        parts = (self._scope, self.timeline.condition, self.search_bar.text)
        return " ".join(part for part in parts if part)

    def _refresh_timeline(self) -> None:
        """The timeline of what the list shows, before any dates chosen on it."""
        parts = (self._scope, self.search_bar.text)
        self.timeline.show_for(self.archive, " ".join(part for part in parts if part))

    def on_timeline_range_changed(self, _condition: str) -> None:
        if self.effective_query():
            self.run_search()
        else:
            self._show_all_threads()

    def _highlighter(self) -> Highlighter | None:
        from correspondence_app.search.query_parser import parse_query

        try:
            return highlighter_for(parse_query(self.search_bar.text))
        except QuerySyntaxError:
            return None

    def on_search_query_changed(self, _text: str) -> None:
        self.run_search()
        self._refresh_timeline()

    def run_search(self) -> None:
        archive = self.archive
        if archive is None:
            return
        query = self.effective_query()
        self._search_generation += 1
        if not query:
            self.search_bar.clear_error()
            self._show_all_threads()
            return
        generation = self._search_generation
        task = workers.Task(archive.search_threads, query, limit=SEARCH_RESULTS)
        task.signals.finished.connect(workers.owned(self, self.on_search_finished, generation))
        task.signals.failed.connect(workers.owned(self, self.on_search_failed, generation))
        self._search_task = workers.start(task)

    def on_search_finished(self, generation: int, hits: list[ThreadHit]) -> None:
        if generation != self._search_generation:
            return  # an older query's answer, or the window was locked
        self.search_bar.clear_error()
        marks = (
            {}
            if self.archive is None
            else self.archive.organiser.thread_tag_marks([hit.thread.thread_id for hit in hits])
        )
        # Results show a passage under the subject: three lines per row.
        self.thread_list.verticalHeader().setDefaultSectionSize(self._row_height * 3)
        self.thread_model.set_rows(
            [
                ThreadRow(
                    hit.thread.thread_id,
                    hit.thread.subject,
                    hit.thread.participants,
                    hit.thread.messages,
                    hit.thread.last_at,
                    hit.snippet,
                    hit.message_id,
                    marks.get(hit.thread.thread_id, ()),
                )
                for hit in hits
            ]
        )
        self.statusBar().showMessage(self.tr("%Ln conversation(s) found", "", len(hits)), 5000)

    def on_search_failed(self, generation: int, error: Exception) -> None:
        if generation != self._search_generation:
            return
        if isinstance(error, QuerySyntaxError):
            self.search_bar.show_error(
                self.tr("Cannot read the search: %1").replace("%1", core_text(error.message))
            )
        else:
            self.search_bar.show_error(
                self.tr("The search failed: %1").replace("%1", error_text(error))
            )

    # Import --------------------------------------------------------------------------------
    def on_import_files(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(
            self,
            self.tr("Import mail files"),
            str(Path.home()),
            self.tr(
                "Mail files (*.mbox *.eml *.emlx *.mbx *.msg *.pst *.ost *.olm *.zip *.tgz"
                " *.tar *.gz *.bz2 *.xz);;Outlook files (*.msg *.pst *.ost *.olm);;All files (*)"
            ),
        )
        if names:
            self.start_import([Path(name) for name in names])

    def on_import_folder(self) -> None:
        chosen = QFileDialog.getExistingDirectory(
            self, self.tr("Import a Maildir or a folder of mail files"), str(Path.home())
        )
        if chosen:
            self.start_import([Path(chosen)])

    def on_import_thunderbird(self) -> None:
        dialog = ThunderbirdDialog(self)
        dialog.import_requested.connect(self.start_import)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()

    def start_import(self, paths: list[Path]) -> None:
        if self.archive is None:
            return
        if self.integrity.is_running:  # the check holds the archive: the import follows it
            self.statusBar().showMessage(
                self.tr("The import starts once the integrity check has ended.")
            )
            self.integrity.after_check(lambda: self.start_import(paths))
            return
        if self.import_dialog is not None and self.import_dialog.is_running:
            QMessageBox.information(
                self, self.tr("Import"), self.tr("Please wait until the running import ends.")
            )
            return
        self.import_dialog = ImportDialog(self.archive, paths, self)
        self.import_dialog.import_finished.connect(self.on_import_finished)
        self.import_dialog.quarantine_requested.connect(self.on_quarantine)
        self.import_dialog.show()

    def on_import_finished(self, _report: object) -> None:
        self.reload()

    # Mail accounts -------------------------------------------------------------------------
    def on_accounts(self) -> None:
        if self.archive is None:
            return
        if self.accounts_dialog is None:
            self.accounts_dialog = AccountsDialog(self.archive, self.syncing, self)
            self.accounts_dialog.finished.connect(self._on_accounts_dialog_finished)
        self.accounts_dialog.show()
        self.accounts_dialog.raise_()
        self.accounts_dialog.activateWindow()

    def _on_accounts_dialog_finished(self) -> None:
        if self.accounts_dialog is not None:
            self.accounts_dialog.deleteLater()
        self.accounts_dialog = None

    def on_sync_now(self) -> None:
        """Every account; without one, the accounts dialog, to add one."""
        if self.archive is not None and not self.syncing.is_running:
            if not self.archive.accounts.accounts():
                self.on_accounts()
                return
            self.syncing.sync()

    def on_sync_started(self) -> None:
        self.sync_action.setEnabled(False)
        self.statusBar().showMessage(self.tr("Fetching mail…"))

    def on_sync_progress_changed(self, _done: int, _total: int, note: str) -> None:
        self.statusBar().showMessage(note)

    def on_sync_finished(self, reports: Sequence[SyncReport]) -> None:
        self.sync_action.setEnabled(True)
        summary = self.syncing.summary(reports).replace("\n", " · ")
        if summary:
            self.statusBar().showMessage(summary)
        else:
            self.statusBar().clearMessage()
        if any(report.fetched for report in reports):
            self.reload()  # as after an import

    def on_sync_failed(self, problem: str) -> None:
        self.sync_action.setEnabled(True)
        self.statusBar().showMessage(problem)

    def on_quarantine(self) -> None:
        if self.archive is not None:
            dialog = QuarantineDialog(self.archive, self, on_retried=self.on_quarantine_retried)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.exec()

    def on_quarantine_retried(self, report: RetryReport) -> None:
        """Messages the quarantine gave up join the lists (as after an import)."""
        if self.archive is not None and report.imported:
            self.reload()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802
        if event.mimeData().hasUrls() and all(url.isLocalFile() for url in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        paths = [Path(url.toLocalFile()) for url in event.mimeData().urls() if url.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.start_import(paths)

    # Copy and print ------------------------------------------------------------------------
    def on_copy(self) -> None:
        """Copies the selected text of whichever view has the focus."""
        focused = QApplication.focusWidget()
        if isinstance(focused, (QTextEdit, QLineEdit)):
            focused.copy()
        else:
            self.conversation.browser.copy()

    def on_print(self) -> None:
        if self.conversation.current_message is None:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print message"))
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.conversation.print_message(printer)

    # Source --------------------------------------------------------------------------------
    def on_view_source(self) -> None:
        detail = self.conversation.current_message
        if detail is not None:
            self.on_source_requested(detail.summary.id)

    def on_source_requested(self, message_id: int) -> None:
        if self.archive is None:
            return
        SourceDialog(self.archive.source(message_id), self).exec()

    # Settings and other archives ----------------------------------------------------------
    def on_settings(self) -> None:
        """The settings dialog (shown by the application, modal); then what changed applies."""
        self.settings_requested.emit()
        self.overview.backup_remind_days = self._settings.backup_remind_days
        self.overview.check_backup()
        self.integrity.settings_changed()

    @property
    def can_open_other_archive(self) -> bool:
        signal = self.metaObject().method(
            self.metaObject().indexOfSignal("open_archive_requested(PyObject)")
        )
        return self.isSignalConnected(signal)

    # The window's layout, kept between runs and across locking -------------------------------
    def _restore_layout(self) -> None:
        for splitter, name in self._splitters():
            state = self._settings.geometry(name)
            if state is not None:
                splitter.restoreState(state)
        # The columns beside the subject, as the user left them (the fitter keeps them all).
        columns = list(self.columns_fit.wanted_px)
        widths = self._settings.column_widths("main-columns")
        if len(widths) == len(columns) and all(widths):
            for column, width in zip(columns, widths, strict=True):
                self.columns_fit.set_wanted_px(column, width)

    def remember_layout(self) -> None:
        """Keeps the window's size and place, its panes and its columns for the next time."""
        self._settings.set_geometry("main", self.saveGeometry())
        for splitter, name in self._splitters():
            self._settings.set_geometry(name, splitter.saveState())
        widths = list(self.columns_fit.wanted_px.values())
        self._settings.set_column_widths("main-columns", widths)

    def _splitters(self) -> list[tuple[QSplitter, str]]:
        return [(self.splitter, "main-panes"), (self.conversation.splitter, "conversation-panes")]

    # Closing -------------------------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        self.remember_layout()
        if self.archive is not None:
            event.ignore()
            self.quit_requested.emit()
            return
        super().closeEvent(event)
