# SPDX-License-Identifier: GPL-3.0-or-later
"""extract_text(): searchable text from real PDF, DOCX, ODT, text and HTML attachments."""

from __future__ import annotations

import io
import logging
import os
import random
import zipfile

import pypdf
import pytest

from benchmarks.attachments import build_pdf
from correspondence_app.importers.attachment_text import (
    MAX_ATTACHMENT_BYTES,
    MAX_TEXT_CHARS,
    MAX_XML_BYTES,
    extract_text,
)

OCTET_STREAM = "application/octet-stream"


def make_pdf(lines: list[str]) -> bytes:
    """A real PDF: Helvetica text in WinAnsiEncoding, 46 lines a page, as in the benchmark."""
    return build_pdf(random.Random(0), lines)  # noqa: S311 - only for scans, unused here


LETTER = [
    "Sehr geehrte Frau Müller,",
    "Grüße aus Köln – Straße 5 (Hinterhaus)",
    "Übergabe am Montag",
]


def test_pdf_text_with_umlauts_is_extracted() -> None:
    assert extract_text("brief.pdf", "application/pdf", make_pdf(LETTER)).splitlines() == LETTER


def test_pdf_is_known_by_its_first_bytes_whatever_its_name() -> None:
    assert "Müller" in extract_text("scan", OCTET_STREAM, make_pdf(LETTER))
    assert "Müller" in extract_text("ATT00001.bin", "text/plain", make_pdf(LETTER))


def test_pdf_after_junk_bytes_is_read_when_its_name_says_pdf() -> None:
    pdf = b"\r\n\r\n" + make_pdf(LETTER)  # a sender that added a blank line or two
    assert "Müller" in extract_text("brief.pdf", OCTET_STREAM, pdf)
    assert "Müller" in extract_text("brief", "application/pdf", pdf)


def test_text_that_mentions_a_pdf_header_stays_text() -> None:
    data = b"Notes: a PDF file starts with %PDF-1.7 and ends with %%EOF."
    assert extract_text("notes.txt", "text/plain", data) == data.decode()


def _encrypted(pdf: bytes, user_password: str) -> bytes:
    writer = pypdf.PdfWriter(clone_from=pypdf.PdfReader(io.BytesIO(pdf)))
    writer.encrypt(user_password=user_password, owner_password="owner", algorithm="AES-256")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def test_encrypted_pdf_opens_with_the_empty_password() -> None:
    text = extract_text("brief.pdf", "application/pdf", _encrypted(make_pdf(LETTER), ""))
    assert "Grüße aus Köln" in text


def test_pdf_with_a_real_password_gives_no_text() -> None:
    pdf = _encrypted(make_pdf(LETTER), "geheim")
    assert extract_text("brief.pdf", "application/pdf", pdf) == ""


def test_pdf_stops_after_the_page_that_ran_out_of_time() -> None:
    lines = [f"Seite {page} Zeile {line}" for page in range(1, 51) for line in range(1, 47)]
    pdf = make_pdf(lines)
    first_page = extract_text("akte.pdf", "application/pdf", pdf, time_limit_s=0)
    assert first_page.splitlines() == lines[:46]
    all_pages = extract_text("akte.pdf", "application/pdf", pdf)
    assert [line for line in all_pages.splitlines() if line] == lines


def test_pdf_with_a_wrong_xref_offset_still_reads_and_logs_nothing(
    caplog: pytest.LogCaptureFixture, capsys: pytest.CaptureFixture[str]
) -> None:
    pdf = make_pdf(LETTER)
    broken = pdf[: pdf.rindex(b"startxref")] + b"startxref\n99999\n%%EOF\n"
    with caplog.at_level(logging.DEBUG):
        text = extract_text("brief.pdf", "application/pdf", broken)
    assert "Müller" in text
    assert not [record for record in caplog.records if record.name.startswith("pypdf")]
    assert capsys.readouterr() == ("", "")


@pytest.mark.parametrize(
    ("filename", "data"),
    [
        ("truncated.pdf", make_pdf(LETTER)[:200]),
        ("random.pdf", bytes(range(256)) * 40),
        ("random.pdf", b"%PDF-1.7\n" + bytes(range(256)) * 40),
        ("empty.pdf", b""),
    ],
)
def test_broken_pdf_gives_no_text(filename: str, data: bytes) -> None:
    assert extract_text(filename, OCTET_STREAM, data) == ""
    assert extract_text(filename, "application/pdf", data) == ""


def _zip(members: dict[str, bytes | str]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in members.items():
            method = zipfile.ZIP_STORED if name == "mimetype" else zipfile.ZIP_DEFLATED
            archive.writestr(name, content, compress_type=method)
    return out.getvalue()


W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
MC_NS = "http://schemas.openxmlformats.org/markup-compatibility/2006"
CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels"'
    ' ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" ContentType='
    '"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
    "</Types>"
)
RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships/officeDocument" Target="word/document.xml"/></Relationships>'
)


def make_docx(body: str, prolog: str = "") -> bytes:
    document = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>{prolog}'
        f'<w:document xmlns:w="{W_NS}" xmlns:mc="{MC_NS}"><w:body>{body}</w:body></w:document>'
    )
    return _zip(
        {
            "[Content_Types].xml": CONTENT_TYPES,
            "_rels/.rels": RELS,
            "word/document.xml": document,
        }
    )


def _p(*runs: str) -> str:
    return "<w:p>" + "".join(f"<w:r>{run}</w:r>" for run in runs) + "</w:p>"


DOCX_BODY = (
    _p("<w:t>Sehr geehrter Herr Иванов,</w:t>")
    + _p('<w:t xml:space="preserve">die Rech</w:t>', "<w:t>nung</w:t>", "<w:tab/><w:t>Nr. 7</w:t>")
    + "<w:tbl><w:tr><w:tc>"
    + _p("<w:t>Zelle A</w:t>")
    + "</w:tc><w:tc>"
    + _p("<w:t>Zelle B</w:t>")
    + "</w:tc></w:tr></w:tbl>"
    + _p(
        "<w:t>Zeile</w:t><w:br/><w:t>umbrochen</w:t>",
        "<w:instrText>PAGE</w:instrText><w:delText>gelöscht</w:delText>",
    )
    + _p(
        "<mc:AlternateContent><mc:Choice Requires='wps'><w:txbxContent>"
        + _p("<w:t>Textfeld</w:t>")
        + "</w:txbxContent></mc:Choice><mc:Fallback><w:txbxContent>"
        + _p("<w:t>Textfeld</w:t>")
        + "</w:txbxContent></mc:Fallback></mc:AlternateContent>"
    )
)


def test_docx_paragraphs_become_lines() -> None:
    text = extract_text("brief.docx", "application/msword", make_docx(DOCX_BODY))
    assert text == (
        "Sehr geehrter Herr Иванов,\ndie Rechnung\tNr. 7\nZelle A\nZelle B\n"
        "Zeile\numbrochen\n\nTextfeld"
    )


def test_docx_sent_as_octet_stream_is_read() -> None:
    assert "Иванов" in extract_text("brief.docx", OCTET_STREAM, make_docx(DOCX_BODY))


def test_docx_with_entities_is_refused() -> None:
    laughs = '<!DOCTYPE w:document [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;">]>'
    docx = make_docx(_p("<w:t>&lol2;</w:t>"), prolog=laughs)
    assert extract_text("bomb.docx", OCTET_STREAM, docx) == ""


def test_docx_with_a_huge_document_member_is_not_inflated() -> None:
    padding = b" " * (MAX_XML_BYTES + 1024)
    document = f'<w:document xmlns:w="{W_NS}"><w:body>'.encode() + padding
    docx = _zip({"word/document.xml": document + b"</w:body></w:document>"})
    assert len(docx) < 200_000  # small on the wire, over the cap once inflated
    assert extract_text("bomb.docx", OCTET_STREAM, docx) == ""


def test_docx_that_runs_out_of_time_gives_no_text() -> None:
    assert extract_text("brief.docx", OCTET_STREAM, make_docx(DOCX_BODY), time_limit_s=0) == ""


@pytest.mark.parametrize(
    "data",
    [
        _zip({"photo.jpg": b"\xff\xd8\xff not really", "notes.txt": "hello"}),
        _zip({"word/document.xml": "<w:document>unclosed"}),
        _zip({"mimetype": "application/epub+zip", "content.xml": "<x/>"}),
        make_docx(DOCX_BODY)[:300],
    ],
    ids=["other zip", "broken xml", "not opendocument", "truncated"],
)
def test_zip_that_is_not_a_document_gives_no_text(data: bytes) -> None:
    assert extract_text("brief.docx", OCTET_STREAM, data) == ""


ODT_CONTENT = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"'
    ' xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.3">'
    "<office:automatic-styles><style/></office:automatic-styles>"
    "<office:body><office:text>\n  "
    "<text:h text:outline-level='1'>Kündigung</text:h>\n  "
    "<text:p>Sehr   geehrte\n Damen,<text:s text:c='3'/>wir <text:span>kündigen</text:span>"
    "<text:tab/>fristgerecht.<text:line-break/>Mit Grüßen"
    "<text:note><text:note-citation>1</text:note-citation><text:note-body>"
    "<text:p>Fußnote</text:p></text:note-body></text:note></text:p>\n"
    "<text:list><text:list-item><text:p>Punkt eins</text:p></text:list-item></text:list>"
    "</office:text></office:body></office:document-content>"
)


def make_odt(content: str) -> bytes:
    manifest = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"'
        ' manifest:version="1.3"><manifest:file-entry manifest:full-path="/"'
        ' manifest:media-type="application/vnd.oasis.opendocument.text"/>'
        '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
        "</manifest:manifest>"
    )
    return _zip(
        {
            "mimetype": "application/vnd.oasis.opendocument.text",
            "META-INF/manifest.xml": manifest,
            "content.xml": content,
        }
    )


def test_odt_headings_and_paragraphs_become_lines() -> None:
    text = extract_text("k.odt", "application/vnd.oasis.opendocument.text", make_odt(ODT_CONTENT))
    assert text == (
        "Kündigung\nSehr geehrte Damen,   wir kündigen\tfristgerecht.\nMit Grüßen1\n"
        "Fußnote\n\nPunkt eins"
    )


def test_deeply_nested_odt_does_not_exhaust_the_stack() -> None:
    depth = 100_000
    spans = "<text:span>" * depth + "tief" + "</text:span>" * depth
    content = ODT_CONTENT.replace("Punkt eins", spans)
    assert extract_text("k.odt", OCTET_STREAM, make_odt(content)).endswith("tief")


@pytest.mark.parametrize(
    ("filename", "content_type", "data", "expected"),
    [
        ("a.txt", "text/plain; charset=utf-8", "Grüße, Иван".encode(), "Grüße, Иван"),
        ("a", "text/plain; charset=windows-1251", "Привет, Анна".encode("cp1251"), "Привет, Анна"),
        (
            "письмо.txt",
            OCTET_STREAM,
            "Добрый день, высылаю договор аренды квартиры.".encode("cp1251"),
            "Добрый день, высылаю договор аренды квартиры.",
        ),
        (
            "KONTEN.CSV",
            OCTET_STREAM,
            "Name;Straße\nJürgen Weiß;Hauptstraße 3\n".encode("latin-1"),
            "Name;Straße\nJürgen Weiß;Hauptstraße 3",
        ),
        ("notes.md", "", "# Übersicht\n".encode("utf-16"), "# Übersicht"),
    ],
    ids=["utf-8", "windows-1251 label", "windows-1251 guessed", "latin-1 csv", "utf-16 bom"],
)
def test_plain_text_is_decoded(
    filename: str, content_type: str, data: bytes, expected: str
) -> None:
    assert extract_text(filename, content_type, data) == expected


def test_html_attachment_gives_readable_text() -> None:
    html = "<html><head><meta charset='windows-1251'><title>x</title></head>"
    html += "<body><p>Уважаемая <b>Анна</b>,</p><script>x()</script><p>С уважением</p></body>"
    data = html.encode("cp1251")
    expected = "Уважаемая Анна,\n\nС уважением"
    assert extract_text("page.html", OCTET_STREAM, data) == expected
    assert extract_text("x", "text/html", data) == expected


@pytest.mark.parametrize(
    ("filename", "content_type", "data"),
    [
        ("photo.png", "image/png", b"\x89PNG\r\n\x1a\n" + os.urandom(100)),
        ("archive.7z", OCTET_STREAM, b"7z\xbc\xaf\x27\x1c"),
        ("binary.txt", OCTET_STREAM, b"MZ\x90\x00\x03\x00\x00\x00"),
        ("", "", b""),
    ],
)
def test_unknown_or_binary_attachment_gives_no_text(
    filename: str, content_type: str, data: bytes
) -> None:
    assert extract_text(filename, content_type, data) == ""


def test_oversize_attachment_is_not_read() -> None:
    data = b"a" * (MAX_ATTACHMENT_BYTES + 1)
    assert extract_text("big.txt", "text/plain", data) == ""
    assert extract_text("big.txt", "text/plain", data[:-1]) != ""


def test_text_is_cut_at_the_limit() -> None:
    text = extract_text("long.txt", "text/plain", b"word " * MAX_TEXT_CHARS)
    assert len(text) == MAX_TEXT_CHARS
    assert text.startswith("word word")
