"""A fetched web page (net.web.fetch.WebCapture) -> the document it becomes, with the provenance of the capture.

An HTML page is read out of its WARC through the format table, exactly as `add` reads any WARC page, so the
WARC is the document's original. A URL serving a PDF or an image becomes a document of that kind whose
original is the file itself (rendering, OCR and PDF export read originals as PDFs or images); its WARC is
stored next to it and named in provenance.extra["warc_sha256"].
"""

from dataclasses import replace
from pathlib import PurePosixPath
from urllib.parse import urlsplit

from app.documents.archives.warc import record_payload
from app.documents.fingerprint import sha256_bytes
from app.documents.model import LoadedDocument
from app.documents.registry import load_bytes
from app.domain.documents import Provenance
from app.domain.errors import DocumentError
from app.net.web.fetch import WebCapture

_HTML = ("text/html", "application/xhtml+xml")
_SUFFIX_OF_TYPE = {"application/pdf": ".pdf", "image/png": ".png", "image/jpeg": ".jpg", "image/webp": ".webp",
                   "image/gif": ".gif", "text/plain": ".txt"}


def warc_name(capture: WebCapture) -> str:
    """e.g. example.org-20261202T041111Z.warc.gz: the name the WARC is stored and shown under."""
    host = urlsplit(capture.final_url).hostname or "page"
    return f"{host}-{capture.captured_at.replace('-', '').replace(':', '')}.warc.gz"


def payload_name(capture: WebCapture) -> str:
    """The file name a captured PDF or image gets: the URL's last path segment, with a suffix for its type."""
    mime = capture.content_type.split(";")[0].strip().lower()
    stem = PurePosixPath(urlsplit(capture.final_url).path).name or urlsplit(capture.final_url).hostname or "capture"
    suffix = _SUFFIX_OF_TYPE.get(mime, "")
    return stem if not suffix or stem.lower().endswith(suffix) else f"{stem}{suffix}"


def is_page(capture: WebCapture) -> bool:
    return capture.content_type.split(";")[0].strip().lower() in _HTML


def load_web_capture(capture: WebCapture) -> tuple[LoadedDocument, bytes, str]:
    """The captured page (or PDF, or image) as a document, its provenance naming the whole capture, with its
    original's bytes and file name: the WARC, or the PDF or image read out of it (the WARC is parsed once)."""
    if is_page(capture):
        original, name = capture.warc, warc_name(capture)
        loaded = load_bytes(original, name, record=capture.page_record)
        prov = loaded.provenance or Provenance()
    else:
        original, name = record_payload(capture.warc, capture.page_record), payload_name(capture)
        if not original:
            raise DocumentError(f"{capture.final_url[:200]} answered with an empty body; nothing was captured.")
        loaded = load_bytes(original, name)
        prov = Provenance(source_url=capture.final_url, captured_at=capture.captured_at,
                          archive_format="warc", archive_record=capture.page_record, digest_check="",
                          payload_sha256=sha256_bytes(original))
    extra = {**prov.extra, **capture_facts(capture), "warc_sha256": sha256_bytes(capture.warc)}
    prov = replace(prov, captured_at=capture.captured_at, captured_at_source="Sourcemark capture (WARC-Date)",
                   extra=extra)
    return replace(loaded, provenance=prov, warnings=(*loaded.warnings, *capture.warnings)), original, name


def capture_facts(capture: WebCapture) -> dict[str, str]:
    """What provenance.extra records of a live capture (all strings, shown as they are)."""
    facts = {
        "requested_url": capture.requested_url,
        "final_url": capture.final_url,
        "http_status": f"{capture.status} {capture.reason}".strip(),
        "content_type": capture.content_type,
        "server_address": capture.server_address,
        "captured_at_local": capture.captured_at_local,
        "user_agent": capture.user_agent,
        "resources_recorded": str(capture.resources),
        "capture_tool": "Sourcemark capture",
    }
    if capture.redirects:
        facts["redirects"] = "; ".join(capture.redirects)[:4000]
    if capture.refused:  # what the page led to that the address rules turned away (addresses)
        facts["refused_addresses"] = "; ".join(capture.refused)[:4000]
    return {k: v[:4000] for k, v in facts.items()}
