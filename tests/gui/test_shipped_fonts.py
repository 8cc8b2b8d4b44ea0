# SPDX-License-Identifier: GPL-3.0-or-later
"""The fonts shipped for the dossier serve the window too: Tigrinya and emoji are drawn
from them where the computer has no font of its own for them, not as empty boxes."""

from __future__ import annotations

from PySide6.QtGui import QFont, QTextLayout
from PySide6.QtWidgets import QApplication, QLabel

from correspondence_app.gui.resources import add_shipped_fonts
from tests.gui.showing import shot

TIGRINYA = "ሰላም ካትያ፣ ኣብ ሆስፒታል እየ።"
EMOJI = "👍🙏💪"


def _drawn_by(text: str) -> list[tuple[str, bool]]:
    """For each run of glyphs Qt lays the text out in: the font's family, and whether each
    glyph is one of its letters (glyph 0 is the empty box a font draws for a letter it
    lacks)."""
    layout = QTextLayout(text, QFont())
    layout.beginLayout()
    layout.createLine()
    layout.endLayout()
    return [(run.rawFont().familyName(), 0 not in run.glyphIndexes()) for run in layout.glyphRuns()]


def test_tigrinya_and_emoji_are_drawn_with_a_font_that_has_them(qapp: QApplication) -> None:
    assert {"Noto Sans Ethiopic", "Symbola"} <= set(add_shipped_fonts())
    for text in (TIGRINYA, EMOJI):
        runs = _drawn_by(text)
        assert runs
        assert all(has_all for _family, has_all in runs), runs
    label = QLabel(f"{TIGRINYA}  Danke {EMOJI}")
    label.resize(520, 40)
    shot(label, "shipped-fonts")
