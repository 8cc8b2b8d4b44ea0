# SPDX-License-Identifier: GPL-3.0-or-later
"""The PDF dossier: readable German and Russian, no remote content, every original embedded."""

from __future__ import annotations

import io
import re
import threading
from datetime import UTC, datetime, timedelta, timezone
from email.message import EmailMessage
from email.utils import format_datetime
from typing import TYPE_CHECKING

import pytest
from PIL import Image
from pypdf import PdfReader
from pypdf.generic import ArrayObject

from correspondence_app.crypto.keys import KdfParams
from correspondence_app.export import pdf_files, pdf_layout
from correspondence_app.export.pdf import (
    LABELS,
    DamagedEmbeddedFile,
    attach_files,
    embedded_files,
    write_pdf,
)
from correspondence_app.export.source import ExportCancelled, ExportSource, Selection
from correspondence_app.services import Archive
from correspondence_app.storage.organise_tables import NoteScope
from correspondence_app.tagging.identity import set_user_name
from correspondence_app.tagging.notes import set_note
from tests.conftest import PASSPHRASE

if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path

USER = "Katja Beispiel"
LONG_URL = "https://example.org/" + "verylongpath" * 40
GERMAN_SUBJECT = "Größere Änderungen für Übermorgen"
GERMAN_BODY = "Grüße aus München! Die Straße ist gesperrt, äöüß ÄÖÜ."
RUSSIAN_SUBJECT = "Привет из Харькова"
RUSSIAN_BODY = "Всё хорошо, мы живы. Связь плохая."
NOTE = "Übersetzung: Alles ist gut, wir leben."
# an emoji DejaVu has, Tigrinya it lacks, two letters Unicode has not assigned (in no
# font), a direction override
STRANGE = "Emoji 😀, ሰላም, \u0378\u0379 und \u202eumgedreht"


def _mail(
    key: str, sender: str, subject: str, day: int, zone_hours: int, body: str = ""
) -> EmailMessage:
    message = EmailMessage()
    message["From"], message["To"] = sender, "Katja <katja@example.de>"
    message["Cc"] = "Anwalt <kanzlei@example.de>"
    message["Subject"] = subject
    moment = datetime(2024, 3, day, 10, 0, tzinfo=timezone(timedelta(hours=zone_hours)))
    message["Date"] = format_datetime(moment)
    message["Message-ID"] = f"<{key}@dossier.example>"
    if body:
        message.set_content(body)
    return message


def _picture(kind: str, size: tuple[int, int]) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", size, (200, 40, 40)).save(buffer, kind)
    return buffer.getvalue()


def _letters() -> dict[str, bytes]:
    german = _mail("de", "Jürgen Müller <juergen@example.de>", GERMAN_SUBJECT, 1, 1, GERMAN_BODY)
    russian = _mail("ru", "Сергей Петров <sergej@example.net>", RUSSIAN_SUBJECT, 2, 3)
    russian.set_content(RUSSIAN_BODY, charset="utf-8")
    pictures = _mail("png", "anna@example.org", "Fotos vom Amt", 3, 2, "Anbei die Fotos.")
    pictures.add_attachment(
        _picture("PNG", (200, 100)), maintype="image", subtype="png", filename="amt.png"
    )
    pictures.add_attachment(
        _picture("JPEG", (3000, 2000)), maintype="image", subtype="jpeg", filename="gross.jpg"
    )
    broken = b"\x89PNG\r\n\x1a\n" + b"\x00not really a picture" * 10
    pictures.add_attachment(broken, maintype="image", subtype="png", filename="kaputt.png")
    html = _mail("html", "newsletter@example.com", "Nur HTML", 4, 0)
    html.set_content(
        '<html><body><p>Nur HTML hier</p><img src="http://example.com/x.png">'
        "<script>alert('evil-script-marker')</script></body></html>",
        subtype="html",
    )
    lines = "\n".join(f"Zeile {n}: Wir warten noch immer auf Antwort." for n in range(200))
    body = f"{STRANGE}\n{LONG_URL}\n{lines}"
    long = _mail("long", "amt@example.de", "Sehr lange Nachricht", 5, 1, body)
    letters = {"de": german, "ru": russian, "png": pictures, "html": html, "long": long}
    return {key: message.as_bytes() for key, message in letters.items()}


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Archive]:
    root = tmp_path_factory.mktemp("dossier")
    mail = root / "mail"
    mail.mkdir()
    for key, content in _letters().items():
        (mail / f"{key}.eml").write_bytes(content)
    with Archive.create(root / "archive", PASSPHRASE, kdf=KdfParams()) as opened:
        opened.import_paths([mail], workers=1)
        with opened.engine.begin() as connection:
            set_user_name(connection, USER)
            set_note(connection, _ids(opened)["de"], NoteScope.MESSAGE, NOTE, author=USER)
        yield opened


def _ids(archive: Archive) -> dict[str, int]:
    return {m.message_id.split("@")[0]: m.id for m in archive.list_messages()}


def _source(archive: Archive) -> ExportSource:
    selection = Selection(message_ids=tuple(_ids(archive).values()), description="Alles 2024")
    return ExportSource(archive.engine, selection)


@pytest.fixture(scope="module")
def dossier(
    archive: Archive, tmp_path_factory: pytest.TempPathFactory
) -> tuple[Path, dict[int, str]]:
    target = tmp_path_factory.mktemp("out") / "dossier.pdf"
    return target, write_pdf(_source(archive), target, title="Dossier Test")


def _text(path: Path) -> list[str]:
    return [page.extract_text() for page in PdfReader(path).pages]


def _shown_sizes(reader: PdfReader) -> list[tuple[int, int]]:
    """The pixel sizes of the pictures on the pages."""
    shown = [image.image for page in reader.pages for image in page.images]
    return [picture.size for picture in shown if picture is not None]


def test_every_original_is_embedded_byte_for_byte(
    archive: Archive, dossier: tuple[Path, dict[int, str]]
) -> None:
    path, names = dossier
    embedded = embedded_files(path)
    assert set(names) == set(_ids(archive).values())
    assert sorted(embedded) == sorted(names.values())
    for message_id, name in names.items():
        assert embedded[name] == archive.raw(message_id), name
    associated = PdfReader(path).root_object["/AF"]  # PDF/A-3: each an associated file
    assert isinstance(associated, ArrayObject)
    assert len(associated) == len(names)
    assert all(spec.get_object()["/AFRelationship"] == "/Source" for spec in associated)


def test_file_names_are_numbered_ascii_and_short(
    archive: Archive, dossier: tuple[Path, dict[int, str]]
) -> None:
    names = dossier[1]
    ids = _ids(archive)
    for name in names.values():
        assert re.fullmatch(r"000\d_2024-03-0\d_1000_[A-Za-z0-9_-]+\.eml", name), name
        assert len(name) < 100
    assert len(set(names.values())) == len(names)
    assert names[ids["de"]] == "0001_2024-03-01_1000_juergen_Grossere-Anderungen-fur-Ubermorgen.eml"
    assert names[ids["ru"]] == "0002_2024-03-02_1000_sergej_Privet-iz-Kharkova.eml"


def test_text_is_searchable_in_german_and_russian_with_page_numbers(
    dossier: tuple[Path, dict[int, str]],
) -> None:
    pages = _text(dossier[0])
    text = "\n".join(pages)
    for expected in (GERMAN_SUBJECT, GERMAN_BODY, RUSSIAN_SUBJECT, RUSSIAN_BODY):
        assert expected in text
    assert "2024-03-01 10:00 +0100" in text  # the date in the sender's zone
    assert "2024-03-02 10:00 +0300" in text
    for number, page in enumerate(pages, 1):
        assert f"page {number} of {len(pages)}" in page


def test_cover_tells_who_what_and_when(
    archive: Archive, dossier: tuple[Path, dict[int, str]]
) -> None:
    cover = _text(dossier[0])[0]
    for expected in ("Dossier Test", USER, "Alles 2024", "2024-03-01 – 2024-03-05"):
        assert expected in cover
    assert re.search(r"Messages\s*5", cover)
    metadata = PdfReader(dossier[0]).metadata
    assert metadata is not None
    assert (metadata.title, metadata.author) == ("Dossier Test", USER)
    assert metadata.creation_date is not None


def test_contents_lead_to_each_message(dossier: tuple[Path, dict[int, str]]) -> None:
    reader = PdfReader(dossier[0])
    contents = reader.pages[1].extract_text()
    assert "Contents" in contents
    for subject, key in ((GERMAN_SUBJECT, "de"), (RUSSIAN_SUBJECT, "ru"), ("Nur HTML", "html")):
        line = next(line for line in contents.splitlines() if subject in line)
        page = int(line.split()[-1])
        assert f"<{key}@dossier.example>" in reader.pages[page - 1].extract_text()
    bookmarks = reader.outline
    assert len(bookmarks) == 5


def test_html_is_shown_as_text_without_script_or_remote_picture(
    dossier: tuple[Path, dict[int, str]],
) -> None:
    reader = PdfReader(dossier[0])
    text = "\n".join(page.extract_text() for page in reader.pages)
    assert "Nur HTML hier" in text
    assert "evil-script-marker" not in text
    assert "example.com/x.png" not in text
    assert _shown_sizes(reader) == [(200, 100), (1200, 800)]  # the big JPEG scaled down


def test_attachments_listed_with_size_and_hash_even_when_not_shown(
    archive: Archive, dossier: tuple[Path, dict[int, str]]
) -> None:
    text = "".join("\n".join(_text(dossier[0])).split())
    for info in archive.message(_ids(archive)["png"]).attachments:
        assert info.filename in text
        assert info.sha256 in text
        assert f"{info.size_bytes:,}bytes" in text
    assert "".join(LABELS["picture_failed"].replace("%1", "kaputt.png").split()) in text


def test_notes_are_marked_as_added_by_the_user(dossier: tuple[Path, dict[int, str]]) -> None:
    text = "\n".join(_text(dossier[0]))
    assert LABELS["notes"] in text
    assert NOTE in text


def test_long_words_wrap_and_long_messages_span_pages(
    dossier: tuple[Path, dict[int, str]],
) -> None:
    pages = _text(dossier[0])
    assert "".join(LONG_URL.split()) in "".join("".join(pages).split())  # wrapped, not cut
    long_pages = [page for page in pages if "Zeile " in page]
    assert len(long_pages) >= 3
    assert "Zeile 199:" in long_pages[-1]


def test_letters_no_font_has_show_as_replacement_marks(
    dossier: tuple[Path, dict[int, str]],
) -> None:
    text = "\n".join(_text(dossier[0]))
    assert "Emoji 😀, ሰላም, \ufffd\ufffd und umgedreht" in text


def test_pictures_past_the_budget_are_listed_not_shown(
    archive: Archive, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(pdf_layout, "PICTURES_BUDGET_BYTES", 5_000)  # amt.png fits, not more
    path = tmp_path / "small.pdf"
    selection = Selection(message_ids=(_ids(archive)["png"],))
    write_pdf(ExportSource(archive.engine, selection), path)
    reader = PdfReader(path)
    assert _shown_sizes(reader) == [(200, 100)]
    text = "".join("\n".join(page.extract_text() for page in reader.pages).split())
    assert "".join(LABELS["picture_skipped"].replace("%1", "gross.jpg").split()) in text


def test_contents_of_many_pages_point_at_the_right_pages(tmp_path: Path) -> None:
    folder = tmp_path / "mail"
    folder.mkdir()
    for day in range(120):
        message = _mail(f"m{day}", "amt@example.de", f"Bescheid {day}", 1, 0, "Text.")
        del message["Date"]
        message["Date"] = format_datetime(datetime(2023, 1, 1, tzinfo=UTC) + timedelta(days=day))
        (folder / f"{day}.eml").write_bytes(message.as_bytes())
    with Archive.create(tmp_path / "archive", PASSPHRASE, kdf=KdfParams()) as opened:
        opened.import_paths([folder], workers=1)
        path = tmp_path / "many.pdf"
        assert len(write_pdf(_source(opened), path)) == 120
    reader = PdfReader(path)
    contents = "\n".join(reader.pages[n].extract_text() for n in (1, 2, 3))
    assert "Contents" in reader.pages[1].extract_text()
    for number in (0, 50, 119):
        line = next(line for line in contents.splitlines() if f"Bescheid {number} " in line)
        page = reader.pages[int(line.split()[-1]) - 1].extract_text()
        assert f"<m{number}@dossier.example>" in page


def test_attach_files_adds_files_and_keeps_every_earlier_byte(
    archive: Archive,
    dossier: tuple[Path, dict[int, str]],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(pdf_files, "LEAF_NAMES", 2)  # the name tree grows leaves
    path = tmp_path / "copy.pdf"
    before = dossier[0].read_bytes()
    path.write_bytes(before)
    added = [("manifest.json", b'{"messages": 5}'), ("SHA256SUMS", b"abc  0001.eml\n")]
    attach_files(path, added)
    assert path.read_bytes().startswith(before)
    embedded = embedded_files(path)
    assert {name: embedded[name] for name, _ in added} == dict(added)
    for message_id, name in dossier[1].items():
        assert embedded[name] == archive.raw(message_id)
    assert _text(path) == _text(dossier[0])
    with pytest.raises(ValueError, match=r"manifest\.json"):
        attach_files(path, [("manifest.json", b"{}")])


@pytest.mark.parametrize("where", [2, 40, -1], ids=["block header", "data", "checksum"])
def test_a_changed_byte_in_an_embedded_original_is_caught(
    dossier: tuple[Path, dict[int, str]], tmp_path: Path, where: int
) -> None:
    data = bytearray(dossier[0].read_bytes())
    head = data.index(b"/EmbeddedFile")  # the first original's stream
    start = data.index(b"stream\n", head) + len(b"stream\n")
    length = re.search(rb"/Length (\d+)", data[head:start])
    assert length is not None
    data[start + where % int(length.group(1))] ^= 0x01
    path = tmp_path / "changed.pdf"
    path.write_bytes(data)
    with pytest.raises(DamagedEmbeddedFile, match=r"^0001_2024-03-01_1000_juergen_"):
        embedded_files(path)


@pytest.mark.parametrize("step", [1, 6], ids=["while drawing pages", "while embedding"])
def test_cancel_leaves_no_file(archive: Archive, tmp_path: Path, step: int) -> None:
    cancel = threading.Event()

    def progress(done: int, total: int) -> None:
        assert total == 10
        if done == step:
            cancel.set()

    with pytest.raises(ExportCancelled):
        write_pdf(_source(archive), tmp_path / "x.pdf", progress=progress, cancel=cancel)
    assert list(tmp_path.iterdir()) == []


def test_nothing_selected_still_makes_a_dossier(archive: Archive, tmp_path: Path) -> None:
    path = tmp_path / "empty.pdf"
    long_words = Selection(description="Alle Briefe an das Amt " * 300)  # the cover must fit
    assert write_pdf(ExportSource(archive.engine, long_words), path, title="Akte " * 200) == {}
    assert embedded_files(path) == {}
    assert LABELS["nothing"] in "\n".join(_text(path))
