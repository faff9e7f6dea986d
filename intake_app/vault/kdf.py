"""Argon2id passphrase key derivation, its policy floor, and calibration.

Parameters live in each key slot, so a vault made on a slow laptop still opens
on a fast one. Production code refuses parameters below the floor of the OWASP
recommendation (19 MiB, t=2); tests inject a cheaper `KdfPolicy` through the
Python API only. No command-line flag or environment variable lowers it.
"""

from __future__ import annotations

import time
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass

from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

from intake_app.errors import VaultDamagedError

KEY_BYTES = 32
SALT_BYTES = 16


@dataclass(frozen=True, slots=True)
class Argon2Params:
    """Argon2id cost: memory in KiB, passes over memory, parallel lanes."""

    memory_kib: int
    iterations: int
    lanes: int

    def to_json(self) -> dict[str, int]:
        return {"memory_kib": self.memory_kib, "iterations": self.iterations, "lanes": self.lanes}

    @classmethod
    def from_json(cls, data: object) -> Argon2Params:
        if not isinstance(data, dict):
            raise VaultDamagedError("vault header is damaged: key slot has no KDF parameters")
        try:
            values = [data["memory_kib"], data["iterations"], data["lanes"]]
        except KeyError:
            raise VaultDamagedError("vault header is damaged: KDF parameters incomplete") from None
        if not all(type(v) is int and 0 < v < 2**32 for v in values):
            raise VaultDamagedError("vault header is damaged: KDF parameters are not numbers")
        return cls(*values)


@dataclass(frozen=True, slots=True)
class KdfPolicy:
    """The weakest parameters this program will derive a key with."""

    min_memory_kib: int = 19 * 1024
    min_iterations: int = 2

    def allows(self, params: Argon2Params) -> bool:
        return params.memory_kib >= self.min_memory_kib and params.iterations >= self.min_iterations


PRODUCTION_POLICY = KdfPolicy()

# Calibration aims here: slow enough to hurt a guesser, quick enough to unlock in a café.
TARGET_SECONDS = 0.7
DEFAULT_MEMORY_KIB = 256 * 1024
FLOOR_MEMORY_KIB = 64 * 1024
DEFAULT_LANES = 4


def normalise_passphrase(passphrase: str) -> bytes:
    """NFC-normalise so the same passphrase typed on another system gives the same key."""
    return unicodedata.normalize("NFC", passphrase).encode("utf-8")


def derive_key(
    passphrase: str, salt: bytes, params: Argon2Params, policy: KdfPolicy = PRODUCTION_POLICY
) -> bytes:
    """Derive a 256-bit key-encryption key; refuse parameters below `policy`."""
    if not policy.allows(params):
        raise VaultDamagedError(
            "vault header was tampered with: key derivation cost is below the allowed minimum"
        )
    kdf = Argon2id(
        salt=salt,
        length=KEY_BYTES,
        iterations=params.iterations,
        lanes=params.lanes,
        memory_cost=params.memory_kib,
    )
    return kdf.derive(normalise_passphrase(passphrase))


def calibrate(
    target_seconds: float = TARGET_SECONDS,
    *,
    memory_kib: int = DEFAULT_MEMORY_KIB,
    lanes: int = DEFAULT_LANES,
    clock: Callable[[], float] = time.perf_counter,
    policy: KdfPolicy = PRODUCTION_POLICY,
) -> Argon2Params:
    """Pick Argon2id parameters that take about `target_seconds` on this machine.

    Starts from `memory_kib` and two passes; on a machine too slow for that it
    halves memory down to 64 MiB before giving up time, never going below the
    policy floor. Then it adds passes until the target is reached.
    """
    salt = b"\0" * SALT_BYTES

    def cost(params: Argon2Params) -> float:
        # Best of two: the first run also pays for page-faulting the memory in.
        best = float("inf")
        for _ in range(2):
            start = clock()
            derive_key("calibration", salt, params, policy)
            best = min(best, clock() - start)
        return best

    iterations = max(2, policy.min_iterations)
    params = Argon2Params(memory_kib, iterations, lanes)
    seconds = cost(params)
    while seconds > target_seconds and params.memory_kib > FLOOR_MEMORY_KIB:
        params = Argon2Params(max(FLOOR_MEMORY_KIB, params.memory_kib // 2), iterations, lanes)
        seconds = cost(params)
    per_pass = seconds / iterations
    if per_pass > 0:
        iterations = max(iterations, round(target_seconds / per_pass))
    return Argon2Params(params.memory_kib, min(iterations, 64), lanes)
