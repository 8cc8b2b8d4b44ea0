# SPDX-License-Identifier: GPL-3.0-or-later
"""Messages in a ZIP: each member read in memory like a file of its own, its place naming
the ZIP and the member; zip bombs, lying sizes, nested ZIPs and encrypted bundles refused
with the reason; an export's Outlook pair imported once."""

from __future__ import annotations

import io
import json
import struct
import tempfile
import zipfile
from email.message import EmailMessage
from typing import TYPE_CHECKING

import pytest
from sqlalchemy import select

from correspondence_app.export.bundle import open_bundle
from correspondence_app.export.manifest import APPLICATION
from correspondence_app.importers import sources, zip_source
from correspondence_app.importers.base import RawItem, Skipped
from correspondence_app.importers.export_pairs import CONVERTED_COPY
from correspondence_app.storage.tables import MessageSource
from tests.unit.importers.ole2_files import ole2_file
from tests.unit.importers.test_apple_mail import ANTRAG, emlx
from tests.unit.importers.test_copies import MOZILLA, SERVER, thunderbird_linux

if TYPE_CHECKING:
    from pathlib import Path

    from correspondence_app.services import Archive

_CENTRAL_HEADER = b"PK\x01\x02"


def message(number: int) -> bytes:
    mail = EmailMessage()
    mail["From"], mail["To"] = f"anna{number}@example.org", "katja@example.de"
    mail["Subject"] = f"Brief {number}"
    mail["Message-ID"] = f"<zip-{number}@test.example>"
    mail.set_content(f"Hallo {number}\n")
    return mail.as_bytes()


def write_zip(path: Path, members: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, content in members.items():
            archive.writestr(name, content)
    return path


def items(path: Path) -> list[RawItem | Skipped]:
    return list(sources.iter_items(sources.plan([path])[0]))


def reasons(found: list[RawItem | Skipped]) -> dict[str, str]:
    """The skipped members by name (after the ZIP's path), with their reasons."""
    return {s.path.rsplit("/", 1)[-1]: s.reason for s in found if isinstance(s, Skipped)}


def declare_size(data: bytes, name: str, size: int) -> bytes:
    """The ZIP with the uncompressed size its central directory gives ``name`` changed:
    what a hostile ZIP claims."""
    at = data.index(_CENTRAL_HEADER)
    while data[at + 46 : at + 46 + len(name)] != name.encode():
        at = data.index(_CENTRAL_HEADER, at + 4)
    return data[: at + 24] + struct.pack("<I", size) + data[at + 28 :]


def test_each_member_is_a_message_found_in_the_zip(
    archive: Archive, tmp_path: Path, corpora: Path
) -> None:
    outlook = (corpora / "spamscope-mail-parser" / "mail_outlook_1").read_bytes()
    inner = io.BytesIO()
    with zipfile.ZipFile(inner, "w") as nested:
        nested.writestr("hidden.eml", message(9))
    path = write_zip(
        tmp_path / "post.zip",
        {
            "1.eml": message(1),
            "Amt/2.eml": message(2),
            "Maildir/.Botschaft/cur/1700000000.M1P1.host:2,S": message(5),
            "Maildir/dovecot.index": b"\x07\x02\x00binary index\x00",  # the server's
            "Maildir/dovecot-uidlist": b"3 V1700000000 N2\n1 :1700000000.M1P1.host\n",
            "outlook": outlook,  # known by its content, not its name
            "nested.zip": inner.getvalue(),
            "notes.pdf": b"%PDF-1.4 not mail",
            "Antrag.doc": ole2_file({"WordDocument": b"\xec\xa5"}),  # OLE2 as "outlook" is
            "Sprachnachricht.ogg": b"OggS\x00\x02\x00\x00\x00\x00",
            "two.mbox": b"From a@b Mon Jan  1 00:00:00 2024\n"
            + message(3)
            + b"\nFrom a@b Mon Jan  1 00:00:00 2024\n"
            + message(4),
        },
    )
    report = archive.import_paths([path], workers=1)
    assert (report.imported, report.quarantined) == (6, 0)
    skipped = {s.path.rsplit("/", 1)[-1]: s.reason for s in report.skipped}
    assert skipped == {
        "nested.zip": "a ZIP inside the ZIP: not opened (unpack it to import it)",
        "notes.pdf": "not a mail file (a PDF document)",
        "Antrag.doc": "not a mail file (an office document or e-book)",
        "Sprachnachricht.ogg": "not a mail file (a sound recording)",
    }
    places = {}
    for summary in archive.list_messages():
        [source] = archive.message(summary.id).sources
        places[source.location, source.offset] = (source.kind, source.folder)
    maildir_file = "Maildir/.Botschaft/cur/1700000000.M1P1.host:2,S"
    mbox_second = len(b"From a@b Mon Jan  1 00:00:00 2024\n" + message(3) + b"\n")
    assert places == {
        (f"{path}/1.eml", places_offset(path, "1.eml")): ("eml", "post.zip"),
        (f"{path}/Amt/2.eml", places_offset(path, "Amt/2.eml")): ("eml", "Amt"),
        (f"{path}/outlook", places_offset(path, "outlook")): ("outlook", "post.zip"),
        (f"{path}/{maildir_file}", places_offset(path, maildir_file)): ("eml", "Botschaft"),
        (f"{path}/two.mbox", 0): ("mbox", "two.mbox"),  # read as it unpacks
        (f"{path}/two.mbox", mbox_second): ("mbox", "two.mbox"),
    }
    again = archive.import_paths([path], workers=1)
    assert (again.imported, again.duplicates) == (0, 6)
    with archive.session() as session:
        [flags] = session.scalars(
            select(MessageSource.flags).where(MessageSource.location.endswith(":2,S"))
        )
    assert flags == "S"  # as the Maildir's file name says, as in a folder


def places_offset(path: Path, name: str) -> int:
    """Where a member starts in the ZIP: a message of it is found there."""
    with zipfile.ZipFile(path) as archive:
        return archive.getinfo(name).header_offset


def test_a_zip_bomb_member_is_refused_and_the_rest_read(tmp_path: Path) -> None:
    bomb = write_zip(tmp_path / "bomb.zip", {"bomb.eml": b"\0" * (8 << 20), "1.eml": message(1)})
    found = items(bomb)
    assert [item.raw for item in found if isinstance(item, RawItem)] == [message(1)]
    assert "zip bomb" in reasons(found)["bomb.eml"]


def test_a_member_declaring_more_than_a_message_may_have_is_not_read(tmp_path: Path) -> None:
    data = write_zip(tmp_path / "plain.zip", {"big.eml": message(1)}).read_bytes()
    huge = tmp_path / "huge.zip"
    huge.write_bytes(declare_size(data, "big.eml", 0x7FFFFFFF))
    reason = reasons(items(huge))["big.eml"]
    assert reason.startswith("declares 2,048 MB unpacked, over the 256 MB")


def test_a_member_longer_than_it_declared_is_refused(tmp_path: Path) -> None:
    data = write_zip(tmp_path / "plain.zip", {"liar.eml": message(1) * 50}).read_bytes()
    liar = tmp_path / "liar.zip"
    liar.write_bytes(declare_size(data, "liar.eml", 100))
    found = items(liar)
    assert not [item for item in found if isinstance(item, RawItem)]
    assert reasons(found)["liar.eml"].startswith("cannot be read from the ZIP (Bad CRC-32")


def takeout_mbox(count: int) -> bytes:
    """An mbox as Gmail Takeout writes it: Gmail's fields in front of each message."""
    return b"".join(
        b"From 1790000000000%d@xxx Mon Jun 02 10:00:00 +0000 2025\n"
        b"X-GM-THRID: 17900000000%d\nX-Gmail-Labels: Posteingang,Wichtig\n"
        % (number, number)
        + message(number)
        + b"\n"
        for number in range(count)
    )


def test_a_gmail_takeout_zip_is_read_as_its_mbox_unpacks(archive: Archive, tmp_path: Path) -> None:
    takeout = write_zip(
        tmp_path / "takeout-20250602T100000Z-001.zip",
        {"Takeout/Mail/All mail Including Spam and Trash.mbox": takeout_mbox(3)},
    )
    report = archive.import_paths([takeout], workers=1)
    assert (report.imported, report.quarantined, report.skipped) == (3, 0, ())
    assert [folder.name for folder in archive.folders()] == [
        "All mail Including Spam and Trash.mbox"
    ]
    with archive.session() as session:
        labels = {source.labels for source in session.scalars(select(MessageSource))}
    assert labels == {'["Posteingang", "Wichtig"]'}  # Gmail's labels, as from the file itself
    again = archive.import_paths([takeout], workers=1)
    assert (again.imported, again.duplicates) == (0, 3)


def test_the_progress_counts_a_zip_by_what_it_unpacks_to(tmp_path: Path) -> None:
    mbox = takeout_mbox(200)
    takeout = write_zip(tmp_path / "takeout.zip", {"Takeout/Mail/Alle.mbox": mbox})
    [planned] = sources.plan([takeout])
    assert takeout.stat().st_size < len(mbox) == planned.size_bytes
    damaged = tmp_path / "damaged.zip"
    damaged.write_bytes(b"PK\x03\x04 cut short")
    [planned] = sources.plan([damaged])
    assert planned.size_bytes == damaged.stat().st_size


def test_an_mbox_member_is_refused_as_a_bomb_and_cut_where_it_lies(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blank_lines = b"From a@b Mon Jan  1 00:00:00 2024\n" + b"\n" * (8 << 20)
    bomb = write_zip(tmp_path / "bomb.zip", {"bomb.mbox": blank_lines})
    assert "zip bomb" in reasons(items(bomb))["bomb.mbox"]
    monkeypatch.setattr(zip_source, "STREAM_FROM_BYTES", 10_000)  # read as it unpacks
    assert "zip bomb" in reasons(items(bomb))["bomb.mbox"]
    data = write_zip(tmp_path / "plain.zip", {"liar.mbox": takeout_mbox(400)}).read_bytes()
    liar = tmp_path / "liar.zip"
    liar.write_bytes(declare_size(data, "liar.mbox", 40_000))
    found = items(liar)
    assert 100 < len([item for item in found if isinstance(item, RawItem)]) < 400
    reason = reasons(found)["liar.mbox"]
    assert reason.startswith("cannot be read from the ZIP (Bad CRC-32")
    assert reason.endswith("the messages before were imported")


def test_nothing_of_the_zip_is_written_to_the_disk(
    archive: Archive, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    temporary = tmp_path / "temporary"
    temporary.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(temporary))
    drop = tmp_path / "drop"
    drop.mkdir()
    path = write_zip(drop / "post.zip", {f"{n}.eml": message(n) for n in range(5)})
    assert archive.import_paths([path], workers=1).imported == 5
    assert list(temporary.iterdir()) == []
    assert [p.name for p in drop.iterdir()] == ["post.zip"]


def test_an_office_document_is_one_file_that_is_no_mail(tmp_path: Path) -> None:
    document = write_zip(
        tmp_path / "Antrag.docx",
        {"[Content_Types].xml": b"<?xml?>", "word/document.xml": b"<?xml?>"},
    )
    assert items(document) == [
        Skipped(str(document), "not a mail file (an office document or e-book)")
    ]


def test_a_bundle_without_its_password_is_skipped_with_the_reason(tmp_path: Path) -> None:
    folder = tmp_path / "inbox"
    folder.mkdir()
    with open_bundle(folder / "bundle.zip", "w", "lange geheime Worte") as bundle:
        bundle.writestr("1.eml", message(1))
    [skipped] = [item for f in sources.plan([folder]) for item in sources.iter_items(f)]
    assert isinstance(skipped, Skipped)
    assert "--password-file" in skipped.reason
    with pytest.raises(zip_source.ZipSourceError, match="wrong password"):
        zip_source.check_password(folder / "bundle.zip", "falsche Worte")
    known = {folder / "bundle.zip": "lange geheime Worte"}
    [item] = [item for f in sources.plan([folder]) for item in sources.iter_items(f, known)]
    assert isinstance(item, RawItem)
    assert item.raw == message(1)


def manifest(*items: dict[str, str], application: str = APPLICATION) -> bytes:
    return json.dumps({"application": application, "items": list(items)}, indent=2).encode()


def test_the_converted_copy_beside_an_outlook_original_is_skipped(
    tmp_path: Path, corpora: Path
) -> None:
    outlook = (corpora / "spamscope-mail-parser" / "mail_outlook_1").read_bytes()
    pair = {"file": "0001_x.eml", "original_file": "0001_x.msg"}
    members = {"0001_x.eml": message(1), "0001_x.msg": outlook, "0002_y.eml": message(2)}
    zipped = write_zip(tmp_path / "export.zip", {**members, "manifest.json": manifest(pair)})
    folder = tmp_path / "export"
    folder.mkdir()
    for name, content in {**members, "manifest.json": manifest(pair)}.items():
        (folder / name).write_bytes(content)
    for given in (zipped, folder):
        found = [item for f in sources.plan([given]) for item in sources.iter_items(f)]
        kept = sorted(
            item.location.rsplit("/", 1)[-1] for item in found if isinstance(item, RawItem)
        )
        assert kept == ["0001_x.msg", "0002_y.eml"]
        assert reasons(found)["0001_x.eml"] == CONVERTED_COPY
    # Given one by one (as a shell expands export/*), the copy is still known.
    found = [
        item for f in sources.plan(sorted(folder.glob("*.eml"))) for item in sources.iter_items(f)
    ]
    assert reasons(found) == {"0001_x.eml": CONVERTED_COPY}


@pytest.mark.parametrize(
    "written",
    [
        manifest({"file": "0001_x.eml", "original_file": "0001_x.msg"}, application="Other"),
        manifest({"file": "0001_x.eml", "original_file": "missing.msg"}),
        manifest({"file": "../0001_x.eml", "original_file": "../0001_x.msg"}),
        b"{ not json",
    ],
)
def test_without_a_pair_our_manifest_names_every_file_is_read(
    tmp_path: Path, written: bytes
) -> None:
    folder = tmp_path / "export" / "inner"
    folder.mkdir(parents=True)
    (tmp_path / "export" / "0001_x.eml").write_bytes(message(1))
    (tmp_path / "export" / "0001_x.msg").write_bytes(message(2))
    (folder / "0001_x.eml").write_bytes(message(3))
    (folder / "manifest.json").write_bytes(written)
    found = [item for f in sources.plan([tmp_path / "export"]) for item in sources.iter_items(f)]
    assert len([item for item in found if isinstance(item, RawItem)]) == 3


def test_a_member_is_known_again_as_its_copy_in_a_folder_is(
    archive: Archive, tmp_path: Path
) -> None:
    """A copy a mail program saved (Thunderbird's fields in front, its own line ends), and
    a message of Apple Mail's store, are the same message whether found in a folder or in
    a ZIP, though their bytes differ."""
    folder = tmp_path / "Mail"
    folder.mkdir()
    (folder / "lage.eml").write_bytes(thunderbird_linux(SERVER))
    crlf_antrag = ANTRAG.replace(b"\n", b"\r\n")
    (folder / "7.emlx").write_bytes(emlx(crlf_antrag))
    first = archive.import_paths([folder], workers=1)
    assert first.imported == 2
    packed = write_zip(
        tmp_path / "Sicherung.zip",
        {
            "Thunderbird/lage.eml": MOZILLA.replace(b"\n", b"\r\n") + b"\r\n" + SERVER,
            "Mail/V10/A/INBOX.mbox/B/Data/Messages/8.emlx": emlx(ANTRAG),
        },
    )
    again = archive.import_paths([packed], workers=1)
    assert (again.imported, again.duplicates) == (0, 2)
