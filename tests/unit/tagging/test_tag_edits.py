# SPDX-License-Identifier: GPL-3.0-or-later
"""Merging, deleting and dropping tags as steps that undo takes back whole; a tag a rule
gives is not deleted; a dropped folder's tag is kept again; on a real archive."""

from __future__ import annotations

import mailbox
from email.message import EmailMessage
from typing import TYPE_CHECKING

import pytest

from correspondence_app.storage.organise_tables import TagKind
from correspondence_app.tagging.tags import TagError
from tests.unit.tagging.conftest import MAIL, found, write_sources

if TYPE_CHECKING:
    from pathlib import Path

    from correspondence_app.services import Archive


def state(archive: Archive) -> tuple[object, ...]:
    """Everything a person organised: tags (with ids, colours and messages), what the rules
    give, and the saved searches' queries."""
    organiser = archive.organiser
    tags = sorted(
        (t.id, t.name, t.kind.value, t.color, frozenset(found(archive, f'tag:"{t.name}"')))
        for t in organiser.tags(include_dropped=True)
    )
    rules = [(r.name, r.query, r.tags) for r in organiser.rules()]
    searches = [(s.name, s.query) for s in organiser.saved_searches(count=False)]
    return tuple(tags), tuple(rules), tuple(searches)


def tag_id(archive: Archive, name: str) -> int:
    return next(t.id for t in archive.organiser.tags() if t.name == name)


def test_a_merge_is_one_step_that_undo_takes_back_whole(organised: Archive) -> None:
    organiser = organised.organiser
    organiser.tag_query("Antrag", add=["Antrag"])
    organiser.tag_query("tag:Behoerden", add=["Amt", "Amt/Post", "Amt/Neu"])
    organiser.tag_query("больница", add=["Antrag/Post"])  # already below the target
    organiser.recolor_tag(tag_id(organised, "Amt"), "#aa0000")
    organiser.save_rule("Ämter", "from:auswaertiges-amt.example", ["Amt", "Wichtig"])
    organiser.save_search("Post", "tag:Amt/Post OR tag:Antrag")
    before = state(organised)

    assert organiser.merge_tags(tag_id(organised, "Amt"), tag_id(organised, "Antrag")) == 1
    names = {t.name: t.messages for t in organiser.tags() if t.kind is TagKind.USER}
    assert names == {"Antrag": 3, "Antrag/Post": 2, "Antrag/Neu": 1, "Wichtig": 0}
    assert [rule.tags for rule in organiser.rules()] == [("Antrag", "Wichtig")]
    assert [s.query for s in organiser.saved_searches()] == ["tag:Antrag/Post OR tag:Antrag"]
    [step] = organiser.undoable()[:1]
    assert step.description == "merge Amt into Antrag"

    undone = organiser.undo()
    assert undone.change_set_id == step.id
    assert undone.changed == 1  # "amt" lost Antrag and got Amt, Amt/Post and Amt/Neu back
    assert state(organised) == before


def test_a_tag_merged_into_its_own_child_leaves_the_child_in_place(organised: Archive) -> None:
    organiser = organised.organiser
    organiser.tag_query("Antrag OR Anfrage", add=["Akte"])
    organiser.tag_query("больница", add=["Akte/Asyl", "Akte/Asyl/Klinik"])
    organiser.tag_query("Anfrage", add=["Akte/Neu"])
    before = state(organised)
    organiser.merge_tags(tag_id(organised, "Akte"), tag_id(organised, "Akte/Asyl"))
    names = {t.name: t.messages for t in organiser.tags() if t.kind is TagKind.USER}
    assert names == {"Akte/Asyl": 4, "Akte/Asyl/Klinik": 1, "Akte/Asyl/Neu": 1}
    organiser.undo()
    assert state(organised) == before


def test_a_deleted_tag_comes_back_with_its_colour_and_messages(organised: Archive) -> None:
    organiser = organised.organiser
    organiser.tag_query("Antrag OR больница", add=["Beweise"])
    beweise = tag_id(organised, "Beweise")
    organiser.recolor_tag(beweise, "#00aa00")
    before = state(organised)
    assert organiser.delete_tag(beweise) == 3
    assert "Beweise" not in {t.name for t in organiser.tags(include_dropped=True)}
    assert found(organised, "tag:Beweise") == set()
    assert organiser.undoable()[0].description == "delete the tag Beweise"
    assert organiser.undo().changed == 3
    assert state(organised) == before
    # A new tag takes neither the name's place for good nor the id.
    assert organiser.delete_tag(beweise) == 3
    fresh = organiser.create_tag("Beweise")
    assert fresh != beweise
    with pytest.raises(TagError, match="there is a tag of that name again"):
        organiser.undo()
    assert found(organised, "tag:Beweise") == set()  # the refused undo changed nothing
    organiser.delete_tag(fresh)
    assert organiser.undo().changed == 0  # the new tag, which had no messages, is back
    organiser.delete_tag(fresh)
    undoable = organiser.undoable()
    assert undoable[0].description == "delete the tag Beweise"
    organiser.undo(undoable[1].id)  # the first deletion, now that the name is free again
    assert found(organised, "tag:Beweise") == {"asyl1", "asyl2", "klinik"}
    assert next(t.color for t in organiser.tags() if t.name == "Beweise") == "#00aa00"


def test_a_tag_a_rule_gives_is_not_deleted_and_the_rule_is_named(organised: Archive) -> None:
    organiser = organised.organiser
    organiser.save_rule("Klinik", "больница", ["Krankenhaus"])
    organiser.apply_rules()
    krankenhaus = tag_id(organised, "Krankenhaus")
    with pytest.raises(TagError, match="the rule “Klinik” gives the tag Krankenhaus"):
        organiser.delete_tag(krankenhaus)
    organiser.save_rule("Arzt", "Arzt", ["Krankenhaus"])
    with pytest.raises(TagError, match="the rules “Arzt”, “Klinik” give the tag Krankenhaus"):
        organiser.delete_tag(krankenhaus)
    assert [rule.tags for rule in organiser.rules()] == [("Krankenhaus",), ("Krankenhaus",)]
    assert found(organised, "tag:Krankenhaus") == {"klinik"}
    for rule in organiser.rules():
        organiser.delete_rule(rule.id)
    assert organiser.delete_tag(krankenhaus) == 1


def test_undo_counts_only_the_messages_it_changes(organised: Archive) -> None:
    organiser = organised.organiser
    tagging = organiser.tag_query("Antrag", add=["Verfahren"])
    assert tagging.changed == 2
    organiser.tag_query("tag:Verfahren", remove=["Verfahren"])  # taken off by hand
    assert organiser.undo(tagging.change_set_id).changed == 0  # there was nothing to take
    assert found(organised, "tag:Verfahren") == set()
    assert organiser.undo().changed == 2  # the removal: the tag comes back on both
    assert found(organised, "tag:Verfahren") == {"asyl1", "asyl2"}
    assert organiser.undo().change_set_id is None  # nothing left: the tagging was undone


def test_a_dropped_folder_tag_is_kept_again_on_its_messages(
    organised: Archive, tmp_path: Path
) -> None:
    organiser = organised.organiser
    asyl = tag_id(organised, "Asyl")
    organiser.delete_tag(asyl)
    assert [t.is_dropped for t in organiser.tags(include_dropped=True) if t.id == asyl] == [True]
    kept = organiser.restore_imported_tag(asyl)
    assert kept.changed == 2  # at once, without importing the folder again
    assert found(organised, "tag:Asyl") == {"asyl1", "klinik"}
    with pytest.raises(TagError, match="was not dropped"):
        organiser.restore_imported_tag(asyl)
    organiser.undo()  # the keeping: dropped again
    assert found(organised, "tag:Asyl") == set()
    organised.import_paths(write_sources(tmp_path / "again", list(MAIL)), workers=1)
    assert found(organised, "tag:Asyl") == set()  # and imports leave it out again
    organiser.undo()  # the dropping
    assert found(organised, "tag:Asyl") == {"asyl1", "klinik"}
    own = organiser.create_tag("Eigenes")
    organiser.delete_tag(own)
    with pytest.raises(TagError, match="no tag"):
        organiser.restore_imported_tag(own)  # a deleted tag of one's own: undo brings it


def write_many(path: Path, count: int) -> Path:
    box = mailbox.mbox(path)
    for index in range(count):
        message = EmailMessage()
        message["From"], message["To"] = "amt@example.de", "helga@example.de"
        message["Subject"] = f"Bescheid {index}"
        message["Date"] = "Mon, 02 Jan 2023 10:00:00 +0000"
        message["Message-ID"] = f"<bescheid-{index}@example.de>"
        message.set_content(f"Bescheid Nummer {index}.")
        box.add(message)
    box.flush()
    box.close()
    return path


def test_thousands_of_assignments_survive_rename_merge_and_undo(
    archive: Archive, tmp_path: Path
) -> None:
    count = 3000
    archive.import_paths([write_many(tmp_path / "viele.mbox", count)], workers=1)
    organiser = archive.organiser
    assert organiser.tag_query("Bescheid", add=["Akte/Bescheide"]).changed == count
    tagged = {hit.summary.id for hit in archive.search("tag:Akte", limit=10_000)}
    assert len(tagged) == count
    organiser.rename_tag("Akte", "Verfahren")
    renamed = {hit.summary.id for hit in archive.search("tag:Verfahren/Bescheide", limit=10_000)}
    assert renamed == tagged
    assert {t.name: t.messages for t in organiser.tags() if t.kind is TagKind.USER} == {
        "Verfahren/Bescheide": count
    }
    other = organiser.create_tag("Post")
    assert organiser.merge_tags(tag_id(archive, "Verfahren/Bescheide"), other) == count
    assert {hit.summary.id for hit in archive.search("tag:Post", limit=10_000)} == tagged
    assert organiser.undo().changed == count
    back = {hit.summary.id for hit in archive.search("tag:Verfahren/Bescheide", limit=10_000)}
    assert back == tagged
    assert archive.search("tag:Post") == []
    assert archive.verify().ok
