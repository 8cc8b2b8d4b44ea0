# SPDX-License-Identifier: GPL-3.0-or-later
"""Tag names: ``/`` nests, case does not count, and stray slashes and spaces go."""

from __future__ import annotations

import re

SEPARATOR = "/"
MAX_NAME_CHARS = 200


class TagNameError(ValueError):
    """A name that cannot be a tag's (empty, or too long)."""


def tag_name(text: str) -> str:
    """``" Behörden / Auswärtiges  Amt/"`` -> ``"Behörden/Auswärtiges Amt"``; "" if empty."""
    parts = (" ".join(part.split()) for part in text.split(SEPARATOR))
    return SEPARATOR.join(part for part in parts if part)


def checked_name(text: str) -> str:
    name = tag_name(text)
    if not name:
        raise TagNameError("a tag needs a name")
    if len(name) > MAX_NAME_CHARS:
        raise TagNameError(f"a tag's name has at most {MAX_NAME_CHARS} characters")
    return name


def tag_key(name: str) -> str:
    """What names are compared by: ``tag:behörden`` finds ``Behörden``."""
    return tag_name(name).casefold()


def is_within(key: str, ancestor_key: str) -> bool:
    """Whether the tag ``key`` is ``ancestor_key`` or nested below it."""
    return key == ancestor_key or key.startswith(ancestor_key + SEPARATOR)


def renamed_key(key: str, old_key: str, new_key: str) -> str:
    return new_key + key[len(old_key) :]


def parent_names(name: str) -> list[str]:
    """``"A/B/C"`` -> ``["A", "A/B"]``."""
    parts = name.split(SEPARATOR)
    return [SEPARATOR.join(parts[:depth]) for depth in range(1, len(parts))]


def leaf(name: str) -> str:
    return name.rsplit(SEPARATOR, 1)[-1]


_TAG_FIELD_RE = re.compile(r'(?i)(?<![\w:])(-?tag:)("[^"]*"|[^\s()"]+)')


def renamed_in_query(query: str, old_name: str, new_name: str) -> str:
    """The query with ``tag:`` of ``old_name`` (or a tag below it) naming the new name."""
    old_key = tag_key(old_name)

    def replace(match: re.Match[str]) -> str:
        field, value = match.groups()
        written = value[1:-1] if value.startswith('"') else value
        star = written.endswith("*")
        name = tag_name(written.rstrip("*"))
        if star or not is_within(tag_key(name), old_key):
            return match.group(0)
        renamed = new_name + name[len(old_name) :]
        needs_quotes = value.startswith('"') or any(c.isspace() or c in '()"' for c in renamed)
        quoted = f'"{renamed}"' if needs_quotes else renamed
        return field + quoted

    return _TAG_FIELD_RE.sub(replace, query)
