"""The bad input corpus: hostile or broken documents generated on the fly (file name -> bytes, expectation)."""

import io
import zipfile
from pathlib import Path

from tests.fixtures import archives as cap
from tests.fixtures import documents as fx
from tests.fixtures import images as img
from tests.fixtures import web_server

OK, REFUSED, EITHER = "imported", "refused", "either"

REMOTE = "http://127.0.0.1:9/"  # a port nothing listens on; the security tests also forbid any connection


def hostile_html() -> bytes:
    return f"""<!doctype html><html><head><title>Hostile page</title>
<script>document.write("SCRIPTPAYLOAD"); fetch("{REMOTE}steal")</script>
<script src="{REMOTE}evil.js"></script><link rel="stylesheet" href="{REMOTE}x.css">
<meta http-equiv="refresh" content="0;url={REMOTE}"></head>
<body onload="alert('ONLOADPAYLOAD')"><article><h1>Council closes library</h1>
<p>The council voted on Tuesday to close the central library for two years while the building is repaired.</p>
<p>Residents said the closure would hurt students who rely on the reading rooms every evening of the week.</p>
<img src="{REMOTE}tracker.png" onerror="alert('IMGPAYLOAD')"><iframe src="{REMOTE}frame.html">IFRAMEPAYLOAD</iframe>
<p><a href="javascript:alert('LINKPAYLOAD')">read more</a> <object data="{REMOTE}x.swf"></object>
<svg><script>alert('SVGPAYLOAD')</script></svg> <style>body {{background: url({REMOTE}bg.png)}}</style></p>
</article></body></html>""".encode()


PAYLOADS = ("SCRIPTPAYLOAD", "ONLOADPAYLOAD", "IMGPAYLOAD", "IFRAMEPAYLOAD", "LINKPAYLOAD", "SVGPAYLOAD", "alert(", "fetch(")


def deep_html(depth: int = 100_000) -> bytes:
    return b"<!doctype html><html><body>" + b"<div>" * depth + b"deep text here" + b"</div>" * depth + b"</body></html>"


def remote_epub() -> bytes:
    chapter = f"""<?xml version="1.0" encoding="utf-8"?><html xmlns="http://www.w3.org/1999/xhtml"><head>
<link rel="stylesheet" href="{REMOTE}a.css"/><script src="{REMOTE}a.js"></script></head><body>
<p>{fx.EPUB_SENTENCE}</p><img src="{REMOTE}a.png"/><iframe src="{REMOTE}f.html"></iframe></body></html>"""
    data = fx.epub()
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            body = chapter.encode() if info.filename.endswith("ch1.xhtml") else src.read(info)
            dst.writestr(info, body, compress_type=info.compress_type)
    return out.getvalue()


def uri_pdf() -> bytes:
    import pymupdf

    doc = pymupdf.open()
    page = doc.new_page()
    page.insert_text((72, 72), "See the report online for the full figures of the audit.", fontsize=11)
    page.insert_link({"kind": pymupdf.LINK_URI, "from": pymupdf.Rect(72, 60, 300, 80), "uri": REMOTE + "pdf"})
    page.insert_link({"kind": pymupdf.LINK_LAUNCH, "from": pymupdf.Rect(72, 90, 300, 110), "file": "/bin/sh"})
    data = doc.tobytes()
    doc.close()
    return data


def unmatched_quotes(n: int, length: int = 600) -> bytes:
    """`n` W3C annotations whose long quotes are nowhere in the text (each costs a full approximate search)."""
    import json
    import random

    rng = random.Random(21)
    rows = [{"@context": "http://www.w3.org/ns/anno.jsonld", "type": "Annotation", "id": f"urn:x:{i}",
             "target": {"selector": [{"type": "TextQuoteSelector",
                                      "exact": "".join(rng.choice("qxzjkvw ") for _ in range(length))}]}}
            for i in range(n)]
    return json.dumps(rows).encode()


def active_pdf() -> bytes:
    """A PDF with everything that can act when opened: document JavaScript (name tree and open action), a page
    open trigger, a launch link, a JavaScript link written inline, an embedded file and a file attachment."""
    import pymupdf

    doc = pymupdf.open()
    page = doc.new_page()
    page.insert_text((72, 72), "The audit found that the ministry overpaid the contractor by four million euros.",
                     fontsize=11)
    js = doc.get_new_xref()
    doc.update_object(js, "<< /Type /Action /S /JavaScript /JS (app.alert('JSPAYLOAD')) >>")
    names = doc.get_new_xref()
    doc.update_object(names, f"<< /Names [(init) {js} 0 R] >>")
    catalog = doc.pdf_catalog()
    doc.xref_set_key(catalog, "Names", f"<< /JavaScript {names} 0 R >>")
    doc.xref_set_key(catalog, "OpenAction", "<< /S /JavaScript /JS (app.alert('OPENPAYLOAD')) >>")
    doc.xref_set_key(page.xref, "AA", f"<< /O {js} 0 R >>")
    page.insert_link({"kind": pymupdf.LINK_LAUNCH, "from": pymupdf.Rect(72, 90, 300, 110), "file": "/bin/sh"})
    link = doc.get_new_xref()
    doc.update_object(link, "<< /Type /Annot /Subtype /Link /Rect [72 120 300 140] /Border [0 0 0] "
                            "/A << /S /JavaScript /JS (app.alert('LINKPAYLOAD')) >> >>")
    annots = doc.xref_get_key(page.xref, "Annots")
    listed = annots[1][1:-1] if annots[0] == "array" else ""
    doc.xref_set_key(page.xref, "Annots", f"[{listed} {link} 0 R]")
    doc.embfile_add("payload.exe", b"MZ EMBEDDEDPAYLOAD", filename="payload.exe")
    page.add_file_annot(pymupdf.Point(400, 72), b"ATTACHEDPAYLOAD", "notes.txt")
    data = doc.tobytes()
    doc.close()
    return data


ACTIVE_PAYLOADS = ("JSPAYLOAD", "OPENPAYLOAD", "LINKPAYLOAD", "EMBEDDEDPAYLOAD", "ATTACHEDPAYLOAD", "/bin/sh")


def zip_bomb(inflated: int) -> bytes:
    """An EPUB-shaped zip with one member of `inflated` zero bytes, streamed (never held in memory)."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("mimetype", "application/epub+zip", compress_type=zipfile.ZIP_STORED)
        with archive.open(_deflated_info("OEBPS/ch1.xhtml"), "w", force_zip64=True) as member:
            chunk = b"0" * 2**20
            for _ in range(inflated // len(chunk)):
                member.write(chunk)
    return out.getvalue()


def _deflated_info(name: str) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name)
    info.compress_type = zipfile.ZIP_DEFLATED
    return info


def documents() -> dict[str, tuple[str, bytes, str]]:
    """case -> (file name, bytes, expectation). Small and quick ones; the huge ones are fixtures."""
    junk = fx.junk_bytes()
    return {
        "zero bytes .txt": ("empty.txt", b"", REFUSED),
        "zero bytes .pdf": ("empty.pdf", b"", REFUSED),
        "truncated pdf": ("cut.pdf", fx.truncated_pdf(), REFUSED),
        "truncated pdf, 100 bytes": ("cut100.pdf", fx.two_column_pdf()[:100], REFUSED),
        "broken xref pdf": ("xref.pdf", fx.damaged_xref_pdf(), OK),
        "encrypted pdf without password": ("locked.pdf", fx.encrypted_pdf(), REFUSED),
        "junk .pdf": ("junk.pdf", junk, REFUSED),
        "junk .html": ("junk.html", junk, EITHER),
        "junk .epub": ("junk.epub", junk, REFUSED),
        "junk .json": ("junk.json", junk, REFUSED),
        "junk .txt": ("junk.txt", junk, EITHER),
        "pk header .epub": ("pk.epub", b"PK\x03\x04" + junk, REFUSED),
        "invalid utf-8": ("bad utf8.txt", "Министр заявил".encode() + b"\xff\xfe\xc3(" + b" and more text" * 20, EITHER),
        "utf-16 without bom": ("utf16.txt", fx.utf16_text(little_endian=True, bom=False), OK),
        "utf-16 be without bom": ("utf16be.txt", fx.utf16_text(little_endian=False, bom=False), OK),
        "nul bytes": ("nul.txt", b"\x00" * 5000, EITHER),
        "hostile html": ("hostile.html", hostile_html(), OK),
        "100,000-deep html": ("deep.html", deep_html(), EITHER),
        "html that is only a script": ("script.html", b"<html><script>alert(1)</script></html>", EITHER),
        "epub with remote resources": ("remote.epub", remote_epub(), OK),
        "epub zip bomb (4 MB of zeros)": ("small bomb.epub", fx.bomb_epub(), EITHER),
        "epub zip bomb (1 GB of zeros)": ("bomb.epub", zip_bomb(2**30), REFUSED),
        "epub zip bomb declaring 1 MB (600 MB)": ("lying bomb.epub", cap.lying_zip(
            ("mimetype", "application/epub+zip"), "OEBPS/ch1.xhtml", 600 * 2**20), REFUSED),
        "pdf with uri and launch links": ("links.pdf", uri_pdf(), OK),
        "pdf with javascript, launch and embedded files": ("active.pdf", active_pdf(), OK),
        "name with spaces": ("a file with spaces.txt", b"Plain text in a file whose name has spaces.", OK),
        "non-latin name": ("Обстрел 砲撃 قصف.txt", "Текст статьи о мосте.".encode(), OK),
        "newline in name": ("two\nlines.txt", b"Text of a file whose name holds a newline.", OK),
        "dot-dot name": ("..txt", b"Text of a file named with two dots.", OK),
        "not a document (png)": ("image.txt", b"\x89PNG\r\n\x1a\n" + junk, REFUSED),
        "directory": ("", b"", REFUSED),
        # images (issue 9): refused from the header before decoding, or decoded once and refused if damaged
        "20000x20000 png": ("huge.png", img.huge_png(), REFUSED),
        "png bomb (100000x100000 in 141 bytes)": ("bomb.png", img.png_bomb(), REFUSED),
        "truncated jpeg": ("cut.jpg", img.truncated_jpeg(), REFUSED),
        "junk .png": ("junk.png", junk, REFUSED),
        "animated gif": ("anim.gif", img.animated_gif(), OK),
        "jpeg with exif and gps": ("photo.jpg", img.jpeg_with_exif(), OK),
        # issue 14: TIFF scans (paged) and HEIF photos, limits checked per page from the header
        "multi-page tiff fax": ("fax.tif", img.tiff_fax(), OK),
        "tiff with exif": ("scan.tiff", img.tiff_with_exif(), OK),
        "heic photo": ("IMG_0001.HEIC", img.heic_photo(), OK),
        "tiff bomb (100000x100000 in 174 bytes)": ("bomb.tif", img.raw_tiff([(100_000, 100_000)]), REFUSED),
        "tiff whose page 2 is a bomb": ("late bomb.tif", img.raw_tiff([(100, 100), (100_000, 100_000)]), REFUSED),
        "tiff of 1001 pages": ("many.tif", img.raw_tiff([(1, 1)] * 1001), REFUSED),
        "truncated tiff": ("cut.tif", img.tiff_fax()[:1500], REFUSED),
        "truncated heic": ("cut.heic", img.heic_photo()[:3000], REFUSED),
        "junk .heic": ("junk.heic", b"\x00\x00\x00\x18ftypheic" + junk, REFUSED),
        "junk .tif": ("junk.tif", junk, REFUSED),
        **captures(junk),
    }


def captures(junk: bytes) -> dict[str, tuple[str, bytes, str]]:
    """Web captures: truncated, junk, pageless, bombs; and whole ones whose pages point at remote resources."""
    return {
        "truncated warc (record cut)": ("cut.warc", cap.warc(gzip=False)[:-150], REFUSED),
        "truncated warc (header cut)": ("cut header.warc", cap.warc(gzip=False)[:-250], REFUSED),
        "truncated warc.gz": ("cut.warc.gz", cap.warc()[:-300], REFUSED),
        "junk .warc": ("junk.warc", junk, REFUSED),
        "warc that is only a header": ("header.warc", b"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 90000\r\n\r\n", REFUSED),
        "junk .warc.gz": ("junk.warc.gz", b"\x1f\x8b" + junk, REFUSED),
        "junk .wacz": ("junk.wacz", junk, REFUSED),
        "junk .mhtml": ("junk.mhtml", junk, REFUSED),
        "mhtml without html part": ("images only.mhtml", cap.mhtml(html=False), REFUSED),
        "warc with only an image": ("image.warc", cap.warc(urls=()), REFUSED),
        "wacz zip bomb (600 MB)": ("bomb.wacz", cap.wacz_bomb(600 * 2**20), REFUSED),
        "mhtml whose address is javascript:": ("js address.mhtml", cap.mhtml().replace(
            b"https://news.example/bridge", b"javascript:alert(1)//"), OK),  # imported without a URL (test_capture_urls)
        "wacz zip bomb declaring 1 MB (600 MB)": ("lying bomb.wacz", cap.wacz_lying_bomb(600 * 2**20), REFUSED),
        "warc with remote resources": ("remote.warc.gz", cap.warc(), OK),
        "warc written by sourcemark capture": ("capture.warc.gz", web_server.recorded_warc(), OK),
        "truncated capture warc": ("cut capture.warc.gz", web_server.recorded_warc()[:-40], REFUSED),
        "mhtml with remote resources": ("remote.mhtml", cap.mhtml(), OK),
        "singlefile page": ("singlefile.html", cap.singlefile(), OK),
        "wacz": ("crawl.wacz", cap.wacz(), OK),
        "tampered warc record": ("tampered.warc", cap.warc(gzip=False, tamper=True), OK),
        # issue 14: archived bodies keep their Content-Encoding; ARC files
        "warc of brotli and deflate pages": ("encoded.warc.gz", cap.warc(codings={
            "https://news.example/bridge": "br", "https://news.example/library": "deflate"}), OK),
        "warc with one cut brotli page": ("half.warc.gz", cap.warc(codings={"https://news.example/library": "br-cut"}), OK),
        "warc of only undecodable pages": ("zstd.warc.gz", cap.warc(codings={
            "https://news.example/bridge": "br-cut", "https://news.example/library": "zstd"}), REFUSED),
        "warc brotli bomb (64 MB page)": ("brbomb.warc", cap.warc(gzip=False, codings={
            "https://news.example/bridge": "br-bomb"}, urls=("https://news.example/bridge",)), REFUSED),
        "chrome mhtml with a line break in its title": ("chrome.mhtml", cap.chrome_mhtml(), OK),
        "mhtml with an unreadable date": ("undated.mhtml", cap.chrome_mhtml(date="Tuesday-ish"), OK),
        "warc page published after its capture": ("future.warc", cap.warc(date="2014-02-16T05:02:21Z",
                                                                           published="2020-05-01"), OK),
        "arc": ("old.arc", cap.arc(), OK),
        "arc.gz": ("old.arc.gz", cap.arc(gzip=True), OK),
        "truncated arc": ("cut.arc", cap.arc()[:-300], REFUSED),
        "truncated arc.gz": ("cut.arc.gz", cap.arc(gzip=True)[:-100], REFUSED),
        "junk .arc": ("junk.arc", junk, REFUSED),
        "arc that is only a header": ("header.arc", b"filedesc://x.arc 0.0.0.0 20260101000000 text/plain 90000\n", REFUSED),
    }


def write(folder: Path, name: str, data: bytes) -> Path:
    path = folder / name
    path.write_bytes(data)
    return path


# -- other analysts' projects, as `sourcemark merge` / `agreement` read them ----------------------------------------
def _edit_project_json(folder: Path, change) -> None:  # type: ignore[no-untyped-def]
    import json

    path = folder / "project.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    change(data)
    path.write_text(json.dumps(data), encoding="utf-8")


def _add_annotation(folder: Path, **change: object) -> None:
    """A new annotation (a copy of the first, with `change`) in an annotations file, as a hand edit would."""
    import json

    path = next((folder / "annotations").glob("*.json"))
    data = json.loads(path.read_text(encoding="utf-8"))
    data["annotations"]["99"] = {**_first(data["annotations"]), "id": "ann-hand-edited", "rev": 1, "history": [], **change}
    path.write_text(json.dumps(data), encoding="utf-8")


def _add_claim(folder: Path, **change: object) -> None:
    _edit_project_json(folder, lambda d: d["claims"].update(
        {"99": {"id": "claim-hand-edited", "statement": "A new claim", "rev": 1, **change}}))


def _first(table: dict) -> dict:  # type: ignore[type-arg]
    return next(iter(table.values()))


def hostile_projects(good: Path, root: Path) -> dict[str, Path]:
    """case -> a damaged or hostile copy of the project `good` (copied without its lock)."""
    import shutil

    edits = {
        "project.json is not json": lambda f: (f / "project.json").write_bytes(b"\x00{not json"),
        "project.json truncated": lambda f: (f / "project.json").write_bytes((f / "project.json").read_bytes()[:40]),
        "newer schema": lambda f: _edit_project_json(f, lambda d: _first(d["meta"]).update(schema_version=99)),
        "claim rev is text": lambda f: _edit_project_json(f, lambda d: _first(d["claims"]).update(rev="abc", statement="x")),
        "claim rev is zero": lambda f: _edit_project_json(f, lambda d: _first(d["claims"]).update(rev=0, statement="y")),
        "claim history is a number": lambda f: _edit_project_json(f, lambda d: _first(d["claims"]).update(history=7)),
        "claim verdict unknown": lambda f: _edit_project_json(f, lambda d: _first(d["claims"]).update(verdict="maybe")),
        "claim id with a path": lambda f: _edit_project_json(
            f, lambda d: d["claims"].update({"99": {**_first(d["claims"]), "id": "../../evil"}})),
        "document original missing": lambda f: [p.unlink() for p in (f / "originals").iterdir()],
        "audit log garbage": lambda f: (f / "audit.jsonl").write_bytes(b"\xff\xfe garbage\n{\"changes\": 5}\n[1,2]\n"),
        "not a project": lambda f: shutil.rmtree(f) or f.mkdir(),
        # trust boundaries (issue 21): files that hang, never end, leave the folder, or lie
        "annotations file is a named pipe": lambda f: _fifo(next((f / "annotations").glob("*.json"))),
        "audit log is a named pipe": lambda f: _fifo(f / "audit.jsonl"),
        "text caches are named pipes": lambda f: [_fifo(p) for p in (f / "texts").glob("*.smtext")],
        "originals are symlinks to /dev/zero": lambda f: [_link(p, Path("/dev/zero")) for p in _originals(f)],
        "originals are sparse 8 GiB files": lambda f: [_sparse(p, 8 << 30) for p in _originals(f)],
        "project.json is a symlink out of the folder": lambda f: _link_out(f / "project.json"),
        "annotations folder is a symlink out of the folder": lambda f: _link_out(f / "annotations"),
        "claim statement is a number": lambda f: _edit_project_json(f, lambda d: _first(d["claims"]).update(statement=5)),
        "actor aliases are text": lambda f: _edit_project_json(f, lambda d: d["actors"].update(
            {"1": {"id": "act-1", "name": "Ana", "kind": "person", "aliases": "abc"}})),
        "a claim has the id of a document": lambda f: _edit_project_json(
            f, lambda d: _first(d["claims"]).update(id=_first(d["documents"])["id"])),
        # new objects with values the dataclasses let through but our own open refused: merged, they bricked it
        "new annotation, created is a number": lambda f: _add_annotation(f, created=7),
        "new annotation, note is null": lambda f: _add_annotation(f, note=None),
        "new claim, rationale is null": lambda f: _add_claim(f, rationale=None),
        "new claim, modified is a list": lambda f: _add_claim(f, modified=["2024"]),
        "text cache swapped, hash updated": _swap_text_caches,
        "an exact quote that is not in the text": _forge_quotes,
    }
    out = {}
    for case, edit in edits.items():
        folder = root / f"{len(out):02d}.sourcemark"
        shutil.copytree(good, folder, ignore=shutil.ignore_patterns("lock"))
        edit(folder)
        out[case] = folder
    return out


def _fifo(path: Path) -> None:
    import os

    path.unlink()
    os.mkfifo(path)


def _originals(folder: Path) -> list[Path]:
    return [p for p in (folder / "originals").iterdir() if not p.name.startswith(".")]


def _link(path: Path, target: Path) -> None:
    path.unlink()
    path.symlink_to(target)


def _sparse(path: Path, size: int) -> None:
    with open(path, "r+b") as f:
        f.truncate(size)  # a hole: no disk used, but a naive reader would read 8 GiB


def _link_out(path: Path) -> None:
    """Move `path` out of its project folder and leave a symlink to it behind."""
    import shutil

    outside = path.parent.parent / f"outside-{path.parent.name}-{path.name}"
    shutil.move(path, outside)
    path.symlink_to(outside)


def _swap_text_caches(folder: Path) -> None:
    """Every text cache rewritten with other words, and the documents' text_sha256 updated to match."""
    import hashlib

    from app.store import texts

    renamed = {}
    for path in (folder / "texts").glob("*.smtext"):
        real = texts.decode(path.read_bytes(), path.stem)
        forged = type(real)(real.text.replace("the", "not"), real.pages, real.ocr_words)
        sha = hashlib.sha256(forged.text.encode("utf-8")).hexdigest()
        (folder / "texts" / f"{sha}.smtext").write_bytes(texts.encode(forged))
        renamed[path.stem] = sha

    def change(d: dict) -> None:  # type: ignore[type-arg]
        for doc in d["documents"].values():
            doc["text_sha256"] = renamed.get(doc["text_sha256"], doc["text_sha256"])

    _edit_project_json(folder, change)


def _forge_quotes(folder: Path) -> None:
    """Every annotation keeps its position and `exact` status but quotes other words of the same length."""
    import json

    for path in (folder / "annotations").glob("*.json"):
        data = json.loads(path.read_text(encoding="utf-8"))
        for record in data.get("annotations", {}).values():
            record["exact"] = "X" * len(record["exact"])
        path.write_text(json.dumps(data), encoding="utf-8")


def audit_logs(good: bytes) -> dict[str, tuple[bytes, bool]]:
    """Hostile audit.jsonl contents -> whether `check` should still pass. `good` is a real project's log."""
    first, _, rest = good.partition(b"\n")
    deep = b"[" * 100_000 + b"]" * 100_000
    fake = b'{"seq":1,"prev":"' + b"0" * 64 + b'","hash":'
    return {
        "empty log": (b"", True),
        "only a torn line": (b'{"seq":1,"label":"tor', True),
        "good log with a torn tail": (good + b'{"seq":99,"lab', True),
        "junk bytes between entries": (first + b"\n\xff\xfe\x00junk\n" + rest, False),
        "a JSON array as an entry": (first + b"\n[1,2,3]\n" + rest, False),
        "100,000-deep nesting as an entry": (first + b"\n" + deep + b"\n" + rest, False),
        "100,000-deep nesting inside an entry": (b'{"seq":1,"x":' + deep + b',"hash":"' + b"a" * 64 + b'"}\n', False),
        "hash that is a number": (fake + b"5}\n", False),
        "hash that is an object": (fake + b'{"a":1}}\n', False),
        "integer of 100,000 digits": (b'{"seq":' + b"9" * 100_000 + b',"hash":"' + b"a" * 64 + b'"}\n', False),
        "NaN and Infinity": (b'{"seq":1,"x":NaN,"y":-Infinity,"prev":"' + b"0" * 64 + b'","hash":"' + b"b" * 64 + b'"}\n', False),
        "CRLF line ends": (good.replace(b"\n", b"\r\n"), True),  # the entries (their canonical JSON) are unchanged
        "the log reversed": (b"\n".join(reversed(good.rstrip(b"\n").split(b"\n"))) + b"\n", False),
    }


def search_queries() -> dict[str, tuple[list[str], str]]:
    """case -> (arguments after `sourcemark search PROJECT`, expectation): hostile or broken searches."""
    return {
        "empty quote": ([""], REFUSED),
        "blank quote": (["   \t "], REFUSED),
        "quote of 1,001 characters": (["x" * 1001], REFUSED),
        "quote with control characters": (["bridge\x00\x1b[31m"], OK),
        "quote that is only punctuation": (["--- ... ---"], OK),
        "quote that is only dashes": (["— –"], REFUSED),
        "right-to-left and combining marks": (["\u202ebridge\u0301"], OK),
        "unclosed group": (["(", "--regex"], REFUSED),
        "bad range": (["[z-a]", "--regex"], REFUSED),
        "repeat count too big": (["a{4294967296}", "--regex"], REFUSED),
        "nothing to repeat": (["*", "--regex"], REFUSED),
        "trailing backslash": (["\\", "--regex"], REFUSED),
        "exponential backtracking": (["(a|aa)+$", "--regex"], EITHER),  # stopped by the time limit if it is slow
        "nested repeats": (["(\\w+\\s?)*$", "--regex"], EITHER),
        "empty-matching pattern": (["x*", "--regex"], OK),
        "every character": ([".", "--regex", "--limit", "5"], OK),
        "unknown actor": (["Nobody at all", "--actor"], REFUSED),
        "actor id that is a path": (["../../etc/passwd", "--actor"], REFUSED),
        "unknown document": (["bridge", "--document", "../project.json"], REFUSED),
        "negative limit": (["bridge", "--limit", "-1"], REFUSED),
        "limit not a number": (["bridge", "--limit", "many"], REFUSED),
        "regex and actor together": (["x", "--regex", "--actor"], REFUSED),
    }
