"""Exports and imports: pure functions between domain objects and annotation files."""
