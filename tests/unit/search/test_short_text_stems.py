# SPDX-License-Identifier: GPL-3.0-or-later
"""Mail too short for its language to be told is stemmed as its script suggests."""

from __future__ import annotations

import pytest

from correspondence_app.domain.message import AddressRole, MailAddress
from correspondence_app.search.documents import SearchFields, index_row, message_language
from correspondence_app.search.normalise import (
    detect_language,
    index_terms,
    query_terms,
    stem_languages,
)


def matches(query: str, text: str, lang: str | None) -> bool:
    return bool(set(query_terms(query)) & set(index_terms(text, lang)))


@pytest.mark.parametrize(
    ("query", "text"),
    [
        ("Anträgen", "Anbei meine Anträge."),
        ("Antrag", "Die Anträge liegen bei Frau Müller."),
        ("application", "Both applications were sent."),
        ("applied", "She applies today."),
        ("Fragen", "Noch eine Frage, Monate später."),
        ("письмо", "Отправил письма вчера."),
        ("больница", "Я в больнице."),
    ],
)
def test_short_mail_is_stemmed_without_a_language(query: str, text: str) -> None:
    assert detect_language(text) is None  # too short to tell
    assert matches(query, text, None)


@pytest.mark.parametrize(
    ("query", "text", "lang"),
    [
        ("письмо", "Sie hat mir das письма gezeigt, sehr schön.", "de"),  # Russian in German
        ("letter", "Получил letters от Анны.", "ru"),  # English in Russian
    ],
)
def test_a_word_in_the_other_script_is_stemmed_as_its_script_suggests(
    query: str, text: str, lang: str
) -> None:
    assert matches(query, text, lang)


@pytest.mark.parametrize(
    ("query", "text"),
    [
        ("haus", "the house"),
        ("ums", "Es geht um alles"),  # English stem "um" is a German word
        ("Kiev", "Kyiv"),
        # Not "Michal" and "Michael": as in German text, the German stems meet.
    ],
)
def test_stems_without_a_language_do_not_reach_too_far(query: str, text: str) -> None:
    assert not matches(query, text, None)


def test_stem_languages_follow_the_text_then_the_script() -> None:
    assert stem_languages("Antrag", "de") == ("de",)
    assert stem_languages("Antrag", None) == ("de", "en")
    assert stem_languages("Antrag", "ru") == ("de", "en")
    assert stem_languages("письмо", None) == ("ru",)
    assert stem_languages("письмо", "en") == ("ru",)


def test_an_unknown_language_is_not_claimed_but_its_words_are_stemmed() -> None:
    fields = SearchFields.of(
        "Unterlagen",
        [(AddressRole.FROM, MailAddress("a@example.org", "Anna Weber"))],
        "Anbei meine Anträge.",
        [],
        [],
    )
    language = message_language(fields)
    assert language == ""  # lang:de does not find it
    row = index_row(fields, language)
    assert "2antrag" in row["body_keys"].split()
