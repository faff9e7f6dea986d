"""Key slots: the data key wrapped under a passphrase or under the recovery key.

Each slot is AES-256-GCM over the data key with the vault id, the format and
every field of the slot (KDF name and cost, salt, nonce, public keys) bound as
associated data, so a slot moved from another vault or with its cost edited
does not open. The recovery slot is public-key based (X25519): the recovery
key derives a private key, and the header keeps only the public key, so the
data key can be re-wrapped for recovery after `rekey` without asking for the
recovery key again.
"""

from __future__ import annotations

import base64
import json
import os
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from intake_app.errors import VaultDamagedError
from intake_app.vault import recovery_key
from intake_app.vault.kdf import KEY_BYTES, SALT_BYTES, Argon2Params, KdfPolicy, derive_key

FORMAT = "intake-vault/1"
Slot = dict[str, Any]


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def unb64(text: object, what: str) -> bytes:
    if not isinstance(text, str):
        raise VaultDamagedError(f"vault header is damaged: {what} missing")
    try:
        return base64.b64decode(text.encode("ascii"), validate=True)
    except (ValueError, UnicodeEncodeError):
        raise VaultDamagedError(f"vault header is damaged: {what} is not base64") from None


def _hkdf(secret: bytes, salt: bytes, info: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=KEY_BYTES, salt=salt, info=info).derive(secret)


def _associated_data(vault_id: str, slot: Slot) -> bytes:
    bound = {k: v for k, v in slot.items() if k != "wrapped"}
    return json.dumps(
        {"format": FORMAT, "vault_id": vault_id, "slot": bound},
        sort_keys=True,
        separators=(",", ":"),
    ).encode("utf-8")


def _seal(slot: Slot, kek: bytes, data_key: bytes, vault_id: str) -> Slot:
    slot["nonce"] = b64(os.urandom(12))
    nonce = unb64(slot["nonce"], "nonce")
    slot["wrapped"] = b64(AESGCM(kek).encrypt(nonce, data_key, _associated_data(vault_id, slot)))
    return slot


def _open(slot: Slot, kek: bytes, vault_id: str) -> bytes | None:
    nonce = unb64(slot.get("nonce"), "slot nonce")
    wrapped = unb64(slot.get("wrapped"), "wrapped key")
    if len(nonce) != 12:
        raise VaultDamagedError("vault header is damaged: slot nonce has the wrong size")
    try:
        key = AESGCM(kek).decrypt(nonce, wrapped, _associated_data(vault_id, slot))
    except InvalidTag:
        return None
    if len(key) != KEY_BYTES:
        raise VaultDamagedError("vault header is damaged: wrapped key has the wrong size")
    return key


# -- passphrase slots ---------------------------------------------------------------------------


def new_passphrase_kdf(params: Argon2Params) -> dict[str, Any]:
    """KDF description for a new passphrase slot, with a fresh salt."""
    return {"name": "argon2id", **params.to_json(), "salt": b64(os.urandom(SALT_BYTES))}


def passphrase_kek(slot: Slot, passphrase: str, policy: KdfPolicy) -> bytes:
    """Run Argon2id with the slot's own parameters (refusing any below `policy`)."""
    kdf = slot.get("kdf")
    if not isinstance(kdf, dict) or kdf.get("name") != "argon2id":
        raise VaultDamagedError("vault header is damaged: unknown key derivation")
    params = Argon2Params.from_json(kdf)
    return derive_key(passphrase, unb64(kdf.get("salt"), "salt"), params, policy)


def make_passphrase_slot(data_key: bytes, kek: bytes, kdf: dict[str, Any], vault_id: str) -> Slot:
    """Wrap `data_key` under a key-encryption key derived with `kdf`."""
    return _seal({"kind": "passphrase", "kdf": dict(kdf)}, kek, data_key, vault_id)


def open_with_kek(slot: Slot, kek: bytes, vault_id: str) -> bytes | None:
    """The data key, or None when `kek` is not this slot's key."""
    return _open(slot, kek, vault_id)


# -- recovery slots -----------------------------------------------------------------------------


def recovery_private_key(recovery_text: str, salt: bytes) -> X25519PrivateKey:
    seed = _hkdf(recovery_key.secret_bytes(recovery_text), salt, b"intake/recovery-x25519/v1")
    return X25519PrivateKey.from_private_bytes(seed)


def _raw_public(key: X25519PublicKey) -> bytes:
    return key.public_bytes(Encoding.Raw, PublicFormat.Raw)


def _recovery_kek(shared: bytes, ephemeral: bytes, public: bytes) -> bytes:
    return _hkdf(shared, ephemeral + public, b"intake/recovery-wrap/v1")


def new_recovery_kdf(recovery_text: str) -> dict[str, Any]:
    """KDF description (salt and public key) for the recovery slot of a new vault."""
    salt = os.urandom(SALT_BYTES)
    public = _raw_public(recovery_private_key(recovery_text, salt).public_key())
    return {"name": "x25519-hkdf-sha256", "salt": b64(salt), "public_key": b64(public)}


def make_recovery_slot(data_key: bytes, kdf: dict[str, Any], vault_id: str) -> Slot:
    """Wrap `data_key` to the recovery public key; needs no recovery key."""
    public_raw = unb64(kdf.get("public_key"), "recovery public key")
    ephemeral = X25519PrivateKey.generate()
    ephemeral_raw = _raw_public(ephemeral.public_key())
    shared = ephemeral.exchange(X25519PublicKey.from_public_bytes(public_raw))
    slot: Slot = {"kind": "recovery", "kdf": dict(kdf), "ephemeral": b64(ephemeral_raw)}
    return _seal(slot, _recovery_kek(shared, ephemeral_raw, public_raw), data_key, vault_id)


def open_recovery_slot(slot: Slot, recovery_text: str, vault_id: str) -> bytes | None:
    """The data key, or None when `recovery_text` is not this vault's recovery key."""
    kdf = slot.get("kdf")
    if not isinstance(kdf, dict) or kdf.get("name") != "x25519-hkdf-sha256":
        raise VaultDamagedError("vault header is damaged: unknown recovery key scheme")
    private = recovery_private_key(recovery_text, unb64(kdf.get("salt"), "recovery salt"))
    public_raw = unb64(kdf.get("public_key"), "recovery public key")
    if _raw_public(private.public_key()) != public_raw:
        return None
    ephemeral_raw = unb64(slot.get("ephemeral"), "ephemeral key")
    try:
        shared = private.exchange(X25519PublicKey.from_public_bytes(ephemeral_raw))
    except ValueError:
        raise VaultDamagedError("vault header is damaged: bad ephemeral key") from None
    return _open(slot, _recovery_kek(shared, ephemeral_raw, public_raw), vault_id)
