"""OCR: Tesseract words with boxes, and merging them into a document's canonical text."""
