# SPDX-License-Identifier: GPL-3.0-or-later
"""Attachments kept in their messages: from this revision on, an attachment the import finds
in a message is not stored a second time beside the message's original; its blob keeps its
SHA-256, size and text and the compression "part", and its content is read from the message
(storage.attachment_store). Nothing changes in the tables; the revision tells an earlier
version, which cannot read such blobs, that the archive is a newer one's. Blobs stored
before keep their bytes.

Revision ID: 0024
Revises: 0023
Create Date: 2026-11-27
"""

from __future__ import annotations

revision = "0024"
down_revision = "0023"
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
