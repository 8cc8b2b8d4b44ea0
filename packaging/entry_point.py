# SPDX-License-Identifier: GPL-3.0-or-later
"""The bundled program's entry (PyInstaller): `correspondence-app` is the command line, an
executable whose name ends in `-gui` (the windowed one on Windows and macOS) the window.

multiprocessing.freeze_support() comes first: an import worker is this same executable
started again with multiprocessing's arguments, and must parse mail, not run a command.
"""

from __future__ import annotations

import multiprocessing
import sys
from pathlib import Path


def main() -> int:
    multiprocessing.freeze_support()
    if Path(sys.executable).stem.endswith("-gui"):
        from correspondence_app.gui.app import main as gui_main

        return gui_main()
    from correspondence_app.cli import main as cli_main

    return cli_main()


if __name__ == "__main__":
    raise SystemExit(main())
