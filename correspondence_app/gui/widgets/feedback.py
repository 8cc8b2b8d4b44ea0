# SPDX-License-Identifier: GPL-3.0-or-later
"""The two ways a dialog says how it is doing: a problem in a red box, and work under way."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QProgressBar

_PROBLEM_STYLE = "color: white; background: #b3261e; padding: {padding};"


def problem_label(*, compact: bool = False) -> QLabel:
    """Hidden until a problem is shown; plain text, so a file name can never be markup.

    A compact label is one line, for a bar; the other wraps, for a dialog.
    """
    label = QLabel()
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(not compact)
    label.setStyleSheet(_PROBLEM_STYLE.format(padding="2px 6px" if compact else "6px"))
    label.hide()
    return label


def busy_bar() -> QProgressBar:
    """A bar without an end, hidden until work of unknown length starts."""
    bar = QProgressBar()
    bar.setRange(0, 0)
    bar.setTextVisible(False)
    bar.hide()
    return bar
