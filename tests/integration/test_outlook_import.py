# SPDX-License-Identifier: GPL-3.0-or-later
"""Outlook files on the command line: a .msg, an .ost and the corpus folders imported,
the .msg given back byte for byte, the mail found by its words and folders, nothing
stored twice, and exports that carry the converted messages and verify."""

from __future__ import annotations

import hashlib
import json
import lzma
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import REPO_ROOT
from tests.integration.cli import private_env, run, run_json

OST_XZ = REPO_ROOT / "tests" / "data" / "outlook" / "pstextractortest.ost.xz"
PST_FOLDERS = {"Inbox": 10, "Sent Items": 2, "Deleted Items": 1, "Sync Issues": 1}


@pytest.fixture(scope="module")
def imported(tmp_path_factory: pytest.TempPathFactory, corpora: Path) -> dict[str, Any]:
    base = tmp_path_factory.mktemp("outlook")
    env = private_env(base)
    folder = base / "archive"
    run(env, "init", folder)
    ost = base / "mail" / "pstextractortest.ost"
    ost.parent.mkdir()
    ost.write_bytes(lzma.decompress(OST_XZ.read_bytes()))
    single = corpora / "msgreader" / "Outer mail.msg"
    newsletter = corpora / "spamscope-mail-parser" / "mail_outlook_1"
    first = run_json(env, "import", folder, single)
    sources = [ost, corpora / "msgreader", newsletter]
    second = run_json(env, "import", folder, *sources)
    return {
        "env": env,
        "folder": folder,
        "base": base,
        "ost": ost,
        "single": single,
        "newsletter": newsletter,
        "sources": sources,
        "first": first,
        "second": second,
    }


def message_id_of(imported: dict[str, Any], subject: str) -> int:
    listed = run_json(imported["env"], "list", imported["folder"])
    (found,) = [m["id"] for m in listed if m["subject"].startswith(subject)]
    return int(found)


def test_a_msg_file_is_imported_and_raw_gives_it_back_byte_for_byte(
    imported: dict[str, Any],
) -> None:
    first = imported["first"]
    assert (first["imported"], first["duplicates"], first["quarantined"]) == (1, 0, 0)
    env, folder = imported["env"], imported["folder"]
    for path, subject in (
        (imported["single"], "Outer mail"),
        (imported["newsletter"], "Newsletter Prüfung Personalwesen"),
    ):
        message_id = message_id_of(imported, subject)
        assert run(env, "raw", folder, str(message_id)).stdout == path.read_bytes()


def test_each_source_reports_its_mail_its_refusals_and_what_it_skipped(
    imported: dict[str, Any],
) -> None:
    second = imported["second"]
    ost, msgreader, newsletter = second["sources"]
    assert (ost["imported"], ost["duplicates"], ost["quarantined"]) == (14, 0, 0)
    pst_skipped = [s for s in ost["skipped"] if s["reason"].startswith("a calendar item")]
    assert len(pst_skipped) == 169
    # 27 messages (Outer mail.msg was imported before); calendar items, a note, contacts.
    assert (msgreader["imported"], msgreader["duplicates"], msgreader["quarantined"]) == (26, 1, 16)
    assert (newsletter["imported"], newsletter["quarantined"]) == (1, 0)
    entries = run_json(imported["env"], "quarantine", imported["folder"])
    reasons = {Path(e["source"]).name: e["reason"] for e in entries}
    assert reasons["contactUnicode.msg"] == "Outlook item: a contact (IPM.Contact), not an e-mail"
    assert reasons["A memo.msg"] == "Outlook item: a note (IPM.StickyNote), not an e-mail"


def test_outlook_mail_is_found_by_a_word_of_its_body(imported: dict[str, Any]) -> None:
    env, folder = imported["env"], imported["folder"]
    hits = run_json(env, "search", folder, "Festsetzung")
    assert [hit["subject"][:10] for hit in hits] == ["Newsletter"]
    hits = run_json(env, "search", folder, "Synchronizer")  # the .ost's RTF-only item
    assert [hit["subject"].strip() for hit in hits] == ["Synchronization Log:"]


def test_the_folders_of_the_ost_become_tags_and_places(imported: dict[str, Any]) -> None:
    env, folder = imported["env"], imported["folder"]
    tags = {tag["name"]: tag["messages"] for tag in run_json(env, "tags", folder)}
    assert {name: tags.get(name) for name in PST_FOLDERS} == PST_FOLDERS
    assert "Calendar" not in tags
    sent = run_json(env, "search", folder, 'folder:"Sent Items"')
    assert sorted(hit["subject"] for hit in sent) == [
        "Accepted: meeting from Ed",
        "meeting with attachments (jpg, pdf, text)",
    ]


def test_a_second_import_stores_nothing_twice(imported: dict[str, Any]) -> None:
    env, folder = imported["env"], imported["folder"]
    before = run_json(env, "stats", folder)
    again = run_json(env, "import", folder, imported["single"], *imported["sources"])
    assert again["imported"] == 0
    assert again["duplicates"] == 1 + 14 + 27 + 1
    assert again["quarantined"] == 16
    assert run_json(env, "stats", folder) == before
    assert run_json(env, "verify", folder)["ok"] is True


@pytest.mark.parametrize("export_format", ["mbox", "eml"])
def test_exports_carry_the_converted_messages_and_verify(
    imported: dict[str, Any], export_format: str
) -> None:
    env, folder = imported["env"], imported["folder"]
    output = imported["base"] / f"export-{export_format}"
    run(env, "export", folder, "*", "--format", export_format, "--output", output)
    assert run_json(env, "verify-export", output)["ok"] is True
    manifest = json.loads((output / "manifest.json").read_bytes())
    single = imported["single"].read_bytes()
    (outer,) = [item for item in manifest["items"] if item["subject"] == "Outer mail"]
    assert outer["sha256"] == hashlib.sha256(single).hexdigest()  # that of Archive.raw
    assert outer["size"] == len(single)
    assert outer["original_format"] == "outlook-msg"
    written = (output / outer["file"]).read_bytes()
    if export_format == "mbox":
        assert outer["original_file"] == ""
        assert b"\nSubject: Outer mail\r\n" in written
        return
    assert hashlib.sha256(written).hexdigest() == outer["file_sha256"]
    assert (
        written.startswith(b"Subject: Outer mail\r\n") or b"\r\nSubject: Outer mail\r\n" in written
    )
    assert (output / outer["original_file"]).read_bytes() == single
    assert outer["original_file"] == outer["file"].removesuffix(".eml") + ".msg"
    converted = [item for item in manifest["items"] if item.get("original_format")]
    assert len(converted) == 28  # the .msg files; an .ost item's original is its RFC 822 form
    assert len(list(output.glob("*.msg"))) == 28
    # A changed byte in an Outlook original is caught.
    original = output / outer["original_file"]
    original.write_bytes(single[:-1] + bytes([single[-1] ^ 1]))
    report = json.loads(run(env, "verify-export", output, "--json", check=False).stdout)
    assert report["ok"] is False
    assert any(outer["original_file"] in line for line in report["mismatches"])
