# SPDX-License-Identifier: GPL-3.0-or-later
"""After a session in the window, no message text exists outside the encrypted archive."""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings

from correspondence_app.crypto.keys import KdfParams
from correspondence_app.gui.app import AppController
from correspondence_app.gui.settings import AppSettings
from correspondence_app.services import Archive
from tests.conftest import PASSPHRASE

if TYPE_CHECKING:
    import pytest
    from pytestqt.qtbot import QtBot

SECRET_SUBJECT = "Zeugenaussage Feldlazarett Nowotscherkassk"
SECRET_BODY = "Die Unterlagen liegen bei Frau Quirinja Baltruschat"


def letter() -> bytes:
    return (
        "From: Sergej <sergej@example.org>\r\nTo: Anna <anna@example.de>\r\n"
        f"Subject: {SECRET_SUBJECT}\r\nDate: Mon, 02 Jan 2023 10:00:00 +0100\r\n"
        "Message-ID: <secret@example.org>\r\nMIME-Version: 1.0\r\n"
        'Content-Type: multipart/mixed; boundary="b"\r\n\r\n'
        "--b\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
        f"{SECRET_BODY}.\r\n--b\r\nContent-Type: text/plain; name=notes.txt\r\n"
        "Content-Disposition: attachment; filename=notes.txt\r\n\r\n"
        f"{SECRET_BODY} (attachment)\r\n--b--\r\n"
    ).encode()


def files_containing(root: Path, needles: list[bytes]) -> list[Path]:
    found = []
    for folder, _, names in os.walk(root):
        for name in names:
            path = Path(folder) / name
            try:
                data = path.read_bytes()
            except OSError:
                continue
            if any(needle in data for needle in needles):
                found.append(path)
    return found


def test_a_session_leaves_no_message_text_outside_the_archive(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    home = tmp_path / "home"
    runtime = tmp_path / "runtime"
    for folder in (home, runtime, tmp_path / "tmp"):
        folder.mkdir(mode=0o700)
    for variable, value in {
        "HOME": home,
        "XDG_CONFIG_HOME": home / ".config",
        "XDG_CACHE_HOME": home / ".cache",
        "XDG_DATA_HOME": home / ".local" / "share",
        "XDG_STATE_HOME": home / ".local" / "state",
        "XDG_RUNTIME_DIR": runtime,
        "TMPDIR": tmp_path / "tmp",
        "CORRESPONDENCE_APP_PASSPHRASE": PASSPHRASE,
        "CORRESPONDENCE_APP_KDF_TARGET_S": "0",
    }.items():
        monkeypatch.setenv(variable, str(value))
    mail = tmp_path / "mail" / "secret.eml"
    mail.parent.mkdir()
    mail.write_bytes(letter())
    folder = tmp_path / "archive"
    Archive.create(folder, PASSPHRASE, kdf=KdfParams()).close()
    settings = AppSettings(
        QSettings(str(home / ".config" / "settings.ini"), QSettings.Format.IniFormat)
    )
    controller = AppController(settings, folder)
    with qtbot.waitSignal(controller.unlocked, timeout=20_000):
        controller.start()
    window = controller.window
    assert window is not None
    window.start_import([mail.parent])
    assert window.import_dialog is not None
    with qtbot.waitSignal(window.import_dialog.import_finished, timeout=60_000):
        pass
    qtbot.keyClicks(window.search_bar.field, "Feldlazarett")  # type: ignore[no-untyped-call]
    qtbot.waitUntil(lambda: window.thread_model.rowCount() == 1, timeout=10_000)
    window.thread_list.setCurrentIndex(window.thread_model.index(0, 0))
    assert SECRET_BODY in window.conversation.browser.toPlainText()
    attachment = window.conversation.current_message.attachments[0]  # type: ignore[union-attr]
    opened = controller.files.write(attachment.filename, b"copy for viewing")
    assert opened.is_relative_to(runtime)
    assert opened.parent.parent.stat().st_mode & 0o777 == 0o700
    settings.sync()
    with qtbot.waitSignal(controller.unlocked, timeout=20_000):  # again, with the variable
        controller.lock()
        assert not opened.exists()
    controller.shut_down()  # what quitting does, without ending the test run
    needles = [text.encode() for text in (SECRET_SUBJECT, SECRET_BODY, "Feldlazarett")]
    needles += [text.encode("utf-16-le") for text in (SECRET_SUBJECT, "Feldlazarett")]
    leaked = [
        path
        for path in files_containing(tmp_path, needles)
        if not path.is_relative_to(folder) and path != mail
    ]
    assert leaked == []
    assert files_containing(folder, needles) == []  # the archive itself is encrypted
