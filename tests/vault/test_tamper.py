"""A damaged or tampered vault, met through the real command line.

Every damage gives exit 4 (or 3 where the contract allows: a header edit that only makes the
secret fail to open its slot is indistinguishable from a wrong secret), exactly one line on
stderr and no traceback, and leaves every file of the vault byte-identical: no audit entry,
no checkpoint, no -wal/-shm left behind.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from helpers import EXAMPLE, FLOOR, PASSPHRASE

from intake_app.vault import recovery_key
from intake_app.vault.header import Header
from intake_app.vault.kdf import Argon2Params
from intake_app.vault.vault import Vault, VaultOptions

NEW_PASSPHRASE = "a new passphrase for the test"


@dataclass
class Sealed:
    """A closed vault made for the CLI, holding the example case."""

    cli: Any
    recovery: str
    case_id: str

    @property
    def folder(self) -> Path:
        return Path(self.cli.vault_dir)

    def run(self, *args: str, stdin: str) -> subprocess.CompletedProcess[str]:
        result = self.cli.run(*args, stdin=stdin)
        for secret in (PASSPHRASE, NEW_PASSPHRASE, self.recovery):
            assert secret not in result.stdout + result.stderr
        return result

    def reading_commands(self) -> list[subprocess.CompletedProcess[str]]:
        line = PASSPHRASE + "\n"
        return [
            self.run("cases", "list", "--json", "--passphrase-stdin", stdin=line),
            self.run("verify", "--passphrase-stdin", stdin=line),
            self.run("cases", "show", self.case_id, "--json", "--passphrase-stdin", stdin=line),
        ]

    def recover(self, key: str) -> subprocess.CompletedProcess[str]:
        return self.run("passwd", "--recovery-stdin", stdin=f"{key}\n{NEW_PASSPHRASE}\n")

    def reset_throttle(self) -> None:
        """Forget failed attempts (kept outside the vault) so the next try is not delayed."""
        shutil.rmtree(Path(self.cli.home) / "state" / "intake-app" / "unlock-attempts")


def snapshot(folder: Path) -> dict[str, str]:
    """Every file in the folder by name, with the SHA-256 of its bytes."""
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir())}


def assert_refused(result: subprocess.CompletedProcess[str], codes: set[int]) -> str:
    """Exit code in `codes`, nothing on stdout, exactly one line on stderr; returns that line."""
    assert result.returncode in codes, (result.returncode, result.stderr)
    assert "Traceback" not in result.stderr
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert result.stdout == ""
    line = lines[0]
    if result.returncode == 4:
        assert "damaged" in line or "tampered" in line, line
    if result.returncode == 3:
        assert "wrong passphrase" in line or "recovery key" in line, line
    return line


def make_other_vault(tmp_path: Path, name: str, params: Argon2Params = FLOOR) -> str:
    """A second vault with the same passphrase; returns its recovery key."""
    options = VaultOptions(kdf_params=params, state_dir=tmp_path / f"{name}-state")
    vault, recovery = Vault.create(tmp_path / name, PASSPHRASE, options)
    vault.close()
    return recovery


def edit_header(folder: Path, change: Callable[[dict[str, Any]], None]) -> None:
    path = folder / "vault.header"
    data = json.loads(path.read_bytes())
    change(data)
    path.write_text(json.dumps(data, indent=1, sort_keys=True) + "\n", encoding="utf-8")


@dataclass(frozen=True)
class Template:
    folder: Path
    recovery: str
    case_id: str


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Template:
    """A FLOOR vault with the example added through the CLI; made once, copied for each test."""
    root = tmp_path_factory.mktemp("template")
    (root / "tmp").mkdir()
    options = VaultOptions(kdf_params=FLOOR, state_dir=root / "state" / "intake-app")
    vault, recovery = Vault.create(root / "vault", PASSPHRASE, options)
    vault.close()
    env = {k: v for k, v in os.environ.items() if not k.startswith(("INTAKE_", "XDG_"))}
    env.update(HOME=str(root), XDG_STATE_HOME=str(root / "state"), TMPDIR=str(root / "tmp"))
    argv = [sys.executable, "-m", "intake_app", "--vault", str(root / "vault")]
    added = subprocess.run(
        [*argv, "cases", "add", "--json", "--passphrase-stdin"],
        input=(PASSPHRASE + "\n").encode() + EXAMPLE.read_bytes(),
        capture_output=True,
        env=env,
        check=True,
    )
    folder = root / "vault"
    assert sorted(p.name for p in folder.iterdir()) == ["vault.db", "vault.header", "vault.lock"]
    return Template(folder, recovery, json.loads(added.stdout)["id"])


@pytest.fixture
def sealed(cli: Any, template: Template) -> Sealed:
    shutil.copytree(template.folder, cli.vault_dir)
    return Sealed(cli, template.recovery, template.case_id)


# -- (a) one flipped byte -----------------------------------------------------------------------


def _offset(size: int, where: str) -> int:
    return {"start": 0, "quarter": size // 4, "middle": size // 2, "end": size - 8}[where]


@pytest.mark.parametrize(
    ("name", "where"),
    [
        ("vault.db", "start"),
        ("vault.db", "middle"),
        ("vault.db", "end"),
        ("vault.header", "start"),
        ("vault.header", "quarter"),
        ("vault.header", "middle"),
        ("vault.header", "end"),
    ],
)
def test_one_flipped_byte_is_refused_and_changes_nothing(
    sealed: Sealed, name: str, where: str
) -> None:
    path = sealed.folder / name
    original = path.read_bytes()
    data = bytearray(original)
    data[_offset(len(data), where)] ^= 0x01
    path.write_bytes(bytes(data))
    before = snapshot(sealed.folder)

    results = sealed.reading_commands()

    for result in results:
        # A database page that fails its HMAC is damage; a header edit that leaves the header
        # well-formed may only stop the passphrase from opening its slot (exit 3).
        assert_refused(result, {4} if name == "vault.db" else {3, 4})
        assert snapshot(sealed.folder) == before
    codes = {r.returncode for r in results}
    assert len(codes) == 1, [(r.returncode, r.stderr) for r in results]
    if codes == {3}:
        # Only a header that still parses can pass for a wrong passphrase ...
        tampered = Header.from_bytes(bytes(data))
        sealed.reset_throttle()
        # ... and then the recovery key tells the truth, unless the vault id itself changed
        # (both slots are bound to it, so neither opens: nothing can tell that from a typo).
        recovered = sealed.recover(sealed.recovery)
        assert_refused(recovered, {3, 4})
        assert snapshot(sealed.folder) == before
        if recovered.returncode == 3:
            assert tampered.vault_id != Header.from_bytes(original).vault_id


def _retyped(text: str) -> str:
    """`text` with its first character replaced by another digit (valid base64 and hex)."""
    return ("1" if text[0] != "1" else "2") + text[1:]


def _slot(kind: str) -> Callable[[dict[str, Any]], dict[str, Any]]:
    return lambda h: next(s for s in h["slots"] if s["kind"] == kind)


FIELDS: dict[str, tuple[Callable[[dict[str, Any]], dict[str, Any]], str]] = {
    "passphrase salt": (lambda h: _slot("passphrase")(h)["kdf"], "salt"),
    "passphrase wrapped key": (_slot("passphrase"), "wrapped"),
    "recovery public key": (lambda h: _slot("recovery")(h)["kdf"], "public_key"),
    "recovery nonce": (_slot("recovery"), "nonce"),
    "mac": (lambda h: h, "mac"),
    "created": (lambda h: h, "created"),
    "vault id": (lambda h: h, "vault_id"),
}


@pytest.mark.parametrize(
    ("field", "with_passphrase", "with_recovery"),
    [
        # A field bound into a slot stops that slot from opening: the secret looks wrong
        # (exit 3), while the other slot opens and the header MAC reports the edit (exit 4).
        ("passphrase salt", 3, 4),
        ("passphrase wrapped key", 3, 4),
        ("recovery public key", 4, 3),
        ("recovery nonce", 4, 3),
        ("mac", 4, 4),
        ("created", 4, 4),
        # Both slots are bound to the vault id: neither opens, and nothing tells this from a
        # wrong secret without a key. The contract's exit 3 is the only honest answer.
        ("vault id", 3, 3),
    ],
)
def test_edited_header_field_is_caught_by_one_secret_or_the_other(
    sealed: Sealed, field: str, with_passphrase: int, with_recovery: int
) -> None:
    where, key = FIELDS[field]
    edit_header(sealed.folder, lambda h: where(h).__setitem__(key, _retyped(where(h)[key])))
    before = snapshot(sealed.folder)

    listed = sealed.run("cases", "list", "--json", "--passphrase-stdin", stdin=PASSPHRASE + "\n")
    assert_refused(listed, {with_passphrase})
    recovered = sealed.recover(sealed.recovery)
    assert_refused(recovered, {with_recovery})
    for result, code in ((listed, with_passphrase), (recovered, with_recovery)):
        if code == 4:
            assert "tampered" in result.stderr
    assert snapshot(sealed.folder) == before


# -- (b) a cut-short database -------------------------------------------------------------------


@pytest.mark.parametrize("damage", ["half", "empty", "missing"])
def test_truncated_or_missing_database_is_refused(sealed: Sealed, damage: str) -> None:
    db = sealed.folder / "vault.db"
    if damage == "missing":
        db.unlink()
    else:
        db.write_bytes(db.read_bytes()[: db.stat().st_size // 2] if damage == "half" else b"")
    before = snapshot(sealed.folder)

    for result in sealed.reading_commands():
        assert_refused(result, {4})
        assert snapshot(sealed.folder) == before  # in particular no new, empty database


# -- (c) key-derivation cost edited -------------------------------------------------------------


@pytest.mark.parametrize(("field", "value"), [("memory_kib", 16 * 1024), ("iterations", 1)])
def test_cost_below_the_floor_is_reported_as_tampering(
    sealed: Sealed, field: str, value: int
) -> None:
    edit_header(sealed.folder, lambda h: h["slots"][0]["kdf"].__setitem__(field, value))
    before = snapshot(sealed.folder)

    listed = sealed.run("cases", "list", "--json", "--passphrase-stdin", stdin=PASSPHRASE + "\n")
    assert "tamper" in assert_refused(listed, {4})
    # Refused before any key derivation, whichever secret is offered.
    assert "tamper" in assert_refused(sealed.recover(sealed.recovery), {4})
    assert snapshot(sealed.folder) == before


@pytest.mark.parametrize(("field", "value"), [("memory_kib", 24 * 1024), ("iterations", 2)])
def test_cost_lowered_above_the_floor_fails_the_passphrase_and_the_mac(
    cli: Any, field: str, value: int
) -> None:
    options = VaultOptions(
        kdf_params=Argon2Params(32768, 3, 1), state_dir=Path(cli.home) / "state" / "intake-app"
    )
    vault, recovery = Vault.create(Path(cli.vault_dir), PASSPHRASE, options)
    vault.close()
    sealed = Sealed(cli, recovery, case_id="")
    edit_header(sealed.folder, lambda h: h["slots"][0]["kdf"].__setitem__(field, value))
    assert FLOOR.memory_kib <= value or field == "iterations"
    before = snapshot(sealed.folder)

    # The passphrase cannot tell a changed cost from a typo: the slot simply does not open.
    listed = sealed.run("cases", "list", "--json", "--passphrase-stdin", stdin=PASSPHRASE + "\n")
    assert "wrong passphrase" in assert_refused(listed, {3})
    # The recovery slot does open, and then the header MAC gives the edit away.
    assert "tamper" in assert_refused(sealed.recover(recovery), {4})
    assert snapshot(sealed.folder) == before


# -- (d) (e) parts of another vault -------------------------------------------------------------


def test_passphrase_slot_from_another_vault_does_not_open(sealed: Sealed, tmp_path: Path) -> None:
    make_other_vault(tmp_path, "other")
    donor = json.loads((tmp_path / "other" / "vault.header").read_bytes())
    edit_header(sealed.folder, lambda h: h["slots"].__setitem__(0, donor["slots"][0]))
    before = snapshot(sealed.folder)

    for result in sealed.reading_commands():
        assert_refused(result, {3, 4})
        assert snapshot(sealed.folder) == before
    sealed.reset_throttle()
    # The vault's own recovery slot still opens, and the swap is caught by the header MAC.
    assert "tamper" in assert_refused(sealed.recover(sealed.recovery), {4})
    assert snapshot(sealed.folder) == before


def test_recovery_slot_from_another_vault_does_not_open(sealed: Sealed, tmp_path: Path) -> None:
    other_recovery = make_other_vault(tmp_path, "other")
    donor = json.loads((tmp_path / "other" / "vault.header").read_bytes())
    edit_header(sealed.folder, lambda h: h["slots"].__setitem__(1, donor["slots"][1]))
    before = snapshot(sealed.folder)

    assert_refused(sealed.recover(other_recovery), {3, 4})
    assert snapshot(sealed.folder) == before
    # The passphrase slot is intact: it opens, and the header MAC catches the swapped slot.
    listed = sealed.run("cases", "list", "--json", "--passphrase-stdin", stdin=PASSPHRASE + "\n")
    assert "tamper" in assert_refused(listed, {4})
    assert snapshot(sealed.folder) == before


def test_whole_header_from_another_vault_is_refused(sealed: Sealed, tmp_path: Path) -> None:
    make_other_vault(tmp_path, "other")
    shutil.copyfile(tmp_path / "other" / "vault.header", sealed.folder / "vault.header")
    before = snapshot(sealed.folder)

    for result in sealed.reading_commands():
        assert "database" in assert_refused(result, {4})
        assert snapshot(sealed.folder) == before


# -- (f) wrong secrets --------------------------------------------------------------------------


def test_wrong_passphrase_gives_exit_3_and_writes_nothing(sealed: Sealed) -> None:
    before = snapshot(sealed.folder)
    for args in (("cases", "list", "--json"), ("verify",), ("cases", "show", sealed.case_id)):
        result = sealed.run(*args, "--passphrase-stdin", stdin=PASSPHRASE + " typo\n")
        assert assert_refused(result, {3}).endswith("wrong passphrase")
        assert snapshot(sealed.folder) == before


def test_recovery_key_of_another_vault_gives_exit_3(sealed: Sealed, tmp_path: Path) -> None:
    other_recovery = make_other_vault(tmp_path, "other")
    before = snapshot(sealed.folder)
    result = sealed.recover(other_recovery)
    assert "wrong recovery key" in assert_refused(result, {3})
    assert other_recovery not in result.stderr
    assert snapshot(sealed.folder) == before


def test_mistyped_recovery_key_gives_exit_3_with_a_clear_line(sealed: Sealed) -> None:
    before = snapshot(sealed.folder)
    last = sealed.recovery[-1]
    replacement = next(c for c in recovery_key.ALPHABET if c != last)
    mistyped = sealed.recovery[:-1] + replacement  # a wrong check symbol
    result = sealed.recover(mistyped)
    assert "mistyped" in assert_refused(result, {3})
    assert mistyped not in result.stderr
    short = sealed.recover(sealed.recovery[:-6])  # one group missing
    assert "not a recovery key" in assert_refused(short, {3})
    assert snapshot(sealed.folder) == before
    # The real key still works afterwards, and sets the new passphrase.
    assert sealed.recover(sealed.recovery).returncode == 0
    listed = sealed.run(
        "cases", "list", "--json", "--passphrase-stdin", stdin=NEW_PASSPHRASE + "\n"
    )
    assert [c["id"] for c in json.loads(listed.stdout)] == [sealed.case_id]
