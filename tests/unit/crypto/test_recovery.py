# SPDX-License-Identifier: GPL-3.0-or-later
"""Recovery codes: their written form, reading them back, the check character, unlocking."""

from __future__ import annotations

import random
import re
from unittest import mock

import pytest

from correspondence_app.crypto.keys import KdfParams, KeyFile, WrongPassphrase
from correspondence_app.crypto.recovery import (
    ALPHABET,
    CODE_LENGTH,
    RECOVERY_KIND,
    MistypedRecoveryCode,
    has_recovery_code,
    is_mistyped_recovery_code,
    new_recovery_code,
    normalise_recovery_code,
    unlock,
    unlock_passphrase,
)

FAST = KdfParams()
CODE = "WA7R0-CBNCR-JWSJZ-KGGMJ-66MQA-W1"


def _samples(count: int) -> list[str]:
    """Codes as new_recovery_code makes them, from seeded bits instead of the system's
    randomness: every test process (and every run) collects the same tests."""
    bits = random.Random(20261126)  # noqa: S311 - test data, no secret
    with mock.patch("secrets.randbits", bits.getrandbits):
        return [new_recovery_code() for _ in range(count)]


SAMPLES = [CODE, *_samples(20)]


def test_a_new_code_is_crockford_base32_in_groups_of_five() -> None:
    code = new_recovery_code()
    assert re.fullmatch(r"([0-9A-HJKMNP-TV-Z]{5}-){5}[0-9A-HJKMNP-TV-Z]{2}", code), code
    assert not set(code) & set("ILOU")
    assert normalise_recovery_code(code) == code


def test_a_code_holds_130_random_bits() -> None:
    codes = {new_recovery_code() for _ in range(200)}
    assert len(codes) == 200
    # 26 characters of 5 bits carry the randomness; every character of the alphabet appears.
    assert set("".join(c.replace("-", "")[:26] for c in codes)) == set(ALPHABET)
    assert CODE_LENGTH == 27


@pytest.mark.parametrize(
    "spelling",
    [
        CODE,
        CODE.lower(),
        CODE.replace("-", ""),
        CODE.replace("-", " "),
        "  wa7r0cbncr-jwsjzkggmj 66mqaw1  ",
        "W-A-7-R-0 CBNCR JWSJZ KGGMJ 66MQA W1",
        "WA7RO-CBNCR-JWSJZ-KGGMJ-66MQA-WI",  # O for 0, I for 1
        "wa7ro-cbncr-jwsjz-kggmj-66mqa-wl",  # o for 0, l for 1
        "WA7R0\u2013CBNCR\u2013JWSJZ\u2013KGGMJ\u201366MQA\u2013W1",  # en dashes
        "WA7R0\u00a0CBNCR\u00a0JWSJZ\u00a0KGGMJ\u00a066MQA\u00a0W1",  # no-break spaces
    ],
)
def test_every_accepted_spelling_reads_as_the_canonical_code(spelling: str) -> None:
    assert normalise_recovery_code(spelling) == CODE


@pytest.mark.parametrize(
    "text",
    [
        "",
        "correct horse battery staple",
        CODE[:-1],  # a character missing
        CODE + "7",  # one too many
        CODE.replace("W", "U", 1),  # U is not in the alphabet
        CODE.replace("A", "*", 1),
        CODE.replace("A", "\u00c4", 1),
    ],
)
def test_text_not_shaped_like_a_code_is_refused(text: str) -> None:
    assert normalise_recovery_code(text) is None


@pytest.mark.parametrize("code", SAMPLES)
def test_the_check_character_catches_every_single_wrong_character(code: str) -> None:
    symbols = code.replace("-", "")
    for position, original in enumerate(symbols):
        for wrong in ALPHABET.replace(original, ""):
            typed = symbols[:position] + wrong + symbols[position + 1 :]
            assert normalise_recovery_code(typed) is None, (code, position, wrong)
            assert is_mistyped_recovery_code(typed) == _has_digit(typed)


@pytest.mark.parametrize("code", SAMPLES)
def test_the_check_character_catches_every_swap_of_two_characters(code: str) -> None:
    symbols = list(code.replace("-", ""))
    for first in range(len(symbols)):
        for second in range(first + 1, len(symbols)):
            if symbols[first] == symbols[second]:
                continue
            typed = symbols.copy()
            typed[first], typed[second] = typed[second], typed[first]
            assert normalise_recovery_code("".join(typed)) is None, (code, first, second)


@pytest.mark.parametrize("code", SAMPLES)
def test_a_missing_or_extra_character_is_a_mistyped_code(code: str) -> None:
    symbols = code.replace("-", "")
    for position in range(len(symbols)):
        missing = symbols[:position] + symbols[position + 1 :]
        extra = symbols[:position] + "7" + symbols[position:]
        assert normalise_recovery_code(missing) is None
        assert normalise_recovery_code(extra) is None
        assert is_mistyped_recovery_code(missing) == _has_digit(missing)
        assert is_mistyped_recovery_code(extra)


@pytest.mark.parametrize(
    "text",
    [
        CODE,  # a good code is not mistyped
        "correct horse battery staple",
        "correcthorsebatterystaples",  # the length of a code, but no digit: a passphrase
        "Tr0ub4dor&3",
        CODE + CODE,
    ],
)
def test_passphrases_and_good_codes_are_not_mistyped_codes(text: str) -> None:
    assert not is_mistyped_recovery_code(text)


def _has_digit(text: str) -> bool:
    # A code without digits is not told from a passphrase (one in 10^4 or so).
    return any(character.isdigit() for character in text)


def _with_code() -> tuple[KeyFile, bytes]:
    key_file, database_key = KeyFile.create("geheim", FAST)
    return key_file.with_slot(RECOVERY_KIND, CODE, database_key, FAST), database_key


def test_unlock_tells_the_passphrase_from_the_recovery_code() -> None:
    key_file, database_key = _with_code()
    assert has_recovery_code(key_file)
    by_passphrase = unlock(key_file, "geheim")
    assert (by_passphrase.database_key, by_passphrase.is_recovery_code) == (database_key, False)
    by_code = unlock(key_file, "wa7ro cbncr jwsjz kggmj 66mqa wl")
    assert (by_code.database_key, by_code.is_recovery_code) == (database_key, True)
    assert database_key.hex() not in repr(by_code)


def test_unlock_reports_a_mistyped_code_apart_from_a_wrong_one() -> None:
    key_file, _ = _with_code()
    with pytest.raises(MistypedRecoveryCode):
        unlock(key_file, CODE.replace("CBNCR", "CBNRC"))
    with pytest.raises(WrongPassphrase) as wrong:
        unlock(key_file, new_recovery_code())
    assert not isinstance(wrong.value, MistypedRecoveryCode)
    with pytest.raises(WrongPassphrase) as wrong:
        unlock(key_file, "Geheim")
    assert not isinstance(wrong.value, MistypedRecoveryCode)


def test_without_a_recovery_slot_a_mistyped_code_is_just_wrong() -> None:
    key_file, _ = KeyFile.create("geheim", FAST)
    assert not has_recovery_code(key_file)
    with pytest.raises(WrongPassphrase) as wrong:
        unlock(key_file, CODE.replace("CBNCR", "CBNRC"))
    assert not isinstance(wrong.value, MistypedRecoveryCode)


def test_the_recovery_code_does_not_open_the_passphrase_slot() -> None:
    key_file, database_key = _with_code()
    assert unlock_passphrase(key_file, "geheim") == database_key
    with pytest.raises(WrongPassphrase):
        unlock_passphrase(key_file, CODE)
