"""The bad input corpus through the CLI (in-process and as real processes) and the import services:
imported correctly, or refused with exit 2 and one line; never a traceback, a hang or unbounded memory;
the project stays valid."""

import copy
import json
import shutil
from pathlib import Path
from typing import Any

import pytest

from app.domain.errors import SourcemarkError
from app.domain.links import Kind
from app.services.annotate import create_annotation
from app.services.entities import create_claim
from app.services.linking import link
from app.services.session import ProjectSession
from tests.fixtures import documents as fx
from tests.fixtures import run
from tests.fixtures.run import add_document

from . import corpus
from .helpers import assert_refused_or_ok, cli, new_text_project, sourcemark

CASES = corpus.documents()


@pytest.fixture(scope="module")
def files(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    root = tmp_path_factory.mktemp("bad")
    return {case: (root if not name else corpus.write(root, name, data)) for case, (name, data, _) in CASES.items()}


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    folder = tmp_path_factory.mktemp("badproj") / "Bad.sourcemark"
    doc_id = new_text_project(folder)
    with ProjectSession.open(folder) as session:
        command = create_annotation(session, doc_id, 0, 30)
        session.execute(command)
        claim_cmd, claim = create_claim(session, "The bridge reopens in May")
        session.execute(claim_cmd)
        session.execute(link(session, (Kind.ANNOTATION, command.ops[0].oid), (Kind.CLAIM, claim.id)))
    return folder, doc_id


def _valid(folder: Path) -> None:
    result = cli("check", folder)
    assert result.code == 0, result.out + result.err


@pytest.mark.parametrize("case", list(CASES))
def test_document_through_cli_and_service(case: str, files: dict[str, Path], project: tuple[Path, str]) -> None:
    folder, _ = project
    _, _, expected = CASES[case]
    result = cli("add", folder, files[case])
    assert_refused_or_ok(result, case)
    if expected != corpus.EITHER:
        assert (result.code == 0) == (expected == corpus.OK), f"{case}: expected {expected}, got {result}"
    _valid(folder)
    with ProjectSession.open(folder) as session:  # the use case itself: a document, or a SourcemarkError
        try:
            outcome = add_document(session, files[case])
            assert expected != corpus.REFUSED, f"{case} was accepted by the service"
            assert outcome.document.id in session.project.documents
        except SourcemarkError as exc:
            assert expected != corpus.OK, f"{case}: {exc}"
            assert "\n" not in str(exc).strip()
    _valid(folder)


def test_encrypted_pdf_with_and_without_the_right_password(tmp_path: Path, project: tuple[Path, str]) -> None:
    folder, _ = project
    path = tmp_path / "locked report.pdf"
    path.write_bytes(fx.encrypted_pdf())
    wrong = cli("add", folder, path, "--password", "not it")
    assert_refused_or_ok(wrong, "wrong password")
    assert wrong.code == 2 and "password" in wrong.err.lower()
    right = cli("add", folder, path, "--password", fx.PASSWORD)
    assert right.code == 0 and "\tpdf\t" in right.out, right
    _valid(folder)


# -- real processes: exit code, one line, time and peak memory -------------------------------------------------

SUBPROCESS = {  # case -> peak RSS bound in MB (measured about a third to a half of it)
    "truncated pdf": 400, "junk .epub": 400, "hostile html": 400, "100,000-deep html": 600,
    "epub zip bomb (1 GB of zeros)": 400, "newline in name": 400,
    "wacz zip bomb (600 MB)": 400, "wacz zip bomb declaring 1 MB (600 MB)": 400,
    "epub zip bomb declaring 1 MB (600 MB)": 400, "truncated warc.gz": 400, "warc with remote resources": 400,
}


@pytest.mark.slow
@pytest.mark.parametrize("case", list(SUBPROCESS))
def test_real_process(case: str, files: dict[str, Path], project: tuple[Path, str]) -> None:
    folder, _ = project
    result = sourcemark("add", folder, files[case], timeout=60)
    assert_refused_or_ok(result, case)
    assert result.max_rss_mb < SUBPROCESS[case], f"{case}: peak RSS {result.max_rss_mb:.0f} MB"
    _valid(folder)


@pytest.mark.slow
def test_50_mb_single_line_text(corpus_dir: Path, tmp_path: Path) -> None:
    path = corpus_dir / "one line.txt"
    if not path.exists():
        with open(path, "wb") as f:
            for _ in range(50):
                f.write(b"word " * (2**20 // 5) + b"word")
    folder = tmp_path / "Big.sourcemark"
    assert cli("new", folder).code == 0
    result = sourcemark("add", folder, path, timeout=120)  # the guard against a hang; no time assertion
    assert_refused_or_ok(result, "50 MB text")
    assert result.code == 0
    assert result.max_rss_mb < 1600, f"peak RSS {result.max_rss_mb:.0f} MB for a 50 MB file"  # measured ~1,050 MB
    _valid(folder)


@pytest.mark.slow
def test_5000_page_pdf(pdf_5000: Path, tmp_path: Path) -> None:
    folder = tmp_path / "Long.sourcemark"
    assert cli("new", folder).code == 0
    result = sourcemark("add", folder, pdf_5000, timeout=180)
    assert result.code == 0 and "\tpdf\t5000\t" in result.out, result
    assert result.max_rss_mb < 800, f"peak RSS {result.max_rss_mb:.0f} MB"  # measured ~250 MB
    doc_id = result.out.split("\t")[0]
    text = sourcemark("text", folder, doc_id, timeout=60)
    assert text.code == 0 and "4999.2 Witnesses" in text.out
    _valid(folder)


# -- annotation imports -----------------------------------------------------------------------------------------

def _base(folder: Path) -> dict[str, Any]:
    return json.loads(cli("export", folder, "--format", "json").out)


def _mutations(base: dict[str, Any]) -> dict[str, bytes]:
    """case -> bytes of a malformed, truncated or hostile annotation file."""
    out: dict[str, bytes] = {}

    def variant(case: str, change: Any) -> None:
        data = copy.deepcopy(base)
        change(data)
        out[case] = json.dumps(data).encode()

    ann = lambda d: d["annotations"][0]  # noqa: E731
    raw = json.dumps(base).encode()
    out["empty file"] = b""
    out["truncated json"] = raw[: len(raw) // 2]
    out["junk bytes"] = fx.junk_bytes()
    out["invalid utf-8"] = raw.replace(b"The", b"\xff\xfe", 1)
    out["utf-16 json"] = json.dumps(base).encode("utf-16")
    out["top level is a number"] = b"42"
    out["list of numbers"] = b"[1, 2, 3]"
    out["deep nesting"] = b"[" * 100_000 + b"]" * 100_000
    out["NaN"] = raw.replace(b'"start": 0', b'"start": NaN', 1)
    out["duplicate keys"] = raw.replace(b'"start": 0', b'"start": 0, "start": 1', 1)
    out["many values"] = json.dumps({**base, "extra": [0] * 1_100_000}).encode()
    variant("wrong schema", lambda d: d.update(schema="sourcemark/99"))
    variant("start is a string", lambda d: ann(d).update(start="0"))
    variant("start is a float", lambda d: ann(d).update(start=1.5))
    variant("start is a bool", lambda d: ann(d).update(start=True))
    variant("annotations is an object", lambda d: d.update(annotations={"a": 1}))
    variant("annotation is a list", lambda d: d["annotations"].append([1, 2]))
    variant("exact is a list", lambda d: ann(d).update(exact=["a"]))
    variant("note is null", lambda d: ann(d).update(note=None))
    variant("quads wrong shape", lambda d: ann(d).update(quads=[[1, 2]]))
    variant("pages negative", lambda d: ann(d).update(pages=[-1]))
    variant("huge note (2 M chars)", lambda d: ann(d).update(note="=" * 2_000_000))
    variant("big note (900 k chars)", lambda d: ann(d).update(note="+x" * 450_000, id="big-note-1"))
    variant("offsets beyond the text", lambda d: ann(d).update(start=10**12, end=10**12 + 20, id="far-1"))
    variant("negative offsets", lambda d: ann(d).update(start=-20, end=-1, id="neg-1"))
    variant("end before start", lambda d: ann(d).update(start=50, end=10, id="rev-1"))
    variant("quote not in the text", lambda d: ann(d).update(exact="nowhere to be found at all", id="lost-1"))
    variant("colliding ids within the file", lambda d: d["annotations"].append(dict(ann(d))))
    variant("id collides with a claim", lambda d: ann(d).update(id=d["claims"][0]["id"]))
    variant("same id, other content", lambda d: ann(d).update(note="changed elsewhere"))
    variant("id with ../", lambda d: ann(d).update(id="../../outside"))
    variant("document id with ../", lambda d: [x.update(document_id="../../evil") for x in d["annotations"]]
            or d["documents"][0].update(id="../../evil"))
    variant("document id with /", lambda d: [x.update(document_id="/etc/passwd") for x in d["annotations"]]
            or d["documents"][0].update(id="/etc/passwd"))
    variant("original_name with ../", lambda d: d["documents"][0].update(original_name="../../../evil.txt"))
    variant("original_name absolute", lambda d: d["documents"][0].update(original_name="/tmp/evil.txt"))
    variant("unknown document", lambda d: d["documents"][0].update(id="not-here", sha256="0" * 64))
    variant("link to nothing", lambda d: d["links"][0].update(object_id="missing-claim"))
    variant("link of a wrong kind pair", lambda d: d["links"][0].update(subject_kind="claim", object_kind="document"))
    variant("verdict unknown", lambda d: d["claims"][0].update(verdict="totally"))
    variant("category unknown", lambda d: ann(d).update(category="<script>", id="cat-1"))
    w3c = {"@context": "http://www.w3.org/ns/anno.jsonld", "type": "Annotation", "id": "urn:x:1",
           "target": {"source": "urn:doc", "selector": {"type": "TextQuoteSelector", "exact": "bridge"}}}
    out["w3c valid"] = json.dumps(w3c).encode()
    out["w3c selector is a string"] = json.dumps({**w3c, "target": {"selector": "x"}}).encode()
    out["w3c position out of range"] = json.dumps({**w3c, "target": {"source": "urn:doc", "selector": {
        "type": "TextPositionSelector", "start": 10**9, "end": 10**9 + 5}}}).encode()
    out["w3c negative position"] = json.dumps({**w3c, "target": {"source": "urn:doc", "selector": {
        "type": "TextPositionSelector", "start": -5, "end": 2}}}).encode()
    out["w3c huge exact"] = json.dumps({**w3c, "target": {"source": "urn:doc", "selector": {
        "type": "TextQuoteSelector", "exact": "b" * 900_000}}}).encode()
    sel = {"type": "TextQuoteSelector", "exact": "bridge"}
    out["w3c bodies of wrong shapes"] = json.dumps({**w3c, "body": [
        {"type": "SpecificResource", "purpose": "assessing", "source": 5},
        {"type": "SpecificResource", "purpose": "identifying", "source": {"id": "urn:uuid:zz", "label": ["a", 3],
                                                                          "value": {"x": 1}, "nickname": "n" * 5000}},
        {"type": "SpecificResource", "purpose": "linking", "id": "urn:sourcemark:source:..%2F..%2Fx",
         "source": {"id": "javascript:alert(1)", "label": "<script>", "value": "Z9"}},
        {"type": "SpecificResource", "purpose": "assessing", "source": {"id": "urn:a", "label": "c" * 20_000}},
        {"type": "TextualBody", "purpose": "classifying", "value": "x" * 100}]}).encode()
    out["w3c targets of wrong shapes"] = json.dumps([{**w3c, "id": f"urn:x:t{i}", "target": t} for i, t in enumerate([
        {"source": {"id": 5}, "selector": sel}, {"source": "http://[::1", "selector": sel},
        {"source": "urn:sha256:", "state": [{"cached": 5}, "x", {"type": "TimeState", "sourceDate": 3}], "selector": sel},
        "urn:sha256:" + "f" * 64])]).encode()
    out["hypothesis document links of wrong shapes"] = json.dumps({"rows": [{"id": "h9", "uri": 5, "document": {
        "link": [5, {"href": 3}, {"href": "https://x.example"}]}, "target": [{"selector": [sel]}]}]}).encode()
    out["hypothesis rows wrong types"] = json.dumps({"rows": [{"id": 5, "target": "x", "tags": "a"}, 7]}).encode()
    out["hypothesis valid"] = json.dumps({"rows": [{"id": "h1", "text": "note", "tags": ["claim"], "user": "acct:a@h",
        "target": [{"selector": [{"type": "TextQuoteSelector", "exact": "the bridge", "prefix": "that ", "suffix": " over"}]}]}]}).encode()
    return out


@pytest.mark.slow
def test_hostile_annotation_imports(project: tuple[Path, str], tmp_path: Path) -> None:
    folder, doc_id = project
    cases = _mutations(_base(folder))
    outside_before = sorted(p.name for p in tmp_path.parent.iterdir())
    for case, data in cases.items():
        path = tmp_path / "import.json"
        path.write_bytes(data)
        result = cli("import", folder, path, "--document", doc_id)
        assert_refused_or_ok(result, f"import: {case}")
        assert_refused_or_ok(cli("import", folder, path), f"import by target: {case}")
        _valid(folder)
        with ProjectSession.open(folder) as session:  # the service: a report or a SourcemarkError
            try:
                run.import_annotations(session, data, document_id=doc_id)
            except SourcemarkError as exc:
                assert str(exc).strip() and "\n" not in str(exc).strip(), (case, exc)
            for ann in session.project.annotations.values():
                text_len = len(session.store.get_text(session.project.documents[ann.document_id].text_sha256).text)
                assert 0 <= ann.start <= ann.end <= text_len or ann.status.value == "orphan", (case, ann)
        _valid(folder)
    assert sorted(p.name for p in tmp_path.parent.iterdir()) == outside_before  # nothing written beside the test dir
    assert not list(folder.rglob("*evil*")) and not list(folder.parent.rglob("outside*"))


@pytest.mark.timeout(120)  # a query that runs away fails here, with its traceback; no time assertion
@pytest.mark.parametrize("case", list(corpus.search_queries()))
def test_hostile_search_queries(case: str, project: tuple[Path, str], tmp_path: Path) -> None:
    folder, _ = project
    args, expected = corpus.search_queries()[case]
    result = cli("search", folder, *args)
    assert_refused_or_ok(result, f"search: {case}")
    if expected != corpus.EITHER:
        assert (result.code == 0) == (expected == corpus.OK), f"search {case}: expected {expected}, got {result}"


@pytest.mark.slow
def test_hostile_other_projects_for_merge_and_agreement(project: tuple[Path, str], tmp_path: Path) -> None:
    """A damaged or hand-edited colleague's project: a one-line refusal or a clean result, never a
    traceback, and this project stays valid (and untouched when refused)."""
    folder, _ = project
    good = tmp_path / "good.sourcemark"
    shutil.copytree(folder, good, ignore=shutil.ignore_patterns("lock"))
    with ProjectSession.open(good, analyst="boris") as other:  # give the copy a fresh document to bring in
        src = tmp_path / "fresh.txt"
        src.write_text("A fresh report from the other analyst.\n", encoding="utf-8")
        add_document(other, src)
    for case, other in corpus.hostile_projects(good, tmp_path).items():
        for args in (("merge", folder, other, "--dry-run"), ("merge", folder, other, "--prefer", "theirs"),
                     ("agreement", folder, other, "--json")):
            before = (folder / "project.json").read_bytes()
            result = cli(*args)
            assert_refused_or_ok(result, f"{args[0]}: {case}")
            if result.code != 0 or "--dry-run" in args or args[0] == "agreement":
                assert (folder / "project.json").read_bytes() == before, f"{args[0]}: {case} changed the project"
            _valid(folder)
        for args in (("list", other, "claims"), ("list", other, "annotations", "--json")):
            assert_refused_or_ok(cli(*args), f"{args[0]}: {case}")
        checked = cli("check", other)
        assert "Traceback" not in checked.err and "internal error" not in checked.err, (case, checked.err)
        assert checked.code == (2 if case == "not a project" else 1), (case, checked.out, checked.err)
    assert not list(tmp_path.parent.rglob("evil*"))
def test_hostile_audit_logs(tmp_path: Path) -> None:
    """check names the first broken entry (exit 1) or passes; manifest refuses (exit 1); never a traceback."""
    folder = tmp_path / "Audit.sourcemark"
    doc_id = new_text_project(folder)
    with ProjectSession.open(folder) as session:
        session.execute(create_annotation(session, doc_id, 0, 30))
        session.execute(create_claim(session, "The bridge reopens in May")[0])
    log = folder / "audit.jsonl"
    good = log.read_bytes()
    for case, (data, passes) in corpus.audit_logs(good).items():
        log.write_bytes(data)
        result = cli("check", folder)
        assert "Traceback" not in result.err and "internal error" not in result.err, (case, result.err)
        assert result.code == (0 if passes else 1), (case, result.out, result.err)
        if not passes:
            assert any(line.startswith("audit log: ") for line in result.out.splitlines()), (case, result.out)
        manifest = cli("manifest", folder, "-o", tmp_path / "m.json")
        assert manifest.code == (0 if passes else 1) and "internal error" not in manifest.err, (case, manifest.err)
        assert_refused_or_ok(cli("history", folder), f"history: {case}")
    log.write_bytes(good)


def test_the_corpus_is_not_vacuous_and_each_case_has_its_own_file() -> None:
    """The tests above are parametrised over the corpus: an empty corpus, or one whose every case expects the
    same outcome, would pass them all; and `files` writes every case into one folder, so two cases sharing a
    file name would silently test the same bytes twice."""
    expectations = [expected for _, _, expected in CASES.values()]
    assert set(expectations) <= {corpus.OK, corpus.REFUSED, corpus.EITHER}
    assert expectations.count(corpus.OK) >= 3 and expectations.count(corpus.REFUSED) >= 10, expectations
    names = [name for name, _, _ in CASES.values() if name]
    assert len(names) == len(set(names)), sorted(n for n in names if names.count(n) > 1)
