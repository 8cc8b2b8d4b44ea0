# SPDX-License-Identifier: GPL-3.0-or-later
"""Commands on search and conversations."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING, Any

from correspondence_app.cli.common import (
    EXIT_OK,
    counted,
    emit_json,
    fail,
    iso,
    message_id_arg,
    open_archive,
    positive_int,
    report_bad_query,
    summary_json,
    thread_id_arg,
)

if TYPE_CHECKING:
    import argparse

    from correspondence_app.cli.common import CommandAdder
    from correspondence_app.storage import search, threads


def _thread_json(detail: threads.ThreadDetail) -> dict[str, Any]:
    return {
        "thread_id": detail.thread_id,
        "subject": detail.subject,
        "messages": [
            {
                "id": m.id,
                "message_id": m.message_id,
                "parent_id": m.parent_id,
                "depth": m.depth,
                "date": iso(m.local_date),
                "from": m.sender,
                "subject": m.subject,
            }
            for m in detail.messages
        ],
    }


def _print_thread(detail: threads.ThreadDetail) -> None:
    print(f"Thread {detail.thread_id}: {detail.subject}")
    for m in detail.messages:
        date = iso(m.local_date) or "(no date)"
        print(f"{m.id:>7}  {date[:16]:16}  {'  ' * m.depth}{m.sender[:30]}: {m.subject}")


def _emit_thread(detail: threads.ThreadDetail, *, as_json: bool) -> None:
    if as_json:
        emit_json(_thread_json(detail))
    else:
        _print_thread(detail)


def cmd_search(args: argparse.Namespace) -> int:
    from correspondence_app.search.query_parser import QuerySyntaxError

    try:
        with open_archive(args) as archive:
            if args.threads:
                found: list[Any] = archive.search_threads(
                    args.query, limit=args.limit, sort=args.sort
                )
            else:
                found = archive.search(args.query, limit=args.limit, sort=args.sort)
    except QuerySyntaxError as error:
        return report_bad_query(args.query, error)
    if args.json:
        emit_json([_thread_hit_json(hit) if args.threads else _hit_json(hit) for hit in found])
    elif not found:  # said aside: a script reading the list gets an empty one
        print("Nothing found.", file=sys.stderr)
    elif args.threads:
        for hit in found:
            last = iso(hit.thread.last_at) or "(no date)"
            print(f"{hit.thread.thread_id:>7}  {last[:10]:10}  {hit.thread.messages:>4}  ", end="")
            print(f"{hit.thread.subject}\n         {hit.snippet.marked()}")
    else:
        for hit in found:
            local = hit.summary.local_date
            date = local.strftime("%Y-%m-%d") if local else "(no date)"
            print(f"{hit.summary.id:>7}  {date:10}  {hit.summary.sender[:30]:30}  ", end="")
            print(f"{hit.summary.subject}\n         {hit.snippet.marked()}")
    return EXIT_OK


def _hit_json(hit: search.SearchHit) -> dict[str, Any]:
    return {
        **summary_json(hit.summary),
        "thread_id": hit.thread_id,
        "snippet": hit.snippet.marked(),
        "score": hit.score,
    }


def _thread_hit_json(hit: search.ThreadHit) -> dict[str, Any]:
    return {
        "thread_id": hit.thread.thread_id,
        "subject": hit.thread.subject,
        "participants": list(hit.thread.participants),
        "messages": hit.thread.messages,
        "first_date": iso(hit.thread.first_at),
        "last_date": iso(hit.thread.last_at),
        "snippet": hit.snippet.marked(),
        "score": hit.score,
    }


def cmd_reindex(args: argparse.Namespace) -> int:
    with open_archive(args) as archive:
        report = archive.reindex()
    if args.json:
        emit_json(
            {
                "messages": report.messages,
                "attachments_read": report.attachments_read,
                "seconds": report.seconds,
            }
        )
    else:
        print(f"indexed {counted(report.messages, 'message')} in {report.seconds:.1f} s")
    return EXIT_OK


def cmd_threads(args: argparse.Namespace) -> int:
    with open_archive(args) as archive:
        summaries = archive.threads(args.limit)
    if args.json:
        emit_json(
            [
                {
                    "thread_id": t.thread_id,
                    "subject": t.subject,
                    "participants": list(t.participants),
                    "messages": t.messages,
                    "first_date": iso(t.first_at),
                    "last_date": iso(t.last_at),
                }
                for t in summaries
            ]
        )
    else:
        for t in summaries:
            last = iso(t.last_at) or "(no date)"
            print(f"{t.thread_id:>7}  {last[:10]:10}  {t.messages:>4}  {t.subject}")
    return EXIT_OK


def cmd_thread(args: argparse.Namespace) -> int:
    with open_archive(args) as archive:
        detail = archive.thread(thread_id_arg(args.thread_id))
    _emit_thread(detail, as_json=args.json)
    return EXIT_OK


def cmd_thread_of(args: argparse.Namespace) -> int:
    with open_archive(args) as archive:
        detail = archive.thread_of(args.message_id)
    _emit_thread(detail, as_json=args.json)
    return EXIT_OK


def cmd_thread_merge(args: argparse.Namespace) -> int:
    first, second = thread_id_arg(args.first), thread_id_arg(args.second)
    if first == second:
        fail(f"{first}: a conversation cannot be merged with itself (give two thread ids)")
    with open_archive(args) as archive:
        thread_id = archive.merge_threads(first, second)
        detail = archive.thread(thread_id)
    _emit_thread(detail, as_json=args.json)
    return EXIT_OK


def cmd_thread_split(args: argparse.Namespace) -> int:
    with open_archive(args) as archive:
        thread_id = archive.split_thread(message_id_arg(args.id))
        detail = archive.thread(thread_id)
    _emit_thread(detail, as_json=args.json)
    return EXIT_OK


def cmd_rethread(args: argparse.Namespace) -> int:
    with open_archive(args) as archive:
        report = archive.rethread()
    values = {
        "threads": report.threads,
        "changed": report.changed,
        "seconds": round(report.seconds, 3),
    }
    if args.json:
        emit_json(values)
    else:
        print(
            f"{counted(report.threads, 'thread')}; {counted(report.changed, 'message')} moved "
            f"in {report.seconds:.1f} s."
        )
    return EXIT_OK


def register(command: CommandAdder) -> None:
    sub = command("search", cmd_search, "find messages (see the query language in the README)")
    sub.add_argument("query", metavar="QUERY")
    sub.add_argument("--limit", type=positive_int, default=50, help="at most N results")
    sub.add_argument(
        "--sort",
        choices=("relevance", "date"),
        default="relevance",
        help="best match first (with newer mail weighing more), or newest first",
    )
    sub.add_argument("--threads", action="store_true", help="one result per conversation")
    command("reindex", cmd_reindex, "rebuild the full-text index")
    sub = command("threads", cmd_threads, "list conversations, newest first")
    sub.add_argument("--limit", type=positive_int, default=None, help="at most N conversations")
    command("thread", cmd_thread, "show one conversation in reply order").add_argument(
        "thread_id", metavar="THREAD_ID"
    )
    command("thread-of", cmd_thread_of, "the conversation holding a Message-ID").add_argument(
        "message_id", metavar="MESSAGE_ID_HEADER"
    )
    sub = command("thread-merge", cmd_thread_merge, "join two conversations for good")
    sub.add_argument("first", metavar="THREAD_ID")
    sub.add_argument("second", metavar="THREAD_ID")
    command(
        "thread-split",
        cmd_thread_split,
        "make a message and its replies a conversation of their own",
    ).add_argument("id", metavar="ID")
    command("rethread", cmd_rethread, "rebuild all conversations")
