# SPDX-License-Identifier: GPL-3.0-or-later
"""Snippets: the passage around the first match, with every matched spelling marked."""

from __future__ import annotations

from correspondence_app.search.query_parser import parse_query
from correspondence_app.search.snippets import SNIPPET_CHARS, Highlighter

LONG_TEXT = (
    "Liebe Anna, " + "es gibt nichts Neues. " * 30 + "Die Anträge für Sergej sind "
    "abgeschickt, sagt Frau Müller. " + "Bis bald. " * 30
)


def test_snippet_starts_near_the_first_match_and_marks_each_spelling() -> None:
    snippet = Highlighter(parse_query("Antrag Сергей Mueller")).snippet(LONG_TEXT, "de")
    assert snippet is not None
    marked = snippet.marked()
    assert "[Anträge]" in marked
    assert "[Sergej]" in marked
    assert "[Müller]" in marked
    assert snippet.text.startswith("… ")
    assert snippet.text.endswith(" …")
    assert len(snippet.text) <= SNIPPET_CHARS + 4


def test_negated_words_and_folders_are_never_marked() -> None:
    highlighter = Highlighter(parse_query("Anna -Sergej folder:Neues"))
    snippet = highlighter.snippet(LONG_TEXT, "de")
    assert snippet is not None
    assert "[Anna]" in snippet.marked()
    assert "[Sergej]" not in snippet.marked()
    assert "[Neues]" not in snippet.marked()


def test_prefix_and_phrase_words_are_marked() -> None:
    snippet = Highlighter(parse_query('abgesch* "Frau Müller"')).snippet(LONG_TEXT, "de")
    assert snippet is not None
    assert "[abgeschickt]" in snippet.marked()
    assert "[Frau] [Müller]" in snippet.marked()


def test_no_match_gives_none_and_lead_gives_the_start() -> None:
    highlighter = Highlighter(parse_query("Visum"))
    assert highlighter.snippet(LONG_TEXT, "de") is None
    lead = highlighter.lead("Erste   Zeile\n\nzweite Zeile", "de")
    assert lead.text == "Erste Zeile zweite Zeile"  # whitespace collapsed
    assert lead.marks == ()
