# SPDX-License-Identifier: GPL-3.0-or-later
"""Snippets: the passage of a message around the first word a query matched.

The index stores no text (it is contentless), so the passage is cut from the stored
body; a word counts as matched by the same keys the index compares, so a snippet
marks "Anträgen" for the query "Antrag" and "Сергей" for "Sergej".
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from correspondence_app.search.normalise import (
    SKELETON_MARK,
    STEM_MARK,
    TOKEN_RE,
    UMLAUT_MARK,
    fold,
    query_terms,
    word_entry,
)
from correspondence_app.search.query_parser import And, Field, Node, Not, Or, Phrase, Query, Term

SNIPPET_CHARS = 200
_CONTEXT_BEFORE = 30  # characters before the first match: a list shows two lines
_SCAN_CHARS = 20_000  # a match further into a long text gets the text's start instead
_SPACE_RE = re.compile(r"\s+")
_MARKS = (UMLAUT_MARK, STEM_MARK, SKELETON_MARK)
# Fields that match headers or places, never the text a snippet is cut from.
_NOT_HIGHLIGHTED = frozenset({"folder", "tag", "note", "from", "to", "cc", "filename"})
# Fields whose words are looked for in the texts a snippet is cut from.
_TEXT_FIELDS = frozenset({"body", "attachment"})
_CACHED_WORDS = 50_000  # per highlighter: what it learnt about the words of the texts it read


@dataclass(frozen=True)
class Snippet:
    text: str
    marks: tuple[tuple[int, int], ...]  # [start, end) of each matched word in text

    def marked(self, opening: str = "[", closing: str = "]") -> str:
        """The text with each matched word between ``opening`` and ``closing``."""
        pieces, last = [], 0
        for start, end in self.marks:
            pieces += [self.text[last:start], opening, self.text[start:end], closing]
            last = end
        return "".join([*pieces, self.text[last:]])


class Highlighter:
    """Finds the words of a text that a query's positive words match."""

    def __init__(self, query: Query) -> None:
        self._plain: set[str] = set()
        self._keys: set[str] = set()
        self._prefixes: list[str] = []
        # Whether a word may stand in the text or an attachment, not only in the subject.
        self.searches_text = False
        if query.root is not None:
            self._collect(query.root, in_text=True)
        # Per language: whether each word of the texts read so far matches.
        self._known: dict[str | None, dict[str, bool]] = {}

    @property
    def is_empty(self) -> bool:
        return not (self._plain or self._keys or self._prefixes)

    def _collect(self, node: Node, *, in_text: bool) -> None:
        match node:
            case Term(text=text, prefix=True):
                self._prefixes.extend(fold(token) for token in TOKEN_RE.findall(text))
                self.searches_text |= in_text
            case Term(text=text):
                for term in query_terms(text):
                    (self._keys if term[0] in _MARKS else self._plain).add(term)
                self.searches_text |= in_text
            case Phrase(words=words):
                self._plain.update(fold(t) for word in words for t in TOKEN_RE.findall(word))
                self.searches_text |= in_text
            case Field(name=name, value=value) if name not in _NOT_HIGHLIGHTED:
                self._collect(value, in_text=name in _TEXT_FIELDS)
            case And(children=children) | Or(children=children):
                for child in children:
                    self._collect(child, in_text=in_text)
            case Not():
                pass  # what must not be there is never marked

    def _matches(self, token: str, lang: str | None) -> bool:
        folded, keys = word_entry(token, lang)
        return (
            folded in self._plain
            or not self._keys.isdisjoint(keys)
            or any(folded.startswith(prefix) for prefix in self._prefixes)
        )

    def _words(self, lang: str | None) -> dict[str, bool]:
        known = self._known.setdefault(lang, {})
        if len(known) >= _CACHED_WORDS:
            known.clear()
        return known

    def marks(self, text: str, lang: str | None) -> list[tuple[int, int]]:
        tokens = TOKEN_RE.findall(text)
        known, found = self._words(lang), set()
        for token in set(tokens):  # each word once, not each time it occurs
            matched = known.get(token)
            if matched is None:
                matched = known[token] = self._matches(token, lang)
            if matched:
                found.add(token)
        if not found:
            return []
        return [match.span() for match in TOKEN_RE.finditer(text) if match.group() in found]

    def snippet(self, text: str, lang: str | None) -> Snippet | None:
        """The passage around the first match in ``text``; None if nothing matches."""
        at = self.first_match(text, lang)
        return None if at is None else self._window(text, at, lang)

    def first_match(self, text: str, lang: str | None) -> int | None:
        """Where the first match in ``text`` begins (within its first characters only)."""
        known, matches = self._words(lang), self._matches
        for match in TOKEN_RE.finditer(text, 0, _SCAN_CHARS):  # the snippets' hot path
            token = match.group()
            found = known.get(token)
            if found is None:
                found = known[token] = matches(token, lang)
            if found:
                return match.start()
        return None

    def lead(self, text: str, lang: str | None) -> Snippet:
        """The start of ``text``, with any matches in it marked."""
        return self._window(text, 0, lang)

    def _window(self, text: str, at: int, lang: str | None) -> Snippet:
        start = max(0, at - _CONTEXT_BEFORE)
        if start > 0:  # begin at a word boundary
            space = text.find(" ", start, at)
            start = space + 1 if space >= 0 else start
        end = min(len(text), start + SNIPPET_CHARS)
        if end < len(text):
            space = text.rfind(" ", max(at + 1, start), end)
            end = space if space > at else end
        passage = _SPACE_RE.sub(" ", text[start:end]).strip()
        prefix = "… " if start > 0 else ""
        suffix = " …" if end < len(text) else ""
        shown = f"{prefix}{passage}{suffix}"
        return Snippet(shown, tuple(self.marks(shown, lang)))


@functools.lru_cache(maxsize=16)
def highlighter_for(query: Query) -> Highlighter:
    """The highlighter of a query, kept for the next searches: the next page, another sort
    order or the open conversation ask about the same words, and it remembers the answers."""
    return Highlighter(query)
