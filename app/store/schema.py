"""Layout of a project folder: schema version, file and table names, and safe file names from ids."""

import re

from app.domain.errors import StoreError
from app.domain.links import Kind

SCHEMA_VERSION = 3  # 2: every object has a revision (rev, history); 3: annotations/<doc>.delta (store/delta.py)

PROJECT_FILE = "project.json"  # meta + documents, claims, actors, sources, links not from annotations
ANNOTATIONS_DIR = "annotations"  # <document_id>.json: annotations of one document and their links
DELTA_SUFFIX = ".delta"  # <document_id>.delta: changes appended since that .json was last written whole
ORIGINALS_DIR = "originals"
TEXTS_DIR = "texts"
BACKUPS_DIR = "backups"
AUDIT_FILE = "audit.jsonl"
DELETIONS_FILE = "deletions.jsonl"  # what was deleted, with its record (store/deletions.py)
JOURNAL_FILE = "journal.json"
LOCK_FILE = "lock"
TMP_SUFFIX = ".tmp"

META_TABLE = "meta"
TABLES: dict[Kind, str] = {
    Kind.DOCUMENT: "documents",
    Kind.ANNOTATION: "annotations",
    Kind.CLAIM: "claims",
    Kind.ACTOR: "actors",
    Kind.SOURCE: "sources",
    Kind.LINK: "links",
}
PROJECT_TABLES = (META_TABLE, "documents", "claims", "actors", "sources", "links")
ANNOTATION_TABLES = ("annotations", "links")

# Ids become file names: one path component, no leading dot, nothing a shell or Windows treats specially.
_SAFE_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.-]{0,127}")
_WINDOWS_RESERVED = {"con", "prn", "aux", "nul", *(f"com{i}" for i in range(10)), *(f"lpt{i}" for i in range(10))}
_SHA256 = re.compile(r"[0-9a-f]{64}")


def safe_name(oid: object) -> str:
    """`oid` when it is safe as a single file name inside the project; StoreError otherwise."""
    if (
        not isinstance(oid, str)
        or not _SAFE_NAME.fullmatch(oid)
        or oid.endswith(".")
        or oid.split(".")[0].lower() in _WINDOWS_RESERVED
    ):
        raise StoreError(f"{oid!r} cannot be used as a file name in the project folder")
    return oid


def sha256_name(value: object) -> str:
    if not isinstance(value, str) or not _SHA256.fullmatch(value):
        raise StoreError(f"{value!r} is not a sha256 (64 lower-case hex digits)")
    return value


def annotations_file(document_id: str) -> str:
    return f"{ANNOTATIONS_DIR}/{safe_name(document_id)}.json"


def document_of(rel: str) -> str | None:
    """The document id an annotations file belongs to, or None for any other path."""
    prefix = ANNOTATIONS_DIR + "/"
    if not rel.startswith(prefix) or not rel.endswith(".json"):
        return None
    name = rel[len(prefix) : -len(".json")]
    try:
        return safe_name(name)
    except StoreError:
        return None


def delta_file(document_id: str) -> str:
    return f"{ANNOTATIONS_DIR}/{safe_name(document_id)}{DELTA_SUFFIX}"


def document_of_delta(rel: str) -> str | None:
    """The document id a delta file belongs to, or None for any other path."""
    if not rel.endswith(DELTA_SUFFIX):
        return None
    return document_of(rel[: -len(DELTA_SUFFIX)] + ".json")


def is_database_file(rel: str) -> bool:
    """True for the relative paths a journal or backup may hold (so neither can write elsewhere)."""
    return rel in (PROJECT_FILE, AUDIT_FILE, DELETIONS_FILE) or document_of(rel) is not None or document_of_delta(rel) is not None
