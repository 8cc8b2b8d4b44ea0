# SPDX-License-Identifier: GPL-3.0-or-later
"""Import from Thunderbird in its dialog, on a constructed profile tree: the profiles with
the default first, their folders per account with counts, the choice and the import."""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import Qt

from correspondence_app.gui.dialogs.thunderbird_dialog import COLUMN_MESSAGES, ThunderbirdDialog
from tests.unit.importers.thunderbird_profile import PROFILE, thunderbird_home

if TYPE_CHECKING:
    from PySide6.QtWidgets import QTreeWidgetItem
    from pytestqt.qtbot import QtBot

DEFAULT = PROFILE


@pytest.fixture
def home(tmp_path: Path) -> Path:
    return thunderbird_home(tmp_path)


def opened(qtbot: QtBot, roots: list[Path]) -> ThunderbirdDialog:
    dialog = ThunderbirdDialog(roots=roots)
    qtbot.addWidget(dialog)
    dialog.resize(640, 500)
    dialog.show()
    qtbot.waitUntil(lambda: not dialog.is_loading, timeout=10_000)
    return dialog


def counted(text: str) -> str:
    """The text without plural endings, the same before and after the English plural
    forms are translated: "2 messages", "1 message(s)" -> "2 message", "1 message"."""
    return re.sub(r"\b(message|folder)(\(s\)|s)(?!\w)", r"\1", text)


def accounts(dialog: ThunderbirdDialog) -> dict[str, QTreeWidgetItem]:
    tree = dialog.folders
    items = [tree.topLevelItem(index) for index in range(tree.topLevelItemCount())]
    return {item.text(0): item for item in items if item is not None}


def folders_of(account: QTreeWidgetItem) -> list[QTreeWidgetItem]:
    return [item for item in map(account.child, range(account.childCount())) if item is not None]


def listed(dialog: ThunderbirdDialog) -> dict[str, list[tuple[str, str]]]:
    return {
        name: [(item.text(0), counted(item.text(COLUMN_MESSAGES))) for item in folders_of(account)]
        for name, account in accounts(dialog).items()
    }


def test_profiles_are_listed_with_the_default_first(qtbot: QtBot, home: Path) -> None:
    dialog = opened(qtbot, [home])
    combo = dialog.profiles
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "default-release (default)",
        "old",
    ]
    assert dialog.current_profile == home / DEFAULT
    assert dialog.none_found.isHidden()


def test_folders_are_listed_per_account_with_their_counts(qtbot: QtBot, home: Path) -> None:
    dialog = opened(qtbot, [home])
    assert listed(dialog) == {
        "Local Folders": [("Inbox", "2 message"), ("Inbox/Behörden", "1 message")],
        "imap.example.org": [("INBOX", "1 message")],
    }
    assert counted(dialog.summary.text()) == "4 message in 3 folder chosen"
    assert dialog.import_button.isEnabled()


def test_unchecking_an_account_unchecks_its_folders(qtbot: QtBot, home: Path) -> None:
    dialog = opened(qtbot, [home])
    local = accounts(dialog)["Local Folders"]
    local.setCheckState(0, Qt.CheckState.Unchecked)
    assert [item.checkState(0) for item in folders_of(local)] == [
        Qt.CheckState.Unchecked,
        Qt.CheckState.Unchecked,
    ]
    assert dialog.chosen_paths() == [home / DEFAULT / "ImapMail" / "imap.example.org" / "INBOX"]
    assert counted(dialog.summary.text()) == "1 message in 1 folder chosen"
    folders_of(local)[0].setCheckState(0, Qt.CheckState.Checked)  # the account partly chosen
    assert local.checkState(0) == Qt.CheckState.PartiallyChecked
    assert counted(dialog.summary.text()) == "3 message in 2 folder chosen"
    accounts(dialog)["imap.example.org"].setCheckState(0, Qt.CheckState.Unchecked)
    local.setCheckState(0, Qt.CheckState.Unchecked)
    assert dialog.summary.text() == "No folder chosen."
    assert not dialog.import_button.isEnabled()


def test_import_emits_the_chosen_folder_files(qtbot: QtBot, home: Path) -> None:
    dialog = opened(qtbot, [home])
    folders_of(accounts(dialog)["Local Folders"])[0].setCheckState(0, Qt.CheckState.Unchecked)
    with qtbot.waitSignal(dialog.import_requested) as emitted:
        dialog.import_button.click()
    sub = home / DEFAULT / "Mail" / "Local Folders" / "Inbox.sbd" / "Behörden"
    assert emitted.args == [[sub, home / DEFAULT / "ImapMail" / "imap.example.org" / "INBOX"]]
    assert dialog.result() == ThunderbirdDialog.DialogCode.Accepted


def test_another_profile_shows_its_own_folders(qtbot: QtBot, home: Path) -> None:
    dialog = opened(qtbot, [home])
    dialog.profiles.setCurrentIndex(1)
    qtbot.waitUntil(lambda: not dialog.is_loading, timeout=10_000)
    assert listed(dialog) == {}
    assert dialog.problem.text() == "This profile has no mail folders."
    assert not dialog.import_button.isEnabled()


def test_without_a_profile_a_folder_can_be_chosen(qtbot: QtBot, home: Path, tmp_path: Path) -> None:
    dialog = opened(qtbot, [tmp_path / "nowhere"])
    assert dialog.profiles.count() == 0
    assert dialog.none_found.isVisibleTo(dialog)
    assert dialog.none_found.text() == "No Thunderbird profile was found on this computer."
    assert not dialog.import_button.isEnabled()

    assert not dialog.add_profile_folder(home)  # the folder above the profiles
    assert dialog.problem.isVisibleTo(dialog)
    assert "is not a Thunderbird profile folder" in dialog.problem.text()
    assert dialog.profiles.count() == 0

    assert dialog.add_profile_folder(home / DEFAULT)
    qtbot.waitUntil(lambda: not dialog.is_loading, timeout=10_000)
    assert dialog.problem.isHidden()
    assert dialog.none_found.isHidden()
    assert dialog.profiles.currentText() == DEFAULT
    assert set(listed(dialog)) == {"Local Folders", "imap.example.org"}
    assert counted(dialog.summary.text()) == "4 message in 3 folder chosen"
