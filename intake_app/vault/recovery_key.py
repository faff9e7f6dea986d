"""The recovery key: 140 random bits written as typeable groups of capitals and digits.

The alphabet is Crockford's base 32 (no I, L, O or U), so letters that look
alike are read as the same symbol when typed back. Two check symbols catch
most typing mistakes before any decryption is tried.
"""

from __future__ import annotations

import hashlib
import secrets

from intake_app.errors import WrongSecretError

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_LOOKALIKES = str.maketrans({"O": "0", "I": "1", "L": "1", "U": "V"})
DATA_SYMBOLS = 28  # 28 x 5 = 140 bits of entropy
CHECK_SYMBOLS = 2
GROUP = 5


def _check(symbols: str) -> str:
    digest = hashlib.sha256(symbols.encode("ascii")).digest()
    return ALPHABET[digest[0] % 32] + ALPHABET[digest[1] % 32]


def generate() -> str:
    """A new recovery key, e.g. `7K3QM-...-X2`, six groups of five."""
    data = "".join(secrets.choice(ALPHABET) for _ in range(DATA_SYMBOLS))
    return format_key(data + _check(data))


def format_key(symbols: str) -> str:
    return "-".join(symbols[i : i + GROUP] for i in range(0, len(symbols), GROUP))


def normalise(text: str) -> str:
    """Canonical symbols of a typed recovery key; WrongSecretError if it cannot be one."""
    symbols = "".join(ch for ch in text.upper() if ch not in " -\t").translate(_LOOKALIKES)
    if len(symbols) != DATA_SYMBOLS + CHECK_SYMBOLS or any(ch not in ALPHABET for ch in symbols):
        raise WrongSecretError("that is not a recovery key: expected six groups of five")
    data, check = symbols[:DATA_SYMBOLS], symbols[DATA_SYMBOLS:]
    if _check(data) != check:
        raise WrongSecretError("recovery key mistyped: its check symbols do not match")
    return symbols


def secret_bytes(text: str) -> bytes:
    """The key material of a typed recovery key (after normalising)."""
    return normalise(text).encode("ascii")
