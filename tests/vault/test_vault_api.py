"""The vault through its Python API: create, unlock, passphrase, recovery, rekey, backup."""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path

import pytest
from helpers import CHEAP, PASSPHRASE

from intake_app.errors import (
    UsageError,
    VaultDamagedError,
    VaultInUseError,
    VaultNotFoundError,
    WrongSecretError,
)
from intake_app.vault import audit, backup, maintenance, recovery_key
from intake_app.vault.header import Header
from intake_app.vault.kdf import PRODUCTION_POLICY, Argon2Params, calibrate, derive_key
from intake_app.vault.vault import Vault, VaultOptions


def _events(vault: Vault) -> list[str]:
    return [e["event"] for e in reversed(audit.entries(vault.conn))]


def test_create_gives_private_files_and_a_well_formed_recovery_key(
    tmp_path: Path, options: VaultOptions
) -> None:
    vault, recovery = Vault.create(tmp_path / "v", PASSPHRASE, options)
    vault.close()
    assert recovery_key.normalise(recovery)
    assert len(recovery.split("-")) == 6
    folder = tmp_path / "v"
    assert sorted(p.name for p in folder.iterdir()) == ["vault.db", "vault.header", "vault.lock"]
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    for path in folder.iterdir():
        assert stat.S_IMODE(path.stat().st_mode) == 0o600, path.name


def test_header_holds_no_secret_and_records_kdf_cost(tmp_path: Path, options: VaultOptions) -> None:
    vault, recovery = Vault.create(tmp_path / "v", PASSPHRASE, options)
    key = vault.data_key
    vault.close()
    raw = (tmp_path / "v" / "vault.header").read_bytes()
    assert PASSPHRASE.encode() not in raw
    assert recovery.encode() not in raw and key not in raw and key.hex().encode() not in raw
    slot = json.loads(raw)["slots"][0]
    assert slot["kdf"]["memory_kib"] == CHEAP.memory_kib


def test_open_with_right_and_wrong_passphrase(tmp_path: Path, options: VaultOptions) -> None:
    Vault.create(tmp_path / "v", PASSPHRASE, options)[0].close()
    with pytest.raises(WrongSecretError, match="wrong passphrase"):
        Vault.open(tmp_path / "v", PASSPHRASE + "x", options)
    with Vault.open(tmp_path / "v", PASSPHRASE, options) as vault:
        assert vault.conn.execute("SELECT count(*) FROM cases").fetchone() == (0,)
    with Vault.open(tmp_path / "v", PASSPHRASE, options) as vault:
        assert "vault_opened" in _events(vault)
        first_open = json.loads(
            vault.conn.execute(
                "SELECT detail FROM audit WHERE event = 'vault_opened' ORDER BY seq LIMIT 1"
            ).fetchone()[0]
        )
        assert first_open == {"failed_attempts": 1}


def test_missing_vault_is_a_clear_error(tmp_path: Path, options: VaultOptions) -> None:
    with pytest.raises(VaultNotFoundError, match="no vault"):
        Vault.open(tmp_path / "nothing", PASSPHRASE, options)


def test_second_opener_gets_vault_in_use(vault: Vault, options: VaultOptions) -> None:
    with pytest.raises(VaultInUseError, match="in use"):
        Vault.open(vault.folder, PASSPHRASE, options)


def test_create_refuses_existing_vault_and_non_empty_folder(
    vault: Vault, tmp_path: Path, options: VaultOptions
) -> None:
    before = (vault.folder / "vault.header").read_bytes()
    with pytest.raises(UsageError, match="already exists"):
        Vault.create(vault.folder, PASSPHRASE, options)
    assert (vault.folder / "vault.header").read_bytes() == before
    other = tmp_path / "busy"
    other.mkdir()
    (other / "notes.txt").write_text("mine")
    with pytest.raises(UsageError, match="not empty"):
        Vault.create(other, PASSPHRASE, options)
    assert (other / "notes.txt").read_text() == "mine"


def test_short_passphrase_refused(tmp_path: Path, options: VaultOptions) -> None:
    with pytest.raises(UsageError, match="too short"):
        Vault.create(tmp_path / "v", "short", options)
    assert not (tmp_path / "v" / "vault.header").exists()


def test_passphrase_change_keeps_data_and_old_one_stops_working(
    vault: Vault, options: VaultOptions
) -> None:
    folder = vault.folder
    vault.conn.execute("INSERT INTO meta (key, value) VALUES ('probe', 'kept')")
    vault.change_passphrase("a brand new passphrase")
    vault.close()
    with pytest.raises(WrongSecretError):
        Vault.open(folder, PASSPHRASE, options)
    with Vault.open(folder, "a brand new passphrase", options) as reopened:
        row = reopened.conn.execute("SELECT value FROM meta WHERE key = 'probe'").fetchone()
        assert row == ("kept",)
        assert "passphrase_changed" in _events(reopened)


def test_recovery_key_sets_a_new_passphrase(tmp_path: Path, options: VaultOptions) -> None:
    vault, recovery = Vault.create(tmp_path / "v", PASSPHRASE, options)
    vault.close()
    typed = recovery.lower().replace("-", " ")  # people type it however they like
    Vault.recover(tmp_path / "v", typed, "after recovery pass", options).close()
    with pytest.raises(WrongSecretError):
        Vault.open(tmp_path / "v", PASSPHRASE, options)
    with Vault.open(tmp_path / "v", "after recovery pass", options) as reopened:
        assert {"recovery_used", "passphrase_changed"} <= set(_events(reopened))


def test_wrong_and_mistyped_recovery_keys(tmp_path: Path, options: VaultOptions) -> None:
    Vault.create(tmp_path / "v", PASSPHRASE, options)[0].close()
    before = (tmp_path / "v" / "vault.header").read_bytes()
    with pytest.raises(WrongSecretError, match="wrong recovery key"):
        Vault.recover(tmp_path / "v", recovery_key.generate(), "new passphrase!", options)
    with pytest.raises(WrongSecretError, match="mistyped"):
        good = recovery_key.generate()
        flipped = ("1" if good[0] != "1" else "2") + good[1:]
        Vault.recover(tmp_path / "v", flipped, "new passphrase!", options)
    with pytest.raises(WrongSecretError, match="not a recovery key"):
        Vault.recover(tmp_path / "v", "ABCDE", "new passphrase!", options)
    assert (tmp_path / "v" / "vault.header").read_bytes() == before


def test_rekey_changes_the_data_key_keeps_secrets_and_data(
    tmp_path: Path, options: VaultOptions
) -> None:
    vault, recovery = Vault.create(tmp_path / "v", PASSPHRASE, options)
    vault.conn.execute("INSERT INTO meta (key, value) VALUES ('probe', 'kept')")
    old_key = vault.data_key
    old_db = (tmp_path / "v" / "vault.db").read_bytes()
    maintenance.rekey(vault, PASSPHRASE)
    assert vault.data_key != old_key
    assert maintenance.verify(vault).ok
    vault.close()
    assert (tmp_path / "v" / "vault.db").read_bytes()[:4096] != old_db[:4096]
    assert not (tmp_path / "v" / "vault.db.rekey").exists()
    with Vault.open(tmp_path / "v", PASSPHRASE, options) as reopened:
        assert reopened.conn.execute("SELECT value FROM meta WHERE key='probe'").fetchone()
        assert "rekeyed" in _events(reopened)
    Vault.recover(tmp_path / "v", recovery, "recovered after rekey", options).close()


def test_rekey_with_wrong_passphrase_changes_nothing(vault: Vault) -> None:
    header = (vault.folder / "vault.header").read_bytes()
    with pytest.raises(WrongSecretError):
        maintenance.rekey(vault, "not the passphrase")
    assert (vault.folder / "vault.header").read_bytes() == header


def test_interrupted_rekey_rolls_forward_on_next_open(
    tmp_path: Path, options: VaultOptions
) -> None:
    """Simulate a crash right after the pending header was written (before the file swap)."""
    vault, _ = Vault.create(tmp_path / "v", PASSPHRASE, options)
    vault.conn.execute("INSERT INTO meta (key, value) VALUES ('probe', 'kept')")
    folder = vault.folder
    # Run the first half of rekey by hand: export under a new key and write the pending header.
    from intake_app.vault import keyslots

    new_key = os.urandom(32)
    slot = vault.header.slots_of("passphrase")[0]
    kek = keyslots.passphrase_kek(slot, PASSPHRASE, options.policy)
    pending = [keyslots.make_passphrase_slot(new_key, kek, slot["kdf"], vault.vault_id)]
    pending += [
        keyslots.make_recovery_slot(new_key, s["kdf"], vault.vault_id)
        for s in vault.header.slots_of("recovery")
    ]
    target = folder / "vault.db.rekey"
    vault.conn.execute(f"ATTACH DATABASE ? AS n KEY \"x'{new_key.hex()}'\"", (str(target),))
    vault.conn.execute("SELECT sqlcipher_export('n')").fetchone()
    vault.conn.execute("PRAGMA n.user_version = 4")
    vault.conn.execute("DETACH DATABASE n")
    vault.header.pending = pending
    vault.header.seal(vault.data_key)
    vault.header.write(folder / "vault.header")
    vault.close()
    with Vault.open(folder, PASSPHRASE, options) as reopened:
        assert reopened.data_key == new_key
        assert reopened.header.pending is None
        assert reopened.conn.execute("SELECT value FROM meta WHERE key='probe'").fetchone()
    assert not target.exists()


def test_backup_restores_with_the_passphrase_of_backup_time(
    vault: Vault, tmp_path: Path, options: VaultOptions
) -> None:
    vault.conn.execute("INSERT INTO meta (key, value) VALUES ('probe', 'in backup')")
    out = tmp_path / "backups" / "vault.intake-backup"
    out.parent.mkdir()
    size = backup.backup(vault, out)
    assert out.stat().st_size == size
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    vault.change_passphrase("passphrase after backup")
    vault.close()
    with pytest.raises(WrongSecretError):
        backup.restore(out, tmp_path / "r1", "passphrase after backup", options)
    assert not (tmp_path / "r1" / "vault.header").exists()
    with backup.restore(out, tmp_path / "r2", PASSPHRASE, options) as restored:
        row = restored.conn.execute("SELECT value FROM meta WHERE key='probe'").fetchone()
        assert row == ("in backup",)
        assert maintenance.verify(restored).ok
    with Vault.open(tmp_path / "r2", PASSPHRASE, options) as again:
        assert "vault_restored" in _events(again)


def test_damaged_backup_is_refused_and_writes_nothing(
    vault: Vault, tmp_path: Path, options: VaultOptions
) -> None:
    out = tmp_path / "b.bak"
    backup.backup(vault, out)
    raw = bytearray(out.read_bytes())
    raw[len(raw) // 2] ^= 0x01
    out.write_bytes(bytes(raw))
    with pytest.raises(VaultDamagedError, match="backup"):
        backup.restore(out, tmp_path / "target", PASSPHRASE, options)
    assert not (tmp_path / "target").exists() or not any((tmp_path / "target").iterdir())
    (tmp_path / "junk.bak").write_bytes(b"not a backup at all")
    with pytest.raises(VaultDamagedError, match="not an Intake backup"):
        backup.restore(tmp_path / "junk.bak", tmp_path / "t2", PASSPHRASE, options)


def test_restore_refuses_a_non_empty_folder(
    vault: Vault, tmp_path: Path, options: VaultOptions
) -> None:
    out = tmp_path / "b.bak"
    backup.backup(vault, out)
    busy = tmp_path / "busy"
    busy.mkdir()
    (busy / "keep.txt").write_text("keep")
    with pytest.raises(UsageError, match="not empty"):
        backup.restore(out, busy, PASSPHRASE, options)
    assert [p.name for p in busy.iterdir()] == ["keep.txt"]


def test_backup_to_a_folder_path_is_a_usage_error(vault: Vault, tmp_path: Path) -> None:
    with pytest.raises(UsageError, match="folder"):
        backup.backup(vault, tmp_path)


def test_production_policy_refuses_cheap_parameters() -> None:
    with pytest.raises(VaultDamagedError, match="below the allowed minimum"):
        derive_key("pass", b"s" * 16, CHEAP, PRODUCTION_POLICY)
    assert not PRODUCTION_POLICY.allows(Argon2Params(19 * 1024 - 1, 2, 1))
    assert not PRODUCTION_POLICY.allows(Argon2Params(19 * 1024, 1, 1))
    assert PRODUCTION_POLICY.allows(Argon2Params(19 * 1024, 2, 1))


def test_vault_with_cheap_parameters_is_refused_by_production_code(
    vault: Vault, tmp_path: Path
) -> None:
    folder = vault.folder
    vault.close()
    production = VaultOptions(state_dir=tmp_path / "state")
    with pytest.raises(VaultDamagedError, match="tampered"):
        Vault.open(folder, PASSPHRASE, production)


def test_calibration_scales_with_an_injected_clock() -> None:
    """A fake clock that says every derivation took 0.1 s per pass: calibration adds passes."""
    ticks = iter(float(i) * 0.1 for i in range(1000))
    params = calibrate(0.7, memory_kib=19 * 1024, lanes=1, clock=lambda: next(ticks))
    assert params.memory_kib == 19 * 1024
    assert params.iterations >= 2


def test_header_parser_rejects_junk_with_one_line() -> None:
    for raw in (b"", b"{", b"[]", b'{"format": "other"}', b"\xff\xfe", b"{}" * 40000):
        with pytest.raises(VaultDamagedError) as info:
            Header.from_bytes(raw)
        assert "\n" not in str(info.value)


def test_init_again_after_an_interrupted_init(tmp_path: Path, options: VaultOptions) -> None:
    """A kill during the first `init` leaves a database and a header temp file, no header."""
    folder = tmp_path / "v"
    folder.mkdir()
    (folder / "vault.db").write_bytes(b"half-written")
    (folder / ".vault.header.tmp-0a1b2c").write_bytes(b"{")
    (folder / "vault.lock").touch()
    vault, _ = Vault.create(folder, PASSPHRASE, options)
    vault.close()
    assert sorted(p.name for p in folder.iterdir()) == ["vault.db", "vault.header", "vault.lock"]
    Vault.open(folder, PASSPHRASE, options).close()
