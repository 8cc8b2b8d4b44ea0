# SPDX-License-Identifier: GPL-3.0-or-later
"""Query AST to SQL: one FTS5 ``MATCH`` for the words, plain SQL for dates and flags.

The words of the top-level AND go into a single MATCH expression, which also ranks
the results (bm25). What FTS5 cannot say (a date, ``lang:``,
an OR between a word and a date, a NOT standing alone) becomes a SQL condition on
``m`` (the ``messages`` table); words inside such a condition are looked up through
a sub-select on the index. Every value is a bound parameter; the SQL text only ever
holds names from this module.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time

from correspondence_app.search.normalise import (
    ATTACHMENT_KEY,
    TOKEN_RE,
    address_key,
    fold,
    place_key,
    query_terms,
)
from correspondence_app.search.query_parser import (
    And,
    DateRange,
    Field,
    Has,
    Lang,
    Node,
    Not,
    Or,
    Phrase,
    Query,
    Term,
)
from correspondence_app.storage.organise_tables import NOTES_FTS_TABLE, NoteScope
from correspondence_app.storage.tables import UtcDateTime
from correspondence_app.tagging.names import SEPARATOR, tag_key

FTS_TABLE = "messages_fts"
# Query field -> the index fields it looks in (each has a words and a _keys column).
FIELD_COLUMNS: dict[str, tuple[str, ...]] = {
    "from": ("sender",),
    "to": ("recipients", "cc"),
    "cc": ("cc",),
    "subject": ("subject",),
    "body": ("body",),
    "attachment": ("filenames", "attachments"),
    "filename": ("filenames",),
}
# bm25 weight of each field's words column (in FTS5 column order); its keys column (stems,
# other spellings) weighs half, so the word as written ranks above a relative. Called as a
# function, not through FTS5's configured rank: SQLite's own top-N sorter is a third faster.
# The rank that migration 0003 configured has the same weights; searches with conditions
# use it, since FTS5 sorts by it before any join.
FIELD_WEIGHTS = (4.0, 3.0, 1.5, 1.0, 1.0, 2.0, 0.5)
BM25 = "bm25({}, {})".format(
    FTS_TABLE, ", ".join(f"{weight}, {weight / 2}" for weight in FIELD_WEIGHTS)
)

# Query field -> the index fields whose keys hold its whole addresses.
ADDRESS_FIELDS: dict[str, tuple[str, ...]] = {
    "from": ("sender",),
    "to": ("recipients", "cc"),
    "cc": ("cc",),
}
_WHOLE_ADDRESS_RE = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")


@dataclass(frozen=True)
class SqlPlan:
    """``match``: the FTS5 expression that finds (and, with ``ranks``, ranks) the messages;
    ``where``: a condition on ``m`` (``"1"`` when there is none). Nothing to rank by (no
    match, or only keys such as ``has:attachment`` and whole addresses): newest first."""

    match: str | None
    where: str
    params: dict[str, object] = field(default_factory=dict)
    ranks: bool = True


class _Compiler:
    def __init__(self) -> None:
        self.params: dict[str, object] = {}

    def bind(self, value: object) -> str:
        name = f"p{len(self.params)}"
        self.params[name] = value
        return f":{name}"

    # FTS5 expressions ---------------------------------------------------------------------
    def fts(self, node: Node) -> str | None:
        """The node as a MATCH expression, or None if FTS5 cannot express it."""
        match node:
            case Term():
                return _term(node, None)
            case Phrase():
                return _phrase(node.words, None)
            case Field(name=name, value=Term() as value) if _whole_address(name, value):
                # One key, not the address's words in a row: exact, and no common word
                # ("example", "gmx") is read.
                keys = " ".join(f"{field}_keys" for field in ADDRESS_FIELDS[name])
                return "{" + keys + "}: " + _quote(address_key(value.text))
            case Has():
                return "{filenames_keys}: " + _quote(ATTACHMENT_KEY)
            case Field(name="folder", value=value):
                # A folder, mbox file or Gmail label in any case, with what is below it
                # ("Archiv" finds "Archiv/2019"): one key of the index.
                return "{filenames_keys}: " + _quote(place_key(_field_text(value)))
            case Field(name=name, value=value) if name in FIELD_COLUMNS:
                columns = FIELD_COLUMNS[name]
                if isinstance(value, Phrase):
                    return _phrase(value.words, columns)
                return _term(value, columns)
            case Or(children=children):
                parts = [self.fts(child) for child in children]
                if any(part is None for part in parts):
                    return None
                return "(" + " OR ".join(part for part in parts if part) + ")"
            case And(children=children):
                return self._fts_and(list(children))
            case _:
                return None

    def _fts_and(self, children: list[Node]) -> str | None:
        positive = [self.fts(child) for child in children if not isinstance(child, Not)]
        negative = [self.fts(child.child) for child in children if isinstance(child, Not)]
        if not positive or any(part is None for part in positive + negative):
            return None  # FTS5's NOT needs something on its left
        expression = "(" + " AND ".join(part for part in positive if part) + ")"
        if negative:  # "a NOT (b OR c)", not "(a NOT b) NOT c": FTS5's parser nests each NOT
            expression = f"({expression} NOT ({' OR '.join(part for part in negative if part)}))"
        return expression

    # SQL conditions on m -------------------------------------------------------------------
    def sql(self, node: Node) -> str:
        expression = self.fts(node)
        if expression is not None:
            return f"m.id IN (SELECT rowid FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH {self.bind(expression)})"  # noqa: E501, S608
        match node:
            case DateRange(start=start, end=end):
                parts = []
                if start is not None:
                    parts.append(f"m.date_at >= {self.bind(_stored(start))}")
                if end is not None:
                    parts.append(f"m.date_at < {self.bind(_stored(end))}")
                return " AND ".join(parts) or "m.date_at IS NOT NULL"
            case Lang(code=code):
                return f"m.language = {self.bind(code)}"
            case Field(name="tag", value=value):
                return self._tag(value)
            case Field(name="note", value=value):
                return self._note(value)
            case Not(child=child):
                return f"NOT ({self.sql(child)})"
            case And(children=children):
                return "(" + " AND ".join(self.sql(child) for child in children) + ")"
            case Or(children=children):
                return "(" + " OR ".join(self.sql(child) for child in children) + ")"
            case _:
                return "1"  # a word without letters or digits: no condition

    def _tag(self, value: Term | Phrase) -> str:
        """A tag and every tag nested below it (``tag:Behörden`` finds ``Behörden/AA``);
        ``tag:Beh*`` every tag whose name starts so."""
        key = tag_key(_field_text(value))
        if isinstance(value, Term) and value.prefix:
            chosen = f"substr(t.name_key, 1, {len(key)}) = {self.bind(key)}"
        else:
            nested = key + SEPARATOR
            chosen = (
                f"t.name_key = {self.bind(key)} "
                f"OR substr(t.name_key, 1, {len(nested)}) = {self.bind(nested)}"
            )
        return (
            "m.id IN (SELECT mt.message_id FROM message_tags mt JOIN tags t ON t.id = mt.tag_id "  # noqa: S608
            f"WHERE {chosen})"
        )

    def _note(self, value: Term | Phrase) -> str:
        """Messages with a matching note of their own, or in a thread with one."""
        expression = _phrase(value.words, None) if isinstance(value, Phrase) else _term(value, None)
        if expression is None:
            return "1"
        notes = (
            f"SELECT n.message_id FROM notes n WHERE n.scope = {{}} AND n.id IN "  # noqa: S608
            f"(SELECT rowid FROM {NOTES_FTS_TABLE} WHERE {NOTES_FTS_TABLE} MATCH "
            f"{self.bind(expression)})"
        )
        on_message = notes.format(self.bind(NoteScope.MESSAGE.value))
        on_thread = notes.format(self.bind(NoteScope.THREAD.value))
        return (
            f"(m.id IN ({on_message}) OR m.thread_id IN "  # noqa: S608
            f"(SELECT thread_id FROM messages WHERE id IN ({on_thread})))"
        )


def compile_query(query: Query) -> SqlPlan:
    if query.root is None:
        return SqlPlan(None, "1")
    compiler = _Compiler()
    children = list(query.root.children) if isinstance(query.root, And) else [query.root]
    ranked = [
        child
        for child in children
        if compiler.fts(child.child if isinstance(child, Not) else child) is not None
    ]
    match = compiler._fts_and(ranked) if ranked else None
    if match is not None:
        children = [child for child in children if child not in ranked]
    conditions = [compiler.sql(child) for child in children]
    ranks = any(not _is_key(child) for child in ranked if not isinstance(child, Not))
    return SqlPlan(match, " AND ".join(conditions) or "1", compiler.params, ranks=ranks)


def _is_key(node: Node) -> bool:
    """A condition the index answers with keys, which say nothing about relevance."""
    if isinstance(node, And | Or):
        return all(_is_key(child) for child in node.children)
    if isinstance(node, Field) and node.name == "folder":
        return True
    if isinstance(node, Field) and isinstance(node.value, Term):
        return _whole_address(node.name, node.value)
    return isinstance(node, Has)


def _term(term: Term, fields: tuple[str, ...] | None) -> str | None:
    tokens = TOKEN_RE.findall(term.text)
    if not tokens:
        return None
    if term.prefix:
        folded = [fold(token) for token in tokens]
        expression = " + ".join(_quote(token) for token in folded) + " *"
        return _columns(expression, fields, keys=False)
    if len(tokens) > 1:  # "e-mail", "anna@example.org": the parts in order
        return _phrase((term.text,), fields)
    alternatives = " OR ".join(_quote(alternative) for alternative in query_terms(tokens[0]))
    return _columns(f"({alternatives})", fields, keys=True)


def _phrase(words: tuple[str, ...], fields: tuple[str, ...] | None) -> str | None:
    tokens = [fold(token) for word in words for token in TOKEN_RE.findall(word)]
    if not tokens:
        return None
    return _columns(" + ".join(_quote(token) for token in tokens), fields, keys=False)


def _columns(expression: str, fields: tuple[str, ...] | None, *, keys: bool) -> str:
    if fields is None:
        return expression  # the words and the keys never share a token
    columns = [*fields, *(f"{name}_keys" for name in fields)] if keys else list(fields)
    return "{" + " ".join(columns) + "}: " + expression


def _whole_address(name: str, value: Term) -> bool:
    """``from:anna@example.org``: a whole address, not a part of one or a prefix."""
    whole = _WHOLE_ADDRESS_RE.fullmatch(value.text) is not None
    return name in ADDRESS_FIELDS and not value.prefix and whole


def _quote(token: str) -> str:
    return '"' + token.replace('"', '""') + '"'


def _field_text(value: Term | Phrase) -> str:
    return value.text if isinstance(value, Term) else " ".join(value.words)


def _stored(day: date) -> str:
    """A calendar day's start as the archive stores dates (naive UTC text)."""
    return UtcDateTime.stored(datetime.combine(day, time(), UTC))
