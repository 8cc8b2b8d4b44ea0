# SPDX-License-Identifier: GPL-3.0-or-later
"""The corpus's skeleton: who writes to whom and when, threads, forwards and duplicates."""

from __future__ import annotations

import random
from dataclasses import dataclass

from benchmarks.phrasebook import PERSONAS, Role

START_AT = 1_546_300_800  # 2019-01-01 00:00 UTC
END_AT = 1_751_328_000  # 2025-07-01 00:00 UTC
DUPLICATE_RATE = 0.005
FORWARD_RATE = 0.06
REPLY_RATE = 0.55

_LANGUAGE_WEIGHTS = {"de": 45, "ru": 30, "en": 25}
_ROLE_WEIGHTS = {
    Role.FRIEND: 25,
    Role.LAWYER: 17,
    Role.MINISTRY: 16,
    Role.EMBASSY: 8,
    Role.PARLIAMENT: 9,
    Role.FAMILY: 10,
    Role.SUPPORTER: 15,
}
# How often the supporter, rather than the correspondent, opens a thread.
_OPENED_BY_ME = {
    Role.MINISTRY: 0.7,
    Role.EMBASSY: 0.6,
    Role.PARLIAMENT: 0.7,
    Role.LAWYER: 0.45,
    Role.FRIEND: 0.35,
    Role.FAMILY: 0.4,
    Role.SUPPORTER: 0.35,
}


def _persona_weights() -> list[float]:
    counts: dict[tuple[str, Role], int] = {}
    for persona in PERSONAS:
        key = (persona.language, persona.role)
        counts[key] = counts.get(key, 0) + 1
    weights = []
    total = 0.0
    for persona in PERSONAS:
        total += (
            _LANGUAGE_WEIGHTS[persona.language]
            * _ROLE_WEIGHTS[persona.role]
            / counts[(persona.language, persona.role)]
        )
        weights.append(total)
    return weights


_PERSONA_CUMULATIVE = _persona_weights()
_PERSONA_INDICES = range(len(PERSONAS))


@dataclass(frozen=True)
class Plan:
    """Per message index: date, thread, parent, forward source, duplicate, direction, persona."""

    seed: int
    sent_at: list[int]
    root: list[int]
    parent: list[int]
    forward_of: list[int]
    duplicate_of: list[int]
    outgoing: list[bool]
    persona: list[int]
    replied: list[bool]  # answered by the supporter: the Maildir "R" flag


def make_plan(count: int, seed: int) -> Plan:
    """Decide threads, directions and dates for all messages up front, cheaply."""
    rng = random.Random(f"plan/{seed}")
    gaps = [rng.expovariate(1.0) for _ in range(count)]
    scale = (END_AT - START_AT) / (sum(gaps) or 1.0)
    sent_at: list[int] = []
    elapsed = 0.0
    for gap in gaps:
        elapsed += gap
        sent_at.append(START_AT + int(elapsed * scale))
    root = list(range(count))
    parent = [-1] * count
    forward_of = [-1] * count
    duplicate_of = [-1] * count
    outgoing = [False] * count
    persona = [0] * count
    open_threads: list[int] = []
    members: dict[int, list[int]] = {}
    limits: dict[int, int] = {}
    for i in range(count):
        draw = rng.random()
        if i >= 20 and draw < DUPLICATE_RATE:
            original = i - 1 - rng.randrange(min(i, 300))
            while duplicate_of[original] >= 0:
                original = duplicate_of[original]
            duplicate_of[i] = original
            root[i], parent[i] = root[original], parent[original]
            outgoing[i], persona[i] = outgoing[original], persona[original]
            forward_of[i] = forward_of[original]
            continue
        if open_threads and draw < REPLY_RATE:
            slot = len(open_threads) - 1 - min(int(rng.expovariate(0.15)), len(open_threads) - 1)
            thread = open_threads[slot]
            chain = members[thread]
            previous = chain[-1] if rng.random() < 0.8 else rng.choice(chain)
            root[i], parent[i], persona[i] = thread, previous, persona[thread]
            # Mostly the other side answers; now and then someone writes twice in a row.
            answered = rng.random() < (0.92 if outgoing[previous] else 0.8)
            outgoing[i] = not outgoing[previous] if answered else outgoing[previous]
            chain.append(i)
            if len(chain) >= limits[thread]:
                open_threads.pop(slot)
                del members[thread], limits[thread]
            continue
        persona[i] = rng.choices(_PERSONA_INDICES, cum_weights=_PERSONA_CUMULATIVE)[0]
        if i > 0 and rng.random() < FORWARD_RATE:
            # Mostly a reply from an office or the lawyer is passed on, rarely one's own mail.
            for _ in range(4):
                source = i - 1 - rng.randrange(min(i, 500))
                if duplicate_of[source] >= 0:
                    source = duplicate_of[source]
                if not outgoing[source]:
                    break
            forward_of[i] = source
            outgoing[i] = True
        else:
            outgoing[i] = rng.random() < _OPENED_BY_ME[PERSONAS[persona[i]].role]
        limit = 1 + int(rng.expovariate(0.25))
        if limit > 1:
            open_threads.append(i)
            members[i], limits[i] = [i], limit
            if len(open_threads) > 60:
                oldest = open_threads.pop(0)
                del members[oldest], limits[oldest]
    replied = [False] * count
    for i in range(count):
        before = parent[i]
        if before >= 0 and duplicate_of[i] < 0 and outgoing[i] and not outgoing[before]:
            replied[before] = True
    return Plan(seed, sent_at, root, parent, forward_of, duplicate_of, outgoing, persona, replied)
