"""A WARC record's digests judged under every accepted convention: verified, verified under another
convention, cannot check, or mismatch. Only a mismatch under every convention says "altered".

WARC 1.1, WARC-Block-Digest and WARC-Payload-Digest: the block digest covers the whole block (for a
response: HTTP status line, headers and body as stored); the payload digest covers the payload, which
for application/http is "its 'entity-body' (per RFC 2616)". Writers read that two ways, both in the wild:
- the body as stored, transfer coding included: warcio (its `check_digests` and its writer's
  `ensure_digest`, read in its source; pywb's recorder writes through warcio), Heritrix and wget hash the
  bytes after the HTTP headers, chunked or not. This is what we call "verified".
- the body with its chunked transfer coding undone (RFC 2616's entity-body, strictly): js-wacz / browser
  based writers that get the de-chunked body from the browser; jwarc also exposes the de-chunked body
  (from memory of its API, not checked here). Some also hash the content-decoded (gunzipped) body.
An old Webrecorder writer put the payload digest into WARC-Block-Digest as well: the block digest then
fails while the payload digest holds, and the HTTP headers are covered by no digest.
An algorithm we do not know, or a value we cannot read, is "cannot check", never a mismatch (warcio
itself counts an unknown algorithm as a failed check).
"""

import base64
import binascii
import hashlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from app.domain.digest_verdicts import CANNOT_CHECK, MISMATCH, OTHER_CONVENTION, VERIFIED

__all__ = ["CANNOT_CHECK", "MISMATCH", "OTHER_CONVENTION", "VERIFIED", "Verdict", "computed_digest", "judge"]

AS_STORED = "as stored"
DECHUNKED = "de-chunked"
DECODED = "content-decoded"
_CONVENTIONS = {
    DECHUNKED: "the payload digest is over the de-chunked body (RFC 2616's entity-body; js-wacz and browser-based "
               "writers), not the body as stored",
    DECODED: "the payload digest is over the content-decoded body, not the body as stored",
}


@dataclass(frozen=True, slots=True)
class Verdict:
    check: str  # VERIFIED, OTHER_CONVENTION, CANNOT_CHECK or MISMATCH
    note: str = ""  # which convention, why it cannot be checked, or what failed


@dataclass(frozen=True, slots=True)
class _Stated:
    algorithm: str  # as written, e.g. "sha1"
    value: bytes | None  # the digest bytes; None when unreadable or of an unknown algorithm
    problem: str = ""


def judge(block_digest: str, block_computed: bytes | None, payload_digest: str,
          bodies: Sequence[tuple[str, bytes]], block_with: Callable[[bytes], bytes] | None = None) -> Verdict:
    """`block_computed`: the block as stored hashed with the block digest's own algorithm (None when not
    computed); `bodies`: the payload as stored first, then its de-chunked and content-decoded forms, labelled;
    `block_with(body)`: the block digest of the HTTP headers as stored followed by another body."""
    block = _parse(block_digest) if block_digest else None
    payload = _parse(payload_digest) if payload_digest else None
    if block is None and payload is None:
        return Verdict(CANNOT_CHECK, "the archive gives no digest for this record")
    block_match = _block_match(block, block_computed, block_with, [b for b in bodies[1:] if b[1] != bodies[0][1]])
    if payload is None or payload.value is None:
        return _without_payload(block, block_match, payload)
    matched = _match(payload, bodies)
    if matched is None:
        note = f"the payload digest matches the body neither {' nor '.join(label for label, _ in bodies)}"
        if block_match:
            note += "; the block digest does match, so the record's own digests disagree"
        return Verdict(MISMATCH, note)
    notes = [_CONVENTIONS[matched]] if matched in _CONVENTIONS else []
    if block_match is False:
        if block is None or block.value != payload.value:
            return Verdict(MISMATCH, "the body matches its payload digest but the block digest does not: the HTTP "
                                     "headers were changed or damaged")
        notes = ["the block digest repeats the payload digest (an old Webrecorder writer's bug); the payload digest "
                 "matches" + (f" ({notes[0]})" if notes else "") + ", but no digest covers the HTTP headers"]
    elif block_match in _CONVENTIONS:
        notes.append(f"the block digest is over the HTTP headers and the {block_match} body")
    if notes:
        return Verdict(OTHER_CONVENTION, "; ".join(notes))
    return Verdict(VERIFIED, f"the payload digest matches; {block.problem}" if block is not None and block.problem else "")


def _without_payload(block: _Stated | None, block_match: str | bool | None, payload: _Stated | None) -> Verdict:
    why = payload.problem if payload is not None else ""
    if block_match in _CONVENTIONS:
        return Verdict(OTHER_CONVENTION, "; ".join(x for x in (f"the block digest is over the HTTP headers and the "
                                                              f"{block_match} body", why) if x))
    if block_match:
        return Verdict(VERIFIED, f"the block digest matches; {why}" if why else "")
    if block_match is False:
        return Verdict(MISMATCH, "the block digest (HTTP headers and body) does not match")
    reasons = [r for r in (block.problem if block else "", why) if r]
    return Verdict(CANNOT_CHECK, "; ".join(reasons) or "the block digest could not be computed")


def _block_match(block: _Stated | None, computed: bytes | None, block_with: Callable[[bytes], bytes] | None,
                 others: Sequence[tuple[str, bytes]]) -> str | bool | None:
    """AS_STORED, the label of another body the block digest covers after the headers, False, or None (unknown)."""
    if block is None or block.value is None or computed is None:
        return None
    if block.value == computed:
        return AS_STORED
    if block_with is not None:
        for label, body in others:
            if block_with(body) == block.value:
                return label
    return False


def _match(stated: _Stated, bodies: Sequence[tuple[str, bytes]]) -> str | None:
    seen: set[bytes] = set()
    for label, body in bodies:
        if body in seen:
            continue
        seen.add(body)
        if hashlib.new(stated.algorithm, body).digest() == stated.value:
            return label
    return None


def _parse(digest: str) -> _Stated:
    """'sha1:BASE32' (or base16 / base64, as warcio accepts) -> the digest bytes, or why not."""
    algorithm, sep, value = digest.strip().partition(":")
    shown = algorithm[:20]
    if not sep or not value.strip():
        return _Stated(shown, None, f"the digest {digest[:40]!r} names no algorithm")
    try:
        size = hashlib.new(algorithm).digest_size
    except (ValueError, TypeError):
        return _Stated(shown, None, f"the digest algorithm {shown!r} is unknown")
    if size == 0:  # shake_* (variable length): not a WARC digest
        return _Stated(shown, None, f"the digest algorithm {shown!r} is unknown")
    decoded = _decode(value.strip(), size)
    if decoded is None:
        return _Stated(shown, None, f"the {shown} digest value cannot be read")
    return _Stated(algorithm, decoded)


def _decode(value: str, size: int) -> bytes | None:
    attempts = (
        lambda: base64.b32decode(value + "=" * (-len(value) % 8), casefold=True),
        lambda: base64.b16decode(value, casefold=True),
        lambda: base64.b64decode(value + "=" * (-len(value) % 4), altchars=b"-_" if "-" in value or "_" in value else None,
                                 validate=True),
    )
    for attempt in attempts:
        try:
            found = attempt()
        except (binascii.Error, ValueError):
            continue
        if len(found) == size:
            return found
    return None


def computed_digest(warcio_digester: object) -> bytes | None:
    """The bytes of a warcio Digester ("algo:BASE32" as str), or None."""
    if warcio_digester is None:
        return None
    _, _, value = str(warcio_digester).partition(":")
    try:
        return base64.b32decode(value)
    except (binascii.Error, ValueError):
        return None
