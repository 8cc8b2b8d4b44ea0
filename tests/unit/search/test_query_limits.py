# SPDX-License-Identifier: GPL-3.0-or-later
"""Queries too long to run, and queries with nothing to search for, are syntax errors."""

from __future__ import annotations

import pytest

from correspondence_app.search.query_parser import (
    MAX_QUERY_CHARS,
    MAX_QUERY_TERMS,
    And,
    Field,
    Not,
    Or,
    Phrase,
    Query,
    QuerySyntaxError,
    Term,
    parse_query,
)
from correspondence_app.search.query_sql import compile_query


@pytest.mark.parametrize(
    "words",
    [
        [f"-w{i}" for i in range(1000)],  # the audit's query
        [f"w{i}" for i in range(MAX_QUERY_TERMS + 1)],
        [f"date:{2000 + i % 20}" for i in range(MAX_QUERY_TERMS + 1)],
        ['"a b"'] * (MAX_QUERY_TERMS + 1),
    ],
)
def test_a_query_of_too_many_words_is_too_long(words: list[str]) -> None:
    text = " OR ".join(words)
    with pytest.raises(QuerySyntaxError) as caught:
        parse_query(text)
    assert "the query is too long" in caught.value.message
    assert f"at most {MAX_QUERY_TERMS} words and conditions" in caught.value.message
    beyond = len(" OR ".join(words[:MAX_QUERY_TERMS])) + len(" OR ")  # the first word too many
    assert caught.value.position == beyond + words[MAX_QUERY_TERMS].startswith("-")


def test_a_query_of_too_many_characters_is_too_long() -> None:
    with pytest.raises(QuerySyntaxError) as caught:
        parse_query("a" * (MAX_QUERY_CHARS + 1))
    assert "the query is too long" in caught.value.message
    assert caught.value.position == MAX_QUERY_CHARS


def test_the_longest_query_parses() -> None:
    words = [f"w{i}" for i in range(MAX_QUERY_TERMS)]
    assert parse_query(" ".join(f"-{word}" for word in words)) == Query(
        And(tuple(Not(Term(word)) for word in words))
    )
    assert len(parse_query("a" * MAX_QUERY_CHARS).root.text) == MAX_QUERY_CHARS  # type: ignore[union-attr]


def test_negations_go_into_one_not() -> None:
    # FTS5 nests each NOT: a chain of a hundred overflowed its parser.
    plan = compile_query(parse_query("Antrag " + " ".join(f"-w{i}" for i in range(200))))
    assert plan.match is not None
    assert plan.match.count(" NOT ") == 1


@pytest.mark.parametrize(
    ("text", "position"),
    [
        ("😀", 0),
        ("'", 0),
        ("''", 0),
        ("\\", 0),
        ("...", 0),
        ('"!!"', 0),
        ("  --😀", 4),
        ("from:'", 0),
        ("subject:😀", 0),
        ('body:"?"', 0),
        ("note:§", 0),
        ("(' OR !) &", 1),
        ("-😀*", 1),
    ],
)
def test_a_query_without_a_letter_or_digit_is_an_error(text: str, position: int) -> None:
    with pytest.raises(QuerySyntaxError) as caught:
        parse_query(text)
    assert caught.value.message == (
        f"nothing to search for at character {position} (a word needs a letter or a digit)"
    )
    assert caught.value.position == position


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Müller & Sohn", And((Term("Müller"), Term("Sohn")))),
        ("Anna -😀", Term("Anna")),
        ("Anna OR '", Term("Anna")),
        ("(a OR -) b", "needs"),  # "-" alone is still a mistake
        ("-(-a OR '')", Term("a")),
        ('"Müller & Sohn"', Phrase(("Müller", "&", "Sohn"))),
        ("folder:😀", Field("folder", Term("😀"))),  # a folder's name may be anything
        ("tag:★ OR ?", Field("tag", Term("★"))),
        ("a OR (b c '')", Or((Term("a"), And((Term("b"), Term("c")))))),
        ("", None),  # the empty query still matches everything
    ],
)
def test_words_without_a_letter_or_digit_are_left_out(text: str, expected: object) -> None:
    if expected == "needs":
        with pytest.raises(QuerySyntaxError):
            parse_query(text)
        return
    assert parse_query(text) == Query(expected)  # type: ignore[arg-type]
