"""Error types that map one-to-one onto the command line's exit codes.

Every error the user can cause or meet carries a one-line message that is safe
to print: it never contains a passphrase, a key or case data.
"""

from __future__ import annotations


class IntakeError(Exception):
    """Base class: an error with a one-line, printable message."""

    exit_code = 1


class UsageError(IntakeError):
    """The command was called the wrong way."""

    exit_code = 2


class WrongSecretError(IntakeError):
    """A passphrase or recovery key did not unlock the vault."""

    exit_code = 3


class VaultDamagedError(IntakeError):
    """A vault file is damaged or was tampered with; nothing was written."""

    exit_code = 4


class VaultInUseError(IntakeError):
    """Another process has the vault open."""


class VaultNotFoundError(IntakeError):
    """There is no vault at the given place."""


class ValidationError(IntakeError):
    """A case document or field is invalid. `field` names where, message says what."""

    def __init__(self, field: str, problem: str) -> None:
        self.field = field
        self.problem = problem
        super().__init__(f"{field}: {problem}" if field else problem)
