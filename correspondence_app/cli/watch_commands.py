# SPDX-License-Identifier: GPL-3.0-or-later
"""Commands on watched people and their signs of life."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from correspondence_app.cli.common import CommandAdder


def register(command: CommandAdder) -> None:
    """Adds this module's commands (none yet)."""
