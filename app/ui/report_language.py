"""The verification report in the interface's language: Qt's translator behind the template's _() and ngettext().

The service layer stays Qt-free: it takes a ReportLanguage (app.exchange.report_html) whose callables are these.
The texts below are the template's (checked against it by tests/ui/test_i18n_report.py) and the model's fixed
sentences, marked so lupdate collects them under the context "Report"; domain words come from "Vocabulary".
"""

from PySide6.QtCore import QCoreApplication

from app.services.report import ReportLanguage
from app.ui import i18n
from app.ui.i18n import QT_TRANSLATE_NOOP

TEXTS = (
    QT_TRANSLATE_NOOP("Report", "orphan: not found in the current version"), QT_TRANSLATE_NOOP("Report", "Note:"),
    QT_TRANSLATE_NOOP("Report", "The highlighted region of {title}"), QT_TRANSLATE_NOOP("Report", "({index} of {count})"),
    QT_TRANSLATE_NOOP("Report", "Verification report – {project}"), QT_TRANSLATE_NOOP("Report", "Verification report"),
    QT_TRANSLATE_NOOP("Report", "Verification report – {project} · generated {when}"),  # the PDF's footer
    QT_TRANSLATE_NOOP("Report", "page {number} of {count}"),
    QT_TRANSLATE_NOOP("Report", "Generated"), QT_TRANSLATE_NOOP("Report", "{when} by {generator}"),
    QT_TRANSLATE_NOOP("Report", "Analysts"), QT_TRANSLATE_NOOP("Report", "not recorded"),
    QT_TRANSLATE_NOOP("Report", "Scope"), QT_TRANSLATE_NOOP("Report", "%n selected claims"),
    QT_TRANSLATE_NOOP("Report", "all %n claims of the project"), QT_TRANSLATE_NOOP("Report", "%n sources"),
    QT_TRANSLATE_NOOP("Report", "%n actors"), QT_TRANSLATE_NOOP("Report", "%n documents"),
    QT_TRANSLATE_NOOP("Report", "Findings"), QT_TRANSLATE_NOOP("Report", "Claim"), QT_TRANSLATE_NOOP("Report", "Verdict"),
    QT_TRANSLATE_NOOP("Report", "Evidence"), QT_TRANSLATE_NOOP("Report", "%n quotes"),
    QT_TRANSLATE_NOOP("Report", "%n source links"), QT_TRANSLATE_NOOP("Report", "The project holds no claims yet."),
    QT_TRANSLATE_NOOP("Report", "Claim {number}:"), QT_TRANSLATE_NOOP("Report", "Verdict:"),
    QT_TRANSLATE_NOOP("Report", "analyst:"), QT_TRANSLATE_NOOP("Report", "Rationale."),
    QT_TRANSLATE_NOOP("Report", "No rationale recorded."), QT_TRANSLATE_NOOP("Report", "Made by:"),
    QT_TRANSLATE_NOOP("Report", "About:"), QT_TRANSLATE_NOOP("Report", "Stated in"),
    QT_TRANSLATE_NOOP("Report", "No highlighted passage states this claim."),
    QT_TRANSLATE_NOOP("Report", "No source is linked to this claim."), QT_TRANSLATE_NOOP("Report", "Sources"),
    QT_TRANSLATE_NOOP("Report", "published {date}"), QT_TRANSLATE_NOOP("Report", "accessed {date}"),
    QT_TRANSLATE_NOOP("Report", "URL:"), QT_TRANSLATE_NOOP("Report", "Archived:"),
    QT_TRANSLATE_NOOP("Report", "Copy in the project:"), QT_TRANSLATE_NOOP("Report", "No sources."),
    QT_TRANSLATE_NOOP("Report", "Actors"), QT_TRANSLATE_NOOP("Report", "Also known as:"),
    QT_TRANSLATE_NOOP("Report", "As written:"), QT_TRANSLATE_NOOP("Report", "No actors."),
    QT_TRANSLATE_NOOP("Report", "Orphaned highlights"),
    QT_TRANSLATE_NOOP("Report", "These highlights were not found in the current version of their document. They are "
                                "kept with the words as highlighted."),
    QT_TRANSLATE_NOOP("Report", "Methodology"),
    QT_TRANSLATE_NOOP("Report", "Analysts highlighted passages of the documents listed in the appendix, linked each "
                                "passage to the claims it states, the actors it names (keeping each name as written) "
                                "and the sources that support, contradict or give context to it, and reached a verdict "
                                "for each claim. Every change was recorded in the project's hash-chained audit log."),
    QT_TRANSLATE_NOOP("Report", "Analysts: {analysts}. Tool: {tool}; the text of each document was extracted by the "
                                "tool named in the appendix, and every highlight's position counts in that text."),
    QT_TRANSLATE_NOOP("Report", "Verdicts"), QT_TRANSLATE_NOOP("Report", "Source grades (Admiralty system)"),
    QT_TRANSLATE_NOOP("Report", "A grade joins the reliability of the source (a letter) and the credibility of the "
                                "information (a digit), e.g. B2."),
    QT_TRANSLATE_NOOP("Report", "Anchoring of highlights"),
    QT_TRANSLATE_NOOP("Report", "Page numbers count from 1. Images show the highlighted region of the PDF page as it "
                                "is stored in the project."),
    QT_TRANSLATE_NOOP("Report", "Appendix: documents examined"), QT_TRANSLATE_NOOP("Report", "%n pages"),
    QT_TRANSLATE_NOOP("Report", "file"), QT_TRANSLATE_NOOP("Report", "imported {date}"),
    QT_TRANSLATE_NOOP("Report", "text by {tool}"), QT_TRANSLATE_NOOP("Report", "Capture:"),
    QT_TRANSLATE_NOOP("Report", "SHA-256 of the file:"), QT_TRANSLATE_NOOP("Report", "SHA-256 of the canonical text:"),
    QT_TRANSLATE_NOOP("Report", "No documents."),
    # the model's sentences (app.exchange.report_model.VERDICTS, STATUSES) and document kinds
    QT_TRANSLATE_NOOP("Report", "Not assessed yet."), QT_TRANSLATE_NOOP("Report", "Accurate; nothing significant is missing."),
    QT_TRANSLATE_NOOP("Report", "Accurate, but needs clarification or additional information."),
    QT_TRANSLATE_NOOP("Report", "Holds both accurate and inaccurate elements."),
    QT_TRANSLATE_NOOP("Report", "Holds an element of truth but ignores facts that would change the impression."),
    QT_TRANSLATE_NOOP("Report", "Not accurate."),
    QT_TRANSLATE_NOOP("Report", "Accurate elements put together to give a false impression."),
    QT_TRANSLATE_NOOP("Report", "The evidence available cannot confirm or refute it."),
    QT_TRANSLATE_NOOP("Report", "found at the position where it was highlighted"),
    QT_TRANSLATE_NOOP("Report", "the same words found at another position of a new version of the document"),
    QT_TRANSLATE_NOOP("Report", "an approximate match of the words in a new version (the score says how close)"),
    QT_TRANSLATE_NOOP("Report", "not found in the current version of the document; the quote is shown as it was "
                                "highlighted"),
    QT_TRANSLATE_NOOP("Report", "text"), QT_TRANSLATE_NOOP("Report", "html"), QT_TRANSLATE_NOOP("Report", "pdf"),
    QT_TRANSLATE_NOOP("Report", "epub"), QT_TRANSLATE_NOOP("Report", "image"),
)


def _gettext(text: str) -> str:
    found = QCoreApplication.translate("Report", text)
    return found if found != text else QCoreApplication.translate("Vocabulary", text)


def _ngettext(_singular: str, plural: str, n: int) -> str:
    return QCoreApplication.translate("Report", plural, "", n)  # the catalogue holds every plural form; Qt fills %n


def report_language() -> ReportLanguage:
    """The report in the language the interface was started in."""
    code = i18n.current()
    return ReportLanguage(code=code, rtl=code in i18n.RIGHT_TO_LEFT, gettext=_gettext, ngettext=_ngettext)
