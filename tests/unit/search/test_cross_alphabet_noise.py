# SPDX-License-Identifier: GPL-3.0-or-later
"""Cross-alphabet keys: ordinary words stay out of them, names keep them in any position."""

from __future__ import annotations

import random

import pytest

from correspondence_app.search.normalise import (
    SKELETON_MARK,
    document_terms,
    index_terms,
    query_terms,
    skeleton,
)
from correspondence_app.search.openers import unnamed_openers
from tests.unit.search.test_normalise import NAME_RECALL_MIN, NAMES, ORDINARY_WORDS


def matches(query: str, text: str, lang: str | None) -> bool:
    return bool(set(query_terms(query)) & set(index_terms(text, lang)))


@pytest.mark.parametrize(
    ("query", "text", "lang"),
    [
        # Stopwords, in the document or in the query.
        ("bill", "Был вчера у врача.", "ru"),
        ("bill", "Был вчера у врача.", None),
        ("name", "Нам сказали ждать ещё неделю.", "ru"),
        ("Name", "Мы ждали, нам сказали ждать.", "ru"),
        ("нам", "Der Name im Formular ist falsch geschrieben.", "de"),
        ("нам", "Der Name im Formular ist falsch geschrieben.", None),
        ("мост", "Most people agree.", "en"),
        ("Mir", "Мир тесен, как говорится.", "ru"),
        ("мир", "Mir geht es gut, danke.", "de"),
        # Short ordinary words that are capitalised only because they open a sentence.
        ("list", "Лист бумаги лежит на столе.", "ru"),
        ("list", "Привет! Лист бумаги лежит на столе.", None),
        ("List", "Привет,\nЛист бумаги лежит на столе.", "ru"),
        ("post", "Пост на границе закрыт.", "ru"),
        ("Dom", "Дом у реки очень красивый.", "ru"),
        ("son", "Сон был долгим.", "ru"),
        ("лист", "List of papers attached.", "en"),
        ("пост", "Re: Post from yesterday", "en"),
        ("пол", "Hello.\n\nPole vaulting is fun.", "en"),
    ],
)
def test_ordinary_words_do_not_meet_across_alphabets(
    query: str, text: str, lang: str | None
) -> None:
    assert not matches(query, text, lang)


@pytest.mark.parametrize(
    ("query", "text", "lang"),
    [
        ("Sergej", "Сергей поехал в Москву к своему другу.", "ru"),  # a first name
        ("Sergej", "Сергей поехал в Москву к своему другу.", None),
        ("Сергей", "We are flying to Kyiv. Sergei will pick us up.", "en"),
        ("Schukow", "Жуков звонил вчера.", "ru"),  # a long key
        ("Жуков", "Zhukov called yesterday.", None),
        ("Kiew", "Киев очень красивый.", "ru"),  # a place
        ("Київ", "Hello. Kyiv is quiet.", "en"),
        ("Sergey", "Сергей, спасибо за письмо!", "ru"),  # a comma: spoken to
        ("Lisa", "Лиза, привет!", "ru"),
        ("Пётр", "Pjotr Iwanow hat angerufen.", None),  # a first name and a surname
        ("Zhukov", "С уважением,\nЖуков", "ru"),  # a signature
        ("Lisa", "Спасибо.\nЛиза", "ru"),
        ("Лиза", "Gestern kam Dr. Lisa an.", None),  # after an abbreviation
        ("Лиза", "Ich war gestern mit\nLisa im Kino.", None),  # a wrapped line
        ("Лиза", "Hallo. Lisa kommt morgen.", "de"),  # German capitalises every noun
        ("Лист", "Das Konzert spielte Liszt.", "de"),
        ("list", "Лист бумаги. Концерт играл Лист.", "ru"),  # the same word inside a sentence
    ],
)
def test_names_still_meet_across_alphabets(query: str, text: str, lang: str | None) -> None:
    assert matches(query, text, lang)


def capitalised(word: str) -> bool:
    return word[0].isupper()


@pytest.mark.parametrize(
    ("text", "openers"),
    [
        ("Лист бумаги лежит. Мир тесен!", ["Лист", "Мир"]),
        ("Сергей, привет!", []),
        ("Sergej Schukow hat angerufen.", []),
        ("Viele Grüße,\nSergej", []),
        ("Herr Dr. Schukow kam. Z. B. Anna kam auch.", ["Z"]),
        ("Am 2. März kam er.", ["Am"]),
        ("ich habe gestern mit\nSergej gesprochen", []),
        ("Hallo,\n\nПост закрыт.", ["Пост"]),
        ("Re: Лист бумаги", ["Re", "Лист"]),
        ("> Привет.\n> Лист бумаги\n>\n> Мост закрыт", ["Лист", "Мост"]),  # a word alone on
        # its line (a greeting, a signature) is taken for a name
        ("«Мир тесен», сказал он. (Дом у реки.)", ["Мир", "Дом"]),
        ("Danke! Bis bald.\nSergej", ["Danke", "Bis"]),
        ("", []),
    ],
)
def test_words_that_only_open_a_sentence(text: str, openers: list[str]) -> None:
    assert list(unnamed_openers(text, capitalised)) == openers


def test_a_word_keeps_its_key_where_it_stands_inside_a_sentence() -> None:
    # The keys are a bag: the opening "Лист" loses one, the composer keeps his.
    _, keys = document_terms("Лист бумаги. Концерт играл Лист.", "ru")
    assert keys.count(SKELETON_MARK + skeleton("Лист")) == 1
    _, keys = document_terms("Лист бумаги. Концерт играл Лист.", "ru", prose=False)
    assert keys.count(SKELETON_MARK + skeleton("Лист")) == 2


# Everyday words besides those of test_normalise, with false friends across the alphabets
# (Name/нам, list/лист, Post/пост, son/сон, Mal/мал, bill/был, most/мост). No loanwords
# (Bank/банк, Film/фильм): those are the same word, and meeting is right.
MORE_ORDINARY_WORDS = {
    "de": (
        "Name Liste Post Mal Pol Sohn Tochter Most Rat Tat Tag Nacht Abend Mittag Stunde "
        "Seite Stelle Ende Anfang Weg Ort Land Welt Leben Mensch Leute Frau Mann Herr "
        "Eltern Kinder Onkel Tante Oma Opa Nachbar Chef Geschäft Laden Markt Preis Kosten "
        "Konto Nummer Bild Buch Zeitung Lied Spiel Fahrrad Brücke Haltestelle Ecke Wald "
        "Berg Fluss See Meer Insel Luft Wasser Feuer Erde Sonne Mond Stern Himmel Wolke "
        "Sturm Blume Baum Hund Katze Vogel Pferd Essen Brot Käse Milch Wein Fleisch Obst "
        "Apfel Gemüse Salz Zucker Hemd Jacke Schuh Kleid Hut Bett Zimmer Wand Dach Boden "
        "Keller Treppe Schlüssel Uhr Geschenk Feier Fest Ferien Koffer Lösung Grund Sache "
        "Ding Teil Art Form Farbe Größe Sprache Wort Satz Liebe Freude Angst Glück Hilfe "
        "Gesundheit Krankheit Schmerz Gericht Anwalt Gesetz Recht"
    ),
    "en": (
        "name list post most bill son case man home life world people way day night "
        "morning evening hour page end start road city country parents children uncle "
        "aunt grandmother neighbour boss shop market price cost account number picture "
        "book newspaper song game car bicycle bridge corner forest mountain river lake "
        "sea island air water fire earth sun moon star sky cloud storm flower tree dog "
        "cat bird horse food bread cheese milk wine meat fruit apple vegetables sugar "
        "shirt trousers jacket shoe dress hat bed room wall roof floor cellar stairs key "
        "clock gift party celebration trip suitcase solution reason matter part kind "
        "colour size language word sentence love joy fear worry luck help health illness "
        "pain court lawyer law right"
    ),
    "ru": (
        "нам был лист пост мост мал пол сон имя список почта люди место вещь путь ночь "
        "утро вечер час страница конец начало дорога страна семья родители дети дядя "
        "тётя бабушка дедушка сосед начальник магазин рынок цена стоимость рубль посылка "
        "номер картина книга газета песня игра машина велосипед угол площадь лес гора "
        "река озеро море остров воздух вода огонь земля солнце луна звезда небо облако "
        "ветер буря цветок дерево трава собака кошка птица лошадь еда хлеб сыр молоко "
        "пиво вино мясо рыба фрукты яблоко овощи соль сахар рубашка брюки куртка обувь "
        "платье шапка кровать комната стена крыша подвал лестница ключ часы подарок "
        "праздник путешествие чемодан решение причина дело часть вид цвет размер язык "
        "слово предложение любовь радость страх забота счастье помощь здоровье болезнь "
        "боль суд адвокат закон право"
    ),
}
# Each word in a letter of its language: inside a sentence as the language writes it,
# and opening one.
LETTERS = {
    "de": ("Gestern war {} da.", "Hallo. {} ist da."),
    "en": ("Yesterday {} was here.", "Hello. {} was here."),
    "ru": ("Вчера {} был тут.", "Привет. {} был тут."),
}
CROSS_ALPHABET_MEETING_MAX = 0.02


def is_cyrillic(word: str) -> bool:
    return "\u0400" <= word[0] <= "\u04ff"


def words_meeting_across_alphabets() -> tuple[float, list[tuple[str, str]]]:
    """Of all the ordinary words, the share whose query finds an ordinary word of the other
    alphabet through its cross-alphabet key, in either of its letters."""
    words = [
        (lang, word)
        for source in (ORDINARY_WORDS, MORE_ORDINARY_WORDS)
        for lang, text in source.items()
        for word in text.split()
    ]
    stored = {}
    for lang, word in words:  # the opening letter capitalises the word, the other does not
        inside = LETTERS[lang][0].format(word)
        opening = LETTERS[lang][1].format(word[0].upper() + word[1:])
        stored[(lang, word)] = {
            key
            for text in (inside, opening)
            for key in document_terms(text, lang)[1]
            if key.startswith(SKELETON_MARK)
        }
    meetings = [
        (query, found)
        for _, query in words
        for (_, found), keys in stored.items()
        if is_cyrillic(query) != is_cyrillic(found) and keys & set(query_terms(query))
    ]
    return len({query for query, _ in meetings}) / len(words), meetings


def test_ordinary_words_rarely_meet_a_word_of_the_other_alphabet() -> None:
    rate, meetings = words_meeting_across_alphabets()
    # Measured: 8 of 596 words (1.3 %), 7 against German nouns, which are capitalised like
    # names (лист/Liste, сон/Sonne, пост/Post), and Wetter/Ветер, a long key opening a
    # sentence; before stopwords and sentence openings were told apart, 31 (5.2 %):
    # bill/Был, name/Нам, most/Мост, list/Лист ...
    assert rate <= CROSS_ALPHABET_MEETING_MAX, meetings


# Where a name stands in a letter, in each language; {} is the name.
NAME_PLACES = {
    "inside": ("Gestern hat {} angerufen.", "Yesterday {} called.", "Вчера звонил {}."),
    "opening": ("Hallo. {} hat angerufen.", "Hello. {} called.", "Привет. {} звонил."),
    "spoken to": ("{}, danke!", "{}, thanks!", "{}, привет!"),
    "signature": ("Viele Grüße,\n{}", "Best,\n{}", "С уважением,\n{}"),
    "with surname": (
        "Hallo. {} Meier rief an.",
        "Hello. {} Smith called.",
        "Привет. {} Иванов звонил.",
    ),
}  # de, en, ru


@pytest.mark.parametrize("place", list(NAME_PLACES))
@pytest.mark.parametrize("lang", [None, "known"])
def test_names_meet_across_alphabets_wherever_they_stand(place: str, lang: str | None) -> None:
    letters = dict(zip(("de", "en", "ru"), NAME_PLACES[place], strict=True))
    pairs = [
        (query, letters[script].format(name), script)
        for group in NAMES
        for latin in group[1:]
        for query, name, script in (
            (latin, group[0], "ru"),
            (group[0], latin, "de"),
            (group[0], latin, "en"),
        )
    ]
    misses = [
        (query, text)
        for query, text, script in pairs
        if not matches(query, text, script if lang else None)
    ]
    # 6 of 405 miss in every place: the passport spelling e for ё (Fedor, Korolev).
    assert 1 - len(misses) / len(pairs) >= NAME_RECALL_MIN, misses
    assert len(misses) <= 6, misses


FUZZ_PIECES = [*".!?…:,;«»()>-*_2 \n", "\n\n", "Лист", "лист", "Сергей", "Mir", "Dr", "B", "ab"]


def test_any_text_gives_its_terms() -> None:
    rng = random.Random(20261126)  # noqa: S311  reproducible fuzzing, no secrets
    for _ in range(3000):
        text = "".join(rng.choices(FUZZ_PIECES, k=rng.randint(0, 20)))
        for lang in (None, "de", "en", "ru"):
            _, keys = document_terms(text, lang)
            assert len(keys) <= len(document_terms(text, lang, prose=False)[1]), text
