"""Security: no network access from opening or rendering any document, no script content from HTML,
spreadsheet-safe CSV, and nothing written outside the project folder whatever an imported file says."""

import csv
import io
import json
import os
import re
import shutil
import socket
from pathlib import Path

import pytest

from app.documents.output.render import PageRenderer
from app.documents.registry import load_bytes
from app.domain.documents import DocumentKind
from app.domain.links import Kind
from app.services import entities
from app.services.annotate import create_annotation, edit_annotation
from app.services.documents import document_text
from app.services.entities import create_claim
from app.services.linking import link
from app.services.session import ProjectSession
from tests.fixtures import archives as cap
from tests.fixtures import documents as fx
from tests.fixtures import images as img
from tests.fixtures import web_server
from tests.fixtures.run import add_document

from . import corpus
from .helpers import cli, new_text_project


class NetworkUsed(AssertionError):
    pass


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Any attempt to resolve or connect fails the test (and is recorded, in case a library swallows it)."""
    attempts: list[str] = []

    def refuse(name: str):  # type: ignore[no-untyped-def]
        def fail(*args: object, **kwargs: object) -> None:
            attempts.append(f"{name}{args[1:] if name.startswith('socket.') else args}")
            raise NetworkUsed(f"network access: {name}{args}")
        return fail

    for attr in ("connect", "connect_ex", "sendto"):
        monkeypatch.setattr(socket.socket, attr, refuse(f"socket.{attr}"))
    for attr in ("create_connection", "getaddrinfo", "gethostbyname", "gethostbyname_ex"):
        monkeypatch.setattr(socket, attr, refuse(attr))
    return attempts


def _every_kind() -> dict[str, tuple[str, bytes]]:
    return {
        "html with remote images, iframes, scripts": ("hostile.html", corpus.hostile_html()),
        "pdf with uri and launch links": ("links.pdf", corpus.uri_pdf()),
        "epub with remote resources": ("remote.epub", corpus.remote_epub()),
        "plain text with urls": ("urls.txt", f"See {corpus.REMOTE}x and www.example.org".encode()),
        "news html": ("news.html", fx.news_html()),
        "two-column pdf": ("two.pdf", fx.two_column_pdf()),
        "warc whose pages load remote scripts, styles, images": ("remote.warc.gz", cap.warc()),
        "warc written by sourcemark capture": ("capture.warc.gz", web_server.recorded_warc(corpus.hostile_html())),
        "wacz": ("crawl.wacz", cap.wacz()),
        "brotli-encoded warc": ("br.warc.gz", cap.warc(codings={"https://news.example/bridge": "br"})),
        "arc": ("old.arc.gz", cap.arc(gzip=True)),
        "mhtml with remote resources": ("remote.mhtml", cap.mhtml()),
        "singlefile page": ("singlefile.html", cap.singlefile()),
        "webp screenshot": ("shot.webp", img.webp()),
        "jpeg with exif": ("photo.jpg", img.jpeg_with_exif()),
        "tiff fax": ("fax.tif", img.tiff_fax()),
        "heic photo": ("photo.heic", img.heic_photo()),
    }


@pytest.mark.slow
def test_opening_and_rendering_every_kind_makes_no_connection(no_network: list[str], tmp_path: Path) -> None:
    folder = tmp_path / "Net.sourcemark"
    with ProjectSession.create(folder) as session:
        for case, (name, data) in _every_kind().items():
            loaded = load_bytes(data, name)
            if loaded.kind in (DocumentKind.PDF, DocumentKind.EPUB, DocumentKind.IMAGE):
                with PageRenderer(data, loaded.kind) as renderer:
                    for page in range(min(loaded.pages or 1, 3)):
                        assert renderer.render(page, 1.5).width > 0
            path = tmp_path / name
            path.write_bytes(data)
            doc = add_document(session, path).document
            session.texts.clear()
            assert document_text(session, doc.id).text == loaded.text.text, case
        for fmt in ("json", "csv", "w3c", "claimreview", "couch", "graphml", "ftm"):
            assert cli("export", folder, "--format", fmt).code == 0
        for args in (["figures"], ["report", "--regex"], ["Nobody", "--actor"]):  # corpus search reads cached texts only
            assert cli("search", folder, *args).code in (0, 2)
    # merging and comparing with a colleague's copy read only local files too
    other = tmp_path / "Other.sourcemark"
    shutil.copytree(folder, other, ignore=shutil.ignore_patterns("lock"))
    with ProjectSession.open(other, analyst="boris") as session:
        command, _ = create_claim(session, f"Claimed at {corpus.REMOTE}claim", verdict="false")
        session.execute(command)
    for args in (("merge", folder, other, "--dry-run"), ("merge", folder, other), ("agreement", folder, other)):
        assert cli(*args).code == 0, args
    assert no_network == []


@pytest.mark.skipif(shutil.which("tesseract") is None and not os.environ.get("CI"), reason="tesseract not installed")
def test_ocr_of_a_screenshot_makes_no_connection(no_network: list[str], tmp_path: Path) -> None:
    from tests.fixtures.run import ocr_document

    path = tmp_path / "shot.png"
    path.write_bytes(img.screenshot_png())
    with ProjectSession.create(tmp_path / "Ocr.sourcemark") as session:
        doc = add_document(session, path).document
        ocr_document(session, doc.id, "eng")
        assert "harbour" in document_text(session, doc.id).text
    assert no_network == []


def test_html_text_holds_no_script_content() -> None:
    text = load_bytes(corpus.hostile_html(), "hostile.html").text.text
    assert "The council voted on Tuesday" in text
    for payload in corpus.PAYLOADS:
        assert payload not in text, payload
    assert "javascript:" not in text and corpus.REMOTE not in text


def test_reader_views_show_plain_text() -> None:
    """The GUI reader shows the canonical text as plain text (read here, not run: app/ui is not ours)."""
    source = (Path(__file__).resolve().parents[2] / "app/ui/document_view/text_view.py").read_text()
    assert "setPlainText" in source and "setHtml" not in source


# -- CSV: OWASP formula injection ----------------------------------------------------------------------------------

OWASP = ["=", "+", "-", "@", "\t", "\r", "\uff1d", "\uff0b", "\uff0d", "\uff20"]
PAYLOAD = 'cmd|\' /C calc\'!A0'


def test_csv_exports_are_spreadsheet_safe(tmp_path: Path) -> None:
    folder = tmp_path / "Csv.sourcemark"
    doc_id = new_text_project(folder, "".join(f"{c}{PAYLOAD} line {i}\n" for i, c in enumerate(OWASP)) + "end\n")
    with ProjectSession.open(folder, analyst="=HYPERLINK(\"http://x\")") as session:
        text = document_text(session, doc_id).text
        for i, lead in enumerate(OWASP):
            value = f"{lead}{PAYLOAD} {i}"
            start = text.index(f"line {i}\n") - len(PAYLOAD) - 1 - (lead in "\t\r")
            cmd = create_annotation(session, doc_id, max(0, start), text.index(f"line {i}\n") + 6, category="highlight")
            session.execute(cmd)
            ann_id = cmd.ops[0].oid
            session.execute(edit_annotation(session, ann_id, note=value))
            command, claim = entities.create_claim(session, value, rationale=value)
            session.execute(command)
            command, actor = entities.create_actor(session, value, aliases=(value + "x",), description=value, country=value)
            session.execute(command)
            command, source = entities.create_source(session, value, url=value, publisher=value, notes=value) \
                if hasattr(entities, "create_source") else (None, None)
            if command is not None:
                session.execute(command)
                session.execute(link(session, (Kind.ANNOTATION, ann_id), (Kind.SOURCE, source.id)))
            session.execute(link(session, (Kind.ANNOTATION, ann_id), (Kind.CLAIM, claim.id)))
            session.execute(link(session, (Kind.ANNOTATION, ann_id), (Kind.ACTOR, actor.id), as_written=value))
    cells = 0
    for table in ("annotations", "claims", "actors", "sources"):
        out = tmp_path / f"{table}.csv"
        result = cli("export", folder, "--format", "csv", "--table", table, "-o", out)
        assert result.code == 0, result.err
        rows = list(csv.reader(io.StringIO(out.read_bytes().decode("utf-8-sig"), newline="")))
        assert len(rows) > 1, table
        for row in rows[1:]:
            for cell in row:
                cells += 1
                assert not cell.startswith(tuple(OWASP) + ("\n",)), f"{table}: formula cell {cell!r}"
    assert cells > 100


# -- paths ---------------------------------------------------------------------------------------------------------

def _outside(sandbox: Path, folder: Path) -> set[str]:
    """Everything in `sandbox` that is not the project folder or inside it."""
    return {p.relative_to(sandbox).as_posix() for p in sandbox.rglob("*") if not p.is_relative_to(folder)}


def test_imported_paths_and_names_never_write_outside_the_project(tmp_path: Path) -> None:
    sandbox = tmp_path / "sandbox"
    folder = sandbox / "deep" / "P.sourcemark"
    folder.parent.mkdir(parents=True)
    doc_id = new_text_project(folder)
    base = json.loads(cli("export", folder, "--format", "json").out)
    before = _outside(sandbox, folder)
    hostile_ids = ["../../escaped", "/tmp/escaped-abs", "..", "a/../../escaped", "con", ".hidden", "x\\..\\escaped"]
    for i, bad in enumerate(hostile_ids):
        for where in ("document id", "original_name", "annotation id", "sha256"):
            data = json.loads(json.dumps(base))
            doc, ann = data["documents"][0], data["annotations"][0] if data["annotations"] else None
            if where == "document id":
                doc["id"] = bad
                data["annotations"] = [{**a, "document_id": bad} for a in data["annotations"]]
            elif where == "original_name":
                doc["original_name"] = bad + ".txt"
            elif where == "sha256":
                doc["sha256"] = bad
            elif ann is not None:
                ann["id"] = bad
            path = tmp_path / "hostile.json"
            path.write_text(json.dumps(data))
            result = cli("import", folder, path)
            assert result.code in (0, 2) and "Traceback" not in result.err, result
    # documents added from files with hostile names land under originals/<sha256>.<ext> only
    for name in ("..txt", "...pdf.txt", "a name with spaces.txt", "new\nline.txt", "-rf.txt", "=cmd.txt"):
        path = tmp_path / name
        path.write_text(f"Text of {name!r}, long enough to be a document of its own.")
        assert cli("add", folder, path).code == 0
    assert not list(Path("/tmp").glob("escaped*"))
    assert _outside(sandbox, folder) == before == {"deep", "deep/P.sourcemark-article.txt"}  # nothing beside the project
    for p in folder.rglob("*"):
        assert p.resolve().is_relative_to(folder.resolve())
    assert {p.parent.name for p in (folder / "originals").iterdir()} == {"originals"}
    assert cli("check", folder).code == 0
    with ProjectSession.open(folder, read_only=True) as session:
        assert doc_id in session.project.documents


def test_invalid_utf8_text_keeps_its_good_letters(tmp_path: Path) -> None:
    folder = tmp_path / "U.sourcemark"
    assert cli("new", folder).code == 0
    path = tmp_path / "bad.txt"
    path.write_bytes("Министр заявил".encode() + b"\xff\xfe\xc3(" + b" and more text" * 20)
    result = cli("add", folder, path)
    assert result.code == 0 and "Министр заявил" in result.out, result


def test_report_and_manifest_make_no_connection_and_embed_nothing_remote(no_network: list[str], tmp_path: Path) -> None:
    folder = tmp_path / "Report.sourcemark"
    with ProjectSession.create(folder, analyst="tester") as session:
        for name, data in (("links.pdf", corpus.uri_pdf()), ("hostile.html", corpus.hostile_html())):
            path = tmp_path / name
            path.write_bytes(data)
            doc = add_document(session, path).document
            command = create_annotation(session, doc.id, 0, min(20, len(document_text(session, doc.id).text)))
            session.execute(command)
            claim_cmd, claim = entities.create_claim(session, f"<img src={corpus.REMOTE}x.png> claim about {name}")
            session.execute(claim_cmd)
            session.execute(link(session, (Kind.ANNOTATION, command.ops[0].oid), (Kind.CLAIM, claim.id)))
        source_cmd, _ = entities.create_source(session, "Remote", url=corpus.REMOTE + "page")
        session.execute(source_cmd)
    for out in ("r.html", "r.pdf"):
        assert cli("report", folder, "-o", tmp_path / out).code == 0
    assert cli("manifest", folder, "-o", tmp_path / "m.json", "--tsq", tmp_path / "m.tsq").code == 0
    html = (tmp_path / "r.html").read_text(encoding="utf-8")
    sources = re.findall(r'\bsrc="([^"]*)"', html)
    assert sources and all(src.startswith("data:image/png;base64,") for src in sources)  # the PDF highlight's crop
    # The only remote URL in an attribute is the source's own, as a link the reader may choose to follow.
    assert {href for href in re.findall(r'\bhref="([^"]*)"', html) if not href.startswith("#")} == {corpus.REMOTE + "page"}
    assert f"&lt;img src={corpus.REMOTE}x.png&gt;" in html
    assert no_network == []


def test_a_project_that_syncs_connects_only_when_asked(no_network: list[str], tmp_path: Path) -> None:
    """Opening it, listing it and the status bar's sync indicator read sync.json; only a sync connects."""
    from app.services import entities
    from app.services.sync import replicator as sync
    from app.store import sync_state

    with ProjectSession.create(tmp_path / "p.sourcemark", analyst="ana") as session:
        session.execute(entities.create_claim(session, "A claim")[0])
        sync_state.write(session.folder, sync_state.SyncState(url=f"{corpus.REMOTE.rstrip('/')}/team"))
    with ProjectSession.open(tmp_path / "p.sourcemark", analyst="ana") as session:
        status = sync.status(session)
        assert status.url.endswith("/team") and status.waiting == 1
        assert no_network == []
        with pytest.raises(sync.SyncError, match="not confirmed"):  # a URL that came with the folder: not even
            sync.sync(session)  # a sync connects before the user names it
        assert no_network == []
        with pytest.raises((sync.SyncError, NetworkUsed)):  # naming it is the one thing that connects
            sync.sync(session, status.url)
    assert no_network
