# SPDX-License-Identifier: GPL-3.0-or-later
"""Signs of life of watched people and letters that wait for an answer."""
