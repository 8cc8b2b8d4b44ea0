# SPDX-License-Identifier: GPL-3.0-or-later
"""Hostile input the fuzz test (tests/integration/test_fuzz_import.py) found."""

from __future__ import annotations

import base64
import os
import time
from typing import TYPE_CHECKING

from benchmarks.attachments import pdf_file
from correspondence_app.domain.message import AddressRole
from correspondence_app.importers.headers import MAX_ADDRESSES_PER_ROLE, MAX_REFERENCES
from correspondence_app.importers.mime import parse_message

if TYPE_CHECKING:
    from pathlib import Path

    from correspondence_app.services import Archive


def test_a_parameter_section_number_of_5000_digits_costs_no_message() -> None:
    raw = (
        b"From: a@example.org\nSubject: x\nContent-Type: multipart/mixed; boundary=b\n\n"
        b"--b\nContent-Type: text/plain\n\nbody\n"
        b"--b\nContent-Disposition: attachment; filename*0=first;\n"
        b" filename*" + b"9" * 5000 + b"=-last.txt\n\ndata\n--b--\n"
    )
    parsed = parse_message(raw)
    assert parsed.text.strip() == "body"
    assert [a.filename for a in parsed.attachments] == ["first-last.txt"]


def references_header(count: int) -> bytes:
    return b"References: " + b"\n ".join(b"<%d@ghost.example>" % i for i in range(count))


def test_references_beyond_the_limit_keep_the_root_and_the_newest() -> None:
    raw = b"From: a@example.org\nMessage-ID: <m@example.org>\n" + references_header(20_000)
    parsed = parse_message(raw + b"\n\nbody\n")
    assert len(parsed.references) == MAX_REFERENCES
    assert parsed.references[0] == "0@ghost.example"
    assert parsed.references[1] == f"{20_000 - MAX_REFERENCES + 1}@ghost.example"
    assert parsed.references[-1] == "19999@ghost.example"


def test_addresses_beyond_the_limit_of_a_role_are_left_out() -> None:
    to = b", ".join(b"N%d <a%d@example.org>" % (i, i) for i in range(5000))
    raw = b"From: a@example.org\nTo: " + to + b"\nCc: c@example.org\n\nbody\n"
    roles = [role for role, _address in parse_message(raw).addresses]
    assert roles.count(AddressRole.TO) == MAX_ADDRESSES_PER_ROLE
    assert roles.count(AddressRole.FROM) == roles.count(AddressRole.CC) == 1


def test_a_message_citing_50000_ids_is_threaded_at_once(archive: Archive, tmp_path: Path) -> None:
    # Threading walks each cited chain for every link: 50,000 ids took half a minute.
    message = tmp_path / "many-references.eml"
    message.write_bytes(
        b"From: a@example.org\nSubject: x\nMessage-ID: <m@example.org>\n"
        + references_header(50_000)
        + b"\n\nbody\n"
    )
    report = archive.import_paths([message])
    assert report.imported == 1
    assert report.thread_seconds < 5


# Lone surrogates (from UTF-7, raw 8-bit header bytes or a PDF's text map) cannot be stored
# as UTF-8: one of them in any stored text ended the whole import.


def test_utf7_that_decodes_to_lone_surrogates_is_stored(archive: Archive, tmp_path: Path) -> None:
    (tmp_path / "utf7.eml").write_bytes(
        b"From: a@example.org\nSubject: =?utf-7?Q?+2AA-?= ok\n"
        b"Content-Type: text/plain; charset=utf-7\n\n+2AA- body\n"
    )
    report = archive.import_paths([tmp_path])
    assert (report.imported, report.quarantined) == (1, 0)
    (listed,) = archive.list_messages()
    assert listed.subject == "\ufffd ok"


def test_raw_bytes_in_a_charset_label_are_stored_in_the_defect_note(
    archive: Archive, tmp_path: Path
) -> None:
    (tmp_path / "label.eml").write_bytes(
        b"From: a@example.org\nSubject: x\n"
        b'Content-Type: text/plain; charset="koi8-r \xf4"\n\n' + "Grüße".encode() + b"\n"
    )
    report = archive.import_paths([tmp_path])
    assert (report.imported, report.quarantined) == (1, 0)


def test_raw_bytes_in_a_content_id_are_stored(archive: Archive, tmp_path: Path) -> None:
    (tmp_path / "cid.eml").write_bytes(
        b"From: a@example.org\nSubject: x\nContent-Type: multipart/mixed; boundary=b\n\n"
        b"--b\nContent-Type: text/plain\n\nbody\n"
        b"--b\nContent-Type: image/png\nContent-ID: <caf\xe9@x>\n\nPNG\n--b--\n"
    )
    report = archive.import_paths([tmp_path])
    assert (report.imported, report.quarantined) == (1, 0)


def pdf_whose_text_is_a_lone_surrogate() -> bytes:
    """A PDF whose font maps "A" to U+D800, which pypdf passes on as it is."""
    cmap = (
        b"/CIDInit /ProcSet findresource begin 12 dict begin begincmap\n"
        b"1 begincodespacerange <00> <FF> endcodespacerange\n"
        b"1 beginbfchar <41> <D800> endbfchar\n"
        b"endcmap CMapName currentdict /CMap defineresource pop end end\n"
    )
    content = b"BT /F1 12 Tf 72 720 Td (AAA) Tj ET"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
        b"/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /ToUnicode 6 0 R >>",
        b"<< /Length %d >>\nstream\n%s\nendstream" % (len(content), content),
        b"<< /Length %d >>\nstream\n%s\nendstream" % (len(cmap), cmap),
    ]
    return pdf_file(objects)


def test_a_pdf_whose_text_is_a_lone_surrogate_is_stored(archive: Archive, tmp_path: Path) -> None:
    pdf = base64.encodebytes(pdf_whose_text_is_a_lone_surrogate())
    (tmp_path / "pdf.eml").write_bytes(
        b"From: a@example.org\nSubject: x\nContent-Type: multipart/mixed; boundary=b\n\n"
        b"--b\nContent-Type: text/plain\n\nbody\n--b\nContent-Type: application/pdf\n"
        b"Content-Transfer-Encoding: base64\n\n" + pdf + b"--b--\n"
    )
    report = archive.import_paths([tmp_path])
    assert (report.imported, report.quarantined) == (1, 0)


def test_a_file_name_that_is_no_utf8_is_stored(archive: Archive, tmp_path: Path) -> None:
    name = os.fsencode(tmp_path) + b"/caf\xe9.eml"
    with open(name, "wb") as file:
        file.write(b"From: a@example.org\nSubject: x\n\nbody\n")
    report = archive.import_paths([tmp_path])
    assert (report.imported, report.quarantined) == (1, 0)


def attached(inner: bytes) -> bytes:
    return (
        b"From: a@example.org\nSubject: x\nContent-Type: multipart/mixed; boundary=b\n\n"
        b"--b\nContent-Type: text/plain\n\nbody\n"
        b"--b\nContent-Type: message/rfc822\n\n" + inner + b"\n--b--\n"
    )


def test_an_attached_message_keeps_its_header_fields_as_they_were() -> None:
    inner = b"From: b@example.org\nTo: c@example.org, \n\td@example.org\nSubject: inner\n\ntext\n"
    (attachment,) = parse_message(attached(inner)).attachments
    assert attachment.content == inner


def test_an_attached_message_with_a_field_of_50000_words_is_parsed_at_once() -> None:
    # Refolding the field through email.header took minutes, and a worker was stopped.
    field = b"Content-Type: text/plain" + b"".join(b"; p%d=v" % i for i in range(50_000))
    inner = b"From: b@example.org\n" + field + b"\nSubject: inner\n\ntext\n"
    started = time.monotonic()
    (attachment,) = parse_message(attached(inner)).attachments
    assert time.monotonic() - started < 10
    assert attachment.content == inner


def test_a_forwarded_message_whose_boundary_never_comes_is_kept_as_it_was() -> None:
    # The standard generator decoded its 8-bit bytes to write them, and failed: quarantined.
    inner = (
        b"From: c@example.org\nSubject: inner\n"
        b'Content-Type: multipart/alternative; boundary="gone"\n\n'
        b"Gr\xfc\xdfe, the boundary never comes\n"
    )
    raw = (
        b"From: a@example.org\nSubject: x\nContent-Type: multipart/mixed; boundary=b\n\n"
        b"--b\nContent-Type: text/plain\n\nsee attached\n"
        b"--b\nContent-Type: message/rfc822\n\n" + inner + b"--b--\n"
    )
    [attached] = parse_message(raw).attachments
    assert attached.filename == "inner.eml"
    assert attached.content == inner
