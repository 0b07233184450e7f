"""An EPUB's text read from its XHTML, for what MuPDF's page layout loses.

MuPDF lays a book out on A5 pages (mupdf.EPUB_PAGE). Two kinds of content do not survive that:
- fixed-layout (pre-paginated) pages whose text is inline SVG <text>, which MuPDF's HTML engine skips,
  or absolutely positioned spans it cannot place: a 66-page picture book gave 78 characters;
- tables wider than the page: columns past the edge are cut mid-word ("Colu headi").
This module reads each spine item's XHTML (lxml, no network, no entities) into what `epub_pages` needs:
the page's text blocks in reading order (positioned ones by top, then left) and its tables, row by row.
The zip was already size- and CRC-checked by mupdf.check_zip before MuPDF opened it.
"""

import io
import posixpath
import re
import zipfile
from dataclasses import dataclass, field

from lxml import etree

MAX_ITEM = 8 * 2**20  # a spine item larger than this is not read again here
_OPF = "{http://www.idpf.org/2007/opf}"
_SVG = "{http://www.w3.org/2000/svg}"
_SKIP = frozenset({"script", "style", "head", "title", "noscript", "template"})
_BLOCKS = frozenset({"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "figcaption", "dt",
                     "dd", "caption", "td", "th", "section", "article", "aside", "header", "footer", "main", "body"})
_POSITION = re.compile(r"(top|left)\s*:\s*(-?[\d.]+)", re.I)
_ABSOLUTE = re.compile(r"position\s*:\s*(absolute|fixed)", re.I)


@dataclass
class Chapter:
    fixed: bool  # pre-paginated (fixed layout)
    blocks: list[str] = field(default_factory=list)  # text blocks in reading order
    tables: list[list[list[str]]] = field(default_factory=list)  # table -> rows -> cell texts

    def words(self) -> list[str]:
        return " ".join(self.blocks).split()


def chapters(data: bytes) -> list[Chapter]:
    """One Chapter per spine item, in spine order ([] when the package cannot be read)."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            opf_path, package = package_of(archive)
            if package is None:
                return []
            base = posixpath.dirname(opf_path)
            fixed_book = any((m.text or "").strip() == "pre-paginated" for m in package.iter(f"{_OPF}meta")
                             if m.get("property") == "rendition:layout")
            items = {i.get("id"): i for i in package.iter(f"{_OPF}item")}
            out: list[Chapter] = []
            for ref in package.iter(f"{_OPF}itemref"):
                item = items.get(ref.get("idref"))
                props = (ref.get("properties") or "").split()
                fixed = "rendition:layout-pre-paginated" in props or (fixed_book and "rendition:layout-reflowable" not in props)
                out.append(_chapter(archive, base, item, fixed))
            return out
    except (zipfile.BadZipFile, KeyError, OSError, ValueError, RuntimeError, EOFError):
        return []


def package_of(archive: zipfile.ZipFile) -> tuple[str, etree._Element | None]:
    """The package document (OPF): its path in the zip and its XML ("" and None when the container names none)."""
    path = _package_path(archive)
    return path, (_xml(archive.read(path)) if path else None)


def _package_path(archive: zipfile.ZipFile) -> str:
    container = _xml(archive.read("META-INF/container.xml"))
    if container is None:
        return ""
    for element in container.iter():
        if isinstance(element.tag, str) and element.tag.endswith("rootfile") and element.get("full-path"):
            return str(element.get("full-path"))
    return ""


def _xml(raw: bytes) -> etree._Element | None:
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, recover=True, huge_tree=False)
    try:
        return etree.fromstring(raw, parser)
    except (etree.XMLSyntaxError, ValueError):
        return None


def _chapter(archive: zipfile.ZipFile, base: str, item: etree._Element | None, fixed: bool) -> Chapter:
    chapter = Chapter(fixed)
    if item is None or "html" not in (item.get("media-type") or ""):
        return chapter
    path = posixpath.normpath(posixpath.join(base, item.get("href") or ""))
    try:
        if archive.getinfo(path).file_size > MAX_ITEM:
            return chapter
        root = _xml(archive.read(path))
    except KeyError:
        return chapter
    if root is None:
        return chapter
    chapter.blocks = _blocks(root)
    chapter.tables = [_rows(table) for table in root.iter("{*}table")]
    return chapter


def _local(element: etree._Element) -> str:
    return etree.QName(element).localname.lower() if isinstance(element.tag, str) else ""


def _text(element: etree._Element) -> str:
    parts = [t for t in element.itertext() if t]
    return " ".join(" ".join(parts).split())


def _blocks(root: etree._Element) -> list[str]:
    """Text blocks: innermost block elements and SVG <text>; by position when every one has one."""
    found: list[tuple[tuple[float, float] | None, str]] = []

    def visit(element: etree._Element) -> None:
        name = _local(element)
        if name in _SKIP:
            return
        if name == "text" and str(element.tag).startswith(_SVG):
            found.append((_svg_position(element), _text(element)))
            return
        children = [c for c in element if isinstance(c.tag, str)]
        if name in _BLOCKS or _ABSOLUTE.search(element.get("style") or ""):
            inner = [c for c in element.iter() if c is not element and (_local(c) in _BLOCKS or _local(c) == "text"
                                                                          or _ABSOLUTE.search(c.get("style") or ""))]
            if not inner:
                text = _text(element)
                if text:
                    found.append((_css_position(element), text))
                return
        for child in children:
            visit(child)

    visit(root)
    if found and all(position is not None for position, _ in found):
        found.sort(key=lambda f: (round(f[0][0]), f[0][1]) if f[0] else (0, 0))
    return [text for _, text in found if text]


def _css_position(element: etree._Element) -> tuple[float, float] | None:
    style = element.get("style") or ""
    if not _ABSOLUTE.search(style) and not _ABSOLUTE.search(_inherited_style(element)):
        return None
    values = {key.lower(): float(value) for key, value in _POSITION.findall(style)}
    return (values.get("top", 0.0), values.get("left", 0.0)) if values else None


def _inherited_style(element: etree._Element) -> str:
    parent = element.getparent()
    return parent.get("style") or "" if parent is not None else ""


def _svg_position(element: etree._Element) -> tuple[float, float] | None:
    try:
        return float(element.get("y") or 0), float(element.get("x") or 0)
    except ValueError:
        return None


def _rows(table: etree._Element) -> list[list[str]]:
    rows: list[list[str]] = []
    for row in table.iter("{*}tr"):
        cells = [_text(cell) for cell in row if _local(cell) in ("td", "th")]
        if any(cells):
            rows.append(cells)
    return rows
