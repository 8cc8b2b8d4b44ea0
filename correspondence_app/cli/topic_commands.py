# SPDX-License-Identifier: GPL-3.0-or-later
"""Commands on topic suggestions: list them, accept one as a tag, dismiss one."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING, Any

from correspondence_app.cli.common import (
    EXIT_OK,
    counted,
    emit_json,
    fail,
    open_archive,
    positive_int,
)

if TYPE_CHECKING:
    import argparse
    from collections.abc import Callable

    from correspondence_app.cli.common import CommandAdder
    from correspondence_app.services import Archive
    from correspondence_app.tagging.topics import TopicSuggestion


def _with_topics(
    handler: Callable[[argparse.Namespace, Archive], int],
) -> Callable[[argparse.Namespace], int]:
    """Opens the archive; an unknown suggestion or an impossible tag ends with exit code 2."""

    @functools.wraps(handler)
    def run(args: argparse.Namespace) -> int:
        from correspondence_app.tagging.tags import TagError
        from correspondence_app.tagging.topics import TopicError

        with open_archive(args) as archive:
            archive.threads(limit=1)  # threads what an interrupted import left unthreaded
            try:
                return handler(args, archive)
            except (TopicError, TagError, ValueError) as error:
                fail(str(error))

    return run


def _suggestion(archive: Archive, topic_id: str) -> TopicSuggestion:
    from correspondence_app.tagging.topics import TopicError, suggestion_by_id

    with archive.engine.connect() as connection:
        try:
            return suggestion_by_id(connection, topic_id)
        except TopicError:
            fail(f"there is no topic suggestion {topic_id} (see `correspondence-app topics`)")


def _topic_json(suggestion: TopicSuggestion) -> dict[str, Any]:
    return {
        "id": suggestion.id,
        "label": suggestion.label,
        "words": list(suggestion.words),
        "threads": suggestion.threads,
        "thread_ids": list(suggestion.thread_ids),
    }


@_with_topics
def cmd_topics(args: argparse.Namespace, archive: Archive) -> int:
    from correspondence_app.tagging.topics import suggest_topics

    with archive.engine.connect() as connection:
        suggestions = suggest_topics(connection, limit=args.limit)
    if args.json:
        emit_json([_topic_json(suggestion) for suggestion in suggestions])
    else:
        for s in suggestions:
            print(f"{s.threads:>6}  {s.id}  {s.label}: {' '.join(s.words)}")
    return EXIT_OK


@_with_topics
def cmd_topic_accept(args: argparse.Namespace, archive: Archive) -> int:
    from correspondence_app.tagging import identity
    from correspondence_app.tagging.topics import accept_topic

    # Found before the writing transaction: finding takes seconds in a large archive.
    suggestion = _suggestion(archive, args.id)
    name = args.name or suggestion.label
    with archive.engine.begin() as connection:
        accepted = accept_topic(
            connection,
            suggestion,
            name,
            author=identity.user_name(connection),
            with_rule=args.rule,
        )
    if args.json:
        emit_json(
            {
                "tag": name,
                "changed": accepted.change.changed,
                "change_set": accepted.change.change_set_id,
                "rule": accepted.rule_id,
            }
        )
    else:
        print(f"{counted(accepted.change.changed, 'message')} got the tag {name}.")
        if accepted.rule_id is not None:
            print("A rule gives it to new mail with these words too.")
    return EXIT_OK


@_with_topics
def cmd_topic_dismiss(args: argparse.Namespace, archive: Archive) -> int:
    from correspondence_app.tagging.topics import dismiss_topic

    suggestion = _suggestion(archive, args.id)
    with archive.engine.begin() as connection:
        dismiss_topic(connection, suggestion)
    if args.json:
        emit_json({"dismissed": suggestion.id})
    else:
        print(f"Dismissed {suggestion.label}; it will not be suggested again.")
    return EXIT_OK


def register(command: CommandAdder) -> None:
    sub = command("topics", cmd_topics, "suggest topics for conversations without a tag")
    sub.add_argument("--limit", type=positive_int, default=20, metavar="N", help="at most N (20)")
    sub = command("topic-accept", cmd_topic_accept, "tag the conversations of a suggestion")
    sub.add_argument("id", metavar="ID", help="a suggestion's id from `topics`")
    sub.add_argument("--name", help="the tag's name (the suggestion's label if not given)")
    sub.add_argument(
        "--rule", action="store_true", help="also add a rule that tags new mail with its words"
    )
    sub = command("topic-dismiss", cmd_topic_dismiss, "never make this suggestion again")
    sub.add_argument("id", metavar="ID", help="a suggestion's id from `topics`")
