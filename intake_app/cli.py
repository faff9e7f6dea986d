"""The `intake-app` command: the contract in PRODUCT.md ("Command-line contract").

Exit codes: 0 success, 1 error, 2 usage, 3 wrong passphrase or recovery key,
4 damaged or tampered vault. Every error is one line on stderr; no traceback
ever reaches the user (set INTAKE_DEBUG=1 to see one while developing).
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Sequence
from typing import NoReturn

from intake_app import __version__
from intake_app.commands import case_cmds, vault_cmds
from intake_app.commands.io import Stdin
from intake_app.errors import IntakeError, UsageError
from intake_app.hardening import harden_process

PROG = "intake-app"
Handler = Callable[[argparse.Namespace, Stdin], int]


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise UsageError(f"{message} (see '{self.prog} --help')")


def _secret_flag(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--passphrase-stdin",
        action="store_true",
        help="read the passphrase from the first line of standard input",
    )


def _filters(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--status", help="only cases with this status")
    parser.add_argument("--tag", help="only cases with this tag")
    parser.add_argument("--incident-kind", help="only cases with an incident of this kind")
    parser.add_argument("--need", help="only cases with this open need")
    parser.add_argument("--passport-at-risk", action="store_true", help="only cases flagged")
    parser.add_argument("--limit", type=int, default=100, help="at most this many (default 100)")
    parser.add_argument("--json", action="store_true", help="print a JSON array")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog=PROG, description="Intake: secure, offline case intake.")
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    parser.add_argument(
        "--vault", metavar="DIR", help="vault folder (default: INTAKE_VAULT or app data)"
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    def command(name: str, handler: Handler, help_text: str) -> argparse.ArgumentParser:
        sub = commands.add_parser(name, help=help_text, description=help_text)
        sub.set_defaults(handler=handler)
        return sub

    _secret_flag(
        command("init", vault_cmds.cmd_init, "create a vault; prints the recovery key once")
    )
    verify = command("verify", vault_cmds.cmd_verify, "check encryption, integrity and audit log")
    verify.add_argument("--json", action="store_true")
    _secret_flag(verify)
    backup = command("backup", vault_cmds.cmd_backup, "write an encrypted backup file")
    backup.add_argument("--out", required=True, metavar="FILE")
    _secret_flag(backup)
    restore = command("restore", vault_cmds.cmd_restore, "restore a backup into an empty --vault")
    restore.add_argument("file", metavar="FILE")
    _secret_flag(restore)
    passwd = command("passwd", vault_cmds.cmd_passwd, "change the passphrase")
    passwd.add_argument(
        "--recovery-stdin",
        action="store_true",
        help="recovery key on line 1 and the new passphrase on line 2 of standard input",
    )
    _secret_flag(passwd)
    _secret_flag(command("rekey", vault_cmds.cmd_rekey, "re-encrypt under a new data key"))
    demo = command("demo", case_cmds.cmd_demo, "add realistic synthetic cases (fake identities)")
    demo.add_argument("--cases", type=int, required=True, metavar="N")
    demo.add_argument("--seed", type=int, default=0, metavar="S")
    _secret_flag(demo)

    cases = commands.add_parser("cases", help="add, list, show, search, update and delete cases")
    actions = cases.add_subparsers(dest="action", metavar="ACTION", parser_class=_Parser)
    actions.required = True

    def action(name: str, handler: Handler, help_text: str) -> argparse.ArgumentParser:
        sub = actions.add_parser(name, help=help_text, description=help_text)
        sub.set_defaults(handler=handler)
        _secret_flag(sub)
        return sub

    add = action("add", case_cmds.cmd_add, "add a case from JSON after the passphrase line")
    add.add_argument("--json", action="store_true", required=True)
    update = action("update", case_cmds.cmd_update, "replace a case with the JSON on stdin")
    update.add_argument("id")
    update.add_argument("--json", action="store_true", required=True)
    listing = action("list", case_cmds.cmd_list, "list case summaries (never identity)")
    _filters(listing)
    listing.add_argument("--offset", type=int, default=0)
    search = action("search", case_cmds.cmd_search, "full-text search (never identity)")
    search.add_argument("query")
    _filters(search)
    show = action("show", case_cmds.cmd_show, "print one case as JSON")
    show.add_argument("id")
    show.add_argument("--json", action="store_true")
    show.add_argument(
        "--include-identity", action="store_true", help="include the identity section"
    )
    delete = action("delete", case_cmds.cmd_delete, "delete a case and every trace of it")
    delete.add_argument("id")
    purge = action("purge", case_cmds.cmd_purge, "delete cases past retention or consent")
    purge.add_argument("--expired", action="store_true")
    return parser


def run(argv: Sequence[str]) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    handler: Handler | None = getattr(args, "handler", None)
    if handler is None:
        from intake_app.gui.app import run as run_gui  # no Qt import for command-line use

        return run_gui([sys.argv[0], *argv] if argv else [sys.argv[0]])
    return handler(args, Stdin())


def main(argv: Sequence[str] | None = None) -> int:
    harden_process()
    if hasattr(sys.stdout, "reconfigure"):
        sys.stdout.reconfigure(encoding="utf-8")
    try:
        return run(sys.argv[1:] if argv is None else argv)
    except IntakeError as error:
        _fail(str(error))
        return error.exit_code
    except KeyboardInterrupt:
        _fail("interrupted")
        return 130
    except BrokenPipeError:
        return 1
    except Exception as error:  # the last line of defence: one line, no traceback
        if os.environ.get("INTAKE_DEBUG"):
            raise
        _fail(f"unexpected error ({type(error).__name__}); nothing more was written")
        return 1


def _fail(message: str) -> None:
    sys.stderr.write(f"{PROG}: {message.splitlines()[0] if message else 'error'}\n")
