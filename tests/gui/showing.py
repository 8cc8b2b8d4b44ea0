# SPDX-License-Identifier: GPL-3.0-or-later
"""Helpers for the tests of painted widgets: a widget shown at a given size, and dates and
month names in a given locale whatever the machine's language."""

from __future__ import annotations

import os
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication, QWidget

from correspondence_app.gui import translations

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator, Sequence

    from pytestqt.qtbot import QtBot


@contextmanager
def default_locale(locale: QLocale) -> Iterator[None]:
    """``locale`` is the default while the block runs; the one before it afterwards."""
    before = QLocale()
    QLocale.setDefault(locale)
    try:
        yield
    finally:
        QLocale.setDefault(before)


def english(country: QLocale.Country) -> QLocale:
    return QLocale(QLocale.Language.English, country)


def english_dates_in(country: QLocale.Country) -> object:
    """An autouse fixture, to be named ``english_dates`` in a test module: days and month
    names in English as written in ``country``, whatever the machine's language."""

    @pytest.fixture(autouse=True, name="english_dates")
    def english_dates() -> Iterator[None]:
        with default_locale(english(country)):
            yield

    return english_dates


def shown[Widget: QWidget](qtbot: QtBot, widget: Widget, width: int, height: int) -> Widget:
    """The widget, closed after the test, shown at ``width`` by ``height`` pixels."""
    qtbot.addWidget(widget)
    widget.resize(width, height)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def shot(widget: QWidget, name: str) -> None:
    """With CORRESPONDENCE_SHOTS set to a folder, the widget as it is now, saved there as
    ``name``.png to look at; without it, nothing."""
    folder = os.environ.get("CORRESPONDENCE_SHOTS")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        QApplication.processEvents()
        widget.grab().save(str(Path(folder) / f"{name}.png"))


def without_words_in(
    qapp: QApplication, language: str, texts: Sequence[str], worded: Callable[[str], str]
) -> list[str]:
    """Those of the core's English ``texts`` that ``worded`` gives no words of their own in
    ``language``: left as they are, or as in English. English is installed again after."""
    english = {text: worded(text) for text in texts}
    translations.install(qapp, language)
    try:
        return [text for text in texts if worded(text) in (text, english[text])]
    finally:
        translations.install(qapp, "en")
