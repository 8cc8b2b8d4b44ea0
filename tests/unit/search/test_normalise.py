# SPDX-License-Identifier: GPL-3.0-or-later
"""Search normalisation: folding, stems, language guess and cross-alphabet name keys."""

from __future__ import annotations

import itertools
import time

import pytest

from correspondence_app.search.normalise import (
    detect_language,
    document_terms,
    fold,
    index_terms,
    query_terms,
    skeleton,
    stem,
)


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("Äpfel", "apfel"),
        ("schön", "schon"),
        ("Übersicht", "ubersicht"),
        ("Straße", "strasse"),
        ("STRASSE", "strasse"),
        ("Ёлка", "елка"),
        ("Café", "cafe"),
        ("Žukov", "zukov"),
        ("Йошкар", "йошкар"),  # й is a letter, not и with a breve
        ("Київ", "київ"),
        ("Michael", "michael"),
    ],
)
def test_fold_drops_case_and_diacritics(word: str, expected: str) -> None:
    assert fold(word) == expected


@pytest.mark.parametrize(
    ("words", "lang"),
    [
        (["Antrag", "Anträge", "Anträgen", "Antraege"], "de"),
        (["Haus", "Häuser", "Häusern"], "de"),
        (["письмо", "письма", "письмом", "Письме"], "ru"),
        (["ёлка", "елки"], "ru"),
        (["letter", "letters", "Letters"], "en"),
        (["apply", "applied", "applies"], "en"),
    ],
)
def test_inflected_forms_share_a_stem(words: list[str], lang: str) -> None:
    assert len({stem(word, lang) for word in words}) == 1, [stem(w, lang) for w in words]


def test_other_languages_are_only_folded() -> None:
    assert stem("Lettres", "fr") == "lettres"
    assert stem("Lettres", None) == "lettres"


GERMAN_LETTER = (
    "Sehr geehrte Frau Petrowa, vielen Dank für Ihre Nachricht. Wir haben den Antrag "
    "erhalten und werden ihn in der nächsten Woche bearbeiten. Mit freundlichen Grüßen"
)
ENGLISH_LETTER = (
    "Dear Ms Petrova, thank you for your message. We have received the application "
    "and will process it next week. Kind regards"
)
RUSSIAN_LETTER = (
    "Уважаемая Анна Сергеевна, спасибо за ваше письмо. Мы получили заявление и "
    "рассмотрим его на следующей неделе. С уважением"
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (GERMAN_LETTER, "de"),
        (ENGLISH_LETTER, "en"),
        (RUSSIAN_LETTER, "ru"),
        (RUSSIAN_LETTER + " Best regards, Anna", "ru"),
        ("", None),
        ("OK", None),
        ("12345 67890 12345 67890 12345", None),
        ("Tatort Kommissar Nordsee Strandkorb Wattenmeer", None),  # no stopwords: unsure
        (GERMAN_LETTER + " " + RUSSIAN_LETTER, None),  # half and half
    ],
)
def test_detect_language(text: str, expected: str | None) -> None:
    assert detect_language(text) == expected


def test_detect_language_is_fast_on_a_long_letter() -> None:
    text = (GERMAN_LETTER + " ") * 32  # about 5 KB
    assert len(text) > 5000
    runs = 200
    started = time.perf_counter()
    for _ in range(runs):
        detect_language(text)
    per_call_s = (time.perf_counter() - started) / runs
    assert per_call_s < 0.0002 * 5  # 0.2 ms measured; slack for busy CI machines


# Cyrillic original, then the spellings letters use: German, English, ISO 9 or
# scholarly, passport/ICAO. Some are expected to miss (see NAME_RECALL_MIN).
NAMES: list[tuple[str, ...]] = [
    ("Сергей", "Sergej", "Sergey", "Sergei"),
    ("Жуков", "Schukow", "Zhukov", "Žukov"),
    ("Хрущёв", "Chruschtschow", "Khrushchev", "Hruŝëv", "Chruščëv"),
    ("Горбачёв", "Gorbatschow", "Gorbachev", "Gorbačëv"),
    ("Екатерина", "Jekaterina", "Yekaterina", "Ekaterina"),
    ("Дмитрий", "Dmitri", "Dmitry", "Dmitrij", "Dmitrii"),
    ("Цветаева", "Zwetajewa", "Tsvetaeva", "Cvetaeva"),
    ("Юрий", "Juri", "Yuri", "Jurij", "Iurii", "Yuriy"),
    ("Наталия", "Natalija", "Natalia", "Nataliya"),
    ("Чайковский", "Tschaikowski", "Tchaikovsky", "Čajkovskij", "Chaikovskii"),
    ("Достоевский", "Dostojewski", "Dostoevsky", "Dostoevskij", "Dostoevskii"),
    ("Толстой", "Tolstoi", "Tolstoy", "Tolstoj"),
    ("Пушкин", "Puschkin", "Pushkin", "Puškin"),
    ("Чехов", "Tschechow", "Chekhov", "Čehov", "Čechov"),
    ("Михаил", "Michail", "Mikhail", "Mihail"),
    ("Алексей", "Alexej", "Aleksey", "Aleksej", "Aleksei"),
    ("Андрей", "Andrej", "Andrey", "Andrei"),
    ("Николай", "Nikolai", "Nikolay", "Nikolaj"),
    ("Владимир", "Wladimir", "Vladimir"),
    ("Татьяна", "Tatjana", "Tatyana", "Tatiana"),
    ("Евгений", "Jewgeni", "Yevgeny", "Evgenij", "Evgenii"),
    ("Фёдор", "Fjodor", "Fyodor", "Fëdor", "Fedor"),
    ("Щербаков", "Schtscherbakow", "Shcherbakov", "Ŝerbakov", "Ščerbakov"),
    ("Юлия", "Julija", "Yulia", "Yuliya", "Iuliia"),
    ("Ярослав", "Jaroslaw", "Yaroslav", "Iaroslav"),
    ("Зинаида", "Sinaida", "Zinaida"),
    ("Ксения", "Xenia", "Ksenia", "Kseniya", "Ksenija"),
    ("Ельцин", "Jelzin", "Yeltsin", "Elcin"),
    ("Наташа", "Natascha", "Natasha", "Nataša"),
    ("Москва", "Moskwa", "Moskva"),
    ("Новосибирск", "Nowosibirsk", "Novosibirsk"),
    ("Харьков", "Charkow", "Kharkov", "Harkov"),
    ("Хабаровск", "Chabarowsk", "Khabarovsk", "Habarovsk"),
    ("Чернобыль", "Tschernobyl", "Chernobyl", "Černobyl"),
    ("Жданов", "Schdanow", "Zhdanov", "Ždanov"),
    ("Шостакович", "Schostakowitsch", "Shostakovich", "Šostakovič"),
    ("Рахманинов", "Rachmaninow", "Rakhmaninov", "Rachmaninoff"),
    ("Королёв", "Koroljow", "Korolyov", "Korolëv", "Korolev"),
    ("Сергеевич", "Sergejewitsch", "Sergeyevich", "Sergeevič", "Sergeevich"),
    ("Ульяна", "Uljana", "Ulyana", "Uliana"),
    ("Киев", "Kiew", "Kiev"),
    ("Київ", "Kyjiw", "Kyiv"),
]
NAME_RECALL_MIN = 0.9


def name_recall() -> tuple[float, list[tuple[str, str]]]:
    pairs = [(group[0], latin) for group in NAMES for latin in group[1:]]
    misses = [(cyr, latin) for cyr, latin in pairs if skeleton(cyr) != skeleton(latin)]
    return 1 - len(misses) / len(pairs), misses


def test_names_meet_across_alphabets() -> None:
    recall, misses = name_recall()
    # Known misses: ICAO writes ё as e (Fedor, Korolev) where German and English
    # write o/yo; the key cannot know which the Cyrillic letter was.
    assert recall >= NAME_RECALL_MIN, misses


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Sergej", "Сергей"),
        ("Сергей", "Sergey"),
        ("Schukow", "Zhukov"),
        ("Жуков", "Žukov"),
        ("Kiew", "Киев"),
        ("Kyiv", "Київ"),
        ("Kyjiw", "Kyiv"),
    ],
)
def test_skeleton_matches_in_both_directions(first: str, second: str) -> None:
    assert skeleton(first) == skeleton(second)


@pytest.mark.parametrize(
    ("declined", "nominative"),
    [("Сергея", "Sergey"), ("Сергеем", "Sergej"), ("Жуковым", "Zhukov"), ("Татьяной", "Tatjana")],
)
def test_declined_russian_names_meet_the_nominative(declined: str, nominative: str) -> None:
    assert skeleton(declined) == skeleton(nominative)


def test_kyiv_and_kiev_stay_apart() -> None:
    # Ukrainian и/ї against Russian и/е: documented as two groups, not one.
    assert skeleton("Kyiv") != skeleton("Kiev")


# Everyday letter words, no cognates, so any shared skeleton is a false match.
ORDINARY_WORDS = {
    "de": (
        "Antrag Brief Haus Arbeit Geld Woche Monat Jahr Stadt Amt Behörde Frist Zeit "
        "Antwort Frage Kind Mutter Vater Schwester Bruder Freund Reise Wohnung Miete "
        "Rechnung Steuer Schule Arzt Krankenhaus Termin Urlaub Wetter Regen Schnee "
        "Sommer Herbst Garten Küche Tisch Stuhl Fenster Tür Straße Zug Bahnhof Flughafen "
        "Geburtstag Hochzeit Beerdigung Versicherung Vertrag Kündigung Unterschrift "
        "Bescheinigung Zeugnis Anmeldung Ausweis Pass Visum Einladung Grüße Dank Bitte "
        "Nachricht Anlage gestern heute morgen immer niemals vielleicht leider schon "
        "noch wieder"
    ),
    "en": (
        "letter house work money week month year town office deadline time answer "
        "question child mother father sister brother friend journey flat rent invoice "
        "tax school doctor hospital appointment holiday weather rain snow summer winter "
        "garden kitchen table chair window door street train station airport birthday "
        "wedding funeral insurance contract notice signature certificate report "
        "registration identity passport invitation greetings thanks please message "
        "attachment yesterday today tomorrow always never perhaps unfortunately already "
        "still again"
    ),
    "ru": (
        "письмо дом работа деньги неделя месяц год город учреждение срок время ответ "
        "вопрос ребёнок мать отец сестра брат друг поездка квартира аренда счёт налог "
        "школа врач больница приём отпуск погода дождь снег лето зима сад кухня стол "
        "стул окно дверь улица поезд вокзал аэропорт день свадьба похороны страховка "
        "договор увольнение подпись справка свидетельство регистрация удостоверение "
        "загранпаспорт приглашение привет спасибо пожалуйста сообщение вложение вчера "
        "сегодня завтра всегда никогда возможно жаль уже ещё снова"
    ),
}
FALSE_COLLISION_MAX = 0.02


def false_collisions() -> tuple[float, list[tuple[str, str]]]:
    words = [(lang, word) for lang, text in ORDINARY_WORDS.items() for word in text.split()]
    collisions = [
        (first, second)
        for (lang_a, first), (lang_b, second) in itertools.combinations(words, 2)
        if lang_a != lang_b and skeleton(first) == skeleton(second)
    ]
    colliding = {word for pair in collisions for word in pair}
    return len(colliding) / len(words), collisions


def test_ordinary_words_rarely_collide_across_languages() -> None:
    assert sum(len(text.split()) for text in ORDINARY_WORDS.values()) >= 200
    rate, collisions = false_collisions()
    assert rate <= FALSE_COLLISION_MAX, collisions


def test_document_terms_keep_plain_words_apart_from_marked_keys() -> None:
    plain, variants = document_terms("Die Anträge von Sergej, 2024.", "de")
    assert plain == ["die", "antrage", "von", "sergej", "2024"]  # one per word: phrases work
    assert variants == [
        # "Die": a stopword, no skeleton; "von" is its own stem, lower case: nothing.
        *("1antrage", "2antrag", "3antrag"),  # capitalised: a skeleton
        "3serg",
    ]
    assert all(term.isalnum() for term in plain + variants)  # FTS5 unicode61 keeps them whole
    assert index_terms("Die Anträge", "de") == ["die", "antrage", "1antrage", "2antrag", "3antrag"]


def test_a_word_that_is_its_own_stem_is_found_by_the_plain_stem() -> None:
    assert "antrag" in query_terms("Anträgen")
    assert not set(query_terms("Anträgen")).isdisjoint(index_terms("Ein Antrag", "de"))


def matches(query: str, text: str, lang: str | None) -> bool:
    return bool(set(query_terms(query)) & set(index_terms(text, lang)))


@pytest.mark.parametrize(
    ("query", "text", "lang"),
    [
        ("Anträgen", "Ihr Antrag ist da", "de"),
        ("Mueller", "Frau Müller schreibt", "de"),
        ("Müller", "Frau Mueller schreibt", "de"),
        ("strasse", "Lange Straße 5", "de"),
        ("письма", "ваше письмо получено", "ru"),
        ("letters", "your letter arrived", "en"),
        ("Sergey", "Письмо от Сергея", "ru"),  # stem of Сергея is сергей, skeleton of that
        ("Schukow", "Маршал Жуков", "ru"),
        ("Жуков", "Marshal Zhukov", "en"),
        ("zhukov", "Marschall Schukow", "de"),
    ],
)
def test_query_word_finds_other_spellings(query: str, text: str, lang: str) -> None:
    assert matches(query, text, lang)


@pytest.mark.parametrize(
    ("query", "text", "lang"),
    [
        ("Michal", "Michael schreibt", "en"),  # ae only becomes a when the query hints it
        ("Kiev", "Kyiv", "en"),
        ("haus", "the house", "en"),
        ("ums", "Es geht um alles", "de"),  # English stem "um" is a German word
        ("Киев", "ки", "ru"),  # Russian stem "ки"
        ("Аня", "ан", "ru"),
    ],
)
def test_query_word_does_not_reach_too_far(query: str, text: str, lang: str) -> None:
    assert not matches(query, text, lang)


def test_umlaut_token_is_asked_for_only_with_an_umlaut_hint() -> None:
    assert "1muller" in query_terms("Müller")
    assert "1muller" in query_terms("Mueller")
    # Not from "Muller": although Snowball's German stem (2mull) joins all three.
    assert "1muller" not in query_terms("Muller")


def test_query_terms_without_language_stem_by_script() -> None:
    assert query_terms("письмом") == ["письмом", "2письм", "письм", "3pism"]
    assert "2letter" in query_terms("letters")
