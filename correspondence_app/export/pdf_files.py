# SPDX-License-Identifier: GPL-3.0-or-later
"""Files embedded in a PDF: added one at a time as an incremental update, which leaves every
earlier byte of the PDF as it was, and read back for verification."""

from __future__ import annotations

import hashlib
import io
import logging
import mimetypes
import os
import re
import zlib
from datetime import UTC, datetime
from typing import TYPE_CHECKING, BinaryIO

from isal import isal_zlib
from pypdf import PdfReader, apply_configuration
from pypdf.errors import PyPdfError
from pypdf.generic import (
    ArrayObject,
    ByteStringObject,
    DictionaryObject,
    IndirectObject,
    NameObject,
    NumberObject,
    PdfObject,
    StreamObject,
    TextStringObject,
    create_string_object,
)

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable, Iterator, Sequence
    from pathlib import Path

# pypdf writes what it reads around in a damaged PDF to stderr; verification reports the
# damage itself, in one line.
logging.getLogger("pypdf").setLevel(logging.CRITICAL)

LEAF_NAMES = 256  # files per leaf of the EmbeddedFiles name tree (readers cap array sizes)
# pypdf refuses streams over 75 MB by default; an original with big attachments can be larger.
READ_LIMIT_BYTES = 1 << 30
_STARTXREF = re.compile(rb"startxref\s+(\d+)\s+%%EOF\s*$")
_PREVIOUS = re.compile(rb"/Prev\s+(\d+)")
# What reading a damaged or foreign PDF raises: pypdf's own errors, and the built-in ones
# where its parser meets bytes it does not expect (a wrong /Length, an object of the wrong
# type, a stream that does not decode, an unknown filter: NotImplementedError, a
# RuntimeError like RecursionError).
PDF_READ_ERRORS = (
    PyPdfError,
    ValueError,
    KeyError,
    IndexError,
    TypeError,
    AttributeError,
    OSError,
    EOFError,
    zlib.error,
    RuntimeError,
)


class DamagedEmbeddedFile(ValueError):  # noqa: N818 (what verification reports)
    """An embedded file whose stream no longer decodes exactly: changed or cut off."""

    def __init__(self, name: str, reason: str) -> None:
        super().__init__(f"{name}: the embedded copy is damaged ({reason})")
        self.name = name


def iter_embedded_files(
    path: Path, *, damaged: Callable[[DamagedEmbeddedFile], object] | None = None
) -> Iterator[tuple[str, bytes]]:
    """Every embedded file as (name, bytes), one at a time, in the name tree's order.

    Raises DamagedEmbeddedFile for a file that cannot be read exactly (pypdf would guess
    around the damage), or, given ``damaged``, hands it over there and goes on with the
    next file. A PDF that cannot be read at all raises one of PDF_READ_ERRORS.
    """
    with path.open("rb") as handle:
        reader = PdfReader(handle)
        for entry in reader.attachment_list:
            try:
                data = _entry_contents(reader, entry.name, entry.pdf_object)
            except DamagedEmbeddedFile as error:
                if damaged is None:
                    raise
                damaged(error)
                continue
            yield entry.name, data


def embedded_files(path: Path) -> dict[str, bytes]:
    """Every embedded file, name -> bytes; ValueError if a name occurs twice, or
    DamagedEmbeddedFile (a ValueError) for a file that cannot be read exactly."""
    found: dict[str, bytes] = {}
    for name, data in iter_embedded_files(path):
        if name in found:
            raise ValueError(f"{name} is embedded twice")
        found[name] = data
    return found


def embedded_file(path: Path, name: str) -> bytes | None:
    """The embedded file ``name`` (the first of that name), None if there is none; only it
    is decoded. Raises DamagedEmbeddedFile if it cannot be read exactly, one of
    PDF_READ_ERRORS if the PDF cannot be read."""
    with path.open("rb") as handle:
        reader = PdfReader(handle)
        for entry in reader.attachment_list:
            if entry.name == name:
                return _entry_contents(reader, name, entry.pdf_object)
    return None


def ends_with_update_at(path: Path, start: int) -> bool:
    """Whether the PDF's last update is the one written directly after its first ``start``
    bytes: the trailer at its end points back (``/Prev``) to the cross-reference section
    that those bytes end with. A PDF editor that saves a change as an update of its own
    (new pages, a note, a form field) adds one more, and its ``/Prev`` points elsewhere."""
    with path.open("rb") as handle:
        handle.seek(max(0, start - 1024))
        before = _STARTXREF.search(handle.read(min(start, 1024)))
        handle.seek(max(start, handle.seek(0, os.SEEK_END) - 1024))
        after = _STARTXREF.search(handle.read())
        if before is None or after is None or int(after.group(1)) < start:
            return False
        handle.seek(int(after.group(1)))
        previous = _PREVIOUS.search(handle.read(1 << 16).partition(b"stream")[0])
    return previous is not None and int(previous.group(1)) == int(before.group(1))


def is_complete(path: Path) -> bool:
    """Whether the PDF ends as a PDF does (``startxref`` and ``%%EOF``): not cut off."""
    with path.open("rb") as handle:
        handle.seek(max(0, handle.seek(0, os.SEEK_END) - 1024))
        return _STARTXREF.search(handle.read()) is not None


def _entry_contents(reader: PdfReader, name: str, spec: DictionaryObject) -> bytes:
    try:
        files = spec.get("/EF")
        if not isinstance(files, DictionaryObject):
            raise DamagedEmbeddedFile(name, "no /EF dictionary")
        reference = files.raw_get("/UF") if "/UF" in files else files.raw_get("/F")
        # The declared length may pass pypdf's default limit of 75 MB.
        with apply_configuration(maximum_declared_stream_length=READ_LIMIT_BYTES):
            stream = reference.get_object()
        if not isinstance(stream, StreamObject):
            raise DamagedEmbeddedFile(name, "no stream")
        data = _contents(name, stream)
    except DamagedEmbeddedFile:
        raise
    except PDF_READ_ERRORS as error:  # its objects do not parse: a damaged file
        raise DamagedEmbeddedFile(name, _reason(error)) from None
    if isinstance(reference, IndirectObject):  # one file in memory at a time
        reader.resolved_objects.pop((reference.generation, reference.idnum), None)
    return data


def _reason(error: BaseException) -> str:
    lines = str(error).strip().splitlines()
    return lines[0] if lines else type(error).__name__


def _contents(name: str, stream: StreamObject) -> bytes:
    """The stream's bytes; Flate (what append_files writes) decoded strictly: the whole
    stream, its checksum right, nothing after it, at most READ_LIMIT_BYTES."""
    if stream.get("/Filter") not in ("/FlateDecode", ["/FlateDecode"]) or "/DecodeParms" in stream:
        with apply_configuration(zlib_maximum_output_length=READ_LIMIT_BYTES):
            return stream.get_data()  # not written by us: pypdf's decoders
    packed = StreamObject.get_data(stream)  # the encoded bytes, as stored
    decompressor = zlib.decompressobj()
    try:
        data = decompressor.decompress(packed, READ_LIMIT_BYTES)
    except zlib.error as error:
        raise DamagedEmbeddedFile(name, str(error)) from None
    if decompressor.unconsumed_tail:
        raise DamagedEmbeddedFile(name, f"larger than {READ_LIMIT_BYTES:,} bytes")
    if not decompressor.eof or decompressor.unused_data:
        raise DamagedEmbeddedFile(name, "the stream is cut off or has bytes after its end")
    return data


def append_files(
    path: Path,
    files: Iterable[tuple[str, bytes, str]],
    *,
    relationship: str,
    description: str = "",
    info: dict[str, str] | None = None,
    created_at: datetime | None = None,
) -> None:
    """Embed (name, bytes, MIME type or "" to guess) files, as PDF/A-3 associated files.

    ``relationship`` is the PDF/A-3 AFRelationship (``/Source``, ``/Supplement``...);
    ``info`` fills a new document information dictionary if the PDF has none (it must
    agree with the XMP metadata for PDF/A). Files are compressed and written one by one.
    """
    with path.open("rb") as handle:
        previous = _Previous.read(handle)
    modified = _pdf_date(created_at or datetime.now(UTC))
    with path.open("r+b") as out:
        out.seek(0, os.SEEK_END)
        update = _Update(out, previous.size)
        names = dict(previous.names)
        added: list[IndirectObject] = []
        for name, data, mime in files:
            if name in names:
                raise ValueError(f"{name} is already embedded")
            spec = update.file(name, data, mime, modified, relationship, description)
            names[name] = spec
            added.append(spec)
        catalog = DictionaryObject(previous.catalog)
        names_dictionary = DictionaryObject(previous.names_dictionary)
        names_dictionary[NameObject("/EmbeddedFiles")] = update.name_tree(names)
        catalog[NameObject("/Names")] = names_dictionary
        catalog[NameObject("/AF")] = ArrayObject([*previous.associated, *added])
        update.put(previous.root, catalog)
        trailer = DictionaryObject(
            {NameObject("/Root"): previous.root, NameObject("/Prev"): NumberObject(previous.xref)}
        )
        if previous.file_id is not None:
            trailer[NameObject("/ID")] = previous.file_id
        if previous.info is not None:
            trailer[NameObject("/Info")] = previous.info
        elif info:
            entries = {key: create_string_object(value) for key, value in info.items()}
            entries["/CreationDate"] = TextStringObject(modified)
            trailer[NameObject("/Info")] = update.add(
                DictionaryObject({NameObject(k): v for k, v in entries.items()})
            )
        update.finish(trailer)
        out.flush()
        os.fsync(out.fileno())


class _Previous:
    """What the update builds on: the catalog, the embedded files, the trailer."""

    def __init__(self) -> None:
        self.names: dict[str, IndirectObject] = {}
        self.associated: list[PdfObject] = []
        self.catalog = DictionaryObject()
        self.names_dictionary = DictionaryObject()
        self.root = IndirectObject(0, 0, None)
        self.size = 0
        self.xref = 0
        self.file_id: PdfObject | None = None
        self.info: PdfObject | None = None

    @classmethod
    def read(cls, handle: BinaryIO) -> _Previous:
        handle.seek(max(0, handle.seek(0, os.SEEK_END) - 1024))
        tail = _STARTXREF.search(handle.read())
        if tail is None:
            raise ValueError("not a complete PDF file: no startxref at its end")
        previous = cls()
        previous.xref = int(tail.group(1))
        handle.seek(0)
        reader = PdfReader(handle)
        trailer = reader.trailer
        previous.root = trailer.raw_get("/Root")
        size = trailer["/Size"]
        if not isinstance(size, int):
            raise ValueError("a PDF trailer without /Size")
        previous.size = size
        previous.file_id = trailer.raw_get("/ID") if "/ID" in trailer else None
        previous.info = trailer.raw_get("/Info") if "/Info" in trailer else None
        previous.catalog = DictionaryObject(reader.root_object)
        names = previous.catalog.get("/Names")
        previous.names_dictionary = DictionaryObject(names.get_object() if names else {})
        tree = previous.names_dictionary.get("/EmbeddedFiles")
        if tree is not None:
            previous.names = dict(_leaves(tree.get_object()))
        associated = previous.catalog.get("/AF")
        previous.associated = list(associated.get_object()) if associated else []
        return previous


def _leaves(node: DictionaryObject) -> Iterator[tuple[str, IndirectObject]]:
    pairs = node.get("/Names")
    if pairs is not None:
        pairs = pairs.get_object()
        yield from ((str(pairs[i]), pairs[i + 1]) for i in range(0, len(pairs) - 1, 2))
    for kid in node.get("/Kids", ()):
        yield from _leaves(kid.get_object())


class _Update:
    """Objects appended after the end of the PDF, then their cross-reference section."""

    def __init__(self, out: BinaryIO, first_number: int) -> None:
        self._out = out
        self._offsets: dict[int, tuple[int, int]] = {}  # object number -> offset, generation
        self._next = first_number
        out.write(b"\n")

    def put(self, reference: IndirectObject, value: PdfObject, stream: bytes = b"") -> None:
        self._offsets[reference.idnum] = (self._out.tell(), reference.generation)
        buffer = io.BytesIO()
        buffer.write(f"{reference.idnum} {reference.generation} obj\n".encode())
        value.write_to_stream(buffer)
        if stream:
            buffer.write(b"\nstream\n")
        self._out.write(buffer.getvalue())
        if stream:
            self._out.write(stream)
            self._out.write(b"\nendstream")
        self._out.write(b"\nendobj\n")

    def add(self, value: PdfObject, stream: bytes = b"") -> IndirectObject:
        reference = IndirectObject(self._next, 0, None)
        self._next += 1
        self.put(reference, value, stream)
        return reference

    def file(
        self, name: str, data: bytes, mime: str, modified: str, relationship: str, desc: str
    ) -> IndirectObject:
        packed = isal_zlib.compress(data, 1)  # ISA-L: several times faster than zlib
        mime = mime or mimetypes.guess_type(name)[0] or "application/octet-stream"
        params = {
            NameObject("/Size"): NumberObject(len(data)),
            NameObject("/ModDate"): TextStringObject(modified),
            NameObject("/CheckSum"): ByteStringObject(hashlib.md5(data).digest()),  # noqa: S324
        }
        stream = DictionaryObject(
            {
                NameObject("/Type"): NameObject("/EmbeddedFile"),
                NameObject("/Subtype"): NameObject("/" + mime),
                NameObject("/Filter"): NameObject("/FlateDecode"),
                NameObject("/Length"): NumberObject(len(packed)),
                NameObject("/Params"): DictionaryObject(params),
            }
        )
        contents = self.add(stream, packed)
        title = create_string_object(name)
        spec = {
            NameObject("/Type"): NameObject("/Filespec"),
            NameObject("/F"): title,
            NameObject("/UF"): title,
            NameObject("/EF"): DictionaryObject(
                {NameObject("/F"): contents, NameObject("/UF"): contents}
            ),
            NameObject("/AFRelationship"): NameObject(relationship),
        }
        if desc:
            spec[NameObject("/Desc")] = create_string_object(desc)
        return self.add(DictionaryObject(spec))

    def name_tree(self, names: dict[str, IndirectObject]) -> IndirectObject:
        """The EmbeddedFiles name tree: sorted keys, in leaves of LEAF_NAMES."""
        keyed = sorted(
            ((create_string_object(name), spec) for name, spec in names.items()),
            key=lambda pair: _key(pair[0]),
        )
        leaves = [keyed[i : i + LEAF_NAMES] for i in range(0, len(keyed), LEAF_NAMES)]
        if len(leaves) <= 1:
            return self.add(DictionaryObject({NameObject("/Names"): _pairs(keyed)}))
        kids = [
            self.add(
                DictionaryObject(
                    {
                        NameObject("/Names"): _pairs(leaf),
                        NameObject("/Limits"): ArrayObject([leaf[0][0], leaf[-1][0]]),
                    }
                )
            )
            for leaf in leaves
        ]
        return self.add(DictionaryObject({NameObject("/Kids"): ArrayObject(kids)}))

    def finish(self, trailer: DictionaryObject) -> None:
        trailer[NameObject("/Size")] = NumberObject(self._next)
        start = self._out.tell()
        lines = [b"xref\n"]
        numbers = sorted(self._offsets)
        runs: list[list[int]] = []
        for number in numbers:
            if runs and runs[-1][-1] == number - 1:
                runs[-1].append(number)
            else:
                runs.append([number])
        for run in runs:
            lines.append(f"{run[0]} {len(run)}\n".encode())
            lines.extend(b"%010d %05d n\r\n" % self._offsets[number] for number in run)
        buffer = io.BytesIO()
        buffer.write(b"".join(lines) + b"trailer\n")
        trailer.write_to_stream(buffer)
        buffer.write(f"\nstartxref\n{start}\n%%EOF\n".encode())
        self._out.write(buffer.getvalue())


def _key(name: PdfObject) -> bytes:
    if isinstance(name, TextStringObject):
        return name.get_encoded_bytes()
    return bytes(name) if isinstance(name, ByteStringObject) else str(name).encode()


def _pairs(keyed: Sequence[tuple[PdfObject, IndirectObject]]) -> ArrayObject:
    return ArrayObject([value for pair in keyed for value in pair])


def _pdf_date(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("D:%Y%m%d%H%M%S+00'00'")
