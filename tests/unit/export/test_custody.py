# SPDX-License-Identifier: GPL-3.0-or-later
"""The chain of custody covers every file of an export: a page, the CSV or an attachment
changed together with its SHA256SUMS line is caught by `verify-export` (the manifest lists
each file) and by the archive's `verify` (the log holds the manifest's SHA-256), a changed
page of a PDF dossier by both (the manifest holds the SHA-256 of the PDF as it was before
the manifest was added to it, the log that of the whole file); exports made before the list
still verify as they did."""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from pypdf import PdfReader, PdfWriter
from pypdf.annotations import FreeText
from sqlalchemy import update
from sqlalchemy.orm import Session

from correspondence_app.crypto.keys import KdfParams
from correspondence_app.export.manifest import MANIFEST_NAME, SUMS_NAME, parse_sums, sums_text
from correspondence_app.export.pdf_files import embedded_files
from correspondence_app.export.source import Selection
from correspondence_app.export.verify import verify_export
from correspondence_app.services import Archive
from correspondence_app.storage.export_tables import ExportRecord
from tests.conftest import PASSPHRASE
from tests.unit.export import letters

if TYPE_CHECKING:
    from collections.abc import Iterator

EVERYTHING = Selection(query="*")
NOTE = "Übersetzung: Привет, eine Notiz"
PASSWORD = "correct horse battery"


def letter(number: int) -> bytes:
    return letters.letter(
        number, "custody", f"Brief {number}: alles gut, всё хорошо.", attachment=True
    )


@pytest.fixture
def archive(tmp_path: Path) -> Iterator[Archive]:
    """Three letters with an attachment each, the first with a note."""
    mail = tmp_path / "mail"
    mail.mkdir()
    for number in range(1, 4):
        (mail / f"{number}.eml").write_bytes(letter(number))
    with Archive.create(tmp_path / "archive", PASSPHRASE, kdf=KdfParams()) as opened:
        assert opened.import_paths([mail], workers=1).imported == 3
        first = min(message.id for message in opened.list_messages())
        opened.organiser.set_note(first, NOTE)
        yield opened


def resum(folder: Path) -> None:
    """SHA256SUMS made to fit the folder as it now is, as a forger would."""
    names = [name for name in parse_sums((folder / SUMS_NAME).read_bytes()) if name != SUMS_NAME]
    present = [name for name in names if (folder / name).is_file()]
    (folder / SUMS_NAME).write_bytes(sums_text((n, (folder / n).read_bytes()) for n in present))


def findings(archive: Archive) -> list[str]:
    report = archive.verify()
    assert report.ok == (not report.errors)
    return list(report.errors)


def test_a_page_changed_with_its_checksum_is_caught_by_both_checks(
    archive: Archive, tmp_path: Path
) -> None:
    folder = tmp_path / "html"
    archive.exporter.export(EVERYTHING, "html", folder)
    assert verify_export(folder).ok
    assert findings(archive) == []
    [page] = [p for p in (folder / "threads").iterdir() if NOTE in p.read_text("utf-8")]
    page.write_text(page.read_text("utf-8").replace(NOTE, "GEFÄLSCHT"), "utf-8")
    resum(folder)
    name = f"threads/{page.name}"
    report = verify_export(folder)
    assert report.mismatches == [f"{name}: changed (size or SHA-256 differs from the manifest)"]
    [finding] = findings(archive)
    assert finding.startswith(f"export 1 in {folder}: {name}: changed")


def test_the_csv_changed_with_its_checksum_is_caught_by_both_checks(
    archive: Archive, tmp_path: Path
) -> None:
    folder = tmp_path / "csv"
    archive.exporter.export(EVERYTHING, "csv", folder)
    table = folder / "messages.csv"
    table.write_bytes(table.read_bytes().replace(b",no,", b",yes,", 1))
    resum(folder)
    [mismatch] = verify_export(folder).mismatches
    assert mismatch.startswith("messages.csv: changed")
    [finding] = findings(archive)
    assert finding.startswith(f"export 1 in {folder}: messages.csv: changed")


def test_an_added_or_removed_file_is_named(archive: Archive, tmp_path: Path) -> None:
    folder = tmp_path / "html"
    archive.exporter.export(EVERYTHING, "html", folder)
    [attachment] = sorted((folder / "attachments").rglob("antrag-1.txt"))
    attachment.unlink()
    (folder / "threads" / "0000-read-me-first.html").write_text("<p>Alles echt.</p>")
    (folder / ".DS_Store").write_bytes(b"\0\0\0\1Bud1")  # a file manager's, not a change
    (folder / "threads" / "Thumbs.db").write_bytes(b"\xd0\xcf\x11\xe0")
    resum(folder)  # the new page is not in SHA256SUMS either: only the manifest tells
    gone = attachment.relative_to(folder).as_posix()
    assert verify_export(folder).mismatches == [
        f"{gone}: missing (listed in the manifest)",
        "threads/0000-read-me-first.html: not in the manifest (added after the export)",
    ]
    assert len(findings(archive)) == 2


def test_the_manifest_lists_every_other_file_of_each_format(
    archive: Archive, tmp_path: Path
) -> None:
    for export_format in ("mbox", "eml", "html", "csv"):
        folder = tmp_path / export_format
        archive.exporter.export(EVERYTHING, export_format, folder)
        listed = json.loads((folder / MANIFEST_NAME).read_bytes())["files"]
        on_disk = {
            path.relative_to(folder).as_posix(): path.read_bytes()
            for path in folder.rglob("*")
            if path.is_file() and path.name not in (MANIFEST_NAME, SUMS_NAME)
        }
        assert [entry["name"] for entry in listed] == sorted(on_disk)
        for entry in listed:
            data = on_disk[entry["name"]]
            assert (entry["size"], entry["sha256"]) == (len(data), hashlib.sha256(data).hexdigest())


def content_stream(path: Path) -> tuple[int, int]:
    """Where the first page's (compressed) content stream is in the file: start, length."""
    reader = PdfReader(path)
    reference = reader.pages[0].raw_get("/Contents")
    data = path.read_bytes()
    offset = reader.xref[reference.generation][reference.idnum]
    head = data[offset : data.index(b"stream", offset)]
    length = re.search(rb"/Length (\d+)", head)
    assert length is not None
    return offset + len(head) + len(b"stream\n"), int(length.group(1))


def test_a_changed_byte_in_a_visible_page_is_caught_by_both_checks(
    archive: Archive, tmp_path: Path
) -> None:
    target = tmp_path / "dossier.pdf"
    report = archive.exporter.export(EVERYTHING, "pdf", target)
    assert report.output_sha256 == hashlib.sha256(target.read_bytes()).hexdigest()
    assert findings(archive) == []
    intact = verify_export(target)
    assert intact.ok
    assert intact.sha256 == report.output_sha256
    start, length = content_stream(target)
    data = bytearray(target.read_bytes())
    assert data[start : start + 1] == b"x"  # the zlib header: the stream is where it seemed
    data[start + length // 2] ^= 0x01
    target.write_bytes(bytes(data))
    # Every embedded file is as it was; the manifest's SHA-256 of the pages is not.
    checked = verify_export(target)
    assert checked.checked == intact.checked
    assert checked.mismatches == [
        f"dossier.pdf: changed: its pages and originals as exported (its first "
        f"{dossier(target)['size']} bytes) differ from the SHA-256 in the manifest"
    ]
    [finding] = findings(archive)
    assert finding.startswith(f"export 1 in {target}: dossier.pdf is not the file logged on ")


def dossier(path: Path) -> dict[str, int | str]:
    manifest = json.loads(embedded_files(path)[MANIFEST_NAME])
    entry: dict[str, int | str] = manifest["dossier"]
    return entry


def test_the_manifest_gives_the_pdf_as_it_was_before_the_manifest(
    archive: Archive, tmp_path: Path
) -> None:
    """What `head -c SIZE dossier.pdf | sha256sum` shows a reader without this program."""
    target = tmp_path / "dossier.pdf"
    archive.exporter.export(EVERYTHING, "pdf", target)
    entry = dossier(target)
    data = target.read_bytes()
    assert isinstance(entry["size"], int)
    assert entry["sha256"] == hashlib.sha256(data[: entry["size"]]).hexdigest()
    assert data[: entry["size"]].rstrip().endswith(b"%%EOF")
    assert b"manifest.json" not in data[: entry["size"]]


def test_a_page_rewritten_or_an_update_added_by_a_pdf_editor_is_named(
    archive: Archive, tmp_path: Path
) -> None:
    target = tmp_path / "dossier.pdf"
    archive.exporter.export(EVERYTHING, "pdf", target)
    rewritten, annotated = tmp_path / "rewritten.pdf", tmp_path / "annotated.pdf"
    writer = PdfWriter(clone_from=PdfReader(target))  # every embedded file is kept
    page = writer.pages[1]
    contents = page.get_contents()
    assert contents is not None
    contents.set_data(contents.get_data().replace(b"(", b"(Nachtrag ", 1))
    page.replace_contents(contents)
    writer.write(rewritten)
    writer = PdfWriter(target, incremental=True)  # every byte before stays as it was
    writer.add_annotation(0, FreeText(text="Nachtrag", rect=(50, 550, 200, 650)))
    writer.write(annotated)
    assert annotated.read_bytes().startswith(target.read_bytes())
    [changed] = verify_export(rewritten).mismatches
    assert changed.startswith("rewritten.pdf: changed: its pages and originals as exported")
    assert verify_export(annotated).mismatches == [
        "annotated.pdf: changed after the export: an update was added to its end, which can "
        "change what its pages show"
    ]


def test_a_changed_zip_or_bundle_is_caught_by_the_archive_check(
    archive: Archive, tmp_path: Path
) -> None:
    zipped, bundle = tmp_path / "dossier.zip", tmp_path / "bundle.zip"
    archive.exporter.export(EVERYTHING, "eml-zip", zipped)
    archive.exporter.export(EVERYTHING, "bundle", bundle, password=PASSWORD)
    assert archive.exporter.check_log() == (2, [])  # the bundle too, without its password
    for path in (zipped, bundle):
        path.write_bytes(path.read_bytes() + b"\0")
    compared, problems = archive.exporter.check_log()
    assert compared == 2
    assert [problem.split(":")[0] for problem in problems] == [
        f"export 2 in {bundle}",
        f"export 1 in {zipped}",
    ]
    assert all("is not the file logged on" in problem for problem in problems)


def test_exports_made_before_the_list_of_files_still_verify(
    archive: Archive, tmp_path: Path
) -> None:
    folders = {name: tmp_path / name for name in ("eml", "html")}
    for export_format, folder in folders.items():
        archive.exporter.export(EVERYTHING, export_format, folder)
        manifest = json.loads((folder / MANIFEST_NAME).read_bytes())
        del manifest["files"]  # as an older version wrote it
        (folder / MANIFEST_NAME).write_text(json.dumps(manifest, ensure_ascii=False, indent=2))
        resum(folder)
    digests = {
        str(folder): hashlib.sha256((folder / MANIFEST_NAME).read_bytes()).hexdigest()
        for folder in folders.values()
    }
    pdf = tmp_path / "dossier.pdf"
    archive.exporter.export(EVERYTHING, "pdf", pdf)
    with Session(archive.engine) as session, session.begin():  # logged as before 0021
        for output, digest in digests.items():
            session.execute(
                update(ExportRecord)
                .where(ExportRecord.output == output)
                .values(manifest_sha256=digest)
            )
        session.execute(update(ExportRecord).values(output_sha256=""))
    assert archive.exporter.check_log() == (3, [])
    assert all(entry.output_sha256 == "" for entry in archive.exporter.log())
    for folder in folders.values():
        assert verify_export(folder).ok
    # Checked as before: an original changed is still named.
    original = next(folders["eml"].glob("*.eml"))
    original.write_bytes(original.read_bytes().replace(b"alles gut", b"alles neu"))
    mismatches = verify_export(folders["eml"]).mismatches
    assert len(mismatches) == 2
    assert all(mismatch.startswith(original.name) for mismatch in mismatches)
