"""Web-archive files -> documents: each archived page goes through the HTML loader, and gains a Provenance.

Formats: `mhtml` (one page), `singlefile` (one page), `warc`, `arc` and `wacz` (any number of pages). A
document made from an archive keeps the whole archive as its original (its `sha256`), and names its
page in `provenance.archive_record` (the WARC-Record-ID), so the text can be extracted again and two
pages of one archive are two documents. `select` picks pages by record id or by captured URL.
"""

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from html import unescape
from importlib.metadata import version
from pathlib import PurePath

from app.documents.archives import (  # (warcio itself is imported only when an archive is read)
    mhtml,
    singlefile,
    wacz,
    warc,
)
from app.documents.archives.frames import mark_frames
from app.documents.archives.warc import WarcPage
from app.documents.fingerprint import sha256_bytes
from app.documents.model import LoadedDocument
from app.domain.digest_verdicts import MISMATCH, NOTE
from app.domain.documents import Provenance, web_url
from app.domain.errors import DocumentError

ARCHIVES = ("warc", "arc", "wacz")
SUFFIXES = {".mhtml": "mhtml", ".mht": "mhtml", ".warc": "warc", ".arc": "arc", ".wacz": "wacz"}
_TITLE = re.compile(rb"<title[^>]*>(.{0,2000}?)</title", re.I | re.S)
MAX_DEFAULT_PAGES = 200  # more than this and the user must choose (CLI --page/--record, the GUI's picker)
ArchiveEntry = tuple[WarcPage, str, str]  # the page, its title in the WACZ's pages.jsonl, the WACZ hash check


@dataclass(frozen=True, slots=True)
class ArchivePage:
    """One page an archive offers, for choosing before anything is added."""

    record: str  # what `select` and provenance.archive_record use
    url: str
    captured_at: str
    title: str = ""
    size: int = 0  # bytes of HTML
    problem: str = ""  # why the page cannot be read (its Content-Encoding), "" when it can
    digest_check: str = ""  # the archive's digest verdict (app/documents/archives/warc_digest.py), "" for MHTML/SingleFile
    digest_note: str = ""  # which convention verified it, or why not
    frame_of: str = ""  # the URL of the archived page that shows this one in a frame


def archive_suffix(name: str) -> str:
    """The archive format a file name claims ("" for none); .warc.gz counts as .warc, .arc.gz as .arc."""
    lower = PurePath(name).name.lower()
    if lower.endswith(".warc.gz"):
        return "warc"
    if lower.endswith(".arc.gz"):
        return "arc"
    return SUFFIXES.get(PurePath(lower).suffix, "")


def list_pages(data: bytes, name: str, fmt: str) -> list[ArchivePage]:
    if fmt not in ARCHIVES:
        loaded = load_archives(data, name, fmt, first_only=True)[0]
        prov = loaded.provenance or Provenance()
        return [ArchivePage(prov.archive_record, prov.source_url, prov.captured_at, loaded.title)]
    return [ArchivePage(p.record_id, p.url, p.date, title or _html_title(p.html), len(p.html), p.problem,
                        p.digest_check, p.digest_note, p.frame_of)
            for p, title, _ in _archive_pages(data, name, fmt)]


def _html_title(html: bytes) -> str:
    """The <title> for a list to choose from (the loader reads the real one when the page is added)."""
    match = _TITLE.search(html[:65_536])
    if not match:
        return ""
    return " ".join(unescape(match.group(1).decode("utf-8", "replace")).split())[:200]


def load_archives(data: bytes, name: str, fmt: str, records: Sequence[str] | None = None, *,
                  first_only: bool = False) -> list[LoadedDocument]:
    """The chosen pages (record ids or URLs) of an archive, or all of them; each one a document."""
    if fmt == "mhtml":
        return [_mhtml(data, name)]
    if fmt == "singlefile":
        return [_singlefile(data, name)]
    if fmt not in ARCHIVES:
        raise DocumentError(f"{name}: unknown capture format {fmt!r}.")
    pages = _archive_pages(data, name, fmt)
    if not pages:
        raise DocumentError(f"{name} holds no archived HTML page (only other records or resources).")
    chosen = select(pages, records, name) if records else pages[:1] if first_only else pages
    if len(chosen) > MAX_DEFAULT_PAGES and not records:
        raise DocumentError(f"{name} holds {len(chosen)} pages; choose some with --page URL or --record ID.")
    if records or len(chosen) == 1:
        return [_archive_document(data, name, fmt, entry) for entry in chosen]
    out: list[LoadedDocument] = []
    skipped: list[str] = []
    for entry in chosen:  # all pages by default: one without text is skipped and named, not fatal
        try:
            out.append(_archive_document(data, name, fmt, entry))
        except DocumentError:
            page = entry[0]
            skipped.append(f"{page.url} ({page.problem})" if page.problem else page.url)
    if not out:
        reasons = f": {'; '.join(skipped[:3])}" if any(e[0].problem for e in chosen) else ""
        raise DocumentError(f"{name}: none of its {len(chosen)} HTML pages has readable text{reasons}.")
    if skipped:
        note = f"skipped {len(skipped)} page(s) without readable text: {', '.join(skipped[:3])}"
        out[0] = replace(out[0], warnings=(*out[0].warnings, note))
    return out


def select(pages: list[ArchiveEntry], records: Sequence[str], name: str) -> list[ArchiveEntry]:
    """The pages whose record id or URL is in `records`, in the order asked (the first capture of a URL)."""
    out: list[ArchiveEntry] = []
    for wanted in records:
        found = [p for p in pages if wanted in (p[0].record_id, p[0].url)]
        if not found:
            offered = ", ".join(p[0].url for p in pages[:5]) + (", ..." if len(pages) > 5 else "")
            raise DocumentError(f"{name} has no HTML page {wanted!r}; it holds {offered}")
        out.extend(p for p in found[:1] if p not in out)
    return out


def _archive_pages(data: bytes, name: str, fmt: str) -> list[ArchiveEntry]:
    if fmt in ("warc", "arc"):
        return [(page, "", "") for page in mark_frames(warc.warc_pages(data, name, arc=fmt == "arc"))]
    return [(p.page, p.title, p.package_check) for p in wacz.wacz_pages(data, name)]


def _archive_document(data: bytes, name: str, fmt: str, entry: ArchiveEntry) -> LoadedDocument:
    page, _, package_check = entry  # the title comes from the page itself, as for any saved page
    if page.problem:
        raise DocumentError(f"{name}: the page {page.url} cannot be read: {page.problem}.")
    extra = {"warc_file": page.member} if page.member else {}
    if page.date_as_written:
        extra["date_as_written"] = page.date_as_written
    if package_check:
        extra["datapackage_hash"] = package_check
    if page.frame_of:
        extra["frame_of"] = page.frame_of
    if page.digest_note:
        extra[NOTE] = page.digest_note
    if page.altered:
        extra["altered"] = page.altered
    source = ("ARC record date" if fmt == "arc" else "WARC-Date header") + (f" ({page.member})" if page.member else "")
    prov = Provenance(source_url=page.url, captured_at=page.date, captured_at_source=source if page.date else "",
                      archive_format=fmt, archive_record=page.record_id, archive_digest=page.digest,
                      digest_check=page.digest_check, extra=extra)
    warnings = []
    if page.digest_check == MISMATCH:  # only a failure under every accepted convention is called altered
        warnings.append(f"the archive's digest of {page.url} does not match its content under any accepted "
                        f"convention ({page.digest_note}): the record was altered or damaged after capture.")
    if page.altered:
        warnings.append(page.altered)
    if package_check == "mismatch":
        warnings.append(f"{page.member} does not match the sha256 datapackage.json gives for it.")
    loaded = _page_document(data, page.html, name, prov, page.charset, f"warcio {version('warcio')}")
    return replace(loaded, warnings=(*loaded.warnings, *warnings))


def _mhtml(data: bytes, name: str) -> LoadedDocument:
    page = mhtml.read_mhtml(data, name)
    extra = {"subject": page.subject} if page.subject else {}
    if page.date_as_written:
        extra["date_as_written"] = page.date_as_written
    prov = Provenance(source_url=page.url, captured_at=page.date, captured_at_source="MHTML Date header" if page.date else "",
                      archive_format="mhtml", archive_record=page.location, extra=extra)
    return _page_document(data, page.html, name, prov, page.charset, "email (MHTML)")


def _singlefile(data: bytes, name: str) -> LoadedDocument:
    facts = singlefile.facts(data)
    extra = {"saved_date_as_written": facts.saved_date_raw} if facts.saved_date_raw != facts.saved_date else {}
    prov = Provenance(source_url=facts.url, captured_at=facts.saved_date,
                      captured_at_source="SingleFile saved-date comment" if facts.saved_date else "",
                      archive_format="singlefile", extra=extra)
    return _page_document(data, singlefile.without_inline_data(data), name, prov, None, "SingleFile comment",
                          payload=data)


def _page_document(data: bytes, html: bytes, name: str, prov: Provenance, charset: str | None,
                   reader: str, *, payload: bytes | None = None) -> LoadedDocument:
    """The HTML loader's document, fingerprinted as the whole archive file, with its provenance."""
    from app.documents.formats.html import load_html  # lazy: trafilatura costs start-up time of every command

    # A date later than the capture is not the page's (load_html refuses it, with a warning).
    loaded = load_html(html, name, charset=charset, captured_at=prov.captured_at)
    meta = loaded.metadata  # its url is http(s) or "" (load_html)
    if not meta.url and web_url(prov.source_url):
        meta = replace(meta, url=prov.source_url[:2000])
    return replace(loaded, sha256=sha256_bytes(data), metadata=meta, extractor=f"{loaded.extractor}; {reader}",
                   warnings=loaded.warnings, provenance=replace(prov, payload_sha256=sha256_bytes(html if payload is None else payload)))
