# SPDX-License-Identifier: GPL-3.0-or-later
"""Export for a lawyer or an authority: the originals byte for byte, readable dossiers,
and the proof (manifest, checksums, export log) that nothing was changed."""
