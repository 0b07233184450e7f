"""Which project document an imported annotation's target names (docs/reference/w3c-mapping.md).

A target names its document by digest (`urn:sha256:` of the original bytes, of an archived page's
HTML, or of the canonical text, as our W3C export and a TimeState's `cached` copy write it) or by address (the captured or
published URL; Hypothesis' `uri` and `document.link`). Digests are exact; an address may name several
documents (two captures of one page), which the capture time, or the caller, must tell apart.
"""

from collections.abc import Iterable
from urllib.parse import urlsplit, urlunsplit

from app.domain.documents import Document

EMPTY_TEXT_SHA256 = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"  # images without OCR


def url_key(iri: str) -> str:
    """An address as a lookup key: case-insensitive scheme and host, no fragment, no trailing slash, and
    http and https alike (Hypothesis users annotate whichever the link gave them)."""
    try:
        parts = urlsplit(iri.strip())
    except ValueError:
        return iri.strip()
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return iri.strip()
    path = parts.path.rstrip("/")
    return urlunsplit(("http", parts.netloc.lower(), path, parts.query, ""))


def document_keys(doc: Document) -> set[str]:
    keys = {f"urn:sha256:{doc.sha256}"}
    if doc.provenance and doc.provenance.payload_sha256:  # one page of an archive holding several
        keys.add(f"urn:sha256:{doc.provenance.payload_sha256}")
    if doc.text_sha256 != EMPTY_TEXT_SHA256:
        keys.add(f"urn:sha256:{doc.text_sha256}")
    for url in (doc.provenance.source_url if doc.provenance else "", doc.metadata.url):
        if url:
            keys.add(url_key(url))
    return keys


class DocumentIndex:
    """The project's documents by every key a target may use."""

    def __init__(self, documents: Iterable[Document]) -> None:
        self.by_key: dict[str, list[Document]] = {}
        for doc in sorted(documents, key=lambda d: d.id):
            for key in document_keys(doc):
                self.by_key.setdefault(key, []).append(doc)

    def candidates(self, sources: Iterable[str], source_date: str = "") -> list[Document]:
        """The documents all of the target's known IRIs name (an address and a digest together pick one
        capture out of several of the same page); among several left, the capture with the target's date."""
        named = [set(self.by_key[key]) for key in map(_key, sources) if key in self.by_key]
        if not named:
            return []
        found = set.intersection(*named) or set.union(*named)
        if len(found) > 1 and source_date:
            found = {d for d in found if d.provenance and _same_time(d.provenance.captured_at, source_date)} or found
        return sorted(found, key=lambda d: d.id)


def _key(source: str) -> str:
    source = source.strip()
    return source.lower() if source.lower().startswith("urn:sha256:") else url_key(source)


def _same_time(stored: str, stated: str) -> bool:
    """Capture times as we store them (UTC, zone optional) against an xsd:dateTime from a TimeState."""
    def norm(value: str) -> str:
        value = value.strip().replace(" ", "T").removesuffix("Z").removesuffix("+00:00")
        return value if value.count(":") != 1 else value + ":00"
    return bool(stored) and norm(stored) == norm(stated)
