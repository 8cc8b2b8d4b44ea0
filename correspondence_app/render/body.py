# SPDX-License-Identifier: GPL-3.0-or-later
"""Message bodies and header values made safe to show: no remote content, no injected lines."""

from __future__ import annotations

import enum
import html
import re
from collections import Counter
from dataclasses import dataclass
from typing import TYPE_CHECKING

import nh3

if TYPE_CHECKING:
    from collections.abc import Callable, Collection

MAX_HTML_CHARS = 2_000_000
MAX_WORD_CHARS = 1000  # Qt lays out an unbroken word in time growing with its square
# html5ever scans the open elements and the active formatting elements for many tags, so deep
# nesting or formatting reopened in every block costs quadratic time (100k nested divs: 30 s).
MAX_NESTING = 160
MAX_FORMATTING = 24  # formatting elements open at once (per table cell)
# Qt's layout time doubles with each level of tables around the text: the first limits the
# depth, the second the characters weighted by 2**depth (about two seconds of layout).
MAX_TABLE_NESTING = 12
TABLE_LAYOUT_BUDGET = 4_000_000
LINK_SCHEMES = frozenset({"http", "https", "mailto"})

_TAGS = frozenset(
    {
        *("a", "b", "big", "blockquote", "br", "caption", "center", "code", "dd", "div", "dl"),
        *("dt", "em", "font", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "i", "img", "li"),
        *("ol", "p", "pre", "s", "small", "span", "strike", "strong", "sub", "sup", "table"),
        *("tbody", "td", "tfoot", "th", "thead", "tr", "tt", "u", "ul"),
    }
)
# Dropped with everything inside; other unknown tags (form, link, meta, base...) lose the tag only.
_CLEAN_CONTENT_TAGS = frozenset(
    {
        *("script", "style", "title", "iframe", "object", "embed", "applet", "noscript"),
        *("noembed", "noframes", "template", "svg", "math", "textarea", "select"),
    }
)
_CELL_ATTRIBUTES = frozenset(
    {"bgcolor", "colspan", "height", "nowrap", "rowspan", "valign", "width"}
)
_ATTRIBUTES: dict[str, frozenset[str]] = {
    "*": frozenset({"align", "dir", "lang", "style"}),  # no "title": a tooltip could fake a link
    "a": frozenset({"href"}),
    "img": frozenset({"src", "alt", "width", "height", "border"}),
    "font": frozenset({"color", "face", "size"}),
    "table": frozenset({"bgcolor", "border", "cellpadding", "cellspacing", "width"}),
    "tr": frozenset({"bgcolor", "valign"}),
    "td": _CELL_ATTRIBUTES,
    "th": _CELL_ATTRIBUTES,
    "ol": frozenset({"start", "type"}),
    "li": frozenset({"value"}),
}
_STYLE_PROPERTIES = frozenset(
    {
        *("color", "background-color", "font", "font-family", "font-size", "font-style"),
        *("font-weight", "font-variant", "text-align", "text-decoration", "text-indent"),
        *("text-transform", "vertical-align", "white-space", "line-height", "letter-spacing"),
        *("margin", "margin-top", "margin-right", "margin-bottom", "margin-left", "padding"),
        *("padding-top", "padding-right", "padding-bottom", "padding-left", "width", "height"),
        *("border", "border-color", "border-style", "border-width", "border-collapse"),
    }
)
# The allowed properties take no url(); a style that still mentions one, or hides words
# behind escapes or comments, is dropped whole.
_UNSAFE_STYLE = re.compile(r"url\s*\(|image|@import|expression|\\|/\*", re.IGNORECASE)


def _scheme(url: str) -> str:
    head, colon, _ = url.strip().partition(":")
    return head.lower() if colon else ""


def _filter_attribute(tag: str, attribute: str, value: str) -> str | None:
    if attribute == "href":
        return value if _scheme(value) in LINK_SCHEMES else None
    if attribute == "src":  # only parts of the same message, never a fetch
        return value if tag == "img" and _scheme(value) == "cid" else None
    if attribute == "style" and _UNSAFE_STYLE.search(value):
        return None
    return value


_CLEANER = nh3.Cleaner(
    tags=_TAGS,
    clean_content_tags=_CLEAN_CONTENT_TAGS,
    attributes=_ATTRIBUTES,
    attribute_filter=_filter_attribute,
    link_rel="noopener noreferrer nofollow",
    url_schemes=LINK_SCHEMES | {"cid"},
    url_relative="deny",
    filter_style_properties=_STYLE_PROPERTIES,
)


def sanitise_html(html: str, *, max_chars: int = MAX_HTML_CHARS) -> str:
    """Formatting, web and mail links and ``cid:`` images; no scripts, style sheets or fetches.

    Longer input is cut at ``max_chars``; nesting past :data:`MAX_NESTING` (or tables past
    :data:`MAX_TABLE_NESTING`) is flattened and words past :data:`MAX_WORD_CHARS` get a
    break opportunity, so that neither the parser nor Qt takes minutes.
    """
    return _break_long_words(_CLEANER.clean(_limit_nesting(html[:max_chars])))


_IMAGE_SIGNATURES = (
    (b"\x89PNG\r\n\x1a\n", "PNG"),
    (b"\xff\xd8\xff", "JPEG"),
    (b"GIF87a", "GIF"),
    (b"GIF89a", "GIF"),
    (b"BM", "BMP"),
)


def inline_image_format(data: bytes) -> str | None:
    """PNG, JPEG, GIF, BMP or WEBP by the first bytes, else None: the formats worth decoding.

    Not SVG or PDF: those can name further files to load.
    """
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "WEBP"
    return next((name for magic, name in _IMAGE_SIGNATURES if data.startswith(magic)), None)


# Nesting ----------------------------------------------------------------------------------
_TOKEN = re.compile(r"<!--.*?(?:-->|\Z)|<(/?)([A-Za-z][^\s/>]*)[^>]*>?", re.DOTALL)
_VOID = frozenset(
    {
        *("area", "base", "basefont", "bgsound", "br", "col", "embed", "frame", "hr", "img"),
        *("image", "input", "keygen", "link", "meta", "param", "source", "track", "wbr"),
    }
)
_RAW_TEXT = {
    name: re.compile(rf"</{name}\b", re.IGNORECASE)
    for name in ("script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes")
}
_FORMATTING = frozenset(
    {*("a", "b", "big", "code", "em", "font", "i", "nobr", "s", "small", "strike", "strong", "tt")}
    | {"u"}
)
_CELLS = frozenset({"td", "th", "caption", "applet", "marquee", "object", "template"})
_TABLE_PARTS = frozenset({"caption", "colgroup", "tbody", "td", "tfoot", "th", "thead", "tr"})
_CLOSES_P = frozenset(
    {
        *("address", "article", "aside", "blockquote", "center", "details", "dialog", "dir"),
        *("div", "dl", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3"),
        *("h4", "h5", "h6", "header", "hgroup", "main", "menu", "nav", "ol", "p", "pre"),
        *("section", "summary", "table", "ul"),
    }
)
_IMPLIED_END: dict[str, frozenset[str]] = {
    "li": frozenset({"li", "p"}),
    "dt": frozenset({"dt", "dd", "p"}),
    "dd": frozenset({"dt", "dd", "p"}),
    "td": frozenset({"td", "th"}),
    "th": frozenset({"td", "th"}),
    "tr": frozenset({"tr", "td", "th"}),
    "option": frozenset({"option"}),
}
# Where only table parts belong: anything else the parser moves before the table, in time
# growing with the elements moved there before (200k <br> in a <table>: 7 s).
_TABLE_CONTEXT = frozenset({"table", "tbody", "thead", "tfoot", "tr"})
_TABLE_CONTENT = _TABLE_PARTS | {"col", "form", "input", "script", "style", "table", "template"}
_FLATTENED = {"td": " ", "th": " ", "tr": "<br>"}  # what keeps flattened cells and rows apart
_CELL_CHARS = 100  # Qt spends on a table cell about what it spends on 100 characters


class _NestingModel:
    """A rough model of the parser's open elements: errs towards counting too many."""

    def __init__(self, max_tables: int) -> None:
        self.max_tables = max_tables
        self.open: list[str] = []
        self.open_counts: Counter[str] = Counter()
        self.formatting: list[list[str]] = [[]]  # one list per table cell, as the parser's markers
        self.dropped: Counter[str] = Counter()

    def start(self, name: str) -> bool:
        """Whether to keep this start tag."""
        in_dropped_table = name in _TABLE_PARTS and self.dropped["table"] > 0
        if in_dropped_table or (self.is_in_table_context and name not in _TABLE_CONTENT):
            self.dropped[name] += name not in _VOID
            return False
        if name in _VOID or name in _RAW_TEXT:
            return True
        ended = _IMPLIED_END.get(name) or (frozenset({"p"}) if name in _CLOSES_P else None)
        if ended:
            self._end_implied(ended)
        active = self.formatting[-1]
        too_many = (
            len(self.open) >= MAX_NESTING
            or (name in _FORMATTING and len(active) >= MAX_FORMATTING)
            or (name == "table" and self.open_counts[name] >= self.max_tables)
        )
        if too_many:
            self.dropped[name] += 1
            return False
        if name in _FORMATTING:
            active.append(name)
        elif name in _CELLS:
            self.formatting.append([])
        self.open.append(name)
        self.open_counts[name] += 1
        return True

    @property
    def is_in_table_context(self) -> bool:
        return bool(self.open) and self.open[-1] in _TABLE_CONTEXT

    def end(self, name: str) -> bool:
        """Whether to keep this end tag: not if its start tag was dropped."""
        if self.dropped[name]:
            self.dropped[name] -= 1
            return False
        active = self.formatting[-1]
        if name in active:
            del active[len(active) - 1 - active[::-1].index(name)]
        if self.open_counts[name]:
            self._pop_to(name)
        return True

    def _end_implied(self, names: frozenset[str]) -> None:
        """A new paragraph, item or cell ends the one open just above (through formatting)."""
        target = None
        for index in range(len(self.open) - 1, max(-1, len(self.open) - 9), -1):
            if self.open[index] in names:
                target = index
            elif self.open[index] not in _FORMATTING:
                break
        if target is not None:
            self._pop_to(self.open[target], target)

    def _pop_to(self, name: str, index: int | None = None) -> None:
        while self.open:
            popped = self.open.pop()
            self.open_counts[popped] -= 1
            if popped in _CELLS and len(self.formatting) > 1:
                self.formatting.pop()
            if (popped == name and index is None) or len(self.open) == index:
                return


def _flatten(html: str, max_tables: int) -> tuple[str, list[int]]:
    """Drop start tags that nest too deep, and their end tags, in linear time.

    Also weighs the text kept at each depth of tables (cells count too), for _limit_nesting.
    """
    model = _NestingModel(max_tables)
    pieces: list[str] = []
    weight_by_tables = [0] * (max_tables + 1)
    copied = 0  # html[:copied] is in pieces, or was dropped
    position = 0
    while (match := _TOKEN.search(html, position)) is not None:
        level = min(model.open_counts["table"], max_tables)
        weight_by_tables[level] += match.start() - position
        position = match.end()
        closing, name = match.group(1, 2)
        if name is None:  # a comment
            continue
        name = name.lower()
        if not (model.end(name) if closing else model.start(name)):
            kept = "" if closing or model.is_in_table_context else _FLATTENED.get(name, "")
            pieces.append(html[copied : match.start()])
            pieces.append(kept)
            weight_by_tables[level] += len(kept)
            copied = position
        elif not closing and name in ("td", "th"):
            weight_by_tables[level] += _CELL_CHARS
        elif not closing and name in _RAW_TEXT:
            end = _RAW_TEXT[name].search(html, position)
            position = end.start() if end else len(html)
    weight_by_tables[min(model.open_counts["table"], max_tables)] += len(html) - position
    pieces.append(html[copied:])
    return "".join(pieces), weight_by_tables


def _limit_nesting(html: str) -> str:
    """Nesting the parser and Qt handle quickly: fewer levels of tables for a larger message.

    Qt lays out a table's content again for each table around it, so a character inside
    tables costs twice as much with each level.
    """
    flattened, weight_by_tables = _flatten(html, MAX_TABLE_NESTING)
    for max_tables in range(MAX_TABLE_NESTING, -1, -1):
        cost = sum(
            weight << min(level, max_tables) for level, weight in enumerate(weight_by_tables)
        )
        if cost <= TABLE_LAYOUT_BUDGET:
            break
    return flattened if max_tables == MAX_TABLE_NESTING else _flatten(html, max_tables)[0]


# Plain text -------------------------------------------------------------------------------
class BlockKind(enum.Enum):
    TEXT = "text"
    QUOTE = "quote"


@dataclass(frozen=True)
class Block:
    """Consecutive lines of a plain text body: the writer's own, or quoted (with attribution)."""

    kind: BlockKind
    lines: tuple[str, ...]

    @property
    def quoted_line_count(self) -> int:
        return sum(line.startswith(">") for line in self.lines)


# "On Mon, 3 Mar 2024, Anna <anna@example.org> wrote:", "Am 03.03.2024 schrieb Anna:",
# "03.03.2024 10:00, Анна пишет:", "Анна написал(а):"
_ATTRIBUTION = re.compile(
    r"(?:On\s.*\swrote|Am\s.*\sschrieb\b.*|.*\s(?:пишет|написала?|написал\(а\)))\s*:\s*",
    re.IGNORECASE,
)
_MAX_ATTRIBUTION_CHARS = 400


def _is_attribution(line: str) -> bool:
    line = line.strip()
    return len(line) <= _MAX_ATTRIBUTION_CHARS and _ATTRIBUTION.fullmatch(line) is not None


def _attribution_start(lines: list[str]) -> int:
    """Where the "... wrote:" line(s) just before a quote start, or len(lines) if none."""
    end = len(lines)
    if end and not lines[end - 1].strip():  # one blank line may separate it from the quote
        end -= 1
    if end >= 1 and _is_attribution(lines[end - 1]):
        return end - 1
    if end >= 2 and lines[end - 2].strip() and _is_attribution(" ".join(lines[end - 2 : end])):
        return end - 2  # wrapped by the writer's mail program
    return len(lines)


def fold_quotes(text: str) -> list[Block]:
    """The body as text and quote blocks; blank lines between quoted lines stay in the quote."""
    lines = text.splitlines()
    blocks: list[Block] = []
    own: list[str] = []
    index = 0
    while index < len(lines):
        if not lines[index].startswith(">"):
            own.append(lines[index])
            index += 1
            continue
        end = index
        while end < len(lines):
            after_blank = end
            while after_blank < len(lines) and not lines[after_blank].strip():
                after_blank += 1
            if after_blank == len(lines) or not lines[after_blank].startswith(">"):
                break
            end = after_blank + 1
        start = _attribution_start(own)
        quote = own[start:] + lines[index:end]
        del own[start:]
        if own:
            blocks.append(Block(BlockKind.TEXT, tuple(own)))
            own = []
        blocks.append(Block(BlockKind.QUOTE, tuple(quote)))
        index = end
    if own:
        blocks.append(Block(BlockKind.TEXT, tuple(own)))
    return blocks


_LINK = re.compile(r"(?:https?://|mailto:)[^\s<>\"]+", re.IGNORECASE)
_TRAILING = ".,;:!?'\"*_"
_CONTROLS = dict.fromkeys([*range(0x09), *range(0x0A, 0x20), 0x7F])  # all but tab


def _link_end(url: str) -> int:
    """Trailing punctuation ends the sentence, not the link; a ")" only if it closes nothing."""
    end = len(url)
    while end:
        last = url[end - 1]
        if last in _TRAILING or (last == ")" and url.count("(", 0, end) < url.count(")", 0, end)):
            end -= 1
        else:
            break
    return end


def _line_html(line: str) -> str:
    line = line.translate(_CONTROLS)
    pieces: list[str] = []
    position = 0
    for match in _LINK.finditer(line):
        url = match.group(0)[: _link_end(match.group(0))]
        if len(url) <= len(url.partition(":")[0]) + 3:  # "https://" alone
            continue
        pieces.append(html.escape(line[position : match.start()], quote=False))
        pieces.append(f'<a href="{html.escape(url)}">{html.escape(url, quote=False)}</a>')
        position = match.start() + len(url)
    pieces.append(html.escape(line[position:], quote=False))
    return "".join(pieces)


def _english_summary(quoted_lines: int) -> str:
    return f"{quoted_lines} quoted line" if quoted_lines == 1 else f"{quoted_lines} quoted lines"


def plain_text_to_html(
    text: str,
    *,
    expanded: Collection[int] = (),
    quote_summary: Callable[[int], str] = _english_summary,
) -> str:
    """Escaped text with web and mail links; quote blocks fold into a ``quote:N`` link.

    N is the block's index in :func:`fold_quotes`; blocks in ``expanded`` are shown whole.
    ``quote_summary`` words the link from the number of quoted lines (the GUI translates it).
    """
    pieces: list[str] = []
    for index, block in enumerate(fold_quotes(text)):
        if block.kind is BlockKind.QUOTE:
            is_open = index in expanded
            arrow = "▾" if is_open else "▸"
            summary = html.escape(quote_summary(block.quoted_line_count), quote=False)
            pieces.append(f'<a href="quote:{index}">{arrow} {summary}</a>')
            if not is_open:
                continue
        pieces.extend(_line_html(line) for line in block.lines)
    body = "\n".join(pieces)
    return _break_long_words(f'<pre style="white-space: pre-wrap">{body}</pre>')


# Long words -------------------------------------------------------------------------------
# A tag of serialised HTML (attribute values double-quoted, no "<" in text), or text.
_SERIALISED = re.compile(r'<[^>"]*(?:"[^"]*"[^>"]*)*>|[^<]+|<')
_TAG_NAME = re.compile(r"</?([A-Za-z0-9]+)")
_LINE_BREAKING = _CLOSES_P | _TABLE_PARTS | {"br", "dd", "dt", "li"}
_WORD = re.compile(r"\S+")
_ZERO_WIDTH_SPACE = "\u200b"


def _break_word(word: str, carried: int) -> str:
    """The word with a zero width space every MAX_WORD_CHARS, never inside an entity."""
    pieces: list[str] = []
    start = 0
    end = max(0, MAX_WORD_CHARS - carried)
    while end < len(word):
        entity = word.rfind("&", max(start, end - 10), end)
        if entity > start and word.find(";", entity, end) < 0:
            end = entity
        pieces.append(word[start:end])
        start, end = end, end + MAX_WORD_CHARS
    pieces.append(word[start:])
    return _ZERO_WIDTH_SPACE.join(pieces)


def _break_text(text: str, run: int) -> tuple[str, int]:
    """The text with long words broken, and the run of visible characters it ends with."""
    words = text.split()
    if not words:
        return text, 0 if text else run
    carried = 0 if text[0].isspace() else run  # the first word continues the run before it
    if len(words[0]) + carried >= MAX_WORD_CHARS or max(map(len, words)) >= MAX_WORD_CHARS:

        def replace(word: re.Match[str]) -> str:
            before = carried if word.start() == 0 else 0
            too_long = len(word.group(0)) + before >= MAX_WORD_CHARS
            return _break_word(word.group(0), before) if too_long else word.group(0)

        text = _WORD.sub(replace, text)
        words = text.split()
    if text[-1].isspace():
        return text, 0
    tail = words[-1].rpartition(_ZERO_WIDTH_SPACE)[2]
    return text, len(tail) + (carried if len(words) == 1 and tail == words[0] else 0)


def _break_long_words(serialised: str) -> str:
    """Break opportunities in runs of visible text longer than MAX_WORD_CHARS, across tags."""
    pieces: list[str] = []
    run = 0  # visible characters since the last whitespace or block boundary
    for token in _SERIALISED.finditer(serialised):
        text = token.group(0)
        if text.startswith("<"):
            name = _TAG_NAME.match(text)
            if name and name.group(1).lower() in _LINE_BREAKING:
                run = 0
        else:
            text, run = _break_text(text, run)
        pieces.append(text)
    return "".join(pieces)


# Headers ----------------------------------------------------------------------------------
# Controls that are not whitespace, and the bidirectional marks that could reorder a label.
_INVISIBLE = re.compile(
    "[\x00-\x08\x0e-\x1b\x7f-\x84\x86-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]"
)


def header_text(value: str, *, max_chars: int = 1000) -> str:
    """One line of plain text for a label: line breaks become spaces, controls go."""
    line = " ".join(_INVISIBLE.sub("", value).split())
    return line if len(line) <= max_chars else line[: max_chars - 1] + "…"
