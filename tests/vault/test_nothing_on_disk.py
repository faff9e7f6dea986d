"""Nothing readable on disk: case and identity text never appears in any file we can find.

Cases carrying marker strings (Latin and Chinese, in identity fields and in the account) go
through the real command line: add, update, delete, search. Then every file of the vault
folder, of the per-user state folder and of the processes' TMPDIR is scanned for each
marker in UTF-8, UTF-16-LE and UTF-16-BE, once with the vault closed and once while another
process holds it open with fresh, uncheckpointed changes in its write-ahead log.
"""

from __future__ import annotations

import copy
import json
import stat
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from helpers import EXAMPLE, PASSPHRASE

IDENTITY_MARKERS = {
    "legal_name": "ZEBRAMARKER Wing-kei",
    "chinese_name": "陳標記文",
    "other_names": ["QUOKKAMARKER", "林秘密名"],
    "phones": ["+1 647-555-0199", "+852 6123 4567"],
    "emails": ["zebramarker.private@example.org"],
    "addresses": ["88 Okapimarker Lane, Markham"],
    "hkid": "Z987654(3)",
    "passport_numbers": ["KZ9876543"],
    "uci": "9876-5432",
}
ACCOUNT_MARKER = "XYLOPHONEMARKER"
CHINESE_ACCOUNT_MARKER = "標記證詞"
UPDATE_MARKER = "UPDATEDMARKER"
DELETED_MARKER = "DELETEDMARKER"
OPEN_MARKER = "OPENMARKER"
OPEN_CHINESE_MARKER = "開啟標記"


def all_markers() -> list[str]:
    found: list[str] = []
    for value in IDENTITY_MARKERS.values():
        found += value if isinstance(value, list) else [value]
    found += [ACCOUNT_MARKER, CHINESE_ACCOUNT_MARKER, UPDATE_MARKER, DELETED_MARKER]
    found += [OPEN_MARKER, OPEN_CHINESE_MARKER, "Wing-kei", "Okapimarker"]
    # The full-text index folds case: look for the folded forms too.
    return sorted(set(found) | {m.lower() for m in found})


def marked_case(n: int, extra: str = "") -> dict[str, Any]:
    doc: dict[str, Any] = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    doc["pseudonym"] = f"Brave {n}"
    doc["identity"] = copy.deepcopy(IDENTITY_MARKERS)
    doc["narrative"] = (
        f"Told us about {ACCOUNT_MARKER} {extra} and {CHINESE_ACCOUNT_MARKER}: "
        "followed home twice after a rally."
    )
    doc["incidents"][0]["description"] = f"Followed by a man, {ACCOUNT_MARKER} {extra}."
    return doc


def encodings(marker: str) -> list[bytes]:
    return [marker.encode(codec) for codec in ("utf-8", "utf-16-le", "utf-16-be")]


def files_under(*roots: Path) -> Iterator[Path]:
    for root in roots:
        for path in sorted(root.rglob("*")):
            if path.is_file():
                yield path


def assert_no_marker(*roots: Path) -> int:
    """Scan every file under `roots`; return how many files were scanned."""
    needles = [(m, e) for m in all_markers() for e in encodings(m)]
    scanned = 0
    for path in files_under(*roots):
        data = path.read_bytes()
        scanned += 1
        for marker, needle in needles:
            assert needle not in data, f"{marker!r} readable in {path}"
    return scanned


def assert_private(folder: Path) -> None:
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    for path in folder.iterdir():
        assert path.is_file(), path
        assert stat.S_IMODE(path.stat().st_mode) == 0o600, path.name


def run_ok(cli: Any, *args: str, stdin: str) -> subprocess.CompletedProcess[str]:
    result = cli.run(*args, stdin=stdin)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    assert PASSPHRASE not in result.stdout + result.stderr
    return result


def add(cli: Any, doc: dict[str, Any]) -> str:
    line = PASSPHRASE + "\n" + json.dumps(doc, ensure_ascii=False)
    added = run_ok(cli, "cases", "add", "--json", "--passphrase-stdin", stdin=line)
    return str(json.loads(added.stdout)["id"])


HOLDER = """
import json, sys
from pathlib import Path
from intake_app.cases.jsonio import load_case_json
from intake_app.cases.store import CaseStore
from intake_app.vault.vault import Vault, VaultOptions

passphrase = sys.stdin.readline().rstrip("\\n")
docs = json.loads(sys.stdin.readline())
vault = Vault.open(Path(sys.argv[1]), passphrase, VaultOptions())
store = CaseStore(vault)
stored = [store.add(load_case_json(json.dumps(doc))) for doc in docs]
stored[0].account.original += " updated while open"
store.update(stored[0])
print("ready", flush=True)
sys.stdin.readline()  # hold the vault open, changes in the write-ahead log, until told
vault.close()
print("closed", flush=True)
"""


@pytest.fixture
def marked_vault(cli: Any, cli_vault: str) -> Any:
    """A vault in which marked cases were added, updated, deleted and searched for (CLI)."""
    ids = [add(cli, marked_case(n)) for n in range(3)]
    doomed = add(cli, marked_case(9, DELETED_MARKER))
    assert (Path(cli.home) / "tmp").is_dir()

    updated = marked_case(0, UPDATE_MARKER)
    updated["identity"]["legal_name"] = f"{UPDATE_MARKER} Wing-kei"
    line = PASSPHRASE + "\n" + json.dumps(updated, ensure_ascii=False)
    run_ok(cli, "cases", "update", ids[0], "--json", "--passphrase-stdin", stdin=line)
    run_ok(cli, "cases", "delete", doomed, "--passphrase-stdin", stdin=PASSPHRASE + "\n")

    found = run_ok(
        cli,
        "cases",
        "search",
        ACCOUNT_MARKER.lower(),
        "--json",
        "--passphrase-stdin",
        stdin=PASSPHRASE + "\n",
    )
    assert sorted(c["id"] for c in json.loads(found.stdout)) == sorted(ids)
    shown = run_ok(
        cli,
        "cases",
        "show",
        ids[0],
        "--json",
        "--include-identity",
        "--passphrase-stdin",
        stdin=PASSPHRASE + "\n",
    )
    # The markers really are in the vault: only the files must not show them.
    assert json.loads(shown.stdout)["identity"]["legal_name"] == f"{UPDATE_MARKER} Wing-kei"
    return cli


def test_closed_vault_shows_no_marker_anywhere(marked_vault: Any) -> None:
    cli = marked_vault
    folder = Path(cli.vault_dir)
    assert sorted(p.name for p in folder.iterdir()) == ["vault.db", "vault.header", "vault.lock"]
    assert list((Path(cli.home) / "tmp").iterdir()) == []  # no temp file was ever left
    scanned = assert_no_marker(folder, Path(cli.home))
    assert scanned >= 3
    assert_private(folder)


def test_open_vault_shows_no_marker_anywhere(marked_vault: Any, tmp_path: Path) -> None:
    cli = marked_vault
    folder = Path(cli.vault_dir)
    script = tmp_path / "holder.py"
    script.write_text(HOLDER, encoding="utf-8")
    docs = [marked_case(20, OPEN_MARKER), marked_case(21, OPEN_CHINESE_MARKER)]
    env = dict(cli.env)
    proc = subprocess.Popen(
        [sys.executable, str(script), str(folder)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
        text=True,
        encoding="utf-8",
    )
    assert proc.stdin is not None and proc.stdout is not None and proc.stderr is not None
    try:
        proc.stdin.write(PASSPHRASE + "\n" + json.dumps(docs, ensure_ascii=False) + "\n")
        proc.stdin.flush()
        assert proc.stdout.readline() == "ready\n", proc.stderr.read()

        names = {p.name for p in folder.iterdir()}
        assert {"vault.db-wal", "vault.db-shm"} <= names  # the open state really is on disk
        assert (folder / "vault.db-wal").stat().st_size > 0
        assert_no_marker(folder, Path(env["TMPDIR"]), Path(env["XDG_STATE_HOME"]))
        assert list(Path(env["TMPDIR"]).iterdir()) == []
        assert_private(folder)

        proc.stdin.write("\n")
        proc.stdin.flush()
        assert proc.stdout.readline() == "closed\n", proc.stderr.read()
        assert proc.wait(timeout=30) == 0
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert proc.stderr.read() == ""
    assert sorted(p.name for p in folder.iterdir()) == ["vault.db", "vault.header", "vault.lock"]
    assert_no_marker(folder, Path(cli.home))
    assert_private(folder)
    listed = run_ok(cli, "cases", "list", "--json", "--passphrase-stdin", stdin=PASSPHRASE + "\n")
    assert len(json.loads(listed.stdout)) == 5  # three from the CLI, two from the holder


def test_the_scan_finds_a_marker_in_every_encoding(tmp_path: Path) -> None:
    """The scan itself has teeth: a marker anywhere in a file, in any of the encodings, fails."""
    for codec in ("utf-8", "utf-16-le", "utf-16-be"):
        leak = tmp_path / "deep" / f"leak-{codec}"
        leak.parent.mkdir(exist_ok=True)
        leak.write_bytes(b"\x00\x01junk" + CHINESE_ACCOUNT_MARKER.encode(codec) + b"junk\xff")
        with pytest.raises(AssertionError, match="readable in"):
            assert_no_marker(tmp_path)
        leak.unlink()
    assert_no_marker(tmp_path)
