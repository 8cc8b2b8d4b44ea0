# SPDX-License-Identifier: GPL-3.0-or-later
"""The reply ledger: groups of officials, marks, answers by hand and paper letters."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import text

from correspondence_app.alerts.awaiting import LetterKind, LetterRef
from correspondence_app.alerts.clock import ClockError, moment_from_text
from correspondence_app.alerts.ledger import (
    LedgerError,
    ReplyLedger,
    SentMark,
    normalise_domain,
)
from correspondence_app.tagging.identity import set_own_addresses
from tests.unit.alerts.awaiting_mail import AMT, OWN, STORY, write_mail
from tests.unit.alerts.test_awaiting_letters import ids_of

if TYPE_CHECKING:
    from pathlib import Path

    from correspondence_app.services import Archive

BERLIN = ZoneInfo("Europe/Berlin")


@pytest.fixture
def ledger(archive: Archive, tmp_path: Path) -> ReplyLedger:
    archive.import_paths([write_mail(tmp_path / "mail", STORY)], workers=1)
    return ReplyLedger(archive.engine)


def test_group_is_created_once_and_its_deadline_changed(ledger: ReplyLedger) -> None:
    group_id = ledger.save_group("  Behörden ")
    assert ledger.save_group("BEHÖRDEN", deadline_days=14) == group_id
    ledger.add_domain(group_id, f"@{AMT.upper()}.")
    ledger.add_domain(group_id, AMT)  # once is enough
    ledger.add_person(group_id, ledger.person_of_address("Anna@Example.org"))
    [group] = ledger.groups()
    assert (group.name, group.deadline_days, group.domains) == ("Behörden", 14, (AMT,))
    assert [p.addresses for p in group.people] == [("anna@example.org",)]
    ledger.remove_domain(group_id, AMT)
    assert ledger.group_named("behörden").domains == ()
    ledger.delete_group(group_id)
    assert ledger.groups() == []


def test_new_group_waits_thirty_days(ledger: ReplyLedger) -> None:
    ledger.save_group("Gerichte")
    assert ledger.group_named("Gerichte").deadline_days == 30


@pytest.mark.parametrize(
    ("written", "stored"),
    [
        ("Amt.Example", "amt.example"),
        ("@amt.example", "amt.example"),
        ("*.amt.example.", "amt.example"),
    ],
)
def test_domains_are_kept_in_one_form(written: str, stored: str) -> None:
    assert normalise_domain(written) == stored


@pytest.mark.parametrize("written", ["", "  ", "poststelle@amt.example", "amt example", ".amt"])
def test_what_is_no_domain_is_refused(written: str) -> None:
    with pytest.raises(LedgerError):
        normalise_domain(written)


def test_unknown_people_groups_and_letters_are_refused(ledger: ReplyLedger) -> None:
    group_id = ledger.save_group("Behörden")
    with pytest.raises(LedgerError, match="no person with id 99999"):
        ledger.add_person(group_id, 99999)
    with pytest.raises(LedgerError, match="nobody@"):
        ledger.person_of_address("nobody@example.org")
    with pytest.raises(LedgerError, match="no group"):
        ledger.group_named("Gerichte")
    with pytest.raises(LedgerError, match="no message with id 99999"):
        ledger.mark_awaits(99999)
    with pytest.raises(LedgerError, match="no message with id 99999"):
        ledger.answered(99999)
    with pytest.raises(LedgerError, match="p7"):
        ledger.answered(LetterRef(LetterKind.PAPER, 7))
    with pytest.raises(LedgerError, match="at least 1 day"):
        ledger.save_group("Behörden", deadline_days=0)


def test_only_mail_i_sent_can_await_an_answer(archive: Archive, ledger: ReplyLedger) -> None:
    ids = ids_of(archive)
    with archive.engine.begin() as connection:
        set_own_addresses(connection, ["someone@else.example"])
    with pytest.raises(LedgerError, match="not sent from your addresses"):
        ledger.mark_awaits(ids["mdb"])
    with archive.engine.begin() as connection:
        set_own_addresses(connection, [OWN.upper()])
    with pytest.raises(LedgerError, match="not sent from your addresses"):
        ledger.mark_awaits(ids["visum-antwort"])
    ledger.mark_awaits(ids["mdb"])
    assert [letter.ref.number for letter in ledger.awaiting(date(2024, 4, 15))] == [ids["mdb"]]


def test_the_mark_on_a_sent_message_is_read_back(archive: Archive, ledger: ReplyLedger) -> None:
    with archive.engine.begin() as connection:
        set_own_addresses(connection, [OWN])
    ids = ids_of(archive)
    assert ledger.sent_mark(ids["visum-antwort"]) is None  # received, not sent
    assert ledger.sent_mark(ids["mdb"]) == SentMark(ids["mdb"], None, None)
    ledger.mark_awaits(ids["mdb"], awaits=False)
    assert ledger.sent_mark(ids["mdb"]) == SentMark(ids["mdb"], False, None)
    ledger.answered(ids["mdb"], datetime(2024, 4, 3, tzinfo=UTC))
    assert ledger.sent_mark(ids["mdb"]) == SentMark(
        ids["mdb"], False, datetime(2024, 4, 3, tzinfo=UTC)
    )


def test_an_answer_cannot_come_before_the_letter(archive: Archive, ledger: ReplyLedger) -> None:
    with archive.engine.begin() as connection:
        set_own_addresses(connection, [OWN])
    mdb = ids_of(archive)["mdb"]  # sent 2024-04-01
    with pytest.raises(LedgerError, match="before the letter"):
        ledger.answered(mdb, datetime(2024, 3, 31, tzinfo=UTC))
    ledger.answered(mdb, datetime(2024, 4, 3, tzinfo=UTC), "Anruf aus dem Büro")
    [letter] = ledger.awaiting(date(2024, 4, 15), include_answered=True)
    assert (letter.ref.number, letter.answer_note) == (mdb, "Anruf aus dem Büro")
    assert letter.answered_at == datetime(2024, 4, 3, tzinfo=UTC)


def test_paper_letter_ids_never_collide_with_message_ids(ledger: ReplyLedger) -> None:
    ref = ledger.add_paper_letter("Amt", datetime(2024, 4, 1, tzinfo=UTC), "Antrag")
    assert (str(ref), ref.number) == ("p1", 1)
    letter = ledger.awaiting(date(2024, 4, 2))[0]
    assert (letter.id, letter.kind) == ("p1", LetterKind.PAPER)
    ledger.mark_awaits(ref, awaits=False)
    assert ledger.awaiting(date(2024, 4, 2), include_answered=True) == []


def test_scan_is_stored_once_and_encrypted(archive: Archive, ledger: ReplyLedger) -> None:
    scan = b"Sehr geehrte Damen und Herren, hiermit beantrage ich " * 200
    first = ledger.add_paper_letter(
        "Amt", datetime(2024, 4, 1, tzinfo=UTC), "Antrag", scan=("antrag.txt", scan)
    )
    second = ledger.add_paper_letter(
        "Amt", datetime(2024, 4, 2, tzinfo=UTC), "Kopie", scan=("kopie.txt", scan)
    )
    assert ledger.paper_scan(first.number) == ("antrag.txt", scan)
    assert ledger.paper_scan(second.number) == ("kopie.txt", scan)
    photo = bytes(range(256)) * 64
    third = ledger.add_paper_letter(
        "Amt", datetime(2024, 4, 3, tzinfo=UTC), "Foto", scan=("brief.png", photo)
    )
    assert ledger.paper_scan(third.number) == ("brief.png", photo)
    with archive.engine.connect() as connection:
        stored = connection.execute(
            text("SELECT compression, size_bytes, length(data) FROM attachment_blobs ORDER BY id")
        ).all()
    assert stored == [("zlib", len(scan), stored[0][2]), ("none", len(photo), len(photo))]
    assert stored[0][2] < len(scan) / 10
    on_disk = b"".join(
        path.read_bytes() for path in archive.database_path.parent.iterdir() if path.is_file()
    )  # the database, its write-ahead log and the key file
    assert len(on_disk) > len(photo)
    assert photo[:512] not in on_disk  # encrypted
    assert b"Sehr geehrte" not in on_disk


def test_scan_of_a_letter_without_one_is_none(ledger: ReplyLedger) -> None:
    ref = ledger.add_paper_letter("Amt", datetime(2024, 4, 1, tzinfo=UTC), "Antrag")
    assert ledger.paper_scan(ref.number) is None


@pytest.mark.parametrize(
    ("written", "moment"),
    [
        ("2024-03-01", datetime(2024, 3, 1, 11, tzinfo=UTC)),  # noon in Berlin (CET)
        ("2024-07-01", datetime(2024, 7, 1, 10, tzinfo=UTC)),  # noon in Berlin (CEST)
        ("2024-03-01T08:30", datetime(2024, 3, 1, 7, 30, tzinfo=UTC)),
        ("2024-03-01T08:30+00:00", datetime(2024, 3, 1, 8, 30, tzinfo=UTC)),
    ],
)
def test_dates_are_read_where_the_user_lives(written: str, moment: datetime) -> None:
    assert moment_from_text(written, BERLIN) == moment


@pytest.mark.parametrize("written", ["01.03.2024", "yesterday", "2024-13-01"])
def test_unreadable_dates_are_refused(written: str) -> None:
    with pytest.raises(ClockError, match="write a day as"):
        moment_from_text(written, BERLIN)


@pytest.mark.parametrize(
    ("written", "ref"),
    [
        ("12", LetterRef(LetterKind.MAIL, 12)),
        (" p12 ", LetterRef(LetterKind.PAPER, 12)),
        ("P3", LetterRef(LetterKind.PAPER, 3)),
    ],
)
def test_letter_ids_are_read(written: str, ref: LetterRef) -> None:
    assert LetterRef.parse(written) == ref
    assert LetterRef.parse(str(ref)) == ref


@pytest.mark.parametrize("written", ["", "p", "x12", "12a", "-1", "p-1", "١٢"])
def test_what_is_no_letter_id_is_refused(written: str) -> None:
    with pytest.raises(ValueError, match="letter's id"):
        LetterRef.parse(written)
