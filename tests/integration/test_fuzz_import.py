# SPDX-License-Identifier: GPL-3.0-or-later
"""Mutated real mail through the importer's worker processes: every message ends imported
or quarantined, within a time limit and a memory bound, and the archive verifies.

The long run is `python -m benchmarks.fuzz_import --messages 20000 --seed N`; this is the
same with fewer messages and a fixed seed, so a failure here reproduces there.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from benchmarks.fuzz_import import run_fuzz
from benchmarks.mutations import MUTATION_WEIGHTS

if TYPE_CHECKING:
    from pathlib import Path

    from correspondence_app.services import Archive

FUZZ_MESSAGES = 2500
FUZZ_SEED = 20240312
# About 20 s on a 2-core machine; a message that hangs a worker would take minutes.
IMPORT_TIME_LIMIT_S = 150


@pytest.mark.slow
@pytest.mark.timeout(400)
def test_mutated_mail_is_imported_or_quarantined_within_bounds(
    tmp_path: Path, corpora: Path
) -> None:
    result = run_fuzz(
        messages=FUZZ_MESSAGES,
        seed=FUZZ_SEED,
        corpora=corpora,
        work=tmp_path,
        timeout_s=IMPORT_TIME_LIMIT_S,
    )
    rerun = f"python -m benchmarks.fuzz_import --messages {FUZZ_MESSAGES} --seed {FUZZ_SEED}"
    assert result.problems == [], f"{rerun} --keep repeats this:\n" + "\n".join(result.problems)
    assert set(result.kinds) == set(MUTATION_WEIGHTS), "a mutation was never applied"
    assert result.items >= FUZZ_MESSAGES * 0.95
    # Hostile enough to quarantine some, not so hostile that nothing is left to import.
    assert result.items // 2 < result.imported < result.items
    assert result.quarantined > 0


def test_a_quarantined_message_found_again_keeps_its_reason(
    archive: Archive, tmp_path: Path
) -> None:
    for name in ("first", "second"):  # two imports: the second finds the bytes known
        folder = tmp_path / name
        folder.mkdir()
        (folder / "note.eml").write_bytes(b"Only text, not a single header field.\n")
        archive.import_paths([folder])
    reasons = [entry.reason for entry in archive.quarantine()]
    assert reasons == ["no mail header fields (text only)"] * 2
