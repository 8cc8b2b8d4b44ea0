# SPDX-License-Identifier: GPL-3.0-or-later
"""Correspondence Archive: a private, encrypted, offline archive of correspondence."""

__version__ = "0.1.0"
