"""Network I/O: the web fetcher and the CouchDB client. The only importer of requests and urllib3."""
