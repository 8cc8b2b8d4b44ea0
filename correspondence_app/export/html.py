# SPDX-License-Identifier: GPL-3.0-or-later
"""The HTML export: a folder any browser opens offline (an index of the conversations, a
page per conversation, the attachments and originals beside them), without a script or
anything fetched from elsewhere."""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING
from urllib.parse import quote, unquote

from correspondence_app.export import dating
from correspondence_app.export.naming import (
    UniqueNames,
    item_stem,
    not_a_device,
    safe_part,
    subject_part,
)
from correspondence_app.export.originals import outlook_name
from correspondence_app.export.source import ExportCancelled
from correspondence_app.export.words import decimal, grouped, language, say
from correspondence_app.render.body import header_text, inline_image_format, sanitise_html

if TYPE_CHECKING:
    import threading
    from collections.abc import Callable, Iterable, Mapping
    from datetime import datetime
    from pathlib import Path

    from correspondence_app.export.source import ExportItem, ExportSource
    from correspondence_app.storage.queries import AttachmentInfo, MessageDetail

LABELS = {
    "title": "Correspondence",
    "compiled_by": "Compiled by",
    "exported_at": "Exported at",
    "selection": "Selection",
    "messages": "Messages",
    "date_range": "Date range",
    "without_date": dating.WITHOUT_OWN_DATE,
    "conversations": "Conversations",
    "number": "No.",
    "conversation": "Conversation",
    "senders": "From",
    "first": "First",
    "last": "Last",
    "no_subject": "(no subject)",
    "undated": "undated",
    "contents": "Contents",
    "previous": "Previous conversation",
    "next": "Next conversation",
    "from": "From",
    "to": "To",
    "cc": "Cc",
    "bcc": "Bcc",
    "date": "Date",
    "subject": "Subject",
    "message_id": "Message-ID",
    "no_text": "(no text)",
    "bytes": "%1 bytes",
    "kib": "%1 KiB",
    "mib": "%1 MiB",
    "image": "image",
    "attachments": "Attachments",
    "unnamed": "(unnamed)",
    "shown_above": "shown in the text above",
    "original": "Original message (.eml, byte for byte)",
    "outlook_original": "Original message (Outlook .msg, byte for byte)",
    "converted": "The same message converted to .eml on import",
    "note": "Note added by the user, not part of the message",
    "tags": "Tags in the archive, not part of the message",
    "evidence": (
        "The folder originals/ holds every message exactly as it was archived; "
        "manifest.json and SHA256SUMS give the SHA-256 of each file. Web links in the "
        "messages are shown as text: nothing in this export connects to the internet."
    ),
}


def _label(key: str) -> str:
    """A word of the dossier in the language of the export being written."""
    return say(LABELS[key])


CSP = "default-src 'none'; img-src 'self' file: data:; style-src 'self' 'unsafe-inline'"
# No dots in a generated name but the extension's; a run of them ("..") is never kept.
_DOTS_AND_DASHES = re.compile(r"[-.]+")
# What a browser would run or render as a page if opened: saved as text instead.
_ACTIVE_EXTENSIONS = frozenset(
    {
        *("htm", "html", "xhtml", "xht", "shtml", "mht", "mhtml", "svg", "svgz", "xml"),
        *("xsl", "xslt", "js", "mjs", "css", "hta", "swf", "htc"),
    }
)
_CONTROLS = dict.fromkeys([*range(0x09), 0x0B, 0x0C, *range(0x0E, 0x20), 0x7F])
# Serialised HTML as nh3 writes it (attribute values double-quoted): a tag, or text.
_TOKENS = re.compile(r'<[^>"]*(?:"[^"]*"[^>"]*)*>|[^<]+|<')
_TAG_NAME = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9]*)")
_ATTRIBUTE = re.compile(r'\s([A-Za-z_:][-A-Za-z0-9_:.]*)(?:="([^"]*)")?')
_IMAGE_ATTRIBUTES = ("alt", "width", "height", "border", "align", "style")

CSS = """
body { font-family: "DejaVu Sans", "Noto Sans", "Segoe UI", Arial, sans-serif;
  max-width: 62em; margin: 1.5em auto; padding: 0 1em; color: #111; background: #fff;
  line-height: 1.45; }
h1 { font-size: 1.5em; overflow-wrap: anywhere; }
h2 { font-size: 1.2em; overflow-wrap: anywhere; }
h3 { font-size: 1em; margin: 0 0 .3em; }
table { border-collapse: collapse; }
table.facts th, table.headers th { text-align: left; vertical-align: top; padding: .1em 1em .1em 0;
  color: #444; font-weight: normal; white-space: nowrap; }
table.facts td, table.headers td { overflow-wrap: anywhere; }
table.contents { width: 100%; }
table.contents th, table.contents td { border-bottom: 1px solid #ccc; padding: .35em .5em;
  text-align: left; vertical-align: top; }
table.contents td.count, table.contents td.number { text-align: right; }
td.when { white-space: nowrap; }
article.message { border-top: 2px solid #666; margin-top: 2em; padding-top: .3em; }
.body { margin: 1em 0; padding: .8em; border: 1px solid #ddd; overflow-x: auto; }
.body img { max-width: 100%; height: auto; }
pre.text, .note-text { white-space: pre-wrap; overflow-wrap: anywhere; margin: 0;
  font-family: inherit; }
/* Arabic, Persian, Hebrew: each paragraph runs in its own direction, as in a mail program */
h1, h2, pre.text, .note-text { unicode-bidi: plaintext; text-align: start; }
.link { text-decoration: underline dotted; }
.url, .missing { color: #555; font-size: .9em; overflow-wrap: anywhere; }
.empty { color: #777; font-style: italic; }
.user { background: #fff6d5; border-left: 4px solid #d39e00; padding: .5em .8em; margin: 1em 0; }
code.sha { font-size: .85em; overflow-wrap: anywhere; }
.nav { display: flex; flex-wrap: wrap; gap: 1.5em; font-size: .9em; }
.evidence { color: #444; font-size: .9em; }
@media print { .nav { display: none; } }
"""


@dataclass(frozen=True)
class _Conversation:
    page: str  # "0001-subject.html" under threads/
    subject: str
    members: tuple[tuple[int, ExportItem], ...]  # (number in the export, item), by date


def write_html(
    source: ExportSource,
    folder: Path,
    *,
    title: str = "",
    progress: Callable[[int, int], None] | None = None,
    cancel: threading.Event | None = None,
) -> dict[int, str]:
    """``index.html``, ``threads/``, ``attachments/`` and ``originals/`` in the (empty)
    folder; returns each message's original, relative to the folder."""
    items = list(source.items())
    conversations = _conversations(items)
    for name in ("threads", "attachments", "originals"):
        (folder / name).mkdir()
    names, files, done = UniqueNames(), {}, 0
    for index, conversation in enumerate(conversations):
        neighbours = (
            conversations[index - 1].page if index > 0 else None,
            conversations[index + 1].page if index + 1 < len(conversations) else None,
        )
        with open(
            folder / "threads" / conversation.page, "w", encoding="utf-8", newline="\n"
        ) as page:
            page.write(_head(conversation.subject) + _navigation(*neighbours))
            page.write(f"<h1>{_e(conversation.subject)}</h1>\n")
            tags = source.tags([item.id for _, item in conversation.members])
            for number, item in conversation.members:
                if cancel is not None and cancel.is_set():
                    raise ExportCancelled
                original = names.take(item_stem(number, item), ".eml")
                (folder / "originals" / original).write_bytes(source.message(item.id))
                if item.is_converted:
                    outlook = folder / "originals" / outlook_name(original)
                    outlook.write_bytes(source.original(item.id))
                files[item.id] = f"originals/{original}"
                page.write(_message(source, folder, number, item, original, tags.get(item.id)))
                done += 1
                if progress is not None:
                    progress(done, len(items))
            page.write(_navigation(*neighbours) + "</body>\n</html>\n")
    index_html = _index(source, title or _label("title"), items, conversations)
    (folder / "index.html").write_text(index_html, encoding="utf-8", newline="\n")
    return files


def _conversations(items: list[ExportItem]) -> list[_Conversation]:
    """By the date of their first message; a message without a thread is its own."""
    groups: dict[tuple[str, int], list[tuple[int, ExportItem]]] = {}
    for number, item in enumerate(items, 1):
        key = ("thread", item.thread_id) if item.thread_id is not None else ("message", item.id)
        groups.setdefault(key, []).append((number, item))
    found = []
    for index, members in enumerate(groups.values(), 1):
        subject = header_text(members[0][1].subject) or _label("no_subject")
        slug = _DOTS_AND_DASHES.sub("-", subject_part(members[0][1].subject, 60)).strip("-")
        found.append(_Conversation(f"{index:04d}-{slug}.html", subject, (*members,)))
    return found


# Pages ------------------------------------------------------------------------------------
def _e(text: str) -> str:
    return html.escape(text, quote=True)


def _head(title: str) -> str:
    return (
        f'<!DOCTYPE html>\n<html lang="{language()}">\n<head>\n<meta charset="utf-8">\n'
        f'<meta http-equiv="Content-Security-Policy" content="{CSP}">\n'
        '<meta name="referrer" content="no-referrer">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{_e(title)}</title>\n<style>{CSS}</style>\n</head>\n<body>\n"
    )


def _navigation(previous: str | None, following: str | None) -> str:
    links = [f'<a href="../index.html">{_e(_label("contents"))}</a>']
    if previous is not None:
        links.append(f'<a href="{quote(previous)}">← {_e(_label("previous"))}</a>')
    if following is not None:
        links.append(f'<a href="{quote(following)}">{_e(_label("next"))} →</a>')
    return f'<p class="nav">{" ".join(links)}</p>\n'


def _rows(rows: Iterable[tuple[str, str]], css_class: str) -> str:
    cells = "".join(f"<tr><th>{_e(label)}</th><td>{value}</td></tr>\n" for label, value in rows)
    return f'<table class="{css_class}">\n{cells}</table>\n'


def _day(moment: datetime | None) -> str:
    return moment.strftime("%Y-%m-%d") if moment is not None else _label("undated")


def _index(
    source: ExportSource, title: str, items: list[ExportItem], conversations: list[_Conversation]
) -> str:
    dated, without = dating.own_dates(items)
    first, last = (dated[0].local_date, dated[-1].local_date) if dated else (None, None)
    span = f"{_day(first)} – {_day(last)}" if dated else _label("undated")
    facts = [
        (_label("compiled_by"), _e(header_text(source.compiled_by)) or "—"),
        (_label("exported_at"), source.exported_when),
        (_label("selection"), _e(header_text(say(source.selection.described)))),
        (_label("messages"), grouped(len(items))),
        (_label("date_range"), span),
    ]
    if without and dated:
        facts.append((_label("without_date"), grouped(without)))
    heads = ("number", "conversation", "messages", "senders", "first", "last")
    rows = []
    for index, conversation in enumerate(conversations, 1):
        members = [item for _, item in conversation.members]
        senders = list(dict.fromkeys(header_text(item.sender, max_chars=80) for item in members))
        shown = ", ".join(senders[:3]) + (", …" if len(senders) > 3 else "")
        rows.append(
            f'<tr><td class="number">{index}</td>'
            f'<td><a href="threads/{quote(conversation.page)}">{_e(conversation.subject)}</a></td>'
            f'<td class="count">{len(members)}</td><td>{_e(shown)}</td>'
            f'<td class="when">{_day(members[0].local_date)}</td>'
            f'<td class="when">{_day(members[-1].local_date)}</td></tr>\n'
        )
    header = "".join(f"<th>{_e(_label(name))}</th>" for name in heads)
    return (
        _head(title)
        + f"<h1>{_e(header_text(title))}</h1>\n"
        + _rows(facts, "facts")
        + f'<p class="evidence">{_e(_label("evidence"))}</p>\n'
        + f"<h2>{_e(_label('conversations'))}</h2>\n"
        + f'<table class="contents">\n<thead><tr>{header}</tr></thead>\n<tbody>\n'
        + "".join(rows)
        + "</tbody>\n</table>\n</body>\n</html>\n"
    )


def _message(
    source: ExportSource,
    folder: Path,
    number: int,
    item: ExportItem,
    original: str,
    tags: list[str] | None,
) -> str:
    """One message of a conversation page; writes its attachments on the way."""
    detail = source.detail(item.id)
    attachments = _write_attachments(source, folder / "attachments" / f"{number:04d}", detail)
    images = {info.content_id: path for info, path, shown in attachments if shown}
    pieces = [
        f'<article class="message" id="message-{number:04d}">\n',
        f"<h2>{number}. {_e(header_text(item.subject) or _label('no_subject'))}</h2>\n",
        _rows(_headers(detail), "headers"),
        f'<div class="body">{_body(detail, images)}</div>\n',
    ]
    if attachments:
        pieces.append(_attachment_list(attachments))
    for text in source.notes(item.id):
        pieces.append(
            f'<div class="user note"><h3>{_e(_label("note"))}</h3>'
            f'<div class="note-text">{_e(text.translate(_CONTROLS))}</div></div>\n'
        )
    if tags:
        shown = ", ".join(header_text(tag) for tag in tags)
        pieces.append(f'<div class="user tags"><h3>{_e(_label("tags"))}</h3>{_e(shown)}</div>\n')
    pieces.append(_original(item, original) + "</article>\n")
    return "".join(pieces)


def _original(item: ExportItem, original: str) -> str:
    """Where the original is, with its size and SHA-256 (an Outlook one: the .msg, then the
    .eml converted from it)."""
    if not item.is_converted:
        return (
            f'<p class="original">{_e(_label("original"))}: '
            f'<a href="../originals/{quote(original)}">{_e(original)}</a><br>'
            f'{_size(item.size_bytes)}, SHA-256 <code class="sha">{item.sha256}</code></p>\n'
        )
    outlook = outlook_name(original)
    return (
        f'<p class="original">{_e(_label("outlook_original"))}: '
        f'<a href="../originals/{quote(outlook)}">{_e(outlook)}</a><br>'
        f'{_size(item.size_bytes)}, SHA-256 <code class="sha">{item.sha256}</code><br>'
        f"{_e(_label('converted'))}: "
        f'<a href="../originals/{quote(original)}">{_e(original)}</a><br>'
        f'{_size(item.converted_size)}, SHA-256 <code class="sha">{item.converted_sha256}</code>'
        "</p>\n"
    )


def _headers(detail: MessageDetail) -> list[tuple[str, str]]:
    summary = detail.summary
    local = summary.local_date
    when = local.strftime("%Y-%m-%d %H:%M:%S %z") if local is not None else _label("undated")
    if local is not None and (note := dating.note(summary.date_source)):
        when += " " + note
    rows = [
        (_label("from"), summary.sender),
        (_label("to"), ", ".join(detail.to)),
        (_label("cc"), ", ".join(detail.cc)),
        (_label("bcc"), ", ".join(detail.bcc)),
        (_label("date"), when),
        (_label("subject"), summary.subject),
        (_label("message_id"), summary.message_id),
    ]
    shown = [(label, value) for label, value in rows if value or label == _label("to")]
    return [(label, _e(header_text(value, max_chars=10_000))) for label, value in shown]


def _size(size_bytes: int) -> str:
    in_bytes = _label("bytes").replace("%1", grouped(size_bytes))
    if size_bytes < 1024:
        return in_bytes
    unit, scaled = ("kib", size_bytes / 1024)
    if scaled >= 1024:
        unit, scaled = ("mib", scaled / 1024)
    return f"{_label(unit).replace('%1', decimal(scaled))} ({in_bytes})"


# Attachments ------------------------------------------------------------------------------
def _write_attachments(
    source: ExportSource, folder: Path, detail: MessageDetail
) -> list[tuple[AttachmentInfo, str, bool]]:
    """Each attachment under a safe name: (info, path from a thread page, shown inline)."""
    names, written = UniqueNames(), []
    for info in detail.attachments:
        data = source.attachment(detail.summary.id, info.position)
        name = names.take(*_attachment_name(info.filename))
        folder.mkdir(exist_ok=True)
        (folder / name).write_bytes(data)
        shown = bool(info.content_id) and inline_image_format(data) is not None
        written.append((info, f"../attachments/{folder.name}/{quote(name)}", shown))
    return written


def _attachment_name(filename: str) -> tuple[str, str]:
    """(stem, extension): ASCII, no dot runs, no device names; an attachment a browser
    would run or show as a page (HTML, SVG, script) gets ``.txt`` added."""
    stem, dot, extension = filename.rpartition(".")
    if not dot or not stem.strip(". "):
        stem, extension = filename, ""
    stem = _DOTS_AND_DASHES.sub("-", safe_part(stem, 60)).strip("-") or "attachment"
    extension = _DOTS_AND_DASHES.sub("", safe_part(extension, 10)).lower() or "bin"
    stem = not_a_device(stem)
    return stem, f".{extension}.txt" if extension in _ACTIVE_EXTENSIONS else f".{extension}"


def _attachment_list(attachments: list[tuple[AttachmentInfo, str, bool]]) -> str:
    rows = []
    for info, path, shown in attachments:
        name = header_text(info.filename) or _label("unnamed")
        inline = f" ({_e(_label('shown_above'))})" if shown else ""
        rows.append(
            f'<li><a href="{path}">{_e(name)}</a>{inline}<br>{_e(info.content_type)}, '
            f'{_size(info.size_bytes)}, SHA-256 <code class="sha">{info.sha256}</code></li>\n'
        )
    return f'<section class="attachments"><h3>{_e(_label("attachments"))}</h3>\n<ul>\n' + (
        "".join(rows) + "</ul>\n</section>\n"
    )


# Bodies -----------------------------------------------------------------------------------
def _body(detail: MessageDetail, images: Mapping[str, str]) -> str:
    """The sanitised HTML with links as text and ``cid:`` pictures from the files beside
    it; else the plain text."""
    if detail.html.strip():
        return _local_only(sanitise_html(detail.html), images)
    if detail.text.strip():
        return (
            f'<pre class="text">{html.escape(detail.text.translate(_CONTROLS), quote=False)}</pre>'
        )
    return f'<p class="empty">{_e(_label("no_text"))}</p>'


def _attributes(tag: str) -> dict[str, str]:
    return {name.lower(): html.unescape(value or "") for name, value in _ATTRIBUTE.findall(tag)}


def _local_only(sanitised: str, images: Mapping[str, str]) -> str:
    """Links become their text and the address beside it (a click on a tracking link would
    tell the sender who reads the export); pictures come only from the message's own files."""
    pieces: list[str] = []
    link: str | None = None  # the open link's address
    link_text: list[str] = []
    for token in _TOKENS.finditer(sanitised):
        text = token.group(0)
        tag = _TAG_NAME.match(text)
        if tag is None:
            text = "&lt;" if text == "<" else text
            link_text.append(text)
            pieces.append(text)
            continue
        is_closing, name = tag.group(1) == "/", tag.group(2).lower()
        if name == "a" and is_closing:
            if link is not None:
                pieces.append("</span>" + _shown_address(link, "".join(link_text)))
                link = None
        elif name == "a":
            if link is not None:  # never nested once parsed; closed all the same
                pieces.append("</span>" + _shown_address(link, "".join(link_text)))
            link, link_text = _attributes(text).get("href", ""), []
            pieces.append('<span class="link">')
        elif name == "img" and not is_closing:
            pieces.append(_image(_attributes(text), images))
        else:
            pieces.append(text)
    if link is not None:
        pieces.append("</span>")
    return "".join(pieces)


def _shown_address(address: str, escaped_text: str) -> str:
    shown = " ".join(html.unescape(escaped_text).replace("\u200b", "").split())
    bare = address.removeprefix("mailto:").split("?", 1)[0]
    if not address or shown in (address, bare, address.split("://", 1)[-1]):
        return ""
    return f' <span class="url">&lt;{_e(address)}&gt;</span>'


def _image(attributes: dict[str, str], images: Mapping[str, str]) -> str:
    source = attributes.get("src", "")
    content_id = unquote(source[4:]).strip().strip("<>") if source[:4].lower() == "cid:" else ""
    path = images.get(content_id) if content_id else None
    if path is None:
        alt = header_text(attributes.get("alt", "")) or _label("image")
        return f'<span class="missing">[{_e(alt)}]</span>'
    kept = "".join(
        f' {name}="{_e(attributes[name])}"' for name in _IMAGE_ATTRIBUTES if name in attributes
    )
    return f'<img src="{path}"{kept}>'
