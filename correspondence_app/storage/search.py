# SPDX-License-Identifier: GPL-3.0-or-later
"""Running a search: ranked or newest-first messages and threads, with snippets."""

from __future__ import annotations

import enum
import math
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from sqlalchemy import select, text

from correspondence_app.search.query_sql import BM25, FTS_TABLE, compile_query
from correspondence_app.search.snippets import Snippet, highlighter_for
from correspondence_app.storage.queries import MessageSummary, summary_of, summary_select
from correspondence_app.storage.tables import Attachment, AttachmentBlob, Message, MessageBody
from correspondence_app.storage.threads import ThreadSummary, thread_summaries

if TYPE_CHECKING:
    from collections.abc import Iterator

    from sqlalchemy import Connection
    from sqlalchemy.orm import Session

    from correspondence_app.search.query_parser import Query
    from correspondence_app.search.query_sql import SqlPlan

# Relevance looks at this many of the best bm25 matches, then weighs in their age.
_CANDIDATES_PER_RESULT = 4
_MIN_CANDIDATES = 200
_THREAD_CANDIDATES_PER_RESULT = 10  # matches looked at per conversation wanted
_RANKED_MATCHES_MAX = 2500
_SORT_IN_SQL_MAX = 5000  # more matches than this: newest first by walking the date index
# A message from today weighs twice one whose relevance is equal but which is years old.
_RECENCY_HALF_LIFE_DAYS = 365.0


class SearchOrder(enum.Enum):
    RELEVANCE = "relevance"
    DATE = "date"  # newest first


@dataclass(frozen=True)
class SearchHit:
    summary: MessageSummary
    thread_id: int | None
    snippet: Snippet
    score: float  # higher is better; 0 when nothing was ranked


@dataclass(frozen=True)
class ThreadHit:
    thread: ThreadSummary
    snippet: Snippet
    score: float
    message_id: int  # the best matching message of the thread, whose snippet this is


def search_messages(
    session: Session,
    query: Query,
    *,
    limit: int = 50,
    order: SearchOrder = SearchOrder.RELEVANCE,
    now: datetime | None = None,
) -> list[SearchHit]:
    plan = compile_query(query)
    scored = _ranked(session, plan, limit, order, now or datetime.now(UTC))
    return _hits(session, query, scored)


def search_threads(
    session: Session,
    query: Query,
    *,
    limit: int = 50,
    order: SearchOrder = SearchOrder.RELEVANCE,
    now: datetime | None = None,
) -> list[ThreadHit]:
    """Threads with a matching message, best (or newest) match first."""
    plan = compile_query(query)
    candidates = max(limit * _THREAD_CANDIDATES_PER_RESULT, _MIN_CANDIDATES)
    scored = _ranked(session, plan, candidates, order, now or datetime.now(UTC))
    threads_of = dict(
        session.execute(
            select(Message.id, Message.thread_id).where(Message.id.in_([i for i, _ in scored]))
        ).all()
    )
    best: dict[int, tuple[int, float]] = {}
    for message_id, score in scored:
        thread_id = threads_of.get(message_id)
        if thread_id is not None and thread_id not in best:
            best[thread_id] = (message_id, score)
        if len(best) >= limit:
            break
    summaries = {s.thread_id: s for s in thread_summaries(session, thread_ids=list(best))}
    hits = {hit.summary.id: hit for hit in _hits(session, query, list(best.values()))}
    return [
        ThreadHit(summaries[thread_id], hits[message_id].snippet, score, message_id)
        for thread_id, (message_id, score) in best.items()
        if thread_id in summaries and message_id in hits
    ]


def _ranked(
    session: Session, plan: SqlPlan, limit: int, order: SearchOrder, now: datetime
) -> list[tuple[int, float]]:
    """(message id, score) of the best ``limit`` matches, in result order."""
    params = {**plan.params, "limit": limit}
    if plan.match is None:  # nothing to rank by: newest first
        rows = session.execute(
            text(
                f"SELECT m.id FROM messages m WHERE {plan.where} "  # noqa: S608 (module SQL only)
                "ORDER BY m.date_at DESC, m.id DESC LIMIT :limit"
            ),
            params,
        ).all()
        return [(row[0], 0.0) for row in rows]
    params["match"] = plan.match
    if order is SearchOrder.DATE or not plan.ranks:  # newest first; no score (0)
        if plan.where == "1":
            return [(message_id, 0.0) for message_id in _newest_matches(session, plan.match, limit)]
        ids = session.execute(
            text(
                f"SELECT m.id FROM messages m WHERE m.id IN (SELECT rowid FROM {FTS_TABLE} "  # noqa: S608
                f"WHERE {FTS_TABLE} MATCH :match) AND {plan.where} "
                "ORDER BY m.date_at DESC, m.id DESC LIMIT :limit"
            ),
            params,
        ).scalars()
        return [(message_id, 0.0) for message_id in ids]
    params["limit"] = max(limit * _CANDIDATES_PER_RESULT, _MIN_CANDIDATES)
    if plan.where == "1":
        # bm25 costs about 1.3 ms per 1,000 matches: a word in half of 100,000 messages
        # would take 65 ms. Such a word ranks only its most recently stored matches, which
        # the index lists newest first without sorting; only the best are looked up for
        # their dates.
        params["newest"] = _RANKED_MATCHES_MAX
        statement = (
            f"SELECT m.id, f.score, m.date_at FROM (SELECT rowid, score FROM ("  # noqa: S608
            f"SELECT rowid, {BM25} AS score FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH :match "
            "ORDER BY rowid DESC LIMIT :newest) ORDER BY score LIMIT :limit) f "
            "JOIN messages m ON m.id = f.rowid"
        )
    else:
        # A condition (a date range, a language) may hold old messages only: every match is
        # ranked, by FTS5's own sorter (bm25() called per joined row costs ten times as much).
        statement = (
            f"SELECT m.id, f.rank, m.date_at FROM {FTS_TABLE} f "  # noqa: S608
            f"JOIN messages m ON m.id = f.rowid WHERE {FTS_TABLE} MATCH :match "
            f"AND {plan.where} ORDER BY f.rank LIMIT :limit"
        )
    rows = session.execute(text(statement), params).all()
    scored = [(row[0], _with_recency(-row[1], row[2], now)) for row in rows]
    scored.sort(key=lambda pair: -pair[1])
    return scored[:limit]


def _newest_matches(session: Session, match: str, limit: int) -> list[int]:
    """The newest ``limit`` messages matching: few matches are sorted by SQLite; for many,
    the date index is walked, which stops as soon as enough are found."""
    fts_match = f"SELECT rowid FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH :match"  # noqa: S608
    counted = session.execute(
        text(f"SELECT count(*) FROM ({fts_match} LIMIT :most)"),  # noqa: S608
        {"match": match, "most": _SORT_IN_SQL_MAX + 1},
    ).scalar_one()
    if counted <= _SORT_IN_SQL_MAX:
        return list(
            session.execute(
                text(
                    f"SELECT m.id FROM {FTS_TABLE} f JOIN messages m ON m.id = f.rowid "  # noqa: S608
                    f"WHERE {FTS_TABLE} MATCH :match ORDER BY m.date_at DESC, m.id DESC "
                    "LIMIT :limit"
                ),
                {"match": match, "limit": limit},
            ).scalars()
        )
    # Many matches: SQLite walks the date index from the newest message and checks each
    # against the matches, listed once, until it has enough (the "+" keeps it from looking
    # up every match and sorting them all instead).
    return list(
        session.execute(
            text(
                f"SELECT m.id FROM messages m WHERE +m.id IN ({fts_match}) "  # noqa: S608
                "ORDER BY m.date_at DESC, m.id DESC LIMIT :limit"
            ),
            {"match": match, "limit": limit},
        ).scalars()
    )


def _with_recency(relevance: float, stored_date: str | None, now: datetime) -> float:
    if stored_date is None:
        return relevance
    date_at = datetime.fromisoformat(stored_date).replace(tzinfo=UTC)
    age_days = max(0.0, (now - date_at).total_seconds() / 86400)
    return relevance * (1 + math.exp2(-age_days / _RECENCY_HALF_LIFE_DAYS))


def _hits(session: Session, query: Query, scored: list[tuple[int, float]]) -> list[SearchHit]:
    ids = [message_id for message_id, _ in scored]
    if not ids:
        return []
    # One query: each summary with what its snippet needs (thread, language, text).
    width = len(summary_select().selected_columns)
    summaries: dict[int, MessageSummary] = {}
    details: dict[int, tuple[int | None, str | None, str]] = {}
    for row in session.execute(
        summary_select()
        .add_columns(Message.thread_id, Message.language, MessageBody.text)
        .join(MessageBody, MessageBody.message_id == Message.id)
        .where(Message.id.in_(ids))
    ):
        summaries[row[0]] = summary_of(tuple(row[:width]))
        details[row[0]] = tuple(row[width:])
    highlighter = highlighter_for(query)
    # The passage around the first match in the text; else, unless the subject matched,
    # in an attachment; else the text's start. Words asked for in the subject only
    # (subject:Mahnwache) show the text's start without reading every text for them.
    snippets: dict[int, Snippet | None] = {}
    unmatched: list[int] = []
    if not highlighter.is_empty and highlighter.searches_text:
        for message_id, (_thread_id, language, body) in details.items():
            lang = language or None
            snippets[message_id] = highlighter.snippet(body, lang)
            subject = summaries[message_id].subject if message_id in summaries else ""
            if snippets[message_id] is None and highlighter.first_match(subject, lang) is None:
                unmatched.append(message_id)
    for message_id, attachment_text in _attachment_texts(session, unmatched):
        if snippets[message_id] is None:
            lang = details[message_id][1] or None
            snippets[message_id] = highlighter.snippet(attachment_text, lang)
    hits = []
    for message_id, score in scored:
        if message_id not in summaries or message_id not in details:
            continue
        thread_id, language, body = details[message_id]
        snippet = snippets.get(message_id) or highlighter.lead(body, language or None)
        hits.append(SearchHit(summaries[message_id], thread_id, snippet, round(score, 4)))
    return hits


def _attachment_texts(session: Session, message_ids: list[int]) -> Iterator[tuple[int, str]]:
    """The text found inside the attachments of these messages, in one query."""
    if not message_ids:
        return
    rows = session.execute(
        select(Attachment.message_id, AttachmentBlob.text)
        .join(AttachmentBlob, Attachment.blob_id == AttachmentBlob.id)
        .where(Attachment.message_id.in_(message_ids), AttachmentBlob.text != "")
        .order_by(Attachment.message_id, Attachment.position)
    )
    for message_id, attachment_text in rows:
        if attachment_text:
            yield message_id, attachment_text


def matching_condition(query: Query) -> tuple[str, dict[str, object]]:
    """A condition on ``m`` (the ``messages`` table) that holds for every message the query
    finds, with its parameters: for counting, tagging, rules and the timeline."""
    plan = compile_query(query)
    if plan.match is None:
        return plan.where, dict(plan.params)
    found = f"m.id IN (SELECT rowid FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH :match)"  # noqa: S608
    return f"{found} AND {plan.where}", {**plan.params, "match": plan.match}


def matching_ids(session: Session | Connection, query: Query, *, since_id: int = 0) -> list[int]:
    """Every message the query finds (those with an id of at least ``since_id``), by id."""
    condition, params = matching_condition(query)
    rows = session.execute(
        text(f"SELECT m.id FROM messages m WHERE {condition} AND m.id >= :since ORDER BY m.id"),  # noqa: S608
        {**params, "since": since_id},
    )
    return list(rows.scalars())


def count_matching(session: Session | Connection, query: Query) -> int:
    condition, params = matching_condition(query)
    return int(
        session.execute(
            text(f"SELECT count(*) FROM messages m WHERE {condition}"),  # noqa: S608
            params,
        ).scalar_one()
    )
