# SPDX-License-Identifier: GPL-3.0-or-later
"""Tags, rules, notes, saved searches, the timeline and topic suggestions."""
