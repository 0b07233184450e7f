"""Article extraction measured on saved news pages, against a small hand-checked gold set.

    python tests/benchmarks/extraction_gold.py TRAFILATURA_CHECKOUT

The pages are trafilatura's own test pages (tests/cache/*.html in github.com/adbar/trafilatura, checked at
commit e90b0ef5); they are not copied here. For each page the gold set names, checked by hand against the
page: the headline, paragraphs of the article that must come out whole (by their start), and lines that are
not article text (the headline again, a kicker, a "report" date line, a byline, a paragraph cut in two).

recall    = gold article paragraphs found as whole paragraphs / gold article paragraphs
precision = gold article paragraphs found / (those + not-article lines found as paragraphs)
headline  = pages whose text starts with the gold headline, exactly once in the first lines

"raw" is trafilatura's text with the headline put on top as before this clean-up, in the same run.
"""

import sys
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
    from app.domain.normalize import canonical_text

    markup, _ = decode_bytes(data, name, hint="utf-8")
    page_title, _ = html._head_facts(markup)
    found = html._article(markup)
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


if __name__ == "__main__":
    main(Path(sys.argv[1]))
