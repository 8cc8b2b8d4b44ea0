# SPDX-License-Identifier: GPL-3.0-or-later
"""Rules reach every new message, also those an interrupted import stored: they are
applied after a watermark kept in the archive, on a real archive."""

from __future__ import annotations

import shutil
from typing import TYPE_CHECKING

from sqlalchemy import text

from correspondence_app.importers import pipeline
from correspondence_app.services import Archive
from correspondence_app.tagging.rules import APPLIED_UP_TO_KEY
from tests.conftest import PASSPHRASE
from tests.unit.storage.test_schema import make_archive_at
from tests.unit.tagging.conftest import MAIL, found, write_sources

if TYPE_CHECKING:
    from pathlib import Path


def watermark(archive: Archive) -> int:
    with archive.engine.connect() as connection:
        return int(
            connection.execute(
                text("SELECT value FROM archive_settings WHERE key = :key"),
                {"key": APPLIED_UP_TO_KEY},
            ).scalar_one()
        )


def newest_id(archive: Archive) -> int:
    return max(m.id for m in archive.list_messages())


def test_an_import_run_again_after_an_interruption_tags_what_the_first_run_stored(
    archive: Archive, tmp_path: Path
) -> None:
    archive.organiser.save_rule("Asyl", "Antrag OR больница", ["Verfahren"])
    first = ["asyl1", "klinik", "amt"]
    # The first run stored its messages and was killed before the rules ran: the pipeline
    # commits what it read, the rest of an import never happened.
    stored = pipeline.import_paths(archive.engine, write_sources(tmp_path / "first", first))
    assert stored.imported == 3
    assert found(archive, "tag:Verfahren") == set()
    # Run again over all the mail: the three are duplicates now, the others new.
    report = archive.import_paths(write_sources(tmp_path / "all", list(MAIL)), workers=1)
    assert (report.imported, report.duplicates) == (3, 3)
    assert found(archive, "tag:Verfahren") == {"asyl1", "asyl2", "klinik"}
    assert report.tagged == 3  # two the first run stored, one this run did
    assert watermark(archive) == newest_id(archive)
    [step] = archive.organiser.undoable()
    assert (step.description, step.messages) == ("rules on imported messages", 3)


def test_an_import_that_finds_nothing_new_still_tags_what_an_interrupted_one_stored(
    archive: Archive, tmp_path: Path
) -> None:
    archive.organiser.save_rule("Bundestag", "from:bundestag.example", ["Parlament"])
    sources = write_sources(tmp_path / "mail", list(MAIL))
    pipeline.import_paths(archive.engine, sources)  # all stored, then killed
    report = archive.import_paths(sources, workers=1)
    assert (report.imported, report.tagged) == (0, 1)
    assert found(archive, "tag:Parlament") == {"mdb"}


def test_each_message_meets_the_rules_once(archive: Archive, tmp_path: Path) -> None:
    archive.import_paths(write_sources(tmp_path / "first", ["asyl1", "amt"]), workers=1)
    assert watermark(archive) == newest_id(archive)  # no rules: the watermark moves on
    # A rule added later tags new mail only; older mail is the user's to tag on demand.
    archive.organiser.save_rule("Asyl", "Antrag", ["Verfahren"])
    archive.import_paths(write_sources(tmp_path / "second", ["asyl2"]), workers=1)
    assert found(archive, "tag:Verfahren") == {"asyl2"}
    archive.organiser.undo()  # the user takes the rule's tag away again
    again = archive.import_paths(write_sources(tmp_path / "second", ["asyl2"]), workers=1)
    assert again.tagged == 0
    assert found(archive, "tag:Verfahren") == set()


def test_an_upgraded_archive_counts_its_mail_as_seen_by_the_rules(
    tmp_path: Path, corpora: Path
) -> None:
    folder = tmp_path / "old"
    make_archive_at(folder, "0018", corpora / "notmuch" / "default")
    with Archive.open(folder, PASSPHRASE) as upgraded:
        before = newest_id(upgraded)
        assert watermark(upgraded) == before
        # Carl wrote mail the archive had; Alice writes in the mail imported now.
        upgraded.organiser.save_rule("Bekannt", "from:cworth OR from:alice", ["Bekannt"])
        more = tmp_path / "more"
        shutil.copytree(corpora / "notmuch" / "threading", more)
        upgraded.import_paths([more], workers=1)
        tagged = {hit.summary.id for hit in upgraded.search("tag:Bekannt", limit=1000)}
        assert tagged  # the new mail got the rule's tag ...
        assert all(message_id > before for message_id in tagged)  # ... the old mail did not
