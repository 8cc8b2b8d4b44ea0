# SPDX-License-Identifier: GPL-3.0-or-later
"""Text to search keys: case and diacritic folding, stemming, language guess, transliteration.

Documents and queries go through the same functions, so a query word matches
whatever spelling the archive holds. :func:`document_terms` gives each text
field two FTS5 columns: the plain folded words (one per word, so phrases match
by position) and the marked keys of the words that have them; a query word
becomes the OR of :func:`query_terms`. Each key kind is marked by a leading
digit, because FTS5's ``unicode61`` tokenizer keeps digits inside a token but
splits at ``:``; text tokens are letter-only or digit-only runs, so a marked
token (digit then letters) never equals a word of the text:

========  ===============================  ================================
marker    token                            example (``Anträge``, de)
========  ===============================  ================================
(none)    folded word                      ``antrage``
``1``     umlaut spelling ae/oe/ue -> a/o/u ``1antrage`` (``Antraege`` too)
``2``     Snowball stem of the word        ``2antrag``
``3``     cross-alphabet skeleton          ``3antrag``
``4``     a whole address (hashed)         ``4`` and 16 hex digits
``5``     a flag of the message            ``5attachment``
``6``     a folder or label (hashed)       ``6`` and 16 hex digits
========  ===============================  ================================

Umlauts: ``ae``/``oe``/``ue`` is ambiguous ("Michael", "aktuell"), so the plain
folded form is always kept and the ``1`` form is only an extra token; a query
asks for it only when the query word itself has an umlaut or ae/oe/ue, so
"Müller" and "Mueller" meet but "Michal" does not reach "Michael". (Snowball's
German stemmer folds ae/oe/ue itself, so in German text, and in text of unknown
language, the stems meet too.)
Query terms are quoted in ``MATCH`` (``"2antrag"``) like any other term.

Stems: a word is stemmed in its message's language; a word in the other script
(a Russian word in a German letter) and every word of a message whose language is
unknown (most short mails) are stemmed as its script suggests: Cyrillic as Russian,
Latin as both German and English. Queries stem the same way.

Skeletons: every word maps to one coarse Latin key that German (Sergej
Schukow), English (Sergey Zhukov), ISO 9 (Sergej Žukov) and passport/ICAO
(Sergei Zhukov) spellings and the Cyrillic original share. Documents carry a
skeleton only for capitalised words (names; German nouns too), which keeps
ordinary lower-case words out of the cross-alphabet matches; outside German
text, a short word capitalised only because it opens a sentence carries none
either, unless it is a common name ("Лист бумаги" is not "list"; see :mod:`openers`).
Stopwords of the three languages never carry one, in documents or queries ("нам"
is not "Name"); other query words always ask for it.
The key drops a case ending, so "Сергея" finds "Sergej". "Kiew",
"Kiev", "Киев" meet, and so do "Kyiv", "Kyjiw", "Київ", but the two groups stay
apart (Russian vs Ukrainian vowels). ICAO's e for ё (Fedor for Фёдор) misses.
"""

from __future__ import annotations

import functools
import hashlib
import re
import unicodedata
from typing import TYPE_CHECKING

import Stemmer  # type: ignore[import-not-found]  # PyStemmer: C extension, no stubs

from correspondence_app.search import wordlists
from correspondence_app.search.openers import unnamed_openers

if TYPE_CHECKING:
    from collections.abc import Iterable

UMLAUT_MARK = "1"
STEM_MARK = "2"
SKELETON_MARK = "3"
ADDRESS_MARK = "4"
FLAG_MARK = "5"
PLACE_MARK = "6"
# In the filenames' keys of every message with an attachment: has:attachment by the index.
ATTACHMENT_KEY = FLAG_MARK + "attachment"

_STEMMER_NAMES = {"de": "german", "en": "english", "ru": "russian"}
_MIN_PLAIN_STEM = 3

# A word of the index: letters only or digits only. Queries and snippets split the same way.
TOKEN_RE = re.compile(r"[^\W\d_]+|\d+")
_CYRILLIC_RE = re.compile(r"[\u0400-\u04ff]")
_CYRILLIC_RUN_RE = re.compile(r"[\u0400-\u04ff]+")
_LATIN_WORD_RE = re.compile(r"[a-zäöüß]+")
_UMLAUT_SPELLING_RE = re.compile(r"[äöü]|ae|oe|ue")


def _build_fold_table() -> dict[int, str]:
    # Precomputed so that fold() is one casefold() and one translate() per word.
    table: dict[int, str] = {}
    for start, end in ((0x00C0, 0x0250), (0x1E00, 0x1F00), (0x0400, 0x0500)):
        for code in range(start, end):
            char = chr(code)
            if char in "йЙїЇ":  # letters of their own, not и or і with a mark
                continue
            base = "".join(
                c for c in unicodedata.normalize("NFD", char) if not unicodedata.combining(c)
            )
            if base != char:
                table[code] = base
    return table


_FOLD_TABLE = _build_fold_table()


def fold(word: str) -> str:
    """Lower-case without diacritics: ``Straße`` -> ``strasse``, ``Ёлка`` -> ``елка``."""
    return word.casefold().translate(_FOLD_TABLE)


# Words that never meet a word of the other alphabet, folded like the words they are
# compared with.
_STOPWORDS = frozenset(
    fold(word)
    for text in (wordlists.GERMAN, wordlists.ENGLISH, wordlists.RUSSIAN)
    for word in text.split()
)


def umlaut_variant(folded: str) -> str:
    """The German transcription folded too: ``mueller`` -> ``muller``."""
    return folded.replace("ae", "a").replace("oe", "o").replace("ue", "u")


@functools.cache
def _stemmer(lang: str) -> Stemmer.Stemmer:
    return Stemmer.Stemmer(_STEMMER_NAMES[lang])


def stem_languages(token: str, lang: str | None) -> tuple[str, ...]:
    """The languages a word is stemmed in: its text's, unless the word's script says
    otherwise; without a language Cyrillic is Russian and Latin German and English."""
    if _CYRILLIC_RE.search(token):
        return ("ru",)
    if lang is not None and lang in ("de", "en"):
        return (lang,)
    return ("de", "en")


def stem(word: str, lang: str | None) -> str:
    """The folded Snowball stem for de, en or ru; other languages are only folded."""
    if lang not in _STEMMER_NAMES:
        return fold(word)
    # Stemmed before folding: the Snowball rules know ä and ё.
    return fold(_stemmer(lang).stemWord(word.lower()))


# Stopwords frequent in letters; the lists are disjoint so one hit is one vote.
_GERMAN_TEXT = (
    "der die das und ist nicht ich sie wir ein eine einen mit von zu den dem des auf "
    "für sich auch es wie bei oder aber noch nach wird werden sehr ihre ihr ihnen uns "
    "bitte vielen dank freundlichen grüßen liebe lieber sind war haben hat habe"
)
_ENGLISH_TEXT = (
    "the and is not you we a an with of to in on for it as at or but are was be have "
    "has had this that will would please thank thanks dear regards your our they from "
    "by sincerely"
)
_GERMAN_WORDS = frozenset(_GERMAN_TEXT.split())
_ENGLISH_WORDS = frozenset(_ENGLISH_TEXT.split())
_DETECT_SAMPLE_CHARS = 2000
_MIN_LETTERS = 20
_MIN_STOPWORDS = 3


def detect_language(text: str) -> str | None:
    """``"de"``, ``"en"`` or ``"ru"`` for a message text, ``None`` when unsure.

    Only the first 2000 characters count: enough for a letter's language,
    and it keeps the guess under 0.2 ms however long the text is.
    """
    sample = text[:_DETECT_SAMPLE_CHARS].lower()
    cyrillic = sum(map(len, _CYRILLIC_RUN_RE.findall(sample)))  # runs: fewer matches, faster
    words = _LATIN_WORD_RE.findall(sample)
    latin = sum(map(len, words))
    if cyrillic + latin < _MIN_LETTERS:
        return None
    if cyrillic > 2 * latin:
        return "ru"
    if latin < 2 * cyrillic:
        return None  # a mixed text: do not guess
    german = sum(w in _GERMAN_WORDS for w in words)
    english = sum(w in _ENGLISH_WORDS for w in words)
    if max(german, english) < _MIN_STOPWORDS or german == english:
        return None
    return "de" if german > english else "en"


# Skeleton alphabet: vowels a e i o u, "s" for s/z/ц sounds, "x" for sh/zh
# sounds, "h" for ч and х (German "ch" is х, English "ch" is ч, so the two
# cannot be told apart), j/y/й/ы all "i".
_CYRILLIC_TO_SKELETON = str.maketrans(
    {
        "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "io",
        "ж": "x", "з": "s", "и": "i", "й": "i", "к": "k", "л": "l", "м": "m",
        "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u",
        "ф": "f", "х": "h", "ц": "s", "ч": "h", "ш": "x", "щ": "xh", "ъ": "",
        "ы": "i", "ь": "", "э": "e", "ю": "iu", "я": "ia", "і": "i", "ї": "ii",
        "є": "ie", "ґ": "g", "ў": "u",
    }
)  # fmt: skip
# Marked letters that carry a sound of their own before fold() would drop the mark.
_LATIN_MARKED = str.maketrans(
    {"š": "sh", "ž": "zh", "č": "ch", "ŝ": "shch", "ĉ": "ch", "ë": "jo", "ß": "ss", "x": "ks"}
)
_OLD_FINAL_FF_RE = re.compile(r"ff$")  # Rachmaninoff, Smirnoff: the French-era ending -ов
_LATIN_SOUNDS = [
    ("schtsch", "xh"), ("shch", "xh"), ("tsch", "h"), ("tch", "h"), ("sch", "x"),
    ("sh", "x"), ("zh", "x"), ("kh", "h"), ("ch", "h"), ("ck", "k"), ("ph", "f"),
    ("tz", "s"), ("ts", "s"), ("z", "s"), ("q", "k"), ("w", "v"), ("y", "i"), ("j", "i"),
]  # fmt: skip
_LATIN_SOUNDS_RE = re.compile("|".join(re.escape(k) for k, _ in _LATIN_SOUNDS) + "|c")
_LATIN_SOUND_OF = dict(_LATIN_SOUNDS)
_I_BEFORE_VOWEL_RE = re.compile(r"i+(?=[aeou])")
_O_AFTER_HUSH_RE = re.compile(r"(?<=[xh])o")
_DOUBLE_RE = re.compile(r"(.)\1+")
_CASE_ENDING_RE = re.compile(r"[aeiou]+m?$")
_MIN_STRIPPED_KEY = 3


def _latin_sound(match: re.Match[str]) -> str:
    text = match.group()
    if text == "c":  # Carl, Claus: k; ISO 9 Cvetaeva, Kuznec and Cecilie: ц
        following = match.string[match.end() : match.end() + 1]
        return "k" if following and following in "aoulr" else "s"
    return _LATIN_SOUND_OF[text]


@functools.lru_cache(maxsize=65536)
def skeleton(word: str) -> str:
    """The cross-alphabet key: ``Сергей``, ``Сергея``, ``Sergej``, ``Sergey`` -> ``serg``."""
    lower = word.lower()
    if _CYRILLIC_RE.search(lower):
        key = lower.translate(_CYRILLIC_TO_SKELETON)
    else:
        latin = _OLD_FINAL_FF_RE.sub("v", fold(lower.translate(_LATIN_MARKED)))
        key = _LATIN_SOUNDS_RE.sub(_latin_sound, latin)
    key = _I_BEFORE_VOWEL_RE.sub("", key)  # je/ye/ie/е, ja/ya/ia/я: the glide is spelled or not
    key = _O_AFTER_HUSH_RE.sub("e", key)  # ё after ж/ч/ш/щ: German o, English e
    key = _DOUBLE_RE.sub(r"\1", key)  # Larissa/Лариса, Dmitrii/Dmitri
    # Russian names decline (Сергея, Жуковым) but Latin letters quote them in the
    # nominative, so the key ends before the case ending: a final vowel run, or
    # -ым/-ем/-ом; kept whole when too little would be left.
    stripped = _CASE_ENDING_RE.sub("", key)
    return stripped if len(stripped) >= _MIN_STRIPPED_KEY else key


# A word that opens a sentence keeps a long skeleton, or a common name's ("Сергей поехал").
_MAX_SHORT_KEY = len(SKELETON_MARK) + 4
_NAME_KEYS = frozenset(SKELETON_MARK + skeleton(name) for name in wordlists.NAMES.split())


@functools.lru_cache(maxsize=50_000)
def word_entry(token: str, lang: str | None) -> tuple[str, tuple[str, ...]]:
    """A document word's plain form and its marked keys (only those that differ); the
    skeleton, if any, is the last key.

    Cached: the words of mail repeat, and this is the import's costliest step per word.
    """
    folded = fold(token)
    keys = []
    if _UMLAUT_SPELLING_RE.search(token.lower()):
        keys.append(UMLAUT_MARK + umlaut_variant(folded))
    if not token.isdigit():
        for code in stem_languages(token, lang):
            stemmed = stem(token, code)
            if stemmed != folded:  # a word that is its own stem is found as a plain word
                keys.append(STEM_MARK + stemmed)
    if token[0].isupper() and folded not in _STOPWORDS:
        keys.append(SKELETON_MARK + skeleton(token))
    return folded, tuple(dict.fromkeys(keys))


def document_terms(
    text: str, lang: str | None, *, prose: bool = True
) -> tuple[list[str], list[str]]:
    """The plain words and the marked keys of ``text``, for two FTS5 columns.

    The plain column keeps one token per word, so phrases match by position; the
    keys go to a column of their own. In ``prose`` (a text, not a list of names and
    addresses), a word capitalised only because it opens a sentence loses its skeleton
    (see :func:`_doubtful_skeleton`).
    """
    # Comprehensions, not a loop with appends: this runs for every word of every message.
    # A number is its own entry (folding leaves it, it has no stem and no capital).
    entries = [word_entry(token, lang) for token in TOKEN_RE.findall(text)]
    keys = [key for _, word_keys in entries for key in word_keys]
    if prose:
        # The keys are a bag: one skeleton fewer per opening; the word's other places keep it.
        doubtful = functools.partial(_doubtful_skeleton, lang=lang)
        for word in unnamed_openers(text, doubtful):
            keys.remove(doubtful(word))
    return [folded for folded, _ in entries], keys


def _doubtful_skeleton(word: str, lang: str | None) -> str:
    """The skeleton key of a word that opens a sentence, if it says nothing of a name: a
    short key (one of more than four sounds rarely meets an unrelated word) and not a
    common name's, in a text that is not German (which capitalises every noun anyway);
    "" if it keeps its skeleton."""
    keys = word_entry(word, lang)[1]
    if not keys or keys[-1][0] != SKELETON_MARK:
        return ""
    key = keys[-1]
    if len(key) > _MAX_SHORT_KEY or key in _NAME_KEYS:
        return ""
    if lang == "de" and not _CYRILLIC_RE.match(word):
        return ""
    return key


def _hashed_key(mark: str, text: str) -> str:
    """One index token for any text: the mark and 16 hex digits of its SHA-256."""
    return mark + hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:16]


def address_key(address: str) -> str:
    """One token for a whole address, which the tokenizer would split at ``@`` and ``.``:
    ``from:anna@example.org`` finds its messages without reading every ``example``."""
    return _hashed_key(ADDRESS_MARK, address.strip().lower())


def place_key(name: str) -> str:
    """The key of a folder, mbox file or label, in any case: ``folder:archiv``."""
    return _hashed_key(PLACE_MARK, name.strip("/").casefold())


def place_keys(names: Iterable[str]) -> list[str]:
    """The keys of the places a message was found in and of every place above them
    (``Archiv/2019`` gives ``Archiv`` too), so a folder finds its subfolders."""
    keys: dict[str, None] = {}
    for name in names:
        parts = [part for part in name.strip("/").split("/") if part]
        for depth in range(1, len(parts) + 1):
            keys[place_key("/".join(parts[:depth]))] = None
    return list(keys)


def index_terms(text: str, lang: str | None) -> list[str]:
    """Every token stored for ``text``: the plain words, then the marked keys."""
    plain, variants = document_terms(text, lang)
    return plain + variants


def query_terms(word: str, lang: str | None = None) -> list[str]:
    """The alternatives one query word matches (to be OR-ed), most literal first.

    Without a language a Cyrillic word is stemmed as Russian and a Latin word
    both as German and as English. A stem is asked for marked (a document word
    that has it) and plain (a document word that is it).
    """
    terms: list[str] = []
    for token in TOKEN_RE.findall(word):
        if token.isdigit():
            terms.append(token)
            continue
        folded = fold(token)
        terms.append(folded)
        if _UMLAUT_SPELLING_RE.search(token.lower()):
            terms.append(UMLAUT_MARK + umlaut_variant(folded))
        languages = [lang] if lang is not None else stem_languages(token, None)
        for code in languages:
            if code in _STEMMER_NAMES:
                stemmed = stem(token, code)
                terms.append(STEM_MARK + stemmed)
                # A document word that is the stem itself; not a stem this short, which
                # would be another word ("ums" -> "um", "Киев" -> "ки").
                if stemmed != folded and len(stemmed) >= _MIN_PLAIN_STEM:
                    terms.append(stemmed)
        if folded not in _STOPWORDS:  # "нам" must not find "Name"
            terms.append(SKELETON_MARK + skeleton(token))
    return list(dict.fromkeys(terms))
