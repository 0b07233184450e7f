"""Files -> documents (canonical text and page geometry): formats, web archives, OCR, PDF output. The only PyMuPDF user."""
