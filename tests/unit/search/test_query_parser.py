# SPDX-License-Identifier: GPL-3.0-or-later
"""The search language: query text to AST, errors that point at the mistake, no crashes."""

from __future__ import annotations

import random
from datetime import date

import pytest

from correspondence_app.search.query_parser import (
    MAX_QUERY_TERMS,
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
    QuerySyntaxError,
    Term,
    parse_query,
)

a, b, c, d = Term("a"), Term("b"), Term("c"), Term("d")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", None),
        ("  \t ", None),
        ("Antrag", Term("Antrag")),
        ("a b", And((a, b))),
        ("a AND b", And((a, b))),
        ("a and b", And((a, b))),
        ("a OR b", Or((a, b))),
        ("a or b OR c", Or((a, b, c))),
        ("a b OR c", Or((And((a, b)), c))),
        ("a OR b c", Or((a, And((b, c))))),
        ("a (b OR c)", And((a, Or((b, c))))),
        ("(a OR b) (c OR d)", And((Or((a, b)), Or((c, d))))),
        ("a (b c) d", And((a, b, c, d))),
        ("(a OR (b OR (c OR d)))", Or((a, b, c, d))),
        ("((a))", a),
        ("(a (b OR (c -d)))", And((a, Or((b, And((c, Not(d)))))))),
        ("-a", Not(a)),
        ("NOT a", Not(a)),
        ("not a b", And((Not(a), b))),
        ("NOT a OR b", Or((Not(a), b))),
        ("-(a OR b) c", And((Not(Or((a, b))), c))),
        ("-a -b", And((Not(a), Not(b)))),
        ("--a", a),
        ("-(-a)", a),
        ("NOT -a", a),
        ("e-mail", Term("e-mail")),
        ('"exact phrase"', Phrase(("exact", "phrase"))),
        ('"  spaced   out "', Phrase(("spaced", "out"))),
        ('"or (not) a*"', Phrase(("or", "(not)", "a*"))),
        ('-"Antrag auf" Visum', And((Not(Phrase(("Antrag", "auf"))), Term("Visum")))),
        ('"Antrag auf" OR Antr*', Or((Phrase(("Antrag", "auf")), Term("Antr", prefix=True)))),
        ("Antr*", Term("Antr", prefix=True)),
        ("Ärger Straße", And((Term("Ärger"), Term("Straße")))),
        ("Привет OR мир*", Or((Term("Привет"), Term("мир", prefix=True)))),
        ("http://x.org 12:30 Re:", And((Term("http://x.org"), Term("12:30"), Term("Re:")))),
        ("from:anna", Field("from", Term("anna"))),
        ("FROM:Anna", Field("from", Term("Anna"))),
        ("from:serg*", Field("from", Term("serg", prefix=True))),
        ("to:anna@example.org", Field("to", Term("anna@example.org"))),
        ("cc:сергей", Field("cc", Term("сергей"))),
        ('subject:"Antrag auf"', Field("subject", Phrase(("Antrag", "auf")))),
        ("body:Visum", Field("body", Term("Visum"))),
        ("attachment:Pass*", Field("attachment", Term("Pass", prefix=True))),
        ("filename:scan.pdf", Field("filename", Term("scan.pdf"))),
        ("folder:INBOX/Sent", Field("folder", Term("INBOX/Sent"))),
        ("tag:Behörden/Auswärtiges", Field("tag", Term("Behörden/Auswärtiges"))),
        ("-tag:answered", Not(Field("tag", Term("answered")))),
        ("has:attachment", Has("attachment")),
        ("HAS:Attachment", Has("attachment")),
        ("lang:de", Lang("de")),
        ("lang:RU", Lang("ru")),
        ("lang:en", Lang("en")),
        ("date:2023", DateRange(date(2023, 1, 1), date(2024, 1, 1))),
        ("date:2023-12", DateRange(date(2023, 12, 1), date(2024, 1, 1))),
        ("date:2024-02", DateRange(date(2024, 2, 1), date(2024, 3, 1))),
        ("date:2023-01-17", DateRange(date(2023, 1, 17), date(2023, 1, 18))),
        ("date:2023-1-7", DateRange(date(2023, 1, 7), date(2023, 1, 8))),
        ("date:2023-01-01..2023-03-31", DateRange(date(2023, 1, 1), date(2023, 4, 1))),
        ("date:2023-01..2023-03", DateRange(date(2023, 1, 1), date(2023, 4, 1))),
        ("date:2023-01-17..2023-01-17", DateRange(date(2023, 1, 17), date(2023, 1, 18))),
        ("date:..2023-03-31", DateRange(None, date(2023, 4, 1))),
        ("date:2023-01..", DateRange(date(2023, 1, 1), None)),
        ("date:9999-12-31", DateRange(date(9999, 12, 31), None)),
        ("date:9999-12", DateRange(date(9999, 12, 1), None)),
        ("date:0001..9999", DateRange(date(1, 1, 1), None)),
        ("before:2023-05-01", DateRange(None, date(2023, 5, 1))),
        ("before:2023", DateRange(None, date(2023, 1, 1))),
        ("after:2023-05-01", DateRange(date(2023, 5, 1), None)),
        ("after:2023-05", DateRange(date(2023, 5, 1), None)),
        (
            "from:anna tag:ministry -tag:answered date:2024-03",
            And(
                (
                    Field("from", Term("anna")),
                    Field("tag", Term("ministry")),
                    Not(Field("tag", Term("answered"))),
                    DateRange(date(2024, 3, 1), date(2024, 4, 1)),
                )
            ),
        ),
        (
            "(from:serg* OR cc:сергей) NOT has:attachment lang:ru",
            And(
                (
                    Or((Field("from", Term("serg", prefix=True)), Field("cc", Term("сергей")))),
                    Not(Has("attachment")),
                    Lang("ru"),
                )
            ),
        ),
        ("-a -from:b", And((Not(a), Not(Field("from", b))))),
        ('from:"x"y', And((Field("from", Phrase(("x",))), Term("y")))),
    ],
)
def test_query_parses_to_ast(text: str, expected: Node | None) -> None:
    assert parse_query(text) == Query(expected)


@pytest.mark.parametrize(
    ("text", "message", "position"),
    [
        ('Antrag "auf', "unclosed quote starting at character 7", 7),
        ("-form:anna", 'unknown field "form:" at character 1 (did you mean from:?)', 1),
        ("subjet:Visum", "did you mean subject:?", 0),
        ("tags:x", "did you mean tag:?", 0),
        ("after:2023-13", 'bad date "2023-13" at character 6', 6),
        ("date:2023-02-30", 'bad date "2023-02-30"', 5),
        ("date:0000", 'bad date "0000"', 5),
        ("date:2023-00", 'bad date "2023-00"', 5),
        ("date:2023-01-00", 'bad date "2023-01-00"', 5),
        ("date:2023-001", 'bad date "2023-001"', 5),
        ("date:٢٠٢٣", 'bad date "٢٠٢٣"', 5),
        ("date:23", 'bad date "23"', 5),
        ("date:2023*", 'bad date "2023*"', 5),
        ("date:2023-01..2023-13", 'bad date "2023-13" at character 14', 14),
        ("date:2023-03..2023-01", "ends before it starts", 5),
        ("date:..", "needs a start or an end", 5),
        ("before:2023..2024", "before: takes one date, not the range", 7),
        ("has:attachments", 'unknown value "attachments" at character 4', 4),
        ('has:"attachment"', '"has:" at character 0 needs a value', 0),
        ("lang:fr", 'unknown language "fr" at character 5', 5),
        ("a from:", '"from:" at character 2 needs a value right after the colon', 2),
        ("from: anna", "needs a value", 0),
        ("from:(a)", "needs a value", 0),
        ("(a", 'unclosed "(" at character 0', 0),
        ("a (b (c)", 'unclosed "(" at character 2', 2),
        ("a)", 'unmatched ")" at character 1', 1),
        (") a", 'unmatched ")" at character 0', 0),
        ("a () b", "empty parentheses at character 2", 2),
        ("a OR", '"OR" at character 2 needs a term on both sides', 2),
        ("OR a", '"OR" at character 0', 0),
        ("a OR OR b", '"OR" at character 5', 5),
        ("(a OR) b", '"OR" at character 3', 3),
        ("a AND", '"AND" at character 2', 2),
        ("a NOT", 'nothing to negate after "NOT" at character 2', 2),
        ("NOT OR a", 'nothing to negate after "NOT"', 0),
        ("a - b", 'nothing to negate after "-" at character 2', 2),
        ("(a -)", 'nothing to negate after "-"', 3),
        ("*", '"*" at character 0 needs a word before it', 0),
        ("a*b", '"*" at character 1 may only end a word', 1),
        ("Antr**", '"*" at character 4 may only end a word', 4),
        ("from:*", '"*" at character 5 needs a word before it', 5),
        ('a ""', "empty quotes at character 2", 2),
        ("(" * 40 + "a" + ")" * 40, "too many nested parentheses", 32),
    ],
)
def test_bad_query_says_where_and_what(text: str, message: str, position: int) -> None:
    with pytest.raises(QuerySyntaxError) as caught:
        parse_query(text)
    assert message in str(caught.value)
    assert caught.value.position == position


FUZZ_PIECES = [
    *'"():-*',
    " ",
    " ",
    "..",
    "a",
    "Antr",
    "Ärger",
    "мир",
    "OR",
    "not",
    "AND",
    "from:",
    "form:",
    "tag:",
    "has:",
    "lang:",
    "date:",
    "before:",
    "2023",
    "-01",
    "-13",
    "12:30",
]


def error_position(text: str) -> int | None:
    """Where parsing `text` fails, None if it parses; any other exception escapes."""
    try:
        parse_query(text)
    except QuerySyntaxError as error:
        return error.position
    return None


def test_no_input_raises_anything_but_query_syntax_error() -> None:
    rng = random.Random(20240317)  # noqa: S311  reproducible fuzzing, no secrets
    for _ in range(2000):
        text = "".join(rng.choices(FUZZ_PIECES, k=rng.randint(0, 16)))
        position = error_position(text)
        assert position is None or 0 <= position < len(text), (text, position)


def test_long_chains_do_not_exhaust_the_stack() -> None:
    assert parse_query("-" * 5001 + "a") == Query(Not(a))
    longest = " OR ".join(["a"] * MAX_QUERY_TERMS)  # longer ones are refused: see test_query_limits
    assert parse_query(longest) == Query(Or(tuple([a] * MAX_QUERY_TERMS)))
