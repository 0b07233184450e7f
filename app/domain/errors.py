"""Errors with messages meant for the user: one short sentence, no traceback."""


class SourcemarkError(Exception):
    """Base of every error the app reports to the user as a message."""


class DomainError(SourcemarkError):
    """Invalid data or an operation that breaks an invariant."""


class NotFound(DomainError):
    """An id that names no object of the expected kind."""


class DocumentError(SourcemarkError):
    """A document could not be read (missing, empty, corrupt, unsupported, encrypted)."""


class PasswordRequired(DocumentError):
    """An encrypted document needs a (different) password."""


class StoreError(SourcemarkError):
    """The project folder could not be read or written."""


class ProjectLocked(StoreError):
    """Another process holds the project's write lock."""


class ImportFormatError(SourcemarkError):
    """An annotation file to import is malformed; nothing was imported."""
