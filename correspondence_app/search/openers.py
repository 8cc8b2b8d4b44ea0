# SPDX-License-Identifier: GPL-3.0-or-later
"""The words of a text that are capitalised only because they open a sentence.

Cross-alphabet keys are given to capitalised words, taken for names. A word that opens a
sentence ("Лист бумаги ...", "Most people ...") is capitalised whatever it is, so it is
no evidence of a name, unless what follows shows one: a comma ("Сергей, привет"),
another capitalised word on the same line ("Sergej Schukow hat ..."), or nothing else on
its line (a signature). A sentence opens at the start of the text, after ``.``, ``!``,
``?``, ``…`` or ``:`` and a space (not after "Dr." or "z.B."), after a blank line, and
after a line that ends with a comma (a greeting). A line break alone does not open one:
mail is wrapped at 72 characters, in the middle of sentences.
"""

from __future__ import annotations

import itertools
import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator

# Quote marks, bullets or dashes before the word that opens a sentence.
_LEAD = r"[\s>\"'«»„“(*•\-–—]*(?P<word>[^\W\d_]+)"
_FIRST_RE = re.compile(r"(?P<end>)" + _LEAD)  # the text's first word
# Where a sentence opens inside the text: after an end mark (and closing quotes) and a
# space, a comma that ends a line, or a blank line. Written to start with one set of
# characters, which the regular expression engine searches for much faster.
_OPENING_RE = re.compile(
    r"(?P<end>[.!?…:,\n])"
    r"(?:(?<=[.!?…:])[\"'»«“”„)\]]*\s|(?<=,)[^\S\n]*\n|(?<=\n)(?:[^\S\n]|>)*\n)" + _LEAD
)
_LAST_WORD_RE = re.compile(r"(?:[^\W\d_]+|\d+)\Z")
_WORD_RE = re.compile(r"[^\W_]")
# Abbreviations a name often follows; single letters ("z.B.", "A. Weber") and numbers
# ("am 2. März") are abbreviations too.
_ABBREVIATIONS_TEXT = "dr hr fr frl st nr mr mrs ms prof dipl ing jr sr vgl bzw ca tel str ул гр им"
_ABBREVIATIONS = frozenset(_ABBREVIATIONS_TEXT.split())


def unnamed_openers(text: str, doubtful: Callable[[str], object]) -> Iterator[str]:
    """The words that open a sentence of ``text`` with nothing around them that shows a
    name, once per opening; only words ``doubtful`` is true for are looked at."""
    first = _FIRST_RE.match(text)
    after = -1  # the first word can also follow a blank line: once is enough
    for match in itertools.chain([first] if first else [], _OPENING_RE.finditer(text)):
        word = match.group("word")
        start, end = match.span("word")
        if start <= after or not doubtful(word):
            continue
        after = start
        if match.group("end") == "." and _follows_abbreviation(text, match.start()):
            continue
        line_end = text.find("\n", end)
        line_end = len(text) if line_end == -1 else line_end
        following = _WORD_RE.search(text, end, line_end)
        if following is None:
            line_start = text.rfind("\n", 0, start) + 1
            if _WORD_RE.search(text, line_start, start) is None:
                continue  # alone on its line: a signature, a one-word subject
        elif following.group().isupper() and not text[end : following.start()].strip(" \t"):
            continue  # "Sergej Schukow hat angerufen"
        if text[end:line_end].lstrip(" \t").startswith(","):
            continue  # "Сергей, привет"
        yield word


def _follows_abbreviation(text: str, stop: int) -> bool:
    """Whether the full stop at ``stop`` ends an abbreviation ("Dr.", "z.B.", "2.")."""
    previous = _LAST_WORD_RE.search(text, max(0, stop - 8), stop)
    if previous is None:
        return False
    word = previous.group()
    return len(word) == 1 or word.isdigit() or word.lower() in _ABBREVIATIONS
