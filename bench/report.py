"""Print the Markdown table for docs/BENCHMARKS.md from bench/results/core.json."""

from __future__ import annotations

import json
import sys
from pathlib import Path


def main() -> None:
    path = Path(sys.argv[1] if len(sys.argv) > 1 else "bench/results/core.json")
    r = json.loads(path.read_text("utf-8"))
    unlock, demo = r["unlock"], r["demo_cli"]
    kdf = unlock["kdf"]
    rows = [
        (
            "Unlock at the default KDF",
            f"Argon2id {kdf['memory_kib'] // 1024} MiB, t={kdf['iterations']}, "
            f"{kdf['lanes']} lanes: median {unlock['median_ms']:.0f} ms",
            "0.5–1 s",
        ),
        (
            "`demo --cases 100000` (whole command)",
            f"{demo['seconds']} s, vault {demo['vault_mb']} MB",
            "< 120 s",
        ),
    ]
    for entry in r["search"]:
        n, enc, plain = entry["cases"], entry["sqlcipher"], entry["plain"]
        rows.append(
            (
                f"Search at {n:,} cases (median / p95 / worst query median)",
                f"{enc['search']['median_ms']} / {enc['search']['p95_ms']} / "
                f"{enc['worst_query_median_ms']} ms",
                "≤ 50 ms at 100k",
            )
        )
        rows.append(
            (
                f"SQLCipher ÷ plain SQLite at {n:,} cases",
                f"search {entry['overhead_search']}×, inserts {entry['overhead_insert']}× "
                f"({enc['insert_s']} s vs {plain['insert_s']} s)",
                "≤ 1.5×",
            )
        )
        if "sqlcipher_no_memsec" in entry:
            bare = entry["sqlcipher_no_memsec"]
            search_ratio = round(bare["search"]["median_ms"] / plain["search"]["median_ms"], 2)
            rows.append(
                (
                    f"SQLCipher without memory security ÷ plain at {n:,} cases",
                    f"search {search_ratio}×, inserts "
                    f"{round(bare['insert_s'] / plain['insert_s'], 2)}× "
                    f"(search median {bare['search']['median_ms']} ms)",
                    "attribution only",
                )
            )
        if "reopen" in entry:
            ro = entry["reopen"]
            rows.append(
                (
                    f"Unlock a {n:,}-case vault ({ro['vault_mb']} MB, floor KDF)",
                    f"{ro['open_checked_s']} s with every page checked, "
                    f"{ro['open_unchecked_s']} s without",
                    "—",
                )
            )
    print(f"Machine: {r['machine']}\n")
    print("| benchmark | result | goal |\n| --- | --- | --- |")
    for name, result, goal in rows:
        print(f"| {name} | {result} | {goal} |")


if __name__ == "__main__":
    main()
