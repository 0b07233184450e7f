"""Plain text and Markdown: decode, canonicalise, title from the first line."""

from importlib.metadata import version

from app.documents.formats.decode import decode_bytes
from app.documents.formats.titles import first_line_title
from app.documents.model import LoadedDocument, make_loaded
from app.domain.documents import DocumentKind, DocumentMetadata
from app.domain.errors import DocumentError
from app.domain.geometry import DocumentText
from app.domain.normalize import canonical_text

EXTRACTOR = f"charset-normalizer {version('charset-normalizer')}"


def load_text(data: bytes, name: str) -> LoadedDocument:
    decoded, encoding = decode_bytes(data, name)
    text = canonical_text(decoded)
    if not text.strip():
        raise DocumentError(f"{name} contains no text.")
    return make_loaded(data, DocumentKind.TEXT, first_line_title(text, name), DocumentMetadata(),
                       DocumentText(text), extractor=EXTRACTOR, encoding=encoding)
