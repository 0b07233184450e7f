"""The bad input corpus: hostile or broken documents generated on the fly (file name -> bytes, expectation)."""

import io
import zipfile
from pathlib import Path

from tests.fixtures import documents as fx
from tests.fixtures import images as img

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
        "pdf with uri and launch links": ("links.pdf", uri_pdf(), OK),
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
    }


def write(folder: Path, name: str, data: bytes) -> Path:
    path = folder / name
    path.write_bytes(data)
    return path
