"""The verification report as one self-contained HTML page (Jinja2, autoescaped), or as the HTML a PDF is made of.

Everything from the project is escaped; nothing is loaded from elsewhere: the CSS is inline, page crops
are data: URIs (for the PDF, names in the archive handed to the PDF writer), and a Content-Security-Policy
forbids any other source. Source URLs appear as text, and as links only when they are http(s).
"""

import base64
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from importlib import resources
from typing import Any

from app.exchange.report_model import ReportModel

TEMPLATES = "templates"  # package data of app.exchange: report.html, report.css


@dataclass(frozen=True)
class Crop:
    png: bytes
    width: int  # display width in CSS pixels (points in the PDF)


def _english(text: str) -> str:
    return text


def _english_plural(singular: str, plural: str, n: int) -> str:
    return (singular if n == 1 else plural).replace("%n", str(n))


@dataclass(frozen=True)
class ReportLanguage:
    """The language the report is written in: its code and direction for <html lang dir>, and gettext-style
    callables for the template's texts (jinja2.ext.i18n). The GUI passes Qt's translator through these; the
    default is English, as the CLI writes it. `ngettext` returns the text with %n already replaced."""

    code: str = "en"
    rtl: bool = False
    gettext: Callable[[str], str] = field(default=_english)
    ngettext: Callable[[str, str, int], str] = field(default=_english_plural)

    @property
    def direction(self) -> str:
        return "rtl" if self.rtl else "ltr"


ENGLISH = ReportLanguage()


def _read(name: str) -> str:
    return (resources.files("app.exchange") / TEMPLATES / name).read_text(encoding="utf-8")


def _is_web_url(value: str) -> bool:
    return value.lower().startswith(("https://", "http://")) and not any(c.isspace() for c in value)


def render_html(model: ReportModel, crops: dict[str, Crop], *, for_pdf: bool = False,
                language: ReportLanguage = ENGLISH) -> str:
    """The report page. With `for_pdf`, images are referenced by `image_name(key)` instead of embedded."""
    env = environment(language)
    env.tests["web_url"] = _is_web_url
    env.filters["lines"] = _lines
    env.filters["grade_meaning"] = lambda meaning: " / ".join(language.gettext(part) for part in meaning.split(" / "))
    env.filters["bidi"] = _bidi_marks if for_pdf and language.rtl else (lambda text: text)
    template = env.from_string(_read("report.html"))
    images: dict[str, str] = {
        key: image_name(key) if for_pdf else "data:image/png;base64," + base64.b64encode(crop.png).decode("ascii")
        for key, crop in crops.items()
    }
    context: dict[str, Any] = {"m": model, "css": _read("report.css"), "images": images, "for_pdf": for_pdf,
                               "lang": language,
                               "widths": {key: crop.width for key, crop in crops.items()}}
    return str(template.render(**context))


def environment(language: ReportLanguage = ENGLISH) -> Any:
    """Jinja2 with the i18n extension, its _() and ngettext() bound to `language`."""
    import jinja2  # lazy: only the report needs it

    env = jinja2.Environment(autoescape=True, undefined=jinja2.StrictUndefined, trim_blocks=True, lstrip_blocks=True,
                             extensions=["jinja2.ext.i18n"])
    env.install_gettext_callables(language.gettext, language.ngettext, newstyle=False)  # type: ignore[attr-defined]
    return env


def template_messages() -> list[str | tuple[str, str]]:
    """The texts the report template translates: a string, or (singular, plural) for ngettext."""
    found: list[str | tuple[str, str]] = []
    for _line, _function, message in environment().extract_translations(_read("report.html")):
        if isinstance(message, tuple):
            found.append((str(message[0]), str(message[1])))
        elif isinstance(message, str):
            found.append(message)
    return found


def _bidi_marks(text: str) -> str:
    """User text framed by a mark of its own direction (LRM or RLM), for MuPDF: it ignores dir="auto" and the
    isolates, so an English sentence in an Arabic report would show its final full stop at its start."""
    for ch in text:
        kind = unicodedata.bidirectional(ch)
        if kind in ("L", "R", "AL"):
            mark = "\u200e" if kind == "L" else "\u200f"
            return mark + text + mark
    return text


def _lines(text: str) -> Any:
    """Text with its line and paragraph breaks kept: each line escaped, joined by <br> (MuPDF's layout
    and every browser honour <br>; white-space: pre-wrap is not honoured by MuPDF's HTML engine)."""
    from markupsafe import Markup, escape

    return Markup("<br>").join(escape(line) for line in text.split("\n"))


def image_name(key: str) -> str:
    return f"crop-{key}.png"
