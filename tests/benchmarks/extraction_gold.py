"""Article extraction measured on saved news pages against gold texts: two sets.

    python tests/benchmarks/extraction_gold.py TRAFILATURA_CHECKOUT
    python tests/benchmarks/extraction_gold.py --newspaper4k [FOLDER]

--newspaper4k: the 23 news pages (9 languages) that newspaper4k 0.9.6 ships with their expected texts
(tests/data/html/*.html and tests/data/txt/*.txt of its sdist, MIT licence; the pages stay their
publishers'). Without FOLDER the sdist is fetched with `pip download` into a cache folder; nothing is copied
into this repository. Per page, bag-of-words precision, recall and F1 against the expected text (words in
lower case; scripts without spaces count per character), averaged over the pages, as in the ScrapingHub
article-extraction-benchmark: for our canonical text (headline on top), trafilatura alone (extract() with
its defaults), and readability-lxml (a test-only tool: `pip install readability-lxml`; skipped if absent).
The expected texts are newspaper's own reviewed outputs, not an independent gold: read the numbers as
agreement with another careful extractor.

TRAFILATURA_CHECKOUT: a small hand-checked gold set (below).

The pages are trafilatura's own test pages (tests/cache/*.html in github.com/adbar/trafilatura, checked at
commit e90b0ef5); they are not copied here. For each page the gold set names, checked by hand against the
page: the headline, paragraphs of the article that must come out whole (by their start), and lines that are
not article text (the headline again, a kicker, a "report" date line, a byline, a paragraph cut in two).

recall    = gold article paragraphs found as whole paragraphs / gold article paragraphs
precision = gold article paragraphs found / (those + not-article lines found as paragraphs)
headline  = pages whose text starts with the gold headline, exactly once in the first lines

"raw" is trafilatura's text with the headline put on top as before this clean-up, in the same run.
"""

import re
import subprocess
import sys
import tarfile
from collections import Counter
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

GOLD: dict[str, dict] = {
    "reuters.com.parasite": {
        "headline": "'Parasite' scores historic upset at SAG awards, boosting Oscar chances",
        "paragraphs": ["LOS ANGELES (Reuters) - South Korean thriller", "“Parasite,” the Korean language social satire"],
        "not": []},
    "theguardian.com.academics": {
        "headline": "Thousands of UK academics 'treated as second-class citizens'",
        "paragraphs": ["Thousands of academic staff at British universities", "The report by the University and College Union"],
        "not": []},
    "dw.com.colonial": {
        "headline": "Berlin confronts Germany's colonial past with new initiative",
        "paragraphs": ["The German capital has launched a five-year project", "Berlin's relationship with its colonial history"],
        "not": ["Berlin confronts Germany's colonial past with new initiative | DW"]},
    "faz.net.streaming": {
        "headline": "Nutzerbasierte Abrechnung: Musik-Stars fordern neues Streaming-Modell",
        "paragraphs": ["Die Abogebühr eines Nutzers soll nur noch"],
        "not": ["Nutzerbasierte Abrechnung : Musik-Stars", "- -Aktualisiert am"]},
    "knowtechie.com.rally": {
        "headline": "Rocket Pass 4 in Rocket League brings with it a new rally-inspired car",
        "paragraphs": ["Rocket League is gearing up for a new season"],
        "not": ["#GameTechie", "@repeat"]},
    "phys.org.tool": {
        "headline": "Flint flake tool partially covered by birch tar adds to evidence of Neanderthal complex thinking",
        "paragraphs": ["A team of researchers affiliated with several institutions", "Prior work has turned up evidence"],
        "not": ["October 22, 2019 report", "@repeat"]},
    "vancouversun.com.microsoft": {
        "headline": "Microsoft moves to erase its carbon footprint from the atmosphere in climate push",
        "paragraphs": ["Microsoft Corp said on Thursday it aims", "The focus on removing existing carbon"],
        "not": ["@repeat"]},
    "zeit.de.zugverkehr": {
        "headline": "Zugverkehr: Im ICE von Frankfurt nach Barcelona",
        "paragraphs": ["36 Stunden. So lange dauert", "Seit die schwedische Klimaaktivistin"],
        "not": ["@Seit", "die schwedische Klimaaktivistin"]},
    "theverge.com.ios13": {
        "headline": "iOS 13 will fix the FaceTime eye contact problem",
        "paragraphs": ["iOS 13’s third developer beta includes", "Normally, video calls tend to make"],
        "not": []},
    "nature.com.telescope": {
        "headline": "Gigantic Chinese telescope opens to astronomers worldwide",
        "paragraphs": ["The world’s largest single-dish radio observatory", "The Five-hundred-meter Aperture Spherical"],
        "not": []},
    "vice.com.amazon": {
        "headline": "The Amazon Is on Fire and the Smoke Can Be Seen from Space",
        "paragraphs": ["In the middle of the day on Monday, the sky above São Paulo"],
        "not": ["This article originally appeared on VICE US."]},
    "heise.de.lithium": {
        "headline": "Lithium aus dem Schredder",
        "paragraphs": ["Die Ökobilanz von Elektroautos", "Bisherige Verfahren beruhen meist darauf"],
        "not": []},
}


def raw_text(data: bytes, name: str) -> str:
    """What the loader produced before the clean-up: trafilatura's lines, the headline on top if not first."""
    from app.documents.formats import html
    from app.documents.formats.decode import decode_bytes
    from app.documents.formats.html_chrome import strip_chrome
    from app.domain.normalize import canonical_text

    markup, _ = decode_bytes(data, name, hint="utf-8")
    page_title, _ = html._head_facts(markup)
    root = html._parse(markup)
    assert root is not None
    strip_chrome(root)
    found = html._article(root)
    assert found is not None
    body, title, _ = found
    text = "\n\n".join(line.strip() for line in canonical_text(body).split("\n") if line.strip())
    title = title or page_title
    return text if text.split("\n", 1)[0].strip() == title else f"{title}\n\n{text}"


def score(text: str, gold: dict) -> tuple[int, int, int, bool]:
    """(gold paragraphs found, gold paragraphs, not-article lines found, headline right)."""
    paragraphs = text.split("\n\n")
    found = sum(any(p.startswith(start) for p in paragraphs) for start in gold["paragraphs"])
    wrong = 0
    for line in gold["not"]:
        if line == "@repeat":  # the headline again below the top
            wrong += sum(p == gold["headline"] for p in paragraphs[1:8])
        elif line.startswith("@"):  # a paragraph that is exactly this (a cut-off start)
            wrong += sum(p == line[1:] for p in paragraphs)
        else:
            wrong += sum(p.startswith(line) for p in paragraphs)
    headline = paragraphs[0] == gold["headline"] and gold["headline"] not in paragraphs[1:8]
    return found, len(gold["paragraphs"]), wrong, headline


def main(checkout: Path) -> None:
    from app.documents.formats.html import load_html

    totals = {"raw": [0, 0, 0, 0], "now": [0, 0, 0, 0]}
    for name, gold in GOLD.items():
        data = (checkout / "tests" / "cache" / f"{name}.html").read_bytes()
        for kind, text in (("raw", raw_text(data, name)), ("now", load_html(data, f"{name}.html").text.text)):
            found, wanted, wrong, headline = score(text, gold)
            t = totals[kind]
            t[0], t[1], t[2], t[3] = t[0] + found, t[1] + wanted, t[2] + wrong, t[3] + headline
            if kind == "now" and (found < wanted or wrong or not headline):
                print(f"  {name}: {found}/{wanted} paragraphs, {wrong} not-article lines, headline {'ok' if headline else 'WRONG'}")
    for kind, (found, wanted, wrong, headlines) in totals.items():
        print(f"{kind}: recall {found / wanted:.2f} ({found}/{wanted}), precision {found / (found + wrong):.2f} "
              f"({wrong} not-article lines), headline right on {headlines}/{len(GOLD)} pages")


NEWSPAPER4K = "newspaper4k==0.9.6"
_WORD = re.compile(r"\w+")
_UNSPACED = re.compile(r"[\u0e00-\u0eff\u1000-\u109f\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff]")


def tokens(text: str) -> Counter[str]:
    """Words in lower case; in Thai, Burmese, Chinese, Japanese and Korean each character is a token."""
    out: Counter[str] = Counter()
    for word in _WORD.findall(text.casefold()):
        out.update(_UNSPACED.findall(word) or [word]) if _UNSPACED.search(word) else out.update([word])
    return out


def prf(found: str, gold: str) -> tuple[float, float, float]:
    got, want = tokens(found), tokens(gold)
    common = sum((got & want).values())
    precision = common / sum(got.values()) if got else 0.0
    recall = common / sum(want.values()) if want else 0.0
    return precision, recall, (2 * precision * recall / (precision + recall) if common else 0.0)


def newspaper4k_pages(folder: Path | None) -> Path:
    """tests/data of the newspaper4k sdist, fetched with pip into a cache folder when not given."""
    if folder is None:
        folder = Path.home() / ".cache" / "sourcemark-bench"
        folder.mkdir(parents=True, exist_ok=True)
        if not list(folder.glob("newspaper4k-*/tests/data")):
            subprocess.run([sys.executable, "-m", "pip", "download", "--no-deps", "--no-binary", ":all:",
                            NEWSPAPER4K, "-d", str(folder)], check=True, capture_output=True)
            for archive in folder.glob("newspaper4k-*.tar.gz"):
                with tarfile.open(archive) as tar:
                    tar.extractall(folder, members=[m for m in tar.getmembers() if "/tests/data/" in m.name],
                                   filter="data")
    found = [folder] if (folder / "html").is_dir() else sorted(folder.glob("newspaper4k-*/tests/data"))
    if not found:
        raise SystemExit(f"no newspaper4k tests/data under {folder}")
    return found[-1]


def extractors() -> dict[str, Callable[[bytes, str], str]]:
    from app.documents.formats.decode import decode_bytes
    from app.documents.formats.html import load_html

    def ours(data: bytes, name: str) -> str:
        return load_html(data, name).text.text

    def trafilatura_alone(data: bytes, name: str) -> str:
        import trafilatura

        return trafilatura.extract(decode_bytes(data, name)[0]) or ""

    def ours_body(data: bytes, name: str) -> str:  # the gold texts have no headline; ours puts it on top
        return ours(data, name).split("\n\n", 1)[-1]

    found = {"sourcemark": ours, "sourcemark (no headline)": ours_body, "trafilatura": trafilatura_alone}
    try:
        from readability import Document
    except ImportError:
        print("readability-lxml is not installed: its column is left out (pip install readability-lxml)")
        return found

    def readability_lxml(data: bytes, name: str) -> str:
        import lxml.html

        summary = Document(decode_bytes(data, name)[0]).summary(html_partial=True)
        root = lxml.html.fromstring(summary)
        for block in root.iter("p", "div", "br", "li", "h1", "h2", "h3", "h4", "tr"):
            block.tail = "\n" + (block.tail or "")
        return root.text_content()

    found["readability-lxml"] = readability_lxml
    return found


def main_newspaper4k(folder: Path | None) -> None:
    data_dir = newspaper4k_pages(folder)
    names = sorted(p.stem for p in (data_dir / "html").glob("*.html") if (data_dir / "txt" / f"{p.stem}.txt").is_file())
    runs = extractors()
    scores: dict[str, list[tuple[float, float, float]]] = {kind: [] for kind in runs}
    print(f"{len(names)} pages of {NEWSPAPER4K} (tests/data/html with tests/data/txt)")
    for name in names:
        data = (data_dir / "html" / f"{name}.html").read_bytes()
        gold = (data_dir / "txt" / f"{name}.txt").read_text(encoding="utf-8")
        line = []
        for kind, run in runs.items():
            try:
                text = run(data, f"{name}.html")
            except Exception as exc:  # noqa: BLE001 - a benchmark row, not a program: count it as nothing found
                print(f"  {name}: {kind} failed: {exc}")
                text = ""
            scores[kind].append(prf(text, gold))
            line.append(f"{kind} F1 {scores[kind][-1][2]:.2f}")
        print(f"  {name}: " + ", ".join(line))
    print("\n| extractor | precision | recall | F1 |\n|---|---|---|---|")
    for kind, rows in scores.items():
        p, r, f = (sum(x[i] for x in rows) / len(rows) for i in range(3))
        print(f"| {kind} | {p:.3f} | {r:.3f} | {f:.3f} |")


if __name__ == "__main__":
    if sys.argv[1:2] == ["--newspaper4k"]:
        main_newspaper4k(Path(sys.argv[2]) if len(sys.argv) > 2 else None)
    else:
        main(Path(sys.argv[1]))
