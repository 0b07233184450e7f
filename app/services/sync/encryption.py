"""Whether a team database is end-to-end encrypted, and its keys (docs/user/sync.md, "Encrypted databases").

Every sync and clone reads the database's parameters document first. None and no `--encrypt`: a plain
database, synced as before. One: the passphrase is needed (environment, keyring, else the caller's prompt),
whether or not `--encrypt` was given, so nothing is ever pushed in plaintext into an encrypted database;
and a project that synced encrypted with a URL refuses to go on in plaintext when the document is gone.
`--encrypt` on an empty database creates it; on one that holds plain documents it is refused.

The derived keys are kept in this process's memory for the session (Argon2id takes ~0.5 s on purpose, and the
GUI syncs on a timer); the passphrase itself is never written anywhere.
"""

from collections.abc import Callable
from typing import Any

from app.domain.errors import DomainError
from app.net.couch import CouchClient, SyncError, stored_passphrase
from app.net.couch_crypto import MIN_PASSPHRASE, PARAMS_ID, Keys, derive, new_params  # (cryptography: lazily)
from app.net.couch_encrypted import EncryptedClient

Passphrase = Callable[[str, bool], str | None]
"""(database URL, new database?) -> the passphrase, or None (not given / cancelled). For a new database the
caller asks twice and compares (the CLI; the GUI's set-up dialog)."""

_keys: dict[tuple[str, str], Keys] = {}  # (database URL, salt) -> Keys, for this process only


def open_client(client: CouchClient, *, encrypt: bool, known_salt: str,
                passphrase: Passphrase | None) -> tuple[CouchClient, str]:
    """The client to sync through (encrypting, if the database is) and the database's salt ("" if plain).
    `known_salt`: what the project remembers of this URL (non-empty: it was encrypted when last synced)."""
    params = client.get(PARAMS_ID)
    url = client.remote.url
    if params is None:
        if known_salt:
            raise SyncError(f"{url} was end-to-end encrypted when this project last synced with it, and its encryption "
                            "parameters are gone from the server; nothing was sent (to start again, use --encrypt "
                            "with a new, empty database)")
        if not encrypt:
            return client, ""
        return _create(client, passphrase)
    return _unlock(client, params, passphrase)


class PassphraseNeeded(SyncError):
    """The database is encrypted and no passphrase was given (the GUI asks, on its own thread, then syncs again)."""

    def __init__(self, url: str) -> None:
        super().__init__(f"{url} is end-to-end encrypted: its passphrase is needed (at the prompt, or "
                         "SOURCEMARK_SYNC_PASSPHRASE); nothing was sent")
        self.url = url


def forget() -> None:
    """Drop the keys kept for this session (tests; a user who locks the app)."""
    _keys.clear()


def _unlock(client: CouchClient, params: dict[str, Any], passphrase: Passphrase | None) -> tuple[CouchClient, str]:
    kdf = params.get("kdf")
    salt = str(kdf.get("salt")) if isinstance(kdf, dict) else ""
    keys = _keys.get((client.remote.url, salt))
    if keys is None:
        keys = derive(_ask(passphrase, client.remote.url, new=False), params)
        _keys[(client.remote.url, salt)] = keys
    return EncryptedClient(client, keys), salt


def _create(client: CouchClient, passphrase: Passphrase | None) -> tuple[CouchClient, str]:
    url = client.remote.url
    info = client.info()
    if info is not None and (_count(info, "doc_count") or _count(info, "doc_del_count")):
        raise SyncError(f"{url} already holds documents that are not encrypted; --encrypt needs a new, empty "
                        "database (nothing was sent)")
    phrase = _ask(passphrase, url, new=True)
    if len(phrase) < MIN_PASSPHRASE:
        raise DomainError(f"the passphrase must have at least {MIN_PASSPHRASE} characters; nothing was sent")
    params, keys = new_params(phrase)
    client.ensure_database(create=True)
    if not client.create_doc(PARAMS_ID, params):  # another analyst set it up a moment ago: theirs holds
        return _unlock(client, client.get(PARAMS_ID) or {}, lambda u, new: phrase)
    salt = params["kdf"]["salt"]
    _keys[(url, salt)] = keys
    return EncryptedClient(client, keys), salt


def _ask(passphrase: Passphrase | None, url: str, *, new: bool) -> str:
    phrase = stored_passphrase(url) or (passphrase(url, new) if passphrase is not None else None)
    if not phrase and not new:
        raise PassphraseNeeded(url)
    if not phrase:
        raise SyncError("--encrypt needs a passphrase (at the prompt, or SOURCEMARK_SYNC_PASSPHRASE); nothing was sent")
    return phrase


def _count(info: dict[str, Any], name: str) -> int:
    value = info.get(name)
    return value if isinstance(value, int) else 0
