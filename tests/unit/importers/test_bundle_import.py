# SPDX-License-Identifier: GPL-3.0-or-later
"""Importing with bundles, the one way the command line and the window do it: a wrong
password stops it before anything is read; the bundle's messages come with its password;
a transfer file that cannot be read is a problem in the report, the messages stay."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from correspondence_app.export.bundle import open_bundle
from correspondence_app.export.source import Selection
from correspondence_app.export.transfer import TRANSFER_NAME
from correspondence_app.importers import zip_source
from correspondence_app.importers.bundle_import import bundles_among
from correspondence_app.services import ArchiveError
from tests.conftest import REPO_ROOT
from tests.unit.importers.test_zip_source import message, write_zip

if TYPE_CHECKING:
    from pathlib import Path

    from correspondence_app.services import Archive

PASSWORD = "lange geheime Wörter"
ZIP_DATA = REPO_ROOT / "tests" / "data" / "zip"
PASSES_ONE_BYTE = "falsch195"  # wrong for zipcrypto.zip, yet its verifier byte agrees


def bundle_with(path: Path, members: dict[str, bytes]) -> Path:
    with open_bundle(path, "w", PASSWORD) as bundle:
        for name, content in members.items():
            bundle.writestr(name, content)
    return path


def test_only_encrypted_zips_need_a_password(tmp_path: Path) -> None:
    bundle = bundle_with(tmp_path / "b.zip", {"1.eml": message(1)})
    plain = write_zip(tmp_path / "p.zip", {"2.eml": message(2)})
    (tmp_path / "3.eml").write_bytes(message(3))
    assert bundles_among([bundle, plain, tmp_path / "3.eml", tmp_path]) == [bundle]


def test_a_wrong_password_stops_the_import_before_anything_is_read(
    archive: Archive, tmp_path: Path
) -> None:
    bundle = bundle_with(tmp_path / "b.zip", {"1.eml": message(1)})
    (tmp_path / "2.eml").write_bytes(message(2))
    with pytest.raises(ArchiveError, match=r"b\.zip: wrong password"):
        archive.import_with_transfers(
            [tmp_path / "2.eml", bundle], passwords={bundle: "falsche Wörter"}, workers=1
        )
    assert archive.list_messages() == []


def test_the_password_is_used_for_the_import_only(archive: Archive, tmp_path: Path) -> None:
    bundle = bundle_with(tmp_path / "b.zip", {"1.eml": message(1), "2.eml": message(2)})
    assert archive.import_paths([bundle], passwords={bundle: PASSWORD}, workers=1).imported == 2
    again = archive.import_paths([bundle], workers=1)  # not kept: skipped without it
    assert again.imported == again.duplicates == 0
    assert len(again.skipped) == 1


def test_a_transfer_file_that_cannot_be_read_is_a_problem_the_messages_stay(
    archive: Archive, tmp_path: Path
) -> None:
    bundle = bundle_with(tmp_path / "b.zip", {"1.eml": message(1), TRANSFER_NAME: b"{oops"})
    outcome = archive.import_with_transfers([bundle], passwords={bundle: PASSWORD}, workers=1)
    assert outcome.report.imported == 1
    assert outcome.transfers == ()
    [problem] = outcome.problems
    assert problem.startswith(f"{bundle}: {TRANSFER_NAME}: not JSON")
    assert problem.endswith("its messages were imported, its tags, notes and people were not")


def test_an_encrypted_zip_of_another_program_is_no_bundle_and_brings_only_messages(
    archive: Archive, tmp_path: Path
) -> None:
    (tmp_path / "1.eml").write_bytes(message(1))
    archive.import_paths([tmp_path / "1.eml"], workers=1)
    ours = tmp_path / "ours.zip"
    archive.exporter.export(Selection(query="*"), "bundle", ours, password=PASSWORD)
    other = bundle_with(tmp_path / "other.zip", {"2.eml": message(2)})
    with pytest.raises(zip_source.ZipSourceError, match="the bundle is encrypted"):
        zip_source.check_password(ours, "")
    with pytest.raises(zip_source.ZipSourceError, match="the ZIP is encrypted"):
        zip_source.check_password(other, "")
    with pytest.raises(zip_source.ZipSourceError, match="wrong password for the ZIP"):
        zip_source.check_password(other, "falsche Wörter")
    outcome = archive.import_with_transfers(
        [ours, other], passwords={ours: PASSWORD, other: PASSWORD}, workers=1
    )
    assert (outcome.report.imported, outcome.report.duplicates) == (1, 1)
    assert [transfer.path for transfer in outcome.transfers] == [str(ours)]
    assert outcome.problems == ()


def test_a_zip_under_the_old_zip_password_is_read_for_its_messages(archive: Archive) -> None:
    packed = ZIP_DATA / "zipcrypto.zip"  # made with Info-ZIP's zip -P (see its README)
    assert bundles_among([packed]) == [packed]
    with pytest.raises(zip_source.ZipSourceError, match="wrong password for the ZIP"):
        zip_source.check_password(packed, "falsch")
    # The old encryption checks a password against one byte: about one wrong password in
    # 256 agrees with it (this one was found by trying). It is still refused, as wrong.
    with zip_source.open_zip(packed, PASSES_ONE_BYTE) as opened:
        opened.open(opened.infolist()[0]).close()  # no "Bad password": the byte agrees
    with pytest.raises(zip_source.WrongPasswordError, match="wrong password for the ZIP, or"):
        zip_source.check_password(packed, PASSES_ONE_BYTE)
    with pytest.raises(ArchiveError, match=r"zipcrypto\.zip: wrong password for the ZIP"):
        archive.import_with_transfers([packed], passwords={packed: PASSES_ONE_BYTE}, workers=1)
    assert archive.list_messages() == []
    outcome = archive.import_with_transfers([packed], passwords={packed: "geheim"}, workers=1)
    assert (outcome.report.imported, outcome.transfers, outcome.problems) == (1, (), ())
    [letter] = archive.list_messages()
    assert letter.subject == "Unterlagen zum Asylverfahren"
