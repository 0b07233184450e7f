"""The document view: a reader for text/HTML and a continuous page view for PDF/EPUB."""

from app.ui.document_view.document_view import DocumentView

__all__ = ["DocumentView"]
