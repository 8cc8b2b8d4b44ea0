# SPDX-License-Identifier: GPL-3.0-or-later
"""The conversation list on a small screen: the names give up width so that the number of
messages and the date of the last one stay in view, and take it back when there is room.
With CORRESPONDENCE_SHOTS set to a folder, the narrow window is saved there as a PNG."""

from __future__ import annotations

from typing import TYPE_CHECKING

from correspondence_app.gui.models.thread_list_model import Column
from tests.gui.main_windows import shown_window
from tests.gui.showing import shot

if TYPE_CHECKING:
    from pathlib import Path

    import pytest
    from pytestqt.qtbot import QtBot

    from correspondence_app.gui.main_window import MainWindow


def _right_edge(window: MainWindow, column: Column) -> int:
    header = window.thread_list.horizontalHeader()
    return header.sectionViewportPosition(column) + header.sectionSize(column)


def test_a_narrow_list_keeps_the_dates_in_view(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with shown_window(qtbot, tmp_path, monkeypatch) as window:
        window.overview.show_mail()
        window.resize(1400, 700)
        qtbot.waitUntil(lambda: window.thread_model.rowCount() > 0)
        header = window.thread_list.horizontalHeader()
        wanted = window.columns_fit.wanted_px[Column.CORRESPONDENTS]
        window.splitter.setSizes([300, 330, 770])  # a narrow list
        qtbot.waitUntil(lambda: header.sectionSize(Column.CORRESPONDENTS) < wanted)
        viewport = window.thread_list.viewport().width()
        assert _right_edge(window, Column.LAST_DATE) <= viewport
        assert header.sectionSize(Column.SUBJECT) >= header.sectionSize(Column.CORRESPONDENTS)
        shot(window, "thread-list-narrow")
        window.splitter.setSizes([150, 800, 450])  # room again
        qtbot.waitUntil(lambda: header.sectionSize(Column.CORRESPONDENTS) == wanted)
        assert _right_edge(window, Column.LAST_DATE) <= window.thread_list.viewport().width()


def test_a_column_the_user_widens_is_kept_at_that_width_when_there_is_room(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with shown_window(qtbot, tmp_path, monkeypatch) as window:
        window.overview.show_mail()
        window.resize(1400, 700)
        window.splitter.setSizes([150, 800, 450])
        header = window.thread_list.horizontalHeader()
        header.resizeSection(Column.CORRESPONDENTS, 200)  # as a user drags it
        window.splitter.setSizes([300, 330, 770])
        qtbot.waitUntil(lambda: header.sectionSize(Column.CORRESPONDENTS) < 200)
        window.splitter.setSizes([150, 800, 450])
        qtbot.waitUntil(lambda: header.sectionSize(Column.CORRESPONDENTS) == 200)
