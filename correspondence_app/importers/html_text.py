# SPDX-License-Identifier: GPL-3.0-or-later
"""Readable text from an HTML body, for search and preview, in linear time."""

from __future__ import annotations

import re
from html.parser import HTMLParser


class _HtmlText(HTMLParser):
    """Collect readable text: skip invisible elements, break lines at block elements."""

    _HIDDEN = frozenset({"script", "style", "head", "title", "template"})
    _BLOCKS = frozenset(
        {
            *("address", "article", "aside", "blockquote", "caption", "center", "dd", "div"),
            *("dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "header", "hr"),
            *("h1", "h2", "h3", "h4", "h5", "h6", "li", "main", "nav", "ol", "p", "pre"),
            *("section", "table", "tbody", "tfoot", "thead", "tr", "ul"),
        }
    )

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.pieces: list[str] = []
        self._hidden = 0
        self._pre = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self._HIDDEN:
            self._hidden += 1
        elif tag == "body":
            self._hidden = 0  # an unclosed <head> must not hide the body
        elif tag == "br":
            self.pieces.append("\n")
        elif tag in self._BLOCKS:
            self.pieces.append("\n")
            self._pre += tag == "pre"
        elif tag in ("td", "th"):
            self.pieces.append(" ")

    def handle_endtag(self, tag: str) -> None:
        if tag in self._HIDDEN:
            self._hidden = max(0, self._hidden - 1)
        elif tag in self._BLOCKS:
            self.pieces.append("\n")
            if tag == "pre":
                self._pre = max(0, self._pre - 1)

    def handle_data(self, data: str) -> None:
        if not self._hidden:
            self.pieces.append(data if self._pre else data.replace("\n", " "))


_TAG = re.compile(r"<[^>]*>")
_BLANK_LINES = re.compile(r"\n{3,}")
_MARKUP = re.compile(r"</?[A-Za-z][^<>]*>|<[!?][^<>]*>|<")


def _escape_stray(match: re.Match[str]) -> str:
    return "&lt;" if match.group(0) == "<" else match.group(0)


def _closed_markup(html: str) -> str:
    """Escape every "<" that does not open a complete tag or comment.

    HTMLParser rescans to the end of the input for each unfinished construct, which
    makes "<a <a <a ..." quadratic (minutes for 100 KB); after this it is linear.
    """
    pieces: list[str] = []
    position = 0
    while (start := html.find("<!--", position)) >= 0:
        end = html.find("-->", start + 4)
        pieces.append(_MARKUP.sub(_escape_stray, html[position:start]))
        if end < 0:  # an unclosed comment hides the rest, as in browsers
            return "".join(pieces)
        pieces.append(html[start : end + 3])
        position = end + 3
    pieces.append(_MARKUP.sub(_escape_stray, html[position:]))
    return "".join(pieces)


def html_to_text(html: str) -> str:
    """Readable text from HTML for search and preview; nothing is fetched."""
    parser = _HtmlText()
    try:
        parser.feed(_closed_markup(html))
        parser.close()
        text = "".join(parser.pieces)
    except Exception:  # HTMLParser gives up on some hostile markup: strip tags instead
        text = _TAG.sub(" ", html)
    lines = (" ".join(line.split()) for line in text.split("\n"))
    return _BLANK_LINES.sub("\n\n", "\n".join(lines)).strip()
