# SPDX-License-Identifier: GPL-3.0-or-later
"""Search on a small German/Russian/English archive: operators, spellings, ranking, snippets."""

from __future__ import annotations

import random
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

from benchmarks.attachments import build_pdf
from correspondence_app.crypto.keys import KdfParams
from correspondence_app.search.query_parser import QuerySyntaxError
from correspondence_app.search.query_sql import BM25, FTS_TABLE
from correspondence_app.services import Archive
from correspondence_app.storage import search as search_store
from tests.conftest import PASSPHRASE
from tests.integration.cli import imported_archive, run, run_json

if TYPE_CHECKING:
    from collections.abc import Iterator
    from datetime import datetime

from datetime import UTC
from datetime import datetime as dt

# key: (from, to, cc, subject, date, body, attachment name or "")
LETTERS: dict[str, tuple[str, str, str, str, datetime, str, str]] = {
    "antrag": (
        "Sergej Schukow <sergej@example.org>",
        "Anna Weber <anna@example.de>",
        "",
        "Anträge für das Krankenhaus",
        dt(2023, 4, 12, 9, 30, tzinfo=UTC),
        "Liebe Anna,\ndie Anträge sind abgeschickt. Ich liege im Krankenhaus in Kiew.\n"
        "Viele Grüße, Sergej",
        "",
    ),
    "pismo": (
        "Сергей Жуков <sergej@example.org>",
        "Anna Weber <anna@example.de>",
        "",
        "Письмо из больницы",
        dt(2023, 5, 2, 18, 0, tzinfo=UTC),
        "Здравствуй, Анна!\nЯ всё ещё в больнице в Киеве. Твоё письмо получил.\nСергей",
        "",
    ),
    "embassy": (
        "Anna Weber <anna@example.de>",
        "Embassy <consular@embassy.example>",
        "Office Müller <buero@bundestag.example>",
        "Request about Sergey Zhukov",
        dt(2023, 3, 1, 11, 0, tzinfo=UTC),
        "Dear Sir or Madam,\nI am writing about Sergey Zhukov, who is held in a hospital "
        "in Kyiv. Please reply to this letter.\nKind regards, Anna Weber",
        "vollmacht.pdf",
    ),
    "amt": (
        "Frau Mueller <mueller@amt.example.de>",
        "Anna Weber <anna@example.de>",
        "",
        "Ihr Antrag vom 2. März",
        dt(2023, 3, 20, 8, 15, tzinfo=UTC),
        "Sehr geehrte Frau Weber,\nIhr Antrag ist eingegangen. Bitte kommen Sie in die "
        "Lange Straße 5.\nMit freundlichen Grüßen\nMüller",
        "",
    ),
    "kyjiw": (
        "Olena Kovalenko <olena@example.ua>",
        "Anna Weber <anna@example.de>",
        "",
        "Neuigkeiten",
        dt(2023, 6, 1, 7, 0, tzinfo=UTC),
        "Liebe Anna,\nich war gestern in Kyjiw und habe nach ihm gefragt. Місто Київ "
        "ist ruhig.\nOlena",
        "",
    ),
    # Ordinary mail around the same words: what must not be found.
    "kiel": (
        "Tom Becker <tom@example.de>",
        "Anna Weber <anna@example.de>",
        "",
        "Urlaub in Kiel",
        dt(2022, 8, 3, 10, 0, tzinfo=UTC),
        "Hallo Anna, wir fahren nach Kiel und gehen ins Kino. Das Haus am Meer ist schön.",
        "",
    ),
    "sorge": (
        "Tom Becker <tom@example.de>",
        "Anna Weber <anna@example.de>",
        "",
        "Keine Sorge",
        dt(2022, 9, 3, 10, 0, tzinfo=UTC),
        "Hallo Anna, mach dir keine Sorgen, die Serie läuft weiter. Das Treffen ist am Samstag.",
        "",
    ),
    "house": (
        "Jane Doe <jane@example.com>",
        "Anna Weber <anna@example.de>",
        "",
        "The house",
        dt(2021, 1, 5, 10, 0, tzinfo=UTC),
        "Dear Anna, the house is sold. The request for papers went to the office. Regards",
        "",
    ),
}
PDF_LINES = ["Vollmacht", "Hiermit bevollmächtige ich Frau Anna Weber,", "Aufenthaltserlaubnis"]


def letter_bytes(key: str) -> bytes:
    sender, to, cc, subject, date, body, attachment = LETTERS[key]
    message = EmailMessage()
    message["From"], message["To"], message["Subject"] = sender, to, subject
    if cc:
        message["Cc"] = cc
    message["Date"] = format_datetime(date)
    message["Message-ID"] = f"<{key}@test.example>"
    message.set_content(body)
    if attachment:
        pdf = build_pdf(random.Random(1), PDF_LINES)  # noqa: S311 (test data)
        message.add_attachment(pdf, maintype="application", subtype="pdf", filename=attachment)
    return message.as_bytes()


@pytest.fixture(scope="module")
def letters(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Any]]:
    base = tmp_path_factory.mktemp("search")
    mail = base / "mail"
    mail.mkdir()
    for key in LETTERS:
        (mail / f"{key}.eml").write_bytes(letter_bytes(key))
    with imported_archive(base, mail) as letters:
        yield letters


def found(letters: dict[str, Any], query: str, **options: Any) -> list[str]:
    """The keys of the letters a query finds, in result order."""
    keys = {message_id: key for key, message_id in letters["ids"].items()}
    return [keys[hit.summary.id] for hit in letters["archive"].search(query, **options)]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        # Inflection, umlauts and their ae/oe/ue spellings, ß.
        ("Antrag", {"antrag", "amt"}),
        ("Anträgen", {"antrag", "amt"}),
        ("Antraege", {"antrag", "amt"}),
        ("Mueller", {"amt", "embassy"}),
        ("Müller", {"amt", "embassy"}),
        ("strasse", {"amt"}),
        ("больница", {"pismo"}),
        ("письма", {"pismo"}),
        ("letters", {"embassy"}),
        # One name in several alphabets and transliterations.
        ("Sergej", {"antrag", "pismo", "embassy"}),
        ("Sergey", {"antrag", "pismo", "embassy"}),
        ("Sergei", {"antrag", "pismo", "embassy"}),
        ("Сергей", {"antrag", "pismo", "embassy"}),
        ("Schukow", {"antrag", "pismo", "embassy"}),
        ("Жуков", {"antrag", "pismo", "embassy"}),
        ("Kiew", {"antrag", "pismo"}),
        ("Киев", {"antrag", "pismo"}),
        ("Kyiv", {"embassy", "kyjiw"}),
        ("Київ", {"embassy", "kyjiw"}),
        # Fields.
        ("from:sergej", {"antrag", "pismo"}),
        ("from:Сергей", {"antrag", "pismo"}),
        ("from:mueller@amt.example.de", {"amt"}),
        ("from:Mueller@AMT.example.de", {"amt"}),  # a whole address, looked up by index
        ("from:anna@example.de", {"embassy"}),
        ("to:anna@example.de", set(LETTERS) - {"embassy"}),
        ("to:buero@bundestag.example", {"embassy"}),  # Cc, found by to:
        ("cc:buero@bundestag.example", {"embassy"}),
        ("cc:anna@example.de", set()),
        ("from:nobody@example.org", set()),
        ("from:anna@example.de -Sergey", set()),
        ("from:anna@example.de Sergey", {"embassy"}),
        ("to:embassy", {"embassy"}),
        ("to:buero", {"embassy"}),  # to: includes Cc
        ("cc:buero", {"embassy"}),
        ("cc:anna", set()),
        ("subject:Krankenhaus", {"antrag"}),
        ("body:Krankenhaus", {"antrag"}),
        ("subject:Haus", set()),
        ("attachment:vollmacht", {"embassy"}),
        ("attachment:Aufenthaltserlaubnis", {"embassy"}),
        ("filename:vollmacht.pdf", {"embassy"}),
        ("filename:Aufenthaltserlaubnis", set()),
        ("has:attachment", {"embassy"}),
        ("lang:ru", {"pismo"}),
        ("lang:en", {"embassy", "house"}),
        ("folder:mail", set(LETTERS)),
        ("folder:elsewhere", set()),
        ("tag:Asyl", set()),
        # Dates.
        ("date:2023-03", {"embassy", "amt"}),
        ("date:2022", {"kiel", "sorge"}),
        ("date:2023-03-01..2023-04-30", {"embassy", "amt", "antrag"}),
        ("before:2022-01-01", {"house"}),
        ("after:2023-05-15", {"kyjiw"}),
        # Boolean operators, phrases, prefixes.
        ('"Lange Straße"', {"amt"}),
        ('"Straße Lange"', set()),
        ("Kiew OR Kiel", {"antrag", "pismo", "kiel"}),
        ("Anna -Sergej", {"amt", "kyjiw", "kiel", "sorge", "house"}),  # embassy: Sergey
        ("Anna NOT (Sergej OR date:2022)", {"amt", "kyjiw", "house"}),
        ("Kranken*", {"antrag"}),
        ("Antr*", {"antrag", "amt"}),
        ("Krankenhaus from:sergej date:2023", {"antrag"}),
        ("(Kiel OR date:2021) Anna", {"kiel", "house"}),
        ("-date:2023", {"kiel", "sorge", "house"}),
    ],
)
def test_query_finds_exactly_the_expected_letters(
    letters: dict[str, Any], query: str, expected: set[str]
) -> None:
    assert set(found(letters, query)) == expected


def test_spelling_variants_keep_precision_on_ordinary_words(letters: dict[str, Any]) -> None:
    # Every query of the table above, taken together: how many results were wanted.
    queries = {
        "Kiew": {"antrag", "pismo"},
        "Sorge": {"sorge"},
        "Serie": {"sorge"},
        "Haus": {"kiel"},  # not "Krankenhaus", not "house"
        "house": {"house"},
        "request": {"embassy", "house"},
        "Kino": {"kiel"},
        "Treffen": {"sorge"},
        "Sergej": {"antrag", "pismo", "embassy"},
        "Kyjiw": {"embassy", "kyjiw"},
    }
    returned = wanted = 0
    for query, expected in queries.items():
        result = set(found(letters, query))
        assert expected <= result, query  # recall is complete
        returned += len(result)
        wanted += len(expected & result)
    assert wanted / returned >= 0.95


def test_ranking_puts_the_subject_and_newer_mail_first(letters: dict[str, Any]) -> None:
    # "Krankenhaus" is in one subject; the body of the same letter has it too.
    assert found(letters, "Antrag")[0] == "amt"  # the word as written, in the subject
    assert found(letters, "Anna", sort="date") == [  # Анна too
        "kyjiw", "pismo", "antrag", "amt", "embassy", "sorge", "kiel", "house"
    ]  # fmt: skip
    hits = letters["archive"].search("Anna")
    assert [hit.score for hit in hits] == sorted((hit.score for hit in hits), reverse=True)


def test_ranking_with_and_without_conditions_weighs_fields_alike(letters: dict[str, Any]) -> None:
    # Words alone are ranked by bm25() with these weights, words with a condition by the
    # rank the index was configured with: the two must agree.
    with letters["archive"].engine.connect() as connection:
        configured = connection.exec_driver_sql(
            "SELECT v FROM messages_fts_config WHERE k = 'rank'"
        ).scalar_one()
    assert configured == BM25.replace(f"{FTS_TABLE}, ", "")
    plain = {hit.summary.id: hit.score for hit in letters["archive"].search("Anna", limit=20)}
    dated = {
        hit.summary.id: hit.score
        for hit in letters["archive"].search("Anna date:2000..2030", limit=20)
    }
    assert dated == plain


def test_snippet_marks_the_matched_words_in_any_spelling(letters: dict[str, Any]) -> None:
    hits = {hit.summary.id: hit for hit in letters["archive"].search("Сергей Киев")}
    assert set(hits) == {letters["ids"]["antrag"], letters["ids"]["pismo"]}
    for hit in hits.values():
        marked = {hit.snippet.text[start:end] for start, end in hit.snippet.marks}
        assert marked & {"Kiew", "Киеве"}
    (german,) = letters["archive"].search("Anträgen Kiew")
    assert "[Anträge]" in german.snippet.marked()
    assert "[Kiew]" in german.snippet.marked()
    (pdf,) = letters["archive"].search("Aufenthaltserlaubnis")
    assert "[Aufenthaltserlaubnis]" in pdf.snippet.marked()
    # Found by its subject only: the snippet is the text's start, its own matches marked.
    (subject_only,) = letters["archive"].search("subject:Krankenhaus")
    assert subject_only.snippet.marked().startswith("Liebe Anna, die Anträge sind abgeschickt.")
    assert "[Krankenhaus]" in subject_only.snippet.marked()
    (in_text,) = letters["archive"].search("Krankenhaus")
    assert "[Krankenhaus]" in in_text.snippet.marked()


def test_search_command_contract(letters: dict[str, Any]) -> None:
    env, folder = letters["env"], letters["folder"]
    hits = run_json(env, "search", folder, "Sergej", "--limit", "2")
    assert len(hits) == 2
    assert {"id", "thread_id", "date", "from", "subject", "snippet", "score"} <= set(hits[0])
    threads = run_json(env, "search", folder, "Anna", "--threads", "--sort", "date")
    assert {"thread_id", "subject", "participants", "messages", "last_date", "snippet"} <= set(
        threads[0]
    )
    assert [t["last_date"] for t in threads] == sorted(
        (t["last_date"] for t in threads), reverse=True
    )
    nothing = run(env, "search", folder, "Quastenflosser")
    assert (nothing.stdout, nothing.stderr) == (b"", b"Nothing found.\n")
    assert run_json(env, "search", folder, "Quastenflosser") == []


@pytest.mark.parametrize(
    "query", ['"unclosed', "(Kiew", "Kiew)", "date:2023-13", "form:anna", "OR Kiew", "lang:fr"]
)
def test_bad_query_exits_2_and_points_at_the_mistake(letters: dict[str, Any], query: str) -> None:
    result = run(letters["env"], "search", letters["folder"], query, check=False)
    assert result.returncode == 2
    error = result.stderr.decode()
    assert error.startswith("correspondence-app: bad query:")
    assert "Traceback" not in error
    assert "^" in error.splitlines()[-1]
    with pytest.raises(QuerySyntaxError):
        letters["archive"].search(query)


def test_reindex_rebuilds_the_same_index(letters: dict[str, Any]) -> None:
    before = {q: found(letters, q) for q in ("Sergej", "Kyiv", "Antrag", "attachment:vollmacht")}
    report = run_json(letters["env"], "reindex", letters["folder"])
    assert report["messages"] == len(LETTERS)
    assert {q: found(letters, q) for q in before} == before


def test_folder_finds_a_folder_in_any_case_with_its_subfolders(tmp_path: Path) -> None:
    maildir = tmp_path / "Maildir"
    for folder, key in ((".Archiv.2019", "antrag"), (".&BBQEPAQ4BEIEQAQ4BDk-", "pismo")):
        for sub in ("cur", "new", "tmp"):
            (maildir / folder / sub).mkdir(parents=True)
        (maildir / folder / "cur" / f"1700000000.{key}.host:2,S").write_bytes(letter_bytes(key))
    with Archive.create(tmp_path / "archive", PASSPHRASE, kdf=KdfParams()) as archive:
        archive.import_paths([maildir], workers=1)
        assert {f.name for f in archive.folders()} == {"Archiv/2019", "Дмитрий"}
        assert len(archive.search("folder:archiv")) == 1  # the parent finds its subfolder
        assert len(archive.search("folder:ARCHIV/2019")) == 1
        assert len(archive.search("folder:Дмитрий")) == 1  # stored decoded, not as UTF-7
        assert archive.search("folder:Archi") == []  # a folder is named whole


def test_folder_finds_a_copy_of_a_message_found_in_another_folder(tmp_path: Path) -> None:
    def maildir_with(root: Path, folders: dict[str, list[str]]) -> Path:
        for folder, keys in folders.items():
            for sub in ("cur", "new", "tmp"):
                (root / folder / sub).mkdir(parents=True, exist_ok=True)
            for key in keys:
                name = f"1700000000.{key}.host:2,S"
                (root / folder / "cur" / name).write_bytes(letter_bytes(key))
        return root

    # One import: the same bytes in two folders (a label folder beside "All mail").
    first = maildir_with(tmp_path / "first", {".Alle": ["antrag", "pismo"], ".Asyl": ["antrag"]})
    # A later import: a stored message turns up in a third folder, and again in an old one.
    later = maildir_with(tmp_path / "later", {".Botschaft": ["pismo"], ".Alle": ["antrag"]})
    with Archive.create(tmp_path / "archive", PASSPHRASE, kdf=KdfParams()) as archive:
        archive.import_paths([first], workers=1)

        def subjects(query: str) -> set[str]:
            return {hit.summary.subject for hit in archive.search(query)}

        assert subjects("folder:Alle") == {LETTERS["antrag"][3], LETTERS["pismo"][3]}
        assert subjects("folder:asyl") == {LETTERS["antrag"][3]}
        assert subjects("folder:Botschaft") == set()
        report = archive.import_paths([later], workers=1)
        assert (report.imported, report.duplicates) == (0, 2)
        assert subjects("folder:Botschaft") == {LETTERS["pismo"][3]}
        assert subjects("folder:Alle") == {LETTERS["antrag"][3], LETTERS["pismo"][3]}
        assert subjects("folder:Botschaft больницы") == {LETTERS["pismo"][3]}
        # The index rows written again are the ones reindex writes.
        before = {q: subjects(q) for q in ("Сергей", "folder:Asyl", "from:sergej@example.org")}
        archive.reindex()
        assert {q: subjects(q) for q in before} == before


def test_newest_first_walks_the_date_index_for_common_words(
    letters: dict[str, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    expected = found(letters, "Anna", sort="date")
    # As if every word were common: the date index is walked instead of sorting the matches.
    monkeypatch.setattr(search_store, "_SORT_IN_SQL_MAX", 1)
    assert found(letters, "Anna", sort="date") == expected
    assert found(letters, "Anna", sort="date", limit=3) == expected[:3]


def test_a_common_word_ranks_only_its_newest_stored_matches(
    letters: dict[str, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    everything = found(letters, "Anna")
    assert len(everything) >= 3
    newest_stored = sorted(everything, key=lambda key: letters["ids"][key])[-2:]
    # As if "Anna" were in more messages than are ranked: the two stored last are.
    monkeypatch.setattr(search_store, "_RANKED_MATCHES_MAX", 2)
    assert sorted(found(letters, "Anna")) == sorted(newest_stored)
    # Newest first is not limited to them.
    assert len(found(letters, "Anna", sort="date")) == len(everything)
