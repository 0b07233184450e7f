"""The project folder on disk: database files, journal, originals, texts, audit log, lock. The only TinyDB user."""
