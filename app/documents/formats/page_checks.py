"""What a PDF's pages say about its text, for the loader's warnings and its title: pages that are scans,
pages in a font without a Unicode map, pages whose only text is an invisible OCR layer another program
added, and the line the title may come from.

Warnings name pages by number (1-based), as a reader counts them.
"""

import re
from dataclasses import dataclass, field

from app.documents.formats.titles import first_line_title
from app.domain.match_text import CJK

TITLE_LOOKAHEAD = 4000  # characters of visible text searched for a line that can be a title
# three letters in a row: a word, not labels like "sw" or "x"; CJK has no word spaces, but MuPDF may add some
_WORD = re.compile(rf"[^\W\d_]{{3}}|(?:{CJK.pattern}\s?){{2}}")


@dataclass
class PageChecks:
    unreadable: list[int] = field(default_factory=list)  # text was U+FFFD: left out, to be OCR'd
    scanned: list[int] = field(default_factory=list)  # no text, an image: a scan
    ocr_layer: list[int] = field(default_factory=list)  # only invisible text (an OCR layer of another program)
    visible: list[str] = field(default_factory=list)  # text of the first pages a reader sees, for the title

    def note_visible(self, text: str) -> None:
        if sum(map(len, self.visible)) < TITLE_LOOKAHEAD:
            self.visible.append(text)

    def title(self, fallback: str) -> str:
        """The first line of visible text that reads like words: chart labels and OCR noise ("sw | \\ +")
        are not titles; the file name is better than them."""
        text = "\n".join(self.visible)[:TITLE_LOOKAHEAD].replace("\ufffd", "").replace("\uffff", "")
        for line in text.split("\n"):
            letters = sum(ch.isalpha() for ch in line)
            if letters >= 3 and letters >= 0.6 * sum(not ch.isspace() for ch in line) and _WORD.search(line):
                return first_line_title(line, fallback)
        return fallback

    def warnings(self, name: str, has_text: bool) -> list[str]:
        """What the user must know about pages without usable text."""
        out = []
        if self.unreadable:
            out.append(f"{name}: the text of {_pages(self.unreadable)} cannot be read (a font without a Unicode "
                       f"map) and is left out; run OCR on {_them(self.unreadable)} as on a scan.")
        if has_text and self.scanned:
            out.append(f"{name}: {_pages(self.scanned)} {'has' if len(self.scanned) == 1 else 'have'} no text layer "
                       f"(scanned); search and quotes miss {_them(self.scanned)} until you run OCR.")
        elif not has_text and not self.unreadable:
            out.append(f"{name} has no text layer (a scan?); its pages can be viewed but not quoted.")
        if self.ocr_layer:
            out.append(f"{name}: the text of {_pages(self.ocr_layer)} is an invisible OCR layer another program "
                       f"added: a machine reading of the scan, to be checked against the page image.")
        return out


def unreadable(text: str) -> bool:
    """Mostly characters MuPDF could not map to Unicode (a font without a ToUnicode map): as good as no text."""
    unmapped = text.count("\ufffd") + text.count("\uffff")
    return unmapped > 0 and 2 * unmapped >= len(text) - text.count(" ") - text.count("\n")


def _them(numbers: list[int]) -> str:
    return "it" if len(numbers) == 1 else "them"


def _pages(numbers: list[int]) -> str:
    shown = ", ".join(map(str, numbers[:10])) + (f" and {len(numbers) - 10} more" if len(numbers) > 10 else "")
    return f"page {shown}" if len(numbers) == 1 else f"pages {shown}"
