# SPDX-License-Identifier: GPL-3.0-or-later
"""Exports of the originals (mbox, .eml folder, .eml ZIP) and CSV on real mail: byte for
byte, re-importable, with a manifest and SHA256SUMS that `verify-export` checks and that
catch a changed byte; safe file names; the export log; a cancelled export leaves nothing."""

from __future__ import annotations

import csv
import hashlib
import json
import shutil
import subprocess
import threading
import zipfile
from email.message import EmailMessage
from typing import TYPE_CHECKING

import pytest

from correspondence_app.crypto.keys import KdfParams
from correspondence_app.export.bundle import open_bundle
from correspondence_app.export.exporter import ExportError
from correspondence_app.export.manifest import MANIFEST_NAME, SUMS_NAME, parse_sums
from correspondence_app.export.naming import item_stem
from correspondence_app.export.originals import MBOX_NAME
from correspondence_app.export.pdf import embedded_files
from correspondence_app.export.source import ExportCancelled, ExportSource, Selection
from correspondence_app.export.table import CSV_NAME
from correspondence_app.export.verify import VerifyError, verify_export
from correspondence_app.services import Archive
from tests.conftest import PASSPHRASE

if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path

HOSTILE = "../../etc/passwd:\x07\x1b[31m CON " + "Ä" * 300
EVERYTHING = Selection(query="*")


def letter(number: int, subject: str, body: str) -> bytes:
    message = EmailMessage()
    message["From"] = f"Sergej Petrov <sergej{number}@example.net>"
    message["To"] = "katja@example.de"
    message["Subject"] = subject
    message["Date"] = f"Mon, {number + 1:02d} Apr 2024 10:00:00 +0300"
    message["Message-ID"] = f"<export-{number}@test.example>"
    message.set_content(body)
    return message.as_bytes()


@pytest.fixture
def archive(tmp_path: Path, corpora: Path) -> Iterator[Archive]:
    """Real mail from the corpora, and letters with a hostile subject and "From " lines."""
    mine = tmp_path / "mine"
    mine.mkdir()
    (mine / "1.eml").write_bytes(letter(1, HOSTILE, "From here on it is hard.\n>From there\n"))
    (mine / "2.eml").write_bytes(letter(2, '=HYPERLINK("http://x")', "Привет, всё хорошо."))
    (mine / "3.eml").write_bytes(letter(3, "Antrag für Сергей", "From Moscow with love"))
    with Archive.create(tmp_path / "archive", PASSPHRASE, kdf=KdfParams()) as opened:
        opened.import_paths([corpora / "mime4j" / "mbox", corpora / "mailpile", mine], workers=1)
        yield opened


def digests(archive: Archive) -> set[str]:
    return {message.sha256 for message in archive.list_messages()}


def reimported(tmp_path: Path, name: str, path: Path) -> set[str]:
    with Archive.create(tmp_path / name, PASSPHRASE, kdf=KdfParams()) as fresh:
        report = fresh.import_paths([path], workers=1)
        assert report.quarantined == 0
        return digests(fresh)


@pytest.mark.parametrize("export_format", ["mbox", "eml"])
def test_originals_come_back_byte_for_byte_when_imported_again(
    archive: Archive, tmp_path: Path, export_format: str
) -> None:
    output = tmp_path / export_format
    report = archive.exporter.export(EVERYTHING, export_format, output)
    assert report.messages == archive.stats().messages > 20
    wanted = {m.sha256 for m in archive.list_messages() if archive.raw(m.id).endswith(b"\n")}
    assert wanted <= reimported(tmp_path, "again", output)
    if export_format == "eml":  # each file is the original itself, ending or not
        assert reimported(tmp_path, "eml-again", output) == digests(archive)
    assert verify_export(output).ok


def test_the_zip_holds_the_originals_the_manifest_and_the_checksums(
    archive: Archive, tmp_path: Path
) -> None:
    target = tmp_path / "dossier.zip"
    report = archive.exporter.export(Selection(query="Antrag"), "eml-zip", target)
    with zipfile.ZipFile(target) as opened:
        names = opened.namelist()
        manifest = json.loads(opened.read(MANIFEST_NAME))
        sums = parse_sums(opened.read(SUMS_NAME))
        for item in manifest["items"]:
            assert hashlib.sha256(opened.read(item["file"])).hexdigest() == item["sha256"]
            assert archive.raw(item["id"]) == opened.read(item["file"])
    assert report.messages == manifest["messages"] == 1
    assert set(sums) == set(names) - {SUMS_NAME}
    assert (
        report.manifest_sha256
        == hashlib.sha256(zipfile.ZipFile(target).read(MANIFEST_NAME)).hexdigest()
    )
    checked = verify_export(target)
    assert (checked.ok, checked.checked) == (True, len(names))


def test_a_changed_byte_is_named(archive: Archive, tmp_path: Path) -> None:
    eml = tmp_path / "eml"
    archive.exporter.export(Selection(query="Antrag"), "eml", eml)
    [original] = [path for path in eml.iterdir() if path.suffix == ".eml"]
    data = bytearray(original.read_bytes())
    data[-3] ^= 1
    original.write_bytes(bytes(data))
    report = verify_export(eml)
    assert not report.ok
    assert all(original.name in mismatch for mismatch in report.mismatches)
    assert len(report.mismatches) == 2  # against SHA256SUMS and against the manifest
    mbox = tmp_path / "mbox"
    archive.exporter.export(EVERYTHING, "mbox", mbox)
    content = (mbox / MBOX_NAME).read_bytes().replace(b"hard.", b"hart.", 1)
    (mbox / MBOX_NAME).write_bytes(content)
    mismatches = verify_export(mbox).mismatches
    assert any("export-1@test.example" in mismatch for mismatch in mismatches)
    assert any(mismatch.startswith(f"{MBOX_NAME}: changed") for mismatch in mismatches)


def test_file_names_are_safe_for_every_file_system(archive: Archive, tmp_path: Path) -> None:
    output = tmp_path / "eml"
    archive.exporter.export(EVERYTHING, "eml", output)
    names = [path.name for path in output.iterdir()]
    assert len(names) == len(set(name.casefold() for name in names))
    for name in names:
        assert name.isascii()
        assert len(name) <= 100
        assert not set(name) & set('/\\:*?"<>|')
        assert name.isprintable()
        assert not name.startswith((".", "-"))
    hostile = [name for name in names if "etc-passwd" in name]
    assert hostile == [hostile[0]]
    assert "CON" in hostile[0]
    assert not any(path.parent != output for path in output.rglob("*"))


def test_names_carry_the_date_in_the_senders_zone_and_the_transliterated_subject(
    archive: Archive,
) -> None:
    source = ExportSource(archive.engine, Selection(query="Antrag"))
    [item] = source.items()
    assert item_stem(7, item) == "0007_2024-04-04_1000_sergej3_Antrag-fur-Sergei"


def test_csv_has_a_row_per_message_and_never_a_formula(archive: Archive, tmp_path: Path) -> None:
    output = tmp_path / "csv"
    archive.exporter.export(Selection(query="from:example.net"), "csv", output)
    with open(output / CSV_NAME, encoding="utf-8-sig", newline="") as stream:
        rows = list(csv.DictReader(stream))
    assert len(rows) == 3
    subjects = {row["subject"] for row in rows}
    assert '\'=HYPERLINK("http://x")' in subjects
    assert "Antrag für Сергей" in subjects
    manifest = json.loads((output / MANIFEST_NAME).read_bytes())
    assert {row["sha256"] for row in rows} == {item["sha256"] for item in manifest["items"]}
    assert verify_export(output).ok


def test_threads_widen_the_selection_and_every_export_is_logged(
    archive: Archive, tmp_path: Path
) -> None:
    narrow = archive.exporter.export(Selection(query="Antrag"), "csv", tmp_path / "a")
    wide = archive.exporter.export(
        Selection(query="subject:re", threads=True), "csv", tmp_path / "b"
    )
    only = archive.exporter.export(Selection(query="subject:re"), "csv", tmp_path / "c")
    assert wide.messages > only.messages
    log = archive.exporter.log()
    assert [entry.manifest_sha256 for entry in log] == [
        only.manifest_sha256,
        wide.manifest_sha256,
        narrow.manifest_sha256,
    ]
    assert log[1].selection["threads"] is True
    assert log[2].messages == 1


def test_a_used_place_and_an_empty_selection_are_refused(archive: Archive, tmp_path: Path) -> None:
    (tmp_path / "full").mkdir()
    (tmp_path / "full" / "keep.txt").write_text("mine")
    with pytest.raises(ExportError, match="not an empty folder"):
        archive.exporter.export(EVERYTHING, "eml", tmp_path / "full")
    assert [p.name for p in (tmp_path / "full").iterdir()] == ["keep.txt"]
    with pytest.raises(ExportError, match="no message"):
        archive.exporter.export(Selection(query="nothingmatchesthis"), "eml", tmp_path / "x")
    assert archive.exporter.log() == []


@pytest.mark.parametrize(("export_format", "name"), [("eml", "out"), ("eml-zip", "out.zip")])
def test_a_cancelled_export_leaves_nothing(
    archive: Archive, tmp_path: Path, export_format: str, name: str
) -> None:
    cancel = threading.Event()

    def progress(done: int, _total: int) -> None:
        if done == 5:
            cancel.set()

    with pytest.raises(ExportCancelled):
        archive.exporter.export(
            EVERYTHING, export_format, tmp_path / name, progress=progress, cancel=cancel
        )
    assert sorted(p.name for p in tmp_path.iterdir()) == ["archive", "mine"]
    assert archive.exporter.log() == []


def test_the_bundle_is_encrypted_and_checked_with_its_password(
    archive: Archive, tmp_path: Path
) -> None:
    target = tmp_path / "for-the-lawyer.zip"
    with pytest.raises(ExportError, match="password"):
        archive.exporter.export(EVERYTHING, "bundle", target, password="short")
    report = archive.exporter.export(
        Selection(query="Antrag"), "bundle", target, password="correct horse battery"
    )
    with zipfile.ZipFile(target) as opened:
        names = opened.namelist()
        assert all(info.flag_bits & 0x1 for info in opened.infolist())  # every entry
        with pytest.raises(RuntimeError, match="encrypted"):
            opened.read(MANIFEST_NAME)
    assert report.files == len(names) == 4  # the message, transfer.json, manifest, SHA256SUMS
    assert verify_export(target, "correct horse battery").ok
    with pytest.raises(VerifyError, match="encrypted"):
        verify_export(target)
    with pytest.raises(VerifyError, match="wrong password"):
        verify_export(target, "incorrect horse")
    with open_bundle(target, "r", "correct horse battery") as bundle:
        manifest = json.loads(bundle.read(MANIFEST_NAME))
        [item] = manifest["items"]
        assert bundle.read(item["file"]) == archive.raw(item["id"])


def test_7_zip_opens_the_bundle_with_the_password(archive: Archive, tmp_path: Path) -> None:
    seven = shutil.which("7zz") or shutil.which("7z")
    assert seven is not None, "7-Zip is missing: scripts/install-system-packages.sh installs it"
    target = tmp_path / "bundle.zip"
    archive.exporter.export(Selection(query="Antrag"), "bundle", target, password="sesam öffne")
    out = tmp_path / "opened"
    done = subprocess.run(
        [seven, "x", "-y", "-psesam öffne", f"-o{out}", str(target)],
        capture_output=True,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert verify_export(out).ok  # the unpacked bundle is an export folder of its own
    wrong = subprocess.run(
        [seven, "x", "-y", "-pwrong", f"-o{tmp_path / 'no'}", str(target)],
        capture_output=True,
        check=False,
    )
    assert wrong.returncode != 0


def test_the_pdf_carries_the_proof_and_a_changed_original_is_named(
    archive: Archive, tmp_path: Path
) -> None:
    target = tmp_path / "dossier.pdf"
    report = archive.exporter.export(Selection(query="from:example.net"), "pdf", target)
    embedded = embedded_files(target)
    manifest = json.loads(embedded[MANIFEST_NAME])
    assert report.manifest_sha256 == hashlib.sha256(embedded[MANIFEST_NAME]).hexdigest()
    assert set(parse_sums(embedded[SUMS_NAME])) == set(embedded) - {SUMS_NAME}
    for item in manifest["items"]:
        assert embedded[item["file"]] == archive.raw(item["id"])
    assert verify_export(target).ok
    data = bytearray(target.read_bytes())
    head = data.index(b"/EmbeddedFile")  # the first original's stream
    start = data.index(b"stream\n", head) + len(b"stream\n")
    data[start + 40] ^= 0x01
    target.write_bytes(bytes(data))
    checked = verify_export(target)
    assert not checked.ok
    pages, original = checked.mismatches
    assert pages.startswith("dossier.pdf: changed: its pages and originals as exported")
    assert manifest["items"][0]["file"] in original


def test_verify_checks_each_logged_export_still_in_its_place(
    archive: Archive, tmp_path: Path
) -> None:
    folder = tmp_path / "eml"
    archive.exporter.export(Selection(query="Antrag"), "eml", folder)
    archive.exporter.export(Selection(query="Antrag"), "eml-zip", tmp_path / "a.zip")
    archive.exporter.export(Selection(query="Antrag"), "csv", tmp_path / "gone")
    shutil.rmtree(tmp_path / "gone")  # handed over and deleted here: nothing to compare
    before = archive.verify()
    assert before.ok
    assert archive.exporter.check_log() == (2, [])
    manifest = json.loads((folder / MANIFEST_NAME).read_bytes())
    manifest["messages"] = 2
    (folder / MANIFEST_NAME).write_text(json.dumps(manifest))
    after = archive.verify()
    assert not after.ok
    [problem] = after.errors
    assert str(folder) in problem
    assert "not the one logged" in problem
