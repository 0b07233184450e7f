"""What Tesseract's orientation and script detection (OSD) says about a page, and what to tell the user
when OCR read nothing or little: the script OSD saw and the language pack that reads it.

Pure functions over Tesseract's text output and the OCR layer, so they are tested without the engine.
"""

from dataclasses import dataclass
from typing import Any

MIN_OSD_CONFIDENCE = 3.0  # below: the page is left as it is (2 lines of text: ~4, a page: 13+)
TRUSTED_OSD_CONFIDENCE = 8.0  # below this (and above the minimum) a turn is checked by reading both ways
MIN_SCRIPT_CONFIDENCE = 3.0  # OSD's script confidence (a Latin page: 15+, two Cyrillic lines: 8)
MIN_WORD_CONFIDENCE = 50.0  # percent; words below it are guesses
CONFIDENT_SHARE = 0.5  # a page where fewer of the words than this are confident "read little"
# Tesseract's OSD script names -> the language packs that read them (Debian: tesseract-ocr-<pack>)
SCRIPT_PACKS = {
    "Latin": ("eng",), "Cyrillic": ("rus", "ukr", "bel", "bul", "srp"), "Hangul": ("kor",),
    "Han": ("chi_sim", "chi_tra"), "Japanese": ("jpn",), "Katakana": ("jpn",), "Hiragana": ("jpn",),
    "Arabic": ("ara", "fas", "urd"), "Hebrew": ("heb",), "Greek": ("ell",), "Devanagari": ("hin", "mar", "nep"),
    "Thai": ("tha",), "Armenian": ("hye",), "Georgian": ("kat",), "Bengali": ("ben",), "Tamil": ("tam",),
}


@dataclass(frozen=True)
class Osd:
    rotate: int = 0  # degrees clockwise that make the page upright
    confidence: float = 0.0
    script: str = ""
    script_confidence: float = 0.0

    @property
    def turn(self) -> int:
        """The turn to make, 0 when OSD is unsure."""
        return self.rotate if self.rotate in (90, 180, 270) and self.confidence >= MIN_OSD_CONFIDENCE else 0

    @property
    def known_script(self) -> str:
        """The script, when OSD is sure enough of it to name it to the user."""
        return self.script if self.script_confidence >= MIN_SCRIPT_CONFIDENCE else ""

    @property
    def sure(self) -> bool:
        """Sure enough to turn the page without reading it both ways first (3.15 once turned an upright page)."""
        return self.confidence >= TRUSTED_OSD_CONFIDENCE


def parse_osd_report(out: str) -> Osd:
    found = {k.strip(): v.strip() for k, v in (line.split(":", 1) for line in out.splitlines() if ":" in line)}
    try:
        rotate, confidence = int(found["Rotate"]), float(found["Orientation confidence"])
    except (KeyError, ValueError):
        rotate, confidence = 0, 0.0
    try:
        script_confidence = float(found.get("Script confidence", "0"))
    except ValueError:
        script_confidence = 0.0
    return Osd(rotate, confidence, found.get("Script", ""), script_confidence)


def reading_score(words: list[list[Any]]) -> float:
    """How much a page's words look like reading rather than noise: the letters of confident words, weighted."""
    return sum(float(w[1]) / 100 * len(str(w[0])) for w in words if float(w[1]) >= MIN_WORD_CONFIDENCE)


def page_findings(layer: dict[str, Any], installed: list[str]) -> list[str]:
    """One line per page where OCR found nothing or little, or where OSD saw a script the chosen languages do
    not read (their words are then noise: "MUHUCTp" for "Министр"), naming the language pack to use."""
    lang = str(layer.get("lang", ""))
    notes = []
    for page in layer["pages"]:
        if page.get("blank"):  # nothing on the page: finding no words there is no news
            continue
        words = page["words"]
        confident = [w for w in words if float(w[1]) >= MIN_WORD_CONFIDENCE]
        script = str(page.get("script", ""))
        packs = SCRIPT_PACKS.get(script, ())
        foreign = bool(packs) and not set(lang.split("+")) & set(packs)
        little = len(confident) < CONFIDENT_SHARE * len(words)  # mostly guesses: noise, a wrong script, a blur
        if words and not little and not foreign:
            continue
        if not words:
            what = "OCR found no words"
        elif little:
            what = f"OCR read little ({len(words)} word{'s' if len(words) != 1 else ''}, {len(confident)} with confidence)"
        else:
            what = f"OCR read {len(words)} words"
        if foreign:
            have = [p for p in packs if p in installed]
            hint = (f"run OCR again with --lang {have[0]}" if have else
                    f"install its language pack (Debian: apt install tesseract-ocr-{packs[0].replace('_', '-')}) "
                    f"and run OCR with --lang {packs[0]}")
            notes.append(f"page {int(page['index']) + 1}: {what}, but the page looks like {script} script, which "
                         f"{lang} does not read: {hint}")
        else:
            notes.append(f"page {int(page['index']) + 1}: {what}; if it holds text, it may be in a language {lang} "
                         f"does not read (installed: {', '.join(installed) or 'none'}), or too small or blurred")
    return notes
