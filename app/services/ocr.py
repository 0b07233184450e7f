"""OCR use case: give the pages of a scan or an image that have no text a text layer from Tesseract.

Three steps so the GUI can run the slow middle one on a worker thread that never touches the session:
`prepare_ocr` (GUI thread: what to read), `OcrJob.run` (any thread: re-extract the file and recognise
the pages without text; returns the layer, changes nothing), `ocr_command` (GUI thread: the one
undoable command storing the layer and the new canonical text and re-anchoring the annotations).

Decision: OCR only fills pages that have no text layer; pages with text keep theirs. Running OCR again
(another language, say) replaces the previous OCR layer. The new text is a new version of the
document's text, so existing annotations are re-anchored as `add --replaces` does (region annotations
stay where they are).
"""

from dataclasses import dataclass, replace
from typing import Any

from app.documents.fingerprint import sha256_bytes, sha256_text
from app.documents.ocr import tesseract as engine
from app.documents.ocr.checks import page_findings
from app.documents.ocr.text_layer import apply_layer, dump_layer
from app.documents.registry import load_bytes
from app.domain.documents import DocumentKind
from app.domain.errors import DocumentError, DomainError
from app.domain.geometry import DocumentText
from app.services import commands as c
from app.services.documents import ReanchorReport, new_text_version, original_bytes
from app.services.labels import a_kind, short
from app.services.session import ProjectSession

DEFAULT_LANGUAGES = "eng"


@dataclass(frozen=True)
class OcrResult:
    base: DocumentText  # the text extracted from the file alone
    layer: dict[str, Any]
    findings: tuple[str, ...] = ()  # pages where OCR found nothing or little, and why that may be


@dataclass(frozen=True)
class OcrJob:
    document_id: str
    title: str
    name: str
    sha256: str  # of the original: commit refuses if the document was replaced meanwhile
    kind: DocumentKind
    data: bytes
    password: str | None
    lang: str

    def run(self, progress: engine.Progress | None = None, cancelled: engine.Cancelled = lambda: False) -> OcrResult:
        """Recognise the pages without text. Raises OcrCancelled (a DocumentError) when cancelled."""
        base = load_bytes(self.data, self.name, password=self.password).text
        pages = [p.index for p in base.pages if not base.text[p.start : p.end].strip()]
        if not pages:
            raise DocumentError(f"every page of “{short(self.title)}” already has text; there is nothing to OCR")
        layer = engine.ocr_pages(self.data, self.kind, self.name, pages, self.lang, password=self.password,
                                 progress=progress, cancelled=cancelled)
        return OcrResult(base, layer, tuple(page_findings(layer, installed_languages())))


def prepare_ocr(session: ProjectSession, document_id: str, lang: str = DEFAULT_LANGUAGES) -> OcrJob:
    doc = session.project.documents.get(document_id)
    if doc is None:
        raise DomainError(f"no document with id {document_id}")
    if not doc.kind.paged or doc.kind is DocumentKind.EPUB:
        raise DomainError(f"“{short(doc.title)}” is {a_kind(doc.kind)} document; OCR reads images and scanned PDFs")
    engine.check_languages(lang)  # fail before any work: missing program or language pack
    return OcrJob(doc.id, doc.title, doc.original_name, doc.sha256, doc.kind, original_bytes(session, doc.id),
                  session.passwords.get(doc.id), lang.strip())


def ocr_command(session: ProjectSession, job: OcrJob, result: OcrResult) -> ReanchorReport:
    """The command that stores the layer and the new text (content-addressed files, written by the session
    with it), switches the document to them and re-anchors its annotations; the caller executes it."""
    doc = session.project.documents.get(job.document_id)
    if doc is None or doc.sha256 != job.sha256:
        raise DomainError(f"“{short(job.title)}” was replaced or removed while OCR ran; nothing was changed")
    raw = dump_layer(result.layer)
    layer_sha = sha256_bytes(raw)
    text = apply_layer(result.base, result.layer)
    text_sha = sha256_text(text.text)
    base_extractor = doc.extractor.split(" + ")[0]
    new_doc = replace(doc, text_sha256=text_sha, ocr_layer=layer_sha,
                      extractor=f"{base_extractor} + {result.layer['engine']} ({result.layer['lang']}){turned(result.layer)}")
    files = (c.StoredFile("original", layer_sha, raw, ".json"), c.StoredFile("text", text_sha, text))
    label = f"OCR “{short(doc.title)}” ({result.layer['lang']}, {words_recognised(result)} words)"
    return new_text_version(session, new_doc, text, label, files)


def ocr_document(session: ProjectSession, document_id: str, lang: str = DEFAULT_LANGUAGES, *,
                 progress: engine.Progress | None = None) -> tuple[ReanchorReport, OcrResult]:
    """Prepare and run on the calling thread (the command line); the caller executes `report.command`."""
    job = prepare_ocr(session, document_id, lang)
    result = job.run(progress)
    return ocr_command(session, job, result), result


def names_pages_for_ocr(warning: str) -> bool:
    """Whether a loader's warning names pages of a PDF that need OCR though other pages have text (scanned
    pages, pages in a font without a Unicode map: documents/formats/page_checks.py words them so)."""
    return "until you run OCR" in warning or "run OCR on" in warning


def turned(layer: dict[str, Any]) -> str:
    """", turned upright: page 1 by 180°, page 3 by 90°" for the pages OCR had to turn (clockwise); "" if none.
    It goes into the document's extractor, so Document details, `list documents` and the reports show it."""
    pages = [f"page {p['index'] + 1} by {p['rotation']}°" for p in layer["pages"] if p.get("rotation")]
    return f", turned upright: {', '.join(pages)}" if pages else ""


def words_recognised(result: OcrResult) -> int:
    return sum(len(p["words"]) for p in result.layer["pages"])


def check_languages(lang: str) -> str:
    """`lang` stripped if Tesseract and every pack it names are installed; DocumentError in one line otherwise.
    `add --ocr` asks before adding anything, so a bad --lang leaves the project as it was."""
    return engine.check_languages(lang)


def language_problem(lang: str, installed: list[str] | None) -> str:
    """Why the OCR languages setting `lang` cannot be used with these installed packs (None: unknown, only the
    form is checked); "" if it can."""
    return engine.language_problem(lang, installed)


def installed_languages() -> list[str]:
    """Tesseract's installed language packs, or [] when Tesseract is missing (the settings dialog lists them)."""
    try:
        return engine.languages()
    except DocumentError:
        return []

