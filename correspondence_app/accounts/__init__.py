# SPDX-License-Identifier: GPL-3.0-or-later
"""Mail accounts the archive fetches from, read-only: IMAP with presets for common providers."""
