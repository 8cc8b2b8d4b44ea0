# SPDX-License-Identifier: GPL-3.0-or-later
"""Topic suggestions on a real archive of German, Russian and English conversations."""

from __future__ import annotations

import random
import re
import threading
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from email.utils import format_datetime
from typing import TYPE_CHECKING

import pytest

from correspondence_app.crypto.keys import KdfParams
from correspondence_app.search.normalise import fold
from correspondence_app.services import Archive
from correspondence_app.storage.organise_tables import TagKind
from correspondence_app.tagging import topics
from correspondence_app.tagging.topics import (
    TopicError,
    accept_topic,
    dismiss_topic,
    rule_query,
    suggest_topics,
    suggestion_by_id,
)
from tests.conftest import PASSPHRASE

if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path

    from correspondence_app.tagging.topics import TopicSuggestion

OWN = "Helga Brandt <helga@example.de>"
# topic: (correspondents, subjects, sentences); each thread draws from its topic's lists.
TOPICS: dict[str, tuple[list[str], list[str], list[str]]] = {
    "asyl": (
        ["Sabine Krüger <krueger@kanzlei.example>", "Omar Haddad <omar@example.org>"],
        ["Asylantrag von Herrn Haddad", "Anhörung beim Bundesamt", "Bescheid zum Asylantrag",
         "Widerspruch gegen die Ablehnung", "Asylverfahren: neue Unterlagen"],
        ["Der Asylantrag wurde beim Bundesamt eingereicht.",
         "Die Anhörung beim Bundesamt ist am Dienstag um neun Uhr.",
         "Wir brauchen die Aufenthaltsgestattung für die Ausländerbehörde.",
         "Gegen die Ablehnung des Asylantrags legen wir Widerspruch ein.",
         "Die Anwältin prüft den Bescheid zum Asylverfahren.",
         "Bitte bringen Sie alle Unterlagen zur Anhörung mit.",
         "Das Asylverfahren dauert leider noch einige Monate.",
         "Der Bescheid des Bundesamtes kam gestern mit der Post.",
         "Ich habe die Ladung zur Anhörung bekommen und bin nervös.",
         "Die Frist für den Widerspruch endet in zwei Wochen."],
    ),
    "klinik": (
        ["Ирина Петрова <irina@example.ru>", "Олег Смирнов <oleg@example.ru>"],
        ["Новости из больницы", "Анализы и лечение", "Операция в понедельник",
         "Выписка из больницы", "Врач и диагноз"],
        ["Врач сказал, что лечение продлится ещё две недели.",
         "В больнице мне снова сделали анализы крови.",
         "Операция назначена на понедельник, я немного волнуюсь.",
         "Палата в больнице маленькая, но чистая и светлая.",
         "Диагноз пока не ясен, врачи ждут новые анализы.",
         "Выписка из больницы будет в пятницу, если анализы хорошие.",
         "Медсестра приносит лекарства каждое утро.",
         "Главный врач обещал перевести меня в другую палату.",
         "После операции лечение продолжится дома.",
         "Лекарства в больнице дают бесплатно."],
    ),
    "visa": (
        ["Claire Neill <claire.neill@embassy.example>", "Tom Baker <tom@example.co.uk>"],
        ["Visa appointment at the embassy", "Your visa application", "Passport and consulate",
         "Embassy interview on Monday", "Visa documents"],
        ["The embassy confirmed the visa appointment for next week.",
         "Please bring your passport to the consulate in the morning.",
         "The visa application needs two biometric photos.",
         "The interview at the embassy is scheduled for Monday.",
         "Your visa application is being processed by the consulate.",
         "The embassy asked for additional documents for the visa.",
         "The consulate will return the passport by courier.",
         "We are sorry that the visa appointment had to be moved.",
         "The embassy needs a copy of the invitation letter for the visa.",
         "After the interview the consulate decides on the visa."],
    ),
}  # fmt: skip
THREADS_PER_TOPIC = 10
# One-off conversations: none shares its words with another, so none makes a topic.
NOISE = [
    ("Kuchenrezept", "Das Rezept für den Apfelkuchen mit Zimt und Streuseln liegt bei."),
    ("Fahrrad", "Mein Fahrrad hat einen Platten, die Werkstatt repariert den Schlauch."),
    ("Concert tickets", "I bought two tickets for the jazz concert in the cathedral."),
    ("Garden", "The tomatoes in the greenhouse finally turned red after the heatwave."),
    ("Рецепт борща", "Для борща нужна свёкла, капуста, морковь и немного укропа."),
    ("Рыбалка", "На озере мы поймали трёх окуней и одну большую щуку."),
    ("Umzugskartons", "Die Umzugskartons stehen im Keller neben der Waschmaschine."),
    ("Chess club", "The chess club meets on Thursdays in the library basement."),
]


def _message(
    key: str, sender: str, to: str, subject: str, date: datetime, body: str, parent: str
) -> bytes:
    message = EmailMessage()
    message["From"], message["To"], message["Subject"] = sender, to, subject
    message["Date"] = format_datetime(date)
    message["Message-ID"] = f"<{key}@topics.example>"
    if parent:
        message["In-Reply-To"] = message["References"] = f"<{parent}@topics.example>"
    message.set_content(body)
    return message.as_bytes()


def write_topic_mail(root: Path) -> Path:
    """A Maildir (folder "Posteingang": imported tags) of topic and noise conversations;
    Message-IDs are ``<topic>-<thread>-<n>@topics.example``."""
    chooser = random.Random(7)  # noqa: S311 (test data, not a secret)
    inbox = root / "Mail" / ".Posteingang"
    for sub in ("cur", "new", "tmp"):
        (inbox / sub).mkdir(parents=True, exist_ok=True)
    start = datetime(2023, 1, 2, 9, tzinfo=UTC)
    count = 0

    def store(key: str, content: bytes) -> None:
        nonlocal count
        count += 1
        (inbox / "cur" / f"17000{count:05d}.{key}.host:2,S").write_bytes(content)

    for topic, (people, subjects, sentences) in TOPICS.items():
        for thread in range(THREADS_PER_TOPIC):
            person = people[thread % len(people)]
            subject = subjects[thread % len(subjects)]
            previous = ""
            for n in range(1 + thread % 3):
                key = f"{topic}-{thread}-{n}"
                sender, to = (person, OWN) if n % 2 == 0 else (OWN, person)
                name = sender.split(" <")[0]
                body = " ".join(chooser.sample(sentences, 4))
                if previous:
                    quoted = "\n".join("> " + line for line in previous.splitlines())
                    body = f"{body}\n\n{quoted}"
                text = f"{body}\n\n-- \n{name}\nTelefon +49 30 1234567\n"
                date = start + timedelta(days=40 * thread + n, hours=len(topic))
                parent = f"{topic}-{thread}-{n - 1}" if n else ""
                reply = "Re: " if n else ""
                store(key, _message(key, sender, to, reply + subject, date, text, parent))
                previous = text
    for index, (subject, body) in enumerate(NOISE):
        key = f"noise-{index}-0"
        date = start + timedelta(days=7 * index)
        store(key, _message(key, "Paul Weber <paul@example.net>", OWN, subject, date, body, ""))
    return root / "Mail"


@pytest.fixture(scope="module")
def mail(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_topic_mail(tmp_path_factory.mktemp("topics-mail"))


@pytest.fixture
def archive(tmp_path: Path, mail: Path) -> Iterator[Archive]:
    with Archive.create(tmp_path / "archive", PASSPHRASE, kdf=KdfParams()) as created:
        created.import_paths([mail], workers=1)
        yield created


def suggestions_of(archive: Archive, **kwargs: object) -> list[TopicSuggestion]:
    with archive.engine.connect() as connection:
        return suggest_topics(connection, **kwargs)  # type: ignore[arg-type]


def topic_threads(archive: Archive) -> dict[int, str]:
    """Each thread's topic (or "noise"), from its messages' Message-IDs."""
    return {
        archive.message_thread_id(m.id): m.message_id.split("-")[0] for m in archive.list_messages()
    }


def best_match(suggestions: list[TopicSuggestion], threads: set[int]) -> TopicSuggestion:
    return max(suggestions, key=lambda s: len(threads & set(s.thread_ids)))


# Suggesting ------------------------------------------------------------------------------------
def test_each_topic_becomes_one_suggestion_with_its_own_words(archive: Archive) -> None:
    suggestions = suggestions_of(archive)
    topic_of = topic_threads(archive)
    expected = {"asyl": {"bundesamt", "anhorung", "asylantrag", "asylverfahren", "bescheid"},
                "klinik": {"больнице", "больницы", "анализы", "врач", "лечение", "операция"},
                "visa": {"embassy", "visa", "consulate", "passport", "appointment"}}  # fmt: skip
    matched = set()
    for topic, words in expected.items():
        threads = {thread for thread, t in topic_of.items() if t == topic}
        match = best_match(suggestions, threads)
        inside = threads & set(match.thread_ids)
        assert len(inside) >= 0.8 * len(threads), (topic, match)
        assert len(inside) >= 0.8 * match.threads, (topic, match)  # not mixed with others
        folded = {fold(word) for word in match.words}
        assert folded & {fold(word) for word in words}, (topic, match.words)
        assert match.label
        assert match.label.split(", ")[0] in match.words
        matched.add(match.id)
    assert len(matched) == 3
    assert len({s.id for s in suggestions}) == len(suggestions)
    noise = {thread for thread, t in topic_of.items() if t == "noise"}
    assert all(len(noise & set(s.thread_ids)) < 3 for s in suggestions)


def test_words_keep_their_spelling_and_language(archive: Archive) -> None:
    suggestions = suggestions_of(archive)
    topic_of = topic_threads(archive)
    russian = best_match(suggestions, {t for t, k in topic_of.items() if k == "klinik"})
    assert all(re.fullmatch(r"[а-яё]+", word, re.IGNORECASE) for word in russian.words)
    german = best_match(suggestions, {t for t, k in topic_of.items() if k == "asyl"})
    nouns = {"Bundesamt", "Anhörung", "Asylantrag", "Asylverfahren", "Bescheid", "Widerspruch"}
    assert nouns & set(german.words), german.words  # capitalised, with the umlaut
    english = best_match(suggestions, {t for t, k in topic_of.items() if k == "visa"})
    assert {"embassy", "visa", "consulate"} & set(english.words), english.words


def test_the_same_archive_gives_the_same_suggestions(archive: Archive) -> None:
    first = suggestions_of(archive)
    assert suggestions_of(archive) == first
    with Archive.open(archive.folder, PASSPHRASE) as reopened:
        assert suggestions_of(reopened) == first
    assert [(-s.threads, s.id) for s in first] == sorted((-s.threads, s.id) for s in first)


def test_limit_keeps_the_largest(archive: Archive) -> None:
    everything = suggestions_of(archive)
    assert len(everything) >= 3
    assert suggestions_of(archive, limit=2) == everything[:2]


def test_threads_with_a_tag_of_the_users_are_left_out(archive: Archive) -> None:
    imported = [tag for tag in archive.organiser.tags() if tag.kind is TagKind.IMPORTED]
    assert imported
    assert imported[0].messages > 0
    topic_of = topic_threads(archive)
    asyl = sorted(thread for thread, topic in topic_of.items() if topic == "asyl")
    tag_id = archive.organiser.create_tag("Erledigt")
    archive.organiser.tag_threads(asyl[:4], add=[tag_id])
    suggested = {thread for s in suggestions_of(archive) for thread in s.thread_ids}
    assert not suggested & set(asyl[:4])
    assert suggested & set(asyl[4:])


def test_a_dismissed_suggestion_does_not_come_back(archive: Archive) -> None:
    before = suggestions_of(archive)
    topic_of = topic_threads(archive)
    visa = best_match(before, {t for t, k in topic_of.items() if k == "visa"})
    with archive.engine.begin() as connection:
        dismiss_topic(connection, visa)
    after = suggestions_of(archive)
    assert visa.id not in {s.id for s in after}
    assert all(len(set(s.stems) & set(visa.stems)) * 2 < len(visa.stems) for s in after)
    assert len(after) == len(before) - 1
    with archive.engine.connect() as connection, pytest.raises(TopicError):
        suggestion_by_id(connection, visa.id)


def test_a_suggestion_overlapping_a_dismissed_one_by_half_is_not_made() -> None:
    dismissed = {"old": frozenset({"a", "b", "c", "d"})}
    assert topics._is_dismissed("new", ("a", "b", "x", "y"), dismissed)
    assert not topics._is_dismissed("new", ("a", "x", "y", "z"), dismissed)
    assert topics._is_dismissed("old", ("x", "y", "z"), dismissed)


def test_accepting_tags_every_message_of_the_threads_as_one_undoable_step(
    archive: Archive,
) -> None:
    topic_of = topic_threads(archive)
    asyl = best_match(suggestions_of(archive), {t for t, k in topic_of.items() if k == "asyl"})
    threads = set(asyl.thread_ids)
    messages = {m.id for m in archive.list_messages() if archive.message_thread_id(m.id) in threads}
    with archive.engine.begin() as connection:
        accepted = accept_topic(connection, asyl, "Asyl", author="Helga")
    assert accepted.rule_id is None
    assert accepted.change.changed == len(messages) > 0
    assert {hit.summary.id for hit in archive.search("tag:Asyl", limit=1000)} == messages
    assert all(set(s.thread_ids).isdisjoint(asyl.thread_ids) for s in suggestions_of(archive))
    archive.organiser.undo()
    assert archive.search("tag:Asyl", limit=1000) == []


def test_accepting_with_a_rule_tags_new_mail_with_the_words(
    archive: Archive, tmp_path: Path
) -> None:
    topic_of = topic_threads(archive)
    clinic = best_match(suggestions_of(archive), {t for t, k in topic_of.items() if k == "klinik"})
    with archive.engine.begin() as connection:
        accepted = accept_topic(connection, clinic, "Больница", author="Helga", with_rule=True)
    [rule] = archive.organiser.rules()
    assert rule.id == accepted.rule_id
    assert (rule.query, rule.tags) == (rule_query(clinic), ("Больница",))
    assert len(rule.query.split(" OR ")) == 3
    new = tmp_path / "new.eml"
    words = " ".join(clinic.words[:3])
    new.write_bytes(
        _message("late-0-0", "Ирина Петрова <irina@example.ru>", OWN, "Ещё новости",
                 datetime(2024, 5, 1, tzinfo=UTC), f"Сегодня снова {words}, всё хорошо.", "")
    )  # fmt: skip
    archive.import_paths([new], workers=1)
    tagged = {hit.summary.message_id for hit in archive.search("tag:Больница", limit=1000)}
    assert "late-0-0@topics.example" in tagged


def test_progress_is_reported_and_cancel_stops(archive: Archive) -> None:
    reports: list[tuple[int, int, str]] = []
    suggestions_of(archive, progress=lambda done, total, note: reports.append((done, total, note)))
    assert reports
    assert all(done <= total for done, total, _ in reports)
    assert reports[-1] == (0, 0, "grouping conversations")
    cancel = threading.Event()
    cancel.set()
    assert suggestions_of(archive, cancel=cancel) == []


def test_cancelling_while_grouping_gives_nothing(archive: Archive) -> None:
    cancel = threading.Event()

    def cancel_when_grouping(done: int, total: int, note: str) -> None:
        if note.startswith("grouping"):
            cancel.set()

    assert suggestions_of(archive, progress=cancel_when_grouping, cancel=cancel) == []
    assert suggestions_of(archive)


def test_ids_stay_apart_when_groups_share_their_widespread_words() -> None:
    groups = [
        topics._Group({1, 2, 3}, {}, ("visa", "embassy", "consul")),
        topics._Group({4, 5, 6}, {}, ("visa", "embassy", "passport")),
        topics._Group({7, 8, 9}, {}, ("visa", "embassy", "consul")),
        topics._Group({10, 11, 12}, {}, ("asyl", "bundesamt", "anhor")),
    ]
    ids = topics._topic_ids(groups)
    assert len(set(ids)) == 4
    assert ids[3] == topics._topic_id(("asyl",))  # one word is enough where it is its own


# Reading a letter ------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("body", "kept", "gone"),
    [
        ("Der Antrag ist da.\n> Zitat vom Amt\n>> noch älter\nGruß", "Antrag", "Zitat"),
        ("Visa granted.\n-- \nClaire Neill\nEmbassy switchboard", "granted", "switchboard"),
        ("Пишите: irina.petrova@example.ru или https://example.ru/a?b=1", "Пишите", "petrova"),
        ("Anna <anna@x.example> schrieb: see www.example.org/x today", "see", "example"),
    ],
)
def test_quotes_signatures_addresses_and_links_are_not_read(
    body: str, kept: str, gone: str
) -> None:
    readable = topics._readable(body)
    assert kept in readable
    assert gone not in readable
