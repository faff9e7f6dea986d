"""Crash-safe file writes: temp file in the same folder, fsync, rename, fsync the folder.

A reader (or the next start after a crash) sees either the old file or the new
one, never a mix; no partial file is left under the final name.
"""

from __future__ import annotations

import contextlib
import os
import secrets
from collections.abc import Iterable
from pathlib import Path

PRIVATE_FILE_MODE = 0o600
PRIVATE_DIR_MODE = 0o700


def fsync_dir(folder: Path) -> None:
    """Make a rename or unlink in `folder` durable (a no-op where the OS has no directory fsync)."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def temp_path_for(target: Path) -> Path:
    """A fresh, hidden temp name beside `target` so the final rename stays on one file system."""
    return target.with_name(f".{target.name}.tmp-{secrets.token_hex(6)}")


def write_atomic(target: Path, chunks: bytes | Iterable[bytes]) -> None:
    """Write `chunks` to `target` atomically with private permissions.

    On any failure (disk full, no permission) the temp file is removed and the
    old `target`, if any, is left as it was.
    """
    parts = [chunks] if isinstance(chunks, bytes) else chunks
    tmp = temp_path_for(target)
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
    try:
        with os.fdopen(fd, "wb") as out:
            for part in parts:
                out.write(part)
            out.flush()
            os.fsync(out.fileno())
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    fsync_dir(target.parent)


def make_private_dir(folder: Path) -> None:
    """Create `folder` (and parents) and make it readable by its owner only."""
    folder.mkdir(parents=True, exist_ok=True, mode=PRIVATE_DIR_MODE)
    if os.name == "posix":
        os.chmod(folder, PRIVATE_DIR_MODE)


def ensure_private_file(path: Path) -> None:
    """Create `path` empty with mode 0600 if absent, and make it 0600 if present.

    SQLite creates its database (and gives its -wal and -shm files the same
    mode) with the process umask; creating it first keeps it private even
    for callers that never set one.
    """
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE_MODE)
        os.close(fd)
    except FileExistsError:
        if os.name == "posix":
            os.chmod(path, PRIVATE_FILE_MODE)
