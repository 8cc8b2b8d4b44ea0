# SPDX-License-Identifier: GPL-3.0-or-later
"""Every cause the core gives for a failed sync has words of its own in German and Russian
(OTHER has none: the core's English details are all there is)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from correspondence_app.accounts.imap import Cause
from correspondence_app.gui.sync_problems import cause_text
from tests.gui.showing import without_words_in

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

WORDED = [cause.value for cause in Cause if cause is not Cause.OTHER]


def worded(value: str) -> str:
    return cause_text(value) or value


@pytest.mark.parametrize("language", ["de", "ru"])
def test_every_cause_has_words_in_the_users_language(qapp: QApplication, language: str) -> None:
    assert all(cause_text(value) for value in WORDED)
    assert without_words_in(qapp, language, WORDED, worded) == []
    assert cause_text(Cause.OTHER) is None
    assert cause_text("a cause of a newer version") is None
