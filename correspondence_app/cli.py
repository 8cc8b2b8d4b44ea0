# SPDX-License-Identifier: GPL-3.0-or-later
"""Command line."""


def main() -> int:
    return 0
