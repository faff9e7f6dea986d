"""`demo`, `cases update` and filtered listing through the real command line."""

from __future__ import annotations

import json
from typing import Any

from helpers import EXAMPLE, PASSPHRASE

LINE = PASSPHRASE + "\n"


def _ok(result: Any) -> Any:
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    return result


def test_demo_adds_synthetic_cases_that_verify(cli: Any, cli_vault: str) -> None:
    _ok(cli.run("demo", "--cases", "25", "--seed", "3", "--passphrase-stdin", stdin=LINE))
    listed = json.loads(
        _ok(
            cli.run("cases", "list", "--json", "--limit", "100", "--passphrase-stdin", stdin=LINE)
        ).stdout
    )
    assert len(listed) == 25 and len({c["code"] for c in listed}) == 25
    verified = _ok(cli.run("verify", "--json", "--passphrase-stdin", stdin=LINE))
    assert json.loads(verified.stdout)["cases"] == 25
    at_risk = json.loads(
        _ok(
            cli.run(
                "cases", "list", "--passport-at-risk", "--json", "--passphrase-stdin", stdin=LINE
            )
        ).stdout
    )
    assert 0 < len(at_risk) < 25 and all(c["passport_at_risk"] for c in at_risk)


def test_demo_rejects_a_bad_count_with_one_line(cli: Any, cli_vault: str) -> None:
    for count in ("0", "-5", "many"):
        result = cli.run("demo", "--cases", count, "--passphrase-stdin", stdin=LINE)
        assert result.returncode == 2
        assert len(result.stderr.splitlines()) == 1 and "Traceback" not in result.stderr


def test_update_replaces_a_case_and_keeps_its_code(cli: Any, cli_vault: str) -> None:
    added = json.loads(
        _ok(
            cli.run(
                "cases", "add", "--json", "--passphrase-stdin", stdin=LINE + EXAMPLE.read_text()
            )
        ).stdout
    )
    doc = json.loads(EXAMPLE.read_text())
    doc["pseudonym"] = "Harbour"
    doc["needs"] = ["housing"]
    _ok(
        cli.run(
            "cases",
            "update",
            added["id"],
            "--json",
            "--passphrase-stdin",
            stdin=LINE + json.dumps(doc),
        )
    )
    shown = json.loads(
        _ok(
            cli.run("cases", "show", added["id"], "--json", "--passphrase-stdin", stdin=LINE)
        ).stdout
    )
    assert shown["pseudonym"] == "Harbour" and shown["code"] == added["code"]
    assert [n["kind"] for n in shown["needs"]] == ["housing"]
    housing = _ok(
        cli.run("cases", "list", "--need", "housing", "--json", "--passphrase-stdin", stdin=LINE)
    )
    assert [c["id"] for c in json.loads(housing.stdout)] == [added["id"]]
    missing = cli.run(
        "cases",
        "update",
        "00000000-0000-4000-8000-000000000000",
        "--json",
        "--passphrase-stdin",
        stdin=LINE + json.dumps(doc),
    )
    assert missing.returncode == 1 and "no case" in missing.stderr
