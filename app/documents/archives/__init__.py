"""Web-archive files (WARC, ARC, WACZ, MHTML, SingleFile) -> documents, page by page."""
