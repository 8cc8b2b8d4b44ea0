# SPDX-License-Identifier: GPL-3.0-or-later
"""Sizes as the user's language writes them: under a kilobyte in the language's plural form,
which Qt's own formatting lacks ("1 Bytes", "108 байты")."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from correspondence_app.gui import translations
from correspondence_app.gui.formatting import data_size

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("en", ["1 byte", "2 bytes", "108 bytes", "999 bytes", "1.0 kB", "2.5 MB"]),
        ("de", ["1 Byte", "2 Bytes", "108 Bytes", "999 Bytes", "1,0 kB", "2,5 MB"]),
        ("ru", ["1 байт", "2 байта", "108 байт", "999 байт", "1,0 кБ", "2,5 МБ"]),
    ],
)
def test_a_size_is_written_as_the_language_writes_it(
    qapp: QApplication, language: str, expected: list[str]
) -> None:
    translations.install(qapp, language)
    try:
        sizes = [data_size(size) for size in (1, 2, 108, 999, 1000, 2_500_000)]
    finally:
        translations.install(qapp, "en")
    assert sizes == expected
