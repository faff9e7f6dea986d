"""Core benchmarks: unlock at the default KDF, adding 100,000 cases, search latency.

Each search figure is the command's own work (`CaseStore.search`), measured on an
open vault, at 1k, 10k and 100k demo cases; the same workload on plain SQLite
gives SQLCipher's overhead. Run: `.venv/bin/python bench/bench_core.py [--sizes 1000,10000,100000]`.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from common import (
    PASSPHRASE,
    close,
    encrypted_vault,
    fill,
    machine,
    plain_vault,
    summary_ms,
    timings,
    without_memory_security,
)

from intake_app.cases.demo import generate_cases
from intake_app.cases.store import CaseStore
from intake_app.vault.vault import Vault, VaultOptions

QUERIES = [
    "followed",
    "passport renewal",
    "Toronto rally",
    "警察",
    "跟蹤",
    "collusion foreign forces",
    "doxxing",
    "Kestrel",
    "C-2026-00042",
    "nothinglikethis",
]


def bench_unlock(root: Path) -> dict[str, object]:
    opts = VaultOptions(state_dir=root / "state")
    vault, _ = Vault.create(root / "unlock", PASSPHRASE, opts)  # calibrated default cost
    params = vault.header.slots_of("passphrase")[0]["kdf"]
    vault.close()

    def unlock() -> None:
        Vault.open(root / "unlock", PASSPHRASE, opts).close()

    unlock()  # warm the page cache
    samples = timings(unlock, 5)
    return {
        "kdf": {k: params[k] for k in ("memory_kib", "iterations", "lanes")},
        **summary_ms(samples),
    }


def bench_demo_cli(root: Path, count: int) -> dict[str, object]:
    """`intake-app demo --cases N` end to end, as a person would run it."""
    vault = encrypted_vault(root / "cli", root / "state")
    vault.close()
    start = time.perf_counter()
    subprocess.run(
        [
            sys.executable,
            "-m",
            "intake_app",
            "--vault",
            str(root / "cli"),
            "demo",
            "--cases",
            str(count),
            "--passphrase-stdin",
        ],
        input=(PASSPHRASE + "\n").encode(),
        check=True,
        capture_output=True,
        env={"XDG_STATE_HOME": str(root / "state"), "PATH": "/usr/bin:/bin"},
    )
    seconds = time.perf_counter() - start
    size = sum(p.stat().st_size for p in (root / "cli").iterdir())
    shutil.rmtree(root / "cli")
    return {"cases": count, "seconds": round(seconds, 1), "vault_mb": round(size / 2**20, 1)}


def _reopen(folder: Path, state: Path) -> dict[str, float]:
    """Unlock (production-floor KDF) with and without checking every page's HMAC."""
    out: dict[str, float] = {"vault_mb": round((folder / "vault.db").stat().st_size / 2**20, 1)}
    for label, check in (("open_checked_s", True), ("open_unchecked_s", False)):
        opts = VaultOptions(kdf_params=None, state_dir=state, check_pages_on_open=check)
        start = time.perf_counter()
        Vault.open(folder, PASSPHRASE, opts).close()
        out[label] = round(time.perf_counter() - start, 3)
    return out


def _query_samples(store: CaseStore, query: str) -> list[float]:
    return timings(lambda: store.search(query, limit=100), 10)


def _measure(kind: str, root: Path, size: int) -> dict[str, object]:
    """Fill a vault of `kind` with `size` demo cases, then time the queries."""
    make = plain_vault if kind == "plain" else encrypted_vault
    if kind == "sqlcipher-no-memsec":
        without_memory_security()
    folder = root / f"{kind}-{size}"
    vault = make(folder, root / "state")
    start = time.perf_counter()
    fill(vault, generate_cases(size, seed=7))
    insert_s = time.perf_counter() - start
    store = CaseStore(vault)
    for query in QUERIES:  # warm the cache once, as an open vault would be
        store.search(query)
    each = {q: _query_samples(store, q) for q in QUERIES}
    per_query = [s for samples in each.values() for s in samples]
    result: dict[str, object] = {
        "insert_s": round(insert_s, 2),
        "search": summary_ms(per_query),
        "worst_query_median_ms": max(summary_ms(v)["median_ms"] for v in each.values()),
        "per_query_ms": {q: summary_ms(v)["median_ms"] for q, v in each.items()},
    }
    close(vault)
    if kind == "sqlcipher":
        result["reopen"] = _reopen(folder, root / "state")
    shutil.rmtree(folder)
    return result


_FRESH = ("plain", "sqlcipher-no-memsec")


def _in_fresh_process(kind: str, root: Path, size: int) -> dict[str, object]:
    run = subprocess.run(
        [sys.executable, __file__, "--only", kind, "--sizes", str(size), "--root", str(root)],
        check=True,
        capture_output=True,
        text=True,
    )
    result: dict[str, object] = json.loads(run.stdout.strip().splitlines()[-1])
    result.pop("reopen", None)
    return result


def bench_search(root: Path, size: int) -> dict[str, object]:
    """SQLCipher in this process; plain SQLite in a fresh one.

    `cipher_memory_security` is process-wide and cannot be turned off once on,
    so a plain baseline in this process would pay for it too.
    """
    enc = _measure("sqlcipher", root, size)
    plain, no_memsec = (_in_fresh_process(kind, root, size) for kind in _FRESH)
    enc_search = enc["search"]
    plain_search = plain["search"]
    assert isinstance(enc_search, dict) and isinstance(plain_search, dict)
    return {
        "cases": size,
        "sqlcipher": enc,
        "plain": plain,
        "reopen": enc.pop("reopen"),
        "sqlcipher_no_memsec": no_memsec,
        "overhead_insert": round(float(enc["insert_s"]) / float(plain["insert_s"]), 2),
        "overhead_search": round(enc_search["median_ms"] / max(plain_search["median_ms"], 1e-3), 2),
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", default="1000,10000,100000")
    parser.add_argument("--demo-cases", type=int, default=100_000)
    parser.add_argument("--out", default="bench/results/core.json")
    parser.add_argument("--only", choices=_FRESH, help=argparse.SUPPRESS)
    parser.add_argument("--root", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.only:
        print(json.dumps(_measure(args.only, Path(args.root), int(args.sizes))))
        return
    results: dict[str, object] = {"machine": machine()}
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        results["unlock"] = bench_unlock(root)
        print("unlock", results["unlock"], flush=True)
        results["demo_cli"] = bench_demo_cli(root, args.demo_cases)
        print("demo", results["demo_cli"], flush=True)
        results["search"] = []
        for size in (int(s) for s in args.sizes.split(",")):
            entry = bench_search(root, size)
            results["search"].append(entry)  # type: ignore[union-attr]
            print("search", json.dumps(entry), flush=True)
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(results, indent=2, ensure_ascii=False))
    print(f"written {out}")


if __name__ == "__main__":
    main()
