"""Scripting the verification work: claim, verdict, actor, source, link."""

import json
from pathlib import Path

import pytest

from app.cli.main import main

STORY = "Krasnaya Zvezda reported that General No Gun Chol met Victor Goremykin in Pyongyang on November 6.\n"


def run(capsys: pytest.CaptureFixture[str], *args: object) -> tuple[int, str, str]:
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out.strip(), err


def test_a_scripted_verification_round(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    project = tmp_path / "K.sourcemark"
    story = tmp_path / "story.txt"
    story.write_text(STORY, encoding="utf-8")
    assert run(capsys, "new", project)[0] == 0
    doc = run(capsys, "add", project, story)[1].split("\t")[0]
    start = STORY.index("No Gun Chol")
    ann = run(capsys, "annotate", project, doc, "--start", start, "--end", start + 11, "--category", "actor")[1].split("\t")[0]
    claim_span = run(capsys, "annotate", project, doc, "--start", 0, "--end", STORY.index(" in Pyongyang"))[1].split("\t")[0]

    code, claim, _ = run(capsys, "claim", project, "The two generals met in Pyongyang on 6 November")
    assert code == 0 and claim
    code, actor, _ = run(capsys, "actor", project, "No Kwang Chol", "--kind", "person", "--alias", "Ro Kwang Chol", "--wikidata", "Q123")
    code, source, _ = run(capsys, "source", project, "Krasnaya Zvezda", "--publisher", "Russian Ministry of Defence", "--grade", "d4",
                          "--document", doc)
    code, _, err = run(capsys, "source", project, "Elsewhere", "--document", "no-such-document")
    assert code == 2 and "document" in err
    assert run(capsys, "link", project, ann, actor, "--reason", "misspelling")[0] == 0
    assert run(capsys, "link", project, claim_span, claim)[0] == 0
    assert run(capsys, "link", project, claim, source, "--relation", "supports")[0] == 0
    assert run(capsys, "verdict", project, claim, "mostly true", "--rationale", "MoD readout confirms the date")[0] == 0

    links = json.loads(run(capsys, "list", project, "links", "--json")[1])
    relations = sorted((l["subject_kind"], l["relation"], l["object_kind"], l["as_written"], l["reason"]) for l in links)
    assert relations == [
        ("annotation", "mentions", "actor", "No Gun Chol", "misspelling"),
        ("annotation", "states", "claim", "", ""),
        ("claim", "supports", "source", "", ""),
    ]
    [c] = json.loads(run(capsys, "list", project, "claims", "--json")[1])
    assert (c["verdict"], c["rationale"]) == ("mostly true", "MoD readout confirms the date")
    [s] = json.loads(run(capsys, "list", project, "sources", "--json")[1])
    assert (s["reliability"], s["credibility"], s["document_id"]) == ("D", 4, doc)
    claimreview = json.loads(run(capsys, "export", project, "--format", "claimreview")[1])
    assert claimreview[0]["reviewRating"]["alternateName"].lower() == "mostly true"


@pytest.mark.parametrize(
    "args, fragment",
    [
        (("claim", "{p}", "x", "--verdict", "sort of"), "unknown verdict"),
        (("actor", "{p}", "X", "--kind", "alien"), "unknown actor kind"),
        (("source", "{p}", "X", "--grade", "Z9"), "reliability"),
        (("link", "{p}", "nope", "nope"), "no annotation or claim"),
        (("verdict", "{p}", "nope", "false"), "no claim"),
    ],
)
def test_bad_values_exit_2_with_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str], args: tuple[str, ...], fragment: str) -> None:
    project = tmp_path / "K.sourcemark"
    run(capsys, "new", project)
    code, out, err = run(capsys, *(a.format(p=project) for a in args))
    assert code == 2 and out == "" and err.count("\n") == 1 and fragment in err


def test_claimreview_names_the_organisation_or_the_analyst(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    project = tmp_path / "K.sourcemark"
    run(capsys, "new", project)
    run(capsys, "--analyst", "Ana", "claim", project, "Engineers clear mines", "--verdict", "false")
    [review] = json.loads(run(capsys, "export", project, "--format", "claimreview")[1])
    assert review["author"] == {"@type": "Person", "name": "Ana"}
    [review] = json.loads(run(capsys, "export", project, "--format", "claimreview", "--author", "Verification Desk")[1])
    assert review["author"]["@type"] == "Organization" and review["author"]["name"] == "Verification Desk"


def test_document_details_are_corrected_and_cited_by_claimreview(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    project = tmp_path / "K.sourcemark"
    story = tmp_path / "story.txt"
    story.write_text(STORY, encoding="utf-8")
    run(capsys, "new", project)
    doc = run(capsys, "add", project, story)[1].split("\t")[0]
    assert run(capsys, "document", project, doc, "--title", "Wire story on Kursk", "--url", "https://example.org/kursk",
               "--published", "2024-11-07", "--publisher", "Example Wire")[0] == 0
    [d] = json.loads(run(capsys, "list", project, "documents", "--json")[1])
    assert d["title"] == "Wire story on Kursk"
    assert d["metadata"]["url"] == "https://example.org/kursk" and d["metadata"]["published"] == "2024-11-07"
    claim = run(capsys, "claim", project, "The generals met on 6 November", "--verdict", "true")[1]
    ann = run(capsys, "annotate", project, doc, "--start", 0, "--end", 15)[1].split("\t")[0]
    run(capsys, "link", project, ann, claim)
    [review] = json.loads(run(capsys, "export", project, "--format", "claimreview")[1])
    assert "https://example.org/kursk" in json.dumps(review["itemReviewed"])
    code, _, err = run(capsys, "document", project, doc, "--published", "last week")
    assert code == 2 and "ISO date" in err


def test_claimreview_url_and_gaps_on_stderr(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    project = tmp_path / "K.sourcemark"
    run(capsys, "new", project)
    claim = run(capsys, "claim", project, "Engineers clear mines </script>", "--verdict", "unproven")[1]
    code, out, err = run(capsys, "export", project, "--format", "claimreview", "--url", "https://checks.example/{id}")
    [review] = json.loads(out)
    assert code == 0 and review["url"] == f"https://checks.example/{claim}" and "</script>" not in out
    assert review["reviewRating"]["alternateName"] == "Unproven" and "ratingValue" not in review["reviewRating"]
    gaps = err.strip().splitlines()
    assert len(gaps) == 1 and claim in gaps[0]
    assert all(f"itemReviewed.{key}" in gaps[0] for key in ("author", "appearance", "datePublished"))
    code, _, err = run(capsys, "export", project, "--format", "claimreview")
    assert code == 0 and "no url" in err
