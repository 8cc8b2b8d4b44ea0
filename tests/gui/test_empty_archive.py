# SPDX-License-Identifier: GPL-3.0-or-later
"""A new archive's window: instead of an empty list, the ways to bring mail in (files, a
folder, Thunderbird, an account), each working, with mnemonics that clash neither with each
other nor with the menus in any language; no backup reminder while there is nothing to
lose; no Source button while no message is open. Once mail is in, the list is back. With
CORRESPONDENCE_SHOTS set to a folder, the window is saved there as a PNG per language."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

import pytest
from PySide6.QtWidgets import QApplication

from correspondence_app.gui import translations
from correspondence_app.gui.dialogs.accounts_dialog import AccountsDialog
from tests.gui.main_windows import shown_window
from tests.gui.showing import shot
from tests.unit.tagging.conftest import MAIL, write_sources

if TYPE_CHECKING:
    from pathlib import Path

    from pytestqt.qtbot import QtBot

    from correspondence_app.gui.main_window import MainWindow


def _mnemonic(text: str) -> str:
    found = re.search(r"&([^&])", text)
    return found[1].lower() if found else ""


def _settled(qtbot: QtBot, window: MainWindow) -> None:
    window.overview.show_mail()
    qtbot.waitUntil(lambda: window.status.text() != "")


def test_a_new_archive_shows_the_ways_to_bring_mail_in(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with shown_window(qtbot, tmp_path, monkeypatch, with_mail=False) as window:
        _settled(qtbot, window)
        assert window.thread_stack.currentWidget() is window.empty_panel
        assert not window.timeline.isVisible()
        assert not window.conversation.source_button.isVisible()
        qtbot.wait(200)  # the backup reminder is loaded in the background
        assert not window.overview.backup_banner.isVisible()
        account_button = window.empty_panel.buttons[3]
        account_button.click()
        qtbot.waitUntil(lambda: isinstance(window.accounts_dialog, AccountsDialog))
        assert window.accounts_dialog is not None
        assert window.accounts_dialog.isVisible()
        window.accounts_dialog.close()
        assert window.archive is not None
        window.archive.import_paths(write_sources(tmp_path / "mail", list(MAIL)), workers=1)
        window.reload()
        qtbot.waitUntil(lambda: window.thread_stack.currentWidget() is window.thread_list)
        assert window.timeline.isVisible()
        qtbot.waitUntil(window.overview.backup_banner.isVisible)  # now there is mail to lose


@pytest.mark.parametrize("language", ["en", "de", "ru"])
def test_the_buttons_mnemonics_clash_with_nothing(
    qtbot: QtBot, qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, language: str
) -> None:
    translations.install(qapp, language)
    try:
        with shown_window(qtbot, tmp_path, monkeypatch, with_mail=False) as window:
            _settled(qtbot, window)
            buttons = [_mnemonic(button.text()) for button in window.empty_panel.buttons]
            menus = [_mnemonic(action.text()) for action in window.menuBar().actions()]
            assert all(buttons)
            assert len(set(buttons)) == len(buttons)
            assert not set(buttons) & set(menus), (buttons, menus)
            window.resize(1100, 700)
            shot(window, f"empty-archive-{language}")
    finally:
        translations.install(qapp, "en")
