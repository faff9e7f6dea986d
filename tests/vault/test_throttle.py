"""Failed unlocks are slowed by a growing delay that survives restarts (injected clock)."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import PASSPHRASE

from intake_app.errors import WrongSecretError
from intake_app.vault.throttle import MAX_DELAY_SECONDS, UnlockThrottle, delay_after
from intake_app.vault.vault import Vault, VaultOptions


class FakeTime:
    """A wall clock that only moves when someone sleeps."""

    def __init__(self) -> None:
        self.now = 1_700_000_000.0
        self.slept: list[float] = []

    def clock(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.slept.append(seconds)
        self.now += seconds


def test_delay_schedule_grows_and_is_capped() -> None:
    assert [delay_after(n) for n in range(7)] == [0, 0, 0, 2, 4, 8, 16]
    assert delay_after(100) == MAX_DELAY_SECONDS


def test_wrong_passphrases_make_later_attempts_wait(tmp_path: Path, options: VaultOptions) -> None:
    Vault.create(tmp_path / "v", PASSPHRASE, options)[0].close()
    fake = FakeTime()
    options.wall_clock, options.sleep = fake.clock, fake.sleep
    for _ in range(5):
        with pytest.raises(WrongSecretError):
            Vault.open(tmp_path / "v", "not it at all", options)
    assert fake.slept == [2, 4]  # attempts 4 and 5 waited
    # A new process (a new options object, same state folder) still knows the count.
    restarted = VaultOptions(
        policy=options.policy,
        kdf_params=options.kdf_params,
        state_dir=options.state_dir,
        wall_clock=fake.clock,
        sleep=fake.sleep,
    )
    with Vault.open(tmp_path / "v", PASSPHRASE, restarted) as vault:
        assert fake.slept == [2, 4, 8]
        assert vault.conn is not None
    # Success resets the count.
    Vault.open(tmp_path / "v", PASSPHRASE, restarted).close()
    assert fake.slept == [2, 4, 8]


def test_attempt_is_counted_before_the_derivation(tmp_path: Path) -> None:
    """Killing the process mid-guess must not escape the count."""
    fake = FakeTime()
    throttle = UnlockThrottle(tmp_path / "t.json", fake.clock)
    for _ in range(4):
        throttle.begin_attempt()  # never followed by succeeded(): the process died
    again = UnlockThrottle(tmp_path / "t.json", fake.clock)
    assert again.failures == 4 and again.remaining() == 4.0
    fake.now += 3
    assert again.remaining() == 1.0


def test_unreadable_state_does_not_reset_the_count(tmp_path: Path) -> None:
    fake = FakeTime()
    path = tmp_path / "t.json"
    path.write_text("{not json")
    throttle = UnlockThrottle(path, fake.clock)
    assert throttle.failures == 3
    assert throttle.remaining() == 2.0


def test_a_clock_set_back_still_waits(tmp_path: Path) -> None:
    fake = FakeTime()
    throttle = UnlockThrottle(tmp_path / "t.json", fake.clock)
    for _ in range(5):
        throttle.begin_attempt()
    fake.now -= 10_000
    assert throttle.remaining() == delay_after(5)


def test_wrong_passphrase_leaves_vault_files_untouched(
    tmp_path: Path, options: VaultOptions
) -> None:
    Vault.create(tmp_path / "v", PASSPHRASE, options)[0].close()
    before = {p.name: p.read_bytes() for p in (tmp_path / "v").iterdir()}
    with pytest.raises(WrongSecretError):
        Vault.open(tmp_path / "v", "not it at all", options)
    assert {p.name: p.read_bytes() for p in (tmp_path / "v").iterdir()} == before
