# SPDX-License-Identifier: GPL-3.0-or-later
"""Searchable text inside attachments: PDF, DOCX, OpenDocument, plain text and HTML."""

from __future__ import annotations

import codecs
import enum
import io
import logging
import re
import time
import zipfile
from pathlib import PurePosixPath
from typing import TYPE_CHECKING
from xml.etree.ElementTree import TreeBuilder

import pypdf
from defusedxml.ElementTree import (  # type: ignore[import-untyped,unused-ignore]
    DefusedXMLParser,
)

from correspondence_app.importers import charsets
from correspondence_app.importers.html_text import html_to_text

if TYPE_CHECKING:
    from xml.etree.ElementTree import Element

MAX_ATTACHMENT_BYTES = 20 * 1024 * 1024  # larger attachments are not read
MAX_TEXT_CHARS = 200_000  # extracted text is cut here
TIME_LIMIT_S = 5.0  # per attachment
MAX_XML_BYTES = 50 * 1024 * 1024  # a document member inflating past this is a zip bomb
_XML_CHUNK_BYTES = 1024 * 1024

# pypdf logs every robustness fix it applies to a broken PDF; an import must stay quiet.
logging.getLogger("pypdf").setLevel(logging.CRITICAL)
log = logging.getLogger(__name__)


class _Kind(enum.Enum):
    PDF = enum.auto()
    OFFICE = enum.auto()  # a zip: DOCX or OpenDocument, told apart by its members
    TEXT = enum.auto()
    HTML = enum.auto()
    UNKNOWN = enum.auto()


# PDF and office documents are known by their first bytes; these name the rest.
_PDF_TYPES = frozenset({"application/pdf", "application/x-pdf"})
_BY_CONTENT_TYPE = {
    **dict.fromkeys(("text/plain", "text/csv", "text/markdown"), _Kind.TEXT),
    **dict.fromkeys(("text/html", "application/xhtml+xml"), _Kind.HTML),
}
_BY_EXTENSION = {
    **dict.fromkeys((".txt", ".csv", ".md"), _Kind.TEXT),
    **dict.fromkeys((".htm", ".html"), _Kind.HTML),
}
_UTF16_BOMS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)
_META_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?([A-Za-z0-9_.:-]+)""", re.I)
_BLANK_LINES = re.compile(r"\n{3,}")
_ODF_SPACES = re.compile(r"[ \t\r\n]+")

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
# Word stores each text box twice, as DrawingML and as a VML fallback: read only the first.
_MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
_TEXT = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
_ODF_PARAGRAPHS = frozenset({f"{_TEXT}p", f"{_TEXT}h"})
_ODF_BREAKS = {f"{_TEXT}tab": "\t", f"{_TEXT}line-break": "\n"}
_ODF_MIMETYPE = b"application/vnd.oasis.opendocument."


def extract_text(
    filename: str, content_type: str, data: bytes, *, time_limit_s: float = TIME_LIMIT_S
) -> str:
    """Searchable text inside an attachment; "" when the type is unknown, the file is broken,
    too large, or times out. Never raises.

    PDF and office documents (DOCX, OpenDocument) are known by their first bytes, whatever
    they are called; plain text and HTML by the content type, else by the file name's
    extension, since mail clients often send application/octet-stream. A PDF that runs
    out of time keeps the text of the pages read so far.
    """
    deadline = time.monotonic() + time_limit_s
    if len(data) > MAX_ATTACHMENT_BYTES:
        return ""
    kind = _kind(filename, content_type, data)
    try:
        if kind is _Kind.PDF:
            text = _pdf_text(data, deadline)
        elif kind is _Kind.OFFICE:
            text = _office_text(data, deadline)
        elif kind is _Kind.TEXT:
            text = _plain_text(data, _charset_label(content_type))
        elif kind is _Kind.HTML:
            text = _html_text(data, _charset_label(content_type))
        else:
            return ""
        text = charsets.storable(_BLANK_LINES.sub("\n\n", text.replace("\x00", "")).strip())
    except Exception as error:  # broken or hostile files: no text, and the import goes on
        log.debug("no text from a %s attachment: %s", kind.name.lower(), type(error).__name__)
        return ""
    return text[:MAX_TEXT_CHARS]


def _kind(filename: str, content_type: str, data: bytes) -> _Kind:
    main_type = content_type.split(";", 1)[0].strip().lower()
    suffix = PurePosixPath(filename.replace("\\", "/")).suffix.lower()
    if data.startswith(b"%PDF-"):
        return _Kind.PDF
    # Readers accept junk before the header, within the first KiB, so the name must agree.
    if b"%PDF-" in data[:1024] and (main_type in _PDF_TYPES or suffix == ".pdf"):
        return _Kind.PDF
    if data.startswith(b"PK\x03\x04"):
        return _Kind.OFFICE
    if main_type in _BY_CONTENT_TYPE:
        return _BY_CONTENT_TYPE[main_type]
    return _BY_EXTENSION.get(suffix, _Kind.UNKNOWN)


def _charset_label(content_type: str) -> str | None:
    _main, params = charsets.split_params(content_type)
    charset = params.get("charset")
    return None if charset is None else charsets.decode_param(charset)


def _decode(data: bytes, label: str | None) -> str:
    if data.startswith(codecs.BOM_UTF8):
        return data[len(codecs.BOM_UTF8) :].decode("utf-8", "replace")
    if data.startswith(_UTF16_BOMS):
        return data.decode("utf-16", "replace")
    return charsets.decode_text(data, label)[0]


def _plain_text(data: bytes, label: str | None) -> str:
    if b"\x00" in data[:8192] and not data.startswith(_UTF16_BOMS):
        return ""  # binary data under a text name
    return _decode(data, label)


def _html_text(data: bytes, label: str | None) -> str:
    if label is None and (meta := _META_CHARSET.search(data[:4096])):
        label = meta.group(1).decode("ascii")
    return html_to_text(_decode(data, label))


def _pdf_text(data: bytes, deadline: float) -> str:
    reader = pypdf.PdfReader(io.BytesIO(data), strict=False)
    if reader.is_encrypted and reader.decrypt("") == pypdf.PasswordType.NOT_DECRYPTED:
        return ""
    pages: list[str] = []
    size = 0
    for page in reader.pages:
        try:
            text = page.extract_text()
        except Exception:  # one broken page must not cost the others
            log.debug("skipped a PDF page that pypdf could not read")
            text = ""
        pages.append(text)
        size += len(text)
        if size >= MAX_TEXT_CHARS or time.monotonic() >= deadline:
            break
    return "\n".join(pages)


def _office_text(data: bytes, deadline: float) -> str:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        names = set(archive.namelist())
        if "word/document.xml" in names:
            return _docx_text(_parse_member(archive, "word/document.xml", deadline))
        if "content.xml" in names and "mimetype" in names:
            with archive.open("mimetype") as mimetype:
                is_opendocument = mimetype.read(100).startswith(_ODF_MIMETYPE)
            if is_opendocument:
                return _odf_text(_parse_member(archive, "content.xml", deadline))
    return ""


def _parse_member(archive: zipfile.ZipFile, name: str, deadline: float) -> Element:
    """Parse one XML member without DTDs or entities, within the size cap and the deadline."""
    info = archive.getinfo(name)
    if info.file_size > MAX_XML_BYTES:
        raise ValueError("document member too large")
    # The C tree builder: fast, and its elements iterate without recursion.
    parser = DefusedXMLParser(target=TreeBuilder(), forbid_dtd=True)
    read = 0
    with archive.open(info) as member:
        # Counted while reading as well: the declared size is the sender's word.
        while chunk := member.read(_XML_CHUNK_BYTES):
            read += len(chunk)
            if read > MAX_XML_BYTES:
                raise ValueError("document member too large")
            if time.monotonic() >= deadline:
                raise TimeoutError("document took too long")
            parser.feed(chunk)
    root: Element = parser.close()
    return root


def _drop_fallbacks(root: Element) -> None:
    for parent in root.iter():
        for child in [child for child in parent if child.tag == _MC_FALLBACK]:
            parent.remove(child)


def _docx_text(root: Element) -> str:
    """Text of w:t runs; each paragraph on its own line, tabs and breaks kept."""
    _drop_fallbacks(root)
    pieces: list[str] = []
    for element in root.iter():
        tag = element.tag
        if tag == f"{_W}t":
            pieces.append(element.text or "")
        elif tag == f"{_W}p":
            pieces.append("\n")
        elif tag == f"{_W}tab":
            pieces.append("\t")
        elif tag in (f"{_W}br", f"{_W}cr"):
            pieces.append("\n")
    return "\n".join(line.strip() for line in "".join(pieces).split("\n"))


def _odf_text(root: Element) -> str:
    """Text of text:p and text:h paragraphs, with OpenDocument's whitespace rules."""
    pieces: list[str] = []
    depth = 0  # paragraphs open around the current element; notes nest them
    stack: list[tuple[Element, bool]] = [(root, False)]
    while stack:  # depth first without recursion: documents may nest deeply
        element, is_closing = stack.pop()
        is_paragraph = element.tag in _ODF_PARAGRAPHS
        if is_closing:
            if is_paragraph:
                depth -= 1
                pieces.append("\n")
            if depth and element.tail:
                pieces.append(_ODF_SPACES.sub(" ", element.tail))
            continue
        if is_paragraph:
            if depth:
                pieces.append("\n")  # a paragraph inside another (a note) starts a line
            depth += 1
        if depth:
            # Whitespace in the markup collapses; spaces, tabs and breaks are elements.
            if element.tag == f"{_TEXT}s":
                pieces.append(" " * _count(element.get(f"{_TEXT}c")))
            elif element.tag in _ODF_BREAKS:
                pieces.append(_ODF_BREAKS[element.tag])
            elif element.text:
                pieces.append(_ODF_SPACES.sub(" ", element.text))
        stack.append((element, True))
        stack.extend((child, False) for child in reversed(element))
    return "\n".join(line.strip(" ") for line in "".join(pieces).split("\n"))


def _count(value: str | None) -> int:
    return min(int(value), 1000) if value and value.isdigit() else 1
