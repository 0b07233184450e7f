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
