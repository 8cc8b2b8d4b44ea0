# SPDX-License-Identifier: GPL-3.0-or-later
"""A dismissed topic stays dismissed when new mail arrives and takes its words: the
dismissed conversations are remembered, on a real archive."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING

import pytest

from correspondence_app.crypto.keys import KdfParams
from correspondence_app.services import Archive
from correspondence_app.tagging.topics import dismiss_topic, suggest_topics
from tests.conftest import PASSPHRASE
from tests.unit.tagging.test_topics import OWN, _message, best_match, write_topic_mail

if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path

    from correspondence_app.tagging.topics import TopicSuggestion

NEWSLETTERS = 60  # more conversations than a word may be in and still tell topics apart


@pytest.fixture
def archive(tmp_path: Path) -> Iterator[Archive]:
    with Archive.create(tmp_path / "archive", PASSPHRASE, kdf=KdfParams()) as created:
        created.import_paths([write_topic_mail(tmp_path / "mail")], workers=1)
        yield created


def suggestions_of(archive: Archive) -> list[TopicSuggestion]:
    with archive.engine.connect() as connection:
        return suggest_topics(connection)


def threads_of_topic(archive: Archive, topic: str) -> set[int]:
    return {
        archive.message_thread_id(m.id)
        for m in archive.list_messages()
        if m.message_id.startswith(topic + "-")
    }


def write_newsletters(root: Path, words: tuple[str, ...]) -> Path:
    """One-off English letters that all use these words, and no others they share."""
    for sub in ("cur", "new", "tmp"):
        (root / sub).mkdir(parents=True, exist_ok=True)
    start = datetime(2024, 1, 1, tzinfo=UTC)
    for index in range(NEWSLETTERS):
        body = (
            f"Dear reader, this is about the {', the '.join(words)}. We would like to let you "
            f"know about this, and we will write again when there is more to say. Issue{index}."
        )
        key = f"news-{index}-0"
        sender = f"News {index} <news{index}@list.example>"
        content = _message(
            key, sender, OWN, f"Newsletter {index}", start + timedelta(days=index), body, ""
        )
        (root / "cur" / f"18000{index:05d}.{key}.host:2,S").write_bytes(content)
    return root


def test_dismissed_conversations_are_not_suggested_again_under_new_words(
    archive: Archive, tmp_path: Path
) -> None:
    visa_threads = threads_of_topic(archive, "visa")
    visa = best_match(suggestions_of(archive), visa_threads)
    assert set(visa.thread_ids) == visa_threads
    with archive.engine.begin() as connection:
        dismiss_topic(connection, visa)
    # New mail uses the suggestion's five strongest words so often that they no longer tell
    # conversations apart: the visa letters would group again under their other words.
    archive.import_paths([write_newsletters(tmp_path / "news", visa.words[:5])], workers=1)
    archive.rethread()  # the conversations are remembered by their messages
    after = suggestions_of(archive)
    assert all(len(set(s.thread_ids) & visa_threads) * 2 < s.threads for s in after), [
        (s.label, s.threads) for s in after
    ]
    # The other topics are still suggested.
    for topic in ("asyl", "klinik"):
        threads = threads_of_topic(archive, topic)
        assert len(threads & set(best_match(after, threads).thread_ids)) >= 0.8 * len(threads)
