"""Coming back: the last document of a project at its last place; file dialogs
start in the folder last used for that kind of file."""

from pathlib import Path

from app.documents.output.writer import text_to_pdf  # test data only
from app.services.session import ProjectSession
from tests.fixtures.run import add_document

from .helpers import write_article

PARAGRAPH = ("Paragraph {n}. The minister told parliament that the new bridge would reopen to traffic in May, "
             "after repairs that cost four million euros. Critics disputed the figure in a letter.")
LONG = "\n\n".join(PARAGRAPH.format(n=n) for n in range(60))


def _project(tmp_path: Path) -> tuple[Path, str, str]:
    session = ProjectSession.create(tmp_path / "back.sourcemark", analyst="tester")
    text = add_document(session, write_article(tmp_path, "long.txt", LONG)).document.id
    pdf = tmp_path / "long.pdf"
    pdf.write_bytes(text_to_pdf("Bridge repairs", LONG + "\n\n" + LONG))
    paged = add_document(session, pdf).document.id
    session.close()
    return session.folder, text, paged


def test_a_reopened_project_shows_the_last_document_where_it_was_left(qtbot, tmp_path, app_settings) -> None:
    from app.ui.shell.launch import Launcher

    folder, text_doc, pdf_doc = _project(tmp_path)
    launcher = Launcher(app_settings, "tester", headless=True)
    try:
        window = launcher.open(folder)
        assert window is not None and window.view.current_document() == text_doc  # the first one, at first
        reader = window.view.text_view
        reader.verticalScrollBar().setValue(40)
        top = reader.top_offset()
        assert top > 0  # scrolled down
        window.open_document(pdf_doc)
        pv = window.view.page_view
        qtbot.waitUntil(lambda: pv.page_count() > 2, timeout=10_000)
        pv.go_to_page(2)
        launcher._close_window()  # as when the user quits or opens another project

        window = launcher.open(folder)
        assert window is not None and window.view.current_document() == pdf_doc
        pv = window.view.page_view
        qtbot.waitUntil(lambda: pv.page_count() > 2 and pv.current_page() == 2, timeout=10_000)
        window.open_document(text_doc)
        assert window.view.text_view.top_offset() == top
    finally:
        launcher.shutdown()


def test_places_are_kept_per_project(tmp_path, app_settings) -> None:
    app_settings.set_reading_place(tmp_path / "a.sourcemark", "doc", "page 4")
    assert app_settings.reading_place(tmp_path / "a.sourcemark", "doc") == "page 4"
    assert app_settings.reading_place(tmp_path / "b.sourcemark", "doc") == ""


def test_last_folder_per_kind_of_file(tmp_path, app_settings) -> None:
    (tmp_path / "scans").mkdir()
    app_settings.set_last_folder("documents", tmp_path / "scans" / "page1.png")
    app_settings.set_last_folder("exports", tmp_path)
    assert app_settings.last_folder("documents") == str(tmp_path / "scans")
    assert app_settings.last_folder("exports") == str(tmp_path)
    (tmp_path / "scans").rmdir()
    assert app_settings.last_folder("documents") == ""  # a folder that is gone is not offered


def test_the_add_dialog_starts_where_the_last_document_came_from(main_window, tmp_path, monkeypatch) -> None:
    scans = tmp_path / "scans"
    scans.mkdir()
    write_article(scans, "one.txt", "One.\n")
    asked: list[str] = []

    def ask(parent, title, start, *rest):
        asked.append(start)
        return [str(scans / "one.txt")], ""

    monkeypatch.setattr("app.ui.project_io.QFileDialog.getOpenFileNames", ask)
    main_window.io.choose_and_add()
    main_window.io.choose_and_add()
    assert asked[1] == str(scans)
    assert main_window.settings.last_folder("exports") == ""  # each kind of file has its own folder
