# SPDX-License-Identifier: GPL-3.0-or-later
"""Import from Thunderbird: its profiles on this computer, their mail folders grouped by
account with their message counts (read in the background), and the folders chosen."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, override

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from correspondence_app.gui import workers
from correspondence_app.gui.core_messages import error_text
from correspondence_app.gui.widgets import forms
from correspondence_app.gui.widgets.feedback import busy_bar, problem_label
from correspondence_app.importers import thunderbird

if TYPE_CHECKING:
    from collections.abc import Iterator, Sequence

    from correspondence_app.importers.thunderbird import MailFolder, Profile

COLUMN_FOLDER, COLUMN_MESSAGES = 0, 1
FolderRole = Qt.ItemDataRole.UserRole  # a folder item's MailFolder; None on an account
# Tasks whose dialog may close before they end: kept until they report, as the pool needs.
_running: set[workers.Task] = set()


class ThunderbirdDialog(QDialog):
    import_requested = Signal(list)  # list[Path]: the chosen folder files

    def __init__(self, parent: QWidget | None = None, roots: Sequence[Path] | None = None) -> None:
        super().__init__(parent)
        self._task: workers.Task | None = None
        self.setWindowTitle(self.tr("Import from Thunderbird"))
        self.setMinimumSize(600, 480)
        intro = forms.wrapped_label(
            self.tr(
                "Thunderbird keeps each mail folder in a file. Choose the folders to import; "
                "messages you deleted in Thunderbird are left out. Close Thunderbird first, "
                "or compact its folders, for the newest state."
            )
        )
        self.profiles = QComboBox()
        self.profiles.setAccessibleName(self.tr("Thunderbird profile"))
        self.profiles.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        profile_label = QLabel(self.tr("&Profile:"))
        profile_label.setBuddy(self.profiles)
        self.choose_button = forms.plain_button(
            self.tr("Choose a profile folder…"), self.on_choose_clicked
        )
        self.none_found = forms.wrapped_label(
            self.tr("No Thunderbird profile was found on this computer.")
        )
        self.problem = problem_label()
        self.busy = busy_bar()
        self.busy.setAccessibleName(self.tr("Counting the messages in each folder"))
        self.folders = QTreeWidget()
        self.folders.setAccessibleName(self.tr("Mail folders"))
        self.folders.setHeaderLabels([self.tr("Folder"), self.tr("Messages")])
        self.folders.setRootIsDecorated(True)
        header = self.folders.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(COLUMN_FOLDER, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COLUMN_MESSAGES, QHeaderView.ResizeMode.ResizeToContents)
        self.folders.itemChanged.connect(self._update_summary)
        self.summary = forms.wrapped_label()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.addButton(
            self.tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.accepted.connect(self.on_import_clicked)
        self.buttons.rejected.connect(self.reject)

        profile_row = forms.row(profile_label, (self.profiles, 1), self.choose_button)
        forms.column(
            intro,
            profile_row,
            self.none_found,
            self.problem,
            self.busy,
            (self.folders, 1),
            self.summary,
            self.buttons,
            parent=self,
        )
        forms.tab_in_layout_order(self)
        for profile in thunderbird.find_profiles(roots):
            self._add_profile(profile)
        self.none_found.setVisible(self.profiles.count() == 0)
        self.profiles.setEnabled(self.profiles.count() > 0)
        self.profiles.currentIndexChanged.connect(self.on_profile_changed)
        self.on_profile_changed()
        (self.folders if self.profiles.count() else self.choose_button).setFocus()

    # Profiles --------------------------------------------------------------------------------
    @property
    def current_profile(self) -> Path | None:
        path = self.profiles.currentData()
        return path if isinstance(path, Path) else None

    def _add_profile(self, profile: Profile) -> None:
        text = profile.name
        if profile.is_default:
            text = self.tr("%1 (default)").replace("%1", profile.name)
        self.profiles.addItem(text, profile.path)
        self.profiles.setItemData(
            self.profiles.count() - 1, str(profile.path), Qt.ItemDataRole.ToolTipRole
        )

    def on_choose_clicked(self) -> None:
        chosen = QFileDialog.getExistingDirectory(
            self, self.tr("Choose a Thunderbird profile folder"), str(Path.home())
        )
        if chosen:
            self.add_profile_folder(Path(chosen))

    def add_profile_folder(self, path: Path) -> bool:
        """Lists the folder as a profile and shows its folders, if it is one."""
        if not thunderbird.is_profile(path):
            self.problem.setText(
                self.tr(
                    "“%1” is not a Thunderbird profile folder: it has no prefs.js beside a "
                    "Mail or ImapMail folder."
                ).replace("%1", str(path))
            )
            self.problem.show()
            return False
        self.problem.hide()
        index = self.profiles.findData(path)
        if index < 0:
            self._add_profile(thunderbird.Profile(path.name, path, is_default=False))
            index = self.profiles.count() - 1
        self.none_found.hide()
        self.profiles.setEnabled(True)
        if index != self.profiles.currentIndex():
            self.profiles.setCurrentIndex(index)  # reads its folders
        elif not self.is_loading:
            self.on_profile_changed()  # the current one again: read anew
        return True

    # Folders ---------------------------------------------------------------------------------
    @property
    def is_loading(self) -> bool:
        return self._task is not None

    def on_profile_changed(self) -> None:
        """Reads the chosen profile's folders in the background: counting takes a while."""
        self.folders.clear()
        profile = self.current_profile
        if profile is None:
            self._task = None
            self._update_summary()
            return
        self.problem.hide()
        task = workers.Task(thunderbird.folders, profile)
        task.signals.finished.connect(workers.owned(self, self._on_read, task))
        task.signals.failed.connect(workers.owned(self, self._on_failed, task))
        task.signals.finished.connect(lambda _found: _running.discard(task))
        task.signals.failed.connect(lambda _error: _running.discard(task))
        _running.add(task)
        self._task = workers.start(task)
        self.busy.show()
        self._update_summary()

    def _on_read(self, task: workers.Task, found: list[MailFolder]) -> None:
        if task is not self._task:
            return  # another profile was chosen meanwhile
        self._task = None
        self.busy.hide()
        self._fill(found)
        if not found:
            self.problem.setText(self.tr("This profile has no mail folders."))
            self.problem.show()
        self._update_summary()

    def _on_failed(self, task: workers.Task, error: Exception) -> None:
        if task is not self._task:
            return
        self._task = None
        self.busy.hide()
        self.problem.setText(
            self.tr("The folders could not be read: %1").replace("%1", error_text(error))
        )
        self.problem.show()
        self._update_summary()

    def _fill(self, found: list[MailFolder]) -> None:
        self.folders.blockSignals(True)
        accounts: dict[str, QTreeWidgetItem] = {}
        for folder in found:
            account_name, _, rest = folder.name.partition("/")
            account = accounts.get(account_name)
            if account is None:
                account = accounts[account_name] = QTreeWidgetItem(self.folders, [account_name])
                account.setFlags(
                    Qt.ItemFlag.ItemIsEnabled
                    | Qt.ItemFlag.ItemIsUserCheckable
                    | Qt.ItemFlag.ItemIsAutoTristate
                )
                account.setCheckState(COLUMN_FOLDER, Qt.CheckState.Checked)
            item = QTreeWidgetItem(account, [rest or account_name, self._messages(folder.messages)])
            item.setFlags(
                Qt.ItemFlag.ItemIsEnabled
                | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsUserCheckable
                | Qt.ItemFlag.ItemNeverHasChildren
            )
            item.setCheckState(COLUMN_FOLDER, Qt.CheckState.Checked)
            item.setData(COLUMN_FOLDER, FolderRole, folder)
            item.setToolTip(COLUMN_FOLDER, str(folder.path))
            item.setTextAlignment(COLUMN_MESSAGES, Qt.AlignmentFlag.AlignRight)
        for account in accounts.values():
            total = sum(folder.messages for folder, _item in _folders_of(account))
            account.setText(COLUMN_MESSAGES, self._messages(total))
            account.setTextAlignment(COLUMN_MESSAGES, Qt.AlignmentFlag.AlignRight)
        self.folders.expandAll()
        self.folders.blockSignals(False)
        if accounts:
            self.folders.setCurrentItem(next(iter(accounts.values())))

    def _messages(self, count: int) -> str:
        return self.tr("%Ln message(s)", "", count)

    # Choosing --------------------------------------------------------------------------------
    def chosen_folders(self) -> list[MailFolder]:
        return [
            folder
            for index in range(self.folders.topLevelItemCount())
            for folder, item in _folders_of(self.folders.topLevelItem(index))
            if item.checkState(COLUMN_FOLDER) == Qt.CheckState.Checked
        ]

    def chosen_paths(self) -> list[Path]:
        return [folder.path for folder in self.chosen_folders()]

    def _update_summary(self) -> None:
        chosen = self.chosen_folders()
        if self.is_loading:
            self.summary.setText(self.tr("Counting the messages in each folder…"))
        elif not chosen:
            self.summary.setText(self.tr("No folder chosen."))
        else:
            messages = self.tr("%Ln message(s)", "", sum(folder.messages for folder in chosen))
            where = self.tr("in %Ln folder(s)", "", len(chosen))
            self.summary.setText(
                self.tr("%1 %2 chosen").replace("%1", messages).replace("%2", where)
            )
        self.import_button.setEnabled(bool(chosen) and not self.is_loading)

    def on_import_clicked(self) -> None:
        paths = self.chosen_paths()
        if not paths or self.is_loading:
            return
        self.import_requested.emit(paths)
        self.accept()

    @override
    def done(self, result: int) -> None:
        """Closed while counting: the count goes on in the pool, its result is dropped."""
        self._task = None
        super().done(result)


def _folders_of(account: QTreeWidgetItem | None) -> Iterator[tuple[MailFolder, QTreeWidgetItem]]:
    if account is None:
        return
    for item in filter(None, map(account.child, range(account.childCount()))):
        yield item.data(COLUMN_FOLDER, FolderRole), item
