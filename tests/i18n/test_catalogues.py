"""The catalogues: nothing user-visible escapes tr(), every .ts is complete and in sync with the code.

No Qt widgets: the literal check reads app/ui with `ast`; the catalogue checks read the .ts files; the sync check
runs pyside6-lupdate (through packaging/translations.py) into a copy and compares.
"""

import re
import shutil
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from app.exchange.report_html import template_messages
from tests.i18n.literals import hidden_in_fstrings, marked_texts, offenders

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "translations"
sys.path.insert(0, str(ROOT / "packaging"))
import translations  # noqa: E402  (packaging/translations.py: lupdate, lrelease, plural forms)

LANGUAGES = ("uk", "ru", "es", "fr", "ko", "ar")
PLACEHOLDER = re.compile(r"\{[a-z_0-9]*(?::[^}]*)?\}|%\d")
COUNT = re.compile(r"%L?n")


def messages(path: Path) -> list[tuple[str, str, bool, list[str], bool]]:
    """(context, source, plural, translations, unfinished) for every message of a .ts."""
    out = []
    for context in ET.parse(path).getroot().iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            forms = [f.text or "" for f in translation.iter("numerusform")]
            plural = message.get("numerus") == "yes"
            out.append((context.findtext("name") or "", message.findtext("source") or "", plural,
                        forms if plural else [translation.text or ""], translation.get("type") == "unfinished"))
    return out


def test_no_user_visible_literal_escapes_tr() -> None:
    assert offenders(ROOT / "app" / "ui") == []


def test_lupdate_finds_every_text_the_code_marks() -> None:
    """No translate() call lupdate cannot read (a count that is not a plain name, a call inside an f-string)."""
    assert hidden_in_fstrings(ROOT / "app" / "ui") == []
    catalogue = {source for _c, source, *_ in messages(TS / "sourcemark_ru.ts")}
    assert marked_texts(ROOT / "app" / "ui") - catalogue == set()


def test_the_literal_check_catches_a_bare_text_and_passes_a_translated_one(tmp_path: Path) -> None:
    (tmp_path / "w.py").write_text(
        'def f(self, label, n):\n'
        '    label.setText("Open a document")\n'                      # caught
        '    label.setToolTip(f"{n} claims")\n'                       # caught: an f-string with words
        '    self.box.addRow("Name:", label)\n'                       # caught
        '    label.setText(self.tr("Open a document"))\n'             # translated
        '    label.setText("—")\n'                                    # no words
        '    label.setText("F6")\n'                                   # a grade, not a word
        '    label.setText(QCoreApplication.translate("C", "x %n", "", n))\n', encoding="utf-8")
    found = offenders(tmp_path)
    assert [line.split(": ", 1)[1] for line in found] == [
        "setText('Open a document')", "setToolTip(\"f' claims'\")", "addRow('Name:')"]


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_source_text_is_translated_with_its_placeholders_and_plural_forms(language: str) -> None:
    found = messages(TS / f"sourcemark_{language}.ts")
    assert len(found) > 600
    for context, source, plural, forms, unfinished in found:
        where = f"{language} {context}: {source[:60]!r}"
        assert not unfinished and all(f.strip() for f in forms), f"untranslated: {where}"
        assert plural == bool(COUNT.search(source)), where
        assert len(forms) == (translations.FORMS[language] if plural else 1), where
        for form in forms:
            assert sorted(set(PLACEHOLDER.findall(form))) == sorted(set(PLACEHOLDER.findall(source))), where
            assert ("&" in source) == ("&" in form) or "<" in source, f"access key: {where}"
            assert not source.startswith(" ") or form.startswith(" "), where


def test_english_holds_the_plural_forms_of_every_counted_text() -> None:
    english = {(c, s): forms for c, s, plural, forms, _ in messages(TS / "sourcemark_en.ts")}
    counted = {(c, s) for c, s, plural, _, _ in messages(TS / "sourcemark_ru.ts") if plural}
    assert set(english) == counted
    assert english[("MainWindow", "%Ln claim(s)")] == ["%Ln claim", "%Ln claims"]


def test_catalogues_are_in_sync_with_the_code(tmp_path: Path) -> None:
    """lupdate run afresh over app/ui finds no text the committed catalogues lack, and drops none."""
    for ts in TS.glob("sourcemark_*.ts"):
        shutil.copy(ts, tmp_path / ts.name)
    translations.update(tmp_path)
    for ts in TS.glob("sourcemark_*.ts"):
        fresh, committed = translations.read(tmp_path / ts.name), translations.read(ts)
        assert set(fresh) - set(committed) == set(), f"new source texts: run packaging/translations.py update"
        assert fresh == committed, ts.name


def test_every_text_of_the_report_template_is_in_the_catalogues() -> None:
    report = {s for c, s, *_ in messages(TS / "sourcemark_ru.ts") if c == "Report"}
    wanted = {m[1] if isinstance(m, tuple) else m for m in template_messages()}
    assert wanted and wanted <= report, wanted - report
