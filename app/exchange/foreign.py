"""Reading annotations written by other tools: W3C Web Annotation JSON(-LD) and Hypothesis API JSON.

They become ForeignAnnotations (selectors and text only); anchoring them in a document's text, and
so checking their offsets, is the caller's job. Hypothesis counts offsets in UTF-16 code units, we
count code points: the caller accepts a position only where the text there equals the quote.
"""

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from app.domain.errors import ImportFormatError
from app.exchange.jsonload import load
from app.exchange.w3c_bodies import CATEGORY_PURPOSE, OCR_DESCRIPTION, OCR_TAG, ForeignLink, read_link

_PAGE = re.compile(r"(?:^|&)page=(\d+)(?:&|$)")
_XYWH = re.compile(r"^xywh=(?:pixel:)?(\d+(?:\.\d+)?),(\d+(?:\.\d+)?),(\d+(?:\.\d+)?),(\d+(?:\.\d+)?)$")
_ANNOTATION_TYPES = {"Annotation", "oa:Annotation"}
# TextualBodies that are the annotator's own words (the note); tags and our display-only bodies are not.
_NOTE_PURPOSES = {"", "commenting", "replying", "questioning", "editing"}


@dataclass(frozen=True, slots=True)
class ForeignAnnotation:
    foreign_id: str
    exact: str = ""
    prefix: str = ""
    suffix: str = ""
    start: int | None = None
    end: int | None = None
    page: int | None = None  # 0-based
    note: str = ""
    tags: tuple[str, ...] = ()  # Hypothesis tags, W3C tagging bodies (text, or a SpecificResource's IRI)
    iris: tuple[str, ...] = ()  # W3C bodies that are only a resource: a bare IRI, an External Web Resource
    creator: str = ""
    created: str = ""
    modified: str = ""
    region: tuple[float, float, float, float] | None = None  # media-frags xywh (pixels), for image regions
    category: str = ""  # a W3C "classifying" body: our category, as Sourcemark writes it
    links: tuple[ForeignLink, ...] = ()  # claims, actors and sources the bodies name
    sources: tuple[str, ...] = ()  # what the target says the document is: IRIs, URLs, urn:sha256 digests
    source_date: str = ""  # a TimeState's sourceDate: when the page was captured


def detect_format(data: bytes) -> str:
    """"native", "w3c" or "hypothesis"; ImportFormatError for anything else."""
    top = load(data)
    if isinstance(top, dict):
        if isinstance(top.get("schema"), str) and top["schema"].startswith("sourcemark/"):
            return "native"
        if isinstance(top.get("rows"), list):
            return "hypothesis"
        if _is_w3c(top):
            return "w3c"
    if isinstance(top, list) and top and all(isinstance(x, dict) and _is_w3c(x) for x in top):
        return "w3c"
    raise ImportFormatError("not a Sourcemark, W3C Web Annotation or Hypothesis file")


def _is_w3c(node: dict[str, Any]) -> bool:
    types = _as_list(node.get("type"))
    context = _as_list(node.get("@context"))
    known = {"Annotation", "AnnotationCollection", "AnnotationPage"}
    return bool(known & set(map(str, types))) or any(str(c).endswith("/ns/anno.jsonld") for c in context)


def parse_w3c(data: bytes) -> list[ForeignAnnotation]:
    """An AnnotationCollection (first as a page, or a list of pages), an AnnotationPage, one
    Annotation, or a list of any of these."""
    out = []
    for where, node in _annotations(load(data), "top level"):
        out.append(_from_w3c(node, where))
    return out


def _annotations(node: Any, where: str) -> Iterator[tuple[str, dict[str, Any]]]:
    if isinstance(node, list):
        for i, item in enumerate(node):
            yield from _annotations(item, f"{where}[{i}]")
        return
    if not isinstance(node, dict):
        raise ImportFormatError(f"{where}: expected an annotation object, found {type(node).__name__}")
    types = {str(t) for t in _as_list(node.get("type"))}
    if "AnnotationCollection" in types:
        first = node.get("first")
        if isinstance(first, str):
            raise ImportFormatError(f"{where}.first: the pages are not in the file (only their address {first[:80]})")
        if first is not None:
            yield from _annotations(first, f"{where}.first")
    elif "AnnotationPage" in types:
        items = node.get("items")
        if not isinstance(items, list):
            raise ImportFormatError(f"{where}.items: an AnnotationPage needs a list of items")
        yield from _annotations(items, f"{where}.items")
    elif types & _ANNOTATION_TYPES or "target" in node:
        yield where, node
    else:
        raise ImportFormatError(f"{where}: not an Annotation, AnnotationPage or AnnotationCollection")


def _from_w3c(node: dict[str, Any], where: str) -> ForeignAnnotation:
    if "body" in node and "bodyValue" in node:
        raise ImportFormatError(f"{where}: has both body and bodyValue")
    if "target" not in node:
        raise ImportFormatError(f"{where}.target: missing")
    targets = _as_list(node["target"])
    target = targets[0] if targets else None
    found = _Selectors(digits=True)  # JSON-LD read back from RDF gives integers as digits
    if isinstance(target, dict):
        found.read(target.get("selector"), f"{where}.target.selector")
    elif not isinstance(target, str):
        raise ImportFormatError(f"{where}.target: must be an IRI or an object")
    notes: list[str] = []
    tags: list[str] = []
    categories: list[str] = []
    links: list[ForeignLink] = []
    iris: list[str] = []
    described: list[str] = []
    if "bodyValue" in node:
        notes.append(_text(node["bodyValue"], f"{where}.bodyValue"))
    for i, body in enumerate(_as_list(node.get("body"))):
        if _is_textual(body):
            value = _text(body.get("value", ""), f"{where}.body[{i}].value")
            purpose = body.get("purpose") if isinstance(body.get("purpose"), str) else ""
            if purpose == "tagging":
                tags.append(value)
            elif purpose == CATEGORY_PURPOSE:
                categories.append(value.strip())
            elif purpose in _NOTE_PURPOSES:
                notes.append(value)
            elif purpose == "describing":
                described.append(value)
        elif (link := read_link(body)) is not None:
            links.append(link)
        elif (ref := _resource(body)) and isinstance(body, dict) and body.get("purpose") == "tagging":
            tags.append(ref)  # a semantic tag: a SpecificResource whose source is the tag's IRI
        elif ref:
            iris.append(ref)
    if OCR_TAG in tags and any(d.startswith(OCR_DESCRIPTION) for d in described):
        tags.remove(OCR_TAG)  # our own OCR marker: the import works OCR out from the document again
    sources, source_date = _target_sources(targets)
    return ForeignAnnotation(
        foreign_id=_text(node.get("id", ""), f"{where}.id") if not isinstance(node.get("id"), list) else "",
        exact=found.exact, prefix=found.prefix, suffix=found.suffix, start=found.start, end=found.end,
        page=found.page, region=found.region, note="\n\n".join(n for n in notes if n), tags=tuple(tags),
        iris=tuple(iris), category=next((c for c in categories if c), ""), links=tuple(links), sources=sources, source_date=source_date,
        creator=_agent(node.get("creator"), f"{where}.creator"),
        created=_text(node.get("created", ""), f"{where}.created"),
        modified=_text(node.get("modified", ""), f"{where}.modified"),
    )


def _target_sources(targets: list[Any]) -> tuple[tuple[str, ...], str]:
    """The IRIs naming the annotated document (a target IRI, a SpecificResource's source, a TimeState's
    cached copy) and the TimeState's date; what they mean is for the importer to match."""
    found: list[str] = []
    date = ""
    for target in targets:
        if isinstance(target, str):
            found.append(target)
            continue
        if not isinstance(target, dict):
            continue
        source = target.get("source")
        if isinstance(source, dict):
            source = source.get("id")
        if isinstance(source, str):
            found.append(source)
        elif "source" not in target and isinstance(target.get("id"), str):
            found.append(target["id"])  # an External Web Resource: the target is the document itself
        for state in _as_list(target.get("state")):
            if isinstance(state, dict):
                found.extend(c for c in _as_list(state.get("cached")) if isinstance(c, str))
                date = date or (state["sourceDate"] if isinstance(state.get("sourceDate"), str) else "")
    return tuple(dict.fromkeys(s.strip() for s in found if s.strip())), date


def _hypothesis_sources(row: dict[str, Any], targets: list[Any]) -> tuple[str, ...]:
    """Hypothesis names the page by `uri`, the target's `source`, and `document.link` hrefs (canonical
    URL, DOI, PDF fingerprint...)."""
    found = [row.get("uri")]
    found += [t.get("source") for t in targets if isinstance(t, dict)]
    document = row.get("document")
    if isinstance(document, dict) and isinstance(document.get("link"), list):
        found += [link.get("href") for link in document["link"] if isinstance(link, dict)]
    return tuple(dict.fromkeys(s.strip() for s in found if isinstance(s, str) and s.strip()))


def _resource(body: Any) -> str:
    """The IRI of a body that is only a resource: a bare IRI, an External Web Resource ({"id": ...}), or
    a SpecificResource our reader does not take as a claim, actor or source; "" for anything else."""
    if isinstance(body, dict):
        source = body.get("source")
        body = source.get("id") if isinstance(source, dict) else source if "source" in body else body.get("id")
    return body.strip() if isinstance(body, str) else ""


def _is_textual(body: Any) -> bool:
    """A TextualBody, typed or not (the model lets `type` be omitted when `value` is there)."""
    if not isinstance(body, dict):
        return False
    return "TextualBody" in _as_list(body.get("type")) or ("value" in body and "source" not in body)


class _Selectors:
    """Collects the first quote, position and page found among (possibly refined) selectors."""

    def __init__(self, *, digits: bool = False) -> None:
        self.digits = digits
        self.exact = self.prefix = self.suffix = ""
        self.start: int | None = None
        self.end: int | None = None
        self.page: int | None = None
        self.region: tuple[float, float, float, float] | None = None

    def read(self, selectors: Any, where: str) -> None:
        for i, sel in enumerate(_as_list(selectors)):
            here = f"{where}[{i}]"
            if isinstance(sel, str):
                continue  # a selector given by IRI: nothing we can read
            if not isinstance(sel, dict):
                raise ImportFormatError(f"{here}: must be an object")
            kind = sel.get("type")
            if kind == "TextQuoteSelector" and not self.exact:
                self.exact = _text(sel.get("exact"), f"{here}.exact", required=True)
                self.prefix = _text(sel.get("prefix", ""), f"{here}.prefix")
                self.suffix = _text(sel.get("suffix", ""), f"{here}.suffix")
            elif kind == "TextPositionSelector" and self.start is None:
                self.start = _whole(sel.get("start"), f"{here}.start", self.digits)
                self.end = _whole(sel.get("end"), f"{here}.end", self.digits)
                if self.end < self.start:
                    raise ImportFormatError(f"{here}.end: must not be before start")
            elif kind == "FragmentSelector" and self.region is None and (xywh := _XYWH.match(str(sel.get("value", "")))):
                x, y, w, h = (float(v) for v in xywh.groups())
                self.region = (x, y, w, h)
            elif kind == "FragmentSelector" and self.page is None:
                match = _PAGE.search(str(sel.get("value", "")))
                if match and int(match.group(1)) >= 1:
                    self.page = int(match.group(1)) - 1
            elif kind == "PageSelector" and self.page is None:  # Hypothesis' PDF page, 0-based index
                self.page = _whole(sel.get("index"), f"{here}.index")
            if "refinedBy" in sel:
                self.read(sel["refinedBy"], f"{here}.refinedBy")


def parse_hypothesis(data: bytes) -> list[ForeignAnnotation]:
    """The JSON of Hypothesis' search API: {"rows": [...]} (a bare list of rows is accepted too)."""
    top = load(data)
    rows = top.get("rows") if isinstance(top, dict) else top
    if not isinstance(rows, list):
        raise ImportFormatError("rows: a Hypothesis export needs a list of rows")
    out = []
    for i, row in enumerate(rows):
        where = f"rows[{i}]"
        if not isinstance(row, dict):
            raise ImportFormatError(f"{where}: must be an object")
        found = _Selectors()
        targets = row.get("target", [])
        if not isinstance(targets, list):
            raise ImportFormatError(f"{where}.target: must be a list")
        if targets:
            if not isinstance(targets[0], dict):
                raise ImportFormatError(f"{where}.target[0]: must be an object")
            found.read(targets[0].get("selector", []), f"{where}.target[0].selector")
        tags = row.get("tags", [])
        if not isinstance(tags, list) or not all(isinstance(t, str) for t in tags):
            raise ImportFormatError(f"{where}.tags: must be a list of text")
        user = _text(row.get("user", ""), f"{where}.user")
        out.append(ForeignAnnotation(
            foreign_id=_text(row.get("id", ""), f"{where}.id"),
            exact=found.exact, prefix=found.prefix, suffix=found.suffix, start=found.start, end=found.end,
            page=found.page, region=found.region, note=_text(row.get("text", ""), f"{where}.text"), tags=tuple(tags),
            sources=_hypothesis_sources(row, targets), creator=_hypothesis_user(user),
            created=_text(row.get("created", ""), f"{where}.created"),
            modified=_text(row.get("updated", ""), f"{where}.updated"),
        ))
    return out


def _hypothesis_user(user: str) -> str:
    """"acct:alice@hypothes.is" -> "alice"."""
    if user.startswith("acct:"):
        return user[5:].split("@", 1)[0]
    return user


def _agent(value: Any, where: str) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return "; ".join(_agent(v, where) for v in value)
    if isinstance(value, dict):
        for key in ("name", "nickname", "id"):
            name = value.get(key)
            if isinstance(name, str):
                return name
        return ""
    return _text(value, where)


def _as_list(value: Any) -> list[Any]:
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def _text(value: Any, where: str, *, required: bool = False) -> str:
    if value is None and not required:
        return ""
    if not isinstance(value, str) or (required and not value):
        raise ImportFormatError(f"{where}: must be {'non-empty ' if required else ''}text")
    return value


def _whole(value: Any, where: str, digits: bool = False) -> int:
    """A whole number; with `digits` also as digits, as a JSON-LD processor gives an xsd:nonNegativeInteger
    back from RDF (W3C files only: Hypothesis writes numbers)."""
    if digits and isinstance(value, str) and value.isascii() and value.isdigit() and len(value) <= 15:
        value = int(value)
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise ImportFormatError(f"{where}: must be a whole number")
    return value
