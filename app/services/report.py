"""The verification report use case: assemble the report model from the project, add page crops, render.

HTML for reading and filing (one self-contained file), PDF for publishing (laid out by MuPDF, no browser).
"""

from pathlib import Path

from app import __version__
from app.domain.clock import now_iso
from app.domain.errors import DocumentError
from app.exchange.report_html import ENGLISH, Crop, ReportLanguage, image_name, render_html
from app.exchange.report_model import ReportModel, build_report
from app.services.documents import original_bytes
from app.services.session import ProjectSession

FORMATS = ("html", "pdf")
__all__ = ["ENGLISH", "FORMATS", "ReportLanguage", "render_report", "report_preview", "write_report"]  # ReportLanguage:
# the GUI builds one from its translator (it may not import app.exchange itself)


def report_model(session: ProjectSession, claim_ids: list[str] | None = None) -> ReportModel:
    analysts = [str(e.get("analyst", "")) for e in session.store.read_audit() if e.get("analyst")]
    return build_report(session.project, claim_ids=claim_ids, generated_at=now_iso(),
                        generator=f"Sourcemark {__version__}", analysts=analysts)


def page_crops(session: ProjectSession, model: ReportModel) -> dict[str, Crop]:
    """PNG crops of the highlighted regions of paged documents, one per page a highlight covers (a highlight
    across a page break shows both parts), keyed "<annotation id>-p<page>"; set on the quotes.

    A document whose file cannot be opened (missing, damaged, locked) simply has no images: its quotes
    still appear as text.
    """
    from app.documents.output.report_pdf import highlight_crops

    wanted: dict[str, dict[str, tuple]] = {}
    for quote in model.quotes():
        ann = session.project.annotations.get(quote.annotation_id)
        doc = session.project.documents.get(quote.document_id)
        if ann is None or doc is None or quote.orphan or not ann.quads or not doc.kind.paged:
            continue
        for page in sorted({q.page for q in ann.quads}):
            wanted.setdefault(doc.id, {})[crop_key(ann.id, page)] = tuple(q for q in ann.quads if q.page == page)
    crops: dict[str, Crop] = {}
    for doc_id, requests in wanted.items():
        doc = session.project.documents[doc_id]
        try:
            made = highlight_crops(original_bytes(session, doc_id), doc.kind, doc.original_name, requests,
                                   password=session.passwords.get(doc_id))
        except DocumentError:
            continue
        crops.update({key: Crop(c.png, round(c.width)) for key, c in made.items()})
    for quote in model.quotes():
        ann = session.project.annotations.get(quote.annotation_id)
        pages = sorted({q.page for q in ann.quads}) if ann is not None else []
        quote.page_images = [(crop_key(quote.annotation_id, p), p + 1) for p in pages
                             if crop_key(quote.annotation_id, p) in crops]
        quote.image_key = quote.page_images[0][0] if quote.page_images else None
    return crops


def crop_key(annotation_id: str, page: int) -> str:
    return f"{annotation_id}-p{page}"


def footer_text(model: ReportModel, language: ReportLanguage = ENGLISH) -> str:
    """What every page of the PDF says at its foot, before "page n of m"."""
    return language.gettext("Verification report – {project} · generated {when}").format(
        project=model.project, when=model.generated_at)


def render_report(session: ProjectSession, fmt: str, claim_ids: list[str] | None = None,
                  language: ReportLanguage = ENGLISH) -> bytes:
    """The report as the bytes of an HTML or PDF file, in `language` (English unless the GUI passes its own)."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown report format {fmt!r}")
    model = report_model(session, claim_ids)
    crops = page_crops(session, model)
    if fmt == "html":
        return render_html(model, crops, language=language).encode("utf-8")
    from app.documents.output.report_pdf import html_to_pdf

    html = render_html(model, crops, for_pdf=True, language=language)
    return html_to_pdf(html, {image_name(k): c.png for k, c in crops.items()},
                       title=language.gettext("Verification report – {project}").format(project=model.project),
                       author=", ".join(model.analysts), footer=footer_text(model, language),
                       page_of=language.gettext("page {number} of {count}"))


def write_report(session: ProjectSession, output: Path, fmt: str, claim_ids: list[str] | None = None,
                 language: ReportLanguage = ENGLISH) -> None:
    from app.services.project_files import write_output

    write_output(output, render_report(session, fmt, claim_ids, language))


def report_preview(session: ProjectSession, claim_ids: list[str] | None = None,
                   language: ReportLanguage = ENGLISH) -> tuple[str, dict[str, bytes]]:
    """HTML for an in-app preview, its images by the names the HTML uses (a viewer registers them itself)."""
    model = report_model(session, claim_ids)
    crops = page_crops(session, model)
    return render_html(model, crops, for_pdf=True, language=language), {image_name(k): c.png for k, c in crops.items()}
