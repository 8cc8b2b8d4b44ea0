# SPDX-License-Identifier: GPL-3.0-or-later
"""A message's date in the conversation view says where it came from when the message has
no usable Date field: a file's time is not passed off as the message's date."""

from __future__ import annotations

import os
from datetime import UTC, datetime
from typing import TYPE_CHECKING

import pytest

from correspondence_app.gui import translations
from tests.gui.main_windows import shown_window
from tests.gui.showing import shot
from tests.gui.test_attachment_saving import opened_letter
from tests.unit.export.test_dating import HEADER, RECEIVED, UNDATED

if TYPE_CHECKING:
    from collections.abc import Callable
    from pathlib import Path

    from PySide6.QtWidgets import QApplication
    from pytestqt.qtbot import QtBot

    from correspondence_app.services import Archive

FILE_TIME = datetime(2026, 6, 1, 12, tzinfo=UTC).timestamp()


def importing(content: bytes) -> Callable[[Archive], None]:
    def prepare(archive: Archive) -> None:
        source = archive.folder.parent / "letter.eml"
        source.write_bytes(content)
        os.utime(source, (FILE_TIME, FILE_TIME))
        assert archive.import_paths([source], workers=1).imported == 1

    return prepare


@pytest.mark.parametrize(
    ("language", "content", "expected"),
    [
        ("en", UNDATED, "Date: 2026-06-01 12:00 +0000 (only the file's time: the message has no"),
        ("de", UNDATED, "Datum: 2026-06-01 12:00 +0000 (nur die Zeit der Datei"),
        ("ru", RECEIVED, "Дата: 2024-03-02 09:00 +0000 (когда почтовый сервер"),
        ("en", RECEIVED, "Date: 2024-03-02 09:00 +0000 (when a mail server received it"),
    ],
)
def test_a_date_from_elsewhere_than_the_date_field_says_so(
    qtbot: QtBot,
    qapp: QApplication,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    language: str,
    content: bytes,
    expected: str,
) -> None:
    translations.install(qapp, language)
    with shown_window(
        qtbot, tmp_path, monkeypatch, with_mail=False, prepare=importing(content)
    ) as window:
        opened_letter(qtbot, window)
        assert expected in window.conversation.header.toolTip()
        window.resize(1200, 700)
        shot(window.conversation, f"message-date-{language}-{content is UNDATED}")


def test_a_date_from_the_date_field_stands_alone(
    qtbot: QtBot, qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    translations.install(qapp, "en")

    with shown_window(
        qtbot, tmp_path, monkeypatch, with_mail=False, prepare=importing(HEADER)
    ) as window:
        opened_letter(qtbot, window)
        lines = window.conversation.header.toolTip().splitlines()
        assert "Date: 2024-03-01 10:00 +0100" in lines
