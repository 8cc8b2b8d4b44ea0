# SPDX-License-Identifier: GPL-3.0-or-later
"""Saving an attachment from the conversation view: its bytes come from its message's
original; if the original no longer holds it, the window says so instead of failing."""

from __future__ import annotations

import hashlib
from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox
from sqlalchemy import update

from correspondence_app.gui import translations
from correspondence_app.storage.tables import Original
from tests.gui.main_windows import shown_window
from tests.gui.showing import shot
from tests.unit.export import letters

if TYPE_CHECKING:
    from pathlib import Path

    from pytestqt.qtbot import QtBot

    from correspondence_app.gui.main_window import MainWindow
    from correspondence_app.services import Archive
    from correspondence_app.storage.queries import MessageDetail


def with_letter(archive: Archive) -> None:
    source = archive.folder.parent / "letter.eml"
    source.write_bytes(letters.letter(1, "saving", "Anbei der Antrag.", attachment=True))
    assert archive.import_paths([source], workers=1).imported == 1


def test_an_attachment_is_saved_and_a_lost_one_is_said(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with shown_window(qtbot, tmp_path, monkeypatch, with_mail=False, prepare=with_letter) as window:
        message = opened_letter(qtbot, window)
        [attachment] = message.attachments
        targets = iter([tmp_path / "antrag-1.txt", tmp_path / "again.txt"])
        monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_args: (str(next(targets)), ""))
        window.conversation.save_attachment(attachment)
        assert (tmp_path / "antrag-1.txt").read_bytes() == b"Antrag 1"

        assert window.archive is not None
        lose_the_attachment(window.archive, message.summary.id)
        said: list[str] = []
        QTimer.singleShot(0, lambda: said.append(closed_box("attachment-lost")))
        window.conversation.save_attachment(attachment)
        assert said == [
            "“antrag-1.txt” can no longer be read from its message. File → Check the "
            "archive's integrity says more; a backup may still hold it."
        ]
        assert not (tmp_path / "again.txt").exists()


@pytest.mark.parametrize(
    ("language", "words"),
    [("de", "kann nicht mehr aus seiner Nachricht"), ("ru", "больше не удаётся прочитать")],
)
def test_the_lost_attachment_is_said_in_german_and_russian(
    qtbot: QtBot,
    qapp: QApplication,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    language: str,
    words: str,
) -> None:
    translations.install(qapp, language)
    with shown_window(qtbot, tmp_path, monkeypatch, with_mail=False, prepare=with_letter) as window:
        message = opened_letter(qtbot, window)
        assert window.archive is not None
        lose_the_attachment(window.archive, message.summary.id)
        monkeypatch.setattr(
            QFileDialog, "getSaveFileName", lambda *_args: (str(tmp_path / "x"), "")
        )
        said: list[str] = []
        QTimer.singleShot(0, lambda: said.append(closed_box(f"attachment-lost-{language}")))
        window.conversation.save_attachment(message.attachments[0])
        assert words in said[0]
        assert "antrag-1.txt" in said[0]


def opened_letter(qtbot: QtBot, window: MainWindow) -> MessageDetail:
    """The one letter, opened in the window."""
    qtbot.waitUntil(lambda: window.thread_model.rowCount() == 1, timeout=10_000)
    window.thread_list.setCurrentIndex(window.thread_model.index(0, 0))
    qtbot.waitUntil(lambda: window.conversation.current_message is not None, timeout=10_000)
    message = window.conversation.current_message
    assert message is not None
    return message


def closed_box(name: str) -> str:
    """The text of the message box open now, looked at and closed."""
    box = QApplication.activeModalWidget()
    assert isinstance(box, QMessageBox)
    shot(box, name)
    box.close()
    return box.text()


def lose_the_attachment(archive: Archive, message_id: int) -> None:
    """The message's original, changed so that its attachment differs, with a SHA-256 that
    fits: only the attachment is lost."""
    changed = archive.raw(message_id).replace(b"QW50cmFnIDE=", b"QW50cmFnIDI=")
    assert changed != archive.raw(message_id)
    with archive.session() as session, session.begin():
        session.execute(
            update(Original)
            .where(Original.message_id == message_id)
            .values(data=changed, compression="none", sha256=hashlib.sha256(changed).hexdigest())
        )
