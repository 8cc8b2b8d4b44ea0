# SPDX-License-Identifier: GPL-3.0-or-later
"""Which letters wait for an answer, what answers them, and how long they have waited."""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING, Any

import pytest
from sqlalchemy import event, text

from correspondence_app.alerts.awaiting import (
    AwaitedLetter,
    LetterKind,
    LetterRef,
    LetterStatus,
    status_on,
)
from correspondence_app.alerts.clock import set_user_zone
from correspondence_app.alerts.ledger import ReplyLedger
from correspondence_app.crypto.keys import KdfParams
from correspondence_app.services import Archive
from correspondence_app.tagging.identity import set_own_addresses
from tests.conftest import PASSPHRASE
from tests.unit.alerts.awaiting_mail import AMT, OWN, STORY, ZONE, Mail, write_mail

if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path

TODAY = date(2024, 4, 15)
_folders = itertools.count()


@dataclass
class Story:
    archive: Archive
    ledger: ReplyLedger
    ids: dict[str, int]
    behoerden: int
    tmp_path: Path
    paper_answered: LetterRef
    paper_waiting: LetterRef

    def add_mail(self, mails: dict[str, Mail]) -> None:
        folder = write_mail(self.tmp_path / f"more-{next(_folders)}", mails)
        self.archive.import_paths([folder], workers=1)
        self.ids = ids_of(self.archive)

    def letters(self, today: date = TODAY, **options: Any) -> dict[str, AwaitedLetter]:
        return {letter.id: letter for letter in self.ledger.awaiting(today, **options)}

    def ref(self, key: str) -> str:
        return str(self.ids[key])


def ids_of(archive: Archive) -> dict[str, int]:
    return {m.message_id.split("@")[0]: m.id for m in archive.list_messages()}


@pytest.fixture
def story(tmp_path: Path) -> Iterator[Story]:
    with Archive.create(tmp_path / "archive", PASSPHRASE, kdf=KdfParams()) as archive:
        archive.import_paths([write_mail(tmp_path / "mail", STORY)], workers=1)
        with archive.engine.begin() as connection:
            set_own_addresses(connection, [OWN])
            set_user_zone(connection, ZONE)
        ledger = ReplyLedger(archive.engine)
        ids = ids_of(archive)
        behoerden = ledger.save_group("Behörden")
        ledger.add_domain(behoerden, AMT)
        ledger.mark_awaits(ids["mdb"])
        ledger.mark_awaits(ids["dank"], awaits=False)
        answered = ledger.add_paper_letter(
            "Ausländerbehörde Berlin",
            datetime(2024, 2, 15, 11, tzinfo=UTC),
            "Antrag auf Aufenthaltstitel",
        )
        ledger.answered(answered, datetime(2024, 3, 5, 11, tzinfo=UTC), "Bescheid per Post")
        waiting = ledger.add_paper_letter(
            "Bundesamt für Migration", datetime(2024, 3, 20, 11, tzinfo=UTC), "Widerspruch"
        )
        yield Story(archive, ledger, ids, behoerden, tmp_path, answered, waiting)


def test_waiting_letters_are_listed_longest_waiting_first(story: Story) -> None:
    letters = story.ledger.awaiting(TODAY)
    assert [(x.id, x.status, x.days, x.due_on) for x in letters] == [
        (story.ref("konsulat"), LetterStatus.OVERDUE, 45, date(2024, 3, 31)),
        (story.ref("nachfrage"), LetterStatus.DUE_SOON, 28, date(2024, 4, 17)),
        (str(story.paper_waiting), LetterStatus.WAITING, 26, date(2024, 4, 19)),
        (story.ref("mdb"), LetterStatus.WAITING, 14, date(2024, 5, 1)),
    ]
    konsulat = letters[0]
    assert konsulat.kind is LetterKind.MAIL
    assert konsulat.to == (f"poststelle@{AMT}",)
    assert (konsulat.subject, konsulat.group, konsulat.deadline_days) == (
        "Konsularische Hilfe",
        "Behörden",
        30,
    )
    assert konsulat.sent_at == STORY["konsulat"][3]
    assert letters[2].kind is LetterKind.PAPER
    assert letters[2].to == ("Bundesamt für Migration",)
    assert (letters[3].group, letters[3].deadline_days) == ("", 30)  # marked by hand


def test_reply_from_another_address_of_the_organisation_answers(story: Story) -> None:
    visum = story.letters(include_answered=True)[story.ref("visum")]
    assert visum.status is LetterStatus.ANSWERED
    assert visum.answer_message_id == story.ids["visum-antwort"]
    assert visum.answered_at == STORY["visum-antwort"][3]


def test_reply_in_the_thread_from_someone_else_answers(story: Story) -> None:
    passport = story.letters(include_answered=True)[story.ref("pass")]
    assert passport.answer_message_id == story.ids["pass-antwort"]


def test_own_follow_up_and_earlier_mail_answer_nothing(story: Story) -> None:
    konsulat = story.letters()[story.ref("konsulat")]
    # The office wrote before (visum-antwort) and I wrote after, in the thread.
    assert konsulat.answered_at is None


def test_no_answer_expected_wins_over_the_group(story: Story) -> None:
    letters = story.letters(include_answered=True)
    assert story.ref("dank") not in letters
    assert story.ref("freundin") not in letters  # to no group, not marked
    story.ledger.mark_awaits(story.ids["dank"])
    assert story.ref("dank") in story.letters()


def test_answer_by_post_is_listed_only_with_the_answered(story: Story) -> None:
    assert str(story.paper_answered) not in story.letters()
    letter = story.letters(include_answered=True)[str(story.paper_answered)]
    assert (letter.status, letter.answer_note) == (LetterStatus.ANSWERED, "Bescheid per Post")
    assert letter.answer_message_id is None


def test_on_an_earlier_day_later_letters_and_answers_do_not_count(story: Story) -> None:
    # 21 January: the office's answer (22 January) and the answer by post (5 March) are
    # still to come, and the letters sent later are not written yet.
    letters = story.letters(date(2024, 1, 21))
    assert list(letters) == [story.ref("visum")]
    assert letters[story.ref("visum")].days == 11
    # 4 March: the paper letter waits, its answer comes tomorrow; the passport letter was
    # answered in its thread on 12 February.
    letters = story.letters(date(2024, 3, 4))
    assert str(story.paper_answered) in letters
    assert story.ref("pass") not in letters
    assert str(story.paper_answered) not in story.letters(date(2024, 3, 5))


@pytest.mark.parametrize(
    ("today", "status"),
    [
        (date(2024, 3, 1), LetterStatus.WAITING),
        (date(2024, 3, 27), LetterStatus.WAITING),
        (date(2024, 3, 28), LetterStatus.DUE_SOON),
        (date(2024, 3, 31), LetterStatus.DUE_SOON),
        (date(2024, 4, 1), LetterStatus.OVERDUE),
    ],
)
def test_status_follows_the_deadline(story: Story, today: date, status: LetterStatus) -> None:
    konsulat = story.letters(today)[story.ref("konsulat")]
    assert (konsulat.status, konsulat.days) == (status, (today - date(2024, 3, 1)).days)


def test_status_on_counts_calendar_days() -> None:
    due = date(2024, 3, 31)
    assert [status_on(date(2024, 3, d), due) for d in (27, 28, 31)] == [
        LetterStatus.WAITING,
        LetterStatus.DUE_SOON,
        LetterStatus.DUE_SOON,
    ]
    assert status_on(date(2024, 4, 1), due) is LetterStatus.OVERDUE


def test_days_are_counted_where_the_user_lives(story: Story) -> None:
    # 23:30 UTC on 31 March is 1 April in Berlin: the letter was sent on 1 April.
    story.add_mail(
        {"spaet": (OWN, f"poststelle@{AMT}", "Spät", datetime(2024, 3, 31, 23, 30, tzinfo=UTC), "")}
    )
    late = story.letters(date(2024, 4, 2))[story.ref("spaet")]
    assert (late.days, late.due_on) == (1, date(2024, 5, 1))


def test_subdomains_belong_to_the_organisation(story: Story) -> None:
    story.add_mail(
        {
            "moskau": (OWN, f"konsulat@moskau.{AMT}", "Termin",
                       datetime(2024, 4, 2, tzinfo=UTC), ""),
            "fremd": (OWN, f"info@not{AMT}", "Fremd", datetime(2024, 4, 2, tzinfo=UTC), ""),
            "amt-antwort": (f"referat@{AMT}", OWN, "Termin bestätigt",
                            datetime(2024, 4, 5, tzinfo=UTC), ""),
        }
    )  # fmt: skip
    letters = story.letters(include_answered=True)
    assert letters[story.ref("moskau")].answer_message_id == story.ids["amt-antwort"]
    assert story.ref("fremd") not in letters
    # The whole office answered everything sent before: the konsulat letter too.
    assert letters[story.ref("konsulat")].answer_message_id == story.ids["amt-antwort"]


def test_person_in_a_group_answers_from_any_of_their_addresses(story: Story) -> None:
    story.add_mail(
        {
            "buero": ("schmidt.buero@bundestag.example", OWN, "Ihr Anliegen",
                      datetime(2024, 4, 9, tzinfo=UTC), ""),
            "fraktion": ("fraktion@bundestag.example", OWN, "Newsletter",
                         datetime(2024, 4, 3, tzinfo=UTC), ""),
        }
    )  # fmt: skip
    with story.archive.engine.begin() as connection:  # the two addresses: one person
        connection.execute(
            text(
                "UPDATE addresses SET person_id = (SELECT person_id FROM addresses "
                "WHERE address = 'mdb.schmidt@bundestag.example') "
                "WHERE address = 'schmidt.buero@bundestag.example'"
            )
        )
    parliament = story.ledger.save_group("Bundestag", deadline_days=60)
    story.ledger.add_person(
        parliament, story.ledger.person_of_address("mdb.schmidt@bundestag.example")
    )
    story.ledger.mark_awaits(story.ids["mdb"], awaits=False)  # undone: the group decides
    story.ledger.mark_awaits(story.ids["mdb"])
    mdb = story.letters(include_answered=True)[story.ref("mdb")]
    assert mdb.answer_message_id == story.ids["buero"]  # not the newsletter's colleague
    assert (mdb.group, mdb.deadline_days) == ("Bundestag", 60)


def test_the_shortest_deadline_of_the_groups_counts(story: Story) -> None:
    urgent = story.ledger.save_group("Eilig", deadline_days=7)
    story.ledger.add_domain(urgent, f"moskau.{AMT}")
    slow = story.ledger.save_group("Langsam", deadline_days=90)
    story.ledger.add_domain(slow, AMT)
    story.add_mail(
        {"moskau": (OWN, f"konsulat@moskau.{AMT}", "Termin", datetime(2024, 4, 2, tzinfo=UTC), "")}
    )
    moskau = story.letters()[story.ref("moskau")]
    assert (moskau.group, moskau.deadline_days, moskau.due_on) == ("Eilig", 7, date(2024, 4, 9))
    assert moskau.status is LetterStatus.OVERDUE
    assert story.letters()[story.ref("konsulat")].group == "Behörden"  # 30 before 90


def test_paper_letter_to_a_group_is_answered_by_mail_from_it(story: Story) -> None:
    paper = story.ledger.add_paper_letter(
        "Auswärtiges Amt, Referat 511",
        datetime(2024, 4, 2, 10, tzinfo=UTC),
        "Beglaubigung",
        group_id=story.behoerden,
    )
    assert story.letters()[str(paper)].group == "Behörden"
    story.add_mail(
        {"beglaubigt": (f"referat511@{AMT}", OWN, "Ihre Beglaubigung",
                        datetime(2024, 4, 8, tzinfo=UTC), "")}
    )  # fmt: skip
    letter = story.letters(include_answered=True)[str(paper)]
    assert letter.answer_message_id == story.ids["beglaubigt"]


def test_paper_letter_to_a_person_is_answered_by_their_mail(story: Story) -> None:
    person = story.ledger.person_of_address("anna@example.org")
    paper = story.ledger.add_paper_letter(
        "Anna", datetime(2024, 4, 1, tzinfo=UTC), "Postkarte", person_id=person
    )
    assert story.letters()[str(paper)].deadline_days == 30
    story.add_mail(
        {"karte": ("anna@example.org", OWN, "Danke", datetime(2024, 4, 4, tzinfo=UTC), "")}
    )
    assert str(paper) not in story.letters()


def test_queries_do_not_grow_with_the_letters(story: Story) -> None:
    def statements() -> int:
        seen: list[str] = []

        def count(*args: Any) -> None:
            seen.append(args[2])

        event.listen(story.archive.engine, "before_cursor_execute", count)
        try:
            story.ledger.awaiting(TODAY, include_answered=True)
        finally:
            event.remove(story.archive.engine, "before_cursor_execute", count)
        return len(seen)

    before = statements()
    story.add_mail(
        {
            f"brief{n}": (OWN, f"stelle{n}@{AMT}", f"Brief {n}",
                          datetime(2024, 2, 1 + n, tzinfo=UTC), "")
            for n in range(20)
        }
        | {
            f"antwort{n}": (f"stelle{n}@{AMT}", OWN, f"Antwort {n}",
                            datetime(2024, 3, 1 + n, tzinfo=UTC), "")
            for n in range(0, 20, 2)
        }
    )  # fmt: skip
    for n in range(20):
        story.ledger.add_paper_letter(f"Stelle {n}", datetime(2024, 2, 1, tzinfo=UTC), "Brief")
    assert len(story.ledger.awaiting(TODAY, include_answered=True)) == 47
    assert statements() == before
