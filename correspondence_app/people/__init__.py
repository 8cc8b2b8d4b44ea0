# SPDX-License-Identifier: GPL-3.0-or-later
"""People: who has which addresses and names, merges and splits, proposed merges."""
