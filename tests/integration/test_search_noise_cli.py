# SPDX-License-Identifier: GPL-3.0-or-later
"""Search end to end: no noise across alphabets, stems for short mail, queries too long
or without a word, and the index rebuilt after an upgrade."""

from __future__ import annotations

from email.message import EmailMessage
from typing import TYPE_CHECKING, Any

import pytest

from correspondence_app.search.query_parser import MAX_QUERY_TERMS
from correspondence_app.services import Archive
from correspondence_app.storage import search_index
from tests.conftest import PASSPHRASE
from tests.integration.cli import imported_archive, run
from tests.unit.storage.test_schema import make_archive_at

if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path

# key: (subject, text)
LETTERS = {
    "noise_ru": (
        "Новости",
        "Был вчера у врача. Нам сказали ждать ещё неделю. Мир тесен, как говорится. "
        "Пост на границе закрыт. Лист бумаги лежит на столе. Дом у реки очень красивый.",
    ),
    "noise_en": ("Payment", "The bill is paid. Your name is on the list. Most people agree."),
    "noise_de": (
        "Formular",
        "Der Name im Formular ist falsch geschrieben. Die Liste ist lang und der Termin "
        "ist am Montag.",
    ),
    "sergej_ru": ("Поездка", "Сергей поехал в Москву к своему другу, они долго говорили о работе."),
    "sergei_en": ("Trip", "We are flying to Kyiv next month. Sergei will pick us up."),
    # Too short for their language to be told.
    "short_de": ("Unterlagen", "Anbei meine Anträge."),
    "short_de2": ("Termin", "Die Anträge liegen bei Frau Müller."),
    "short_ru": ("Вопрос", "Отправил письма вчера."),
    "short_en": ("Quick note", "Both applications were sent."),
    "long_de": (
        "Antwort",
        "Hallo Helga, die Anträge sind unterwegs, ich melde mich morgen wieder bei dir.",
    ),
}


def write_letters(folder: Path) -> Path:
    folder.mkdir()
    for number, (key, (subject, text)) in enumerate(LETTERS.items()):
        message = EmailMessage()
        message["From"], message["To"] = "X <x@example.org>", "Z <z@example.org>"
        message["Subject"] = subject
        message["Date"] = f"Wed, {number + 1:02} Feb 2023 10:00:00 +0000"
        message["Message-ID"] = f"<{key}@noise.example>"
        message.set_content(text)
        (folder / f"{key}.eml").write_bytes(message.as_bytes())
    return folder


@pytest.fixture(scope="module")
def letters(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Any]]:
    base = tmp_path_factory.mktemp("noise")
    with imported_archive(base, write_letters(base / "mail")) as letters:
        yield letters


def found(letters: dict[str, Any], query: str) -> set[str]:
    keys = {message_id: key for key, message_id in letters["ids"].items()}
    return {keys[hit.summary.id] for hit in letters["archive"].search(query, limit=100)}


@pytest.mark.parametrize(
    ("query", "unwanted"),
    [
        ("bill", "noise_ru"),  # "Был"
        ("name", "noise_ru"),  # "Нам"
        ("нам", "noise_de"),  # "Name"
        ("нам", "noise_en"),
        ("list", "noise_ru"),  # "Лист"
        ("post", "noise_ru"),  # "Пост"
        ("Mir", "noise_ru"),  # "Мир"
        ("Dom", "noise_ru"),  # "Дом"
        ("мост", "noise_en"),  # "Most"
    ],
)
def test_ordinary_words_do_not_find_words_of_the_other_alphabet(
    letters: dict[str, Any], query: str, unwanted: str
) -> None:
    assert unwanted not in found(letters, query)


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("Sergej", {"sergej_ru", "sergei_en"}),
        ("Сергей", {"sergej_ru", "sergei_en"}),
        ("Moskva", {"sergej_ru"}),
        ("Anträgen", {"short_de", "short_de2", "long_de"}),
        ("Antrag", {"short_de", "short_de2", "long_de"}),
        ("application", {"short_en"}),
        ("письмо", {"short_ru"}),
        ("лист", {"noise_ru", "noise_de"}),  # the word itself, and a German noun
        ("lang:de", {"noise_de", "long_de"}),  # short mail is not claimed to be German
        ("lang:en", {"noise_en", "sergei_en"}),
    ],
)
def test_names_meet_and_short_mail_is_stemmed(
    letters: dict[str, Any], query: str, expected: set[str]
) -> None:
    assert found(letters, query) == expected


def test_the_snippet_of_short_mail_marks_the_other_form(letters: dict[str, Any]) -> None:
    hits = {hit.summary.id: hit for hit in letters["archive"].search("Anträgen")}
    assert hits[letters["ids"]["short_de"]].snippet.marked() == "Anbei meine [Anträge]."


@pytest.mark.parametrize(
    "query",
    [
        " ".join(f"-w{i}" for i in range(1000)),  # the audit's queries
        " OR ".join(f"date:{2000 + i % 20}" for i in range(1000)),
    ],
)
def test_a_query_too_long_exits_2(letters: dict[str, Any], query: str) -> None:
    result = run(letters["env"], "search", letters["folder"], query, check=False)
    assert result.returncode == 2
    error = result.stderr.decode()
    assert error.startswith("correspondence-app: bad query: the query is too long at character")
    assert "unexpected failure" not in error


@pytest.mark.parametrize(
    "query",
    [
        "Antrag " + " ".join(f"-w{i}" for i in range(MAX_QUERY_TERMS - 1)),
        " ".join(f"-w{i}" for i in range(MAX_QUERY_TERMS)),
        " OR ".join(f"date:{2000 + i % 20}" for i in range(MAX_QUERY_TERMS)),
        " OR ".join(f"(w{i} date:2023)" for i in range(MAX_QUERY_TERMS // 2)),
        " ".join(f"-(w{i} OR date:2020)" for i in range(MAX_QUERY_TERMS // 2)),
    ],
)
def test_the_longest_queries_run(letters: dict[str, Any], query: str) -> None:
    archive = letters["archive"]
    archive.search(query)
    archive.search(query, sort="date")
    archive.search_threads(query)


@pytest.mark.parametrize("query", ["😀", "'", "''", "\\", "- -"])
def test_a_query_without_a_word_exits_2(letters: dict[str, Any], query: str) -> None:
    result = run(letters["env"], "search", letters["folder"], query, check=False)
    assert result.returncode == 2
    error = result.stderr.decode()
    assert error.startswith("correspondence-app: bad query:")
    assert "Traceback" not in error


def test_a_word_without_letters_beside_others_is_left_out(letters: dict[str, Any]) -> None:
    assert found(letters, "Anträge 😀") == found(letters, "Anträge")
    assert found(letters, "Anträge -😀") == found(letters, "Anträge")


def test_an_upgraded_archive_rebuilds_its_index_before_the_first_search(tmp_path: Path) -> None:
    folder = tmp_path / "archive"
    make_archive_at(folder, "0019", write_letters(tmp_path / "mail"))
    with Archive.open(folder, PASSPHRASE) as archive:
        assert not search_index.is_current(archive.engine)
        assert {hit.summary.subject for hit in archive.search("Anträgen")} == {
            "Unterlagen",
            "Termin",
            "Antwort",
        }
        assert search_index.is_current(archive.engine)
