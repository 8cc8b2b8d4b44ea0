# SPDX-License-Identifier: GPL-3.0-or-later
"""The HTML export of a real archive: a folder that opens offline, no script, no remote URL,
the originals and attachments byte for byte, hostile names made safe."""

from __future__ import annotations

import hashlib
import re
import struct
import threading
import zlib
from email.message import EmailMessage
from html.parser import HTMLParser
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from correspondence_app.crypto.keys import KdfParams
from correspondence_app.export.html import write_html
from correspondence_app.export.source import ExportCancelled, ExportSource, Selection
from correspondence_app.services import Archive
from tests.conftest import PASSPHRASE

if TYPE_CHECKING:
    from collections.abc import Iterator

HOSTILE_SUBJECT = ("../../etc/passwd:\x07 CON" * 20)[:300]
PDF = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
REMOTE = re.compile(
    r"""(?:\b(?:src|href|srcset|action|background|poster)\s*=\s*["']?\s*(?:[a-z]+:)?//"""
    r"""|url\(\s*["']?\s*(?:[a-z]+:)?//)""",
    re.IGNORECASE,
)
SAFE_NAME = re.compile(r"[A-Za-z0-9_][A-Za-z0-9._-]*")


def _png(width: int, height: int, rgb: tuple[int, int, int]) -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    row = b"\x00" + bytes(rgb) * width
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(row * height))
        + chunk(b"IEND", b"")
    )


PNG = _png(60, 24, (200, 30, 30))


def _message(subject: str, sender: str, date: str, message_id: str, text: str) -> EmailMessage:
    message = EmailMessage()
    message["From"], message["To"] = sender, "Katja Neumann <katja@example.de>"
    message["Subject"], message["Date"], message["Message-ID"] = subject, date, message_id
    message.set_content(text)
    return message


def _letters() -> list[bytes]:
    german = _message(
        "Grüße aus Köln",
        "Sergej Petrow <sergej@example.net>",
        "Sat, 02 Mar 2024 10:30:00 +0100",
        "<gruss@test.example>",
        "Liebe Katja, die Straße ist gesperrt. Größe der Unterlagen: äöü ÄÖÜ ß.",
    )
    reply = _message(
        "Re: Grüße aus Köln",
        "Katja Neumann <katja@example.de>",
        "Sun, 03 Mar 2024 09:00:00 +0100",
        "<antwort@test.example>",
        "Danke, ich schicke alles morgen.\n\n> Liebe Katja, die Straße ist gesperrt.",
    )
    reply.replace_header("To", "Sergej Petrow <sergej@example.net>")
    reply["Cc"] = "Anwältin Weiß <weiss@kanzlei.example>"
    reply["In-Reply-To"] = reply["References"] = "<gruss@test.example>"
    russian = _message(
        "Привет из Харькова",
        "Сергей <sergej@example.net>",
        "Mon, 04 Mar 2024 18:00:00 +0200",
        "<privet@test.example>",
        "Здравствуй, Катя! Всё хорошо, документы у меня.",
    )
    hostile = _message(
        "Bescheid mit Anlage",
        "Behörde <amt@behoerde.example>",
        "Tue, 05 Mar 2024 08:15:00 +0100",
        "<bescheid@test.example>",
        "Siehe HTML.",
    )
    hostile.add_alternative(
        "<html><body><script>alert(1)</script>"
        '<p style="background:url(http://x.example/bg.png)">Sehr geehrte Frau Neumann,</p>'
        '<p><img src="http://tracker.example/p.png" alt="Zählpixel">'
        '<img src="cid:logo@test.example" alt="Wappen"></p>'
        '<p><a href="javascript:alert(2)">Klick</a> '
        '<a href="https://amt.example/akte?id=7">Akte ansehen</a></p>'
        '<p><img srcset="//cdn.example/a.png 2x" src="//cdn.example/a.png"></p>'
        "</body></html>",
        subtype="html",
    )
    html_part = hostile.get_body(("html",))
    assert html_part is not None
    html_part.add_related(PNG, "image", "png", cid="<logo@test.example>", filename="wappen.png")
    hostile.add_attachment(PDF, "application", "pdf", filename="Bescheid Nr. 7.pdf")
    hostile.add_attachment(
        b"<script>alert(3)</script>", "text", "html", filename="..\\..\\CON.html"
    )
    evil = (
        "From: Mallory <mallory@evil.example>\r\nTo: katja@example.de\r\n"
        f"Subject: {HOSTILE_SUBJECT}\r\nDate: Wed, 06 Mar 2024 12:00:00 +0000\r\n"
        "Message-ID: <evil@test.example>\r\n\r\nNothing to see.\r\n"
    ).encode()
    return [german.as_bytes(), reply.as_bytes(), russian.as_bytes(), hostile.as_bytes(), evil]


@pytest.fixture(scope="module")
def filled(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Archive]:
    folder = tmp_path_factory.mktemp("html")
    mail = folder / "mail"
    mail.mkdir()
    for number, letter in enumerate(_letters()):
        (mail / f"{number}.eml").write_bytes(letter)
    with Archive.create(folder / "archive", PASSPHRASE, kdf=KdfParams()) as opened:
        assert opened.import_paths([mail], workers=1).imported == 5
        opened.organiser.set_user_name("Katja Neumann")
        german = _id_of(opened, "Grüße aus Köln")
        opened.organiser.set_note(german, "Übersetzung: Привет – eine Notiz <b>nicht fett</b>")
        tag = opened.organiser.create_tag("Beweise")
        opened.organiser.tag_messages([german], add=[tag])
        yield opened


def _id_of(archive: Archive, subject: str) -> int:
    return next(m.id for m in archive.list_messages() if m.subject == subject)


def _source(archive: Archive) -> ExportSource:
    ids = tuple(m.id for m in archive.list_messages())
    return ExportSource(archive.engine, Selection(message_ids=ids, description="Alles"))


@pytest.fixture(scope="module")
def exported(
    filled: Archive, tmp_path_factory: pytest.TempPathFactory
) -> tuple[Path, dict[int, str], list[tuple[int, int]]]:
    folder = tmp_path_factory.mktemp("export")
    calls: list[tuple[int, int]] = []
    files = write_html(
        _source(filled), folder, title="Akte Petrow", progress=lambda *p: calls.append(p)
    )
    return folder, files, calls


class _Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.links: list[tuple[str, str]] = []  # (tag, address)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        for name, value in attrs:
            if name in ("href", "src") and value is not None:
                self.links.append((tag, value))


def _links(page: Path) -> list[tuple[str, str]]:
    parser = _Links()
    parser.feed(page.read_text(encoding="utf-8"))
    return parser.links


def _pages(folder: Path) -> list[Path]:
    return sorted(folder.glob("threads/*.html"))


def test_the_index_lists_each_conversation_and_every_link_resolves(
    exported: tuple[Path, dict[int, str], list[tuple[int, int]]],
) -> None:
    folder, _, _ = exported
    index = (folder / "index.html").read_text(encoding="utf-8")
    for shown in ("Akte Petrow", "Katja Neumann", "Alles", "2024-03-02 – 2024-03-06"):
        assert shown in index
    to_pages = [href for tag, href in _links(folder / "index.html") if tag == "a"]
    assert len(to_pages) == len(_pages(folder)) == 4  # the reply joined its conversation
    for page in [folder / "index.html", *_pages(folder)]:
        for _, address in _links(page):
            target = (page.parent / address.split("#")[0]).resolve()
            assert target.is_file(), (page.name, address)
            assert target.is_relative_to(folder.resolve())
    german = next(p for p in _pages(folder) if "Grusse" in p.name).read_text(encoding="utf-8")
    assert german.index("Liebe Katja") < german.index("Danke, ich schicke")  # date order
    assert "Anwältin Weiß &lt;weiss@kanzlei.example&gt;" in german  # Cc
    assert "2024-03-02 10:30:00 +0100" in german
    assert "<th>Message-ID</th><td>gruss@test.example</td>" in german


def test_each_original_is_the_archived_bytes(
    filled: Archive, exported: tuple[Path, dict[int, str], list[tuple[int, int]]]
) -> None:
    folder, files, _ = exported
    assert len(files) == len(filled.list_messages())
    for message_id, relative in files.items():
        assert re.fullmatch(r"originals/[^/]+\.eml", relative)
        assert (folder / relative).read_bytes() == filled.raw(message_id)
    german = files[_id_of(filled, "Grüße aus Köln")]
    assert re.fullmatch(r"originals/0001_2024-03-02_1030_sergej_Grusse-aus-Koln\.eml", german)


def test_no_page_runs_a_script_or_fetches_from_the_network(
    exported: tuple[Path, dict[int, str], list[tuple[int, int]]],
) -> None:
    folder, _, _ = exported
    checked = [*folder.rglob("*.html"), *folder.rglob("*.css")]
    assert len(checked) == 5
    for path in checked:
        page = path.read_text(encoding="utf-8")
        assert "<script" not in page.lower(), path
        assert "javascript:" not in page.lower(), path
        assert REMOTE.search(page) is None, (path, REMOTE.search(page))
        assert 'http-equiv="Content-Security-Policy"' in page
        assert '<meta charset="utf-8">' in page
    letter = next(p for p in _pages(folder) if "Bescheid" in p.name).read_text(encoding="utf-8")
    assert "http://" not in letter.replace("&lt;https://amt.example/akte?id=7&gt;", "")
    # A web link stays readable as text, never as something to click.
    assert 'Akte ansehen</span> <span class="url">&lt;https://amt.example/akte?id=7&gt;' in letter
    assert "[Zählpixel]" in letter  # the remote picture: its description only


def test_inline_pictures_and_attachments_are_the_files_beside_the_page(
    filled: Archive, exported: tuple[Path, dict[int, str], list[tuple[int, int]]]
) -> None:
    folder, _, _ = exported
    page = next(p for p in _pages(folder) if "Bescheid" in p.name)
    pictures = [src for tag, src in _links(page) if tag == "img"]
    assert len(pictures) == 1
    assert (page.parent / pictures[0]).read_bytes() == PNG
    stored = filled.message(_id_of(filled, "Bescheid mit Anlage")).attachments
    assert len(stored) == 3
    on_disk = {
        hashlib.sha256(p.read_bytes()).hexdigest(): p for p in folder.glob("attachments/*/*")
    }
    assert set(on_disk) == {a.sha256 for a in stored}
    text = page.read_text(encoding="utf-8")
    for attachment in stored:
        assert attachment.sha256 in text
    pdf = next(p for p in on_disk.values() if p.suffix == ".pdf")
    assert pdf.name == "Bescheid-Nr-7.pdf"
    assert pdf.read_bytes() == PDF
    markup = next(p for p in on_disk.values() if "CON" in p.name)
    assert markup.name == "_CON.html.txt"  # a browser shows it as text, never runs it


def test_german_cyrillic_and_the_users_note_are_there(
    exported: tuple[Path, dict[int, str], list[tuple[int, int]]],
) -> None:
    folder, _, _ = exported
    pages = "".join(p.read_text(encoding="utf-8") for p in _pages(folder))
    index = (folder / "index.html").read_text(encoding="utf-8")
    for text in ("Größe der Unterlagen: äöü ÄÖÜ ß", "Здравствуй, Катя! Всё хорошо"):
        assert text in pages
    assert "Привет из Харькова" in index
    assert "Grüße aus Köln" in index
    assert "Note added by the user" in pages
    assert "Übersetzung: Привет – eine Notiz &lt;b&gt;nicht fett&lt;/b&gt;" in pages
    assert "Tags in the archive, not part of the message</h3>Beweise" in pages
    # a paragraph in Arabic or Hebrew runs right to left, one in German left to right
    assert re.search(r"pre\.text[^{]*\{ unicode-bidi: plaintext; text-align: start; \}", pages)


def test_hostile_subjects_give_safe_short_names_inside_the_folder(
    exported: tuple[Path, dict[int, str], list[tuple[int, int]]],
) -> None:
    folder, _, _ = exported
    written = [p for p in folder.rglob("*") if p.is_file()]
    assert len(written) == 1 + 4 + 5 + 3  # index, pages, originals, attachments
    for path in written:
        assert path.resolve().is_relative_to(folder.resolve())
        for part in path.relative_to(folder).parts:
            assert SAFE_NAME.fullmatch(part), part
            assert ".." not in part, part
            assert len(part) < 100, part
    page = next(p for p in _pages(folder) if "passwd" in p.name).name
    assert page.startswith("0004-etc-passwd-CON-etc-passwd-CON")


def test_progress_is_reported_and_cancel_stops_the_export(
    filled: Archive,
    exported: tuple[Path, dict[int, str], list[tuple[int, int]]],
    tmp_path: Path,
) -> None:
    _, _, calls = exported
    assert calls == [(done, 5) for done in range(1, 6)]
    cancel = threading.Event()
    seen: list[int] = []

    def stop_after_two(done: int, _total: int) -> None:
        seen.append(done)
        if done == 2:
            cancel.set()

    with pytest.raises(ExportCancelled):
        write_html(_source(filled), tmp_path, progress=stop_after_two, cancel=cancel)
    assert seen == [1, 2]
    assert not (tmp_path / "index.html").exists()


def test_an_empty_selection_gives_an_index_without_conversations(
    filled: Archive, tmp_path: Path
) -> None:
    source = ExportSource(filled.engine, Selection(query="nichts-passt-hierzu"))
    assert write_html(source, tmp_path) == {}
    index = (tmp_path / "index.html").read_text(encoding="utf-8")
    assert "<h1>Correspondence</h1>" in index
    assert not list(tmp_path.glob("threads/*"))
