# SPDX-License-Identifier: GPL-3.0-or-later
"""Conversations: grouping messages into threads, without Qt or the database."""
