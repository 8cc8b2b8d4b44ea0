# SPDX-License-Identifier: GPL-3.0-or-later
"""Tags on a real archive: imported places, bulk changes, nesting, rename, merge, undo."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from correspondence_app.storage.organise_tables import TagKind
from correspondence_app.tagging.names import renamed_in_query, tag_name
from correspondence_app.tagging.tags import TagError
from tests.unit.tagging.conftest import MAIL, found, ids_of, write_sources

if TYPE_CHECKING:
    from pathlib import Path

    from correspondence_app.services import Archive


def tag_counts(archive: Archive, kind: TagKind | None = None) -> dict[str, int]:
    return {
        tag.name: tag.messages
        for tag in archive.organiser.tags()
        if kind is None or tag.kind is kind
    }


def test_folders_and_labels_become_imported_tags(organised: Archive) -> None:
    imported = tag_counts(organised, TagKind.IMPORTED)
    assert imported == {
        "Asyl": 2,
        "Behoerden": 1,
        "Sent": 2,
        "gmail.mbox": 1,
        "Bundestag": 1,
        "Wichtig": 1,
    }
    assert found(organised, "tag:asyl") == {"asyl1", "klinik"}
    assert found(organised, "tag:Bundestag") == {"mdb"}


def test_a_dropped_imported_tag_stays_dropped_on_reimport(
    organised: Archive, tmp_path: Path
) -> None:
    organiser = organised.organiser
    asyl = next(tag for tag in organiser.tags() if tag.name == "Asyl")
    assert organiser.delete_tag(asyl.id) == 2
    assert "Asyl" not in tag_counts(organised)
    organised.import_paths(write_sources(tmp_path / "again", list(MAIL)), workers=1)
    assert "Asyl" not in tag_counts(organised)
    assert found(organised, "folder:Asyl") == {"asyl1", "klinik"}  # the folder is still known
    organiser.restore_imported_tag(asyl.id)
    organised.import_paths(write_sources(tmp_path / "third", list(MAIL)), workers=1)
    assert tag_counts(organised)["Asyl"] == 2


def test_tagging_a_query_adds_and_removes_as_one_undoable_step(organised: Archive) -> None:
    organiser = organised.organiser
    change = organiser.tag_query("Antrag", add=["Asylverfahren", "Beweise"])
    assert change.changed == 2
    assert found(organised, "tag:Asylverfahren") == found(organised, "Antrag") == {"asyl1", "asyl2"}
    again = organiser.tag_query("Antrag", add=["Asylverfahren"])
    assert (again.changed, again.change_set_id) == (0, None)  # nothing to undo
    removal = organiser.tag_query("from:sergej@example.org", remove=["Beweise"])
    assert removal.changed == 1
    assert found(organised, "tag:Beweise") == {"asyl2"}
    organiser.undo()  # the removal
    assert found(organised, "tag:Beweise") == {"asyl1", "asyl2"}
    organiser.undo()  # the first tagging
    assert found(organised, "tag:Beweise") == set()
    assert organiser.undo().change_set_id is None  # nothing left


def test_a_thread_shows_the_union_of_its_messages_tags(organised: Archive) -> None:
    organiser, ids = organised.organiser, ids_of(organised)
    thread_id = organised.message_thread_id(ids["asyl1"])
    assert organised.message_thread_id(ids["asyl2"]) == thread_id
    first = organiser.create_tag("Erster")
    second = organiser.create_tag("Zweiter")
    organiser.tag_messages([ids["asyl1"]], add=[first])
    organiser.tag_messages([ids["asyl2"]], add=[second])
    of_messages = organiser.tags_of_messages([ids["asyl1"], ids["asyl2"]])
    union = sorted(set(of_messages[ids["asyl1"]]) | set(of_messages[ids["asyl2"]]))
    assert {first, second} < set(union)  # with the folders found at import
    assert organiser.tags_of_threads([thread_id]) == {thread_id: union}
    change = organiser.tag_threads([thread_id], add=[first])
    assert change.changed == 1
    assert found(organised, "tag:Erster") == {"asyl1", "asyl2"}


def test_nested_tags_are_found_through_their_parents(organised: Archive) -> None:
    organiser = organised.organiser
    organiser.tag_query(
        "from:poststelle@auswaertiges-amt.example", add=["Behörden/Auswärtiges Amt"]
    )
    organiser.tag_query("from:buero@bundestag.example", add=["Behörden/Bundestag"])
    assert found(organised, "tag:Behörden") == {"amt", "mdb"}
    assert found(organised, "tag:behörden/bundestag") == {"mdb"}
    assert found(organised, 'tag:"Behörden/Auswärtiges Amt"') == {"amt"}
    assert found(organised, "tag:beh*") == {"amt", "mdb"}
    # A tag named like the start of another is not its parent.
    organiser.tag_query("Antrag", add=["Behördengang"])
    assert found(organised, "tag:Behörden") == {"amt", "mdb"}
    assert found(organised, "-tag:Behörden tag:Sent") == {"asyl2", "amt2"}


def test_renaming_keeps_every_assignment_and_rewrites_queries(organised: Archive) -> None:
    organiser = organised.organiser
    organiser.tag_query("tag:Asyl OR tag:Sent", add=["Akte/Asyl"])
    organiser.tag_query("tag:Asyl", add=["Akte/Asyl/Klinik"])
    organiser.save_rule("Klinik", "больница", ["Akte/Asyl/Klinik"])
    organiser.save_search("Akte", 'tag:Akte/Asyl -tag:"Akte/Asyl/Klinik"')
    before = found(organised, "tag:Akte")
    renamed = organiser.rename_tag("Akte", "Verfahren")
    assert sorted(renamed) == [
        ("Akte/Asyl", "Verfahren/Asyl"),
        ("Akte/Asyl/Klinik", "Verfahren/Asyl/Klinik"),
    ]
    assert found(organised, "tag:Verfahren") == before
    assert found(organised, "tag:Akte") == set()
    assert [rule.tags for rule in organiser.rules()] == [("Verfahren/Asyl/Klinik",)]
    [search] = organiser.saved_searches()
    assert search.query == 'tag:Verfahren/Asyl -tag:"Verfahren/Asyl/Klinik"'
    assert search.messages == len(found(organised, search.query))


def test_rename_refuses_a_clash_and_imported_names(organised: Archive) -> None:
    organiser = organised.organiser
    organiser.create_tag("Eins")
    organiser.create_tag("Zwei")
    with pytest.raises(TagError, match="merge"):
        organiser.rename_tag("Eins", "zwei")
    with pytest.raises(TagError, match="found at import"):
        organiser.rename_tag("Asyl", "Flucht")
    with pytest.raises(TagError, match="no tag"):
        organiser.rename_tag("Keins", "Etwas")


def test_merging_gives_the_target_every_message(organised: Archive) -> None:
    organiser = organised.organiser
    organiser.tag_query("Antrag", add=["Antrag"])
    organiser.tag_query("tag:Behoerden", add=["Amt", "Amt/Post"])
    tags = {tag.name: tag for tag in organiser.tags()}
    gained = organiser.merge_tags(tags["Amt"].id, tags["Antrag"].id)
    assert gained == 1
    assert found(organised, "tag:Antrag") == {"asyl1", "asyl2", "amt"}
    assert "Amt" not in tag_counts(organised)
    assert tag_counts(organised)["Antrag/Post"] == 1  # the child moved along
    # An imported tag merged into one's own is dropped, its messages kept by the target.
    organiser.merge_tags(tags["Asyl"].id, tags["Antrag"].id)
    assert found(organised, "tag:Antrag") == {"asyl1", "asyl2", "amt", "klinik"}
    assert "Asyl" not in tag_counts(organised)


def test_colours_and_names_are_checked(organised: Archive) -> None:
    organiser = organised.organiser
    tag_id = organiser.create_tag("  Beweise / Fotos  ", "#A0B0C0")
    tag = next(tag for tag in organiser.tags() if tag.id == tag_id)
    assert (tag.name, tag.color) == ("Beweise/Fotos", "#a0b0c0")
    with pytest.raises(TagError, match="#rrggbb"):
        organiser.recolor_tag(tag_id, "red")
    with pytest.raises(ValueError, match="needs a name"):
        organiser.create_tag(" / ")
    with pytest.raises(TagError, match="already"):
        organiser.create_tag("beweise/fotos")


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("tag:Akte", "tag:Fall"),
        ("tag:akte/asyl date:2023", "tag:Fall/asyl date:2023"),
        ('-tag:"Akte/Mein Fall" OR x', '-tag:"Fall/Mein Fall" OR x'),
        ("tag:Akten tag:Akte*", "tag:Akten tag:Akte*"),  # another tag; a prefix
        ("subject:tag:Akte", "subject:tag:Akte"),  # not the tag field
    ],
)
def test_a_renamed_tag_is_renamed_in_queries(query: str, expected: str) -> None:
    assert renamed_in_query(query, "Akte", "Fall") == expected


def test_tag_names_are_tidied() -> None:
    assert tag_name("  Behörden //  Auswärtiges   Amt/") == "Behörden/Auswärtiges Amt"
    assert tag_name(" / ") == ""
