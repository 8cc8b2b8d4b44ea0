# SPDX-License-Identifier: GPL-3.0-or-later
"""The main window of a real archive, shown for a test: created in the test's folder, with
a runtime folder of its own, the tagging tests' mail imported if asked for."""

from __future__ import annotations

from contextlib import contextmanager
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings

from correspondence_app.crypto.keys import KdfParams
from correspondence_app.gui.main_window import MainWindow
from correspondence_app.gui.settings import AppSettings
from correspondence_app.services import Archive
from correspondence_app.session_files import SessionFiles
from tests.conftest import PASSPHRASE
from tests.unit.tagging.conftest import MAIL, write_sources

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator
    from pathlib import Path

    import pytest
    from pytestqt.qtbot import QtBot


@contextmanager
def shown_window(
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    *,
    with_mail: bool = True,
    prepare: Callable[[Archive], object] | None = None,
) -> Iterator[MainWindow]:
    """The window of a new archive: with the letters of ``tests.unit.tagging.conftest``
    imported (unless ``with_mail`` is false) and ``prepare`` done to it before it opens.
    Afterwards the window forgets what it showed and its session files are wiped."""
    runtime = tmp_path / "runtime"
    runtime.mkdir(mode=0o700)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(runtime))
    with Archive.create(tmp_path / "archive", PASSPHRASE, kdf=KdfParams()) as archive:
        if with_mail:
            archive.import_paths(write_sources(tmp_path / "mail", list(MAIL)), workers=1)
        if prepare is not None:
            prepare(archive)
        settings = AppSettings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
        files = SessionFiles()
        shown = MainWindow(archive, settings, files)
        qtbot.addWidget(shown)
        shown.show()
        try:
            yield shown
        finally:
            shown.clear()
            shown.close()  # refused while an archive is open (it would quit the application)
            files.wipe()
