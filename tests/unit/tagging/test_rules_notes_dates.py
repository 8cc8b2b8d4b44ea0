# SPDX-License-Identifier: GPL-3.0-or-later
"""Rules, notes, saved searches, the timeline and verify, on a real archive."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

import pytest
from sqlalchemy import text

from correspondence_app.search.query_parser import QuerySyntaxError
from correspondence_app.tagging.tags import TagError
from correspondence_app.tagging.timeline import Period
from tests.unit.tagging.conftest import MAIL, OWN, found, ids_of, write_sources

if TYPE_CHECKING:
    from pathlib import Path

    from correspondence_app.services import Archive


def test_a_rule_previews_applies_and_undoes_as_one_step(organised: Archive) -> None:
    organiser = organised.organiser
    organiser.save_rule("Asyl", "Antrag OR больница", ["Verfahren", "Beweise"])
    organiser.tag_query("Antrag", add=["Verfahren"])  # some have one of the tags already
    preview = organiser.apply_rules(dry_run=True)
    assert (preview.matched, preview.changed) == (3, 3)
    assert found(organised, "tag:Beweise") == set()  # a dry run changes nothing
    result = organiser.apply_rules()
    assert (result.matched, result.changed) == (3, 3)
    assert found(organised, "tag:Verfahren") == found(organised, "tag:Beweise") == {
        "asyl1", "asyl2", "klinik"
    }  # fmt: skip
    assert organiser.apply_rules().changed == 0
    organiser.undo(result.change_set_id)
    assert found(organised, "tag:Beweise") == set()
    assert found(organised, "tag:Verfahren") == {"asyl1", "asyl2"}  # tagged by hand before


def test_rules_tag_new_imports_unless_switched_off(tmp_path: Path, organised: Archive) -> None:
    organiser = organised.organiser
    organiser.save_rule("Bundestag", "from:bundestag.example", ["Parlament"])
    off = organiser.save_rule("Alles", "Antrag OR Anfrage", ["Alles"], is_enabled=False)
    # A message already stored is not touched by a later import; a new one is.
    extra = tmp_path / "new"
    report = organised.import_paths(write_sources(extra, list(MAIL)), workers=1)
    assert (report.imported, report.tagged) == (0, 0)
    assert found(organised, "tag:Parlament") == set()
    assert organiser.apply_rules(["bundestag"]).changed == 1
    organiser.set_rule_enabled(off, is_enabled=True)
    assert [rule.is_enabled for rule in organiser.rules()] == [True, True]
    organiser.delete_rule(off)
    assert [rule.name for rule in organiser.rules()] == ["Bundestag"]
    assert found(organised, "tag:Parlament") == {"mdb"}  # a deleted rule's tags stay


def test_a_rule_applies_to_the_messages_an_import_adds(tmp_path: Path, archive: Archive) -> None:
    archive.organiser.save_rule("Asyl", "Antrag", ["Verfahren"])
    report = archive.import_paths(write_sources(tmp_path / "mail", list(MAIL)), workers=1)
    assert report.tagged == 2
    assert found(archive, "tag:Verfahren") == {"asyl1", "asyl2"}
    assert archive.organiser.undoable()[0].description == "rules on imported messages"


def test_rules_need_a_valid_query_and_tags(organised: Archive) -> None:
    organiser = organised.organiser
    with pytest.raises(QuerySyntaxError):
        organiser.save_rule("Kaputt", "(Antrag", ["X"])
    with pytest.raises(TagError, match="tag"):
        organiser.save_rule("Ohne", "Antrag", [])
    organiser.save_rule("Eins", "Antrag", ["X"])
    with pytest.raises(TagError, match="already"):
        organiser.save_rule("eins", "Anfrage", ["Y"])


def test_notes_are_found_by_note_and_survive_rethreading_and_reimport(
    organised: Archive, tmp_path: Path
) -> None:
    organiser, ids = organised.organiser, ids_of(organised)
    note = organiser.set_note(ids["klinik"], "Übersetzung: Ich bin im Krankenhaus, alles gut.")
    assert note is not None
    assert note.author
    thread_id = organised.message_thread_id(ids["asyl2"])
    organiser.set_thread_note(thread_id, "Kontext: erste Nachricht nach der Flucht")
    assert found(organised, "note:Übersetzungen") == {"klinik"}  # stemmed
    assert found(organised, "note:krankenhaus") == {"klinik"}
    assert found(organised, "note:Flucht") == {"asyl1", "asyl2"}  # the whole thread
    assert found(organised, "Krankenhaus") == set()  # a note is not the mail's text
    organised.rethread()
    organised.import_paths(write_sources(tmp_path / "again", list(MAIL)), workers=1)
    organised.reindex()
    assert found(organised, "note:Flucht") == {"asyl1", "asyl2"}
    [thread_note] = organiser.thread_notes(organised.message_thread_id(ids["asyl1"]))
    assert thread_note.text.startswith("Kontext")
    assert organised.verify().ok
    assert organiser.set_note(ids["klinik"], "  ") is None  # empty: deleted
    assert organiser.note(ids["klinik"]) is None
    assert found(organised, "note:krankenhaus") == set()


def test_verify_finds_a_note_missing_from_its_index(organised: Archive) -> None:
    organised.organiser.set_note(ids_of(organised)["amt"], "Eingang bestätigt")
    with organised.engine.begin() as connection:
        connection.execute(text("DELETE FROM notes_fts"))
    result = organised.verify()
    assert not result.ok
    assert any("notes" in error for error in result.errors)
    organised.reindex()
    assert organised.verify().ok


def test_timeline_counts_sent_and_received_with_gaps(organised: Archive) -> None:
    organiser = organised.organiser
    assert organiser.own_addresses() == [OWN]  # from the Sent folder
    months = organiser.timeline(Period.MONTH)
    assert [(b.label(Period.MONTH), b.received, b.sent) for b in months] == [
        ("2023-01", 1, 1),
        ("2023-02", 0, 0),
        ("2023-03", 1, 1),
        ("2023-04", 0, 0),
        ("2023-05", 1, 0),
        ("2023-06", 1, 0),
    ]
    weeks = organiser.timeline(Period.WEEK, "from:sergej@example.org")
    assert weeks[0].start == date(2023, 1, 9)  # the Monday of 2023-01-10
    assert weeks[0].label(Period.WEEK) == "2023-W02"
    assert sum(b.total for b in weeks) == 2
    assert all(b.start.weekday() == 0 for b in weeks)
    assert [(m.year, m.month, m.messages) for m in organiser.month_counts()][:2] == [
        (2023, 6, 1),
        (2023, 5, 1),
    ]


def test_own_addresses_can_be_set(organised: Archive) -> None:
    organiser = organised.organiser
    organiser.set_own_addresses(["Sergej@Example.org"])
    assert organiser.own_addresses() == ["sergej@example.org"]
    assert sum(b.sent for b in organiser.timeline(Period.MONTH)) == 2
    organiser.set_own_addresses([])
    assert organiser.own_addresses() == [OWN]
    organiser.set_user_name("  Helga   Weber ")
    assert organiser.user_name == "Helga Weber"


def test_saved_searches_count_live(organised: Archive) -> None:
    organiser = organised.organiser
    organiser.save_search("Amt", "tag:Behoerden OR from:bundestag.example")
    organiser.save_search("Asyl", "Antrag")
    assert [(s.name, s.messages) for s in organiser.saved_searches()] == [("Amt", 2), ("Asyl", 2)]
    organiser.tag_query("Nachfrage", add=["Behoerden"])  # the user's tag of the same name
    assert organiser.saved_searches()[0].messages == 3
    with pytest.raises(TagError, match="already"):
        organiser.save_search("amt", "x")
    organiser.delete_saved_search(organiser.saved_searches()[0].id)
    assert [s.name for s in organiser.saved_searches()] == ["Asyl"]
