"""Document loaders: files -> canonical text and page geometry. The only importer of PyMuPDF."""
