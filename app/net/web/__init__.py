"""Live web capture I/O: fetch a page and its resources into a WARC, under one deadline; Chromium."""
