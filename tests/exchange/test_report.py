"""The verification report model and its HTML: claims with quotes and evidence, escaping, no remote assets."""

from dataclasses import replace
from html.parser import HTMLParser

import pytest

from app.domain.annotations import AnchorStatus
from app.domain.claims import Claim
from app.domain.errors import DomainError
from app.exchange.report_html import Crop, render_html
from app.exchange.report_model import build_report

from .story import build_project, oid

PNG = b"\x89PNG\r\n\x1a\n pretend"


class Page(HTMLParser):
    """Tags with their attributes, the ids of elements, and the text, as a browser would see them."""

    def __init__(self, html: str) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []
        self.feed(html)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data: str) -> None:
        self.text.append(data)

    def ids(self) -> set[str]:
        return {str(a["id"]) for _, a in self.tags if a.get("id")}

    def all_text(self) -> str:
        return " ".join(" ".join(self.text).split())


def _project():  # type: ignore[no-untyped-def]
    p = build_project()
    p.put(Claim(oid("lonely"), "Nobody has looked at this yet", created="2024-11-07T00:00:00Z"))
    orphan = replace(p.annotations[oid("a-plain")], status=AnchorStatus.ORPHAN)
    p.put(orphan)
    return p


def test_each_claim_with_its_quotes_and_evidence() -> None:
    model = build_report(_project(), generated_at="2024-11-08T00:00:00Z", generator="Sourcemark test", analysts=["B. Desk"])
    by_id = {c.id: c for c in model.claims}
    assert set(by_id) == {oid("no-troops"), oid("plan"), oid("nis"), oid("lonely")}
    no_troops = by_id[oid("no-troops")]
    assert no_troops.verdict_label == "False" and no_troops.rationale == "NIS estimate"
    assert [q.exact for q in no_troops.stated_in] == ["\"not a single soldier\" of the Korean People's Army was in Russia"]
    assert [(e.relation, e.source.title, e.source.grade) for e in no_troops.evidence] == [
        ("contradicts", "NIS briefing to lawmakers", "B3"), ("context", "Wire report", "B2")]
    assert no_troops.evidence[1].quotes[0].relation == "context"  # the stating quote's own link to the wire
    assert no_troops.actors == [("made-by", "No Kwang Chol")]
    plan = by_id[oid("plan")]
    assert sorted(q.pages for q in plan.stated_in) == ["", "p. 2"]
    assert plan.evidence[0].source.meaning == "reliability cannot be judged / truth cannot be judged"
    lonely = by_id[oid("lonely")]
    assert lonely.stated_in == [] and lonely.evidence == []  # claims without evidence still appear
    assert [q.annotation_id for q in model.orphans] == [oid("a-plain")] and model.orphans[0].orphan
    assert model.analysts == ["A. Checker", "B. Desk"]
    no_actor = next(a for a in model.actors if a.name == "No Kwang Chol")
    assert {(f.as_written, f.reason) for f in no_actor.forms} == {("No Gun Chol", "misspelling"), ("Но Гван Чхоль", "")}
    assert len(model.documents) == 2 and all(len(d.sha256) == 64 for d in model.documents)


def test_claim_filter_keeps_what_those_claims_use() -> None:
    model = build_report(_project(), claim_ids=[oid("plan")])
    assert [c.id for c in model.claims] == [oid("plan")] and model.filtered
    assert [s.title for s in model.sources] == ["Krasnaya Zvezda"]
    assert {a.name for a in model.actors} == {"Ri Pyong Chol", "Krasnaya Zvezda"}  # made it; named in a quote shown
    assert model.orphans == []  # the orphan belongs to no chosen claim
    with pytest.raises(DomainError, match="no claim with id nope"):
        build_report(_project(), claim_ids=["nope"])


def test_html_has_every_section_and_every_claim_and_quote() -> None:
    model = build_report(_project(), generated_at="2024-11-08T00:00:00Z", generator="Sourcemark test")
    page = Page(render_html(model, {}))
    assert {"summary", "sources", "actors", "orphans", "methodology", "appendix"} <= page.ids()
    text = page.all_text()
    for quote in model.quotes():
        assert " ".join(quote.exact.split()) in text
    for claim in model.claims:
        assert claim.statement in text
    for doc in model.documents:
        assert doc.sha256 in text and doc.text_sha256 in text
    assert "B2 usually reliable / probably true" in text  # the wire's grade and its meaning
    assert "Misleading Accurate elements put together to give a false impression." in text  # the verdict scale
    assert "orphan: not found in the current version" in text
    assert "“No Gun Chol” (misspelling)" in text


def test_project_text_is_escaped_and_nothing_is_fetched() -> None:
    p = _project()
    p.put(Claim(oid("xss"), "<script>alert(1)</script>", rationale="<img src=x onerror=alert(2)>"))
    src = p.sources[oid("src-nis")]
    p.put(replace(src, url="javascript:alert(3)", notes="<iframe src='https://evil.example/'></iframe>"))
    html = render_html(build_report(p), {oid("p-plan"): Crop(PNG, 300)})
    page = Page(html)
    assert [t for t, _ in page.tags if t in ("script", "iframe", "object", "embed", "link")] == []
    assert "<script>alert(1)</script>" in page.all_text()  # shown as text
    assert not any(t == "img" and a.get("onerror") for t, a in page.tags)
    for tag, attrs in page.tags:
        if tag == "img":
            assert str(attrs["src"]).startswith("data:image/png;base64,")
        if tag == "a":
            href = str(attrs["href"])
            assert href.startswith("#") or href == "https://wire.example/nk-minister", href
    assert "javascript:alert(3)" in page.all_text()  # a non-web URL stays text
    meta = next(a for t, a in page.tags if t == "meta" and a.get("http-equiv"))
    assert "default-src 'none'" in str(meta["content"])


def test_crops_appear_as_images_next_to_their_quote() -> None:
    model = build_report(_project())
    for q in model.quotes():
        if q.annotation_id == oid("p-plan"):
            q.image_key = q.annotation_id
    page = Page(render_html(model, {oid("p-plan"): Crop(PNG, 300)}))
    images = [a for t, a in page.tags if t == "img"]
    assert len(images) == 1 and images[0]["width"] == "300" and "p. 2" in str(images[0]["alt"])
    pdf_page = Page(render_html(model, {oid("p-plan"): Crop(PNG, 300)}, for_pdf=True))
    assert [a["src"] for t, a in pdf_page.tags if t == "img"] == [f"crop-{oid('p-plan')}.png"]
