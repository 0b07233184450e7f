"""Hidden passages of a web page: text a visitor never sees must not become quotable article text.

Left out before extraction, and listed (so that an analyst can see what was left out and why):
- the `hidden` attribute (not `hidden="until-found"`, which the browser's find reveals) and
  aria-hidden="true";
- inline styles with display:none, visibility:hidden|collapse, font-size:0, or off-screen positioning
  (position:absolute|fixed with left/top at -999px or further, text-indent at -999px or further);
- the same declarations in the page's own <style> rules, for simple selectors only: a tag, .class, #id or
  a compound of those (p.note#x), in a comma list. Rules inside @media/@supports (hidden only on some
  screens), selectors with combinators, attributes or pseudo-classes, and external style sheets (not in
  a saved page) are not evaluated; an element a simple rule shows again (display:block on .menu.open)
  stays.
White-on-white text needs the computed background of every ancestor and is not detected.
"""

import re
from dataclasses import dataclass

import lxml.html

PASSAGE_LIMIT = 2000  # characters kept of one passage
MAX_PASSAGES = 100  # passages listed per document (all are counted)
_OFFSCREEN = -999  # px: "left:-9999px" and its kin; a small negative margin is layout, not hiding
_COMMENT = re.compile(r"/\*.*?(?:\*/|$)", re.S)
_CSS_LIMIT = 2_000_000  # characters of <style> text read per page; a larger sheet is read no further
_SELECTOR_LIMIT = 200
_SIMPLE = re.compile(r"^([a-zA-Z][a-zA-Z0-9-]*)?((?:[.#][\w-]+)*)$")
_LENGTH = re.compile(r"^(-?\d*\.?\d+)(px|pt|em|rem|%|vw|vh)?$")


class _Index:
    """Selectors by the id, a class or the tag they need: an element is matched against its few candidates,
    not against every rule of a large style sheet."""

    def __init__(self, selectors: list["_Selector"]) -> None:
        self.by: dict[str, list[_Selector]] = {}
        for sel in selectors:
            bucket = f"#{min(sel.ids)}" if sel.ids else f".{min(sel.classes)}" if sel.classes else sel.tag
            self.by.setdefault(bucket, []).append(sel)

    def matches(self, element: lxml.html.HtmlElement) -> bool:
        if not self.by:
            return False
        buckets = [f"#{element.get('id')}", str(element.tag), *(f".{c}" for c in (element.get("class") or "").split())]
        return any(sel.matches(element) for bucket in buckets for sel in self.by.get(bucket, ()))


@dataclass(frozen=True)
class _Selector:
    tag: str
    ids: frozenset[str]
    classes: frozenset[str]

    def matches(self, element: lxml.html.HtmlElement) -> bool:
        if self.tag and element.tag != self.tag:
            return False
        if self.ids and element.get("id") not in self.ids:
            return False
        return self.classes <= set((element.get("class") or "").split())


def drop_hidden(root: lxml.html.HtmlElement) -> tuple[int, list[str]]:
    """Remove hidden elements from `root`: (how many passages with text, the first MAX_PASSAGES of them)."""
    hiding, showing = (_Index(selectors) for selectors in _style_rules(root))
    found = []
    stack = [root]
    while stack:  # document order; nothing inside a hidden element is looked at again
        element = stack.pop()
        if isinstance(element.tag, str) and _hidden(element, hiding, showing):
            found.append(element)
        else:
            stack.extend(reversed(element))
    count = 0
    passages: list[str] = []
    for element in found:
        text = " ".join(element.text_content().split())
        element.drop_tree()  # its tail is the parent's text and stays
        if text:
            count += 1
            if len(passages) < MAX_PASSAGES:
                passages.append(text[:PASSAGE_LIMIT])
    return count, passages


def _hidden(element: lxml.html.HtmlElement, hiding: _Index, showing: _Index) -> bool:
    if element.tag in ("html", "head", "body", "title", "meta", "link", "style", "script"):
        return False
    hidden_attr = element.get("hidden")
    if hidden_attr is not None and hidden_attr.strip().lower() != "until-found":
        return True
    if (element.get("aria-hidden") or "").strip().lower() == "true":
        return True
    inline = _hides(_declarations(element.get("style") or ""))
    if inline is not None:  # an inline style wins over the page's rules
        return inline
    return hiding.matches(element) and not showing.matches(element)


def _hides(declarations: dict[str, str]) -> bool | None:
    """True: these declarations hide; False: they show explicitly (display/visibility); None: say nothing."""
    display, visibility = declarations.get("display", ""), declarations.get("visibility", "")
    if display == "none" or visibility in ("hidden", "collapse"):
        return True
    if _length(declarations.get("font-size", "")) == 0:
        return True
    if declarations.get("position") in ("absolute", "fixed") and any(
            (_length(declarations.get(side, "")) or 0) <= _OFFSCREEN for side in ("left", "top")):
        return True
    if (_length(declarations.get("text-indent", "")) or 0) <= _OFFSCREEN:
        return True
    return False if display or visibility == "visible" else None


def _length(value: str) -> float | None:
    match = _LENGTH.match(value.replace("!important", "").strip())
    if not match:
        return None
    number = float(match.group(1))
    return number if match.group(2) in (None, "px", "pt") or number == 0 else number * 16  # em ≈ 16 px


def _declarations(style: str) -> dict[str, str]:
    out = {}
    for part in style.split(";"):
        name, sep, value = part.partition(":")
        if sep:
            out[name.strip().lower()] = " ".join(value.replace("!important", "").split()).lower()
    return out


def _style_rules(root: lxml.html.HtmlElement) -> tuple[list[_Selector], list[_Selector]]:
    """Simple selectors of the page's own <style> rules that hide, and those that show explicitly."""
    hiding: list[_Selector] = []
    showing: list[_Selector] = []
    css = _COMMENT.sub("", "\n".join(style.text or "" for style in root.iter("style"))[:_CSS_LIMIT])
    for selectors, body in _top_level_rules(css):
        verdict = _hides(_declarations(body))
        if verdict is None:
            continue
        for selector in selectors.split(","):
            parsed = _selector(selector.strip())
            if parsed is not None:
                (hiding if verdict else showing).append(parsed)
    return hiding, showing


def _top_level_rules(css: str) -> list[tuple[str, str]]:
    """(selectors, declarations) of the rules outside any @-block, in one pass over the text (a regular
    expression over a hostile style sheet can take minutes). @media/@supports blocks are skipped whole:
    what they hide is hidden only on some screens."""
    rules = []
    start = depth = 0
    skipping = False
    for at, char in enumerate(css):
        if char == "{":
            if depth == 0:
                prelude = css[start:at].strip()
                skipping = prelude.startswith("@")
                selectors_at = at
            depth += 1
        elif char == "}" and depth:
            depth -= 1
            if depth == 0:
                if not skipping:
                    rules.append((css[start:selectors_at].strip(), css[selectors_at + 1:at]))
                start = at + 1
        elif char == ";" and depth == 0:  # @import url(...); @charset "x";
            start = at + 1
    return rules


def _selector(text: str) -> _Selector | None:
    match = _SIMPLE.match(text) if len(text) <= _SELECTOR_LIMIT else None
    if not match or not text or text.lower() in ("html", "body", "head"):
        return None
    parts = re.findall(r"([.#])([\w-]+)", match.group(2) or "")
    return _Selector((match.group(1) or "").lower(), frozenset(v for k, v in parts if k == "#"),
                     frozenset(v for k, v in parts if k == "."))
