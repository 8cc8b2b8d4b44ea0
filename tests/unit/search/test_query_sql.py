# SPDX-License-Identifier: GPL-3.0-or-later
"""Query AST to SQL: which parts FTS5 ranks, which become conditions, what is bound."""

from __future__ import annotations

import sqlcipher3

from correspondence_app.search.query_parser import parse_query
from correspondence_app.search.query_sql import compile_query


def test_words_and_fields_go_into_one_ranked_match() -> None:
    plan = compile_query(parse_query('Antrag from:sergej "Lange Straße"'))
    assert plan.match is not None
    assert plan.where == "1"
    assert '"antrag"' in plan.match
    assert '"2antrag"' in plan.match  # the stem, marked
    assert "{sender sender_keys}:" in plan.match
    assert '"lange" + "strasse"' in plan.match  # a phrase: plain words in order


def test_negated_words_stay_in_the_match_when_something_positive_is_there() -> None:
    plan = compile_query(parse_query("Anna -Sergej"))
    assert plan.match is not None
    assert " NOT " in plan.match
    assert plan.where == "1"


def test_what_fts_cannot_say_becomes_a_bound_condition() -> None:
    plan = compile_query(parse_query("Kiew OR date:2023-03 has:attachment lang:ru"))
    assert plan.match is None  # nothing left to rank by: newest first
    assert "MATCH :p0" in plan.where
    assert "m.date_at >= :p1" in plan.where
    assert "m.attachment_count > 0" in plan.where
    assert plan.params["p1"] == "2023-03-01 00:00:00.000000"
    assert plan.params["p2"] == "2023-04-01 00:00:00.000000"
    assert plan.params["p3"] == "ru"
    assert "2023" not in plan.where  # values are only bound
    assert "'ru'" not in plan.where


def test_a_whole_address_alone_is_looked_up_by_index_and_beside_words_stays_in_the_match() -> None:
    plan = compile_query(parse_query("from:Anna@Example.de"))
    assert plan.match is None
    assert "FROM addresses WHERE address = :p0" in plan.where
    assert "role IN (1, 6, 5)" in plan.where  # From, Sender, Reply-To
    assert plan.params == {"p0": "anna@example.de"}
    plan = compile_query(parse_query("to:anna@example.de -Kiew"))
    assert "role IN (2, 4, 3)" in plan.where  # to: looks in Cc as well
    assert "NOT (m.id IN" in plan.where
    plan = compile_query(parse_query("Antrag from:anna@example.de"))
    assert plan.where == "1"  # FTS5 intersects the two faster than an index would
    assert plan.match is not None
    assert '{sender}: "anna" + "example" + "de"' in plan.match
    assert compile_query(parse_query("from:anna")).match is not None  # a part of one


def test_a_standalone_not_and_an_empty_query() -> None:
    assert compile_query(parse_query("")).where == "1"
    plan = compile_query(parse_query("-Kiew"))
    assert plan.match is None
    assert plan.where.startswith("NOT (m.id IN")


def test_quotes_and_wildcards_in_user_text_cannot_escape() -> None:
    plan = compile_query(parse_query('folder:"100%_x\\"'))
    assert plan.params["p0"] == "100%_x\\"  # compared with =, where % and _ mean nothing
    assert plan.params["p3"] == '%"100\\%\\_x\\\\"%'  # a Gmail label, by LIKE
    plan = compile_query(parse_query('subject:"a"" OR b"'))
    assert plan.match is not None
    assert '"a"' in plan.match


def test_every_compiled_match_is_valid_fts5() -> None:
    connection = sqlcipher3.connect(":memory:")
    columns = ", ".join(
        f"{name}, {name}_keys"
        for name in ("subject", "sender", "recipients", "cc", "body", "filenames", "attachments")
    )
    connection.execute(f"CREATE VIRTUAL TABLE messages_fts USING fts5({columns})")
    for query in [
        "Antrag",
        "Antr*",
        "e-mail anna@example.org",
        '"one two" OR three',
        "(a OR b) -c -d",
        "to:anna cc:bob attachment:pdf filename:x.pdf subject:Hallo body:Welt",
        "Сергей OR Київ",
        "a NOT (b OR c)",
        'from:"Anna Weber"',
    ]:
        plan = compile_query(parse_query(query))
        assert plan.match is not None, query
        connection.execute(
            "SELECT rowid FROM messages_fts WHERE messages_fts MATCH ?", [plan.match]
        )
