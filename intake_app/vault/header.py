"""The vault header: key slots plus an HMAC over the whole header.

The header is JSON so an administrator can read what protects a vault (never
a secret: only salts, costs, nonces and wrapped keys). The MAC key derives
from the data key, so the header can only be checked after a slot opened;
then any edit (a lowered cost, a swapped slot, a changed id) is detected.
"""

from __future__ import annotations

import hmac
import json
import uuid
from dataclasses import dataclass, field
from hashlib import sha256
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from intake_app.errors import VaultDamagedError
from intake_app.vault.atomic import write_atomic
from intake_app.vault.keyslots import FORMAT, Slot, b64, unb64

MAX_HEADER_BYTES = 64 * 1024


def subkey(data_key: bytes, purpose: str) -> bytes:
    """A key for one purpose (header MAC, backup MAC...) derived from the data key."""
    info = f"intake/{purpose}/v1".encode()
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=info).derive(data_key)


@dataclass(slots=True)
class Header:
    vault_id: str
    created: str
    slots: list[Slot]
    # During `rekey`: slots for the next data key, kept until the new database is in place.
    pending: list[Slot] | None = None
    mac: str = field(default="", compare=False)

    def body(self) -> dict[str, Any]:
        return {
            "format": FORMAT,
            "vault_id": self.vault_id,
            "created": self.created,
            "slots": self.slots,
            "pending": self.pending,
        }

    def _compute_mac(self, data_key: bytes) -> str:
        message = json.dumps(self.body(), sort_keys=True, separators=(",", ":")).encode()
        return b64(hmac.new(subkey(data_key, "header-mac"), message, sha256).digest())

    def seal(self, data_key: bytes) -> None:
        self.mac = self._compute_mac(data_key)

    def verify(self, data_key: bytes) -> None:
        """Raise VaultDamagedError unless the MAC matches under `data_key`."""
        expected = unb64(self._compute_mac(data_key), "mac")
        if not hmac.compare_digest(expected, unb64(self.mac, "header MAC")):
            raise VaultDamagedError("vault header was tampered with: its authentication failed")

    def slots_of(self, kind: str, pending: bool = False) -> list[Slot]:
        source = (self.pending or []) if pending else self.slots
        return [s for s in source if s.get("kind") == kind]

    def to_bytes(self) -> bytes:
        return (
            json.dumps({**self.body(), "mac": self.mac}, indent=1, sort_keys=True) + "\n"
        ).encode()

    @classmethod
    def from_bytes(cls, raw: bytes) -> Header:
        """Parse and check the shape; VaultDamagedError with one line on anything odd."""
        if len(raw) > MAX_HEADER_BYTES:
            raise VaultDamagedError("vault header is damaged: it is too large")
        try:
            data = json.loads(raw.decode("utf-8"))
        except (UnicodeDecodeError, ValueError):
            raise VaultDamagedError("vault header is damaged: it is not valid JSON") from None
        if not isinstance(data, dict) or data.get("format") != FORMAT:
            raise VaultDamagedError("vault header is damaged or of an unknown format")
        if set(data) != {"format", "vault_id", "created", "slots", "pending", "mac"}:
            raise VaultDamagedError("vault header is damaged: unexpected fields")
        vault_id, created, mac = data["vault_id"], data["created"], data["mac"]
        if not all(isinstance(v, str) for v in (vault_id, created, mac)):
            raise VaultDamagedError("vault header is damaged: fields of the wrong type")
        try:
            uuid.UUID(vault_id)
        except ValueError:
            raise VaultDamagedError("vault header is damaged: bad vault id") from None
        slots = _slot_list(data["slots"])
        pending = None if data["pending"] is None else _slot_list(data["pending"])
        header = cls(vault_id, created, slots, pending, mac)
        if not header.slots_of("passphrase"):
            raise VaultDamagedError("vault header is damaged: no passphrase slot")
        return header

    @classmethod
    def read(cls, path: Path) -> Header:
        try:
            raw = path.read_bytes()
        except FileNotFoundError:
            raise VaultDamagedError("vault header is missing") from None
        return cls.from_bytes(raw)

    def write(self, path: Path) -> None:
        write_atomic(path, self.to_bytes())


def _slot_list(value: object) -> list[Slot]:
    if not isinstance(value, list) or not value or len(value) > 16:
        raise VaultDamagedError("vault header is damaged: bad key slot list")
    for slot in value:
        if not isinstance(slot, dict) or slot.get("kind") not in {"passphrase", "recovery"}:
            raise VaultDamagedError("vault header is damaged: bad key slot")
    return value
