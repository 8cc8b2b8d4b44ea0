# SPDX-License-Identifier: GPL-3.0-or-later
"""Migrations: they describe the ORM's schema, and old archives upgrade with a backup."""

from __future__ import annotations

import os
from pathlib import Path

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect, select

from correspondence_app.crypto.keys import KdfParams, KeyFile
from correspondence_app.importers import pipeline
from correspondence_app.services import DATABASE_NAME, KEY_NAME, Archive
from correspondence_app.storage import schema, search_index
from correspondence_app.storage.engine import create_archive_engine
from correspondence_app.storage.tables import Address, Base, Message, MessageSource
from tests.conftest import PASSPHRASE


def test_migrations_build_the_schema_the_tables_describe(archive: Archive) -> None:
    with archive.engine.connect() as connection:
        differences = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    # The full-text indexes are virtual tables the ORM does not map.
    assert [d for d in differences if "_fts" not in str(d)] == []


def make_archive_at(folder: Path, revision: str, mail: Path) -> None:
    """An archive as an older version wrote it, with mail in it."""
    folder.mkdir(mode=0o700)
    key_file, key = KeyFile.create(PASSPHRASE, KdfParams())
    key_file.save(folder / KEY_NAME)
    database = folder / DATABASE_NAME
    os.close(os.open(database, os.O_CREAT | os.O_WRONLY, 0o600))
    engine = create_archive_engine(database, key)
    schema.upgrade(engine, database)
    pipeline.import_paths(engine, [mail])
    # Today's importer writes today's schema; the downgrades take it back in time.
    config = schema._config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, revision)
    engine.dispose()


def test_first_schema_archive_upgrades_keeping_its_mail_and_a_backup(
    tmp_path: Path, corpora: Path
) -> None:
    folder = tmp_path / "archive"
    make_archive_at(folder, "0001", corpora / "notmuch" / "default")
    with Archive.open(folder, PASSPHRASE) as archive:
        assert schema.current_revision(archive.engine) == schema.head_revision()
        columns = {c["name"] for c in inspect(archive.engine).get_columns("messages")}
        assert "parent_id" in columns
        assert archive.stats().messages > 40
        assert archive.verify().ok
        # The upgrade left the search index stale; the first search rebuilds it.
        assert not search_index.is_current(archive.engine)
        assert archive.search("from:cworth")
        assert search_index.is_current(archive.engine)
    backups = list(folder.glob(f"{DATABASE_NAME}.before-*.bak"))
    assert len(backups) == 1
    assert backups[0].stat().st_mode & 0o777 == 0o600


def test_an_upgrade_keeps_its_own_copy_and_removes_the_older_ones(
    tmp_path: Path, corpora: Path
) -> None:
    folder = tmp_path / "archive"
    make_archive_at(folder, "0020", corpora / "notmuch" / "default")
    database = folder / DATABASE_NAME
    older = folder / f"{DATABASE_NAME}.before-0015.bak"  # left by an earlier upgrade
    older.write_bytes(database.read_bytes())
    unrelated = folder / "notes.bak"
    unrelated.write_bytes(b"not a copy of the archive")
    with Archive.open(folder, PASSPHRASE) as archive:
        assert archive.stats().messages > 40
    kept = folder / f"{DATABASE_NAME}.before-{schema.head_revision()}.bak"
    assert sorted(folder.glob("*.bak")) == sorted([kept, unrelated])
    assert kept.stat().st_size > 0


def test_an_index_without_address_keys_is_rebuilt_before_the_first_search(
    tmp_path: Path, corpora: Path
) -> None:
    folder = tmp_path / "archive"
    make_archive_at(folder, "0006", corpora / "notmuch" / "default")
    with Archive.open(folder, PASSPHRASE) as archive:
        assert not search_index.is_current(archive.engine)
        from_carl = {hit.summary.id for hit in archive.search("from:cworth@cworth.org", limit=500)}
        assert search_index.is_current(archive.engine)
        with archive.session() as session:
            expected = set(
                session.execute(
                    select(Message.id)
                    .join(Address, Address.id == Message.from_address_id)
                    .where(Address.address == "cworth@cworth.org")
                ).scalars()
            )
            attached = set(
                session.execute(select(Message.id).where(Message.attachment_count > 0)).scalars()
            )
        assert from_carl == expected
        assert len(from_carl) > 5
        found = {hit.summary.id for hit in archive.search("has:attachment", limit=500)}
        assert found == attached
        assert attached


def test_head_revision_by_file_names_is_alembics_head() -> None:
    from alembic.script import ScriptDirectory

    assert (
        schema.head_revision() == ScriptDirectory.from_config(schema._config()).get_current_head()
    )


def test_the_places_of_earlier_imports_become_imported_tags(tmp_path: Path, corpora: Path) -> None:
    folder = tmp_path / "archive"
    make_archive_at(folder, "0007", corpora / "notmuch" / "default")
    with Archive.open(folder, PASSPHRASE) as archive:
        tags = {tag.name: tag.messages for tag in archive.organiser.tags()}
        with archive.session() as session:
            rows = session.execute(select(MessageSource.message_id, MessageSource.folder)).all()
        by_folder: dict[str, set[int]] = {}
        for message_id, place in rows:
            by_folder.setdefault(place, set()).add(message_id)
        assert {name: len(ids) for name, ids in by_folder.items() if name} == tags
        assert len(tags) >= 3
        assert archive.verify().ok
