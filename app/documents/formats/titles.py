"""Helpers shared by the loaders: titles, file names in messages, metadata clean-up."""

import re
from pathlib import PurePath

from app.domain.documents import DocumentMetadata

TITLE_LIMIT = 200
_FIELD_LIMIT = 2000  # DocumentMetadata's own limit
_ISO_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")


def display_name(name: str) -> str:
    """The bare file name used in user-facing messages ("report.pdf", never a full path)."""
    return PurePath(name).name or name or "the document"


def first_line_title(text: str, fallback: str) -> str:
    for line in text.split("\n", 200):
        line = " ".join(line.split())
        if line:
            return line[:TITLE_LIMIT]
    return fallback


def clean_title(value: str | None) -> str:
    return " ".join((value or "").split())[:TITLE_LIMIT]


def iso_date(value: str | None) -> str:
    """yyyy-mm-dd from an ISO-ish date ("2024-03-05T10:00Z"), or "" if it is not one."""
    match = _ISO_DATE.match((value or "").strip())
    if not match:
        return ""
    year, month, day = (int(g) for g in match.groups())
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return ""
    return match.group(0)


def metadata(*, author: str = "", publisher: str = "", published: str = "", url: str = "",
             language: str = "") -> DocumentMetadata:
    """DocumentMetadata from untrusted strings: trimmed, length-capped, date only if ISO."""

    def field(value: str | None) -> str:
        return " ".join((value or "").split())[:_FIELD_LIMIT]

    return DocumentMetadata(author=field(author), publisher=field(publisher), published=iso_date(published),
                            url=field(url), language=field(language)[:35])
