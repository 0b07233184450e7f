"""Single-file formats (PDF, EPUB, HTML, text, images) -> canonical text and page geometry."""
