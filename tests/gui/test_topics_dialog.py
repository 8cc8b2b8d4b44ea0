# SPDX-License-Identifier: GPL-3.0-or-later
"""Topic suggestions in their dialog: found in the background, accepted, dismissed."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from correspondence_app.crypto.keys import KdfParams
from correspondence_app.gui.dialogs.topics_dialog import TopicsDialog
from correspondence_app.services import Archive
from tests.conftest import PASSPHRASE
from tests.unit.tagging.test_topics import write_topic_mail

if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path

    from pytestqt.qtbot import QtBot


@pytest.fixture
def archive(tmp_path: Path) -> Iterator[Archive]:
    with Archive.create(tmp_path / "archive", PASSPHRASE, kdf=KdfParams()) as opened:
        opened.import_paths([write_topic_mail(tmp_path / "mail")], workers=1)
        yield opened


def opened_dialog(archive: Archive, qtbot: QtBot) -> TopicsDialog:
    dialog = TopicsDialog(archive.organiser)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: not dialog.is_running, timeout=20_000)
    return dialog


def test_a_suggestion_is_accepted_as_a_tag_with_a_rule(archive: Archive, qtbot: QtBot) -> None:
    dialog = opened_dialog(archive, qtbot)
    assert dialog.suggestions.count() >= 3
    suggestion = dialog.current_suggestion
    assert suggestion is not None
    assert dialog.name_field.text()  # proposed from the strongest word
    dialog.name_field.setText("Thema/Erstes")
    dialog.rule_box.setChecked(True)
    with qtbot.waitSignal(dialog.tags_changed):
        dialog.accept_button.click()
    assert "Tagged" in dialog.status.text()
    tagged = {hit.thread_id for hit in archive.search("tag:Thema", limit=1000)}
    assert tagged == set(suggestion.thread_ids)
    assert [rule.tags for rule in archive.organiser.rules()] == [("Thema/Erstes",)]
    assert dialog.current_suggestion != suggestion  # it left the list


def test_a_dismissed_suggestion_is_not_made_again(archive: Archive, qtbot: QtBot) -> None:
    dialog = opened_dialog(archive, qtbot)
    dismissed = dialog.current_suggestion
    assert dismissed is not None
    count = dialog.suggestions.count()
    dialog.dismiss_button.click()
    assert dialog.suggestions.count() == count - 1
    again = opened_dialog(archive, qtbot)
    shown = [again.suggestions.item(i).text() for i in range(again.suggestions.count())]
    assert all(not text.startswith(dismissed.label + " (") for text in shown)


def test_the_search_can_be_stopped(archive: Archive, qtbot: QtBot) -> None:
    dialog = TopicsDialog(archive.organiser)
    qtbot.addWidget(dialog)
    dialog.on_cancel_clicked()  # at once: before the first conversations are read
    qtbot.waitUntil(lambda: not dialog.is_running, timeout=20_000)
    assert dialog.suggestions.count() == 0
    assert "Stopped" in dialog.status.text()
