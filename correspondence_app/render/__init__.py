# SPDX-License-Identifier: GPL-3.0-or-later
"""Rendering: message bodies and header values made safe to show, without Qt."""
