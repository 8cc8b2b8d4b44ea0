# SPDX-License-Identifier: GPL-3.0-or-later
"""The core never imports Qt: only correspondence_app/gui may."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "correspondence_app"
CORE_FILES = [p for p in PACKAGE.rglob("*.py") if "gui" not in p.relative_to(PACKAGE).parts]


def imported_modules(path: Path) -> set[str]:
    modules: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            modules.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            modules.add(node.module.split(".")[0])
    return modules


def test_core_never_imports_qt() -> None:
    assert len(CORE_FILES) > 10
    for path in CORE_FILES:
        assert "PySide6" not in imported_modules(path), path


def test_import_workers_load_no_database_code() -> None:
    """A worker process only parses: SQLAlchemy would cost each one some 20 MB."""
    import subprocess
    import sys

    probe = (
        "import sys, correspondence_app.importers.prepare; "
        "print(sorted(m for m in sys.modules if m.startswith(('sqlalchemy', 'PySide6'))))"
    )
    loaded = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True
    ).stdout
    assert loaded.strip() == "[]"
