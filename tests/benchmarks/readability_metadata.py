"""Title, author, date, language and article bounds compared with Mozilla Readability's test pages.

    python tests/benchmarks/readability_metadata.py PAGES_DIR [--show-agreeing] [NAME ...]

PAGES_DIR: test/test-pages of github.com/mozilla/readability (Apache-2.0; each page stays its publisher's),
e.g. `git archive HEAD test/test-pages | tar -x -C /tmp/readability`; nothing is copied into this repository.
Each folder holds source.html, expected-metadata.json (title, byline, lang, dir, publishedTime, ...) and
expected.html (the article readability extracts). Per page, source.html is loaded as Sourcemark loads a
saved page, and compared with readability's answers:

  title      our document title == readability's title (white space normalised)
  author     our metadata author == readability's byline ("" for null)
  published  our date == the date part of publishedTime ("" for null)
  language   our language == lang, compared case-insensitively ("" for null); "lang~" counts the primary
             subtag only ("en" ~ "en-US")
  first/last the first / last paragraph of expected.html (plain text, white space normalised) is in our
             canonical text; "order": both are, the first before the last; "first8", "last8": the same for
             the first and last paragraphs of 8 words or more (readability keeps photo captions, "Reply",
             "Continue reading the main story" as paragraphs)

Sourcemark keeps no text direction, so readability's `dir` is only counted. Readability's answers are
another extractor's, not a gold: sort each disagreement by eye (open the source) before calling it ours.
"""

import json
import sys
import unicodedata
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

FIELDS = ("title", "author", "published", "language", "lang~", "first", "last", "order", "first8", "last8")
SENTENCE_WORDS = 8  # first8/last8: the first and last paragraph of 8 words or more (not a caption, "Reply", a date)


def flat(text: str | None) -> str:
    return " ".join(unicodedata.normalize("NFC", text or "").split())


def expected_paragraphs(markup: str) -> list[str]:
    """The article's paragraphs as readability gives them: <p> texts, else the texts of other blocks."""
    import lxml.html

    root = lxml.html.fromstring(markup or "<div></div>")
    for tags in (("p",), ("p", "li", "pre", "blockquote", "td", "h2", "h3", "div")):
        found = [flat(e.text_content()) for e in root.iter(*tags) if not any(a.tag in tags for a in e.iterancestors())]
        found = [p for p in found if p]
        if found:
            return found
    return [flat(root.text_content())] if flat(root.text_content()) else []


def compare(page: Path) -> dict[str, tuple[bool, str, str]]:
    """field -> (agrees, ours, readability's)."""
    from app.documents.registry import load_bytes

    want = json.loads((page / "expected-metadata.json").read_text(encoding="utf-8"))
    doc = load_bytes((page / "source.html").read_bytes(), "source.html")
    meta = doc.metadata
    text = flat(doc.text.text)
    lang, ours_lang = flat(want.get("lang")).lower(), meta.language.lower()
    out = {
        "title": (flat(doc.title) == flat(want.get("title")), doc.title, flat(want.get("title"))),
        "author": (meta.author == flat(want.get("byline")), meta.author, flat(want.get("byline"))),
        "published": (meta.published == (want.get("publishedTime") or "")[:10], meta.published,
                      (want.get("publishedTime") or "")[:10]),
        "language": (ours_lang == lang, meta.language, lang),
        "lang~": (ours_lang.split("-")[0] == lang.split("-")[0], meta.language, lang),
    }
    paragraphs = expected_paragraphs((page / "expected.html").read_text(encoding="utf-8"))
    first, last = (paragraphs[0], paragraphs[-1]) if paragraphs else ("", "")
    at_first, at_last = text.find(first), text.rfind(last)
    out["first"] = (at_first >= 0, "found" if at_first >= 0 else "missing", first[:100])
    out["last"] = (at_last >= 0, "found" if at_last >= 0 else "missing", last[:100])
    out["order"] = (0 <= at_first <= at_last, f"{at_first} <= {at_last}", "")
    long = [p for p in paragraphs if len(p.split()) >= SENTENCE_WORDS or len(p) >= 40 and len(p.split()) <= 3]
    for field, para in (("first8", long[0] if long else ""), ("last8", long[-1] if long else "")):
        out[field] = (para in text, "found" if para in text else "missing", para[:100])
    return out


def main(folder: Path, names: list[str], show_agreeing: bool) -> None:
    pages = sorted(p for p in folder.iterdir() if (p / "source.html").is_file() and (p / "expected-metadata.json").is_file())
    pages = [p for p in pages if not names or p.name in names]
    agree: Counter[str] = Counter()
    failed: list[str] = []
    rtl = 0
    for page in pages:
        rtl += json.loads((page / "expected-metadata.json").read_text(encoding="utf-8")).get("dir") == "rtl"
        try:
            result = compare(page)
        except Exception as exc:  # noqa: BLE001 - a benchmark row: a page we refuse counts as disagreeing
            failed.append(f"{page.name}: {type(exc).__name__}: {exc}")
            continue
        for field, (same, ours, theirs) in result.items():
            agree[field] += same
            if field not in ("lang~", "first8", "last8") and (not same or show_agreeing):
                print(f"  {page.name:32} {field:9} {'=' if same else '≠'} ours {ours!r:.110}  readability {theirs!r:.110}")
    print(f"\n{len(pages)} pages; {len(failed)} not loaded; readability says dir=rtl on {rtl} (Sourcemark keeps no direction)")
    for line in failed:
        print(f"  not loaded: {line}")
    print("| field | agree | of |\n|---|---|---|")
    for field in FIELDS:
        print(f"| {field} | {agree[field]} | {len(pages) - len(failed)} |")


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    if not args:
        raise SystemExit(__doc__)
    main(Path(args[0]), args[1:], "--show-agreeing" in sys.argv)
