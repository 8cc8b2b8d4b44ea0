# SPDX-License-Identifier: GPL-3.0-or-later
"""Merges to propose: two people who write under the same name (in any alphabet), or from
the same mailbox name at two providers.

Names are compared word by word, order aside, through the cross-alphabet skeletons of
:mod:`correspondence_app.search.normalise`, so "Sergej Schukow", "Sergey Zhukov" and
"Жуков Сергей" meet, and "Anna Weber" stays apart from "Anna Schmidt". A name needs two
words besides initials: a first name alone says too little. Role mailboxes (info@,
noreply@, poststelle@ ...) are shared by many senders and propose nothing.
"""

from __future__ import annotations

import enum
import itertools
import re
from collections import defaultdict
from dataclasses import dataclass
from typing import TYPE_CHECKING

from correspondence_app.search.normalise import TOKEN_RE, fold, skeleton, umlaut_variant

if TYPE_CHECKING:
    from collections.abc import Iterable, Sequence

    from correspondence_app.people.directory import PersonInfo

MIN_LOCAL_PART = 5
# More people than this under one name or mailbox name: a shared one, not one person.
MAX_GROUP = 5
GENERIC_LOCAL_PARTS = frozenset(
    (
        "info", "kontakt", "contact", "contacts", "office", "mail", "email", "post", "poststelle",
        "service", "services", "support", "admin", "administrator", "webmaster", "buero", "buro",
        "noreply", "donotreply", "reply", "hello", "hallo", "help", "helpdesk", "team", "sales",
        "billing", "rechnung", "invoice", "invoices", "newsletter", "news", "notification",
        "notifications", "notify", "alert", "alerts", "postmaster", "mailer", "daemon", "bounce",
        "bounces", "abuse", "security", "privacy", "jobs", "karriere", "bewerbung", "presse",
        "press", "redaktion", "kundenservice", "kundendienst", "verwaltung", "sekretariat",
        "zentrale", "empfang", "anfrage", "anfragen", "order", "orders", "bestellung", "account",
        "accounts", "feedback", "community", "root", "system", "robot", "list", "lists", "owner",
        "request", "marketing",
    )
)  # fmt: skip
# Words in a display name that make it a role or a machine, not a person ("Carl Worth via
# notmuch" is the list speaking; "Mail Delivery Subsystem" is every server's).
GENERIC_NAME_WORDS = frozenset(
    (
        "via", "team", "support", "service", "services", "info", "noreply", "mailer", "daemon",
        "delivery", "subsystem", "postmaster", "newsletter", "notification", "notifications",
        "customer", "kundenservice", "kundendienst", "helpdesk", "administrator", "webmaster",
        "poststelle", "office", "robot", "bot", "on", "behalf",
    )
)  # fmt: skip
_LOCAL_SEPARATORS_RE = re.compile(r"[._+-]+")


class ProposalReason(enum.Enum):
    SAME_NAME = "same-name"
    SAME_LOCAL_PART = "same-local-part"


@dataclass(frozen=True)
class MergeProposal:
    """Two people who may be one; ``first`` (the lower id) is kept by the merge."""

    first: int
    second: int
    reason: ProposalReason
    first_name: str
    second_name: str
    evidence: str  # the name or the mailbox name they share
    key: tuple[str, str]  # the lowest address of each, sorted: stable across imports


def name_keys(name: str) -> set[tuple[str, ...]]:
    """The comparable forms of a full name: its words' skeletons, sorted; also with German
    ae/oe/ue read as umlauts (Mueller = Müller). Empty for a single name, or a role's."""
    if "@" in name:  # an address shown for want of a name
        return set()
    words = [word for word in TOKEN_RE.findall(name) if not word.isdigit() and len(word) > 1]
    if len(words) < 2 or any(umlaut_variant(fold(w)) in GENERIC_NAME_WORDS for w in words):
        return set()
    plain = tuple(sorted(skeleton(word) for word in words))
    read = tuple(sorted(skeleton(umlaut_variant(word.lower())) for word in words))
    return {plain, read}


def is_role_address(address: str) -> bool:
    """A mailbox of a role or a machine (info@, no-reply@, list+owner@), shared by many."""
    local = address.rpartition("@")[0].lower()
    parts = [part for part in _LOCAL_SEPARATORS_RE.split(local) if part]
    return (
        not parts
        or "".join(parts) in GENERIC_LOCAL_PARTS
        or any(part.rstrip("0123456789") in GENERIC_LOCAL_PARTS for part in parts)
    )


def local_part_key(address: str) -> str:
    """The mailbox name that marks a person at any provider ("" for a short or a role
    one): lower case, without a +tag."""
    local = _local(address)
    if len(local) < MIN_LOCAL_PART or not any(c.isalpha() for c in local):
        return ""
    return "" if is_role_address(address) else local


def _local(address: str) -> str:
    return address.rpartition("@")[0].lower().partition("+")[0]


def merge_proposals(
    people: Sequence[PersonInfo], rejected: Iterable[tuple[str, str]] = ()
) -> list[MergeProposal]:
    """The pairs of people who may be one, by name first, without the rejected pairs.

    The user's own addresses are never proposed with someone else's (two of the user's
    own are). A pair is rejected when any address of one was rejected with any of the
    other, so a rejection holds after merges.
    """
    by_id = {person.id: person for person in people}
    refused = _refused_people(people, rejected)
    found: dict[tuple[int, int], MergeProposal] = {}
    linked: dict[int, int] = {}  # proposals already join these people (a union-find)
    for reason, groups in (
        (ProposalReason.SAME_NAME, _name_groups(people)),
        (ProposalReason.SAME_LOCAL_PART, _local_part_groups(people)),
    ):
        for evidence, members in groups.items():
            if len(members) > MAX_GROUP:
                continue
            # Pairs in order, each joining people no proposal joins yet (as in Kruskal's
            # spanning tree): one proposal fewer than members, around a rejected pair.
            for first, second in itertools.combinations(sorted(members), 2):
                one, other = by_id[first], by_id[second]
                if (first, second) in refused or one.is_me != other.is_me:
                    continue
                if reason is ProposalReason.SAME_LOCAL_PART and _names_disagree(one, other):
                    continue
                if _root(linked, first) != _root(linked, second):
                    found[first, second] = _proposal(one, other, reason, evidence)
                    linked[_root(linked, second)] = _root(linked, first)
    return sorted(
        found.values(),
        key=lambda p: (p.reason is not ProposalReason.SAME_NAME, fold(p.first_name), p.key),
    )


def _root(linked: dict[int, int], person_id: int) -> int:
    while person_id in linked:
        person_id = linked[person_id]
    return person_id


def _proposal(
    one: PersonInfo, other: PersonInfo, reason: ProposalReason, evidence: str
) -> MergeProposal:
    low, high = sorted((one.addresses[0], other.addresses[0]))
    return MergeProposal(
        first=one.id,
        second=other.id,
        reason=reason,
        first_name=one.name,
        second_name=other.name,
        evidence=evidence,
        key=(low, high),
    )


def _name_groups(people: Sequence[PersonInfo]) -> dict[str, set[int]]:
    groups: dict[tuple[str, ...], set[int]] = defaultdict(set)
    shown: dict[tuple[str, ...], str] = {}
    for person in people:
        if all(is_role_address(address) for address in person.addresses):
            continue  # names on role mailboxes are their senders', not the mailbox's
        for name in _names_of(person):
            for key in name_keys(name):
                groups[key].add(person.id)
                shown.setdefault(key, name)
    return _by_evidence(groups, shown)


def _local_part_groups(people: Sequence[PersonInfo]) -> dict[str, set[int]]:
    groups: dict[str, set[int]] = defaultdict(set)
    for person in people:
        for address in person.addresses:
            key = local_part_key(address)
            if key:
                groups[key].add(person.id)
    return groups


def _by_evidence(
    groups: dict[tuple[str, ...], set[int]], shown: dict[tuple[str, ...], str]
) -> dict[str, set[int]]:
    merged: dict[str, set[int]] = defaultdict(set)
    for key, members in groups.items():
        if len(members) > 1:
            merged[shown[key]] |= members
    return merged


def _names_of(person: PersonInfo) -> list[str]:
    return list(dict.fromkeys([person.name, *person.names]))


def _names_disagree(one: PersonInfo, other: PersonInfo) -> bool:
    """Both have full names and those share no word: the same mailbox name is chance."""
    words = [_name_words(person) for person in (one, other)]
    return bool(words[0]) and bool(words[1]) and not (words[0] & words[1])


def _name_words(person: PersonInfo) -> set[str]:
    return {word for name in _names_of(person) for key in name_keys(name) for word in key}


def _refused_people(
    people: Sequence[PersonInfo], rejected: Iterable[tuple[str, str]]
) -> set[tuple[int, int]]:
    owner = {address.lower(): person.id for person in people for address in person.addresses}
    refused: set[tuple[int, int]] = set()
    for first, second in rejected:
        one, other = owner.get(first.lower()), owner.get(second.lower())
        if one is not None and other is not None and one != other:
            refused.add((min(one, other), max(one, other)))
    return refused
