"""Sources and their Admiralty (NATO) grading: reliability A-F, credibility 1-6."""

from dataclasses import dataclass

from app.domain import validation as v
from app.domain.errors import DomainError
from app.domain.ids import DocumentId, SourceId

RELIABILITY = {
    "A": "completely reliable",
    "B": "usually reliable",
    "C": "fairly reliable",
    "D": "not usually reliable",
    "E": "unreliable",
    "F": "reliability cannot be judged",
}
CREDIBILITY = {
    1: "confirmed by other sources",
    2: "probably true",
    3: "possibly true",
    4: "doubtful",
    5: "improbable",
    6: "truth cannot be judged",
}


def parse_grade(grade: str) -> tuple[str, int]:
    """Reliability and credibility from the two-character Admiralty code, e.g. "b2" -> ("B", 2).

    Only the shape is checked here; Source itself says which half is out of range.
    """
    code = grade.strip().upper()
    if len(code) != 2 or not code[1].isdigit():
        raise DomainError(f"a grade is a letter A-F and a digit 1-6, like B2, not {grade!r}")
    return code[0], int(code[1])


@dataclass(frozen=True, slots=True)
class Source:
    id: SourceId
    title: str
    url: str = ""
    publisher: str = ""
    published: str = ""
    accessed: str = ""
    archive_url: str = ""
    reliability: str = "F"
    credibility: int = 6
    notes: str = ""
    document_id: DocumentId | None = None
    rev: int = 1  # revision: 1 on create, +1 per change (docs/reference/merge.md)
    history: tuple[str, ...] = ()  # content hashes of earlier revisions, newest last (docs/reference/merge.md)

    def __post_init__(self) -> None:
        v.text(self.title, "source title", required=True, limit=2000)
        for name in ("url", "publisher", "archive_url"):
            v.text(getattr(self, name), name, limit=4000)
        v.date(self.published, "published date")
        v.date(self.accessed, "accessed date")
        v.require(self.reliability in RELIABILITY, f"reliability must be one of A-F, not {self.reliability!r}")
        v.require(
            not isinstance(self.credibility, bool) and self.credibility in CREDIBILITY,
            f"credibility must be 1-6, not {self.credibility!r}",
        )
        v.text(self.notes, "notes")

    @property
    def grade(self) -> str:
        """Reliability and credibility written together, e.g. "B2"."""
        return f"{self.reliability}{self.credibility}"
