"""The verification report in another language without Qt: the command line's `report --lang`.

Reads the interface's catalogue (resources/translations/sourcemark_<lang>.ts, the same texts the GUI translates
with Qt) for the report's two contexts, and picks plural forms by the rules Qt uses for each language.
"""

import xml.etree.ElementTree as ET
from collections.abc import Callable
from pathlib import Path

from app.exchange.report_html import ENGLISH, ReportLanguage
from app.resources import resource_dir

LANGUAGES = ("en", "uk", "ru", "es", "fr", "ko", "ar")
CONTEXTS = ("Report", "Vocabulary")  # the report's own texts, then the domain's words


def _slavic(n: int) -> int:
    if n % 10 == 1 and n % 100 != 11:
        return 0
    return 1 if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14 else 2


def _arabic(n: int) -> int:
    if n in (0, 1, 2):
        return n
    return 3 if 3 <= n % 100 <= 10 else 4 if 11 <= n % 100 <= 99 else 5


# Which plural form of a catalogue message a count takes (Qt's numerus rules for these languages)
PLURAL_FORM: dict[str, Callable[[int], int]] = {
    "en": lambda n: 0 if n == 1 else 1, "es": lambda n: 0 if n == 1 else 1, "fr": lambda n: 0 if n < 2 else 1,
    "uk": _slavic, "ru": _slavic, "ko": lambda n: 0, "ar": _arabic,
}


def report_language(code: str) -> ReportLanguage:
    """The report in `code` (one of LANGUAGES), from its catalogue; English when there is none."""
    if code not in LANGUAGES:
        raise ValueError(f"unknown report language {code!r}")
    path = resource_dir() / "translations" / f"sourcemark_{code}.ts"
    if code == "en" or not path.is_file():
        return ENGLISH
    table = _read(path)
    form = PLURAL_FORM[code]

    def gettext(text: str) -> str:
        return next((table[(c, text)][0] for c in CONTEXTS if (c, text) in table), text)

    def ngettext(singular: str, plural: str, n: int) -> str:
        forms = table.get(("Report", plural))
        chosen = forms[min(form(n), len(forms) - 1)] if forms else (singular if n == 1 else plural)
        return chosen.replace("%n", str(n))

    return ReportLanguage(code=code, rtl=code == "ar", gettext=gettext, ngettext=ngettext)


def _read(path: Path) -> dict[tuple[str, str], list[str]]:
    table: dict[tuple[str, str], list[str]] = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        if name not in CONTEXTS:
            continue
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("unfinished", "obsolete", "vanished"):
                continue
            forms = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
            if all(forms):
                table[(name, message.findtext("source") or "")] = forms
    return table
