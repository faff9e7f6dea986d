"""`cases add|list|show|search|update|delete|purge` and `demo`."""

from __future__ import annotations

import argparse
import datetime as dt
import time

from intake_app.cases.harassers import Harassers
from intake_app.cases.jsonio import case_to_json, load_case_json
from intake_app.cases.model import Case
from intake_app.cases.store import CaseFilter, CaseStore, CaseSummary
from intake_app.commands.io import Stdin, info, print_json
from intake_app.commands.vault_cmds import unlock
from intake_app.errors import UsageError


def _document(stdin: Stdin, args: argparse.Namespace) -> bytes:
    if not args.json:
        raise UsageError("give --json and the case document on standard input")
    raw = stdin.rest()
    if not raw.strip():
        raise UsageError("expected a case document (JSON) on standard input")
    return raw


def _print_summaries(rows: list[CaseSummary], as_json: bool) -> None:
    if as_json:
        print_json([r.to_json() for r in rows])
        return
    for r in rows:
        flags = ("P" if r.passport_at_risk else "-") + ("N" if r.open_needs else "-")
        print(f"{r.code:<14} {r.pseudonym[:24]:<24} {r.status:<9} {r.updated}  {flags}  {r.id}")


def cmd_add(args: argparse.Namespace, stdin: Stdin) -> int:
    with unlock(args, stdin) as vault:
        case = load_case_json(_document(stdin, args))
        stored = CaseStore(vault).add(case)
    print_json({"id": stored.id, "code": stored.code})
    return 0


def cmd_update(args: argparse.Namespace, stdin: Stdin) -> int:
    with unlock(args, stdin) as vault:
        case = load_case_json(_document(stdin, args))
        case.id = args.id
        CaseStore(vault).update(case)
    print_json({"id": case.id})
    return 0


def _filter(args: argparse.Namespace) -> CaseFilter:
    return CaseFilter(
        status=args.status or "",
        tag=args.tag or "",
        incident_kind=args.incident_kind or "",
        need=args.need or "",
        passport_at_risk=True if args.passport_at_risk else None,
    )


def cmd_list(args: argparse.Namespace, stdin: Stdin) -> int:
    with unlock(args, stdin) as vault:
        rows = CaseStore(vault).list_cases(_filter(args), limit=args.limit, offset=args.offset)
    _print_summaries(rows, args.json)
    return 0


def cmd_search(args: argparse.Namespace, stdin: Stdin) -> int:
    with unlock(args, stdin) as vault:
        rows = CaseStore(vault).search(args.query, limit=args.limit, where=_filter(args))
    _print_summaries(rows, args.json)
    return 0


def cmd_show(args: argparse.Namespace, stdin: Stdin) -> int:
    with unlock(args, stdin) as vault:
        case = CaseStore(vault).get(args.id)
        shared = Harassers(vault).cases_sharing_harassers(args.id)
    doc = case_to_json(case, include_identity=args.include_identity)
    if shared:
        doc["linked_cases"] = shared
    print_json(doc)
    return 0


def cmd_delete(args: argparse.Namespace, stdin: Stdin) -> int:
    with unlock(args, stdin) as vault:
        CaseStore(vault).delete(args.id)
    info("case deleted")
    return 0


def cmd_purge(args: argparse.Namespace, stdin: Stdin) -> int:
    if not args.expired:
        raise UsageError("purge needs --expired")
    with unlock(args, stdin) as vault:
        removed = CaseStore(vault).purge_expired(dt.date.today())
    print_json({"purged": removed})
    return 0


def cmd_demo(args: argparse.Namespace, stdin: Stdin) -> int:
    from intake_app.cases.demo import generate_cases  # only the demo needs the phrase banks

    if args.cases < 1 or args.cases > 1_000_000:
        raise UsageError("--cases must be between 1 and 1,000,000")
    start = time.perf_counter()
    with unlock(args, stdin) as vault:
        store = CaseStore(vault)
        batch: list[Case] = []
        for case in generate_cases(args.cases, args.seed):
            batch.append(case)
            if len(batch) == 2000:
                store.add_many(batch, audit_each=False)
                batch = []
        if batch:
            store.add_many(batch, audit_each=False)
    info(f"{args.cases:,} synthetic cases added in {time.perf_counter() - start:.1f} s")
    return 0
