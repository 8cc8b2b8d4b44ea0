# SPDX-License-Identifier: GPL-3.0-or-later
"""The export log on the command line: `exports --json` gives the SHA-256 of a whole PDF
(none for a folder), and `verify` names a logged HTML export whose page was changed with
its SHA256SUMS line."""

from __future__ import annotations

import hashlib
import json
from datetime import date
from typing import TYPE_CHECKING

from correspondence_app.export.manifest import SUMS_NAME, parse_sums, sums_text
from tests.integration.cli import private_env, run, run_json
from tests.unit.alerts.life_mail import FRIEND, build_archive, every_few_days, letter

if TYPE_CHECKING:
    from pathlib import Path


def test_the_log_anchors_the_whole_pdf_and_every_page_of_a_folder(tmp_path: Path) -> None:
    moments = every_few_days(date(2024, 1, 2), date(2024, 1, 20))
    with build_archive(tmp_path, [letter(FRIEND, moment) for moment in moments]):
        pass
    env, folder = private_env(tmp_path), tmp_path / "archive"
    pdf, html = tmp_path / "d.pdf", tmp_path / "html"
    for export_format, output in (("pdf", pdf), ("html", html)):
        run(env, "export", folder, "*", "--format", export_format, "--output", output)
    logged = {entry["format"]: entry for entry in run_json(env, "exports", folder)}
    assert logged["pdf"]["output_sha256"] == hashlib.sha256(pdf.read_bytes()).hexdigest()
    assert logged["html"]["output_sha256"] == ""
    assert run(env, "verify", folder, "--json", check=False).returncode == 0
    page = next((html / "threads").iterdir())
    page.write_bytes(page.read_bytes().replace(b"<h1>", b"<h1>Nachtrag: ", 1))
    sums = parse_sums((html / SUMS_NAME).read_bytes())
    sums[f"threads/{page.name}"] = hashlib.sha256(page.read_bytes()).hexdigest()
    (html / SUMS_NAME).write_bytes(sums_text(sums.items()))
    checked = run(env, "verify-export", html, "--json", check=False)
    assert checked.returncode == 1
    assert json.loads(checked.stdout)["mismatches"][0].startswith(f"threads/{page.name}: changed")
    verified = run(env, "verify", folder, "--json", check=False)
    assert verified.returncode == 1
    assert f"threads/{page.name}: changed" in verified.stdout.decode()
