# SPDX-License-Identifier: GPL-3.0-or-later
"""Exports imported again, as scripts do it: an eml folder and ZIP with Outlook messages
come back as the same originals, each once; a bundle brings into a fresh archive its tags,
notes, people, own addresses, watching with a sign of life and its file, a group, a mark,
a paper letter and answers, and importing it again changes nothing; a wrong password
exits 2 before anything is read."""

from __future__ import annotations

import zipfile
from datetime import UTC, datetime
from email.message import EmailMessage
from typing import TYPE_CHECKING, Any

import pytest

from correspondence_app.alerts.clock import set_user_zone
from correspondence_app.crypto.keys import KdfParams
from correspondence_app.export.manifest import MANIFEST_NAME, SUMS_NAME
from correspondence_app.importers.export_pairs import CONVERTED_COPY
from correspondence_app.services import Archive
from correspondence_app.storage.people_tables import EventKind
from correspondence_app.tagging.identity import set_own_addresses
from tests.conftest import PASSPHRASE
from tests.integration.cli import private_env, run, run_json

if TYPE_CHECKING:
    from pathlib import Path

OWN = "katja@example.de"
FRIEND, FRIEND_OTHER = "sergej@example.net", "s.petrov@messenger.example"
OFFICIAL = "visa@amt.example"
TODAY = "2024-04-15"
SCREENSHOT = b"\x89PNG\r\n\x1a\n a screenshot of a call"
SCAN = b"%PDF-1.4 a scanned letter"


def sha256s(env: dict[str, str], archive: Path) -> list[str]:
    return sorted(message["sha256"] for message in run_json(env, "list", archive))


def skipped(report: dict[str, Any]) -> list[tuple[str, str]]:
    return [(s["path"], s["reason"]) for source in report["sources"] for s in source["skipped"]]


@pytest.fixture
def outlook_archive(tmp_path: Path, corpora: Path) -> Path:
    """Outlook .msg files (each stored beside the message converted from it) and mail."""
    folder = tmp_path / "source"
    with Archive.create(folder, PASSPHRASE, kdf=KdfParams()) as archive:
        archive.import_paths(
            [
                corpora / "msgreader",
                corpora / "spamscope-mail-parser" / "mail_outlook_1",
                corpora / "mailpile",
            ],
            workers=1,
        )
    return folder


@pytest.mark.parametrize(("export_format", "name"), [("eml", "out"), ("eml-zip", "out.zip")])
def test_outlook_messages_come_back_once_from_an_eml_folder_or_zip(
    outlook_archive: Path, tmp_path: Path, export_format: str, name: str
) -> None:
    env = private_env(tmp_path)
    output = tmp_path / name
    exported = run_json(
        env, "export", outlook_archive, "*", "--format", export_format, "--output", output
    )
    assert run_json(env, "verify-export", output)["ok"]
    if export_format == "eml":
        files = [path.name for path in output.iterdir()]
    else:
        with zipfile.ZipFile(output) as opened:
            files = opened.namelist()
    outlook = [name for name in files if name.endswith(".msg")]
    assert len(outlook) > 20
    fresh = tmp_path / "fresh"
    run(env, "init", fresh)
    report = run_json(env, "import", fresh, output)
    originals = sha256s(env, outlook_archive)
    assert sha256s(env, fresh) == originals  # the same originals, none twice
    assert report["imported"] == exported["messages"] == len(originals)
    assert (report["duplicates"], report["quarantined"]) == (0, 0)
    copies = sorted(
        path.rsplit("/", 1)[-1] for path, why in skipped(report) if why == CONVERTED_COPY
    )
    assert copies == sorted(name.removesuffix(".msg") + ".eml" for name in outlook)
    others = sorted(
        path.rsplit("/", 1)[-1] for path, why in skipped(report) if why != CONVERTED_COPY
    )
    assert others == [SUMS_NAME, MANIFEST_NAME]
    again = run_json(env, "import", fresh, output)
    assert (again["imported"], again["duplicates"]) == (0, exported["messages"])
    if export_format == "eml-zip":  # each member's place names the ZIP and the member
        message = run_json(env, "list", fresh)[0]
        sources = run_json(env, "show", fresh, str(message["id"]))["sources"]
        assert sources
        assert all(s["path"].startswith(f"{output}/0") for s in sources)


def letter(number: int, sender: str, to: str, subject: str, day: int, reply: int = 0) -> bytes:
    message = EmailMessage()
    message["From"], message["To"], message["Subject"] = sender, to, subject
    message["Date"] = f"{['Mon', 'Tue', 'Wed', 'Thu'][day - 1]}, 0{day} Apr 2024 10:00:00 +0200"
    message["Message-ID"] = f"<bundle-{number}@test.example>"
    if reply:
        message["In-Reply-To"] = f"<bundle-{reply}@test.example>"
    message.set_content(f"Brief {number}: Привет, alles gut.")
    return message.as_bytes()


@pytest.fixture
def keeper(tmp_path: Path, corpora: Path) -> Path:
    """An archive with everything a bundle carries added by hand."""
    mail = tmp_path / "Posteingang"
    mail.mkdir()
    letters = [
        letter(1, f"Sergej <{FRIEND}>", OWN, "Hallo", 1),
        letter(2, OWN, f"Sergej <{FRIEND}>", "Re: Hallo", 2, reply=1),
        letter(3, f"S. Petrov <{FRIEND_OTHER}>", OWN, "Neue Nummer", 3),
        letter(4, OWN, f"Visa <{OFFICIAL}>", "Antrag auf Visum", 4),
    ]
    for number, content in enumerate(letters, 1):
        (mail / f"{number}.eml").write_bytes(content)
    folder = tmp_path / "keeper"
    with Archive.create(folder, PASSPHRASE, kdf=KdfParams()) as archive:
        archive.import_paths([mail, corpora / "spamscope-mail-parser" / "mail_outlook_1"])
        with archive.engine.begin() as connection:
            set_own_addresses(connection, [OWN])
            set_user_zone(connection, "Europe/Berlin")
        ids = {m.message_id.strip("<>"): m.id for m in archive.list_messages()}
        first, answer, sent = (ids[f"bundle-{n}@test.example"] for n in (1, 2, 4))
        organiser = archive.organiser
        organiser.tag_query("subject:Hallo", add=["Behörden/Botschaft"])
        organiser.tag_query("subject:Visum", add=["Anwalt"])
        by_name = {tag.name: tag.id for tag in organiser.tags()}
        organiser.recolor_tag(by_name["Behörden/Botschaft"], "#aa0000")
        organiser.recolor_tag(by_name["Posteingang"], "#00aa00")  # an imported tag
        organiser.set_note(first, "Übersetzung: Привет heißt Hallo")
        organiser.set_thread_note(archive.message_thread_id(answer), "Erste Nachricht seit Mai")
        people = archive.people
        friend = people.person_of_address(FRIEND)
        people.merge(friend, people.person_of_address(FRIEND_OTHER))
        people.rename(friend, "Sergej Petrov")
        archive.watchlist.watch(friend, 10)
        archive.watchlist.add_event(
            friend,
            datetime(2024, 4, 10, 12, tzinfo=UTC),
            EventKind.PHONE,
            note="Anruf über Signal",
            file=("anruf.png", SCREENSHOT),
        )
        ledger = archive.ledger
        group = ledger.save_group("Botschaft", deadline_days=14)
        ledger.add_domain(group, "amt.example")
        ledger.mark_awaits(sent)
        paper = ledger.add_paper_letter(
            "Ausländerbehörde",
            datetime(2024, 4, 5, 9, tzinfo=UTC),
            "Antrag per Post",
            group_id=group,
            scan=("brief.pdf", SCAN),
        )
        ledger.answered(paper, datetime(2024, 4, 12, 9, tzinfo=UTC), "Antwort per Post")
    return folder


def state(env: dict[str, str], archive: Path) -> dict[str, Any]:
    """What the user added, as the command line shows it, without the archive's ids."""
    messages = run_json(env, "list", archive)
    by_sha = {m["sha256"]: m["id"] for m in messages}
    notes = {}
    for sha, number in ((m["sha256"], m["id"]) for m in messages if "Hallo" in m["subject"]):
        for scope in ("message", "thread"):
            found = run_json(
                env, "note", archive, str(number), *(["--thread"] * (scope == "thread"))
            )
            if found is not None:
                notes[(sha, scope)] = (found["text"], found["author"], found["modified"])
    alerts = run_json(env, "alerts", archive, "--today", TODAY)
    return {
        "tags": sorted(
            (t["name"], t["kind"], t["color"], t["messages"])
            for t in run_json(env, "tags", archive)
        ),
        "notes": notes,
        "people": sorted(
            (p["name"], tuple(p["addresses"]), p["me"]) for p in run_json(env, "people", archive)
        ),
        "me": run_json(env, "me", archive)["addresses"],
        "watched": [
            {k: v for k, v in w.items() if k not in ("person_id", "event_id", "message_id")}
            for w in alerts["watched"]
        ],
        "awaiting": [
            {k: v for k, v in letter.items() if k not in ("id", "answered_by")}
            for letter in run_json(env, "awaiting", archive, "--all", "--today", TODAY)
        ],
        "ids": {number: sha for sha, number in by_sha.items()},
    }


def test_a_bundle_brings_what_the_user_added_and_only_once(keeper: Path, tmp_path: Path) -> None:
    env = private_env(tmp_path)
    env["CORRESPONDENCE_APP_TODAY"] = TODAY
    password = tmp_path / "pw"
    password.write_text("sesam öffne dich\n", encoding="utf-8")
    bundle = tmp_path / "fuer-anwalt.zip"
    run_json(env, "export", keeper, "*", "--format", "bundle", "--output", bundle,
             "--password-file", password)  # fmt: skip
    assert run_json(env, "verify-export", bundle, "--password-file", password)["ok"]
    fresh = tmp_path / "fresh"
    run(env, "init", fresh)
    run(env, "me", fresh, "--time-zone", "Europe/Berlin")
    report = run_json(env, "import", fresh, bundle, "--password-file", password)
    [transfer] = report["transfers"]
    assert transfer["problems"] == []
    before, after = state(env, keeper), state(env, fresh)
    assert sha256s(env, fresh) == sha256s(env, keeper)
    # The user's tags as they were; the imported ones too, beside the bundle's own place.
    assert set(before["tags"]) <= set(after["tags"])
    assert ("Behörden/Botschaft", "user", "#aa0000", 2) in after["tags"]
    assert ("Posteingang", "imported", "#00aa00", 4) in after["tags"]
    assert after["notes"] == before["notes"]
    assert len(after["notes"]) == 3  # on a message, and on its thread's two
    assert ("Sergej Petrov", (FRIEND_OTHER, FRIEND), False) in after["people"]  # merged
    assert after["people"] == before["people"]
    assert after["me"] == [OWN]
    assert after["watched"] == before["watched"]
    [watched] = after["watched"]
    assert (watched["name"], watched["threshold_days"], watched["kind"]) == (
        "Sergej Petrov",
        10,
        "phone",
    )
    assert after["awaiting"] == before["awaiting"]
    assert {(a["kind"], a["group"], a["deadline_days"]) for a in after["awaiting"]} == {
        ("mail", "Botschaft", 14),
        ("paper", "Botschaft", 14),
    }
    [paper] = [a for a in after["awaiting"] if a["kind"] == "paper"]
    assert (paper["status"], paper["note"]) == ("answered", "Antwort per Post")
    friend = next(p["id"] for p in run_json(env, "people", fresh) if FRIEND in p["addresses"])
    [sign] = [s for s in run_json(env, "signs", fresh, str(friend)) if s["file"]]
    run(env, "sign-file", fresh, str(sign["event_id"]), tmp_path / "anruf.png")
    assert (tmp_path / "anruf.png").read_bytes() == SCREENSHOT

    # Again: nothing changes.
    again = run_json(env, "import", fresh, bundle, "--password-file", password)
    assert again["imported"] == 0
    [transfer] = again["transfers"]
    assert not any(v for k, v in transfer.items() if k != "path")
    assert state(env, fresh) == after

    # A note written here meanwhile is kept, the bundle's added below it.
    first = next(n for n, sha in after["ids"].items() if (sha, "message") in after["notes"])
    run(env, "note", fresh, str(first), "Meine eigene Notiz")
    third = run_json(env, "import", fresh, bundle, "--password-file", password)
    assert third["transfers"][0]["notes_joined"] == 1
    text = run_json(env, "note", fresh, str(first))["text"]
    assert text.startswith("Meine eigene Notiz\n\n— imported note by ")
    assert text.endswith("\nÜbersetzung: Привет heißt Hallo")
    fourth = run_json(env, "import", fresh, bundle, "--password-file", password)
    assert fourth["transfers"][0]["notes_joined"] == 0
    assert run_json(env, "note", fresh, str(first))["text"] == text


def test_a_wrong_or_missing_password_exits_2_naming_the_bundle(
    keeper: Path, tmp_path: Path
) -> None:
    env = private_env(tmp_path)
    password, wrong = tmp_path / "pw", tmp_path / "wrong"
    password.write_text("sesam öffne dich\n", encoding="utf-8")
    wrong.write_text("sesam schließe dich\n", encoding="utf-8")
    bundle = tmp_path / "bundle.zip"
    run(env, "export", keeper, "*", "--format", "bundle", "--output", bundle,
        "--password-file", password)  # fmt: skip
    fresh = tmp_path / "fresh"
    run(env, "init", fresh)
    for given in (("--password-file", wrong), ()):
        result = run(env, "import", fresh, bundle, *given, check=False)
        assert result.returncode == 2
        message = result.stderr.decode()
        assert message.startswith(f"correspondence-app: {bundle}: ")
        assert "password" in message
        assert message.count("\n") == 1
    assert run_json(env, "list", fresh) == []
