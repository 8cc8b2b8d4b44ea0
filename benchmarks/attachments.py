# SPDX-License-Identifier: GPL-3.0-or-later

"""Small but valid attachment files for the corpus: PDF letters and scans, PNG images, DOCX."""

from __future__ import annotations

import io
import struct
import zipfile
import zlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import random
    from collections.abc import Sequence

# PDF's standard fonts speak WinAnsi; Cyrillic letters are transliterated for the page text.
_TRANSLIT = str.maketrans(
    {
        **dict(zip("абвгдезийклмнопрстуфыэ", "abvgdezijklmnoprstufye", strict=True)),
        **dict(zip("АБВГДЕЗИЙКЛМНОПРСТУФЫЭ", "ABVGDEZIJKLMNOPRSTUFYE", strict=True)),
        "ё": "jo",
        "ж": "zh",
        "х": "kh",
        "ц": "ts",
        "ч": "ch",
        "ш": "sh",
        "щ": "shch",
        "ъ": "",
        "ь": "'",
        "ю": "ju",
        "я": "ja",
        "Ё": "Jo",
        "Ж": "Zh",
        "Х": "Kh",
        "Ц": "Ts",
        "Ч": "Ch",
        "Ш": "Sh",
        "Щ": "Shch",
        "Ъ": "",
        "Ь": "'",
        "Ю": "Ju",
        "Я": "Ja",
        "№": "No.",
    }
)


def _pdf_string(text: str) -> bytes:
    raw = text.translate(_TRANSLIT).encode("cp1252", "replace")
    return b"(" + raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)") + b")"


def build_pdf(rng: random.Random, lines: Sequence[str], *, scan_bytes: int = 0) -> bytes:
    """A PDF with the lines as text pages and, for a scan, one noisy greyscale image."""
    pages: list[bytes] = []
    per_page = 46
    for start in range(0, max(len(lines), 1), per_page):
        ops = [b"BT /F1 11 Tf 14 TL 56 790 Td"]
        ops.extend(_pdf_string(line) + b" Tj T*" for line in lines[start : start + per_page])
        ops.append(b"ET")
        if scan_bytes and not pages:
            ops.append(b"q 483 0 0 300 56 60 cm /Im1 Do Q")
        pages.append(zlib.compress(b"\n".join(ops), 6))

    objects: list[bytes] = [b"<< /Type /Catalog /Pages 2 0 R >>", b""]
    font_id, image_id = 3, 4
    objects.append(
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
    )
    if scan_bytes:
        width = 600
        height = max(2 * scan_bytes // width, 1)
        # Half noise, half flat paper: compresses to about scan_bytes, like a real scan.
        noise = rng.randbytes(scan_bytes)
        pixels = (noise + b"\xf0" * (width * height - len(noise)))[: width * height]
        rows = b"".join(b"\x00" + pixels[y * width : (y + 1) * width] for y in range(height))
        image = zlib.compress(rows, 6)
        objects.append(
            b"<< /Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace /DeviceGray "
            b"/BitsPerComponent 8 /Filter /FlateDecode /DecodeParms << /Predictor 15 /Colors 1 "
            b"/Columns %d >> /Length %d >>\nstream\n%s\nendstream"
            % (width, height, width, len(image), image)
        )
    else:
        objects.append(b"null")
    kids = []
    for content in pages:
        content_id = len(objects) + 1
        objects.append(
            b"<< /Length %d /Filter /FlateDecode >>\nstream\n%s\nendstream"
            % (len(content), content)
        )
        page_id = len(objects) + 1
        resources = b"<< /Font << /F1 %d 0 R >>" % font_id
        if scan_bytes:
            resources += b" /XObject << /Im1 %d 0 R >>" % image_id
        objects.append(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources %s >> "
            b"/Contents %d 0 R >>" % (resources, content_id)
        )
        kids.append(b"%d 0 R" % page_id)
    objects[1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (b" ".join(kids), len(kids))

    return pdf_file(objects, header=b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")


def pdf_file(objects: list[bytes], *, header: bytes = b"%PDF-1.4\n") -> bytes:
    """A PDF of these numbered objects (the first is the catalogue), with its cross-reference
    table and trailer."""
    out = bytearray(header)
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(out)


def _png_chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def build_png(rng: random.Random, size_bytes: int) -> bytes:
    """An RGB PNG of roughly size_bytes: a gradient with a band of noise, like a photo's sky."""
    width = rng.choice((320, 480, 640, 800))
    height = max(size_bytes // (width * 3) * 2, 8)
    noise_rows = max(size_bytes // (width * 3), 1)
    gradient = bytes(range(256)) * (width * 3 // 256 + 1)
    rows = []
    for y in range(height):
        if y < noise_rows:
            rows.append(b"\x00" + rng.randbytes(width * 3))
        else:
            shift = y % 256
            rows.append(b"\x00" + gradient[shift : shift + width * 3])
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + _png_chunk(b"IHDR", header)
        + _png_chunk(b"IDAT", zlib.compress(b"".join(rows), 6))
        + _png_chunk(b"IEND", b"")
    )


_CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" '
    'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Default Extension="png" ContentType="image/png"/>'
    '<Override PartName="/word/document.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
    "</Types>"
)
_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" '
    'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
    'Target="word/document.xml"/></Relationships>'
)


def _xml_escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def build_docx(
    rng: random.Random, paragraphs: Sequence[str], date_time: tuple[int, int, int, int, int, int]
) -> bytes:
    """A minimal Word document (a zip of OOXML parts), sometimes with an embedded picture."""
    body = "".join(f"<w:p><w:r><w:t>{_xml_escape(text)}</w:t></w:r></w:p>" for text in paragraphs)
    document = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        f"<w:body>{body}<w:sectPr/></w:body></w:document>"
    )
    parts = [
        ("[Content_Types].xml", _CONTENT_TYPES.encode()),
        ("_rels/.rels", _RELS.encode()),
        ("word/document.xml", document.encode()),
    ]
    if rng.random() < 0.3:
        parts.append(("word/media/image1.png", build_png(rng, rng.randrange(4_000, 40_000))))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts:
            info = zipfile.ZipInfo(name, date_time=date_time)
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, data)
    return buffer.getvalue()
