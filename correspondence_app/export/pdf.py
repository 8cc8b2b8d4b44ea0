# SPDX-License-Identifier: GPL-3.0-or-later
"""The PDF dossier: a cover, a chronological table of contents and every message with its
headers, text, attachments, pictures and the user's notes; each original rides along as an
embedded .eml file, so that the PDF alone carries the evidence."""

from __future__ import annotations

import contextlib
import math
import os
import tempfile
from dataclasses import dataclass
from email.utils import parseaddr
from pathlib import Path
from typing import TYPE_CHECKING

from fpdf.enums import XPos, YPos

from correspondence_app.export import dating
from correspondence_app.export.naming import UniqueNames, item_stem
from correspondence_app.export.originals import outlook_name
from correspondence_app.export.pdf_files import (
    DamagedEmbeddedFile,
    append_files,
    embedded_files,
    iter_embedded_files,
)
from correspondence_app.export.pdf_layout import FONT, Dossier, is_picture
from correspondence_app.export.source import ExportCancelled
from correspondence_app.export.words import grouped, language, say
from correspondence_app.fileio import fsync_directory
from correspondence_app.importers.html_text import html_to_text
from correspondence_app.render.body import sanitise_html

if TYPE_CHECKING:
    import threading
    from collections.abc import Callable, Iterator

    from correspondence_app.export.source import ExportItem, ExportSource

__all__ = [
    "LABELS",
    "DamagedEmbeddedFile",
    "attach_files",
    "embedded_files",
    "iter_embedded_files",
    "write_pdf",
]

# Every word the dossier prints, in one place so that it can be translated later.
LABELS: dict[str, str] = {
    "title": "Correspondence",
    "compiled_by": "Compiled by",
    "exported_at": "Exported",
    "selection": "Selection",
    "messages": "Messages",
    "date_range": "Date range",
    "without_date": dating.WITHOUT_OWN_DATE,
    "originals": "The original of every message is embedded in this PDF as an .eml file "
    "(an Outlook original as its .msg file, with the .eml converted from it; see the "
    "attachments of the document in your PDF reader).",
    "contents": "Contents",
    "date": "Date",
    "sender": "From",
    "subject": "Subject",
    "page_column": "Page",
    "page": "page %1 of %2",
    "from": "From",
    "to": "To",
    "cc": "Cc",
    "message_id": "Message-ID",
    "original": "Original",
    "original_value": "%1, embedded in this PDF",
    "converted": "Converted",
    "size": "Size",
    "bytes": "%1 bytes",
    "sha256": "SHA-256",
    "attachments": "Attachments",
    "attachment": "%1, %2 bytes, SHA-256: %3",
    "inline": "%1 (shown in the text)",
    "picture_failed": "%1: this picture could not be shown",
    "picture_skipped": "%1: not shown, the dossier holds as many pictures as it can "
    "(the embedded original has it)",
    "no_text": "(This message has no text.)",
    "shortened": "(The text is shortened here; the embedded original holds all of it.)",
    "notes": "Added by the user, not part of the original message",
    "undated": "no date",
    "no_subject": "(no subject)",
    "nothing": "No messages were selected.",
    "original_description": "The original message, byte for byte",
}


def _label(key: str) -> str:
    """A word of the dossier in the language of the export being written."""
    return say(LABELS[key])


OUTLOOK_TYPE = "application/vnd.ms-outlook"
CREATOR = "Correspondence Archive"  # the XMP CreatorTool and the Info Creator
MAX_TEXT_CHARS = 300_000  # about 100 pages: the embedded original holds the rest
_TOC_HEADING_MM = 14.0
_TOC_ROW_MM = 5.0


@dataclass(frozen=True)
class _Entry:
    """A line of the table of contents."""

    day: str | None
    own_date: bool  # the day is the message's own, not a file's time (see export.dating)
    sender: str
    subject: str
    page: int
    link: int


def write_pdf(
    source: ExportSource,
    target: Path,
    *,
    title: str = "",
    progress: Callable[[int, int], None] | None = None,
    cancel: threading.Event | None = None,
) -> dict[int, str]:
    """Write the dossier to ``target``; message id -> name of its embedded original (a
    message deleted meanwhile has pages but no original, and is left out).

    ``progress(done, total)`` counts two steps a message: its pages, then its original.
    Raises ExportCancelled when ``cancel`` is set; ``target`` is then left as it was.
    """
    title = title or _label("title")
    total = 2 * len(source)
    descriptor, temp_name = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent)
    os.close(descriptor)
    part = Path(temp_name)
    embedded: dict[int, str] = {}
    try:
        names, converted = _write_pages(source, part, title, progress, cancel)

        def originals() -> Iterator[tuple[str, bytes, str]]:
            # One at a time: source.originals() reads a batch, hundreds of megabytes when
            # the messages carry photographs.
            for done, message_id in enumerate(names, len(source) + 1):
                if cancel is not None and cancel.is_set():
                    raise ExportCancelled
                try:
                    data = source.message(message_id)
                    outlook = source.original(message_id) if message_id in converted else None
                except KeyError:  # deleted since its pages were written
                    continue
                embedded[message_id] = names[message_id]
                yield names[message_id], data, "message/rfc822"
                if outlook is not None:  # the Outlook original beside its converted message
                    yield outlook_name(names[message_id]), outlook, OUTLOOK_TYPE
                if progress is not None:
                    progress(done, total)

        # What the XMP metadata from fpdf2 says, without its empty values: PDF/A wants the
        # two to agree.
        info = {
            "/Title": title,
            "/Author": source.compiled_by,
            "/Subject": say(source.selection.described),
            "/Creator": CREATOR,
        }
        append_files(
            part,
            originals(),
            relationship="/Source",
            description=_label("original_description"),
            info={key: value for key, value in info.items() if value},
            created_at=source.exported_at,
        )
        os.replace(part, target)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            part.unlink()
        raise
    fsync_directory(target.parent)
    return embedded


def attach_files(target: Path, files: list[tuple[str, bytes]]) -> None:
    """Embed more files (e.g. manifest.json, SHA256SUMS) as an incremental update: every
    byte written before stays as it was. ValueError if a name is embedded already."""
    descriptor, temp_name = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent)
    part = Path(temp_name)
    try:
        with os.fdopen(descriptor, "wb") as copy, target.open("rb") as original:
            while chunk := original.read(1 << 20):
                copy.write(chunk)
        append_files(part, ((name, data, "") for name, data in files), relationship="/Supplement")
        os.replace(part, target)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            part.unlink()
        raise
    fsync_directory(target.parent)


def _write_pages(
    source: ExportSource,
    part: Path,
    title: str,
    progress: Callable[[int, int], None] | None,
    cancel: threading.Event | None,
) -> tuple[dict[int, str], set[int]]:
    """Writes the pages; returns each message's embedded file name and which messages have
    an Outlook original (embedded beside)."""
    pdf = Dossier(_label("page"))
    pdf.set_title(title)
    pdf.set_author(source.compiled_by)
    pdf.set_subject(say(source.selection.described))
    pdf.set_lang(language())
    pdf.set_creator(CREATOR)
    pdf.set_creation_date(source.exported_at)
    entries: list[_Entry] = []
    pdf.add_page()
    front_pages = 1 + _toc_pages(pdf, len(source))
    pdf.insert_toc_placeholder(
        lambda _pdf, _outline: _front(pdf, source, title, entries), pages=front_pages
    )
    names: dict[int, str] = {}
    converted: set[int] = set()
    unique = UniqueNames()
    for number, item in enumerate(source.items(), 1):
        if cancel is not None and cancel.is_set():
            raise ExportCancelled
        names[item.id] = unique.take(item_stem(number, item), ".eml")
        if item.is_converted:
            converted.add(item.id)
        if number > 1:
            pdf.add_page()
        entries.append(_message(pdf, source, item, names[item.id]))
        if progress is not None:
            progress(number, 2 * len(source))
    if not entries:
        pdf.para(6, _label("nothing"))
    pdf.output(str(part))
    return names, converted


def _toc_pages(pdf: Dossier, count: int) -> int:
    height = pdf.page_break_trigger - pdf.t_margin
    first = int((height - _TOC_HEADING_MM) // _TOC_ROW_MM) - 1  # less the column titles
    others = int(height // _TOC_ROW_MM) - 1
    return 1 if count <= first else 1 + math.ceil((count - first) / others)


def _front(pdf: Dossier, source: ExportSource, title: str, entries: list[_Entry]) -> None:
    """The cover and the table of contents, drawn last into the pages kept for them."""
    pdf.set_font(FONT, "B", 24)
    pdf.ln(25)
    pdf.para(11, pdf.clipped(title, pdf.epw, 5))  # however long, the cover fits its page
    pdf.ln(12)
    keys = ["compiled_by", "exported_at", "selection", "messages", "date_range", "without_date"]
    label_mm = pdf.label_width([_label(key) for key in keys], 11, 36)
    pdf.set_font(FONT, "", 11)
    values = [
        (_label("compiled_by"), pdf.clipped(source.compiled_by, pdf.epw - label_mm, 2)),
        (_label("exported_at"), source.exported_when),
        (
            _label("selection"),
            pdf.clipped(say(source.selection.described), pdf.epw - label_mm, 10),
        ),
        (_label("messages"), grouped(len(entries))),
    ]
    days = [entry.day for entry in entries if entry.day and entry.own_date]
    if days:
        values.append((_label("date_range"), f"{days[0]} – {days[-1]}"))
    if without := len(entries) - len(days):
        values.append((_label("without_date"), grouped(without)))
    for label, value in values:
        pdf.field(label, value, size=11, label_mm=label_mm)
    pdf.ln(10)
    pdf.set_font(FONT, "", 9)
    pdf.para(5, _label("originals"))
    pdf.add_page()
    pdf.set_font(FONT, "B", 16)
    pdf.cell(0, _TOC_HEADING_MM - 4, _label("contents"), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(4)
    columns = (22.0, 46.0, pdf.epw - 22.0 - 46.0 - 14.0, 14.0)
    _toc_row(pdf, columns, (_label("date"), _label("sender"), _label("subject")), "", 0)
    for entry in entries:
        if pdf.get_y() + _TOC_ROW_MM > pdf.page_break_trigger:
            pdf.add_page()
            _toc_row(pdf, columns, (_label("date"), _label("sender"), _label("subject")), "", 0)
        day = entry.day or _label("undated")
        _toc_row(pdf, columns, (day, entry.sender, entry.subject), str(entry.page), entry.link)


def _toc_row(
    pdf: Dossier, columns: tuple[float, ...], texts: tuple[str, str, str], page: str, link: int
) -> None:
    pdf.set_font(FONT, "" if link else "B", 8.5)
    for width, text in zip(columns, texts, strict=False):
        pdf.cell(width, _TOC_ROW_MM, pdf.fit(text, width), link=link or "")
    pdf.cell(columns[3], _TOC_ROW_MM, page or _label("page_column"), align="R", link=link or "")
    pdf.ln(_TOC_ROW_MM)


def _message(pdf: Dossier, source: ExportSource, item: ExportItem, name: str) -> _Entry:
    detail = source.detail(item.id)
    local = item.local_date
    subject = item.subject.strip() or _label("no_subject")
    entry = _Entry(
        day=local.strftime("%Y-%m-%d") if local else None,
        own_date=dating.is_own(item),
        sender=parseaddr(item.sender)[0] or item.sender,
        subject=subject,
        page=pdf.page_no(),
        link=pdf.add_link(page=pdf.page_no()),
    )
    pdf.start_section(pdf.fit(f"{entry.day or _label('undated')}  {subject}", 200))
    pdf.set_font(FONT, "B", 13)
    pdf.para(6.5, pdf.clean(subject))
    pdf.ln(2)
    keys = ["from", "to", "cc", "date", "subject", "message_id", "original", "size", "converted"]
    width = pdf.label_width([_label(key) for key in keys], 9, 28)

    def field(key: str, value: str) -> None:
        pdf.field(_label(key), value, label_mm=width)

    field("from", item.sender)
    field("to", ", ".join(detail.to))
    if detail.cc:
        field("cc", ", ".join(detail.cc))
    when = local.strftime("%Y-%m-%d %H:%M %z") if local else _label("undated")
    field("date", f"{when} {dating.note(item.date_source)}".strip())
    field("subject", item.subject)
    bare = item.message_id and not item.message_id.startswith("<")
    field("message_id", f"<{item.message_id}>" if bare else item.message_id)
    original = outlook_name(name) if item.is_converted else name
    field("original", _label("original_value").replace("%1", original))
    field("size", _label("bytes").replace("%1", grouped(item.size_bytes)))
    field("sha256", item.sha256)
    if item.is_converted:  # an Outlook .msg, and the .eml converted from it on import
        field("converted", _label("original_value").replace("%1", name))
        field("size", _label("bytes").replace("%1", grouped(item.converted_size)))
        field("sha256", item.converted_sha256)
    pdf.ln(2)
    pdf.line(pdf.l_margin, pdf.get_y(), pdf.w - pdf.r_margin, pdf.get_y())
    pdf.ln(3)
    text = detail.text if detail.text.strip() else html_to_text(sanitise_html(detail.html))
    pdf.set_font(FONT, "", 10)
    pdf.para(5, pdf.clean(text[:MAX_TEXT_CHARS].rstrip()) or _label("no_text"))
    if len(text) > MAX_TEXT_CHARS:
        pdf.para(5, _label("shortened"))
    _attachments(pdf, source, item)
    notes = source.notes(item.id)
    if notes:
        _notes(pdf, notes)
    return entry


def _attachments(pdf: Dossier, source: ExportSource, item: ExportItem) -> None:
    if not item.attachments:
        return
    pdf.ln(4)
    pdf.set_font(FONT, "B", 10)
    pdf.cell(0, 6, _label("attachments"), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font(FONT, "", 8.5)
    for info in item.attachments:
        line = _label("attachment").replace("%1", info.filename or info.content_type)
        line = line.replace("%2", grouped(info.size_bytes)).replace("%3", info.sha256)
        line = _label("inline").replace("%1", line) if info.is_inline else line
        pdf.para(4.5, "• " + pdf.clean(line))
    for info in item.attachments:
        if is_picture(info.content_type, info.filename):
            label = info.filename or info.content_type
            problem = pdf.picture(source.attachment(item.id, info.position), label)
            if problem:
                pdf.set_font(FONT, "", 8.5)
                pdf.para(4.5, pdf.clean(_label(f"picture_{problem}").replace("%1", label)))


def _notes(pdf: Dossier, notes: list[str]) -> None:
    pdf.ln(5)
    pdf.set_fill_color(255, 246, 214)
    pdf.set_draw_color(190, 150, 40)
    pdf.set_font(FONT, "B", 9)
    pdf.para(6, _label("notes"), border="LTR", fill=True)
    pdf.set_font(FONT, "", 10)
    text = "\n\n".join(pdf.clean(note.strip()) for note in notes)
    pdf.para(5, text, border="LR", last_border="LRB", fill=True)
    pdf.set_draw_color(0, 0, 0)
