"""ClaimsModel: claims with their verdict (editable in place) and how many highlights state them."""

from app.domain.claims import Claim, Verdict
from app.domain.links import Kind
from app.services import entities
from app.ui.models.object_table_model import Column, ObjectTableModel

VERDICTS: list[tuple[str, str]] = [(v.label, v.value) for v in Verdict]


class ClaimsModel(ObjectTableModel):
    kind = Kind.CLAIM

    def make_columns(self) -> list[Column]:
        return [
            Column("Claim", lambda c: c.statement, tooltip=lambda c: c.rationale or c.statement),
            Column(
                "Verdict",
                lambda c: c.verdict.label,
                edit=lambda c: c.verdict.value,
                commit=lambda oid, value: entities.edit_claim(self.bridge.session, oid, verdict=value),
            ),
            Column("Spans", self._spans),
        ]

    def ordered_ids(self) -> list[str]:
        claims = self.project.claims.values()
        return [c.id for c in sorted(claims, key=lambda c: (c.created, c.statement.casefold(), c.id))]  # ties: same second

    def _spans(self, claim: Claim) -> int:
        return sum(1 for _ in self.project.linked(claim.id, Kind.ANNOTATION))
