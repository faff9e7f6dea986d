"""Reading secrets and documents from standard input, and printing results."""

from __future__ import annotations

import getpass
import json
import sys
from typing import Any

from intake_app.errors import UsageError

MAX_STDIN_BYTES = 64 * 1024 * 1024


class Stdin:
    """Standard input read once: leading secret lines, then the rest (e.g. a JSON document)."""

    def __init__(self) -> None:
        self._data: bytes | None = None
        self._offset = 0

    def _load(self) -> bytes:
        if self._data is None:
            self._data = sys.stdin.buffer.read(MAX_STDIN_BYTES + 1)
            if len(self._data) > MAX_STDIN_BYTES:
                raise UsageError("standard input is too large")
        return self._data

    def line(self, what: str) -> str:
        """The next line, without its line ending; UsageError if there is none."""
        data = self._load()
        if self._offset >= len(data):
            raise UsageError(f"expected the {what} on standard input")
        end = data.find(b"\n", self._offset)
        end = len(data) if end < 0 else end
        raw = data[self._offset : end]
        self._offset = end + 1
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            raise UsageError(f"the {what} is not valid UTF-8") from None
        return text.removesuffix("\r")

    def rest(self) -> bytes:
        data = self._load()
        rest = data[self._offset :]
        self._offset = len(data)
        return rest


def read_secret(stdin: Stdin, from_stdin: bool, what: str, prompt: str) -> str:
    """A secret from standard input (`--passphrase-stdin`) or typed at a terminal, never echoed."""
    if from_stdin:
        secret = stdin.line(what)
    elif sys.stdin.isatty():
        secret = getpass.getpass(prompt)
    else:
        raise UsageError(f"no terminal to ask for the {what}: use --passphrase-stdin")
    if not secret:
        raise UsageError(f"the {what} is empty")
    return secret


def print_json(value: Any) -> None:
    sys.stdout.write(json.dumps(value, ensure_ascii=False) + "\n")


def info(message: str) -> None:
    """A progress or status line for people; goes to stderr so stdout stays parseable."""
    sys.stderr.write(message + "\n")
