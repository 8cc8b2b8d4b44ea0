# SPDX-License-Identifier: GPL-3.0-or-later
"""Topic suggestions: groups of conversations without a tag of the user's, and their words.

Each conversation becomes a vector of weighted word stems (TF-IDF over conversations, the
subject counting three times, quotes, signatures, addresses, links and people's names left
out). Words that are strongest in many conversations seed groups; overlapping groups merge,
then a few rounds of k-means on the groups' centres settle which conversation belongs where.
The same archive always gives the same suggestions, each with an id made of its words.
"""

from __future__ import annotations

import hashlib
import json
import math
import re
from collections import Counter
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from sqlalchemy import text

from correspondence_app.search.normalise import TOKEN_RE, fold, stem
from correspondence_app.storage.organise_tables import TagKind
from correspondence_app.storage.tables import UtcDateTime
from correspondence_app.tagging.names import checked_name
from correspondence_app.tagging.rules import save_rule
from correspondence_app.tagging.tags import change_tags, ensure_user_tags

if TYPE_CHECKING:
    import threading
    from collections.abc import Callable, Iterable, Sequence

    from sqlalchemy import Connection

    from correspondence_app.tagging.tags import Change

    Progress = Callable[[int, int, str], None]
    Vector = dict[str, float]

SUBJECT_WEIGHT = 3
READ_CHARS = 6000  # of a message's text, before quotes and signature are cut
MESSAGE_CHARS = 2000  # of what is left: a letter's start says what it is about
MESSAGES_PER_THREAD = 10
MIN_THREADS = 3
MAX_THREAD_SHARE = 0.4  # a word in more conversations than this tells none apart
_ALWAYS_COUNTED = 50  # conversations: in a small archive one topic may be most of it
WORDS = 8
MIN_WORDS = 2  # one word alone ("Unavailable", of encrypted mail) says too little
_THREAD_CHUNK = 1000  # conversations per query (a few thousand messages)
_MIN_WORD_CHARS, _MAX_WORD_CHARS = 3, 24
_VECTOR_TERMS = 30
_SEED_TERMS = 5
_CANDIDATES = 300
_OVERLAP_TO_MERGE = 0.5
_CENTRE_TERMS = 50
_ALIKE = 0.5  # cosine of two centres that are one topic
_MIN_SIMILARITY = 0.12
_ROUNDS = 3
_LABEL_WORDS = 2
_RULE_WORDS = 3
_ID_STEMS = 3

_SIGNATURE_RE = re.compile(r"^-- ?\r?$", re.MULTILINE)
_QUOTED_RE = re.compile(r"\n[ \t]*>[^\n]*")  # at a newline: a literal start, found fast
_LINK_RE = re.compile(r"(?:https?://|www\.)\S+", re.IGNORECASE)
_CYRILLIC_RE = re.compile(r"[\u0400-\u04ff]")
_QUERY_KEYWORDS = frozenset({"or", "and", "not"})

# Words that say nothing about a topic, in the three languages; mail phrases included.
_STOP_TEXT = """
aber alle allem allen aller alles also als am an ander andere anderen auch auf aus bei beim
bin bis bist bitte da dabei damit dann darum das dass dein deine dem den denn der des dessen
dich die dies diese diesem diesen dieser dieses dir doch dort du durch ein eine einem einen
einer eines einige einmal er es etwas euch euer für gegen geht gibt gut hab habe haben hallo
hat hatte hätte heute hier ihm ihn ihnen ihr ihre ihrem ihren ihrer ich im immer in ins ist
ja jetzt kann kein keine können könnte machen mal man mehr mein meine meinem meinen meiner
mich mir mit muss müssen nach nicht nichts noch nun nur ob oder ohne sehr sein seine seinem
seinen seiner seit sich sie sind so soll sollen sollte schon über um und uns unser unsere
unter viel viele vielen vom von vor war waren was weil weiter welche wenn wer werde werden
wie wieder will wir wird wo würde würden zu zum zur zwischen dank danke freundlichen grüßen
grüße gruß geehrte geehrter liebe lieber herr herrn frau schrieb antw gesendet betreff beste
mfg hast habt sag sagen gerade diesmal danach sicher wirklich ganz bald gleich eigentlich
leider bereits wegen morgen gestern jeden jede jeder jedes unserer unseren unserem eure euren
deinen deinem deiner denen deren kannst wäre wären worden wurde wurden sei seid etwa bzw usw
vielleicht natürlich gern gerne okay
about after again all also and any are because been before being but can could dear did does
done for from get got had has have her here him his how into its just let like more most not
now off one only other our out over please regards some still such than thank thanks that the
their them then there these they this those too very was were what when which while who why
will with would you your yours wrote sent subject hello best sincerely kind fwd think say
said told tell know bit glad really well much many may might must shall should going make
made see way back good great today tomorrow yesterday tonight don didn doesn isn wasn aren
can won hope let sorry maybe something anything nothing everything thing things need want use
used using seems seem sure yes yet already though actually probably instead either both each
few same own via etc per ever even never always since until without within against between
through under above below once where shouldn couldn wouldn haven hasn weren idea happened
jan feb mar apr jun jul aug sep oct nov dec mon tue wed thu fri sat sun
все всё она так его но да ты как то что он на не же вы за бы по только её мне было вот от
меня ещё нет из ему теперь когда даже ну вдруг ли если уже или ни быть был него до вас нибудь
опять уж вам ведь там потом себя ничего ей может они тут где есть надо ней для мы тебя их чем
была сам чтоб без будто чего раз тоже себе под будет тогда кто этот того потому этого какой
совсем ним здесь этом один почти мой тем чтобы нее кажется сейчас были куда зачем всех никогда
можно при наконец два об другой хоть после над больше тот через эти нас про всего них какая
много разве три эту моя впрочем хорошо свою этой перед иногда лучше чуть том нельзя такой им
более всегда конечно всю между привет спасибо здравствуйте уважаемый уважаемая уважением
пожалуйста написал написала дорогая дорогой очень тебе твой твоя твоё твои твоих мои моих
наш наша наше наши ваш ваша ваше ваши свой своя своё свои давай сегодня завтра вчера просто
буду будем будут это эта этих этим которые который которая которой которых также пока вообще
сказал сказала
"""
STOP_WORDS = frozenset(fold(word) for word in _STOP_TEXT.split())
# Russian declines its pronouns too (твоё, твоём, твоего): those go by their stems.
_RUSSIAN_DECLINED = ["твой", "мой", "наш", "ваш", "свой", "этот", "который", "себя", "тебя"]
_RUSSIAN_STOP_STEMS = frozenset(stem(word, "ru") for word in [*_RUSSIAN_DECLINED, "меня"])


class TopicError(ValueError):
    """A suggestion that does not exist (any more), with a message for the user."""


@dataclass(frozen=True)
class TopicSuggestion:
    """A group of conversations: ``words`` in their most frequent spelling, strongest first;
    ``stems`` are the same words as the archive compares them."""

    id: str
    label: str
    words: tuple[str, ...]
    stems: tuple[str, ...]
    thread_ids: tuple[int, ...]

    @property
    def threads(self) -> int:
        return len(self.thread_ids)


@dataclass(frozen=True)
class AcceptedTopic:
    tag_id: int
    change: Change
    rule_id: int | None


# Suggesting -----------------------------------------------------------------------------------
def suggest_topics(
    connection: Connection,
    *,
    limit: int = 20,
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
) -> list[TopicSuggestion]:
    """Up to ``limit`` suggestions, largest first, none the user dismissed; an empty list
    when ``cancel`` is set (it is checked between chunks of conversations)."""
    report = progress or _no_progress
    reader = _ThreadReader(connection)
    vectors = reader.read(report, cancel)
    if vectors is None:
        return []
    report(0, 0, "grouping conversations")  # 0: a total not known
    groups = _groups(vectors, cancel)
    if groups is None:
        return []
    dismissed = _dismissed(connection)
    dismissed_threads = _dismissed_threads(connection)
    suggestions: list[TopicSuggestion] = []
    for group, topic_id in zip(groups, _topic_ids(groups), strict=True):
        centre = group.centre
        stems = tuple(sorted(centre, key=lambda term: (-centre[term], term))[:WORDS])
        if (
            len(stems) < MIN_WORDS
            or _is_dismissed(topic_id, stems, dismissed)
            or _is_mostly_dismissed(group.members, dismissed_threads)
        ):
            continue
        words = tuple(reader.surface(term) for term in stems)
        suggestions.append(
            TopicSuggestion(
                id=topic_id,
                label=", ".join(words[:_LABEL_WORDS]),
                words=words,
                stems=stems,
                thread_ids=tuple(sorted(group.members)),
            )
        )
    suggestions.sort(key=lambda s: (-s.threads, s.id))
    return suggestions[:limit]


def suggestion_by_id(connection: Connection, topic_id: str) -> TopicSuggestion:
    """The suggestion with this id, computed again; TopicError when there is none."""
    for suggestion in suggest_topics(connection, limit=1_000_000):
        if suggestion.id == topic_id.strip().lower():
            return suggestion
    raise TopicError(f"there is no topic suggestion {topic_id}")


def dismiss_topic(connection: Connection, suggestion: TopicSuggestion) -> None:
    """The suggestion is not made again, nor any later one with at least half of its words,
    nor one that is at least half made of dismissed conversations (new mail may group them
    under other words). Conversations are remembered by their messages, whose ids stay
    when threads are built anew."""
    connection.execute(
        text(
            "INSERT OR REPLACE INTO dismissed_topics (key, words, message_ids, dismissed_at) "
            "VALUES (:key, :words, :messages, :now)"
        ),
        {
            "key": suggestion.id,
            "words": json.dumps(list(suggestion.stems), ensure_ascii=False),
            "messages": json.dumps(_thread_messages(connection, suggestion.thread_ids)),
            "now": UtcDateTime.stored(datetime.now(UTC)),
        },
    )


def accept_topic(
    connection: Connection,
    suggestion: TopicSuggestion,
    tag_name: str,
    *,
    author: str,
    with_rule: bool = False,
) -> AcceptedTopic:
    """Tags every message of the suggestion's conversations (one step to undo), creating the
    tag if needed; ``with_rule`` adds a rule that gives mail with its strongest words the tag."""
    name = checked_name(tag_name)
    [tag_id] = ensure_user_tags(connection, [name], author=author)
    message_ids = _thread_messages(connection, suggestion.thread_ids)
    change = change_tags(
        connection,
        message_ids,
        add=[tag_id],
        description=f"+{name} on the topic “{suggestion.label}”",
        author=author,
    )
    rule_id = None
    if with_rule:
        rule_id = save_rule(
            connection,
            _free_rule_name(connection, f"{name} (topic)"),
            rule_query(suggestion),
            [name],
            author=author,
        )
    return AcceptedTopic(tag_id, change, rule_id)


def rule_query(suggestion: TopicSuggestion) -> str:
    """Its strongest words OR-ed: bare, because a quoted word is a phrase and not stemmed."""
    words = [w if fold(w) not in _QUERY_KEYWORDS else f'"{w}"' for w in suggestion.words]
    return " OR ".join(words[:_RULE_WORDS])


# Reading the conversations --------------------------------------------------------------------
class _ThreadReader:
    """Each conversation without a user's tag as a weighted vector of word stems."""

    def __init__(self, connection: Connection) -> None:
        self._connection = connection
        self._names = _name_words(connection)
        self._stems: dict[str | None, _Stems] = {}
        self._spellings: Counter[str] = Counter()
        self._surfaces: dict[str, str] | None = None

    def read(self, report: Progress, cancel: threading.Event | None) -> list[_Thread] | None:
        tagged = _user_tagged_threads(self._connection)
        subjects = {
            thread_id: subject
            for thread_id, subject in self._connection.execute(
                text("SELECT thread_id, subject FROM thread_list ORDER BY thread_id")
            )
            if thread_id not in tagged
        }
        ordered = list(subjects)
        counts: dict[int, Counter[str]] = {}
        for start in range(0, len(ordered), _THREAD_CHUNK):
            if cancel is not None and cancel.is_set():
                return None
            report(start, len(ordered), "reading conversations")
            chunk = ordered[start : start + _THREAD_CHUNK]
            texts: dict[tuple[int, str | None], list[str]] = {}
            started: set[int] = set()
            for thread_id, language, body in self._connection.execute(
                text(
                    "SELECT x.thread_id, x.language, substr(b.text, 1, :chars) FROM "
                    "(SELECT id, thread_id, language, row_number() OVER "
                    "(PARTITION BY thread_id ORDER BY date_at, id) AS n FROM messages "
                    "WHERE thread_id BETWEEN :first AND :last) x "
                    "JOIN message_bodies b ON b.message_id = x.id "
                    "WHERE x.n <= :cap ORDER BY x.thread_id, x.n"
                ),
                {
                    "chars": READ_CHARS,
                    "first": chunk[0],
                    "last": chunk[-1],
                    "cap": MESSAGES_PER_THREAD,
                },
            ):
                if thread_id not in subjects:
                    continue
                key = (thread_id, language or None)
                if thread_id not in started:  # the subject in the first message's language
                    started.add(thread_id)
                    texts[key] = [(subjects[thread_id] + "\n") * SUBJECT_WEIGHT]
                texts.setdefault(key, []).append(_readable(body or ""))
            for (thread_id, language), parts in texts.items():
                terms = counts.setdefault(thread_id, Counter())
                self._count("\n".join(parts), language, terms)
                terms.pop("", None)
        return _weighted(counts)

    def _count(self, body: str, language: str | None, terms: Counter[str]) -> None:
        # Counter over an iterable and map over a dict run in C: no Python step per word.
        words = TOKEN_RE.findall(body)
        self._spellings.update(words)
        stems = self._stems.get(language)
        if stems is None:
            stems = self._stems[language] = _Stems(language, self._names)
        terms.update(map(stems.__getitem__, words))

    def surface(self, term: str) -> str:
        """The stem's most frequent spelling (``Anträge`` for ``antrag``), in lower case
        unless it is German or mostly written with a capital (a name)."""
        if self._surfaces is None:
            self._surfaces = self._spelling_of_terms()
        return self._surfaces.get(term, term)

    def _spelling_of_terms(self) -> dict[str, str]:
        spellings: dict[str, dict[str, int]] = {}
        for stems in self._stems.values():
            for word, term in stems.items():
                if term:
                    spellings.setdefault(term, {})[word] = self._spellings[word]
        german: dict[str, str] = self._stems.get("de", {})
        chosen = {}
        for term, words in spellings.items():
            best = min(words, key=lambda word: (-words[word], word))
            lower = {word: n for word, n in words.items() if word.islower()}
            capital = sum(words.values()) - sum(lower.values())
            if not best.islower() and best not in german and sum(lower.values()) * 4 >= capital:
                best = min(lower, key=lambda word: (-lower[word], word))
            chosen[term] = best
        return chosen


class _Stems(dict[str, str]):
    """A word's term in one language, worked out on first sight: its stem, or "" for a
    word that says nothing about a topic (too short or long, a number, a stop word, a name)."""

    def __init__(self, language: str | None, names: frozenset[str]) -> None:
        super().__init__()
        self._language = language
        self._names = names

    def __missing__(self, word: str) -> str:
        term = self[word] = self._term(word)
        return term

    def _term(self, word: str) -> str:
        if not _MIN_WORD_CHARS <= len(word) <= _MAX_WORD_CHARS or word.isdigit():
            return ""
        folded = fold(word)
        if folded in STOP_WORDS or folded in self._names:
            return ""
        language = self._language
        if _CYRILLIC_RE.search(word):
            language = "ru"
        elif language == "ru":
            language = None  # a Latin word in a Russian letter: a name, a place
        if not language:
            return folded
        term = stem(word, language)
        return "" if language == "ru" and term in _RUSSIAN_STOP_STEMS else term


@dataclass
class _Thread:
    id: int
    vector: Vector  # unit length, its strongest terms only


def _readable(body: str) -> str:
    """The writer's own words: no signature, quoted lines, addresses or links."""
    signature = _SIGNATURE_RE.search(body)
    if signature:
        body = body[: signature.start()]
    body = _QUOTED_RE.sub("\n", "\n" + body)
    if "@" in body:
        body = _without_addresses(body)
    if "http" in body or "www." in body:
        body = _LINK_RE.sub(" ", body)
    return body[:MESSAGE_CHARS]


def _without_addresses(body: str) -> str:
    """Cuts every ``local@domain`` (a pattern for them searches every position: slow)."""
    pieces = body.split("@")
    for index in range(len(pieces) - 1):
        before, after = pieces[index], pieces[index + 1]
        pieces[index] = before[: max(before.rfind(c) for c in " \t\n<(") + 1]
        ends = [at for at in (after.find(c) for c in " \t\n>)") if at >= 0]
        pieces[index + 1] = after[min(ends) :] if ends else ""
    return " ".join(pieces)


def _weighted(counts: dict[int, Counter[str]]) -> list[_Thread]:
    """TF-IDF over conversations, without the words too rare or too common to group by."""
    documents = {thread_id: terms for thread_id, terms in counts.items() if terms}
    total = len(documents)
    frequency: Counter[str] = Counter()
    for terms in documents.values():
        frequency.update(terms.keys())
    most = max(_ALWAYS_COUNTED, MAX_THREAD_SHARE * total)
    idf = {
        term: math.log(total / count)
        for term, count in frequency.items()
        if MIN_THREADS <= count <= most
    }
    threads = []
    for thread_id, terms in documents.items():
        weights = {t: (1 + math.log(n)) * idf[t] for t, n in terms.items() if t in idf}
        strongest = sorted(weights, key=lambda t: (-weights[t], t))[:_VECTOR_TERMS]
        if strongest:
            threads.append(_Thread(thread_id, _unit({t: weights[t] for t in strongest})))
    return threads


# Grouping -------------------------------------------------------------------------------------
@dataclass(frozen=True)
class _Group:
    members: set[int]
    centre: Vector  # the strongest terms, for the words shown
    # The terms most of its conversations have: the id, which neither the weights of other
    # conversations nor the acceptance of another suggestion changes.
    widespread: tuple[str, ...]


def _groups(threads: list[_Thread], cancel: threading.Event | None) -> list[_Group] | None:
    """Groups of at least MIN_THREADS conversations with their centres (mean vectors);
    None when cancelled."""
    by_id = {thread.id: thread for thread in threads}
    seeded: dict[str, set[int]] = {}
    for thread in threads:
        strongest = sorted(thread.vector, key=lambda t: (-thread.vector[t], t))[:_SEED_TERMS]
        for term in strongest:
            seeded.setdefault(term, set()).add(thread.id)
    candidates = sorted(
        (members for members in seeded.values() if len(members) >= MIN_THREADS),
        key=lambda members: (-len(members), min(members)),
    )[:_CANDIDATES]
    merged: list[set[int]] = []
    for members in candidates:
        for group in merged:
            if len(members & group) >= _OVERLAP_TO_MERGE * min(len(members), len(group)):
                group |= members
                break
        else:
            merged.append(set(members))
    centres = [_centre(group, by_id) for group in merged]
    for _ in range(_ROUNDS):
        if cancel is not None and cancel.is_set():
            return None
        kept = [group for group in _assign(threads, centres) if len(group) >= MIN_THREADS]
        centres = [_centre(group, by_id) for group in _merge_alike(kept, by_id)]
    assigned = _assign(threads, centres)
    return [
        _Group(group, _centre(group, by_id, terms=WORDS * 2), _widespread(group, by_id))
        for group in assigned
        if len(group) >= MIN_THREADS
    ]


def _widespread(members: set[int], by_id: dict[int, _Thread]) -> tuple[str, ...]:
    having: Counter[str] = Counter()
    for thread_id in members:
        having.update(by_id[thread_id].vector.keys())
    return tuple(sorted(having, key=lambda term: (-having[term], term))[:_ID_STEMS])


def _centre(
    members: Iterable[int], by_id: dict[int, _Thread], terms: int = _CENTRE_TERMS
) -> Vector:
    summed: dict[str, float] = {}
    for thread_id in sorted(members):
        for term, weight in by_id[thread_id].vector.items():
            summed[term] = summed.get(term, 0.0) + weight
    strongest = sorted(summed, key=lambda t: (-summed[t], t))[:terms]
    return _unit({t: summed[t] for t in strongest})


def _merge_alike(groups: list[set[int]], by_id: dict[int, _Thread]) -> list[set[int]]:
    """Groups whose centres point the same way become one, the larger taking the smaller."""
    kept: list[tuple[set[int], Vector]] = []
    for group in sorted(groups, key=lambda members: (-len(members), min(members))):
        centre = _centre(group, by_id)
        for other, other_centre in kept:
            if _cosine(centre, other_centre) >= _ALIKE:
                other |= group
                break
        else:
            kept.append((set(group), centre))
    return [group for group, _ in kept]


def _cosine(first: Vector, second: Vector) -> float:
    if len(second) < len(first):
        first, second = second, first
    return sum(weight * second.get(term, 0.0) for term, weight in first.items())


def _assign(threads: list[_Thread], centres: list[Vector]) -> list[set[int]]:
    """Each conversation to the centre most like it (cosine), if any is like it enough."""
    postings: dict[str, list[tuple[int, float]]] = {}
    for index, centre in enumerate(centres):
        for term, weight in centre.items():
            postings.setdefault(term, []).append((index, weight))
    groups: list[set[int]] = [set() for _ in centres]
    for thread in threads:
        scores: dict[int, float] = {}
        for term, weight in thread.vector.items():
            for index, centre_weight in postings.get(term, ()):
                scores[index] = scores.get(index, 0.0) + weight * centre_weight
        if scores:
            best = max(scores, key=lambda index: (scores[index], -index))
            if scores[best] >= _MIN_SIMILARITY:
                groups[best].add(thread.id)
    return groups


def _unit(vector: Vector) -> Vector:
    length = math.sqrt(sum(weight * weight for weight in vector.values())) or 1.0
    return {term: weight / length for term, weight in vector.items()}


# Storage ---------------------------------------------------------------------------------------
def _user_tagged_threads(connection: Connection) -> set[int]:
    return set(
        connection.execute(
            text(
                "SELECT DISTINCT m.thread_id FROM messages m "
                "JOIN message_tags mt ON mt.message_id = m.id "
                "JOIN tags t ON t.id = mt.tag_id WHERE t.kind = :kind"
            ),
            {"kind": TagKind.USER.value},
        ).scalars()
    )


def _name_words(connection: Connection) -> frozenset[str]:
    """The words of people's names: a salutation or a signature is no topic."""
    names = connection.execute(
        text("SELECT name FROM addresses UNION SELECT name FROM people")
    ).scalars()
    return frozenset(fold(word) for name in names if name for word in TOKEN_RE.findall(name))


def _dismissed(connection: Connection) -> dict[str, frozenset[str]]:
    return {
        key: frozenset(json.loads(words))
        for key, words in connection.execute(text("SELECT key, words FROM dismissed_topics"))
    }


def _is_dismissed(
    topic_id: str, stems: Sequence[str], dismissed: dict[str, frozenset[str]]
) -> bool:
    if topic_id in dismissed:
        return True
    mine = set(stems)
    return any(words and len(mine & words) * 2 >= len(words) for words in dismissed.values())


def _dismissed_threads(connection: Connection) -> set[int]:
    """The conversations that now hold the messages of dismissed suggestions."""
    return set(
        connection.execute(
            text(
                "SELECT DISTINCT m.thread_id FROM dismissed_topics d, json_each(d.message_ids) j "
                "JOIN messages m ON m.id = j.value WHERE m.thread_id IS NOT NULL"
            )
        ).scalars()
    )


def _is_mostly_dismissed(members: set[int], dismissed_threads: set[int]) -> bool:
    """At least half of the group's conversations were in dismissed suggestions."""
    return len(members & dismissed_threads) * 2 >= len(members)


def _thread_messages(connection: Connection, thread_ids: Sequence[int]) -> list[int]:
    return list(
        connection.execute(
            text("SELECT id FROM messages WHERE thread_id IN (SELECT value FROM json_each(:ids))"),
            {"ids": json.dumps(list(thread_ids))},
        ).scalars()
    )


def _free_rule_name(connection: Connection, wanted: str) -> str:
    taken = {
        name.casefold() for name in connection.execute(text("SELECT name FROM rules")).scalars()
    }
    name, number = wanted, 1
    while name.casefold() in taken:
        number += 1
        name = f"{wanted} {number}"
    return name


def _topic_ids(groups: Sequence[_Group]) -> list[str]:
    """Each group's id: of its most widespread term, or of more where groups share it. Fewer
    terms keep an id when the groups shift (another suggestion accepted, new mail)."""
    keys = [group.widespread[:1] for group in groups]
    for length in range(2, _ID_STEMS + 1):
        shared = {key for key, times in Counter(keys).items() if times > 1}
        keys = [
            group.widespread[:length] if key in shared else key
            for group, key in zip(groups, keys, strict=True)
        ]
    shared = {key for key, times in Counter(keys).items() if times > 1}
    keys = [  # the same words still: told apart by the first conversation
        (*key, str(min(group.members))) if key in shared else key
        for group, key in zip(groups, keys, strict=True)
    ]
    return [_topic_id(key) for key in keys]


def _topic_id(stems: Sequence[str]) -> str:
    key = " ".join(stems)
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:10]


def _no_progress(done: int, total: int, note: str, /) -> None:
    pass
