# SPDX-License-Identifier: GPL-3.0-or-later
"""Every real corpus file is imported or quarantined, originals come back byte for byte."""

from __future__ import annotations

import mailbox
from pathlib import Path
from typing import Any

import pytest

from correspondence_app.services import Archive
from correspondence_app.storage import queries
from tests.conftest import PASSPHRASE
from tests.integration.cli import private_env, run, run_json

MBOX_FILES = {"tests.mbx", "mbox.rlug"}
NOT_MAIL_SUFFIXES = {".xml", ".json"}


def expected_items(folder: Path) -> int:
    """Messages in a corpus folder, counted without the importer's code."""
    count = 0
    for path in folder.rglob("*"):
        if not path.is_file() or path.name.startswith(".") or path.suffix in NOT_MAIL_SUFFIXES:
            continue
        count += len(mailbox.mbox(path)) if path.name in MBOX_FILES else 1
    return count


@pytest.fixture(scope="module")
def imported(tmp_path_factory: pytest.TempPathFactory, corpora: Path) -> dict[str, Any]:
    base = tmp_path_factory.mktemp("corpora")
    env = private_env(base)
    folder = base / "archive"
    run(env, "init", folder)
    sources = sorted(p for p in corpora.iterdir() if p.is_dir())
    report = run_json(env, "import", folder, *sources)
    return {"env": env, "folder": folder, "report": report, "sources": sources}


def test_every_corpus_item_is_imported_or_quarantined(imported: dict[str, Any]) -> None:
    report = imported["report"]
    assert len(report["sources"]) == len(imported["sources"])
    for source in report["sources"]:
        items = source["imported"] + source["duplicates"] + source["quarantined"]
        assert items == expected_items(Path(source["path"])), source["path"]
    assert report["imported"] > 600


def test_reimport_adds_nothing(imported: dict[str, Any]) -> None:
    env, folder = imported["env"], imported["folder"]
    before = run_json(env, "stats", folder)
    again = run_json(env, "import", folder, *imported["sources"])
    assert again["imported"] == 0
    assert again["quarantined"] == imported["report"]["quarantined"]
    assert run_json(env, "stats", folder) == before


def test_known_duplicates_are_stored_once(imported: dict[str, Any]) -> None:
    lkml = next(s for s in imported["report"]["sources"] if s["path"].endswith("notmuch"))
    # notmuch/lkml holds 34 byte-identical copies.
    assert lkml["duplicates"] >= 34


def lf(data: bytes) -> bytes:
    return data.replace(b"\r\n", b"\n")


def test_raw_returns_the_source_bytes(imported: dict[str, Any]) -> None:
    with Archive.open(imported["folder"], PASSPHRASE) as archive, archive.session() as session:
        summaries = queries.list_messages(session)
        assert summaries
        for summary in summaries:
            raw = queries.original_bytes(session, summary.id)
            assert raw is not None
            detail = queries.message_detail(session, summary.id)
            assert detail is not None
            for source in detail.sources:
                data = Path(source.location).read_bytes()
                if source.offset < 0 and raw != data:  # a twin, with other line ends
                    assert lf(raw) == lf(data), source.location
                elif source.offset < 0:
                    assert raw == data, source.location
                else:
                    start = data.index(b"\n", source.offset) + 1
                    assert data[start : start + len(raw)] == raw, source.location


def test_mbox_messages_match_the_split_oracle(imported: dict[str, Any], corpora: Path) -> None:
    oracle = {(corpora / "mime4j" / "mbox" / f"mbox.rlug-{i}").read_bytes() for i in range(5)}
    with Archive.open(imported["folder"], PASSPHRASE) as archive, archive.session() as session:
        raws = {queries.original_bytes(session, s.id) for s in queries.list_messages(session)}
    assert oracle <= raws


def test_outlook_mail_is_imported_and_other_outlook_items_quarantined_whole(
    imported: dict[str, Any], corpora: Path
) -> None:
    entries = run_json(imported["env"], "quarantine", imported["folder"])
    outlook = {Path(e["source"]).name: e["reason"] for e in entries if "/msgreader/" in e["source"]}
    # Calendar items, a note and two contacts: 16 of the 43 .msg files are no mail.
    assert len(outlook) == 16
    assert all(r.startswith("Outlook item: a ") for r in outlook.values()), outlook
    assert not [e for e in entries if e["source"].endswith("mail_outlook_1")]
    listed = run_json(imported["env"], "list", imported["folder"])
    assert [m for m in listed if m["subject"].startswith("Newsletter Prüfung Personalwesen")]
    with Archive.open(imported["folder"], PASSPHRASE) as archive:
        (entry,) = [e for e in archive.quarantine() if e.location.endswith("contactUnicode.msg")]
        assert entry.size_bytes == (corpora / "msgreader" / "contactUnicode.msg").stat().st_size


def test_verify_passes_after_importing_the_corpora(imported: dict[str, Any]) -> None:
    result = run_json(imported["env"], "verify", imported["folder"])
    assert result["ok"] is True
    assert result["errors"] == []
    assert result["checked"] > 600
