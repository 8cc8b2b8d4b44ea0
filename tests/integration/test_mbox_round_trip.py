# SPDX-License-Identifier: GPL-3.0-or-later
"""An exported mbox imported again gives back every message, one for one: also real mail
that declares a multipart and never closes it, and mbox files written before the exporter
marked its "From " lines."""

from __future__ import annotations

import email
import hashlib
import json
import re
import shutil
from pathlib import Path
from typing import Any

import pytest

from correspondence_app.export.manifest import MANIFEST_NAME, SUMS_NAME
from correspondence_app.export.originals import MBOX_NAME, mboxrd_messages
from correspondence_app.importers.mbox import EXPORT_SENDER
from tests.integration.cli import private_env, run, run_json

LETTERS = {  # the smallest case found: the first message swallowed the other two
    "1.eml": b"From: a@example.org\nSubject: unclosed\nMessage-ID: <1@example.org>\n"
    b"Date: Mon, 01 Apr 2024 10:00:00 +0000\n"
    b'Content-Type: multipart/mixed; boundary="B"\n\nno parts at all\n',
    "2.eml": b"From: b@example.org\nSubject: plain\nMessage-ID: <2@example.org>\n"
    b"Date: Tue, 02 Apr 2024 10:00:00 +0000\n\nplain text\n",
    "3.eml": b"From: c@example.org\nSubject: closed\nMessage-ID: <3@example.org>\n"
    b"Date: Wed, 03 Apr 2024 10:00:00 +0000\n"
    b'Content-Type: multipart/mixed; boundary="B"\n\n'
    b"--B\nContent-Type: text/plain\n\npart\n--B--\n",
}
WRITERS = ["this-version", "an-earlier-version"]


def cpython_messages() -> list[Path]:
    """CPython's own test messages, where the standard library ships them."""
    data = Path(email.__file__).parent.parent / "test" / "test_email" / "data"
    return sorted(data.glob("msg_*.txt"))


def as_the_earlier_exporter_wrote_it(export: Path) -> None:
    """Its "From " lines named a sender of the message, not the exporter, and its manifest
    listed no files; the checksums of the mbox and the manifest follow."""
    mbox = export / MBOX_NAME
    marked = rb"^From " + re.escape(EXPORT_SENDER.encode()) + rb" "
    data, count = re.subn(marked, b"From MAILER-DAEMON ", mbox.read_bytes(), flags=re.MULTILINE)
    assert count > 0
    mbox.write_bytes(data)
    manifest_path = export / MANIFEST_NAME
    manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
    manifest.pop("files", None)
    manifest_path.write_text(json.dumps(manifest, ensure_ascii=False, indent=2) + "\n", "utf-8")
    sums = export / SUMS_NAME
    text = sums.read_text()
    for name, content in ((MBOX_NAME, data), (MANIFEST_NAME, manifest_path.read_bytes())):
        line = re.compile(rf"^[0-9a-f]{{64}}(  {re.escape(name)})$", re.MULTILINE)
        text = line.sub(hashlib.sha256(content).hexdigest() + r"\1", text)
    sums.write_text(text)


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def exported(base: Path, sources: list[Path]) -> dict[str, Any]:
    """An archive of the sources and its whole mbox export."""
    env = private_env(base)
    folder, export = base / "archive", base / "export"
    run(env, "init", folder)
    run_json(env, "import", folder, *sources)
    report = run_json(env, "export", folder, "*", "--format", "mbox", "--output", export)
    listed = run_json(env, "list", folder)
    return {"env": env, "export": export, "report": report, "listed": listed}


def imported_again(setup: dict[str, Any], base: Path, writer: str) -> list[str]:
    """The SHA-256 of each message imported from (a copy of) the export, once verified."""
    export = base / "export"
    shutil.copytree(setup["export"], export)
    if writer == "an-earlier-version":
        as_the_earlier_exporter_wrote_it(export)
    env = setup["env"]
    assert run_json(env, "verify-export", export)["ok"]
    folder = base / "again"
    run(env, "init", folder)
    report = run_json(env, "import", folder, export / MBOX_NAME)
    assert (report["duplicates"], report["quarantined"]) == (0, 0)
    return sorted(message["sha256"] for message in run_json(env, "list", folder))


@pytest.fixture(scope="module")
def three_letters(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    base = tmp_path_factory.mktemp("letters")
    letters = base / "letters"
    letters.mkdir()
    for name, content in LETTERS.items():
        (letters / name).write_bytes(content)
    return exported(base, [letters])


@pytest.fixture(scope="module")
def real_mail(tmp_path_factory: pytest.TempPathFactory, corpora: Path) -> dict[str, Any]:
    base = tmp_path_factory.mktemp("real")
    cpython = base / "cpython"
    cpython.mkdir()
    for path in cpython_messages():  # msg_07 and others never close their multipart
        shutil.copy(path, cpython)
    letters = base / "letters"
    letters.mkdir()
    for name, content in LETTERS.items():
        (letters / name).write_bytes(content)
    sources = [corpora / "spamscope-mail-parser", corpora / "php-mime-mail-parser"]
    return exported(base, [cpython, letters, *sources])


@pytest.mark.parametrize("writer", WRITERS)
def test_three_letters_exported_come_back_as_three(
    three_letters: dict[str, Any], tmp_path: Path, writer: str
) -> None:
    assert three_letters["report"]["messages"] == 3
    again = imported_again(three_letters, tmp_path, writer)
    assert again == sorted(message["sha256"] for message in three_letters["listed"])


@pytest.mark.parametrize("writer", WRITERS)
def test_real_mail_exported_comes_back_whole(
    real_mail: dict[str, Any], tmp_path: Path, writer: str
) -> None:
    export, listed = real_mail["export"], real_mail["listed"]
    assert real_mail["report"]["messages"] == len(listed) > 60
    # The mbox split without the importer: every "From " line of a message is quoted.
    entries = list(mboxrd_messages((export / MBOX_NAME).read_bytes()))
    assert len(entries) == len(listed)
    # Each holds an original (converted where it was an Outlook .msg), at most with a final
    # line break added.
    items = json.loads((export / MANIFEST_NAME).read_text())["items"]
    assert {item["sha256"] for item in items} == {message["sha256"] for message in listed}
    written = {item.get("file_sha256") or item["sha256"] for item in items}
    assert written == {sha256(e) if sha256(e) in written else sha256(e[:-1]) for e in entries}
    assert imported_again(real_mail, tmp_path, writer) == sorted(sha256(e) for e in entries)
