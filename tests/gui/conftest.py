# SPDX-License-Identifier: GPL-3.0-or-later
"""Widget tests run without a display: Qt's offscreen platform, chosen before Qt loads;
in English with its plural forms, as the application shows it (whatever a test installed
before); no window left open for the next test. Also the archive of letters that the
watching and reminding widgets are tested on."""

from __future__ import annotations

import contextlib
import os
from typing import TYPE_CHECKING, Protocol

import pytest
from PySide6.QtCore import QCoreApplication, QEvent

from correspondence_app.alerts.clock import TODAY_ENV
from correspondence_app.gui import translations
from tests.unit.alerts.life_mail import build_archive

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator
    from pathlib import Path

    from PySide6.QtWidgets import QApplication

    from correspondence_app.services import Archive

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def english(qapp: QApplication) -> None:
    translations.install(qapp, "en")


@pytest.fixture(autouse=True)
def no_window_left_open(qapp: QApplication) -> Iterator[None]:
    """After the test, what its closed windows left for deletion is deleted (as returning
    to the event loop would: processing events does not), and a window it left open fails
    it: one would take the keyboard from the next test's window in the same process."""
    before = {id(widget) for widget in qapp.topLevelWidgets() if widget.isVisible()}
    yield
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    left = [w for w in qapp.topLevelWidgets() if w.isVisible() and id(w) not in before]
    for widget in left:
        widget.hide()
    assert [type(widget).__name__ for widget in left] == []


class ArchiveWithLetters(Protocol):
    def __call__(self, letters: Iterable[bytes], *, today: str) -> Archive: ...


@pytest.fixture
def archive_with_letters(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[ArchiveWithLetters]:
    """Builds a real archive of these letters (see ``tests.unit.alerts.life_mail``), once a
    test: with a runtime folder of its own, on the day ``today`` (``2024-03-08``) as the
    core counts days. The archive is closed after the test."""
    runtime = tmp_path / "runtime"
    runtime.mkdir(mode=0o700)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(runtime))
    with contextlib.ExitStack() as to_close:

        def build(letters: Iterable[bytes], *, today: str) -> Archive:
            monkeypatch.setenv(TODAY_ENV, today)
            return to_close.enter_context(build_archive(tmp_path, letters))

        yield build
