# SPDX-License-Identifier: GPL-3.0-or-later
"""Frozen dataclasses shared by the core and the GUI."""
