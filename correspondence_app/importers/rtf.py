# SPDX-License-Identifier: GPL-3.0-or-later
"""The RTF body of an Outlook item as HTML or text.

Outlook often keeps an HTML mail only inside its RTF body ("encapsulated", [MS-OXRTFEX]):
the HTML is unwrapped from it here. Other RTF gives its visible words. One pass over the
tokens, without building a tree: a mailbox holds thousands of these.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass, replace

MAX_RTF_BYTES = 32 * 1024 * 1024
_TOKEN = re.compile(
    rb"\\([a-zA-Z]{1,32})(-?\d{1,10})? ?|\\'([0-9a-fA-F]{2})|\\(.)|([{}])|([\r\n]+)|([^\\{}\r\n]+)",
    re.DOTALL,
)
# Groups whose contents are not shown (fonts are read from theirs).
_HIDDEN = frozenset(
    {
        *(b"fonttbl", b"colortbl", b"stylesheet", b"info", b"pict", b"object", b"themedata"),
        *(b"colorschememapping", b"latentstyles", b"datastore", b"xmlnstbl", b"listtable"),
        *(b"listoverridetable", b"rsidtbl", b"generator", b"filetbl", b"revtbl", b"header"),
        *(b"footer", b"headerl", b"headerr", b"footerl", b"footerr", b"fldinst", b"pntext"),
        *(b"pntxta", b"pntxtb", b"shppict", b"nonshppict", b"mmathPr", b"userprops"),
    }
)
_CHARACTERS = {
    b"tab": "\t",
    b"cell": "\t",
    b"emdash": "\u2014",
    b"endash": "\u2013",
    b"bullet": "\u2022",
    b"lquote": "\u2018",
    b"rquote": "\u2019",
    b"ldblquote": "\u201c",
    b"rdblquote": "\u201d",
    b"emspace": " ",
    b"enspace": " ",
    b"qmspace": " ",
}
_SYMBOLS = {b"\\": "\\", b"{": "{", b"}": "}", b"~": "\u00a0", b"_": "-", b"\r": "\n", b"\n": "\n"}
# \fcharset values -> Windows code pages.
_FONT_CHARSETS = {
    128: 932,
    129: 949,
    130: 1361,
    134: 936,
    136: 950,
    161: 1253,
    162: 1254,
    163: 1258,
    177: 1255,
    178: 1256,
    186: 1257,
    204: 1251,
    222: 874,
    238: 1250,
}


@dataclass(frozen=True)
class _Group:
    hidden: bool = False  # not shown (a font table, a picture, an unknown destination)
    suppressed: bool = False  # between \htmlrtf and \htmlrtf0: RTF-only, not part of the HTML
    html_tag: bool = False  # inside {\*\htmltagN ...}: HTML source, always shown
    font_table: bool = False
    codec: str = "cp1252"
    skip_per_unicode: int = 1


def rtf_body(rtf: bytes) -> tuple[str, str]:
    """("html", html) or ("text", text) for an RTF body; ("", "") when it has no words."""
    rtf = rtf[:MAX_RTF_BYTES].rstrip(b"\x00")
    head = rtf[:4096]
    if b"\\fromhtml" in head:
        return "html", _walk(rtf, html=True)
    text = _walk(rtf, html=False)
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    text = "\n".join(line.rstrip() for line in lines).strip("\n")
    return ("text", text + "\n") if text.strip() else ("", "")


def _walk(rtf: bytes, *, html: bool) -> str:
    """The shown content: with html, the HTML of an encapsulated body (the htmltag groups
    and the text between them, without what \\htmlrtf marks as RTF-only)."""
    match = re.search(rb"\\ansicpg(\d{1,5})", rtf[:4096])
    default = _codec(int(match.group(1)) if match else 1252)
    fonts: dict[int, str] = {}
    font_defined, font_charset = -1, 0
    group = _Group(codec=default)
    stack: list[_Group] = []
    out: list[str] = []
    pending = bytearray()  # text and \'hh bytes, decoded together (Shift-JIS has two a letter)
    pending_codec = default
    skip = 0  # characters still to drop after \uN (its stand-in for older readers)
    position, end = 0, len(rtf)
    star = False  # the group began with \*: an optional destination

    def flush() -> None:
        if pending:
            out.append(pending.decode(pending_codec, "replace"))
            pending.clear()

    def shown() -> bool:
        return not group.hidden and (group.html_tag or not group.suppressed)

    while position < end:
        token = _TOKEN.match(rtf, position)
        if token is None:  # a lone backslash at the end
            break
        position = token.end()
        word, number, hex_byte, symbol, brace, newline, text = token.groups()
        if newline:
            continue  # line breaks in RTF source mean nothing
        if skip and (hex_byte or text):
            if text and len(text) > skip:
                text, skip = text[skip:], 0
            else:
                skip -= 1
                continue
        if brace == b"{":
            stack.append(group)
            star = False
            continue
        if brace == b"}":
            flush()
            if group.font_table and font_defined >= 0 and font_charset in _FONT_CHARSETS:
                fonts[font_defined] = _codec(_FONT_CHARSETS[font_charset])
            group = stack.pop() if stack else _Group(codec=default)
            star = False
            continue
        if symbol == b"*":
            star = True
            continue
        if word is not None:
            value = int(number) if number else None
            if star and word not in (b"htmltag",):
                group = replace(group, hidden=True)
            star = False
            if word == b"bin" and value:
                position += value  # raw binary data follows
            elif word == b"htmltag" and html:
                flush()
                group = replace(group, html_tag=True, hidden=False)
            elif word in _HIDDEN:
                group = replace(group, hidden=True, font_table=word == b"fonttbl")
            elif group.font_table and word == b"f" and value is not None:
                if font_defined >= 0 and font_charset in _FONT_CHARSETS:
                    fonts[font_defined] = _codec(_FONT_CHARSETS[font_charset])
                font_defined, font_charset = value, 0
            elif group.font_table and word == b"fcharset" and value is not None:
                font_charset = value
            elif word == b"htmlrtf":
                group = replace(group, suppressed=value != 0)
            elif word == b"f" and value is not None:
                group = replace(group, codec=fonts.get(value, default))
            elif word == b"uc" and value is not None:
                group = replace(group, skip_per_unicode=value)
            elif word == b"u" and value is not None:
                if shown():
                    flush()
                    out.append(chr(value % 65536))
                skip = group.skip_per_unicode
            elif word in (b"par", b"line") and shown():
                flush()
                out.append("\r\n" if html else "\n")
            elif word in (b"sect", b"page") and shown() and not html:
                flush()
                out.append("\n\n")
            elif word == b"row" and shown() and not html:
                flush()
                out.append("\n")
            elif word in _CHARACTERS and shown():
                flush()
                out.append(_CHARACTERS[word])
            continue
        star = False
        if not shown():
            continue
        if symbol is not None:
            flush()
            out.append(_SYMBOLS.get(symbol, ""))
            continue
        if group.codec != pending_codec:
            flush()
            pending_codec = group.codec
        pending.extend(bytes.fromhex(hex_byte.decode("ascii")) if hex_byte else text or b"")
    flush()
    return "".join(out)


def _codec(code_page: int) -> str:
    for name in (f"cp{code_page}", "cp1252"):
        try:
            return codecs.lookup(name).name
        except LookupError:
            continue
    return "latin-1"
