# SPDX-License-Identifier: GPL-3.0-or-later
"""Recovery codes: a random code to write on paper that unlocks the archive like the passphrase.

A code is 130 random bits in Crockford's base32 (digits and upper-case letters without I, L,
O and U), followed by one check character and written in groups of five:
``WA7R0-CBNCR-JWSJZ-KGGMJ-66MQA-W1``. Reading it back accepts lower case, spaces and dashes
anywhere, O for 0 and I or L for 1.

The check character makes the sum of all characters, each weighted by a different power of x
in GF(32) (polynomial arithmetic modulo x^5 + x^2 + 1), zero. Because the weights differ and
GF(32) has no zero divisors, every code with one character changed, or with two different
characters swapped, fails the check; a missing or extra character changes the length. So a
slip of the pen is reported as a mistyped code, not as a wrong one.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from correspondence_app.crypto.keys import WrongPassphrase

if TYPE_CHECKING:
    from correspondence_app.crypto.keys import KeyFile

RECOVERY_KIND = "recovery"
PASSPHRASE_KIND = "passphrase"  # noqa: S105 (a slot kind, not a secret)
CODE_BITS = 130
ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
GROUP_LENGTH = 5
DATA_LENGTH = CODE_BITS // 5
CODE_LENGTH = DATA_LENGTH + 1  # with the check character

_VALUES = {symbol: value for value, symbol in enumerate(ALPHABET)}
_CONFUSABLES = str.maketrans({"O": "0", "I": "1", "L": "1"})
# The hyphen, and the dashes that word processors and phones type in its place.
_SEPARATORS = str.maketrans(dict.fromkeys("-\u2010\u2011\u2012\u2013\u2014\u2212"))
_GF32_MODULUS = 0b100101  # x^5 + x^2 + 1: primitive, so x has order 31 and 27 weights differ


class MistypedRecoveryCode(WrongPassphrase):
    """The secret is shaped like a recovery code, but a character is wrong, missing or swapped."""


@dataclass(frozen=True)
class Unlocked:
    """The database key, and whether the recovery code (not the passphrase) opened it."""

    database_key: bytes = field(repr=False)
    is_recovery_code: bool


def new_recovery_code() -> str:
    """A fresh random code in its canonical, grouped spelling."""
    number = secrets.randbits(CODE_BITS)
    values = [(number >> (5 * i)) & 0b11111 for i in reversed(range(DATA_LENGTH))]
    symbols = "".join(ALPHABET[v] for v in values)
    return _grouped(symbols + ALPHABET[_check_value(symbols)])


def normalise_recovery_code(text: str) -> str | None:
    """The canonical spelling of a code as typed, or None if text is not a well-formed code."""
    symbols = _symbols(text)
    if symbols is None or len(symbols) != CODE_LENGTH or _weighted_sum(symbols) != 0:
        return None
    return _grouped(symbols)


def is_mistyped_recovery_code(text: str) -> bool:
    """Text looks like a recovery code with a slip of the pen: it fails the check character,
    or one character is missing or extra. A digit is required so that a passphrase of letters
    is not mistaken for a code."""
    symbols = _symbols(text)
    if symbols is None or abs(len(symbols) - CODE_LENGTH) > 1:
        return False
    if not any(character.isdigit() for character in text):
        return False
    return normalise_recovery_code(text) is None


def unlock(key_file: KeyFile, secret: str) -> Unlocked:
    """The database key from the passphrase, or from a recovery code in any accepted spelling.

    The secret is tried as given on the passphrase slot, then, if it reads as a code, in its
    canonical spelling (the only one ever sealed) on the recovery slot. Raises
    MistypedRecoveryCode for a code that fails its check, WrongPassphrase otherwise.
    """
    code = normalise_recovery_code(secret)
    attempts = [(slot, secret) for slot in key_file.slots if slot.kind != RECOVERY_KIND]
    if code is not None:
        attempts += [(slot, code) for slot in key_file.slots if slot.kind == RECOVERY_KIND]
    for slot, candidate in attempts:
        try:
            database_key = slot.open(candidate, key_file.archive_id)
        except WrongPassphrase:
            continue
        return Unlocked(database_key, is_recovery_code=slot.kind == RECOVERY_KIND)
    if has_recovery_code(key_file) and is_mistyped_recovery_code(secret):
        raise MistypedRecoveryCode
    raise WrongPassphrase


def unlock_passphrase(key_file: KeyFile, passphrase: str) -> bytes:
    """The database key from the passphrase slot only: a recovery code does not open it."""
    for slot in key_file.slots:
        if slot.kind == PASSPHRASE_KIND:
            try:
                return slot.open(passphrase, key_file.archive_id)
            except WrongPassphrase:
                continue
    raise WrongPassphrase


def has_recovery_code(key_file: KeyFile) -> bool:
    return any(slot.kind == RECOVERY_KIND for slot in key_file.slots)


def _symbols(text: str) -> str | None:
    """Text without spaces and dashes, upper case, look-alike letters read as digits; None if
    anything else than code characters is left."""
    compact = "".join(text.split()).translate(_SEPARATORS)
    if not compact.isascii():  # also keeps "ß" from upper-casing into "SS"
        return None
    symbols = compact.upper().translate(_CONFUSABLES)
    if not symbols or any(symbol not in _VALUES for symbol in symbols):
        return None
    return symbols


def _weighted_sum(symbols: str) -> int:
    """Sum over GF(32) of each character's value times x^(its distance from the end)."""
    total = 0
    for symbol in symbols:
        total <<= 1  # times x
        if total & 0b100000:
            total ^= _GF32_MODULUS
        total ^= _VALUES[symbol]
    return total


def _check_value(data: str) -> int:
    # Appending the check c makes the sum x * sum(data) + c, which is zero for c = x * sum(data)
    # (addition in GF(32) is XOR, so -c = c).
    return _weighted_sum(data + ALPHABET[0])


def _grouped(symbols: str) -> str:
    return "-".join(
        symbols[start : start + GROUP_LENGTH] for start in range(0, len(symbols), GROUP_LENGTH)
    )
