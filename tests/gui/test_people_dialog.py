# SPDX-License-Identifier: GPL-3.0-or-later
"""The people dialog on a real archive: the list and its filter, proposed merges accepted
and rejected, watching, renaming, merging, splitting, the user's own addresses."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from correspondence_app.gui.dialogs.people_dialog import PeopleDialog
from correspondence_app.gui.dialogs.watch_dialog import WatchDialog
from correspondence_app.gui.models.people_model import (
    COLUMN_NAME,
    COLUMN_RECEIVED,
    COLUMN_SENT,
    COLUMN_WATCHED,
    PersonIdRole,
)
from tests.unit.alerts.life_mail import FRIEND, OWN, letter

if TYPE_CHECKING:
    from pytestqt.qtbot import QtBot

    from correspondence_app.services import Archive
    from tests.gui.conftest import ArchiveWithLetters

OTHER = "sergej@other.example"
ANNA = "anna.weber@example.org"
JUERGEN = "juergen@example.de"


def moment(day: int) -> datetime:
    return datetime(2024, 2, day, 18, tzinfo=UTC)


@pytest.fixture
def archive(archive_with_letters: ArchiveWithLetters) -> Archive:
    letters = [letter(f"Sergej Petrov <{FRIEND}>", moment(day)) for day in (1, 5, 9)]
    letters += [letter(f"Sergey Petrov <{OTHER}>", moment(day)) for day in (12, 20)]
    letters += [letter(f"Anna Weber <{ANNA}>", moment(3))]
    # Ten letters: "10" sorts before "3" as text, after it as a number.
    letters += [letter(f"Jürgen Weiß <{JUERGEN}>", moment(day)) for day in range(13, 23)]
    letters += [letter(OWN, moment(day), to=FRIEND) for day in (2, 6)]
    return archive_with_letters(letters, today="2024-03-08")


@pytest.fixture
def dialog(archive: Archive, qtbot: QtBot) -> PeopleDialog:
    opened = PeopleDialog(archive)
    qtbot.addWidget(opened)
    opened.show()
    loaded(opened, qtbot)
    return opened


def loaded(dialog: PeopleDialog, qtbot: QtBot) -> None:
    qtbot.waitUntil(lambda: not dialog.is_loading, timeout=20_000)


def shown(dialog: PeopleDialog, column: int) -> dict[int, str]:
    """Person id -> the text of a column, for the rows the filter shows."""
    proxy = dialog.proxy
    return {
        int(proxy.index(row, 0).data(PersonIdRole)): str(proxy.index(row, column).data())
        for row in range(proxy.rowCount())
    }


def pick(dialog: PeopleDialog, archive: Archive, *addresses: str) -> list[int]:
    ids = [archive.people.person_of_address(address) for address in addresses]
    dialog.select_people(ids)
    assert sorted(dialog.selected_ids()) == sorted(ids)
    return ids


def test_the_list_shows_people_with_their_counts(dialog: PeopleDialog, archive: Archive) -> None:
    sergej = archive.people.person_of_address(FRIEND)
    me = archive.people.person_of_address(OWN)
    assert shown(dialog, COLUMN_RECEIVED)[sergej] == "3"
    assert shown(dialog, COLUMN_SENT)[sergej] == "2"
    assert shown(dialog, COLUMN_NAME)[me].endswith("(you)")
    assert shown(dialog, COLUMN_NAME)[sergej] == "Sergej Petrov"
    assert len(shown(dialog, COLUMN_NAME)) == 5


def test_the_filter_matches_names_and_addresses_without_accents(dialog: PeopleDialog) -> None:
    dialog.filter_field.setText("petrov")
    assert sorted(shown(dialog, COLUMN_NAME).values()) == ["Sergej Petrov", "Sergey Petrov"]
    dialog.filter_field.setText("other.example")
    assert list(shown(dialog, COLUMN_NAME).values()) == ["Sergey Petrov"]
    dialog.filter_field.setText("JURGEN weiss")
    assert list(shown(dialog, COLUMN_NAME).values()) == ["Jürgen Weiß"]
    dialog.filter_field.clear()
    assert len(shown(dialog, COLUMN_NAME)) == 5


def test_numbers_sort_as_numbers(dialog: PeopleDialog) -> None:
    dialog.people_view.sortByColumn(COLUMN_RECEIVED, Qt.SortOrder.DescendingOrder)
    received = [int(dialog.proxy.index(row, COLUMN_RECEIVED).data()) for row in range(5)]
    assert received == [10, 3, 2, 1, 0]


def test_an_accepted_proposal_merges_the_two(
    dialog: PeopleDialog, archive: Archive, qtbot: QtBot
) -> None:
    dialog.tabs.setCurrentIndex(1)
    assert dialog.proposal_list.topLevelItemCount() == 1
    assert not dialog.no_proposals_label.isVisibleTo(dialog)
    proposal = dialog.proposal_list.current_proposal
    assert proposal is not None
    assert "another spelling" in dialog.proposal_list.reason_words(proposal)
    with qtbot.waitSignal(dialog.people_changed):
        dialog.accept_button.click()
    assert archive.people.person_of_address(FRIEND) == archive.people.person_of_address(OTHER)
    loaded(dialog, qtbot)
    assert dialog.no_proposals_label.isVisibleTo(dialog)
    assert dialog.selected_ids() == [proposal.first]  # the merged person is selected
    assert len(shown(dialog, COLUMN_NAME)) == 4


def test_a_rejected_proposal_is_not_made_again(
    dialog: PeopleDialog, archive: Archive, qtbot: QtBot
) -> None:
    dialog.tabs.setCurrentIndex(1)
    dialog.reject_button.click()
    assert archive.people.proposals() == []
    assert archive.people.person_of_address(FRIEND) != archive.people.person_of_address(OTHER)
    loaded(dialog, qtbot)
    assert dialog.proposal_list.topLevelItemCount() == 0
    assert dialog.no_proposals_label.isVisibleTo(dialog)
    assert not dialog.accept_button.isEnabled()


def test_watching_with_a_threshold_and_stopping(
    dialog: PeopleDialog, archive: Archive, qtbot: QtBot
) -> None:
    (sergej,) = pick(dialog, archive, FRIEND)
    assert dialog.watch_button.text() == "&Watch…"
    with qtbot.waitSignal(dialog.people_changed):
        assert dialog.watch_selected(30)
    assert archive.watchlist.watched() == {sergej: 30}
    loaded(dialog, qtbot)
    assert dialog.selected_ids() == [sergej]  # the selection survives the reload
    assert shown(dialog, COLUMN_WATCHED)[sergej] == "Watched, 30 days"
    assert dialog.watch_button.text() == "Stop &watching"
    dialog.watch_button.click()  # stopping asks nothing
    assert archive.watchlist.watched() == {}
    loaded(dialog, qtbot)
    assert dialog.watch_selected(None)
    assert archive.watchlist.watched() == {sergej: None}


def test_the_owner_cannot_be_watched(dialog: PeopleDialog, archive: Archive) -> None:
    pick(dialog, archive, OWN)
    assert not dialog.watch_button.isEnabled()
    assert dialog.rename_button.isEnabled()


def test_renaming_and_going_back_to_the_name_seen(
    dialog: PeopleDialog, archive: Archive, qtbot: QtBot
) -> None:
    (anna,) = pick(dialog, archive, ANNA)
    assert dialog.rename_selected("Аня Вебер")
    assert archive.people.person(anna).name == "Аня Вебер"
    loaded(dialog, qtbot)
    assert shown(dialog, COLUMN_NAME)[anna] == "Аня Вебер"
    assert dialog.rename_selected("")
    assert archive.people.person(anna).name == "Anna Weber"


def test_buttons_follow_the_selection(dialog: PeopleDialog, archive: Archive) -> None:
    dialog.people_view.clearSelection()
    buttons = [dialog.watch_button, dialog.rename_button, dialog.merge_button]
    buttons += [dialog.split_button, dialog.mail_button]
    assert not any(button.isEnabled() for button in buttons)
    pick(dialog, archive, FRIEND, ANNA)
    assert dialog.merge_button.isEnabled()
    assert not dialog.rename_button.isEnabled()
    assert not dialog.mail_button.isEnabled()
    pick(dialog, archive, FRIEND)
    assert not dialog.split_button.isEnabled()  # one address only
    assert not dialog.merge_button.isEnabled()


def test_merging_the_selected_then_splitting_an_address_off(
    dialog: PeopleDialog, archive: Archive, qtbot: QtBot
) -> None:
    sergej, _ = pick(dialog, archive, FRIEND, OTHER)
    with qtbot.waitSignal(dialog.people_changed):
        assert dialog.merge_selected()
    # The one with the most messages stays.
    assert archive.people.person_of_address(OTHER) == sergej
    loaded(dialog, qtbot)
    assert dialog.selected_ids() == [sergej]
    assert dialog.split_button.isEnabled()
    with qtbot.waitSignal(dialog.people_changed):
        assert dialog.split_selected(OTHER)
    assert archive.people.person_of_address(OTHER) != sergej
    assert archive.people.person_of_address(FRIEND) == sergej
    assert archive.people.proposals() == []  # a split is not proposed back


def test_own_addresses_are_added_and_removed(
    dialog: PeopleDialog, archive: Archive, qtbot: QtBot
) -> None:
    dialog.tabs.setCurrentIndex(2)
    assert [dialog.my_list.item(row).text() for row in range(dialog.my_list.count())] == [OWN]
    dialog.my_field.setText("no address")
    dialog.add_button.click()
    assert dialog.problem.isVisibleTo(dialog)
    assert "not a mail address" in dialog.problem.text()
    loaded(dialog, qtbot)
    dialog.my_field.setText("Katja@Work.example")
    with qtbot.waitSignal(dialog.people_changed):
        dialog.add_button.click()
    assert archive.people.my_addresses() == [OWN, "katja@work.example"]
    assert not dialog.problem.isVisibleTo(dialog)
    assert dialog.my_field.text() == ""
    loaded(dialog, qtbot)
    dialog.my_list.setCurrentRow(0)
    dialog.remove_button.click()
    assert archive.people.my_addresses() == ["katja@work.example"]
    assert [dialog.my_list.item(row).text() for row in range(dialog.my_list.count())] == [
        "katja@work.example"
    ]


def test_show_mail_opens_the_person_and_closes(
    dialog: PeopleDialog, archive: Archive, qtbot: QtBot
) -> None:
    (anna,) = pick(dialog, archive, ANNA)
    with qtbot.waitSignal(dialog.person_opened) as opened:
        dialog.mail_button.click()
    assert opened.args == [anna]
    assert dialog.result() == PeopleDialog.DialogCode.Accepted


def test_return_on_a_row_opens_the_person(
    dialog: PeopleDialog, archive: Archive, qtbot: QtBot
) -> None:
    dialog.filter_field.setText("juergen")
    view = dialog.people_view
    view.setFocus()
    view.setCurrentIndex(dialog.proxy.index(0, COLUMN_RECEIVED))
    with qtbot.waitSignal(dialog.person_opened) as opened:
        QTest.keyClick(view, Qt.Key.Key_Return)
    assert opened.args == [archive.people.person_of_address(JUERGEN)]
    assert not dialog.isVisible()


def test_return_in_a_field_keeps_the_dialog_open(
    dialog: PeopleDialog, archive: Archive, qtbot: QtBot
) -> None:
    QTest.keyClick(dialog.filter_field, Qt.Key.Key_Return)
    assert dialog.isVisible()
    dialog.tabs.setCurrentIndex(2)
    dialog.my_field.setText("katja@work.example")
    QTest.keyClick(dialog.my_field, Qt.Key.Key_Return)  # adds it
    assert "katja@work.example" in archive.people.my_addresses()
    assert dialog.isVisible()


def test_the_watch_dialog_asks_for_the_days_of_silence(qtbot: QtBot) -> None:
    asking = WatchDialog("Anna Weber")
    qtbot.addWidget(asking)

    def chosen() -> tuple[bool, int | None]:
        return asking.days_field.isEnabled(), asking.threshold_days

    assert chosen() == (False, None)  # twice the usual gap, unless days are chosen
    asking.own_box.setChecked(True)
    asking.days_field.setValue(21)
    assert chosen() == (True, 21)
    asking.set_threshold_days(None)
    assert chosen() == (False, None)
    asking.set_threshold_days(30)  # a person watched already
    assert chosen() == (True, 30)
