# SPDX-License-Identifier: GPL-3.0-or-later
"""A bundle's transfer file as read: each object with its values' types checked, so that
a file from another version, or a damaged or forged one, ends the transfer with a message
(TransferError) and never with a traceback."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any


class TransferError(ValueError):
    """A transfer file that cannot be applied, said for the user."""


class Fields:
    """One object of the transfer file; ``where`` names it in messages."""

    def __init__(self, value: object, where: str) -> None:
        if not isinstance(value, dict):
            raise TransferError(f"{where}: not an object")
        self._value: dict[str, Any] = value
        self.where = where

    def _get(self, key: str, kind: type, what: str) -> Any:
        value = self._value.get(key)
        if value is None:
            return None
        # true and false are no numbers here, though Python counts them as ints
        if not isinstance(value, kind) or isinstance(value, bool) != (kind is bool):
            raise TransferError(f"{self.where}: {key} is not {what}")
        return value

    def text(self, key: str) -> str:
        """A text; "" when it is missing."""
        return str(self._get(key, str, "a text") or "")

    def optional_text(self, key: str) -> str | None:
        value = self._get(key, str, "a text")
        return None if value is None else str(value)

    def number(self, key: str) -> int | None:
        value = self._get(key, int, "a whole number")
        return None if value is None else int(value)

    def flag(self, key: str, *, default: bool) -> bool:
        value = self._get(key, bool, "true or false")
        return default if value is None else bool(value)

    def moment(self, key: str) -> datetime | None:
        """A time written in ISO 8601 (UTC when it gives no zone)."""
        value = self.optional_text(key)
        if not value:
            return None
        try:
            parsed = datetime.fromisoformat(value)
        except ValueError:
            raise TransferError(f"{self.where}: {key} is not a time ({value[:40]})") from None
        return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)

    def texts(self, key: str) -> list[str]:
        values = self._get(key, list, "a list") or []
        if not all(isinstance(value, str) for value in values):
            raise TransferError(f"{self.where}: {key} is not a list of texts")
        return [str(value) for value in values]

    def pairs(self, key: str) -> list[tuple[str, str]]:
        """A list of pairs of texts (``[["a", "b"], ...]``)."""
        values = self._get(key, list, "a list") or []
        for value in values:
            if not (isinstance(value, list) and len(value) == 2):
                raise TransferError(f"{self.where}: {key} is not a list of pairs")
            if not all(isinstance(item, str) for item in value):
                raise TransferError(f"{self.where}: {key} is not a list of pairs of texts")
        return [(str(value[0]), str(value[1])) for value in values]

    def indexes(self, key: str, size: int) -> list[int]:
        """A list of places in another list of ``size`` entries."""
        values = self._get(key, list, "a list") or []
        if not all(isinstance(v, int) and not isinstance(v, bool) for v in values):
            raise TransferError(f"{self.where}: {key} is not a list of numbers")
        for value in values:
            self._check_index(key, value, size)
        return [int(value) for value in values]

    def index(self, key: str, size: int) -> int | None:
        value = self.number(key)
        if value is not None:
            self._check_index(key, value, size)
        return value

    def _check_index(self, key: str, value: int, size: int) -> None:
        if not 0 <= value < size:
            raise TransferError(f"{self.where}: {key} {value} names nothing")

    def objects(self, key: str) -> list[Fields]:
        values = self._get(key, list, "a list") or []
        return [Fields(value, f"{key}[{number}]") for number, value in enumerate(values)]
