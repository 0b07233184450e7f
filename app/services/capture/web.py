"""Capture the live web: `sourcemark capture` and File › Capture web page…

Two halves, so the GUI can fetch on a worker thread: `CaptureJob.run` fetches, records the WARC, reads the
page and (optionally) has Chromium render it, touching neither the session nor the store; `capture_command`
then builds, on the session's thread, the one command adding it all (one undo step, one audit entry that
names the URL, the final URL, the status, the server, the time and the WARC's SHA-256).
"""

import math
import re
import secrets
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

from app.documents.archives.warc_replay import recorded_answers
from app.documents.fingerprint import sha256_bytes
from app.documents.model import LoadedDocument
from app.documents.registry import load_bytes
from app.documents.web_page import load_web_capture, warc_name
from app.domain.clock import now_iso
from app.domain.documents import Document, Provenance
from app.domain.errors import DocumentError, DomainError
from app.domain.ids import DocumentId, new_id
from app.exchange.tsq import timestamp_request
from app.net.web import chromium
from app.net.web.deadline import Deadline, TimeLimitExceeded
from app.net.web.fetch import (
    DEFAULT_MAX_BYTES,
    DEFAULT_TIME_LIMIT,
    DEFAULT_TIMEOUT,
    DEFAULT_USER_AGENT,
    Cancelled,
    FetchOptions,
    WebCapture,
    check_url,
    fetch_missing,
    fetch_page,
)
from app.services import commands as c
from app.services.labels import short
from app.services.project_files import write_output
from app.services.session import ProjectSession

Progress = Callable[[str, int, int], None]
CHROMIUM_MISSING = chromium.MISSING
__all__ = ["DEFAULT_MAX_BYTES", "DEFAULT_TIMEOUT", "DEFAULT_TIME_LIMIT", "DEFAULT_USER_AGENT", "CHROMIUM_MISSING",
           "CaptureJob", "CaptureResult", "TimeLimitExceeded", "prepare_capture", "capture_command",
           "chromium_available", "dialog_message", "write_timestamp_request"]
_DIALOG_FIELDS = {"--timeout": "Time-out", "--time-limit": "Time limit", "--max-size": "Size limit"}


def chromium_available() -> bool:
    return chromium.chromium() is not None


Made = tuple[LoadedDocument, bytes, str]  # a document, its original's bytes, its file name


@dataclass
class CaptureResult:
    capture: WebCapture
    page: Made  # the page (its original is the WARC), or the PDF or image the URL served
    rendered: tuple[Made, ...] = ()  # Chromium's screenshot (image) and print (PDF), when asked


@dataclass(frozen=True)
class CaptureJob:
    url: str
    options: FetchOptions
    rendered: bool = False

    def run(self, progress: Progress | None = None, cancelled: Callable[[], bool] = lambda: False) -> CaptureResult:
        """Fetch and read everything (any thread); DocumentError with one sentence when the page fails, and
        TimeLimitExceeded when all of it (page, resources, Chromium) takes longer than options.time_limit."""
        deadline = Deadline(self.options.time_limit, self.url, self.options.clock)
        capture = fetch_page(self.url, self.options, progress=progress, cancelled=cancelled, deadline=deadline)
        rendered: tuple[Made, ...] = ()
        if self.rendered:  # first: what Chromium needs and the WARC lacks is recorded into it
            if progress:
                progress("Rendering the page with Chromium…", 0, 0)
            rendered = _render(capture, self.options, deadline)
        page = _page(capture)  # the WARC as it ends
        if cancelled():
            raise Cancelled("the capture was cancelled; nothing was added.")
        return CaptureResult(capture, page, rendered)


def prepare_capture(url: str, *, timeout: float = DEFAULT_TIMEOUT, max_mb: float = DEFAULT_MAX_BYTES / 2**20,
                    user_agent: str = "", rendered: bool = False,
                    time_limit: float = DEFAULT_TIME_LIMIT) -> CaptureJob:
    """Check what was asked before anything goes on the network."""
    if not timeout > 0:
        raise DomainError("--timeout must be a positive number of seconds")
    if not (time_limit > 0 and math.isfinite(time_limit)):
        raise DomainError("--time-limit must be a positive number of seconds")
    if not max_mb > 0:
        raise DomainError("--max-size must be a positive number of megabytes")
    if rendered and not chromium_available():
        raise DocumentError(CHROMIUM_MISSING)
    agent = " ".join(user_agent.split()) or DEFAULT_USER_AGENT
    if not agent.isprintable() or len(agent) > 500:
        raise DomainError("the User-Agent must be one printable line of at most 500 characters")
    options = FetchOptions(timeout=timeout, max_bytes=int(max_mb * 2**20), user_agent=agent, time_limit=time_limit)
    return CaptureJob(check_url(url), options, rendered)


def dialog_message(message: str) -> str:
    """A capture message as File › Capture web page… shows it: the CLI flags it names become the dialog's fields."""
    def field(match: re.Match[str]) -> str:
        name = _DIALOG_FIELDS[match.group(2)]
        return f"({name} setting)" if match.group(1) else f"{'The' if match.start() == 0 else 'the'} {name} setting"

    return re.sub(r"(\()?(--timeout|--time-limit|--max-size)\b(?(1)\))", field, message)


def _page(capture: WebCapture) -> Made:
    return load_web_capture(capture)  # the WARC read once, through the format table


def _render(capture: WebCapture, options: FetchOptions, deadline: Deadline) -> tuple[Made, ...]:
    """Chromium's screenshot and print of the page as the WARC holds it (net.web.chromium); what it needed and
    the WARC lacked is fetched once and recorded into capture.warc first."""
    fetched: list[str] = []

    def missing(url: str) -> dict[str, chromium.Answer]:
        more = fetch_missing(capture, url, options, deadline)
        if more:
            fetched.append(url[:300])
        return recorded_answers(more) if more else {}

    made = chromium.render(capture.final_url, options.user_agent, options.timeout,
                           recorded_answers(capture.warc), missing, deadline)
    stem = warc_name(capture).removesuffix(".warc.gz")
    facts = {"requested_url": capture.requested_url, "warc_sha256": sha256_bytes(capture.warc),
             "user_agent": options.user_agent, "browser": made.browser, "rendered_at": made.rendered_at,
             "rendered_from": "the capture's WARC: every request Chromium made was answered from its records",
             **({"recorded_for_rendering": "; ".join(fetched)[:4000]} if fetched else {}),
             **({"not_answered": "; ".join(made.refused)[:4000]} if made.refused else {})}
    out = []
    for data, name, what in ((made.png, f"{stem}-screenshot.png", "screenshot"), (made.pdf, f"{stem}-print.pdf", "pdf print")):
        loaded = load_bytes(data, name)
        prov = Provenance(source_url=capture.final_url, captured_at=capture.captured_at,
                          captured_at_source="Sourcemark capture (WARC-Date)", archive_format="rendered",
                          payload_sha256=sha256_bytes(data), extra={"rendering": what, **facts})
        out.append((replace(loaded, provenance=prov), data, name))
    return tuple(out)


@dataclass
class CaptureReport:
    documents: list[Document]  # the page first, then the rendered screenshot and print
    warnings: tuple[str, ...]
    command: c.Command


def capture_command(session: ProjectSession, result: CaptureResult) -> CaptureReport:
    """One command adding the captured page (and its renderings), with the WARC stored; the caller executes it."""
    if session.store.read_only:
        raise DomainError("this project is open read-only")
    cap = result.capture
    warc_sha = sha256_bytes(cap.warc)
    loaded, data, name = result.page
    page = _document(loaded, name, {})
    files = [c.StoredFile("original", warc_sha, cap.warc, ".warc.gz")]
    if loaded.sha256 != warc_sha:  # a PDF or image is the original itself; the WARC is kept beside it
        files.append(c.StoredFile("original", loaded.sha256, data, Path(name).suffix))
    files.append(c.StoredFile("text", loaded.text_sha256, loaded.text))
    docs = [page]
    for made, made_data, made_name in result.rendered:
        docs.append(_document(made, made_name, {"capture_document": page.id}))
        files += [c.StoredFile("original", made.sha256, made_data, Path(made_name).suffix),
                  c.StoredFile("text", made.text_sha256, made.text)]
    audit = {"requested_url": cap.requested_url, "final_url": cap.final_url, "http_status": cap.status,
             "server_address": cap.server_address, "captured_at": cap.captured_at, "warc_sha256": warc_sha,
             "documents": [d.id for d in docs]}
    command = c.Command(f"Capture “{short(page.title)}” from the web", tuple(c.insert(d) for d in docs),
                        files=tuple(files), audit=(("capture", audit),))
    warnings = tuple(w for made, _, _ in (result.page, *result.rendered) for w in made.warnings)
    return CaptureReport(docs, warnings, command)


def _document(loaded: LoadedDocument, name: str, extra: dict[str, str]) -> Document:
    prov = loaded.provenance
    if prov is not None and extra:
        prov = replace(prov, extra={**prov.extra, **extra})
    return Document(id=DocumentId(new_id()), title=loaded.title or name, kind=loaded.kind, original_name=name,
                    sha256=loaded.sha256, text_sha256=loaded.text_sha256, pages=loaded.pages,
                    metadata=loaded.metadata, extractor=loaded.extractor, imported_at=now_iso(),
                    encoding=loaded.encoding, provenance=prov, exif=loaded.exif or {},
                    hidden_passages=loaded.hidden_passages)


def write_timestamp_request(result: CaptureResult, path: Path) -> Path:
    """An RFC 3161 TimeStampReq for the SHA-256 of the capture's WARC (as `manifest --tsq`), to send to a TSA."""
    write_output(path, timestamp_request(result.capture.warc, secrets.randbits(63) | 1 << 62))
    return path
