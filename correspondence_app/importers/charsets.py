# SPDX-License-Identifier: GPL-3.0-or-later
"""Charset labels, robust text decoding and RFC 2047/2231 header words."""

from __future__ import annotations

import binascii
import codecs
import functools
import re
import urllib.parse

import charset_normalizer

# Labels mail software writes that Python does not know, or knows as a
# narrower codec than the one senders really used (WHATWG does the same).
_ALIASES = {
    "ks_c_5601-1987": "cp949",
    "ks_c_5601-1989": "cp949",
    "ks_c_5601": "cp949",
    "ksc5601": "cp949",
    "x-mac-cyrillic": "mac_cyrillic",
    "x-mac-ukrainian": "mac_cyrillic",
    "iso-8859-8-i": "iso8859_8",
    "iso-8859-8-e": "iso8859_8",
    "iso-8859-6-i": "iso8859_6",
    "iso-8859-6-e": "iso8859_6",
    "koi8-ru": "koi8_u",
    "unicode-1-1-utf-8": "utf-8",
    "x-unicode20utf8": "utf-8",
    "x-sjis": "cp932",
    "windows-31j": "cp932",
}
# Applied to Python's canonical codec name: prefer the superset actually in use.
_SUPERSETS = {
    "iso8859-1": "cp1252",
    "iso8859-9": "cp1254",
    "iso8859-11": "cp874",
    "tis-620": "cp874",
    "euc_kr": "cp949",
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "shift_jis": "cp932",
    "big5": "big5hkscs",
    "iso2022_jp": "iso2022_jp_ext",
}
# A label that says nothing about the bytes: decide from the bytes instead.
_NO_CHARSET = frozenset(
    {"", "x-unknown", "unknown", "unknown-8bit", "x-user-defined", "default", "none", "charset"}
)
# Codecs Python accepts that no mail could mean ("undefined" always fails); and
# "us-ascii" on 8-bit bytes is simply wrong, so the bytes decide there too.
_NOT_MAIL_CHARSETS = frozenset(
    {"ascii", "undefined", "idna", "punycode", "unicode-escape", "raw-unicode-escape", "mbcs"}
)
# utf-8 is tried before detection, so it is not among the candidates.
_CANDIDATES = ("cp1251", "koi8_r", "cp866", "iso8859_5", "cp1252", "iso8859_15", "latin_1")
# Asked only when none of the above fits: East Asian mail without a usable label.
_CJK_CANDIDATES = ("big5hkscs", "gb18030", "cp932", "euc_jp", "cp949")
_ISO2022 = ("iso2022_jp_ext", "iso2022_jp_2", "iso2022_kr")
_C1_CONTROLS = re.compile("[\x80-\x9f]")
_ENCODED_WORD = re.compile(r"=\?([^?\s]*+)\?([bBqQ])\?([^?]*+)\?=")
_FOLD_IN_WORD = re.compile(r"\r?\n[ \t]*")
_BASE64_WORD = re.compile(r"[A-Za-z0-9+/=]*")
_FOLD = re.compile(r"\r?\n(?=[ \t])")
_NEWLINES = re.compile(r"[\r\n]+")
_BASE64_JUNK = re.compile(rb"[^A-Za-z0-9+/=]+")
_PADDING = re.compile(rb"=+")
_SURROGATES = re.compile("[\ud800-\udfff]")


@functools.lru_cache(maxsize=256)
def codec_for(label: str) -> str | None:
    """Return the Python codec for a charset label, or None when the bytes must decide."""
    name = re.split(r"[\s;,]", label.strip().strip("\"'").lower(), maxsplit=1)[0]
    name = name.split("*", 1)[0].strip("\"'")  # RFC 2231 language suffix
    if name in _NO_CHARSET:
        return None
    name = _ALIASES.get(name, name)
    for candidate in (name, name.removeprefix("x-"), name.replace("-", "").replace("_", "")):
        try:
            info = codecs.lookup(candidate)
        except (LookupError, ValueError, TypeError):
            continue
        if not getattr(info, "_is_text_encoding", True) or info.name in _NOT_MAIL_CHARSETS:
            return None
        return _SUPERSETS.get(info.name, info.name)
    return None


@functools.lru_cache(maxsize=64)
def is_single_byte(codec: str) -> bool:
    """True for codecs mapping every byte to one character (where valid UTF-8 is suspicious)."""
    # UTF-8 and the 7-bit ISO-2022 codecs reject every high byte, one by one.
    text = bytes(range(0x80, 0x100)).decode(codec, "replace")
    return len(text) == 0x80 and text.count("\ufffd") < 0x20


def display_name(codec: str) -> str:
    """The charset name as mail headers spell it, for defect notes."""
    if codec.startswith("cp125"):
        return "windows-" + codec[2:]
    return codec.replace("_", "-")


def is_utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _ascii_compatible(codec: str | None, data: bytes) -> bool:
    if codec is None:
        return True
    if codec.startswith(("iso2022", "hz")):
        return b"\x1b" not in data and b"~{" not in data
    if codec.startswith("utf_7") or codec.startswith("utf-7"):
        return b"+" not in data
    return not codec.startswith(("utf_16", "utf-16", "utf_32", "utf-32"))


def detect_charset(data: bytes, declared: str | None = None) -> str | None:
    """Guess among the charsets our correspondents plausibly use; slow, so call it last."""
    candidates = list(_CANDIDATES)
    if declared and declared not in candidates and is_single_byte(declared):
        candidates.append(declared)
    sample = data[:65536]
    best = charset_normalizer.from_bytes(sample, cp_isolation=candidates).best()
    if best is None:
        best = charset_normalizer.from_bytes(sample, cp_isolation=list(_CJK_CANDIDATES)).best()
    return None if best is None else best.encoding


_HIGH_BYTES = bytes(range(0x80, 0x100))


def _mostly_utf8(data: bytes) -> str | None:
    """UTF-8 text with a few broken sequences (a cut multi-byte character, say)."""
    text = data.decode("utf-8", "replace")
    high = len(data) - len(data.translate(None, _HIGH_BYTES))
    return text if text.count("\ufffd") * 20 <= high else None


def _iso2022(data: bytes) -> str | None:
    """Decode 7-bit ISO-2022 text that arrived without a label (raw Japanese headers)."""
    for codec in _ISO2022:
        try:
            return data.decode(codec)
        except UnicodeDecodeError:
            continue
    return None


def storable(text: str) -> str:
    """text with lone surrogates replaced: what UTF-7, surrogate-escaped raw bytes or a PDF's
    text may hold, and no database or file can take."""
    return _SURROGATES.sub("\ufffd", text)


def decode_text(data: bytes, label: str | None) -> tuple[str, str]:
    """Decode bytes with their declared charset, or a better one; return (text, note).

    The note is "" when the label (or plain ASCII) was right, otherwise a short
    English sentence for the message's defects (it may quote the label).
    """
    text, note = _decode_text(data, label)
    return storable(text), storable(note)


def _decode_text(data: bytes, label: str | None) -> tuple[str, str]:
    codec = codec_for(label) if label else None
    if data.isascii() and _ascii_compatible(codec, data):
        if codec is None and b"\x1b" in data and (text := _iso2022(data)) is not None:
            return text, ""
        return data.decode("ascii"), ""
    declared = label.strip() if label else ""
    if codec is not None:
        single = is_single_byte(codec)
        # Valid UTF-8 under a single-byte label is the label's mistake, unless it
        # only yields C1 controls, which no one writes on purpose.
        if single and is_utf8(data) and not _C1_CONTROLS.search(utf8 := data.decode("utf-8")):
            return utf8, f"charset {declared} was really utf-8"
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            pass
        else:
            if not single or not _C1_CONTROLS.search(text):
                return text, ""
        if not single and codec != "utf-8":
            if is_utf8(data):
                return data.decode("utf-8"), f"charset {declared} was really utf-8"
            return data.decode(codec, "replace"), f"invalid {display_name(codec)} bytes replaced"
    elif is_utf8(data):
        return data.decode("utf-8"), ""
    if (text := _mostly_utf8(data)) is not None:
        return text, "invalid utf-8 bytes replaced"
    guessed = detect_charset(data, codec)
    if guessed is not None:
        return data.decode(guessed, "replace"), f"charset guessed: {display_name(guessed)}"
    return data.decode(codec or "utf-8", "replace"), "undecodable bytes replaced"


def decode_base64(data: bytes) -> bytes:
    """Decode base64 leniently: skip junk characters, repair padding, join padded chunks."""
    try:
        decoded = binascii.a2b_base64(data)
    except binascii.Error:
        pass
    else:
        # a2b_base64 silently stops at the first padding: look for data after it.
        pad = data.find(b"=")
        if pad < 0 or not data[pad:].strip(b"=\r\n\t "):
            return decoded
    chunks = []
    for chunk in _PADDING.split(_BASE64_JUNK.sub(b"", data)):
        extra = len(chunk) % 4
        if extra == 1:
            chunk = chunk[:-1]
        elif extra:
            chunk += b"=" * (4 - extra)
        if chunk:
            chunks.append(binascii.a2b_base64(chunk))
    return b"".join(chunks)


def unfold(value: str) -> str:
    """Undo header folding; stray line breaks become spaces."""
    return _NEWLINES.sub(" ", _FOLD.sub("", value))


def decode_words(value: str) -> str:
    """Decode RFC 2047 encoded words, tolerating the usual breakage.

    Words may lack surrounding spaces; whitespace between two words is dropped;
    adjacent words in the same charset are joined as bytes first, because
    senders split multi-byte characters across words.
    """
    if "=?" not in value:
        return value
    out: list[str] = []
    run_charset: str | None = None
    run = b""
    position = 0
    for match in _ENCODED_WORD.finditer(value):
        charset, kind, text = match.groups()
        data = _word_bytes(kind, text)
        gap = value[position : match.start()]
        position = match.end()
        if data is None or (gap and not (gap.isspace() and run_charset is not None)):
            if run_charset is not None:
                out.append(decode_text(run, run_charset)[0])
                run_charset = None
            out.append(gap)
        if data is None:
            out.append(match.group(0))
            continue
        charset = charset.split("*", 1)[0].lower()
        if charset == run_charset:
            run += data
            continue
        if run_charset is not None:
            out.append(decode_text(run, run_charset)[0])
        run_charset, run = charset, data
    if run_charset is not None:
        out.append(decode_text(run, run_charset)[0])
    out.append(value[position:])
    return "".join(out)


def _word_bytes(kind: str, text: str) -> bytes | None:
    # A word split by folding still decodes; a B word with foreign characters does not.
    text = _FOLD_IN_WORD.sub("", text)
    if kind in "bB":
        text = "".join(text.split())
        if not _BASE64_WORD.fullmatch(text):
            return None
        return decode_base64(text.encode("ascii"))
    return binascii.a2b_qp(text.encode("utf-8", "surrogateescape"), header=True)


def original_bytes(value: str) -> bytes:
    """The original bytes of text that the compat32 parser decoded with surrogateescape."""
    try:
        return value.encode("ascii", "surrogateescape")
    except UnicodeEncodeError:  # real characters, not escaped bytes: keep them as UTF-8
        return value.encode("utf-8", "surrogateescape")


def decode_raw(value: str, fallback: str | None = None) -> str:
    """Turn raw 8-bit header text into characters: UTF-8 first, then the message's charset."""
    if value.isascii():
        if "\x1b" in value:
            return _iso2022(value.encode("ascii")) or value
        return value
    data = original_bytes(value)
    if is_utf8(data):
        return data.decode("utf-8")
    return decode_text(data, fallback)[0]


def decode_header(value: str, fallback: str | None = None) -> str:
    """Decode 8-bit bytes and encoded words of a raw header value, then unfold it."""
    return unfold(decode_words(decode_raw(value, fallback)))


Param = str | tuple[str, bytes]  # plain text, or (charset, bytes) from RFC 2231
# Anchored at ";" and possessive, so hostile values cannot make matching quadratic.
_PARAM = re.compile(r';\s*+([^=\s;"]++)\s*+=\s*+("(?:[^"\\]++|\\.)*+"?|[^;]*+)')
_MAIN_VALUE = re.compile(r"\s*+([^\s;]*+)")
# Only \\ and \" are unescaped: Outlook writes Windows paths with bare backslashes.
_QUOTED_PAIR = re.compile(r'\\([\\"])')


def split_params(value: str) -> tuple[str, dict[str, Param]]:
    """Split a Content-Type or Content-Disposition value into its main value and parameters.

    Parameter names are lower-case; the first occurrence wins, RFC 2231 values
    (charset'language'%XX, continuations) win over plain ones. Values keep the raw
    8-bit bytes the parser surrogate-escaped; decode them with decode_param().
    """
    main = _MAIN_VALUE.match(value)
    rest = value[main.end() :] if main else value
    if not rest.lstrip().startswith(";"):  # "application/pdf name=x": the ";" was forgotten
        rest = ";" + rest
    params: dict[str, Param] = {}
    sections: dict[str, list[tuple[int, bool, str]]] = {}
    for match in _PARAM.finditer(rest):
        name, text = match.group(1).lower(), match.group(2).strip()
        if text.startswith('"'):
            text = _QUOTED_PAIR.sub(r"\1", text[1:-1] if text.endswith('"') else text[1:])
        base, star, section = name.partition("*")
        if star:
            number = section.rstrip("*")
            # int() refuses thousands of digits: a hostile section number sorts by its start.
            order = int(number[:9]) if number.isascii() and number.isdigit() else 0
            sections.setdefault(base, []).append(
                (order, section.endswith("*") or not section, text)
            )
        else:
            params.setdefault(name, text)
    for base, pieces in sections.items():
        pieces.sort(key=lambda piece: piece[0])
        charset = ""
        data = bytearray()
        for index, (_order, encoded, text) in enumerate(pieces):
            if encoded and index == 0 and text.count("'") >= 2:
                charset, _language, text = text.split("'", 2)
            if encoded:
                data += urllib.parse.unquote_to_bytes(original_bytes(text))
            else:
                data += original_bytes(text)
        params[base] = (charset, bytes(data))
    return (main.group(1) if main else "").lower(), params


def decode_param(value: Param, fallback: str | None = None) -> str:
    """Decode a parameter from split_params(): RFC 2231 bytes, 8-bit text or encoded words."""
    if isinstance(value, tuple):
        charset, data = value
        return decode_words(decode_text(data, charset or fallback)[0])
    return decode_header(value, fallback)
