"""Process hardening done once at start-up, before any secret exists."""

from __future__ import annotations

import contextlib
import ctypes
import os
import sys


def harden_process() -> None:
    """Private files by default, no core dumps, not debuggable by other processes of the user.

    A core dump or a ptrace attach would expose the data key and case text in
    memory; the file mode mask keeps any file we create (SQLite's -wal/-shm
    included) readable by the owner only.
    """
    os.umask(0o077)
    with contextlib.suppress(ImportError, ValueError, OSError):
        import resource

        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    if sys.platform.startswith("linux"):
        with contextlib.suppress(OSError, AttributeError):
            libc = ctypes.CDLL(None, use_errno=True)
            pr_set_dumpable = 4
            libc.prctl(pr_set_dumpable, 0, 0, 0, 0)
