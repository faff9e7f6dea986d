"""`init`, `verify`, `backup`, `restore`, `passwd`, `rekey`."""

from __future__ import annotations

import argparse
from pathlib import Path

from intake_app.commands.io import Stdin, info, print_json, read_secret
from intake_app.errors import UsageError, VaultDamagedError
from intake_app.paths import default_vault_dir
from intake_app.vault import backup, maintenance
from intake_app.vault.vault import Vault, VaultOptions, check_new_passphrase


def vault_folder(args: argparse.Namespace) -> Path:
    return Path(args.vault).expanduser() if args.vault else default_vault_dir()


def unlock(args: argparse.Namespace, stdin: Stdin, options: VaultOptions | None = None) -> Vault:
    """Open the vault named by `--vault`/`INTAKE_VAULT` with the passphrase."""
    passphrase = read_secret(stdin, args.passphrase_stdin, "passphrase", "Passphrase: ")
    return Vault.open(vault_folder(args), passphrase, options or VaultOptions())


def cmd_init(args: argparse.Namespace, stdin: Stdin) -> int:
    folder = vault_folder(args)
    passphrase = read_secret(stdin, args.passphrase_stdin, "passphrase", "New passphrase: ")
    if not args.passphrase_stdin:
        again = read_secret(stdin, False, "passphrase", "Repeat the passphrase: ")
        if again != passphrase:
            raise UsageError("the two passphrases differ")
    # Refuse before the progress line: an error must be the only line on stderr.
    check_new_passphrase(passphrase)
    Vault.check_new_folder(folder)
    info("Measuring this machine to set the key-derivation cost ...")
    vault, recovery = Vault.create(folder, passphrase, VaultOptions())
    vault.close()
    info(f"Vault created in {folder}")
    print("Recovery key (shown only this once; write it down and keep it away from this laptop):")
    print(recovery)
    return 0


def cmd_verify(args: argparse.Namespace, stdin: Stdin) -> int:
    with unlock(args, stdin) as vault:
        report = maintenance.verify(vault)
        if not report.ok:
            raise VaultDamagedError("vault failed verification: " + "; ".join(report.problems[:3]))
        if args.json:
            print_json(
                {
                    "ok": True,
                    "cases": report.cases,
                    "audit_entries": report.audit_entries,
                    "schema_version": report.schema_version,
                }
            )
        else:
            print(
                f"vault ok: {report.cases} cases, {report.audit_entries} audit entries, "
                f"schema version {report.schema_version}"
            )
    return 0


def cmd_backup(args: argparse.Namespace, stdin: Stdin) -> int:
    out = Path(args.out).expanduser()
    with unlock(args, stdin) as vault:
        size = backup.backup(vault, out)
    info(f"backup written to {out} ({size:,} bytes); it opens with the current passphrase")
    return 0


def cmd_restore(args: argparse.Namespace, stdin: Stdin) -> int:
    folder = vault_folder(args)
    passphrase = read_secret(stdin, args.passphrase_stdin, "passphrase", "Backup passphrase: ")
    vault = backup.restore(Path(args.file).expanduser(), folder, passphrase, VaultOptions())
    vault.close()
    info(f"vault restored into {folder}")
    return 0


def cmd_passwd(args: argparse.Namespace, stdin: Stdin) -> int:
    folder = vault_folder(args)
    if args.recovery_stdin:
        recovery = stdin.line("recovery key")
        new = stdin.line("new passphrase")
        vault = Vault.recover(folder, recovery, new, VaultOptions())
        vault.close()
        info("passphrase set with the recovery key")
        return 0
    current = read_secret(stdin, args.passphrase_stdin, "passphrase", "Current passphrase: ")
    new = read_secret(stdin, args.passphrase_stdin, "new passphrase", "New passphrase: ")
    check_new_passphrase(new)  # a usage error: refuse before unlocking (and writing) anything
    with Vault.open(folder, current, VaultOptions()) as vault:
        vault.change_passphrase(new)
    info("passphrase changed")
    return 0


def cmd_rekey(args: argparse.Namespace, stdin: Stdin) -> int:
    passphrase = read_secret(stdin, args.passphrase_stdin, "passphrase", "Passphrase: ")
    with Vault.open(vault_folder(args), passphrase, VaultOptions()) as vault:
        maintenance.rekey(vault, passphrase)
    info("vault re-encrypted under a new data key; passphrase and recovery key unchanged")
    return 0
