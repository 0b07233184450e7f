"""End-to-end encryption of a team database (`sync --encrypt`, docs/user/sync.md "Encrypted databases").

As obsidian-livesync does over CouchDB: the database holds one parameters document that is not secret (KDF and
its salt, a key check, the format); every other document's body and every file is AES-256-GCM ciphertext made
here, and the server replicates ciphertext like any document. Keys: Argon2id(passphrase, per-database salt) is
the master key; HKDF-SHA256 derives from it one key per use (content, ids, revisions), so no key serves two.

- Document ids on the server are HMAC-SHA256(id key, real id): stable (every analyst computes the same one, so
  revisions meet), opaque (no kind, no object id), and checked against the id inside the ciphertext.
- The associated data binds each ciphertext to its server id and revision: a server cannot move a body to
  another document, or replay an old body as a new revision (revisions travel unchanged through replication).
- Plaintext is padded to a size bucket before encryption, so sizes say less (what still leaks: the doc).

`cryptography` is imported here only, and this module only when a database is encrypted: start-up never pays.
"""

import base64
import hashlib
import hmac
import os
from dataclasses import dataclass, field
from typing import Any

from app.domain.errors import SourcemarkError

PARAMS_ID = "sourcemark:e2ee"  # the parameters document (not secret); its id names no project object
FORMAT = 1
CIPHER = "AES-256-GCM"
KDF = {"name": "argon2id", "memory_kib": 64 * 1024, "iterations": 3, "lanes": 4}  # ~0.5 s on one laptop core
_KDF_BOUNDS = {"memory_kib": (19 * 1024, 1 << 20), "iterations": (2, 10), "lanes": (1, 16)}  # a server picks none
_CHECK = b"sourcemark end-to-end encryption key check"
_AD = b"sourcemark-e2ee-1"
NONCE = 12  # 96-bit random nonces: a key encrypts far fewer than 2^32 messages of a team's project
MIN_PASSPHRASE = 8


class WrongPassphrase(SourcemarkError):
    """The passphrase does not open this database (its key check does not decrypt)."""


class Undecryptable(ValueError):
    """A server document that is not ciphertext of this database's key, or was altered (the reason is the text)."""


@dataclass(frozen=True)
class Keys:
    content: bytes = field(repr=False)  # AES-256-GCM (repr=False: no key in a traceback or a log)
    ids: bytes = field(repr=False)  # HMAC-SHA256 of real ids -> server ids
    revs: bytes = field(repr=False)  # keys the deterministic revision hashes, which otherwise hash the plaintext

    def server_id(self, real_id: str) -> str:
        return hmac.new(self.ids, real_id.encode(), hashlib.sha256).hexdigest()[:32]

    def seal(self, data: bytes, ad: bytes) -> str:
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM

        nonce = os.urandom(NONCE)
        return base64.b64encode(nonce + AESGCM(self.content).encrypt(nonce, pad(data), _AD + ad)).decode("ascii")

    def open(self, text: Any, ad: bytes) -> bytes:
        from cryptography.exceptions import InvalidTag
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM

        try:
            raw = base64.b64decode(text, validate=True) if isinstance(text, str) else b""
        except ValueError:
            raw = b""
        if len(raw) < NONCE + 16:
            raise Undecryptable("it is not encrypted (this database is end-to-end encrypted)")
        try:
            return unpad(AESGCM(self.content).decrypt(raw[:NONCE], raw[NONCE:], _AD + ad))
        except InvalidTag:
            raise Undecryptable("it does not decrypt with this database's key (altered on the server?)") from None


def bucket(size: int) -> int:
    """The padded size: a power of two from 256 bytes to 1 MiB, then whole MiB (at most 1/n more for n MiB)."""
    if size <= 256:
        return 256
    if size <= 1 << 20:
        return 1 << (size - 1).bit_length()
    return -(-size // (1 << 20)) << 20


def pad(data: bytes) -> bytes:
    framed = len(data).to_bytes(8, "big") + data
    return framed + bytes(bucket(len(framed)) - len(framed))


def unpad(data: bytes) -> bytes:
    size = int.from_bytes(data[:8], "big")
    if size > len(data) - 8:
        raise Undecryptable("its padding is damaged")
    return data[8:8 + size]


def derive(passphrase: str, params: dict[str, Any]) -> Keys:
    """The keys of a database from its parameters document and the passphrase; WrongPassphrase if they do not fit."""
    keys = _keys(passphrase, params)
    try:
        ok = keys.open(params.get("check"), b"check") == _CHECK
    except Undecryptable:
        ok = False
    if not ok:
        raise WrongPassphrase("wrong passphrase for this end-to-end encrypted database; nothing was changed")
    return keys


def new_params(passphrase: str) -> tuple[dict[str, Any], Keys]:
    """A new database's parameters document (random salt, the key check) and its keys."""
    params: dict[str, Any] = {"format": FORMAT, "cipher": CIPHER, "ids": "HMAC-SHA256",
                              "kdf": {**KDF, "salt": base64.b64encode(os.urandom(16)).decode("ascii")}}
    keys = _keys(passphrase, params)
    params["check"] = keys.seal(_CHECK, b"check")
    return params, keys


def _keys(passphrase: str, params: dict[str, Any]) -> Keys:
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.kdf.argon2 import Argon2id
    from cryptography.hazmat.primitives.kdf.hkdf import HKDF

    salt, kdf = _checked(params)
    master = Argon2id(salt=salt, length=32, iterations=kdf["iterations"], lanes=kdf["lanes"],
                      memory_cost=kdf["memory_kib"]).derive(passphrase.encode())
    return Keys(*(HKDF(algorithm=hashes.SHA256(), length=32, salt=None,
                       info=f"sourcemark e2ee v1 {use}".encode()).derive(master) for use in ("content", "ids", "revisions")))


def _checked(params: dict[str, Any]) -> tuple[bytes, dict[str, int]]:
    """The salt and KDF costs of a parameters document, refused if a server could have made them unsafe or huge."""
    kdf = params.get("kdf")
    if params.get("format") != FORMAT or params.get("cipher") != CIPHER or not isinstance(kdf, dict) \
            or kdf.get("name") != "argon2id":
        raise SourcemarkError("this database is encrypted in a format this version of Sourcemark does not read")
    costs = {}
    for name, (low, high) in _KDF_BOUNDS.items():
        value = kdf.get(name)
        if not isinstance(value, int) or isinstance(value, bool) or not low <= value <= high:
            raise SourcemarkError(f"this database's encryption parameters are damaged ({name})")
        costs[name] = value
    try:
        salt = base64.b64decode(str(kdf.get("salt")), validate=True)
    except ValueError:
        salt = b""
    if len(salt) < 16:
        raise SourcemarkError("this database's encryption parameters are damaged (salt)")
    return salt, costs
