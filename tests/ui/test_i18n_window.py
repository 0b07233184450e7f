"""The window in each shipped language: translated menus and docks, plurals, Arabic right to left, local dates
and numbers in the GUI while exports keep ISO 8601 and ASCII digits, the report in the interface language."""

import json
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import QMenu

from app.ui import i18n
from app.ui.locale_format import format_datetime, format_number

# (language, File menu, Claims dock, "1 claim" in the status bar)
EXPECTED = [
    ("uk", "&Файл", "Твердження", "1 твердження"),
    ("ru", "&Файл", "Утверждения", "1 утверждение"),
    ("es", "&Archivo", "Afirmaciones", "1 afirmación"),
    ("fr", "&Fichier", "Affirmations", "1 affirmation"),
    ("ko", "파일(&F)", "주장", "주장 1개"),
    ("ar", "&ملف", "الادعاءات", "١ ادعاء"),
]
ARABIC_INDIC = re.compile("[\u0660-\u0669]")


@pytest.fixture
def language(request: pytest.FixtureRequest, qapp) -> Iterator[str]:  # noqa: ANN001
    """The interface switched to a language for one test, back to English (en_US) after."""
    assert i18n.apply(qapp, request.param)
    yield request.param
    i18n.apply(qapp, "en")
    QLocale.setDefault(QLocale("en_US"))


def _mnemonics(menu: QMenu) -> list[str]:
    keys = []
    for action in menu.actions():
        text = action.text().replace("&&", "")
        if "&" in text:
            keys.append(text[text.index("&") + 1].casefold())
    return keys


@pytest.mark.parametrize(("language", "file_menu", "claims_dock", "one_claim"), EXPECTED,
                         indirect=["language"])
def test_the_window_speaks_the_language(language: str, main_window, file_menu: str, claims_dock: str,
                                        one_claim: str) -> None:
    menus = [a.menu() for a in main_window.menuBar().actions()]
    assert menus[0].title() == file_menu
    assert main_window.docks["claims"].windowTitle() == claims_dock
    assert one_claim in main_window.status.text()
    for menu in [m for m in main_window.findChildren(QMenu) if m.actions()]:
        keys = _mnemonics(menu)
        assert len(keys) == len(set(keys)), (menu.title(), keys)  # each access key once per menu
    rtl = language == "ar"
    assert (QCoreApplication.instance().layoutDirection() == Qt.LayoutDirection.RightToLeft) is rtl
    assert main_window.isRightToLeft() is rtl and main_window.docks["claims"].isRightToLeft() is rtl
    # Qt mirrors widgets, not dock areas: the navigation docks go where reading starts, the details opposite
    navigation = main_window.dockWidgetArea(main_window.docks["project"])
    details = main_window.dockWidgetArea(main_window.docks["inspector"])
    start, end = Qt.DockWidgetArea.LeftDockWidgetArea, Qt.DockWidgetArea.RightDockWidgetArea
    assert (navigation, details) == ((end, start) if rtl else (start, end))
    project_x = main_window.docks["project"].mapTo(main_window, main_window.docks["project"].rect().topLeft()).x()
    inspector_x = main_window.docks["inspector"].mapTo(main_window, main_window.docks["inspector"].rect().topLeft()).x()
    assert (project_x > inspector_x) is rtl


@pytest.mark.parametrize("language", ["ar"], indirect=True)
def test_arabic_dates_and_numbers_use_one_set_of_digits(language: str, main_window) -> None:
    counts = main_window.status.text().split(" · ")[0]
    assert ARABIC_INDIC.search(counts) and not re.search("[0-9]", counts)  # the status bar...
    model = main_window.claims_panel.view.model()
    spans = model.index(0, 2).data()  # ...and the table's numbers, through the same locale
    assert isinstance(spans, int) and ARABIC_INDIC.search(QLocale().toString(spans))
    when = format_datetime("2026-12-07T09:02:20Z")
    assert when.endswith("UTC") and ARABIC_INDIC.search(when) and not re.search("[0-9]", when)
    assert format_number(12345) == "١٢٬٣٤٥"


@pytest.mark.parametrize("language", ["ru"], indirect=True)
def test_russian_dates_read_as_russian_dates(language: str) -> None:
    assert format_datetime("2026-12-07T09:02:20Z").replace("\u202f", " ") in ("07.12.2026 09:02:20 UTC",)
    assert format_datetime("2026-12-07") == "07.12.2026"


@pytest.mark.parametrize("language", ["ar", "ru"], indirect=True)
def test_exports_keep_iso_8601_and_ascii_digits(language: str, main_window, tmp_path: Path) -> None:
    json_file = main_window.io.export_to(tmp_path / "a.json", "json")
    csv_file = main_window.io.export_to(tmp_path / "claims.csv", "csv", "claims")
    assert json_file is not None and csv_file is not None
    for path in (json_file, csv_file):
        text = path.read_text(encoding="utf-8-sig")
        assert not ARABIC_INDIC.search(text)
        assert re.search(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}", text)
    data = json.loads(json_file.read_text(encoding="utf-8"))
    stamps = re.findall(r'"(?:created|modified|imported_at)": "([^"]+)"', json.dumps(data))
    assert stamps and all(re.fullmatch(r"\d{4}-\d{2}-\d{2}T[\d:.]+(Z|[+-]\d{2}:\d{2})?", s) for s in stamps)


@pytest.mark.parametrize("language", ["ar"], indirect=True)
def test_the_report_follows_the_interface_language(ui_session, language: str) -> None:
    from app.services.report import render_report
    from app.ui.report_language import report_language

    html = render_report(ui_session, "html", language=report_language()).decode("utf-8")
    assert '<html lang="ar" dir="rtl">' in html
    assert "<h1>تقرير التحقق</h1>" in html and "Verification report" not in html
    assert '<td dir="auto"><a href="#claim-1">4,000 workers built the bridge in two years.</a>' in html
    assert "1 ادعاء" in html or "ادعاء" in html
    english = render_report(ui_session, "html").decode("utf-8")  # what the CLI writes: English, left to right
    assert '<html lang="en" dir="ltr">' in english and "<h1>Verification report</h1>" in english


def test_the_language_setting_defaults_to_the_system_and_is_kept(app_settings, monkeypatch) -> None:
    from app.ui.dialogs.settings_dialog import SettingsDialog

    monkeypatch.delenv(i18n.ENV, raising=False)
    assert app_settings.language() == "system"
    assert i18n.choose(app_settings.language()) == (i18n.supported(QLocale.system().name()) or "en")
    dialog = SettingsDialog("Ann", {}, language="uk")
    assert dialog.language() == "uk" and dialog.language_box.count() == 1 + len(i18n.LANGUAGES)
    app_settings.set_language(dialog.language())
    assert i18n.choose(app_settings.language()) == "uk"
    monkeypatch.setenv(i18n.ENV, "ar_EG.UTF-8")  # the variable wins (tests, screenshots)
    assert i18n.choose(app_settings.language()) == "ar"
    monkeypatch.setenv(i18n.ENV, "de")  # a language we do not ship: the setting
    assert i18n.choose(app_settings.language()) == "uk"


@pytest.mark.parametrize("language", ["ru"], indirect=True)
def test_qt_own_texts_come_from_its_catalogue(language: str, qtbot) -> None:
    from PySide6.QtWidgets import QDialogButtonBox

    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "Отмена"  # qtbase_ru.qm, not ours


@pytest.mark.parametrize("language", ["ar", "ko"], indirect=True)
def test_the_pdf_report_is_written_in_the_language(ui_session, language: str) -> None:
    import io

    import pymupdf  # noqa: F401 - only to read the PDF back (the app reads PDFs through app.documents)
    from pypdf import PdfReader

    from app.services.report import render_report
    from app.ui.report_language import report_language

    pdf = render_report(ui_session, "pdf", language=report_language())
    text = " ".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)
    assert "Verification report" not in text and "Findings" not in text
    if language == "ko":
        assert "검증 보고서" in text and "결과" in text
    else:  # Arabic comes back from the PDF as shaped presentation forms: some must be there
        assert sum("\ufe70" <= ch <= "\ufeff" for ch in text) > 50
        from app.services.report import report_preview

        html, _images = report_preview(ui_session, language=report_language())  # the HTML MuPDF lays out
        # English in an Arabic page, framed by left-to-right marks: MuPDF ignores dir="auto"
        assert "\u200e4,000 workers built the bridge in two years.\u200e" in html


@pytest.mark.parametrize("language", ["uk", "ru", "es", "fr", "ko", "ar"], indirect=True)
def test_the_command_line_report_reads_the_catalogue_as_qt_does(language: str) -> None:
    """`report --lang` (no Qt) picks the same texts and plural forms as Qt's translator in the GUI."""
    from app.services.report_languages import report_language as from_catalogue
    from app.ui.report_language import TEXTS, report_language

    qt, plain = report_language(), from_catalogue(language)
    for text in TEXTS:
        if "%n" in text:
            for n in [*range(0, 31), 100, 101, 102, 103, 111, 112, 1000]:
                assert plain.ngettext("", text, n) == qt.ngettext("", text, n), (text, n)
        else:
            assert plain.gettext(text) == qt.gettext(text) != "", text
    assert plain.gettext("mostly true") == qt.gettext("mostly true")  # a domain word, from "Vocabulary"


@pytest.mark.parametrize("language", ["ru"], indirect=True)
def test_document_kinds_are_words_of_the_language(language: str) -> None:
    from app.domain.documents import DocumentKind
    from app.ui.vocabulary import term

    assert [term(k) for k in DocumentKind] == ["текст", "html", "pdf", "epub", "изображение"]  # format names stay
