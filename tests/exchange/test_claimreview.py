"""ClaimReview export: fields aggregators need, verdict scale, which claims are included."""

import dataclasses
import json

import pytest

from app.domain.claims import Verdict
from app.exchange.claimreview import RATING, SCALE, export_claimreview, lint
from app.exchange.json_native import dumps

from .story import build_project, oid


def _by_statement(reviews: list[dict]) -> dict[str, dict]:  # type: ignore[type-arg]
    return {r["claimReviewed"]: r for r in reviews}


def test_reviews_for_claims_with_a_verdict_only() -> None:
    reviews = export_claimreview(build_project(), author="Sourcemark Desk")
    statements = set(_by_statement(reviews))
    assert statements == {"No North Korean soldier is in Russia",
                          "The two sides signed a military cooperation plan for 2025"}  # the unverified one is out


def test_fields_of_a_review() -> None:
    p = build_project()
    p.put(dataclasses.replace(p.claims[oid("no-troops")], modified="2024-11-07T09:30:00Z"))
    review = _by_statement(export_claimreview(p, author="Sourcemark Desk"))["No North Korean soldier is in Russia"]
    assert review["@context"] == "https://schema.org" and review["@type"] == "ClaimReview"
    assert review["datePublished"] == "2024-11-07"
    assert review["author"] == {"@type": "Organization", "name": "Sourcemark Desk"}
    assert review["reviewBody"] == "NIS estimate"
    assert review["reviewRating"] == {"@type": "Rating", "ratingValue": 1, "bestRating": 5, "worstRating": 1,
                                      "alternateName": "False", "name": SCALE}
    item = review["itemReviewed"]
    assert item["@type"] == "Claim"
    assert item["author"] == {"@type": "Person", "name": "No Kwang Chol",
                              "sameAs": "https://www.wikidata.org/wiki/Q56235690"}
    assert item["appearance"] == [{
        "@type": "CreativeWork", "name": "N.Korea defence minister denies troops in Russia",
        "url": "https://wire.example/nk-minister", "datePublished": "2024-11-06",
        "publisher": {"@type": "Organization", "name": "Wire"},
    }]
    assert item["firstAppearance"] == item["appearance"][0] and item["datePublished"] == "2024-11-06"


def test_plan_claim_appears_in_both_documents_and_filter_by_document() -> None:
    p = build_project()
    plan = _by_statement(export_claimreview(p))["The two sides signed a military cooperation plan for 2025"]
    assert [w["name"] for w in plan["itemReviewed"]["appearance"]] == [
        "N.Korea defence minister denies troops in Russia", "Красная звезда № 124"]
    assert plan["reviewRating"]["ratingValue"] == 4 and plan["reviewRating"]["alternateName"] == "Mostly true"
    assert "author" not in plan  # no reviewing organisation and no analyst on the claim
    only_paper = export_claimreview(p, document_ids={oid("doc-paper")})
    assert [r["claimReviewed"] for r in only_paper] == ["The two sides signed a military cooperation plan for 2025"]
    assert [w["name"] for w in only_paper[0]["itemReviewed"]["appearance"]] == ["Красная звезда № 124"]


def test_analyst_named_when_no_author_given() -> None:
    p = build_project()
    p.put(dataclasses.replace(p.claims[oid("plan")], analyst="A. Checker"))
    plan = _by_statement(export_claimreview(p))["The two sides signed a military cooperation plan for 2025"]
    assert plan["author"] == {"@type": "Person", "name": "A. Checker"}


@pytest.mark.parametrize(
    ("verdict", "value"),
    [(Verdict.TRUE, 5), (Verdict.MOSTLY_TRUE, 4), (Verdict.MIXED, 3), (Verdict.UNPROVEN, None),
     (Verdict.MOSTLY_FALSE, 2), (Verdict.MISLEADING, 2), (Verdict.FALSE, 1)],
)
def test_verdict_scale(verdict: Verdict, value: int | None) -> None:
    p = build_project()
    p.put(dataclasses.replace(p.claims[oid("nis")], verdict=verdict))
    rating = _by_statement(export_claimreview(p))["About 10,000 North Korean troops are in Russia"]["reviewRating"]
    assert rating.get("ratingValue") == value and rating["alternateName"] == verdict.label and rating["name"] == SCALE
    assert ("bestRating" in rating) is (value is not None)  # unproven: in words, not a number on the scale
    assert set(RATING) == set(Verdict) - {Verdict.UNVERIFIED}


def test_unproven_is_not_rated_as_mixed() -> None:
    p = build_project()
    p.put(dataclasses.replace(p.claims[oid("nis")], verdict=Verdict.UNPROVEN))
    p.put(dataclasses.replace(p.claims[oid("plan")], verdict=Verdict.MIXED))
    by = _by_statement(export_claimreview(p))
    unproven = by["About 10,000 North Korean troops are in Russia"]["reviewRating"]
    mixed = by["The two sides signed a military cooperation plan for 2025"]["reviewRating"]
    assert unproven != mixed and mixed["ratingValue"] == 3 and "ratingValue" not in unproven


def test_script_end_in_a_rationale_cannot_close_the_script_block() -> None:
    p = build_project()
    hostile = "</script><script>alert(1)</script><!-- & \u2028\u2029"
    p.put(dataclasses.replace(p.claims[oid("no-troops")], rationale=hostile))
    text = dumps(export_claimreview(p, author="Desk"))
    page = f'<script type="application/ld+json">{text}</script>'
    assert page.count("</script") == 1 and "<!--" not in text and "&" not in text
    assert "\u2028" not in text and "\u2029" not in text  # raw line separators would end a JS string
    assert "\\u003c/script\\u003e" in text
    assert _by_statement(json.loads(text))["No North Korean soldier is in Russia"]["reviewBody"] == hostile


def test_url_template_gives_one_page_per_claim() -> None:
    p = build_project()
    reviews = export_claimreview(p, url="https://checks.example/claims/{id}")
    assert sorted(r["url"] for r in reviews) == sorted(
        f"https://checks.example/claims/{oid(k)}" for k in ("no-troops", "plan"))
    assert {r["url"] for r in export_claimreview(p, url="https://checks.example/nk")} == {"https://checks.example/nk"}
    assert all("url" not in r for r in export_claimreview(p))


def test_lint_names_claims_lacking_what_google_requires() -> None:
    p = build_project()
    assert lint(p, url="https://x.example/{id}") == []  # both reviewed claims have author, appearance, date
    assert lint(p, url="checks.example/{id}") == ["url 'checks.example/{id}' is not a web address (https://…)"]
    assert lint(p) == ["no url: give the address of the published fact check (--url, {id} for one page per claim)"]
    p.put(dataclasses.replace(p.claims[oid("nis")], verdict=Verdict.TRUE))  # reviewed, but no "made by" actor
    lines = lint(p, url="https://x.example/{id}")
    assert len(lines) == 1 and oid("nis") in lines[0] and "lacks itemReviewed.author" in lines[0]
    assert "appearance" not in lines[0] and "datePublished" not in lines[0]
