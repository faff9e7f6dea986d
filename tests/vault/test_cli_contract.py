"""The command-line contract (PRODUCT.md, docs/CLI.md), through the real `python -m intake_app`.

Exit codes: 0 success, 1 error, 2 usage, 3 wrong passphrase or recovery key, 4 damaged or
tampered vault. Errors are one line on stderr, never a traceback; no secret is ever printed.
"""

from __future__ import annotations

import hashlib
import json
import re
import signal
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from helpers import EXAMPLE, PASSPHRASE

from intake_app.vault import recovery_key

NEW_PASSPHRASE = "a brand new passphrase 2"
SECRETS = (PASSPHRASE, NEW_PASSPHRASE)
RECOVERY_LINE = re.compile(r"^[0-9A-Z]{5}(-[0-9A-Z]{5}){5}$")
SUMMARY_KEYS = {"id", "code", "pseudonym", "status", "created", "updated"}
EXAMPLE_DOC: dict[str, Any] = json.loads(EXAMPLE.read_text(encoding="utf-8"))
IDENTITY_VALUES = [
    "Chan Tai-man",
    "陳大文",
    "+1 416-839-2210",
    "brave.example@protonmail.com",
    "12 Example Street",
    "A123456(3)",
    "K12345678",
    "1234-5678",
    "1998-06-04",
]
_IDENTITY_TEXT = json.dumps(EXAMPLE_DOC["identity"], ensure_ascii=False)
assert all(value in _IDENTITY_TEXT for value in IDENTITY_VALUES)  # they are the example's


def snapshot(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir())}


def checked(result: subprocess.CompletedProcess[str]) -> subprocess.CompletedProcess[str]:
    """What holds for every run: no traceback, no passphrase echoed, one line per error."""
    output = result.stdout + result.stderr
    assert "Traceback" not in output
    for secret in SECRETS:
        assert secret not in output
    if result.returncode != 0:
        assert len(result.stderr.splitlines()) == 1, result.stderr
        assert result.stderr.startswith("intake-app: ")
    return result


def run(cli: Any, *args: str, stdin: str = "") -> Any:
    return checked(cli.run(*args, stdin=stdin))


def run_raw(cli: Any, *args: str, stdin: str, **extra_env: str) -> Any:
    """Run with exactly `args` (no --vault added) and extra environment variables."""
    result = subprocess.run(
        [sys.executable, "-m", "intake_app", *args],
        input=stdin.encode("utf-8"),
        capture_output=True,
        env={**cli.env, **extra_env},
        timeout=120,
    )
    return checked(
        subprocess.CompletedProcess(
            result.args, result.returncode, result.stdout.decode(), result.stderr.decode()
        )
    )


def expect(result: Any, code: int | set[int], *fragments: str) -> str:
    """The exit code (or one of them) and the fragments in the one line on stderr."""
    codes = code if isinstance(code, set) else {code}
    assert result.returncode in codes, (result.returncode, result.stderr)
    for fragment in fragments:
        assert fragment in result.stderr, result.stderr
    return str(result.stderr)


def listing(cli: Any, passphrase: str = PASSPHRASE, vault_dir: Path | None = None) -> Any:
    folder = str(vault_dir or cli.vault_dir)
    return run_raw(
        cli,
        "--vault",
        folder,
        "cases",
        "list",
        "--json",
        "--passphrase-stdin",
        stdin=passphrase + "\n",
    )


def ids_in(cli: Any, passphrase: str = PASSPHRASE, vault_dir: Path | None = None) -> list[str]:
    result = listing(cli, passphrase, vault_dir)
    assert result.returncode == 0, result.stderr
    return sorted(c["id"] for c in json.loads(result.stdout))


def add(cli: Any, doc: dict[str, Any] | None = None, passphrase: str = PASSPHRASE) -> str:
    text = json.dumps(doc if doc is not None else EXAMPLE_DOC, ensure_ascii=False)
    result = run(cli, "cases", "add", "--json", "--passphrase-stdin", stdin=f"{passphrase}\n{text}")
    assert result.returncode == 0, result.stderr
    added = json.loads(result.stdout)
    assert set(added) >= {"id"}
    return str(added["id"])


@pytest.fixture
def with_case(cli: Any, cli_vault: str) -> tuple[Any, str, str]:
    """The CLI, the vault's recovery key and the id of the example case added to it."""
    return cli, cli_vault, add(cli)


HOLDER = """
import sys
from pathlib import Path
from intake_app.vault.vault import Vault, VaultOptions

vault = Vault.open(Path(sys.argv[1]), sys.stdin.readline().rstrip("\\n"), VaultOptions())
print("ready", flush=True)
sys.stdin.readline()
"""


# -- errors and usage ---------------------------------------------------------------------------


def test_no_vault_is_an_error(cli: Any) -> None:
    result = run(cli, "cases", "list", "--json", "--passphrase-stdin", stdin=PASSPHRASE + "\n")
    expect(result, 1, "no vault", str(cli.vault_dir))
    # Without --vault or INTAKE_VAULT: the platform's application-data folder.
    default = run_raw(cli, "cases", "list", "--json", "--passphrase-stdin", stdin=PASSPHRASE)
    expect(default, 1, "no vault", str(Path(cli.home) / "data" / "intake-app" / "vault"))
    assert not Path(cli.vault_dir).exists()


def test_usage_errors_exit_2_with_one_line(cli: Any, cli_vault: str) -> None:
    before = snapshot(Path(cli.vault_dir))
    usage: list[tuple[tuple[str, ...], str]] = [
        (("frobnicate",), ""),
        (("cases",), ""),
        (("cases", "show", "--passphrase-stdin"), PASSPHRASE + "\n"),
        (("cases", "list", "--limit", "many", "--passphrase-stdin"), PASSPHRASE + "\n"),
        (("backup", "--passphrase-stdin"), PASSPHRASE + "\n"),
        (("restore", "--passphrase-stdin"), PASSPHRASE + "\n"),
        (("cases", "purge", "--passphrase-stdin"), PASSPHRASE + "\n"),
        (("cases", "add", "--passphrase-stdin"), PASSPHRASE + "\n" + EXAMPLE.read_text("utf-8")),
        (("cases", "add", "--json", "--passphrase-stdin"), ""),
        (("verify",), PASSPHRASE + "\n"),  # no terminal to ask at, and no --passphrase-stdin
    ]
    for args, stdin in usage:
        expect(run(cli, *args, stdin=stdin), 2)
    assert snapshot(Path(cli.vault_dir)) == before  # refused before the vault was opened
    # The passphrase, then nothing: the vault opens, but there is no document to add.
    no_doc = run(cli, "cases", "add", "--json", "--passphrase-stdin", stdin=PASSPHRASE + "\n")
    expect(no_doc, 2, "case document")
    assert ids_in(cli) == []


# -- init and the recovery key ------------------------------------------------------------------


def test_init_prints_the_recovery_key_once_and_it_unlocks(cli: Any) -> None:
    created = run(cli, "init", "--passphrase-stdin", stdin=PASSPHRASE + "\n")
    assert created.returncode == 0, created.stderr
    keys = [line for line in created.stdout.splitlines() if RECOVERY_LINE.match(line)]
    assert len(keys) == 1, created.stdout
    key = keys[0]
    assert recovery_key.normalise(key)
    assert key not in created.stderr
    folder = Path(cli.vault_dir)
    assert oct(folder.stat().st_mode & 0o777) == oct(0o700)
    assert all(p.stat().st_mode & 0o777 == 0o600 for p in folder.iterdir())

    recovered = run(cli, "passwd", "--recovery-stdin", stdin=f"{key}\n{NEW_PASSPHRASE}\n")
    assert recovered.returncode == 0, recovered.stderr
    assert key not in recovered.stdout + recovered.stderr
    assert ids_in(cli, NEW_PASSPHRASE) == []
    expect(listing(cli, PASSPHRASE), 3, "wrong passphrase")


def test_init_refuses_an_existing_vault_and_a_non_empty_folder(
    cli: Any, cli_vault: str, tmp_path: Path
) -> None:
    folder = Path(cli.vault_dir)
    before = snapshot(folder)
    again = run(cli, "init", "--passphrase-stdin", stdin=NEW_PASSPHRASE + "\n")
    expect(again, {1, 2}, "already exists")
    assert not RECOVERY_LINE.search(again.stdout)
    assert snapshot(folder) == before
    assert ids_in(cli) == []  # the old passphrase still opens the old vault

    busy = tmp_path / "busy"
    busy.mkdir()
    (busy / "notes.txt").write_text("mine", encoding="utf-8")
    elsewhere = run_raw(cli, "--vault", str(busy), "init", "--passphrase-stdin", stdin=PASSPHRASE)
    expect(elsewhere, {1, 2}, "not empty")
    assert sorted(p.name for p in busy.iterdir()) == ["notes.txt"]
    assert (busy / "notes.txt").read_text(encoding="utf-8") == "mine"


def test_intake_vault_names_the_vault_when_vault_is_absent(cli: Any, cli_vault: str) -> None:
    doc = json.dumps(EXAMPLE_DOC, ensure_ascii=False)
    added = run_raw(
        cli,
        "cases",
        "add",
        "--json",
        "--passphrase-stdin",
        stdin=f"{PASSPHRASE}\n{doc}",
        INTAKE_VAULT=str(cli.vault_dir),
    )
    # --vault wins over INTAKE_VAULT.
    elsewhere = run_raw(
        cli,
        "--vault",
        str(cli.vault_dir),
        "cases",
        "list",
        "--json",
        "--passphrase-stdin",
        stdin=PASSPHRASE + "\n",
        INTAKE_VAULT=str(Path(cli.home) / "nowhere"),
    )
    assert elsewhere.returncode == 0, elsewhere.stderr
    assert added.returncode == 0, added.stderr
    assert ids_in(cli) == [json.loads(added.stdout)["id"]]


# -- what list, search and show print -----------------------------------------------------------


def test_list_and_search_print_summaries_without_identity(with_case: Any) -> None:
    cli, _, case_id = with_case
    for args in (("cases", "list"), ("cases", "search", "rallies")):
        result = run(cli, *args, "--json", "--passphrase-stdin", stdin=PASSPHRASE + "\n")
        assert result.returncode == 0, result.stderr
        summaries = json.loads(result.stdout)
        assert isinstance(summaries, list) and [s["id"] for s in summaries] == [case_id]
        assert set(summaries[0]) >= SUMMARY_KEYS
        assert summaries[0]["pseudonym"] == "Brave"
        assert "identity" not in summaries[0]
        for value in IDENTITY_VALUES:
            assert value not in result.stdout, value
    # Identity is not searchable either.
    for query in ("Tai-man", "陳大文", "K12345678"):
        found = run(
            cli, "cases", "search", query, "--json", "--passphrase-stdin", stdin=PASSPHRASE + "\n"
        )
        assert json.loads(found.stdout) == [], query


def test_show_leaves_identity_out_unless_asked(with_case: Any) -> None:
    cli, _, case_id = with_case
    plain = run(
        cli, "cases", "show", case_id, "--json", "--passphrase-stdin", stdin=PASSPHRASE + "\n"
    )
    doc = json.loads(plain.stdout)
    assert doc["id"] == case_id and doc["pseudonym"] == "Brave"
    assert "identity" not in doc and "harassers" not in doc
    for value in IDENTITY_VALUES:
        assert value not in plain.stdout, value
    full = run(
        cli,
        "cases",
        "show",
        case_id,
        "--json",
        "--include-identity",
        "--passphrase-stdin",
        stdin=PASSPHRASE + "\n",
    )
    assert json.loads(full.stdout)["identity"]["legal_name"] == "Chan Tai-man"


def test_invalid_case_document_names_the_field_and_adds_nothing(cli: Any, cli_vault: str) -> None:
    shorthand = json.loads(json.dumps(EXAMPLE_DOC))
    shorthand["incidents"][0]["type"] = "secret_kind_value"
    canonical = json.loads(json.dumps(EXAMPLE_DOC))
    del canonical["incidents"][0]["type"]
    canonical["incidents"][0]["kind"] = "secret_kind_value"
    for doc, field in (
        (shorthand, r"incidents\[0\]\.(kind|type)"),
        (canonical, r"incidents\[0\]\.kind"),
    ):
        result = run(
            cli,
            "cases",
            "add",
            "--json",
            "--passphrase-stdin",
            stdin=PASSPHRASE + "\n" + json.dumps(doc, ensure_ascii=False),
        )
        line = expect(result, 1)
        assert re.search(field + ": ", line), line
        assert "secret_kind_value" not in line  # a bad value is never repeated
        assert result.stdout == ""
    for text in ("{not json", "[]", '{"narrative": "no pseudonym"}'):
        result = run(
            cli, "cases", "add", "--json", "--passphrase-stdin", stdin=PASSPHRASE + "\n" + text
        )
        expect(result, 1)
    assert ids_in(cli) == []


# -- one process at a time ----------------------------------------------------------------------


def test_second_opener_is_told_the_vault_is_in_use(with_case: Any, tmp_path: Path) -> None:
    cli, _, case_id = with_case
    script = tmp_path / "holder.py"
    script.write_text(HOLDER, encoding="utf-8")
    holder = subprocess.Popen(
        [sys.executable, str(script), str(cli.vault_dir)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        env=cli.env,
        text=True,
    )
    assert holder.stdin is not None and holder.stdout is not None
    try:
        holder.stdin.write(PASSPHRASE + "\n")
        holder.stdin.flush()
        assert holder.stdout.readline() == "ready\n"
        busy = listing(cli)
        expect(busy, 1, "vault in use")
        assert busy.stdout == ""
        holder.send_signal(signal.SIGKILL)  # the kernel drops its lock, however it dies
        assert holder.wait(timeout=30) == -signal.SIGKILL
    finally:
        if holder.poll() is None:
            holder.kill()
            holder.wait()
        holder.stdin.close()
        holder.stdout.close()
    assert ids_in(cli) == [case_id]


# -- passphrase, rekey, backup, restore, verify -------------------------------------------------


def test_passwd_changes_the_passphrase(with_case: Any) -> None:
    cli, _, case_id = with_case
    folder = Path(cli.vault_dir)
    before = snapshot(folder)
    wrong = run(cli, "passwd", "--passphrase-stdin", stdin=f"{PASSPHRASE}x\n{NEW_PASSPHRASE}\n")
    expect(wrong, 3, "wrong passphrase")
    short = run(cli, "passwd", "--passphrase-stdin", stdin=f"{PASSPHRASE}\nshort\n")
    expect(short, 2, "too short")
    assert snapshot(folder) == before

    changed = run(cli, "passwd", "--passphrase-stdin", stdin=f"{PASSPHRASE}\n{NEW_PASSPHRASE}\n")
    assert changed.returncode == 0, changed.stderr
    assert ids_in(cli, NEW_PASSPHRASE) == [case_id]
    expect(listing(cli, PASSPHRASE), 3, "wrong passphrase")


def test_rekey_re_encrypts_and_keeps_both_secrets(with_case: Any) -> None:
    cli, recovery, case_id = with_case
    db = Path(cli.vault_dir) / "vault.db"
    old_pages = db.read_bytes()
    rekeyed = run(cli, "rekey", "--passphrase-stdin", stdin=PASSPHRASE + "\n")
    assert rekeyed.returncode == 0, rekeyed.stderr
    new_pages = db.read_bytes()
    # Every page is encrypted anew: no 16-byte block of the old file survives.
    old_blocks = {old_pages[i : i + 16] for i in range(0, len(old_pages), 16)}
    assert not any(new_pages[i : i + 16] in old_blocks for i in range(0, len(new_pages), 16))
    assert ids_in(cli) == [case_id]
    recovered = run(cli, "passwd", "--recovery-stdin", stdin=f"{recovery}\n{NEW_PASSPHRASE}\n")
    assert recovered.returncode == 0, recovered.stderr
    assert ids_in(cli, NEW_PASSPHRASE) == [case_id]


def test_backup_restores_with_the_passphrase_of_backup_time(with_case: Any, tmp_path: Path) -> None:
    cli, _, case_id = with_case
    out = tmp_path / "backups" / "vault.intake-backup"
    out.parent.mkdir()
    made = run(cli, "backup", "--out", str(out), "--passphrase-stdin", stdin=PASSPHRASE + "\n")
    assert made.returncode == 0, made.stderr
    assert out.stat().st_mode & 0o777 == 0o600
    assert sorted(p.name for p in out.parent.iterdir()) == [out.name]  # no temp file left
    changed = run(cli, "passwd", "--passphrase-stdin", stdin=f"{PASSPHRASE}\n{NEW_PASSPHRASE}\n")
    assert changed.returncode == 0
    later = add(cli, passphrase=NEW_PASSPHRASE)

    # The passphrase of today does not open a backup made before it was set.
    target = tmp_path / "restored"
    refused = _restore(cli, out, target, NEW_PASSPHRASE)
    expect(refused, 3, "wrong passphrase")
    assert not target.exists() or list(target.iterdir()) == []

    restored = _restore(cli, out, target, PASSPHRASE)
    assert restored.returncode == 0, restored.stderr
    assert ids_in(cli, PASSPHRASE, vault_dir=target) == [case_id]  # not the later case
    assert later in ids_in(cli, NEW_PASSPHRASE)


def _restore(cli: Any, backup_file: Path, target: Path, passphrase: str) -> Any:
    return run_raw(
        cli,
        "--vault",
        str(target),
        "restore",
        str(backup_file),
        "--passphrase-stdin",
        stdin=passphrase + "\n",
    )


def test_restore_refuses_a_non_empty_folder_and_a_damaged_backup(
    with_case: Any, tmp_path: Path
) -> None:
    cli, _, _ = with_case
    out = tmp_path / "vault.intake-backup"
    made = run(cli, "backup", "--out", str(out), "--passphrase-stdin", stdin=PASSPHRASE + "\n")
    assert made.returncode == 0, made.stderr

    folder = Path(cli.vault_dir)
    before = snapshot(folder)
    expect(_restore(cli, out, folder, PASSPHRASE), {1, 2}, "not empty")
    assert snapshot(folder) == before
    busy = tmp_path / "busy"
    busy.mkdir()
    (busy / "notes.txt").write_text("mine", encoding="utf-8")
    expect(_restore(cli, out, busy, PASSPHRASE), {1, 2}, "not empty")
    assert sorted(p.name for p in busy.iterdir()) == ["notes.txt"]

    raw = out.read_bytes()
    for offset in (len(raw) // 2, len(raw) - 1):  # inside the database pages; inside the MAC
        damaged = tmp_path / f"damaged-{offset}.intake-backup"
        flipped = bytearray(raw)
        flipped[offset] ^= 0x01
        damaged.write_bytes(bytes(flipped))
        target = tmp_path / f"target-{offset}"
        expect(_restore(cli, damaged, target, PASSPHRASE), 4, "backup file is damaged")
        assert not target.exists() or list(target.iterdir()) == []


def test_verify_reports_ok(with_case: Any) -> None:
    cli, _, _ = with_case
    plain = run(cli, "verify", "--passphrase-stdin", stdin=PASSPHRASE + "\n")
    assert plain.returncode == 0 and "ok" in plain.stdout
    report = json.loads(
        run(cli, "verify", "--json", "--passphrase-stdin", stdin=PASSPHRASE + "\n").stdout
    )
    assert report["ok"] is True and report["cases"] == 1


# -- delete and purge ---------------------------------------------------------------------------


def test_purge_expired_removes_passed_retention_and_withdrawn_consent(
    cli: Any, cli_vault: str
) -> None:
    def with_consent(consent: dict[str, Any]) -> dict[str, Any]:
        return {**EXAMPLE_DOC, "consent": consent}

    past = add(
        cli,
        with_consent(
            {
                "entries": [{"purpose": "recording", "given": "2019-01-01"}],
                "retention_until": "2020-01-01",
            }
        ),
    )
    withdrawn = add(
        cli,
        with_consent(
            {
                "entries": [
                    {"purpose": "recording", "given": "2023-01-01", "withdrawn": "2024-01-01"}
                ],
            }
        ),
    )
    future = add(
        cli,
        with_consent(
            {
                "entries": [{"purpose": "recording", "given": "2024-01-01"}],
                "retention_until": "2199-12-31",
            }
        ),
    )
    plain = add(cli)
    purged = run(cli, "cases", "purge", "--expired", "--passphrase-stdin", stdin=PASSPHRASE + "\n")
    assert purged.returncode == 0, purged.stderr
    assert sorted(json.loads(purged.stdout)["purged"]) == sorted([past, withdrawn])
    assert ids_in(cli) == sorted([future, plain])
    again = run(cli, "cases", "purge", "--expired", "--passphrase-stdin", stdin=PASSPHRASE + "\n")
    assert json.loads(again.stdout) == {"purged": []}


def test_deleted_case_is_gone(with_case: Any) -> None:
    cli, _, case_id = with_case
    deleted = run(cli, "cases", "delete", case_id, "--passphrase-stdin", stdin=PASSPHRASE + "\n")
    assert deleted.returncode == 0, deleted.stderr
    shown = run(
        cli, "cases", "show", case_id, "--json", "--passphrase-stdin", stdin=PASSPHRASE + "\n"
    )
    expect(shown, 1, "no case")
    assert shown.stdout == ""
    expect(run(cli, "cases", "delete", case_id, "--passphrase-stdin", stdin=PASSPHRASE + "\n"), 1)
    assert ids_in(cli) == []
