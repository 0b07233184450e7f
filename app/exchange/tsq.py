"""An RFC 3161 TimeStampReq (DER), to send to a time-stamping authority of the analyst's choice.

Only the request is built here; nothing goes on the network. Hand-written DER keeps it free of a
crypto dependency: the structure is small and fixed.

    TimeStampReq ::= SEQUENCE { version INTEGER (1), messageImprint MessageImprint,
                                nonce INTEGER OPTIONAL, certReq BOOLEAN DEFAULT FALSE }
    MessageImprint ::= SEQUENCE { hashAlgorithm AlgorithmIdentifier, hashedMessage OCTET STRING }
"""

import hashlib

SHA256_OID = "2.16.840.1.101.3.4.2.1"


def _tlv(tag: int, body: bytes) -> bytes:
    n = len(body)
    if n < 0x80:
        length = bytes([n])
    else:
        raw = n.to_bytes((n.bit_length() + 7) // 8, "big")
        length = bytes([0x80 | len(raw)]) + raw
    return bytes([tag]) + length + body


def _integer(value: int) -> bytes:
    if value < 0:
        raise ValueError("only non-negative integers are encoded here")
    raw = value.to_bytes(max(1, (value.bit_length() + 7) // 8), "big")
    if raw[0] & 0x80:
        raw = b"\x00" + raw  # keep it positive
    return _tlv(0x02, raw)


def _oid(dotted: str) -> bytes:
    parts = [int(p) for p in dotted.split(".")]
    body = bytearray([40 * parts[0] + parts[1]])
    for part in parts[2:]:
        chunk = [part & 0x7F]
        part >>= 7
        while part:
            chunk.append(0x80 | (part & 0x7F))
            part >>= 7
        body += bytes(reversed(chunk))
    return _tlv(0x06, bytes(body))


def timestamp_request(data: bytes, nonce: int) -> bytes:
    """The DER TimeStampReq for SHA-256 of `data`, asking for the TSA's certificate in the reply."""
    algorithm = _tlv(0x30, _oid(SHA256_OID) + b"\x05\x00")  # parameters NULL, as openssl writes them
    imprint = _tlv(0x30, algorithm + _tlv(0x04, hashlib.sha256(data).digest()))
    return _tlv(0x30, _integer(1) + imprint + _integer(nonce) + _tlv(0x01, b"\xff"))
