"""ProjectIO: the window's file gestures (add documents, import, export), with message boxes for failures."""

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFileDialog, QInputDialog, QLineEdit, QMessageBox, QWidget

from app.domain.documents import DocumentKind
from app.domain.errors import PasswordRequired, SourcemarkError
from app.services import documents, import_export, project_files
from app.services.ocr import names_pages_for_ocr
from app.ui.bridge import SessionBridge
from app.ui.dialogs.claimreview_dialog import ClaimReviewDialog
from app.ui.dialogs.document_dialog import DocumentDialog
from app.ui.dialogs.errors import inform, show_error
from app.ui.dialogs.page_picker_dialog import PagePickerDialog
from app.ui.export_names import file_filter, suggested_name, with_suffix
from app.ui.i18n import QT_TRANSLATE_NOOP
from app.ui.shell.settings import AppSettings

DOCUMENT_FILTER = QT_TRANSLATE_NOOP("ProjectIO", "Documents (*.pdf *.epub *.html *.htm *.txt *.md *.mhtml *.mht *.warc *.warc.gz *.arc *.arc.gz *.wacz "
                   "*.png *.jpg *.jpeg *.webp *.gif *.tif *.tiff *.heic *.heif *.avif);;"
                   "Web captures (*.mhtml *.mht *.warc *.warc.gz *.arc *.arc.gz *.wacz);;Images (*.png *.jpg *.jpeg *.webp *.gif *.tif *.tiff *.heic *.heif *.avif);;"
                   "All files (*)")  # translated where a dialog shows it
EXPORTS: list[tuple[str, str, str, str]] = [  # menu label (with its access key), format, csv table, file suffix
    (QT_TRANSLATE_NOOP("Actions", "&Annotations as JSON (native)…"), "json", "annotations", ".json"),
    (QT_TRANSLATE_NOOP("Actions", "A&nnotations as CSV…"), "csv", "annotations", ".csv"),
    (QT_TRANSLATE_NOOP("Actions", "&Claims as CSV…"), "csv", "claims", ".csv"),
    (QT_TRANSLATE_NOOP("Actions", "Ac&tors as CSV…"), "csv", "actors", ".csv"),
    (QT_TRANSLATE_NOOP("Actions", "&Sources as CSV…"), "csv", "sources", ".csv"),
    (QT_TRANSLATE_NOOP("Actions", "&Documents and their provenance as CSV…"), "csv", "documents", ".csv"),
    (QT_TRANSLATE_NOOP("Actions", "&W3C Web Annotations (JSON-LD)…"), "w3c", "annotations", ".jsonld"),
    (QT_TRANSLATE_NOOP("Actions", "Claim&Review (schema.org)…"), "claimreview", "annotations", ".json"),
    (QT_TRANSLATE_NOOP("Actions", "Evidence &graph (GraphML)…"), "graphml", "annotations", ".graphml"),
    (QT_TRANSLATE_NOOP("Actions", "&FollowTheMoney entities for Aleph…"), "ftm", "annotations", ".ftm.json"),
]
EXPORT_WHAT = {"json": "annotations", "w3c": "w3c-annotations", "claimreview": "claimreview", "graphml": "graph",
               "ftm": "entities"}  # the file name's second part ("Kursk-graph.graphml"); CSV: the table
MAX_PASSWORD_TRIES = 3
ARCHIVE_SUFFIXES = (".warc", ".warc.gz", ".arc", ".arc.gz", ".wacz")  # files that may hold several pages to choose from


Written = Callable[[str, Path], object]  # what was written ("Claims as CSV"), where


class ProjectIO:
    def __init__(self, bridge: SessionBridge, parent: QWidget, settings: AppSettings | None = None,
                 written: Written | None = None) -> None:
        self.bridge = bridge
        self.parent = parent
        self.settings = settings
        self.written: Written = written or (lambda _what, _path: None)  # the window confirms in its status bar
        self.run_ocr: Callable[[str], object] | None = None  # set by the window: OCR of one document

    # -- save dialogs: suggested names, one format's filter, the last folder ------------------------------------
    def suggested_path(self, what: str, suffix: str) -> str:
        session = self.bridge.session
        folder = self.settings.export_folder() if self.settings is not None else ""
        name = suggested_name(session.project.name, session.folder.name, what, suffix)
        return str(Path(folder) / name) if folder else name

    def ask_save_path(self, title: str, what: str, suffix: str) -> Path | None:
        target, _ = QFileDialog.getSaveFileName(self.parent, title, self.suggested_path(what, suffix),
                                                file_filter(suffix).replace("All files (*)", QCoreApplication.translate("ProjectIO", "All files (*)")))
        return Path(with_suffix(target, suffix)) if target else None

    def _saved(self, what: str, target: Path) -> None:
        if self.settings is not None:
            self.settings.set_export_folder(target.parent)
        self.written(what, target)

    def choose_and_add(self) -> list[str]:
        paths = self._dialog("documents", QFileDialog.getOpenFileNames, QCoreApplication.translate("ProjectIO", "Add documents"), "", QCoreApplication.translate("ProjectIO", DOCUMENT_FILTER))
        return self.add_files([Path(p) for p in paths])

    def add_files(self, paths: list[Path]) -> list[str]:
        """Add each file; a failure does not stop the others. One summary at the end says what needs saying
        (failures, warnings, scans that need OCR, with a button to run it). Returns the new ids."""
        added: list[str] = []
        notes = AddNotes()
        for path in paths:
            added.extend(self._add_one(path, notes))
        # A PDF whose loader named scanned or unreadable pages needs OCR too, though other pages have text
        partly = {name for name, w in notes.warnings if names_pages_for_ocr(w)}
        notes.scans = [d for d in added if self._needs_ocr(d) or self._original_name(d) in partly]
        self._summarise(notes, len(paths), len(added))
        return added

    def _original_name(self, document_id: str) -> str:
        doc = self.bridge.session.project.documents.get(document_id)
        return doc.original_name if doc is not None else ""

    def _needs_ocr(self, document_id: str) -> bool:
        doc = self.bridge.session.project.documents.get(document_id)
        if doc is None:  # an image counts too: its note says "run OCR", so the summary offers the button
            return False
        try:
            return not documents.document_text(self.bridge.session, document_id).text.strip()
        except SourcemarkError:
            return False

    def _summarise(self, notes: "AddNotes", tried: int, added: int) -> None:
        scans = [self.bridge.session.project.documents[d] for d in notes.scans]
        # nothing but scans: one sentence for all (an image's own note already says it has no text)
        whole = [d for d in scans if d.id not in self._partly(notes) and d.kind is not DocumentKind.IMAGE]
        scan_names = {d.original_name for d in whole}
        lines = [*notes.failures, *(w for name, w in notes.warnings if not (name in scan_names and "no text layer" in w))]
        if whole:
            names = ", ".join(d.original_name for d in whole[:3]) + (" …" if len(whole) > 3 else "")
            lines.append(QCoreApplication.translate("ProjectIO", "No text layer (a scan?) in {names}: the pages can be viewed, and "
                                                      "their text quoted once it is recognised (OCR).").format(names=names))
        if not whole and any(d.kind is not DocumentKind.IMAGE for d in scans):
            # only partly scanned PDFs: their warnings named the pages
            lines.append(QCoreApplication.translate("ProjectIO", "The text of those pages can be quoted once it is recognised (OCR)."))
        if not lines:
            return
        if tried > 1:
            lines.insert(0, QCoreApplication.translate("ProjectIO", "Added {added} of %n file(s).", "", tried).format(added=added))
        text = "\n".join(lines)
        if scans and self.run_ocr is not None and not self.bridge.session.read_only:
            if self.offer_ocr(text, len(scans)):
                self.run_ocr(scans[0].id)
        elif notes.failures:
            show_error(self.parent, text)
        else:
            inform(self.parent, "Sourcemark", text)

    def _partly(self, notes: "AddNotes") -> set[str]:
        """The scans in `notes` that have text on other pages."""
        return {d for d in notes.scans if not self._needs_ocr(d)}

    def offer_ocr(self, text: str, scans: int) -> bool:
        """The summary with a "Recognise text (OCR)" button; True if the user pressed it."""
        box = QMessageBox(QMessageBox.Icon.Information, QCoreApplication.translate("ProjectIO", "Documents added"), text, QMessageBox.StandardButton.Close,
                          self.parent)
        box.setObjectName("AddSummary")
        box.setTextFormat(Qt.TextFormat.PlainText)  # file names
        ocr = box.addButton(QCoreApplication.translate("ProjectIO", "Recognise &text (OCR)") + (QCoreApplication.translate("ProjectIO", " of the first") if scans > 1 else ""),
                            QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(ocr)
        box.exec()
        return box.clickedButton() is ocr

    def _add_one(self, path: Path, notes: "AddNotes") -> list[str]:
        try:
            records = self._choose_pages(path)
        except SourcemarkError as exc:
            notes.failures.append(QCoreApplication.translate("ProjectIO", "Could not add {name}: {exc}").format(name=path.name, exc=exc))
            return []
        if records == []:
            return []  # the user cancelled the page picker or ticked nothing
        password: str | None = None
        for _attempt in range(MAX_PASSWORD_TRIES + 1):
            try:
                batch = documents.add_documents(self.bridge.session, path, password=password, records=records)
                if batch.command is not None:
                    self.bridge.run(batch.command)
                results = batch.results
            except PasswordRequired as exc:
                password = self._ask_password(path, str(exc), retry=password is not None)
                if password is None:
                    return []
                continue
            except SourcemarkError as exc:
                notes.failures.append(QCoreApplication.translate("ProjectIO", "Could not add {name}: {exc}").format(name=path.name, exc=exc))
                return []
            notes.warnings.extend((r.document.original_name, w) for r in results for w in r.warnings)
            return [r.document.id for r in results]
        notes.failures.append(QCoreApplication.translate("ProjectIO", "Could not open {name}: wrong password.").format(name=path.name))
        return []

    def _dialog(self, kind: str, ask: Callable[..., tuple[Any, str]], title: str, name: str = "", *rest: str) -> Any:
        """A file dialog that starts in the folder last used for `kind` ("documents", "imports"; exports keep their own folder)."""
        folder = self.settings.last_folder(kind) if self.settings else ""
        chosen, _ = ask(self.parent, title, str(Path(folder) / name) if folder else name, *rest)
        first = chosen[0] if isinstance(chosen, list) and chosen else chosen
        if first and isinstance(first, str) and self.settings is not None:
            self.settings.set_last_folder(kind, first)
        return chosen

    def _choose_pages(self, path: Path) -> list[str] | None:
        """None: not an archive of several pages (add the file as it is); else the ticked pages' records."""
        if not path.name.lower().endswith(ARCHIVE_SUFFIXES):
            return None
        offered = documents.archive_pages(path)
        if len(offered) < 2:
            return None
        dialog = PagePickerDialog(offered, path.name, self.parent)
        if dialog.exec() != PagePickerDialog.DialogCode.Accepted:
            return []
        return dialog.chosen_records()

    def _ask_password(self, path: Path, message: str, *, retry: bool) -> str | None:
        prompt = (QCoreApplication.translate("ProjectIO", "That password did not work. ") if retry else "") + QCoreApplication.translate("ProjectIO", "{name} is encrypted. Password:").format(
            name=path.name)
        text, ok = QInputDialog.getText(self.parent, QCoreApplication.translate("ProjectIO", "Password required"), prompt, QLineEdit.EchoMode.Password)
        return text if ok and text else None

    def choose_and_replace(self, document_id: str | None) -> None:
        if document_id is None:
            show_error(self.parent, QCoreApplication.translate("ProjectIO", "Open the document to replace first."))
            return
        path = self._dialog("documents", QFileDialog.getOpenFileName, QCoreApplication.translate("ProjectIO", "Replace with a new version"), "",
                             QCoreApplication.translate("ProjectIO", DOCUMENT_FILTER))
        if path:
            self.replace_from(document_id, Path(path))

    def replace_from(self, document_id: str, path: Path) -> documents.ReanchorReport | None:
        """Import a new version of the document; the re-anchor bar reports the counts (it listens to changes)."""
        password: str | None = None
        for _attempt in range(MAX_PASSWORD_TRIES + 1):
            try:
                report = documents.replace_document(self.bridge.session, document_id, path, password=password)
                if report.command is not None:
                    self.bridge.run(report.command)
                return report
            except PasswordRequired as exc:
                password = self._ask_password(path, str(exc), retry=password is not None)
                if password is None:
                    return None
            except SourcemarkError as exc:
                show_error(self.parent, QCoreApplication.translate("ProjectIO", "Could not replace the document with {name}: {exc}").format(name=path.name, exc=exc))
                return None
        show_error(self.parent, QCoreApplication.translate("ProjectIO", "Could not open {name}: wrong password.").format(name=path.name))
        return None

    def export(self, fmt: str, table: str, suffix: str, label: str = "Export") -> Path | None:
        author = url = ""
        if fmt == "claimreview":  # who publishes, where, and what Google's result will miss
            dialog = self.claimreview_dialog()
            if dialog.exec() != ClaimReviewDialog.DialogCode.Accepted:
                return None
            author, url = dialog.values()
        what = table if fmt == "csv" else EXPORT_WHAT.get(fmt, fmt)
        target = self.ask_save_path(label.rstrip("…"), what, suffix)  # label: translated by the menu
        if target is None:
            return None
        return self.export_to(target, fmt, table, label=label.rstrip("…"), author=author, url=url)

    def claimreview_dialog(self) -> ClaimReviewDialog:
        session = self.bridge.session
        return ClaimReviewDialog(lambda author, url: import_export.claimreview_gaps(session, author=author, url=url),
                                 self.parent)

    def export_to(self, target: Path, fmt: str, table: str = "annotations", *, label: str = "Export",
                  author: str = "", url: str = "") -> Path | None:
        try:
            text = import_export.export(self.bridge.session, fmt, table=table, author=author, url=url)
            project_files.write_output(target, text)  # CSV text already starts with the BOM Excel needs
        except SourcemarkError as exc:
            show_error(self.parent, QCoreApplication.translate("ProjectIO", "Export failed: {exc}").format(exc=exc))
            return None
        self._saved(label, target)
        return target

    def export_pdf(self, document_id: str | None) -> Path | None:
        """Save a copy of the open PDF with its highlights as PDF annotations other readers show."""
        doc = self.bridge.session.project.documents.get(document_id or "")
        if doc is None:
            show_error(self.parent, QCoreApplication.translate("ProjectIO", "Open the PDF whose highlights you want to export first."))
            return None
        target = self.ask_save_path(QCoreApplication.translate("ProjectIO", "Export PDF with highlights"), f"{Path(doc.original_name).stem}-annotated", ".pdf")
        return self.export_pdf_to(document_id or "", target) if target else None

    def export_pdf_to(self, document_id: str, target: Path) -> Path | None:
        try:
            result = import_export.annotated_pdf(self.bridge.session, document_id)  # active content dropped
            project_files.write_output(target, result.data)
        except SourcemarkError as exc:
            show_error(self.parent, QCoreApplication.translate("ProjectIO", "Export failed: {exc}").format(exc=exc))
            return None
        note = import_export.active_content_note(result)
        self._saved(QCoreApplication.translate("ProjectIO", "PDF with highlights ({note})").format(note=note) if note else QCoreApplication.translate("ProjectIO", "PDF with highlights"), target)
        return target

    def export_report(self) -> None:
        """File > Export report…: the dialog previews the report and saves it as HTML or PDF."""
        from app.services import report
        from app.ui.dialogs.report_dialog import ReportDialog
        from app.ui.report_language import report_language

        session = self.bridge.session
        claims: list[tuple[str, str]] = [(c.id, c.statement) for c in sorted(session.project.claims.values(), key=lambda c: (c.created, c.id))]

        def preview(claim_ids: list[str] | None) -> tuple[str, dict[str, bytes]]:
            return report.report_preview(session, claim_ids, report_language())

        try:
            dialog = ReportDialog(claims, preview, self.save_report, self.parent,
                                  default_name=self.suggested_path("report", ""))
        except SourcemarkError as exc:
            show_error(self.parent, QCoreApplication.translate("ProjectIO", "Could not build the report: {exc}").format(exc=exc))
            return
        dialog.exec()

    def save_report(self, target: Path, fmt: str, claim_ids: list[str] | None) -> bool:
        from app.services import report
        from app.ui.report_language import report_language

        try:
            report.write_report(self.bridge.session, target, fmt, claim_ids, report_language())
        except SourcemarkError as exc:
            show_error(self.parent, QCoreApplication.translate("ProjectIO", "Could not save the report: {exc}").format(exc=exc))
            return False
        self._saved(QCoreApplication.translate("ProjectIO", "Report ({format})").format(format=fmt.upper()), target)
        return True

    def edit_details(self, document_id: str | None) -> None:
        doc = self.bridge.session.project.documents.get(document_id or "")
        if doc is None:
            show_error(self.parent, QCoreApplication.translate("ProjectIO", "Open a document first."))
            return
        dialog = DocumentDialog(doc, self.parent)
        if dialog.exec() == DocumentDialog.DialogCode.Accepted:
            self.save_details(doc.id, dialog.values())

    def save_details(self, document_id: str, values: dict[str, str]) -> bool:
        fields = dict(values)
        title = fields.pop("title", None)
        try:
            self.bridge.run(documents.edit_document(self.bridge.session, document_id, title=title, **fields))
        except SourcemarkError as exc:
            show_error(self.parent, QCoreApplication.translate("ProjectIO", "Could not save the details: {exc}").format(exc=exc))
            return False
        return True

    def import_file(self, document_id: str | None) -> None:
        path = self._dialog("imports", QFileDialog.getOpenFileName, QCoreApplication.translate("ProjectIO", "Import annotations"), "",
                            QCoreApplication.translate("ProjectIO", "Annotation files (*.json *.jsonld);;All files (*)"))
        if path:
            self.import_from(Path(path), document_id)

    def import_from(self, path: Path, document_id: str | None) -> import_export.ImportReport | None:
        """Import an annotation file; `document_id` (the open document) takes annotations that name no document."""
        try:
            data = documents.read_file(path)
            # each annotation goes to the document its target names; the open one takes those naming none
            report = import_export.import_annotations(self.bridge.session, data, default_document=document_id)
            if report.command is not None:
                self.bridge.run(report.command)
        except SourcemarkError as exc:
            show_error(self.parent, QCoreApplication.translate("ProjectIO", "Import failed: {exc}").format(exc=exc))
            return None
        per_document = [f"{counts.title}: {counts.line()}" for counts in report.documents.values()]
        details = "\n".join(per_document[:10] + report.notes[:10] + report.conflicts[:10])
        inform(self.parent, QCoreApplication.translate("ProjectIO", "Import"), report.summary().capitalize() + (f"\n\n{details}" if details else ""))
        return report


@dataclass
class AddNotes:
    """What adding several files had to say, gathered for one summary instead of one box per file."""

    failures: list[str] = field(default_factory=list)
    warnings: list[tuple[str, str]] = field(default_factory=list)  # (file name, sentence)
    scans: list[str] = field(default_factory=list)  # added documents without any text: OCR is offered
