# SPDX-License-Identifier: GPL-3.0-or-later
"""The words an export writes around the messages (the PDF dossier's and the HTML pages'
headings, labels and notes): English unless the export is given them in another language.
The core keeps only the English; the window and the command line take the German and
Russian from the application's translations (``gui/export_words.py``).

An export runs in one thread; the words it was given hold there while it runs."""

from __future__ import annotations

import contextlib
from contextvars import ContextVar
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Iterator, Mapping


@dataclass(frozen=True)
class Words:
    """A language's words for an export: each English text and its translation."""

    language: str = "en"  # ISO 639-1, as the PDF's /Lang gives it
    translated: Mapping[str, str] = field(default_factory=dict)

    def __call__(self, english: str) -> str:
        return self.translated.get(english) or english


ENGLISH = Words()
_CURRENT: ContextVar[Words] = ContextVar("export_words", default=ENGLISH)


def say(english: str) -> str:
    """``english`` in the language of the export being written."""
    return _CURRENT.get()(english)


def language() -> str:
    return _CURRENT.get().language


# Between each three digits of a number: 12,345 in English, 12.345 in German, 12 345 in
# Russian (a no-break space).
_THOUSANDS = {"de": ".", "ru": "\u00a0"}


def grouped(value: int) -> str:
    """``value`` with its digits grouped as the export's language writes them."""
    return f"{value:,}".replace(",", _THOUSANDS.get(language(), ","))


def decimal(value: float) -> str:
    """``value`` to one decimal place, with the decimal comma in German and Russian."""
    shown = f"{value:.1f}"
    return shown if language() == "en" else shown.replace(".", ",")


@contextlib.contextmanager
def speaking(words: Words) -> Iterator[None]:
    """The export written inside uses ``words``."""
    token = _CURRENT.set(words)
    try:
        yield
    finally:
        _CURRENT.reset(token)
