"""A growing delay after failed unlocks that survives restarts.

The attempt is counted *before* the key derivation runs, so killing the
process mid-guess does not escape the count; a success resets it. The state
is a tiny file in the per-user state folder keyed by vault id (not inside the
vault, whose files a wrong passphrase must leave untouched). It slows guessing
through this program; an attacker with the files attacks Argon2id directly,
which is what the KDF cost is for.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from pathlib import Path

from intake_app.vault.atomic import make_private_dir, write_atomic

FREE_ATTEMPTS = 3
MAX_DELAY_SECONDS = 300.0


def delay_after(failures: int) -> float:
    """Seconds to wait after `failures` failed attempts in a row: 0, 0, 0, 2, 4, 8 ... 300."""
    if failures < FREE_ATTEMPTS:
        return 0.0
    return min(MAX_DELAY_SECONDS, float(2 ** (failures - FREE_ATTEMPTS + 1)))


class UnlockThrottle:
    def __init__(self, path: Path, clock: Callable[[], float] = time.time) -> None:
        self.path = path
        self._clock = clock

    def _load(self) -> tuple[int, float]:
        try:
            data = json.loads(self.path.read_text("utf-8"))
            failures, last = int(data["failures"]), float(data["last"])
        except FileNotFoundError:
            return 0, 0.0
        except (OSError, ValueError, KeyError, TypeError):
            # Unreadable state: assume the free attempts are used rather than reset the count.
            return FREE_ATTEMPTS, self._clock()
        return max(0, failures), last

    def _save(self, failures: int, last: float) -> None:
        make_private_dir(self.path.parent)
        write_atomic(self.path, json.dumps({"failures": failures, "last": last}).encode())

    @property
    def failures(self) -> int:
        return self._load()[0]

    def remaining(self) -> float:
        """Seconds until the next attempt is allowed (0 when it is allowed now)."""
        failures, last = self._load()
        wait = delay_after(failures)
        elapsed = self._clock() - last
        if elapsed < 0:  # the clock went backwards: make the caller wait the full delay
            return wait
        return max(0.0, wait - elapsed)

    def begin_attempt(self) -> None:
        """Count an attempt as failed until `succeeded` says otherwise."""
        failures, _ = self._load()
        self._save(failures + 1, self._clock())

    def succeeded(self) -> int:
        """Reset the count; return how many failed attempts came before this success."""
        failures, _ = self._load()
        if self.path.exists():
            self.path.unlink()
        return max(0, failures - 1)


def throttle_for(
    state_folder: Path, vault_id: str, clock: Callable[[], float] = time.time
) -> UnlockThrottle:
    return UnlockThrottle(state_folder / "unlock-attempts" / f"{vault_id}.json", clock)
