# SPDX-License-Identifier: GPL-3.0-or-later
"""Allows `python -m correspondence_app`."""

from correspondence_app.cli import main

raise SystemExit(main())
