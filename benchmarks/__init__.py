# SPDX-License-Identifier: GPL-3.0-or-later
"""Benchmarks: a seeded mail corpus generator and the import benchmark beside notmuch."""
