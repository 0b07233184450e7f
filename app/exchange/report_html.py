"""The verification report as one self-contained HTML page (Jinja2, autoescaped), or as the HTML a PDF is made of.

Everything from the project is escaped; nothing is loaded from elsewhere: the CSS is inline, page crops
are data: URIs (for the PDF, names in the archive handed to the PDF writer), and a Content-Security-Policy
forbids any other source. Source URLs appear as text, and as links only when they are http(s).
"""

import base64
from dataclasses import dataclass
from importlib import resources
from typing import Any

from app.exchange.report_model import ReportModel

TEMPLATES = "templates"  # package data of app.exchange: report.html, report.css


@dataclass(frozen=True)
class Crop:
    png: bytes
    width: int  # display width in CSS pixels (points in the PDF)


def _read(name: str) -> str:
    return (resources.files("app.exchange") / TEMPLATES / name).read_text(encoding="utf-8")


def _is_web_url(value: str) -> bool:
    return value.lower().startswith(("https://", "http://")) and not any(c.isspace() for c in value)


def render_html(model: ReportModel, crops: dict[str, Crop], *, for_pdf: bool = False) -> str:
    """The report page. With `for_pdf`, images are referenced by `image_name(key)` instead of embedded."""
    import jinja2  # lazy: only the report needs it

    env = jinja2.Environment(autoescape=True, undefined=jinja2.StrictUndefined, trim_blocks=True, lstrip_blocks=True)
    env.tests["web_url"] = _is_web_url
    env.filters["lines"] = _lines
    template = env.from_string(_read("report.html"))
    images: dict[str, str] = {
        key: image_name(key) if for_pdf else "data:image/png;base64," + base64.b64encode(crop.png).decode("ascii")
        for key, crop in crops.items()
    }
    context: dict[str, Any] = {"m": model, "css": _read("report.css"), "images": images, "for_pdf": for_pdf,
                               "widths": {key: crop.width for key, crop in crops.items()}}
    return template.render(**context)


def _lines(text: str) -> Any:
    """Text with its line and paragraph breaks kept: each line escaped, joined by <br> (MuPDF's layout
    and every browser honour <br>; white-space: pre-wrap is not honoured by MuPDF's HTML engine)."""
    from markupsafe import Markup, escape

    return Markup("<br>").join(escape(line) for line in text.split("\n"))


def image_name(key: str) -> str:
    return f"crop-{key}.png"
