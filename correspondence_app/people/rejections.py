# SPDX-License-Identifier: GPL-3.0-or-later
"""Merges the user rejected, stored as pairs of addresses (lower case, sorted).

A rejection of two people is stored for every address of one with every address of the
other, and a split hands the rejections of the person on to both parts, so that what the
user said holds whatever is split off or merged later, and after importing mail again
(addresses are kept; people ids change). A pair of people is rejected when any address of
one is rejected with any of the other's (see ``proposals.merge_proposals``).
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from sqlalchemy import text

if TYPE_CHECKING:
    from collections.abc import Iterable

    from sqlalchemy import Connection


def pair(first: str, second: str) -> tuple[str, str]:
    low, high = sorted((first.lower(), second.lower()))
    return low, high


def rejected_pairs(connection: Connection) -> set[tuple[str, str]]:
    """The pairs of addresses the user said are not one person, each sorted."""
    rows = connection.execute(text("SELECT first_address, second_address FROM rejected_merges"))
    return {pair(first, second) for first, second in rows}


def remember(connection: Connection, firsts: Iterable[str], seconds: Iterable[str]) -> None:
    """Remembers every address of ``firsts`` with every one of ``seconds`` as not one."""
    pairs = {pair(first, second) for first in firsts for second in seconds}
    rows = [{"first": low, "second": high} for low, high in sorted(pairs) if low != high]
    if not rows:
        return
    at = datetime.now(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")
    connection.execute(
        text(
            "INSERT OR IGNORE INTO rejected_merges (first_address, second_address, rejected_at) "
            "VALUES (:first, :second, :at)"
        ),
        [{**row, "at": at} for row in rows],
    )


def rejected_with(connection: Connection, addresses: Iterable[str]) -> set[str]:
    """The addresses rejected with any of ``addresses`` (none of those themselves)."""
    held = sorted({address.lower() for address in addresses})
    rows = connection.execute(
        text(
            "SELECT first_address, second_address FROM rejected_merges "
            "WHERE first_address IN (SELECT value FROM json_each(:held)) "
            "OR second_address IN (SELECT value FROM json_each(:held))"
        ),
        {"held": json.dumps(held)},
    )
    return {address for row in rows for address in row} - set(held)
