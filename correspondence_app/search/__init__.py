# SPDX-License-Identifier: GPL-3.0-or-later
"""Search: user query text to an AST, the AST to SQL, and text normalisation."""
