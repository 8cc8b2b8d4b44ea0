# SPDX-License-Identifier: GPL-3.0-or-later
"""Who keeps the archive: the name written as author of tags, rules and notes, and the
addresses whose messages count as sent (the rest as received)."""

from __future__ import annotations

import getpass
import json
from typing import TYPE_CHECKING

from sqlalchemy import text

from correspondence_app.domain.message import AddressRole
from correspondence_app.search.normalise import fold
from correspondence_app.storage.search_index import source_labels

if TYPE_CHECKING:
    from collections.abc import Sequence

    from sqlalchemy import Connection

USER_NAME_KEY = "user_name"
OWN_ADDRESSES_KEY = "own_addresses"
INFERRED_KEY = "own_addresses_inferred"
# Without a sent folder the keeper is the sender found in this share of all messages (and
# in an archive of at least so many).
MOST_PRESENT_SHARE = 0.6
MIN_MESSAGES_TO_INFER = 5
RUNNER_UP_SHARE = 0.9  # another address in this share of the keeper's messages: a tie
# Folders and labels of sent mail in the mail programs and languages the users have,
# compared folded (case and diacritics aside), as a whole name or a path's last part.
SENT_PLACES = frozenset(
    fold(name)
    for name in (
        "Sent", "Sent Items", "Sent Messages", "Sent Mail", "Sent-Mail", "INBOX.Sent",
        "Gesendet", "Gesendete Objekte", "Gesendete Elemente", "Gesendete Nachrichten",
        "Отправленные", "Отправленные письма",
    )
)  # fmt: skip


def _setting(connection: Connection, key: str) -> str | None:
    value = connection.execute(
        text("SELECT value FROM archive_settings WHERE key = :key"), {"key": key}
    ).scalar()
    return None if value is None else str(value)


def _store(connection: Connection, key: str, value: str) -> None:
    connection.execute(
        text("INSERT OR REPLACE INTO archive_settings (key, value) VALUES (:key, :value)"),
        {"key": key, "value": value},
    )


def user_name(connection: Connection) -> str:
    """The name set for this archive, else the computer account's full name or login."""
    stored = _setting(connection, USER_NAME_KEY)
    return stored if stored else system_user_name()


def set_user_name(connection: Connection, name: str) -> None:
    _store(connection, USER_NAME_KEY, " ".join(name.split()))


def system_user_name() -> str:
    try:
        login = getpass.getuser()
    except OSError:
        return ""
    try:
        import pwd  # Unix only: Windows has no account database of this kind

        full = pwd.getpwnam(login).pw_gecos.split(",")[0].strip()
    except (ImportError, KeyError):
        full = ""
    return full or login


def own_addresses(connection: Connection) -> list[str]:
    """The addresses set as the archive keeper's, else those that sent mail found in a
    folder of sent mail (``Sent``, ``Gesendet``, ``Отправленные`` ...).

    The inferred ones are kept with the number of the last message source they saw, and
    found again only after an import added sources (reading them all takes 0.2 s at
    100,000 messages); the connection must be able to write (``engine.begin()``).
    """
    stored = _setting(connection, OWN_ADDRESSES_KEY)
    if stored:
        addresses = json.loads(stored)
        if isinstance(addresses, list) and addresses:
            return [str(address) for address in addresses]
    last_source = connection.execute(text("SELECT max(id) FROM message_sources")).scalar() or 0
    cached = _setting(connection, INFERRED_KEY)
    if cached:
        known = json.loads(cached)
        if isinstance(known, dict) and known.get("last_source") == last_source:
            return [str(address) for address in known.get("addresses", [])]
    inferred = inferred_own_addresses(connection)
    _store(
        connection, INFERRED_KEY, json.dumps({"last_source": last_source, "addresses": inferred})
    )
    return inferred


def set_own_addresses(connection: Connection, addresses: Sequence[str]) -> None:
    """Sets them (lower case); an empty list goes back to inferring them."""
    cleaned = sorted({address.strip().lower() for address in addresses if address.strip()})
    _store(connection, OWN_ADDRESSES_KEY, json.dumps(cleaned))


def inferred_own_addresses(connection: Connection) -> list[str]:
    places = connection.execute(
        text("SELECT DISTINCT folder FROM message_sources WHERE folder != ''")
    ).scalars()
    sent = [place for place in places if _is_sent_place(place)]
    labelled = connection.execute(
        text("SELECT DISTINCT labels FROM message_sources WHERE labels != ''")
    ).scalars()
    sent_labels = [
        stored
        for stored in labelled
        if any(_is_sent_place(label) for label in source_labels(stored))
    ]
    if not sent and not sent_labels:
        return _most_present_sender(connection)
    rows = connection.execute(
        text(
            "SELECT a.address, count(*) AS n FROM message_sources s "
            "JOIN messages m ON m.id = s.message_id JOIN addresses a ON a.id = m.from_address_id "
            "WHERE s.folder IN (SELECT value FROM json_each(:folders)) "
            "OR s.labels IN (SELECT value FROM json_each(:labels)) "
            "GROUP BY a.address ORDER BY n DESC"
        ),
        {"folders": json.dumps(sent), "labels": json.dumps(sent_labels)},
    ).all()
    if not rows:
        return []
    # Mail in a sent folder is nearly all from its owner; a stray forward or a draft
    # by someone else is left out by asking for a tenth of the most frequent sender's.
    most = rows[0][1]
    return sorted(address for address, count in rows if count * 10 >= most)


def _most_present_sender(connection: Connection) -> list[str]:
    """Without a sent folder: the address that sent mail and is in most messages, as sender
    or recipient, as the keeper's own is (a friend who wrote most is in fewer: not in the
    mail to others); none when no address is in most messages, or when another is in
    nearly as many: an archive of one correspondence holds both people in every message,
    and taking the friend for the keeper would hide every sign of life he gives."""
    total = connection.execute(text("SELECT count(*) FROM messages")).scalar() or 0
    found = connection.execute(
        text(
            "SELECT a.address, count(DISTINCT ma.message_id) AS n, "
            "max(ma.role = :sender) AS sent FROM message_addresses ma "
            "JOIN addresses a ON a.id = ma.address_id WHERE ma.role IN (:sender, :to, :cc) "
            "GROUP BY ma.address_id HAVING sent ORDER BY n DESC LIMIT 2"
        ),
        {"sender": AddressRole.FROM, "to": AddressRole.TO, "cc": AddressRole.CC},
    ).all()
    if not found or total < MIN_MESSAGES_TO_INFER or found[0].n < total * MOST_PRESENT_SHARE:
        return []
    if len(found) > 1 and found[1].n >= found[0].n * RUNNER_UP_SHARE:
        return []  # two people in nearly every message: which one is the keeper is unknown
    return [found[0].address]


def _is_sent_place(place: str) -> bool:
    """A sent folder, or a folder inside one ("Sent Items/Ämter", "[Gmail]/Sent Mail")."""
    return any(fold(part) in SENT_PLACES for part in place.split("/"))


def add_own_address(connection: Connection, address: str) -> list[str]:
    """Adds one to the addresses set, or to those inferred when none were set."""
    cleaned = address.strip().lower()
    local, at, domain = cleaned.partition("@")
    if not (local and at and domain) or any(char.isspace() for char in cleaned):
        raise ValueError(f"{address!r} is not a mail address")
    set_own_addresses(connection, [*own_addresses(connection), cleaned])
    return own_addresses(connection)


def remove_own_address(connection: Connection, address: str) -> list[str]:
    """Removes one from the addresses set (or inferred); the last one stays, as an empty
    list would go back to inferring them."""
    cleaned = address.strip().lower()
    current = own_addresses(connection)
    if cleaned not in current:
        raise ValueError(f"{address} is not one of your addresses")
    remaining = [known for known in current if known != cleaned]
    if not remaining:
        raise ValueError(f"{address} is your only address: add another first (or infer them again)")
    set_own_addresses(connection, remaining)
    return remaining
