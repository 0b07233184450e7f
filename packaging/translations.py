"""The interface's catalogues: `update` refreshes the .ts sources from the code, `release` compiles them.

    python packaging/translations.py update     # pyside6-lupdate over app/ui -> resources/translations/*.ts
    python packaging/translations.py release    # pyside6-lrelease: *.ts -> *.qm beside them (generated, not in git)

The .ts files are sources (committed, translated with Qt Linguist or by hand); sourcemark_en.ts holds only the
English plural forms (lupdate -pluralonly). dev.sh setup and build.sh run `release`; an install with only the
.ts compiles the one it needs at first run (app/ui/i18n.py).
"""

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from xml.sax.saxutils import escape, unescape

ROOT = Path(__file__).resolve().parents[1]
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = ("uk", "ru", "es", "fr", "ko", "ar")
# Plural forms per language, as Qt counts them (numerusform elements of a numerus message)
FORMS = {"en": 2, "uk": 3, "ru": 3, "es": 2, "fr": 2, "ko": 1, "ar": 6}
PLURAL = re.compile(r"%L?n")
Messages = dict[tuple[str, str], list[str]]  # (context, source) -> translations (one, or one per plural form)
SOURCES = ("app/ui",)  # every user-visible text of the GUI lives there


def tool(name: str) -> str:
    """PySide6's lupdate/lrelease: the package's own binary (the pyside6-* wrappers may not be on PATH)."""
    import PySide6

    return str(Path(PySide6.__file__).resolve().parent / name)


def source_files(root: Path = ROOT) -> list[str]:
    return sorted(str(p.relative_to(root)) for folder in SOURCES for p in (root / folder).rglob("*.py"))


def update(out: Path = TRANSLATIONS) -> None:
    """Refresh every .ts in `out` from the code (obsolete entries dropped, translations kept).

    lupdate's Python reader marks a message plural only for self.tr(text, "", n), not for
    QCoreApplication.translate(context, text, "", n), and then drops the plural forms already translated. So
    the forms are read first, and every message with %n or %Ln is made plural again with its forms.
    """
    out.mkdir(parents=True, exist_ok=True)
    before = {lang: read(out / f"sourcemark_{lang}.ts") for lang in ("en", *LANGUAGES)}
    targets = [str(out / f"sourcemark_{lang}.ts") for lang in LANGUAGES]
    done = subprocess.run([tool("lupdate"), "-silent", *source_files(), "-no-obsolete", "-locations", "none", "-ts",
                           *targets], cwd=ROOT, capture_output=True, text=True)  # its plural warnings are handled
    if done.returncode != 0:
        sys.exit(f"lupdate failed: {done.stderr.strip()}")
    for lang in LANGUAGES:
        path = out / f"sourcemark_{lang}.ts"
        path.write_text(_plurals_restored(path.read_text(encoding="utf-8"), before[lang], FORMS[lang]),
                        encoding="utf-8")
    plurals = [key for key, forms in read(out / f"sourcemark_{LANGUAGES[0]}.ts").items() if PLURAL.search(key[1])]
    (out / "sourcemark_en.ts").write_text(english(plurals, before["en"]), encoding="utf-8")


def read(path: Path) -> Messages:
    """Every message of a .ts with its translation(s); {} when there is no such file."""
    if not path.is_file():
        return {}
    found: Messages = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            forms = [f.text or "" for f in translation.iter("numerusform")] if translation is not None else []
            if translation is not None and not forms:
                forms = [translation.text or ""]
            found[(name, message.findtext("source") or "")] = forms
    return found


def _plurals_restored(text: str, before: Messages, count: int) -> str:
    def context(match: re.Match[str]) -> str:
        name = unescape(match.group(1))

        def message(m: re.Match[str]) -> str:
            source = unescape(m.group(1), {"&quot;": '"', "&apos;": "'"})
            if not PLURAL.search(source):
                return m.group(0)
            forms = (before.get((name, source)) or [""])[:count]
            forms += [forms[-1]] * (count - len(forms))
            return _message(m.group(1), forms, all(forms))  # lupdate marked it unfinished when it dropped the forms

        return re.sub(r'    <message(?: numerus="yes")?>\n        <source>(.*?)</source>\n.*?    </message>\n',
                      message, match.group(0), flags=re.S)

    return re.sub(r"<context>\n    <name>(.*?)</name>\n.*?</context>\n", context, text, flags=re.S)


def _message(source: str, forms: list[str], done: bool) -> str:
    state = "" if done else ' type="unfinished"'
    lines = "".join(f"            <numerusform>{escape(f)}</numerusform>\n" for f in forms)
    return (f'    <message numerus="yes">\n        <source>{source}</source>\n        <translation{state}>\n{lines}'
            "        </translation>\n    </message>\n")


def english(plurals: list[tuple[str, str]], before: Messages) -> str:
    """sourcemark_en.ts: only the plural messages, with their English forms (one and many)."""
    out = ['<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n<TS version="2.1" language="en" sourcelanguage="en">\n']
    for name in dict.fromkeys(context for context, _source in plurals):
        out.append(f"<context>\n    <name>{escape(name)}</name>\n")
        for context, source in plurals:
            if context == name:
                forms = (before.get((context, source)) or [""])[:2]
                forms += [forms[-1]] * (2 - len(forms))
                out.append(_message(escape(source), forms, all(forms)))
        out.append("</context>\n")
    out.append("</TS>\n")
    return "".join(out)


def release(folder: Path = TRANSLATIONS) -> list[Path]:
    made = []
    for ts in sorted(folder.glob("sourcemark_*.ts")):
        qm = ts.with_suffix(".qm")
        subprocess.run([tool("lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)
        made.append(qm)
    return made


if __name__ == "__main__":
    command = sys.argv[1] if len(sys.argv) > 1 else ""
    if command == "update":
        update()
    elif command == "release":
        print(f"compiled {len(release())} catalogues into {TRANSLATIONS.relative_to(ROOT)}")
    else:
        sys.exit("usage: python packaging/translations.py update|release")
