# SPDX-License-Identifier: GPL-3.0-or-later
"""A paper letter recorded with its group is answered only by the organisation or person it
went to, when the user says who that is; else by any member of the group, as before."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import TYPE_CHECKING

import pytest

from correspondence_app.alerts.awaiting import LetterStatus
from correspondence_app.alerts.clock import set_user_zone
from correspondence_app.alerts.ledger import LedgerError, ReplyLedger
from correspondence_app.crypto.keys import KdfParams
from correspondence_app.services import Archive
from correspondence_app.tagging.identity import set_own_addresses
from tests.conftest import PASSPHRASE
from tests.unit.alerts.awaiting_mail import AMT, OWN, ZONE, Mail, write_mail

if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path

    from correspondence_app.alerts.awaiting import AwaitedLetter, LetterRef

BMI = "bmi.example"
SENT = datetime(2024, 3, 20, 11, tzinfo=UTC)
TODAY = date(2024, 4, 15)
MAIL: dict[str, Mail] = {
    # The interior ministry answers its own letter, a week after the paper letters went.
    "bmi-antwort": (f"referat-m3@{BMI}", OWN, "Ihr Schreiben",
                    datetime(2024, 3, 28, 13, tzinfo=UTC), ""),
    "bmi-frage": (OWN, f"poststelle@{BMI}", "Anfrage", datetime(2024, 3, 1, 9, tzinfo=UTC), ""),
    "anna": ("anna@example.org", OWN, "Hallo", datetime(2024, 3, 2, 9, tzinfo=UTC), ""),
}  # fmt: skip


class Ledger:
    def __init__(self, archive: Archive, tmp_path: Path) -> None:
        self.archive = archive
        self.ledger = ReplyLedger(archive.engine)
        self.tmp_path = tmp_path
        self.behoerden = self.ledger.save_group("Behörden")
        self.ledger.add_domain(self.behoerden, AMT)
        self.ledger.add_domain(self.behoerden, BMI)

    def letter(self, ref: LetterRef) -> AwaitedLetter:
        letters = self.ledger.awaiting(TODAY, include_answered=True)
        return next(letter for letter in letters if letter.ref == ref)

    def import_mail(self, key: str, mail: Mail) -> None:
        self.archive.import_paths([write_mail(self.tmp_path / key, {key: mail})], workers=1)


@pytest.fixture
def ledger(tmp_path: Path) -> Iterator[Ledger]:
    with Archive.create(tmp_path / "archive", PASSPHRASE, kdf=KdfParams()) as archive:
        archive.import_paths([write_mail(tmp_path / "mail", MAIL)], workers=1)
        with archive.engine.begin() as connection:
            set_own_addresses(connection, [OWN])
            set_user_zone(connection, ZONE)
        yield Ledger(archive, tmp_path)


def test_another_member_of_the_group_does_not_answer_a_letter_to_one_organisation(
    ledger: Ledger,
) -> None:
    ref = ledger.ledger.add_paper_letter(
        "Auswärtiges Amt, Referat 511", SENT, "Beglaubigung", group_id=ledger.behoerden, domain=AMT
    )
    letter = ledger.letter(ref)
    assert (letter.status, letter.group, letter.deadline_days) == (
        LetterStatus.WAITING,
        "Behörden",
        30,
    )
    # A subdomain of the office it went to answers.
    answer: Mail = (f"rk-10@moskau.{AMT}", OWN, "Beglaubigt", datetime(2024, 4, 3, tzinfo=UTC), "")
    ledger.import_mail("aa-antwort", answer)
    assert ledger.letter(ref).answered_at == datetime(2024, 4, 3, tzinfo=UTC)


def test_a_letter_to_the_group_alone_is_answered_by_any_member_as_before(
    ledger: Ledger,
) -> None:
    ref = ledger.ledger.add_paper_letter("Behörde", SENT, "Antrag", group_id=ledger.behoerden)
    assert ledger.letter(ref).answered_at == MAIL["bmi-antwort"][3]


def test_a_letter_to_a_person_of_the_group_is_answered_by_that_person_alone(
    ledger: Ledger,
) -> None:
    anna = ledger.ledger.person_of_address("anna@example.org")
    ledger.ledger.add_person(ledger.behoerden, anna)
    ref = ledger.ledger.add_paper_letter(
        "Anna",
        datetime(2024, 3, 5, tzinfo=UTC),
        "Antrag",
        group_id=ledger.behoerden,
        person_id=anna,
    )
    letter = ledger.letter(ref)
    # The ministry answered on 28 March; Anna wrote only before the letter (2 March).
    assert (letter.status, letter.group) == (LetterStatus.OVERDUE, "Behörden")


def test_the_domain_brings_its_groups_deadline_without_a_group_given(ledger: Ledger) -> None:
    embassies = ledger.ledger.save_group("Botschaften", deadline_days=14)
    ledger.ledger.add_domain(embassies, f"diplo.{AMT}")
    ref = ledger.ledger.add_paper_letter("Botschaft", SENT, "Visum", domain=f"moskau.diplo.{AMT}")
    letter = ledger.letter(ref)
    assert (letter.group, letter.deadline_days, letter.due_on) == (
        "Botschaften",
        14,
        date(2024, 4, 3),
    )
    assert letter.status is LetterStatus.OVERDUE


def test_the_domain_is_stored_as_one_and_refused_when_it_is_none(ledger: Ledger) -> None:
    ref = ledger.ledger.add_paper_letter("BMI", SENT, "Anfrage", domain=" @BMI.Example. ")
    assert ledger.letter(ref).answered_at == MAIL["bmi-antwort"][3]
    with pytest.raises(LedgerError, match="not a mail domain"):
        ledger.ledger.add_paper_letter("BMI", SENT, "Anfrage", domain="Bundes ministerium")
    assert ledger.ledger.party_of(f"@{AMT}") == (None, AMT)
    assert ledger.ledger.party_of(" Anna@Example.org ") == (
        ledger.ledger.person_of_address("anna@example.org"),
        "",
    )
    with pytest.raises(LedgerError, match="no message in the archive"):
        ledger.ledger.party_of("nobody@example.org")
