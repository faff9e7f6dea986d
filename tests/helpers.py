"""Constants shared by tests (import as `from helpers import ...`)."""

from __future__ import annotations

from pathlib import Path

from intake_app.vault.kdf import Argon2Params, KdfPolicy

PASSPHRASE = "correct horse battery staple"
# Cheap parameters only tests may use: the production policy refuses them.
TEST_POLICY = KdfPolicy(min_memory_kib=8, min_iterations=1)
CHEAP = Argon2Params(memory_kib=8, iterations=1, lanes=1)
# The production floor: what a vault opened by the real CLI in a subprocess must have.
FLOOR = Argon2Params(memory_kib=19 * 1024, iterations=2, lanes=1)
EXAMPLE = Path(__file__).parent / "data" / "case-example.json"
