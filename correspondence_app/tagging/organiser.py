# SPDX-License-Identifier: GPL-3.0-or-later
"""The archive's organising side in one place, for the command line and the window:
tags, rules, notes, saved searches and the timeline, each call one transaction."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import text

from correspondence_app.search.query_parser import parse_query
from correspondence_app.storage.organise_tables import NoteScope
from correspondence_app.storage.search import matching_ids
from correspondence_app.tagging import identity, journal, tag_edits
from correspondence_app.tagging import notes as note_store
from correspondence_app.tagging import rules as rule_store
from correspondence_app.tagging import saved_searches as search_store
from correspondence_app.tagging import tags as tag_store
from correspondence_app.tagging import timeline as timeline_store
from correspondence_app.tagging import topics as topic_store

if TYPE_CHECKING:
    import threading
    from collections.abc import Sequence

    from sqlalchemy import Connection, Engine


class Organiser:
    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    # Who ------------------------------------------------------------------------------------
    @property
    def user_name(self) -> str:
        with self._engine.connect() as connection:
            return identity.user_name(connection)

    def set_user_name(self, name: str) -> None:
        with self._engine.begin() as connection:
            identity.set_user_name(connection, name)

    def own_addresses(self) -> list[str]:
        with self._engine.begin() as connection:  # the inferred ones are kept
            return identity.own_addresses(connection)

    def set_own_addresses(self, addresses: Sequence[str]) -> None:
        with self._engine.begin() as connection:
            identity.set_own_addresses(connection, addresses)

    # Tags -------------------------------------------------------------------------------------
    def tags(self, *, include_dropped: bool = False) -> list[tag_store.TagInfo]:
        with self._engine.connect() as connection:
            return tag_store.list_tags(connection, include_dropped=include_dropped)

    def create_tag(self, name: str, color: str = "") -> int:
        with self._engine.begin() as connection:
            return tag_store.create_tag(
                connection, name, author=identity.user_name(connection), color=color
            )

    def tags_for_names(self, names: Sequence[str]) -> list[int]:
        """The ids of the user's tags with these names, created when they do not exist."""
        with self._engine.begin() as connection:
            return tag_store.ensure_user_tags(
                connection, names, author=identity.user_name(connection)
            )

    def recolor_tag(self, tag_id: int, color: str) -> None:
        with self._engine.begin() as connection:
            tag_store.recolor_tag(connection, tag_id, color)

    def rename_tag(self, old_name: str, new_name: str) -> list[tuple[str, str]]:
        """Renames the tag (or parent) and those below it, and the ``tag:`` words of rules
        and saved searches that name them."""
        with self._engine.begin() as connection:
            renamed = tag_store.rename_tag(connection, old_name, new_name)
            tag_edits.rewrite_queries(connection, old_name, new_name)
            return renamed

    def merge_tags(self, source_id: int, target_id: int) -> int:
        """Merges the source into the target as one step to undo; returns how many messages
        the target gained."""
        with self._engine.begin() as connection:
            return tag_edits.merge_tags(
                connection, source_id, target_id, author=identity.user_name(connection)
            ).gained

    def delete_tag(self, tag_id: int) -> int:
        """Deletes (an imported tag: drops) the tag as one step to undo; returns how many
        messages had it. A tag a rule gives is refused (TagError, naming the rule)."""
        with self._engine.begin() as connection:
            return tag_edits.delete_tag(
                connection, tag_id, author=identity.user_name(connection)
            ).changed

    def restore_imported_tag(self, tag_id: int) -> tag_store.Change:
        """Keeps a dropped folder's tag again, on every message found there (a step to undo)."""
        with self._engine.begin() as connection:
            return tag_edits.restore_imported_tag(
                connection, tag_id, author=identity.user_name(connection)
            )

    def tag_query(
        self, query: str, *, add: Sequence[str] = (), remove: Sequence[str] = ()
    ) -> tag_store.Change:
        """Adds tags (created when new) to, and removes tags from, every message the query
        finds; raises QuerySyntaxError or TagError."""
        parsed = parse_query(query)
        with self._engine.begin() as connection:
            author = identity.user_name(connection)
            to_remove = tag_store.resolve_tags(connection, remove)
            to_add = tag_store.ensure_user_tags(connection, add, author=author)
            ids = matching_ids(connection, parsed)
            return tag_store.change_tags(
                connection,
                ids,
                add=to_add,
                remove=to_remove,
                description=_describe(add, remove, f"“{query}”"),
                author=author,
            )

    def tag_messages(
        self,
        message_ids: Sequence[int],
        *,
        add: Sequence[int] = (),
        remove: Sequence[int] = (),
        description: str = "",
    ) -> tag_store.Change:
        with self._engine.begin() as connection:
            return self._change(connection, message_ids, add, remove, description)

    def tag_threads(
        self, thread_ids: Sequence[int], *, add: Sequence[int] = (), remove: Sequence[int] = ()
    ) -> tag_store.Change:
        """Changes the tags of every message of these conversations."""
        with self._engine.begin() as connection:
            ids = _thread_messages(connection, thread_ids)
            return self._change(connection, ids, add, remove, f"{len(thread_ids)} conversations")

    @staticmethod
    def _change(
        connection: Connection,
        message_ids: Sequence[int],
        add: Sequence[int],
        remove: Sequence[int],
        description: str,
    ) -> tag_store.Change:
        return tag_store.change_tags(
            connection,
            message_ids,
            add=add,
            remove=remove,
            description=description or f"{len(message_ids)} messages",
            author=identity.user_name(connection),
        )

    def tags_of_messages(self, message_ids: Sequence[int]) -> dict[int, list[int]]:
        with self._engine.connect() as connection:
            return tag_store.tags_of_messages(connection, message_ids)

    def tags_of_threads(self, thread_ids: Sequence[int]) -> dict[int, list[int]]:
        with self._engine.connect() as connection:
            return tag_store.tags_of_threads(connection, thread_ids)

    def thread_tag_marks(self, thread_ids: Sequence[int]) -> dict[int, tuple[tuple[str, str], ...]]:
        """The user's tags (name, colour) on each of these conversations' messages."""
        with self._engine.connect() as connection:
            carried = tag_store.tags_of_threads(connection, thread_ids)
            if not carried:
                return {}
            own = tag_store.user_tag_marks(connection)
        return {
            thread_id: tuple(own[tag_id] for tag_id in tag_ids if tag_id in own)
            for thread_id, tag_ids in carried.items()
        }

    def undoable(self) -> list[journal.ChangeSetInfo]:
        with self._engine.connect() as connection:
            return journal.undoable(connection)

    def undo(self, change_set_id: int | None = None) -> tag_store.Change:
        with self._engine.begin() as connection:
            return journal.undo(connection, change_set_id)

    # Rules ------------------------------------------------------------------------------------
    def rules(self) -> list[rule_store.RuleInfo]:
        with self._engine.connect() as connection:
            return rule_store.list_rules(connection)

    def rule_named(self, name: str) -> rule_store.RuleInfo:
        with self._engine.connect() as connection:
            return rule_store.rule_named(connection, name)

    def save_rule(
        self,
        name: str,
        query: str,
        tag_names: Sequence[str],
        *,
        rule_id: int | None = None,
        is_enabled: bool = True,
    ) -> int:
        with self._engine.begin() as connection:
            return rule_store.save_rule(
                connection,
                name,
                query,
                tag_names,
                author=identity.user_name(connection),
                rule_id=rule_id,
                is_enabled=is_enabled,
            )

    def set_rule_enabled(self, rule_id: int, *, is_enabled: bool) -> None:
        with self._engine.begin() as connection:
            rule_store.set_rule_enabled(connection, rule_id, is_enabled=is_enabled)

    def delete_rule(self, rule_id: int) -> None:
        with self._engine.begin() as connection:
            rule_store.delete_rule(connection, rule_id)

    def apply_rules(
        self, names: Sequence[str] = (), *, dry_run: bool = False, since_id: int = 0
    ) -> rule_store.RuleResult:
        """The named rules (all enabled ones if none is named) over the whole archive, or
        over the messages from ``since_id`` on."""
        with self._engine.begin() as connection:
            if names:
                chosen = [rule_store.rule_named(connection, name) for name in names]
            else:
                chosen = [rule for rule in rule_store.list_rules(connection) if rule.is_enabled]
            if not chosen:
                return rule_store.RuleResult(0, 0)
            return rule_store.apply_rules(
                connection,
                chosen,
                author=identity.user_name(connection),
                dry_run=dry_run,
                since_id=since_id,
                description="" if not since_id else "rules on imported messages",
            )

    def apply_rules_to_new(self) -> rule_store.RuleResult:
        """The enabled rules on every message no import has applied them to yet (those of
        this import, and of any interrupted before it could)."""
        with self._engine.begin() as connection:
            return rule_store.apply_rules_to_new(connection, author=identity.user_name(connection))

    # Notes ------------------------------------------------------------------------------------
    def note(self, message_id: int) -> note_store.NoteInfo | None:
        with self._engine.connect() as connection:
            return note_store.note_of(connection, message_id, NoteScope.MESSAGE)

    def set_note(self, message_id: int, note_text: str) -> note_store.NoteInfo | None:
        with self._engine.begin() as connection:
            return note_store.set_note(
                connection,
                message_id,
                NoteScope.MESSAGE,
                note_text,
                author=identity.user_name(connection),
            )

    def thread_notes(self, thread_id: int) -> list[note_store.NoteInfo]:
        with self._engine.connect() as connection:
            return note_store.thread_notes(connection, thread_id)

    def message_notes(self, message_ids: Sequence[int]) -> dict[int, note_store.NoteInfo]:
        with self._engine.connect() as connection:
            return note_store.message_notes(connection, list(message_ids))

    def set_thread_note(
        self, thread_id: int, note_text: str, *, anchor_id: int | None = None
    ) -> note_store.NoteInfo | None:
        """Writes the thread's note (on ``anchor_id``, an existing note's message, or else
        the thread's first message)."""
        with self._engine.begin() as connection:
            anchor = (
                anchor_id
                if anchor_id is not None
                else note_store.thread_anchor(connection, thread_id)
            )
            return note_store.set_note(
                connection,
                anchor,
                NoteScope.THREAD,
                note_text,
                author=identity.user_name(connection),
            )

    # Topic suggestions ---------------------------------------------------------------------
    def suggest_topics(
        self,
        *,
        limit: int = 20,
        progress: topic_store.Progress | None = None,
        cancel: threading.Event | None = None,
    ) -> list[topic_store.TopicSuggestion]:
        with self._engine.connect() as connection:
            return topic_store.suggest_topics(
                connection, limit=limit, progress=progress, cancel=cancel
            )

    def accept_topic(
        self, suggestion: topic_store.TopicSuggestion, tag_name: str, *, with_rule: bool = False
    ) -> topic_store.AcceptedTopic:
        with self._engine.begin() as connection:
            return topic_store.accept_topic(
                connection,
                suggestion,
                tag_name,
                author=identity.user_name(connection),
                with_rule=with_rule,
            )

    def dismiss_topic(self, suggestion: topic_store.TopicSuggestion) -> None:
        with self._engine.begin() as connection:
            topic_store.dismiss_topic(connection, suggestion)

    # Saved searches ---------------------------------------------------------------------------
    def saved_searches(self, *, count: bool = True) -> list[search_store.SavedSearchInfo]:
        with self._engine.connect() as connection:
            return search_store.list_saved_searches(connection, count=count)

    def save_search(self, name: str, query: str, *, search_id: int | None = None) -> int:
        with self._engine.begin() as connection:
            return search_store.save_search(connection, name, query, search_id=search_id)

    def delete_saved_search(self, search_id: int) -> None:
        with self._engine.begin() as connection:
            search_store.delete_saved_search(connection, search_id)

    # Dates -----------------------------------------------------------------------------------
    def timeline(
        self, period: timeline_store.Period = timeline_store.Period.MONTH, query: str | None = None
    ) -> list[timeline_store.Bucket]:
        parsed = parse_query(query) if query and query.strip() else None
        own = self.own_addresses()
        with self._engine.connect() as connection:
            return timeline_store.timeline(connection, period, own, parsed)

    def month_counts(self) -> list[timeline_store.MonthCount]:
        with self._engine.connect() as connection:
            return timeline_store.month_counts(connection)


def _thread_messages(connection: Connection, thread_ids: Sequence[int]) -> list[int]:
    return list(
        connection.execute(
            text("SELECT id FROM messages WHERE thread_id IN (SELECT value FROM json_each(:ids))"),
            {"ids": "[" + ",".join(str(int(i)) for i in thread_ids) + "]"},
        ).scalars()
    )


def _describe(add: Sequence[str], remove: Sequence[str], where: str) -> str:
    parts = [f"+{name}" for name in add] + [f"-{name}" for name in remove]
    return f"{' '.join(parts)} on {where}"
