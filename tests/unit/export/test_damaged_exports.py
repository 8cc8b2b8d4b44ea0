# SPDX-License-Identifier: GPL-3.0-or-later
"""Damaged exports: a byte changed inside a ZIP or bundle entry or an embedded original, a
cut-off ZIP or PDF, a foreign PDF, a manifest of the wrong shape. `verify-export` names each
damaged file and checks the rest; the archive's `verify` reports a logged export it cannot
read and keeps the rest of its report. Also: the PDF's progress counts messages, and a place
that cannot be written is refused."""

from __future__ import annotations

import json
import re
import struct
import zipfile
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from pypdf import PdfWriter

from correspondence_app.crypto.keys import KdfParams
from correspondence_app.export.exporter import ExportError
from correspondence_app.export.manifest import MANIFEST_NAME, SUMS_NAME
from correspondence_app.export.pdf_files import embedded_files
from correspondence_app.export.source import Selection
from correspondence_app.export.verify import VerifyError, verify_export
from correspondence_app.services import Archive
from tests.conftest import PASSPHRASE
from tests.unit.export import letters

if TYPE_CHECKING:
    from collections.abc import Iterator

EVERYTHING = Selection(query="*")
PASSWORD = "correct horse battery"
# Real Outlook files: each goes into the export beside the .eml converted from it.
OUTLOOK = ("test1.msg", "unicode1.msg")


def letter(number: int) -> bytes:
    # Enough text that each original is a deflate stream of some size.
    lines = (f"Zeile {line} von Brief {number}: Всё хорошо, wir leben." for line in range(300))
    return letters.letter(number, "damaged", "\n".join(lines))


def filled(folder: Path, corpora: Path) -> Archive:
    """A new archive in ``folder`` with five letters and two Outlook files."""
    mail = folder / "mail"
    mail.mkdir()
    for number in range(1, 6):
        (mail / f"{number}.eml").write_bytes(letter(number))
    for name in OUTLOOK:
        (mail / name).write_bytes((corpora / "msgreader" / name).read_bytes())
    opened = Archive.create(folder / "archive", PASSPHRASE, kdf=KdfParams())
    report = opened.import_paths([mail], workers=1)
    assert report.imported == 5 + len(OUTLOOK)
    return opened


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory, corpora: Path) -> Iterator[Archive]:
    """One archive for the tests that only read its exports: each damages its own."""
    with filled(tmp_path_factory.mktemp("damaged"), corpora) as opened:
        yield opened


def entry_data(path: Path, name: str) -> tuple[int, int]:
    """Where the stored (compressed, maybe encrypted) bytes of a ZIP entry are: offset, size."""
    with zipfile.ZipFile(path) as opened:
        info = opened.getinfo(name)
    with open(path, "rb") as stream:
        stream.seek(info.header_offset)
        header = stream.read(30)
    name_size, extra_size = struct.unpack("<HH", header[26:30])
    return info.header_offset + 30 + name_size + extra_size, info.compress_size


def flip(path: Path, offset: int) -> None:
    """Changes four bytes from ``offset`` (one changed bit can fall where a deflate stream
    has bits it does not use)."""
    data = bytearray(path.read_bytes())
    for at in range(offset, offset + 4):
        data[at] ^= 0x10
    path.write_bytes(bytes(data))


def zip_names(path: Path) -> tuple[str, str]:
    """A letter's .eml and an Outlook original in the ZIP."""
    with zipfile.ZipFile(path) as opened:
        names = opened.namelist()
    eml = next(name for name in names if "sergej3" in name)
    msg = next(name for name in names if name.endswith(".msg"))
    return eml, msg


@pytest.mark.parametrize("where", [0.1, 0.5, 0.9], ids=["start", "middle", "end"])
def test_a_changed_byte_inside_zip_entries_names_each_and_checks_the_rest(
    archive: Archive, tmp_path: Path, where: float
) -> None:
    target = tmp_path / "dossier.zip"
    archive.exporter.export(EVERYTHING, "eml-zip", target)
    intact = verify_export(target)
    assert intact.ok
    damaged = zip_names(target)
    for name in damaged:
        start, size = entry_data(target, name)
        flip(target, start + int(size * where))
    report = verify_export(target)
    assert report.checked == intact.checked
    assert len(report.mismatches) == len(damaged)  # each said once, nothing else
    for name in damaged:
        assert any(m.startswith(f"{name}: damaged in the ZIP (") for m in report.mismatches)


def test_a_changed_byte_inside_bundle_entries_names_each_even_the_manifest(
    archive: Archive, tmp_path: Path
) -> None:
    target = tmp_path / "bundle.zip"
    archive.exporter.export(EVERYTHING, "bundle", target, password=PASSWORD)
    intact = verify_export(target, PASSWORD)
    assert intact.ok
    eml, msg = zip_names(target)
    for name in (eml, msg, MANIFEST_NAME):
        start, size = entry_data(target, name)
        flip(target, start + size // 2)
    report = verify_export(target, PASSWORD)  # still the right password
    assert len(report.mismatches) == 3
    for name in (eml, msg, MANIFEST_NAME):
        assert any(m.startswith(f"{name}: damaged in the ZIP (") for m in report.mismatches)
    assert report.checked > 2  # SHA256SUMS still read: every other entry checked
    with pytest.raises(VerifyError, match="wrong password"):
        verify_export(target, "incorrect horse")


@pytest.mark.parametrize("export_format", ["eml-zip", "bundle"])
def test_a_cut_off_zip_is_one_finding(archive: Archive, tmp_path: Path, export_format: str) -> None:
    target = tmp_path / "cut.zip"
    archive.exporter.export(EVERYTHING, export_format, target, password=PASSWORD)
    target.write_bytes(target.read_bytes()[: target.stat().st_size // 2])
    report = verify_export(target, PASSWORD)
    assert not report.ok
    [mismatch] = report.mismatches
    assert mismatch.startswith("cut.zip: damaged, cannot be read as a ZIP (")


def embedded_streams(data: bytes) -> list[int]:
    """The offsets where each embedded file's stream data starts, in the file's order."""
    return [
        data.index(b"stream\n", found.end()) + len(b"stream\n")
        for found in re.finditer(rb"/Type\s*/EmbeddedFile\b", data)
    ]


def test_each_damaged_original_in_a_pdf_is_named_and_the_rest_checked(
    archive: Archive, tmp_path: Path
) -> None:
    target = tmp_path / "dossier.pdf"
    archive.exporter.export(EVERYTHING, "pdf", target)
    names = list(embedded_files(target))  # in the name tree's order
    intact = verify_export(target)
    assert intact.ok
    data = bytearray(target.read_bytes())
    streams = embedded_streams(bytes(data))
    for start in (streams[0], streams[2]):
        data[start + 20 : start + 24] = bytes(byte ^ 0x10 for byte in data[start + 20 : start + 24])
    target.write_bytes(bytes(data))
    report = verify_export(target)
    assert report.checked == intact.checked
    pages, *originals = report.mismatches
    assert pages.startswith("dossier.pdf: changed: its pages and originals as exported")
    assert len(originals) == 2
    damaged = {mismatch.split(":")[0] for mismatch in originals}
    assert damaged < set(names)
    assert all("the embedded copy is damaged" in mismatch for mismatch in originals)


def test_a_cut_off_or_foreign_pdf_is_one_finding(archive: Archive, tmp_path: Path) -> None:
    target = tmp_path / "dossier.pdf"
    archive.exporter.export(EVERYTHING, "pdf", target)
    whole = target.read_bytes()
    for size in (50_000, len(whole) // 2, len(whole) - 200):
        target.write_bytes(whole[:size])
        report = verify_export(target)
        [mismatch] = report.mismatches
        assert mismatch.startswith("dossier.pdf: damaged, cannot be read as a PDF ("), size
    foreign = tmp_path / "foreign.pdf"
    foreign.write_bytes(b"%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Names 2 0 R >>\nendobj\n" * 3)
    [mismatch] = verify_export(foreign).mismatches
    assert mismatch.startswith("foreign.pdf: damaged, cannot be read as a PDF (")
    writer = PdfWriter()
    writer.add_blank_page(200, 200)
    writer.write(tmp_path / "letter.pdf")  # a whole PDF, only no export
    with pytest.raises(VerifyError, match=r"no manifest\.json"):
        verify_export(tmp_path / "letter.pdf")


def test_items_of_a_manifest_that_are_no_objects_are_named(
    archive: Archive, tmp_path: Path
) -> None:
    output = tmp_path / "eml"
    archive.exporter.export(EVERYTHING, "eml", output)
    intact = verify_export(output)
    manifest = json.loads((output / MANIFEST_NAME).read_bytes())
    manifest["items"][1:1] = [5, "0001.eml", None]
    (output / MANIFEST_NAME).write_text(json.dumps(manifest))
    report = verify_export(output)
    assert report.checked == intact.checked
    assert report.mismatches == [
        f"{MANIFEST_NAME}: changed (SHA-256 differs from {SUMS_NAME})",
        f"{MANIFEST_NAME}: item 2 is not an object",
        f"{MANIFEST_NAME}: item 3 is not an object",
        f"{MANIFEST_NAME}: item 4 is not an object",
    ]
    (output / MANIFEST_NAME).write_text('{"items": {"file": "x"}}')
    assert f"{MANIFEST_NAME}: unreadable" in verify_export(output).mismatches
    (output / SUMS_NAME).write_bytes(b"\xff\xfe not text")
    assert f"{SUMS_NAME}: unreadable (not UTF-8 text)" in verify_export(output).mismatches


def test_the_archive_check_reports_a_logged_export_it_cannot_read(
    tmp_path: Path, corpora: Path
) -> None:
    with filled(tmp_path, corpora) as archive:
        check_the_logged_exports(archive, tmp_path)


def check_the_logged_exports(archive: Archive, tmp_path: Path) -> None:
    pdf, zipped = tmp_path / "dossier.pdf", tmp_path / "dossier.zip"
    archive.exporter.export(EVERYTHING, "pdf", pdf)
    archive.exporter.export(EVERYTHING, "eml-zip", zipped)
    before = archive.verify()
    assert before.ok
    for path in (pdf, zipped):
        path.write_bytes(path.read_bytes()[: path.stat().st_size // 2])
    after = archive.verify()
    assert after.checked == before.checked  # the database and the originals: still checked
    assert len(after.errors) == 2
    for path in (pdf, zipped):
        [finding] = [error for error in after.errors if str(path) in error]
        assert "its manifest is missing or unreadable" in finding


def test_the_pdfs_progress_counts_messages(archive: Archive, tmp_path: Path) -> None:
    calls: list[tuple[int, int]] = []
    report = archive.exporter.export(
        EVERYTHING, "pdf", tmp_path / "d.pdf", progress=lambda *call: calls.append(call)
    )
    assert {total for _, total in calls} == {report.messages}
    done = [value for value, _ in calls]
    assert done == sorted(done)
    assert done[-1] == report.messages
    assert len(set(done)) >= report.messages  # a step for each message


@pytest.mark.parametrize("name", ["x", "x.pdf", "x.zip"])
def test_a_place_that_cannot_be_written_is_refused(archive: Archive, name: str) -> None:
    export_format = {"x": "eml", "x.pdf": "pdf", "x.zip": "eml-zip"}[name]
    place = f"/proc/{name}"  # a folder no file can be made in
    with pytest.raises(ExportError, match=rf"^{place}: the export cannot be written there \("):
        archive.exporter.export(EVERYTHING, export_format, Path(place))


def test_a_place_under_a_file_is_refused(archive: Archive, tmp_path: Path) -> None:
    not_a_folder = tmp_path / "letter.txt"  # even root cannot make anything under a file
    not_a_folder.write_text("not a folder")
    for output in (not_a_folder / "new", not_a_folder / "d.pdf"):
        with pytest.raises(
            ExportError,
            match=r"letter\.txt(/new)?: (no such folder|the export cannot be written there)",
        ):
            archive.exporter.export(EVERYTHING, "pdf" if output.suffix else "eml", output)
    assert not_a_folder.read_text() == "not a folder"
