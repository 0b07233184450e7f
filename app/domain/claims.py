"""Claims: checkable statements and the verdict the analyst reached."""

from dataclasses import dataclass
from enum import StrEnum

from app.domain import validation as v
from app.domain.ids import ClaimId


class Verdict(StrEnum):
    UNVERIFIED = "unverified"
    TRUE = "true"
    MOSTLY_TRUE = "mostly true"
    MIXED = "mixed"
    MOSTLY_FALSE = "mostly false"
    FALSE = "false"
    MISLEADING = "misleading"
    UNPROVEN = "unproven"

    @property
    def label(self) -> str:
        return self.value.capitalize()


@dataclass(frozen=True, slots=True)
class Claim:
    id: ClaimId
    statement: str
    verdict: Verdict = Verdict.UNVERIFIED
    rationale: str = ""
    analyst: str = ""
    created: str = ""
    modified: str = ""
    rev: int = 1  # revision: 1 on create, +1 per change (docs/reference/merge.md)
    history: tuple[str, ...] = ()  # content hashes of earlier revisions, newest last (docs/reference/merge.md)

    def __post_init__(self) -> None:
        v.text(self.statement, "claim statement", required=True, limit=10_000)
        v.require(isinstance(self.verdict, Verdict), f"unknown verdict {self.verdict!r}")
        v.text(self.rationale, "rationale")
        v.text(self.analyst, "analyst", limit=200)  # as on annotations: a name, not a payload
