"""A document an earlier release imported is proved by the text rules it was made with (app.documents.text_rules):
after a release reads Arabic ligatures in logical order, puts a web page's lead back from a <div>, or takes the
headline a page states as its title, `check` and
a merge do not call the earlier text forged, and a forged text is still found."""

import json
from pathlib import Path

import pytest

from app.documents.fingerprint import sha256_text
from app.documents.text_rules import CURRENT, LEAD_IN_DIV, LIGATURES_IN_ORDER, TITLES_STATED, text_rules
from app.services import annotate, documents, evidence
from app.services.merge import merging
from app.services.session import ProjectSession
from app.store import texts
from tests.fixtures.run import add_document

PDF = Path(__file__).parents[1] / "data" / "realworld" / "pdfjs-ArabicCIDTrueType.pdf"
REVERSED, LOGICAL = "اخلطوط", "الخطوط"  # lam-khah (U+FCCB) as MuPDF turns it round, and in logical order


def _import_under(revision: int, folder: Path, file: Path, quote: str) -> tuple[str, str]:
    """A project made by the release whose text rules were `revision`: `file` imported, `quote` highlighted in its
    text; (the document's id, that text)."""
    with text_rules(revision), ProjectSession.create(folder, analyst="ana") as s:
        doc_id = add_document(s, file).document.id
        text = documents.text_job(s, doc_id)().text
        start = text.index(quote)
        s.execute(annotate.create_annotation(s, doc_id, start, start + len(quote)))
    return doc_id, text


def _remade_today(folder: Path, doc_id: str) -> tuple[str, str]:
    """`check` proves the project; its text cache is lost and the text made again, by the rules it was made with
    (its hash is the document's, its highlight stands where it says), and `check` proves it again: (the text
    made again, the highlight's quote)."""
    with ProjectSession.open(folder) as s:
        assert evidence.check_project(s) == []
        doc = s.project.documents[doc_id]
        s.store.text_path(doc.text_sha256).unlink()
    with ProjectSession.open(folder) as s:
        text = documents.text_job(s, doc_id)().text
        ann = next(iter(s.project.annotations.values()))
        assert sha256_text(text) == doc.text_sha256 and text[ann.start:ann.end] == ann.exact
        assert evidence.check_project(s) == []
    return text, ann.exact


def _text_today(folder: Path, file: Path) -> str:
    """The text `file` gets when imported now."""
    with ProjectSession.create(folder, analyst="ana") as s:
        doc_id = add_document(s, file).document.id
        return documents.text_job(s, doc_id)().text


@pytest.fixture
def earlier(tmp_path: Path) -> tuple[Path, str]:
    """The PDF imported by the release before the ligature rule, with a highlight on the word it read reversed."""
    assert CURRENT >= LIGATURES_IN_ORDER
    doc_id, _text = _import_under(LIGATURES_IN_ORDER - 1, tmp_path / "old.sourcemark", PDF, REVERSED)
    return tmp_path / "old.sourcemark", doc_id


def test_today_the_word_reads_in_logical_order(tmp_path: Path) -> None:
    text = _text_today(tmp_path / "new.sourcemark", PDF)
    assert LOGICAL in text and REVERSED not in text


def test_check_proves_a_text_an_earlier_release_made(earlier: tuple[Path, str]) -> None:
    text, quote = _remade_today(*earlier)
    assert REVERSED in text and quote == REVERSED


def test_a_merge_takes_a_document_an_earlier_release_imported(earlier: tuple[Path, str], tmp_path: Path) -> None:
    folder, doc_id = earlier
    with ProjectSession.create(tmp_path / "new.sourcemark", analyst="boris") as s:
        preview = merging.preview_merge(s, folder)
        assert preview.plan.dropped == []
        s.execute(merging.merge_command(s, preview))
        assert doc_id in s.project.documents and len(s.project.annotations) == 1
        assert evidence.check_project(s) == []


def test_a_forged_text_is_still_found_under_every_revision(earlier: tuple[Path, str]) -> None:
    folder, doc_id = earlier
    with ProjectSession.open(folder) as s:
        real = s.store.get_text(s.project.documents[doc_id].text_sha256)
    assert real is not None
    forged = type(real)(real.text.replace(REVERSED, LOGICAL[::-1] + "x"), real.pages, real.ocr_words)
    sha = sha256_text(forged.text)
    (folder / "texts" / f"{sha}.smtext").write_bytes(texts.encode(forged))
    path = folder / "project.json"  # the document now names the forged text
    data = json.loads(path.read_text(encoding="utf-8"))
    next(iter(data["documents"].values())).update(text_sha256=sha)
    path.write_text(json.dumps(data), encoding="utf-8")
    with ProjectSession.open(folder, read_only=True) as s:
        problems = evidence.check_project(s)
    assert any(p.startswith(f"document {doc_id}: its text does not match what its original gives") for p in problems)


LEAD = "Zázrak jedné sezony? West Ham dává pochybovačům stále pádnější odpovědi a fotbalový svět si začíná uvědomovat."
BODY = "Pět vítězných soutěžních duelů v řadě, během nich jediný inkasovaný gól a nadšené ohlasy komentátorů. "
PAGE = (f'<html><head><title>West Ham hrozí gigantům</title></head><body><h1>West Ham hrozí gigantům</h1>'
        f'<div class="article__perex">{LEAD}</div><div class="article__body"><p>{BODY * 3}</p><p>{BODY * 2}</p>'
        "</div></body></html>")


def test_a_page_imported_before_the_lead_in_a_div_rule_is_proved_and_keeps_its_text(tmp_path: Path) -> None:
    assert CURRENT >= LEAD_IN_DIV
    page = tmp_path / "aktualne.html"
    page.write_text(PAGE, encoding="utf-8")
    doc_id, text = _import_under(LEAD_IN_DIV - 1, tmp_path / "old.sourcemark", page, "Pět vítězných")
    assert LEAD not in text
    text, quote = _remade_today(tmp_path / "old.sourcemark", doc_id)
    assert LEAD not in text and quote == "Pět vítězných"
    assert _text_today(tmp_path / "new.sourcemark", page).startswith(f"West Ham hrozí gigantům\n\n{LEAD}\n\nPět vítězných")


STATED = "Saving Data: Reducing the size of App Updates by 65%"
TITLED = (f'<html><head><title>{STATED} | Android Developers Blog</title><meta property="og:title" content="{STATED}">'
          f"</head><body><article><p>{BODY * 3}</p><p>{BODY * 2}</p></article></body></html>")


def test_a_page_imported_before_the_stated_title_rule_is_proved_and_keeps_its_title(tmp_path: Path) -> None:
    assert CURRENT >= TITLES_STATED
    page = tmp_path / "blog.html"
    page.write_text(TITLED, encoding="utf-8")
    old_first_line = f"{STATED} | Android Developers Blog\n\nPět vítězných"
    doc_id, text = _import_under(TITLES_STATED - 1, tmp_path / "old.sourcemark", page, "Pět vítězných")
    assert text.startswith(old_first_line)
    text, quote = _remade_today(tmp_path / "old.sourcemark", doc_id)
    assert text.startswith(old_first_line) and quote == "Pět vítězných"
    assert _text_today(tmp_path / "new.sourcemark", page).startswith(f"{STATED}\n\nPět vítězných")
