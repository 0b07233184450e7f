"""Short one-line forms of user text for command labels and messages."""

from app.domain.annotations import Annotation


def short(text: str, limit: int = 40) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def object_name(obj: object, default: str = "") -> str:
    """A claim's statement, an actor's name, a source's or document's title; `default` when it has none of them."""
    for field in ("statement", "name"):
        value = getattr(obj, field, None)
        if value:
            return str(value)
    return str(getattr(obj, "title", default))


def quote_label(ann: Annotation, limit: int = 80, *, quoted: bool = False) -> str:
    """What a list shows for an annotation: its quote, "[region x,y w×h]" for a rectangle, "(OCR)" marked.

    quoted=True puts the quote in quotation marks, with "(OCR)" after them: it is not part of what was written.
    """
    if ann.region:
        q = ann.quads[0]
        return f"[region {q.x0:.0f},{q.y0:.0f} {q.x1 - q.x0:.0f}×{q.y1 - q.y0:.0f}]"
    text = short(ann.exact, limit)
    if quoted:
        text = f"“{text}”"
    return f"{text} (OCR)" if ann.ocr else text


def a_kind(kind: object) -> str:
    """"a PDF", "an image", "an EPUB", "a text", "an HTML": a document kind with its article, for messages."""
    name = {"pdf": "PDF", "epub": "EPUB", "html": "HTML"}.get(str(kind), str(kind))
    return f"{'an' if name[:1].lower() in 'aeiouh' and name != 'text' else 'a'} {name}"


def document_label(doc: object) -> str:
    """A document as lists show it: its title, then its file name (and its kind when the name does not show it).

    The .txt, .html and .pdf of one story share a title; the file tells them apart.
    """
    title = " ".join(str(getattr(doc, "title", "")).split())
    name = str(getattr(doc, "original_name", ""))
    kind = str(getattr(getattr(doc, "kind", ""), "value", ""))
    if name and "." not in name.strip(".") and kind:
        name = f"{name}, {kind}"
    if not title or title == name:
        return name or title
    return f"{title} · {name}" if name else title
