# SPDX-License-Identifier: GPL-3.0-or-later
"""Query AST to SQL: which parts FTS5 ranks, which become conditions, what is bound."""

from __future__ import annotations

import sqlcipher3

from correspondence_app.search.normalise import address_key, place_key
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
    assert plan.params["p1"] == "2023-03-01 00:00:00.000000"
    assert plan.params["p2"] == "2023-04-01 00:00:00.000000"
    assert plan.params["p3"] == '{filenames_keys}: "5attachment"'  # by the index
    assert plan.params["p4"] == "ru"
    assert "2023" not in plan.where  # values are only bound
    assert "'ru'" not in plan.where


def test_whole_addresses_and_attachments_are_keys_of_the_index() -> None:
    plan = compile_query(parse_query("from:Anna@Example.de"))
    key = address_key("anna@example.de")
    assert plan.match == '({sender_keys}: "' + key + '")'
    assert not plan.ranks  # a key says nothing about relevance: newest first
    assert key.startswith("4")
    assert len(key) == 17
    plan = compile_query(parse_query("to:anna@example.de has:attachment"))
    assert plan.match is not None
    assert "{recipients_keys cc_keys}:" in plan.match  # to: looks in Cc as well
    assert '{filenames_keys}: "5attachment"' in plan.match
    assert not plan.ranks
    plan = compile_query(parse_query("Antrag from:anna@example.de"))
    assert plan.where == "1"
    assert plan.ranks  # the word ranks, the address narrows
    part = compile_query(parse_query("from:anna")).match  # a part of an address is words
    assert part is not None
    assert part.startswith('({sender sender_keys}: ("anna" OR')


def test_a_standalone_not_and_an_empty_query() -> None:
    assert compile_query(parse_query("")).where == "1"
    plan = compile_query(parse_query("-Kiew"))
    assert plan.match is None
    assert plan.where.startswith("NOT (m.id IN")


def test_quotes_and_wildcards_in_user_text_cannot_escape() -> None:
    plan = compile_query(parse_query('folder:"100%_x\\" OR folder:Archiv'))
    # A folder is a key of the index: its name, whatever it holds, never reaches the SQL.
    assert plan.match == (
        f'(({{filenames_keys}}: "{place_key("100%_x\\")}" '
        f'OR {{filenames_keys}}: "{place_key("archiv")}"))'
    )
    assert not plan.ranks
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
