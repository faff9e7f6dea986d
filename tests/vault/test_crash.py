"""SIGKILL at random moments: nothing acknowledged is lost and the vault stays whole.

Each round starts a real writer process on the same vault, waits until it says "ready",
lets it work for a random time (seeded, so a failure can be replayed) and kills it with
SIGKILL, which no code can catch. The vault is then opened through the normal API.
"""

from __future__ import annotations

import json
import random
import re
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from helpers import EXAMPLE, FLOOR, PASSPHRASE

from intake_app.cases.jsonio import load_case_json
from intake_app.cases.store import CaseStore
from intake_app.vault import backup, maintenance
from intake_app.vault.vault import Vault, VaultOptions

ID_LINE = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
VAULT_FILES = {"vault.db", "vault.header", "vault.lock"}

# Each script reads the passphrase from stdin, opens the vault with production settings (the
# vault has the floor cost), says "ready" and then works until it is killed.
PRELUDE = """
import json, sys
from pathlib import Path
from intake_app.vault.vault import Vault, VaultOptions

folder, state = Path(sys.argv[1]), Path(sys.argv[2])
passphrase = sys.stdin.readline().rstrip("\\n")
vault = Vault.open(folder, passphrase, VaultOptions(state_dir=state))
print("ready", flush=True)
"""
ADD_CASES = """
from intake_app.cases.jsonio import load_case_json
from intake_app.cases.store import CaseStore

doc = json.loads(Path(sys.argv[3]).read_text("utf-8"))
store = CaseStore(vault)
n = 0
while True:
    doc["pseudonym"] = f"{sys.argv[4]}-{n}"
    stored = store.add(load_case_json(json.dumps(doc)))
    print(stored.id, flush=True)  # printed only once add() has returned: acknowledged
    n += 1
"""
REKEY = """
from intake_app.vault import maintenance

while True:
    maintenance.rekey(vault, passphrase)
    print("rekeyed", flush=True)
"""
BACKUP = """
from intake_app.vault import backup

while True:
    backup.backup(vault, Path(sys.argv[3]))
    print("backed up", flush=True)
"""


class Rig:
    """A FLOOR vault and a way to run a script against it and kill it at a random moment."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.folder = root / "vault"
        self.state = root / "state"
        self.options = VaultOptions(kdf_params=FLOOR, state_dir=self.state)
        vault, self.recovery = Vault.create(self.folder, PASSPHRASE, self.options)
        vault.close()
        self.rng = random.Random(20240704)

    def open(self) -> Vault:
        return Vault.open(self.folder, PASSPHRASE, self.options)

    def run_and_kill(self, body: str, *args: str) -> list[str]:
        """Run PRELUDE + body, SIGKILL it 0.05-0.6 s after "ready"; return its stdout lines."""
        script = self.root / "script.py"
        script.write_text(PRELUDE + body, encoding="utf-8")
        proc = subprocess.Popen(
            [sys.executable, str(script), str(self.folder), str(self.state), *args],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        assert proc.stdin is not None and proc.stdout is not None and proc.stderr is not None
        try:
            proc.stdin.write(PASSPHRASE + "\n")
            proc.stdin.close()
            ready = proc.stdout.readline()  # blocks until the vault is open
            assert ready == "ready\n", ready + proc.stderr.read()
            delay = self.rng.uniform(0.05, 0.6)
            with pytest.raises(subprocess.TimeoutExpired):
                proc.wait(timeout=delay)  # it must still be working when the kill comes
            proc.send_signal(signal.SIGKILL)
            proc.wait(timeout=30)
            out, err = proc.stdout.read(), proc.stderr.read()
        finally:
            if proc.poll() is None:
                proc.kill()
                proc.wait()
        assert proc.returncode == -signal.SIGKILL, err
        assert err == ""
        return [line for line in out.splitlines(keepends=True) if line.endswith("\n")]


@pytest.fixture
def rig(tmp_path: Path) -> Iterator[Rig]:
    yield Rig(tmp_path)


def test_killed_writer_loses_no_acknowledged_case(rig: Rig) -> None:
    acknowledged: list[str] = []
    stored_before = 0
    for round_no in range(20):
        lines = rig.run_and_kill(ADD_CASES, str(EXAMPLE), f"crash{round_no}")
        new = [line.strip() for line in lines if ID_LINE.fullmatch(line.strip())]
        assert len(new) == len(lines), lines  # nothing but ids, each on a whole line
        acknowledged += new

        with rig.open() as vault:  # the next open works (and recovers the write-ahead log)
            store = CaseStore(vault)
            stored = set(store.iter_ids())
            assert set(acknowledged) <= stored, f"round {round_no}: acknowledged case lost"
            # At most one case was committed without being acknowledged before the kill.
            assert len(stored) - stored_before - len(new) in (0, 1), round_no
            for n, case_id in enumerate(new):
                assert store.get(case_id).pseudonym == f"crash{round_no}-{n}"
            report = maintenance.verify(vault)
            assert report.ok, (round_no, report.problems)
            assert report.cases == len(stored)
            stored_before = len(stored)
    assert len(acknowledged) >= 20  # the writer really was writing when it was killed


def test_killed_rekey_keeps_passphrase_recovery_key_and_cases(rig: Rig) -> None:
    with rig.open() as vault:
        doc = json.loads(EXAMPLE.read_text(encoding="utf-8"))
        cases = []
        for n in range(40):
            doc["pseudonym"] = f"rekey-{n}"
            cases.append(load_case_json(json.dumps(doc)))
        ids = {case.id for case in CaseStore(vault).add_many(cases)}
    # The script is still re-keying when it is killed (run_and_kill checks that), so the kills
    # land in the export, between the header writes or in the swap; how many re-keys finish
    # first depends on the machine's speed.
    for round_no in range(6):
        rig.run_and_kill(REKEY)
        with rig.open() as vault:  # the same passphrase, whatever step the kill interrupted
            assert set(CaseStore(vault).iter_ids()) == ids, round_no
            report = maintenance.verify(vault)
            assert report.ok, (round_no, report.problems)
        assert {p.name for p in rig.folder.iterdir()} == VAULT_FILES, round_no
        # The recovery key too (it sets the passphrase again: the same one, with a new salt).
        Vault.recover(rig.folder, rig.recovery, PASSPHRASE, rig.options).close()


def test_killed_backup_leaves_no_partial_backup(rig: Rig, tmp_path: Path) -> None:
    with rig.open() as vault:
        doc = json.loads(EXAMPLE.read_text(encoding="utf-8"))
        doc["narrative"] = doc["narrative"] * 40  # a larger database: a longer export
        cases = []
        for n in range(150):
            doc["pseudonym"] = f"backup-{n}"
            cases.append(load_case_json(json.dumps(doc)))
        ids = {case.id for case in CaseStore(vault).add_many(cases)}
    out_dir = tmp_path / "backups"
    out_dir.mkdir()

    for round_no in range(4):
        out = out_dir / f"round{round_no}.intake-backup"
        done = len(rig.run_and_kill(BACKUP, str(out)))
        # Under the final name there is a complete backup (restorable below) or nothing.
        if done:
            assert out.exists(), round_no
        if out.exists():
            restored = backup.restore(
                out, tmp_path / f"restored{round_no}", PASSPHRASE, rig.options
            )
            with restored:
                assert set(CaseStore(restored).iter_ids()) == ids
        with rig.open() as vault:
            assert maintenance.verify(vault).ok
        # The export made on the way to the backup file must not linger beside the database.
        assert {p.name for p in rig.folder.iterdir()} == VAULT_FILES, round_no
