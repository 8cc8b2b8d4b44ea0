# SPDX-License-Identifier: GPL-3.0-or-later
"""`export`, `verify-export` and `exports` as scripts call them: their JSON, the checksums
`sha256sum -c` accepts, exit code 1 on a changed byte and 2 on a bad request."""

from __future__ import annotations

import json
import shutil
import subprocess
from datetime import date
from typing import TYPE_CHECKING

import pytest

from tests.integration.cli import private_env, run, run_json
from tests.unit.alerts.life_mail import FRIEND, build_archive, every_few_days, letter

if TYPE_CHECKING:
    from pathlib import Path


def test_export_then_verify_then_the_log(tmp_path: Path) -> None:
    moments = every_few_days(date(2024, 1, 2), date(2024, 2, 26))
    with build_archive(tmp_path, [letter(FRIEND, moment) for moment in moments]):
        pass
    env, folder = private_env(tmp_path), tmp_path / "archive"
    output = tmp_path / "export"
    report = run_json(
        env, "export", folder, f"from:{FRIEND}", "--format", "eml", "--output", output
    )
    assert set(report) == {"messages", "files", "output", "manifest_sha256", "seconds"}
    assert report["messages"] == len(moments)
    assert report["files"] == len(moments) + 2  # the originals, manifest.json, SHA256SUMS
    if shutil.which("sha256sum"):
        checked = subprocess.run(
            ["sha256sum", "-c", "SHA256SUMS"], cwd=output, capture_output=True, check=False
        )
        assert checked.returncode == 0, checked.stdout
    assert run_json(env, "verify-export", output) == {
        "ok": True,
        "checked": 2 * len(moments) + 1,
        "mismatches": [],
        "sha256": "",  # a folder: only a ZIP, bundle or PDF is one file
    }
    first = sorted(output.glob("*.eml"))[0]
    first.write_bytes(first.read_bytes().replace(b"Alles", b"alles"))
    changed = run(env, "verify-export", output, "--json", check=False)
    assert changed.returncode == 1
    assert all(first.name in m for m in json.loads(changed.stdout)["mismatches"])
    [logged] = run_json(env, "exports", folder)
    assert (logged["format"], logged["messages"], logged["output"]) == (
        "eml",
        len(moments),
        str(output),
    )
    assert logged["manifest_sha256"] == report["manifest_sha256"]
    # In words: a folder is its files, a PDF holds them.
    again, dossier = tmp_path / "again", tmp_path / "Dossier.pdf"
    query = f"from:{FRIEND}"
    said = run(env, "export", folder, query, "--format", "eml", "--output", again).stdout
    files = len(moments) + 2
    assert f" {len(moments)} messages as eml to {again} ({files} files) in ".encode() in said
    said = run(env, "export", folder, query, "--format", "pdf", "--output", dossier).stdout
    assert f" to {dossier} (".encode() in said
    assert b" files inside) in " in said


@pytest.mark.parametrize(
    "arguments",
    [
        ("(unclosed", "--format", "eml"),
        ("Brief", "--format", "docx"),
        ("nothingfoundhere", "--format", "mbox"),
        ("Brief", "--format", "pdf", "--language", "fr"),
    ],
)
def test_a_bad_request_exits_2_with_a_message(tmp_path: Path, arguments: tuple[str, ...]) -> None:
    with build_archive(tmp_path, [letter(FRIEND, None)]):
        pass
    env = private_env(tmp_path)
    result = run(
        env, "export", tmp_path / "archive", *arguments, "--output", tmp_path / "x", check=False
    )
    assert result.returncode == 2
    assert result.stderr.startswith(b"correspondence-app: ")
    assert b"Traceback" not in result.stderr
    assert not (tmp_path / "x").exists()


def test_a_dossier_in_german_or_russian(tmp_path: Path) -> None:
    with build_archive(tmp_path, [letter(FRIEND, None)]):
        pass
    env, folder = private_env(tmp_path), tmp_path / "archive"
    for language, compiled_by in (("de", "Zusammengestellt von"), ("ru", "Составитель")):
        output = tmp_path / language
        run(env, "export", folder, "*", "--format", "html", "--language", language,
            "--output", output)  # fmt: skip
        index = (output / "index.html").read_text(encoding="utf-8")
        assert f"<th>{compiled_by}</th>" in index
        assert f'<html lang="{language}">' in index
    run(env, "export", folder, "*", "--format", "html", "--output", tmp_path / "en")
    assert "<th>Compiled by</th>" in (tmp_path / "en" / "index.html").read_text(encoding="utf-8")
