# SPDX-License-Identifier: GPL-3.0-or-later
"""The search language: user text to a small AST, with errors that point at the mistake.

Grammar (keywords and field names are case-insensitive)::

    query    := or_expr?
    or_expr  := and_expr ("OR" and_expr)*          AND binds tighter than OR
    and_expr := unary (["AND"] unary)*              juxtaposition means AND
    unary    := ("-" | "NOT") unary | primary       "-" is glued to what it negates
    primary  := "(" or_expr ")" | '"' phrase '"' | field | word ["*"]
    field    := text_field ":" (word ["*"] | '"' phrase '"')
              | "has:attachment" | "lang:" ("de" | "en" | "ru")
              | "date:" (dates | [dates] ".." [dates]) | ("before:" | "after:") dates
    dates    := YYYY | YYYY-MM | YYYY-MM-DD
    text_field := from | to | cc | subject | body | attachment | filename | folder | tag | note

A word is anything up to whitespace, a parenthesis or a quote; inside quotes nothing
is special, so ``"or"`` finds the word "or". ``*`` may only end a word and makes it a
prefix. A word with a colon whose head is no field (``http://x``, ``12:30``) stays a
word, unless the head is letters close to a field name (``form:``): that is an error
suggesting the field. Dates are calendar ranges [start, end): ``date:2023-01`` is
January, ``date:2023-01..2023-03`` January to March, ``before:2023-05-01`` ends before
May 1st and ``after:2023-05`` starts on May 1st. Double negations cancel out. Error
positions are 0-based, in ``.position`` and in the message.

A word or phrase without a letter or digit (``&``, ``😀``, ``"!!"``) has nothing to search
for and is left out (``Müller & Sohn`` is ``Müller Sohn``); a query of nothing else is an
error, not a search for everything. The empty query matches everything. A query may hold
at most 256 words and conditions and 10,000 characters, far more than anyone types: the
database nests each condition, and would fail on a few hundred more.

Examples::

    Antrag Visum                      both words
    "Antrag auf" OR Antr*             a phrase, or a word starting with "Antr"
    from:anna tag:ministry -tag:answered date:2024-03
    (from:serg* OR cc:сергей) NOT has:attachment lang:ru after:2023-01-17
    subject:"Antrag auf" tag:Behörden/Auswärtiges date:..2023-03-31
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass
from datetime import date, timedelta
from enum import Enum

from correspondence_app.search.normalise import TOKEN_RE

TEXT_FIELDS = frozenset(
    {"from", "to", "cc", "subject", "body", "attachment", "filename", "folder", "tag", "note"}
)
DATE_FIELDS = frozenset({"date", "before", "after"})
LANGUAGES = ("de", "en", "ru")
_ALL_FIELDS = sorted(TEXT_FIELDS | DATE_FIELDS | {"has", "lang"})
_MAX_NESTING = 32  # deeper parentheses would exhaust the Python stack long before any use
MAX_QUERY_CHARS = 10_000
MAX_QUERY_TERMS = 256  # words, phrases and field conditions
# Fields whose value is searched for as words: without a letter or digit they find nothing.
_WORD_FIELDS = TEXT_FIELDS - {"folder", "tag"}
_DATE = re.compile(r"([0-9]{4})(?:-([0-9]{1,2})(?:-([0-9]{1,2}))?)?")


@dataclass(frozen=True)
class Term:
    text: str
    prefix: bool = False


@dataclass(frozen=True)
class Phrase:
    words: tuple[str, ...]


@dataclass(frozen=True)
class Field:
    name: str
    value: Term | Phrase


@dataclass(frozen=True)
class Has:
    what: str


@dataclass(frozen=True)
class Lang:
    code: str


@dataclass(frozen=True)
class DateRange:
    start: date | None
    end: date | None  # exclusive


@dataclass(frozen=True)
class Not:
    child: Node


@dataclass(frozen=True)
class And:
    children: tuple[Node, ...]


@dataclass(frozen=True)
class Or:
    children: tuple[Node, ...]


Node = Term | Phrase | Field | Has | Lang | DateRange | Not | And | Or


@dataclass(frozen=True)
class Query:
    root: Node | None  # None: the empty query, which matches everything


class QuerySyntaxError(Exception):
    """The query cannot be read; `position` is the 0-based offset of the mistake."""

    def __init__(self, message: str, position: int) -> None:
        super().__init__(message)
        self.message = message
        self.position = position


class _Kind(Enum):
    WORD = "word"
    PHRASE = "phrase"
    OPEN = "("
    CLOSE = ")"
    MINUS = "-"
    NOT = "NOT"
    AND = "AND"
    OR = "OR"
    END = "end"


@dataclass(frozen=True)
class _Token:
    kind: _Kind
    text: str  # a phrase's text is without its quotes
    start: int
    end: int


_STARTS_TERM = frozenset({_Kind.WORD, _Kind.PHRASE, _Kind.OPEN, _Kind.MINUS, _Kind.NOT})
_KEYWORDS = {"AND": _Kind.AND, "OR": _Kind.OR, "NOT": _Kind.NOT}


def parse_query(text: str) -> Query:
    """Parse user text; raise QuerySyntaxError saying where and what is wrong."""
    return _Parser(_tokenize(text)).parse()


def _tokenize(text: str) -> list[_Token]:
    if len(text) > MAX_QUERY_CHARS:
        message = (
            f"the query is too long at character {MAX_QUERY_CHARS} "
            f"(at most {MAX_QUERY_CHARS:,} characters)"
        )
        raise QuerySyntaxError(message, MAX_QUERY_CHARS)
    tokens: list[_Token] = []
    i = 0
    while i < len(text):
        char = text[i]
        if char.isspace():
            i += 1
        elif char in "()":
            tokens.append(_Token(_Kind.OPEN if char == "(" else _Kind.CLOSE, char, i, i + 1))
            i += 1
        elif char == '"':
            close = text.find('"', i + 1)
            if close == -1:
                raise QuerySyntaxError(f"unclosed quote starting at character {i}", i)
            tokens.append(_Token(_Kind.PHRASE, text[i + 1 : close], i, close + 1))
            i = close + 1
        elif char == "-":
            tokens.append(_Token(_Kind.MINUS, char, i, i + 1))
            i += 1
        else:
            end = i
            while end < len(text) and not text[end].isspace() and text[end] not in '()"':
                end += 1
            word = text[i:end]
            tokens.append(_Token(_KEYWORDS.get(word.upper(), _Kind.WORD), word, i, end))
            i = end
    terms = [token for token in tokens if token.kind in (_Kind.WORD, _Kind.PHRASE)]
    if len(terms) > MAX_QUERY_TERMS:
        at = terms[MAX_QUERY_TERMS].start
        message = (
            f"the query is too long at character {at} "
            f"(at most {MAX_QUERY_TERMS} words and conditions)"
        )
        raise QuerySyntaxError(message, at)
    tokens.append(_Token(_Kind.END, "", len(text), len(text)))
    return tokens


class _Parser:
    """Recursive descent over the tokens; each method names the grammar rule it reads."""

    def __init__(self, tokens: list[_Token]) -> None:
        self._tokens = tokens
        self._index = 0
        self._depth = 0
        self._wordless_at: int | None = None  # where the first word without letters was

    def parse(self) -> Query:
        if self._peek().kind is _Kind.END:
            return Query(None)
        root = self._or()
        if (token := self._peek()).kind is not _Kind.END:  # only a ")" stops _or early
            raise _unmatched(token)
        searched = _without_wordless(root)
        if searched is None:  # only words without letters or digits: not "everything"
            at = self._wordless_at or 0
            message = f"nothing to search for at character {at} (a word needs a letter or a digit)"
            raise QuerySyntaxError(message, at)
        return Query(searched)

    def _peek(self) -> _Token:
        return self._tokens[self._index]

    def _next(self) -> _Token:
        token = self._tokens[self._index]
        if token.kind is not _Kind.END:
            self._index += 1
        return token

    def _or(self) -> Node:
        children = [self._and()]
        while (keyword := self._peek()).kind is _Kind.OR:
            self._next()
            if self._peek().kind in (_Kind.CLOSE, _Kind.END):
                raise _needs_terms(keyword)
            children.append(self._and())
        return _combine(Or, children)

    def _and(self) -> Node:
        children = [self._unary()]
        while (token := self._peek()).kind in _STARTS_TERM or token.kind is _Kind.AND:
            if token.kind is _Kind.AND:
                self._next()
                if self._peek().kind in (_Kind.CLOSE, _Kind.END, _Kind.OR):
                    raise _needs_terms(token)
            children.append(self._unary())
        return _combine(And, children)

    def _unary(self) -> Node:
        negations = 0  # counted, not recursed: "------a" must not exhaust the stack
        while (token := self._peek()).kind in (_Kind.MINUS, _Kind.NOT):
            self._next()
            following = self._peek()
            glued = following.start == token.end or token.kind is _Kind.NOT
            if following.kind not in _STARTS_TERM or not glued:
                message = f'nothing to negate after "{token.text}" at character {token.start}'
                raise QuerySyntaxError(message, token.start)
            negations += 1
        node = self._primary()
        if negations % 2 == 0:
            return node
        return node.child if isinstance(node, Not) else Not(node)

    def _primary(self) -> Node:
        token = self._next()
        if token.kind in (_Kind.PHRASE, _Kind.WORD):
            node = _phrase(token) if token.kind is _Kind.PHRASE else self._word(token)
            if self._wordless_at is None and _is_wordless(node):
                self._wordless_at = token.start
            return node
        if token.kind is _Kind.OPEN:
            return self._group(token)
        if token.kind is _Kind.CLOSE:
            raise _unmatched(token)
        if token.kind in (_Kind.OR, _Kind.AND):
            raise _needs_terms(token)
        raise QuerySyntaxError(f"the query ends too early at character {token.start}", token.start)

    def _group(self, opening: _Token) -> Node:
        at = opening.start
        if self._depth >= _MAX_NESTING:
            raise QuerySyntaxError(f"too many nested parentheses at character {at}", at)
        if self._peek().kind is _Kind.CLOSE:
            raise QuerySyntaxError(f"empty parentheses at character {at}", at)
        if self._peek().kind is _Kind.END:
            raise QuerySyntaxError(f'unclosed "(" at character {at}', at)
        self._depth += 1
        node = self._or()
        self._depth -= 1
        if self._next().kind is not _Kind.CLOSE:  # _or stops only at ")" or at the end
            raise QuerySyntaxError(f'unclosed "(" at character {at}', at)
        return node

    def _word(self, token: _Token) -> Node:
        head, colon, value = token.text.partition(":")
        name = head.lower()
        if not colon or name not in _ALL_FIELDS:
            if colon and head.isalpha():
                _reject_mistyped_field(head, token.start)
            return _term(token.text, token.start)
        at = token.start + len(head) + 1
        following = self._peek()
        if not value:
            glued = following.start == token.end
            if name in TEXT_FIELDS and following.kind is _Kind.PHRASE and glued:
                return Field(name, _phrase(self._next()))
            message = f'"{head}:" at character {token.start} needs a value right after the colon'
            raise QuerySyntaxError(message, token.start)
        if name in TEXT_FIELDS:
            return Field(name, _term(value, at))
        if name == "has":
            if value.lower() != "attachment":
                message = f'unknown value "{value}" at character {at} (only has:attachment)'
                raise QuerySyntaxError(message, at)
            return Has("attachment")
        if name == "lang":
            if value.lower() not in LANGUAGES:
                message = f'unknown language "{value}" at character {at} (lang: takes de, en, ru)'
                raise QuerySyntaxError(message, at)
            return Lang(value.lower())
        return _dates(name, value, at)


def _reject_mistyped_field(head: str, at: int) -> None:
    guess = difflib.get_close_matches(head.lower(), _ALL_FIELDS, n=1, cutoff=0.7)
    if guess:
        message = f'unknown field "{head}:" at character {at} (did you mean {guess[0]}:?)'
        raise QuerySyntaxError(message, at)


def _unmatched(token: _Token) -> QuerySyntaxError:
    return QuerySyntaxError(f'unmatched ")" at character {token.start}', token.start)


def _needs_terms(keyword: _Token) -> QuerySyntaxError:
    message = f'"{keyword.text}" at character {keyword.start} needs a term on both sides'
    return QuerySyntaxError(message, keyword.start)


def _combine(kind: type[And] | type[Or], children: list[Node]) -> Node:
    flat: list[Node] = []
    for child in children:
        flat.extend(child.children if isinstance(child, kind) else (child,))
    return flat[0] if len(flat) == 1 else kind(tuple(flat))


def _is_wordless(node: Node) -> bool:
    """A word, phrase or field value that holds no letter or digit: nothing to look for."""
    if isinstance(node, Field):
        return node.name in _WORD_FIELDS and _is_wordless(node.value)
    if isinstance(node, Term):
        return TOKEN_RE.search(node.text) is None
    if isinstance(node, Phrase):
        return all(TOKEN_RE.search(word) is None for word in node.words)
    return False


def _without_wordless(node: Node) -> Node | None:
    """The query without its wordless words; None if nothing is left."""
    if isinstance(node, Not):
        child = _without_wordless(node.child)
        if child is None:
            return None
        return child.child if isinstance(child, Not) else Not(child)
    if isinstance(node, And | Or):
        kept = [child for child in map(_without_wordless, node.children) if child is not None]
        return _combine(type(node), kept) if kept else None
    return None if _is_wordless(node) else node


def _phrase(token: _Token) -> Phrase:
    words = tuple(token.text.split())
    if not words:
        raise QuerySyntaxError(f"empty quotes at character {token.start}", token.start)
    return Phrase(words)


def _term(word: str, at: int) -> Term:
    star = word.find("*")
    if star == -1:
        return Term(word)
    if star == 0:
        raise QuerySyntaxError(f'"*" at character {at} needs a word before it', at)
    if star < len(word) - 1:
        message = f'"*" at character {at + star} may only end a word'
        raise QuerySyntaxError(message, at + star)
    return Term(word[:-1], prefix=True)


def _dates(name: str, value: str, at: int) -> DateRange:
    if ".." not in value:
        first_day, end = _calendar_range(value, at)
        if name == "before":
            return DateRange(None, first_day)
        return DateRange(first_day, None) if name == "after" else DateRange(first_day, end)
    if name != "date":
        message = f'{name}: takes one date, not the range "{value}" at character {at}'
        raise QuerySyntaxError(message, at)
    first, _, last = value.partition("..")
    if not first and not last:
        raise QuerySyntaxError(f'date range ".." at character {at} needs a start or an end', at)
    start = _calendar_range(first, at)[0] if first else None
    end = _calendar_range(last, at + len(first) + 2)[1] if last else None
    if start is not None and end is not None and end <= start:
        message = f'date range "{value}" at character {at} ends before it starts'
        raise QuerySyntaxError(message, at)
    return DateRange(start, end)


def _calendar_range(value: str, at: int) -> tuple[date, date | None]:
    """The year, month or day `value` names, as [start, end); end None past year 9999."""
    match = _DATE.fullmatch(value)
    parts = [int(part) for part in match.groups() if part] if match else [0]  # year 0 is bad
    try:
        start = date(*parts, *[1] * (3 - len(parts)))
    except ValueError:  # no match, or a month or day the calendar lacks
        raise QuerySyntaxError(f'bad date "{value}" at character {at}', at) from None
    try:
        if len(parts) == 3:
            return start, start + timedelta(days=1)
        if len(parts) == 2:
            return start, date(start.year + start.month // 12, start.month % 12 + 1, 1)
        return start, date(start.year + 1, 1, 1)
    except (ValueError, OverflowError):  # the calendar ends at 9999-12-31
        return start, None
