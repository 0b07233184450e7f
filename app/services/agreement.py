"""Agreement report between two analysts' projects on the same story (CLI 'agreement', Tools > Agreement).

Claims are paired by id (projects copied or merged from one another share ids), else by the same
statement (case and spacing ignored). Verdicts count only where both analysts judged the claim (a
claim still 'unverified' on either side is left out). Documents are paired by id, sha256 of the file,
or sha256 of the canonical text; orphaned annotations are left out of the span figures.
"""

from collections import Counter
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from app.domain.agreement import SpanAgreement, cohen_kappa, span_agreement
from app.domain.annotations import AnchorStatus, Annotation
from app.domain.claims import Claim, Verdict
from app.domain.project import Project
from app.services.session import ProjectSession


@dataclass
class AgreementReport:
    project_a: str
    project_b: str
    claims_compared: int = 0
    verdict_kappa: float | None = None
    verdict_observed: float | None = None
    verdict_disagreements: list[dict[str, str]] = field(default_factory=list)  # claim, statement, a, b
    documents_compared: int = 0
    spans_a: int = 0
    spans_b: int = 0
    spans_matched: int = 0
    span_f1: float | None = None
    category_agreement: float | None = None
    category_kappa: float | None = None
    category_disagreements: list[dict[str, str]] = field(default_factory=list)  # document, quote a, a, b
    analyst_a: str = ""  # who made each project's claims and highlights (the most frequent name), "" if none
    analyst_b: str = ""

    def heading(self, side: str) -> str:
        """A column heading for one side: the analyst's name, else the project's ("Ana Kovač (A)")."""
        analyst, project = (self.analyst_a, self.project_a) if side == "A" else (self.analyst_b, self.project_b)
        return f"{analyst or project} ({side})"

    def as_json(self) -> dict[str, Any]:
        return asdict(self)

    def lines(self) -> list[str]:
        def num(x: float | None) -> str:
            return "n/a" if x is None else f"{x:.3f}"

        out = [
            f"agreement between {self.project_a} (A) and {self.project_b} (B)",
            f"verdicts: {self.claims_compared} claim(s) judged by both; observed {num(self.verdict_observed)}; "
            f"Cohen's kappa {num(self.verdict_kappa)}",
        ]
        out += [f"  {d['claim']}\t{d['a']} | {d['b']}\t{d['statement']}" for d in self.verdict_disagreements]
        out.append(
            f"spans: {self.documents_compared} document(s); A {self.spans_a}, B {self.spans_b}, matched "
            f"{self.spans_matched}; overlap F1 {num(self.span_f1)}; same category {num(self.category_agreement)}; "
            f"category kappa {num(self.category_kappa)}"
        )
        out += [f"  {d['document']}\t{d['a']} | {d['b']}\t{d['quote']}" for d in self.category_disagreements]
        return out


def compare_projects(a: Project, b: Project) -> AgreementReport:
    report = AgreementReport(a.name, b.name, analyst_a=main_analyst(a), analyst_b=main_analyst(b))
    _verdicts(a, b, report)
    _spans(a, b, report)
    return report


def agreement_with(session: ProjectSession, other_folder: Path) -> AgreementReport:
    other_folder = Path(other_folder)
    with ProjectSession.open_other(other_folder) as other:
        report = compare_projects(session.project, other.project)
        report.analyst_b = last_analyst(other) or report.analyst_b
    report.analyst_a = session.analyst or report.analyst_a  # this desk's analyst is side A
    if report.project_b == report.project_a:  # two copies of one project: tell them apart by folder
        report.project_a, report.project_b = session.folder.name, other_folder.name
    return report


def last_analyst(session: ProjectSession) -> str:
    """Who last changed the project, from its audit log (a colleague's copy names the colleague)."""
    for entry in reversed(session.store.read_audit()):
        if entry.get("analyst"):
            return str(entry["analyst"])
    return ""


def main_analyst(project: Project) -> str:
    """The name on most of a project's claims and highlights ("" when none carries one)."""
    signed: list[Claim | Annotation] = [*project.claims.values(), *project.annotations.values()]
    names = Counter(x.analyst for x in signed if x.analyst)
    return names.most_common(1)[0][0] if names else ""


def _key(statement: str) -> str:
    return " ".join(statement.casefold().split())


def _verdicts(a: Project, b: Project, report: AgreementReport) -> None:
    by_statement = {_key(cl.statement): cl for cl in b.claims.values()}
    pairs = []
    for claim in sorted(a.claims.values(), key=lambda cl: cl.id):
        other = b.claims.get(claim.id) or by_statement.get(_key(claim.statement))
        if other is None or Verdict.UNVERIFIED in (claim.verdict, other.verdict):
            continue
        pairs.append((claim.verdict.value, other.verdict.value))
        if claim.verdict is not other.verdict:
            report.verdict_disagreements.append(
                {"claim": claim.id, "statement": claim.statement, "a": claim.verdict.value, "b": other.verdict.value})
    report.claims_compared = len(pairs)
    report.verdict_kappa = cohen_kappa(pairs)
    report.verdict_observed = sum(x == y for x, y in pairs) / len(pairs) if pairs else None


def _spans(a: Project, b: Project, report: AgreementReport) -> None:
    total = SpanAgreement(0, 0, 0, 0)
    categories = []
    for doc in sorted(a.documents.values(), key=lambda d: d.id):
        twin = b.documents.get(doc.id) or next(
            (d for d in b.documents.values() if d.sha256 == doc.sha256 or d.text_sha256 == doc.text_sha256), None)
        if twin is None:
            continue
        report.documents_compared += 1
        spans_a = [(x.id, x.start, x.end, x.category) for x in a.annotations_of(doc.id) if x.status is not AnchorStatus.ORPHAN]
        spans_b = [(x.id, x.start, x.end, x.category) for x in b.annotations_of(twin.id) if x.status is not AnchorStatus.ORPHAN]
        part, pairs = span_agreement(spans_a, spans_b)
        total = SpanAgreement(total.spans_a + part.spans_a, total.spans_b + part.spans_b,
                              total.matched + part.matched, total.same_category + part.same_category)
        for sa, sb in pairs:
            categories.append((sa[3], sb[3]))
            if sa[3] != sb[3]:
                quote = a.annotations[sa[0]].exact
                report.category_disagreements.append({"document": doc.title, "quote": quote[:80], "a": sa[3], "b": sb[3]})
    report.spans_a, report.spans_b, report.spans_matched = total.spans_a, total.spans_b, total.matched
    report.span_f1, report.category_agreement = total.f1, total.category_agreement
    report.category_kappa = cohen_kappa(categories)
