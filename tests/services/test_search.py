"""Corpus search over the canonical texts: quote, regex and actor modes, pages and quads for PDFs, guards."""

from pathlib import Path

import pytest

from app.domain.errors import DomainError
from app.domain.links import Kind
from app.domain.normalize import fold
from app.services import entities, linking
from app.services.annotate import create_annotation
from app.services.documents import document_text
from app.services.search import ProjectSearch, actor_names, compile_pattern, search
from tests.fixtures import documents as fx
from tests.fixtures.run import add_document

from .conftest import span


def test_quote_ignores_case_diacritics_dashes_and_line_breaks(session, doc_id) -> None:
    text = document_text(session, doc_id).text
    hits = search(session, "pak yong il")
    assert [(h.start, text[h.start : h.end]) for h in hits] == [
        (text.index("Pak Yong-il"), "Pak Yong-il"), (text.index("PAK YONG IL"), "PAK YONG IL")]
    hit = hits[0]
    assert hit.document_id == doc_id and hit.exact == "Pak Yong-il" and hit.pages == ()
    assert hit.prefix == text[hit.start - 32 : hit.start] and hit.suffix == text[hit.end : hit.end + 32]
    assert search(session, "KRÁSNAYA   zvezda")[0].exact == "Krasnaya Zvezda"
    assert search(session, "no such words") == []


def test_regex_mode_and_its_guards(session, doc_id) -> None:
    hits = search(session, r"General \w+ \w+", mode="regex")
    assert [h.exact for h in hits] == ["General Victor Goremykin", "General No Gun"]
    assert search(session, r"^The", mode="regex")  # MULTILINE: ^ is the start of any paragraph
    assert [h.exact for h in search(session, r"(?i)pak yong.il", mode="regex")] == ["Pak Yong-il", "PAK YONG IL"]
    for bad in ("(unclosed", "[z-a]", "a{4294967296}", "*x", "\\"):
        with pytest.raises(DomainError, match="bad regular expression"):
            search(session, bad, mode="regex")
    compile_pattern(r"(\d{1,3},)*\d+")
    assert search(session, r"\b(?=General)", mode="regex") == []  # empty matches highlight nothing


@pytest.mark.timeout(60)  # the guard, not a time assertion: without the limit this search runs for hours
def test_a_catastrophic_regex_is_stopped_by_its_time_limit(session, tmp_path: Path, monkeypatch) -> None:
    slow = tmp_path / "runs.txt"
    slow.write_text(("a" * 60 + "b\n") * 3, encoding="utf-8")
    add_document(session, slow)
    monkeypatch.setattr("app.services.search.REGEX_SECONDS", 0.5)
    with pytest.raises(DomainError, match="took longer than 0.5 s"):
        search(session, "(a|aa)+$", mode="regex")  # exponential backtracking: stopped, not hours


def test_actor_mode_finds_name_aliases_and_confirmed_misspellings(session, doc_id) -> None:
    command, actor = entities.create_actor(session, "No Kwang Chol", aliases=("Но Гван Чхоль",))
    session.execute(command)
    assert search(session, "No Kwang Chol", mode="actor") == []  # the story only has the misspelling
    start, end = span(session, doc_id, "No Gun Chol")
    create = create_annotation(session, doc_id, start, end, category="actor")
    session.execute(create)
    ann = create.ops[0].after
    session.execute(linking.link(session, (Kind.ANNOTATION, ann.id), (Kind.ACTOR, actor.id), None,
                                 as_written="No Gun Chol", reason="misspelling"))
    assert "No Gun Chol" in actor_names(session, actor.id)
    for query in (actor.id, "no kwang chol", "Но Гван Чхоль"):
        assert [h.exact for h in search(session, query, mode="actor")] == ["No Gun Chol"]
    with pytest.raises(DomainError, match="no actor"):
        search(session, "Nobody", mode="actor")


def test_pdf_hits_carry_pages_and_quads(session, tmp_path: Path) -> None:
    pdf = tmp_path / "long.pdf"
    pdf.write_bytes(fx.many_pages_pdf(3, lines_per_page=5))
    doc = add_document(session, pdf).document
    searcher = ProjectSearch(session)
    hits = searcher.search("2.4 witnesses", document_ids=[doc.id])
    (hit,) = hits
    assert hit.pages == (2,) and hit.exact == "2.4 Witnesses" and hit.title == doc.title
    quads = searcher.quads(hit)
    assert quads and all(q.page == 2 for q in quads) and quads[0].x1 > quads[0].x0
    assert len(searcher.search("convoy", document_ids=[doc.id])) == 15
    assert len(searcher.search("convoy", limit=4)) == 4
    assert len(searcher.search("convoy")) == 15  # the story has no convoy


def test_bad_queries_are_one_clear_line(session) -> None:
    for query, mode, message in (("", "quote", "empty"), ("  ", "regex", "empty"), ("x" * 1001, "quote", "too long"),
                                 ("x", "fuzzy", "unknown search mode"),
                                 ("— - –", "quote", "nothing to search for")):
        with pytest.raises(DomainError, match=message):
            search(session, query, mode=mode)
    with pytest.raises(DomainError, match="no document"):
        search(session, "x", document_ids=["nope"])


def test_fold_of_a_whole_text_is_fold_of_each_character() -> None:
    text = "Pak Yong-il — ÉCOLE\tnaïve\nСтрасть ǅ ß ﬁ"
    assert fold(text) == "".join(fold(ch) for ch in text) and len(fold(text)) == len(text)
    assert fold(text).startswith("pak yong il   ecole naive страсть")


def test_folded_texts_kept_between_searches_are_bounded(session, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr("app.services.search.FOLDED_CHARS", 1000)
    for n in range(3):
        path = tmp_path / f"doc{n}.txt"
        path.write_text(f"Document {n} about the convoy. " * 20, encoding="utf-8")
        add_document(session, path)
    searcher = ProjectSearch(session)
    assert len(searcher.search("convoy")) == 60
    assert sum(map(len, searcher._folded.values())) <= 1000 or len(searcher._folded) == 1
    assert len(searcher.search("convoy")) == 60  # dropped texts are folded again when needed


def test_quote_search_finds_cjk_spaced_by_extraction_and_arabic_presentation_forms(session, tmp_path: Path) -> None:
    path = tmp_path / "scripts.txt"
    path.write_text("公告：关 于 红 军 长 征 的 报 道。\n\nقالت ﺍﻟﺠﺰﻳﺮﺓ إن الاجتماع انتهى\n", encoding="utf-8")
    doc = add_document(session, path).document
    text = document_text(session, doc.id).text
    searcher = ProjectSearch(session)
    cjk = searcher.search("关于红军")
    assert [text[h.start:h.end] for h in cjk] == ["关 于 红 军"] and cjk[0].exact == "关 于 红 军"
    arabic = searcher.search("الجزيرة")
    assert [text[h.start:h.end] for h in arabic] == ["ﺍﻟﺠﺰﻳﺮﺓ"]
