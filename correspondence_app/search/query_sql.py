# SPDX-License-Identifier: GPL-3.0-or-later
"""Query AST to SQL: one FTS5 ``MATCH`` for the words, plain SQL for dates and flags.

The words of the top-level AND go into a single MATCH expression, which also ranks
the results (bm25). What FTS5 cannot say (a date, ``has:``, ``lang:``, ``folder:``,
an OR between a word and a date, a NOT standing alone) becomes a SQL condition on
``m`` (the ``messages`` table); words inside such a condition are looked up through
a sub-select on the index. Every value is a bound parameter; the SQL text only ever
holds names from this module.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time

from correspondence_app.domain.message import AddressRole
from correspondence_app.search.normalise import TOKEN_RE, fold, query_terms
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
from correspondence_app.storage.tables import UtcDateTime

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
# function, not through FTS5's configured rank: SQLite's own top-N sorter is a third faster,
# and it ranks only the matches that pass the other conditions.
FIELD_WEIGHTS = (4.0, 3.0, 1.5, 1.0, 1.0, 2.0, 0.5)
BM25 = "bm25({}, {})".format(
    FTS_TABLE, ", ".join(f"{weight}, {weight / 2}" for weight in FIELD_WEIGHTS)
)

# Query field -> the headers a whole address is looked up in (by index, not by words).
FIELD_ROLES: dict[str, tuple[AddressRole, ...]] = {
    "from": (AddressRole.FROM, AddressRole.SENDER, AddressRole.REPLY_TO),
    "to": (AddressRole.TO, AddressRole.BCC, AddressRole.CC),
    "cc": (AddressRole.CC,),
}
_WHOLE_ADDRESS_RE = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")


@dataclass(frozen=True)
class SqlPlan:
    """``match``: the FTS5 expression that ranks (None: nothing to rank by);
    ``where``: a condition on ``m`` (``"1"`` when there is none)."""

    match: str | None
    where: str
    params: dict[str, object] = field(default_factory=dict)


class _Compiler:
    def __init__(self) -> None:
        self.params: dict[str, object] = {}
        # A whole address is looked up by the address tables' indexes when nothing else
        # is there to rank by; beside words, FTS5 intersects it with them faster.
        self.address_lookup = False

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
            case Field(name=name, value=Term() as value) if self.address_lookup and _whole_address(
                name, value
            ):
                return None  # an exact lookup by address: see sql()
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
        for part in negative:
            expression = f"({expression} NOT {part})"
        return expression

    def _folder(self, name: str) -> str:
        """A folder, mailbox file or Gmail label by its name in any case, with what is below it
        ("Archiv" finds "Archiv/2019"); by index."""
        name = name.strip("/")
        exact, below, above = self.bind(name), self.bind(name + "/"), self.bind(name + "0")
        label = self.bind('%"' + _like_escape(name) + '"%')
        nested_label = self.bind('%"' + _like_escape(name) + "/%")
        # Three lookups, each by its own index (an OR inside one would scan every source).
        sources = "m.id IN (SELECT message_id FROM message_sources WHERE "
        return (
            f"({sources}folder = {exact} COLLATE NOCASE) "
            f"OR {sources}folder >= {below} COLLATE NOCASE AND folder < {above} COLLATE NOCASE) "
            f"OR {sources}labels != '' AND (labels LIKE {label} ESCAPE '\\' "
            f"OR labels LIKE {nested_label} ESCAPE '\\')))"
        )

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
            case Field(name=name, value=Term() as value) if _whole_address(name, value):
                roles = ", ".join(str(int(role)) for role in FIELD_ROLES[name])
                address = self.bind(value.text.lower())
                return (
                    "m.id IN (SELECT message_id FROM message_addresses WHERE address_id = "  # noqa: S608
                    f"(SELECT id FROM addresses WHERE address = {address}) "
                    f"AND role IN ({roles}))"
                )
            case Has():
                return "m.attachment_count > 0"
            case Lang(code=code):
                return f"m.language = {self.bind(code)}"
            case Field(name="folder", value=value):
                return self._folder(_field_text(value))
            case Field(name="tag"):
                return "0"  # tags come with the tagging work; until then no message has one
            case Not(child=child):
                return f"NOT ({self.sql(child)})"
            case And(children=children):
                return "(" + " AND ".join(self.sql(child) for child in children) + ")"
            case Or(children=children):
                return "(" + " OR ".join(self.sql(child) for child in children) + ")"
            case _:
                return "1"  # a word without letters or digits: no condition


def compile_query(query: Query) -> SqlPlan:
    if query.root is None:
        return SqlPlan(None, "1")
    compiler = _Compiler()
    children = list(query.root.children) if isinstance(query.root, And) else [query.root]
    compiler.address_lookup = all(
        isinstance(child, Field)
        and isinstance(child.value, Term)
        and _whole_address(child.name, child.value)
        for child in children
        if not isinstance(child, Not) and compiler.fts(child) is not None
    )
    ranked = [
        child
        for child in children
        if compiler.fts(child.child if isinstance(child, Not) else child) is not None
    ]
    match = compiler._fts_and(ranked) if ranked else None
    if match is not None:
        children = [child for child in children if child not in ranked]
    conditions = [compiler.sql(child) for child in children]
    return SqlPlan(match, " AND ".join(conditions) or "1", compiler.params)


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
    return (
        name in FIELD_ROLES and not value.prefix and bool(_WHOLE_ADDRESS_RE.fullmatch(value.text))
    )


def _quote(token: str) -> str:
    return '"' + token.replace('"', '""') + '"'


def _field_text(value: Term | Phrase) -> str:
    return value.text if isinstance(value, Term) else " ".join(value.words)


def _like_escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _stored(day: date) -> str:
    """A calendar day's start as the archive stores dates (naive UTC text)."""
    return UtcDateTime.stored(datetime.combine(day, time(), UTC))
