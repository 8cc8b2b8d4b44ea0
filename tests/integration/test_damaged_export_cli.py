# SPDX-License-Identifier: GPL-3.0-or-later
"""Damaged exports and unwritable places on the command line: `verify-export` answers with
its JSON and exit code 1, `verify` keeps its report and adds the finding, and `export` into
a place that cannot be written exits 2 with one line; never a traceback."""

from __future__ import annotations

import json
import zipfile
from datetime import date
from typing import TYPE_CHECKING

import pytest

from correspondence_app.export.manifest import MANIFEST_NAME
from tests.integration.cli import private_env, run, run_json
from tests.unit.alerts.life_mail import FRIEND, build_archive, every_few_days, letter

if TYPE_CHECKING:
    from pathlib import Path


@pytest.fixture
def exported(tmp_path: Path) -> tuple[dict[str, str], Path]:
    """An archive whose messages were exported as a ZIP and a PDF (both logged)."""
    moments = every_few_days(date(2024, 1, 2), date(2024, 1, 30))
    text = "Alles gut bei mir. " * 200  # originals long enough to be deflated
    with build_archive(tmp_path, [letter(FRIEND, moment, text=text) for moment in moments]):
        pass
    env, folder = private_env(tmp_path), tmp_path / "archive"
    for name, export_format in (("d.zip", "eml-zip"), ("d.pdf", "pdf")):
        run(env, "export", folder, "*", "--format", export_format, "--output", tmp_path / name)
    return env, tmp_path


def test_a_damaged_zip_entry_is_a_mismatch_in_the_json(
    exported: tuple[dict[str, str], Path],
) -> None:
    env, base = exported
    target = base / "d.zip"
    with zipfile.ZipFile(target) as opened:
        info = next(i for i in opened.infolist() if i.filename.endswith(".eml"))
    data = bytearray(target.read_bytes())
    middle = info.header_offset + 30 + len(info.filename) + info.compress_size // 2
    data[middle : middle + 4] = bytes(byte ^ 0x10 for byte in data[middle : middle + 4])
    target.write_bytes(bytes(data))
    result = run(env, "verify-export", target, "--json", check=False)
    assert (result.returncode, result.stderr) == (1, b"")
    report = json.loads(result.stdout)
    assert report["ok"] is False
    assert [m.split(":")[0] for m in report["mismatches"]] == [info.filename]
    assert "damaged in the ZIP" in report["mismatches"][0]


@pytest.mark.parametrize("name", ["d.zip", "d.pdf"])
def test_a_cut_off_export_is_one_mismatch(exported: tuple[dict[str, str], Path], name: str) -> None:
    env, base = exported
    target = base / name
    target.write_bytes(target.read_bytes()[: target.stat().st_size // 2])
    result = run(env, "verify-export", target, "--json", check=False)
    assert (result.returncode, result.stderr) == (1, b"")
    [mismatch] = json.loads(result.stdout)["mismatches"]
    assert mismatch.startswith(f"{name}: damaged, cannot be read as a")
    verified = run(env, "verify", base / "archive", "--json", check=False)
    assert verified.returncode == 1
    assert b"Traceback" not in verified.stderr
    report = json.loads(verified.stdout)
    assert report["checked"] > 0  # the database and the stored originals: still checked
    [finding] = report["errors"]
    assert str(target) in finding
    assert "its manifest is missing or unreadable" in finding


@pytest.mark.parametrize(("name", "export_format"), [("x", "eml"), ("x.pdf", "pdf")])
def test_an_export_into_a_place_that_cannot_be_written_exits_2(
    exported: tuple[dict[str, str], Path], name: str, export_format: str
) -> None:
    env, base = exported
    place = f"/proc/{name}"  # no file can be made there
    arguments = ("*", "--format", export_format, "--output", place)
    result = run(env, "export", base / "archive", *arguments, check=False)
    assert result.returncode == 2
    [line] = result.stderr.decode().splitlines()
    assert line.startswith(f"correspondence-app: {place}: the export cannot be written there (")
    assert len(run_json(env, "exports", base / "archive")) == 2  # only the two made before


def test_a_manifest_with_items_that_are_no_objects_is_a_mismatch(tmp_path: Path) -> None:
    with build_archive(tmp_path, [letter(FRIEND, None)]):
        pass
    env, output = private_env(tmp_path), tmp_path / "eml"
    run(env, "export", tmp_path / "archive", "*", "--format", "eml", "--output", output)
    (output / MANIFEST_NAME).write_text('{"items": [5]}')
    result = run(env, "verify-export", output, "--json", check=False)
    assert (result.returncode, result.stderr) == (1, b"")
    assert f"{MANIFEST_NAME}: item 1 is not an object" in json.loads(result.stdout)["mismatches"]
