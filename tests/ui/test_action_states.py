"""Why an action is disabled: every reason, without a window (action_states imports no Qt)."""

from app.domain.documents import DocumentKind
from app.ui.action_states import (
    NO_DOCUMENT,
    NO_HIGHLIGHT,
    NO_SELECTION,
    NO_SELECTION_OR_HIGHLIGHT,
    PICK_ACTOR,
    PICK_ACTORS,
    READ_ONLY,
    ReaderState,
    disabled_reasons,
)


def test_nothing_open_disables_the_reader_actions_with_a_reason():
    reasons = disabled_reasons(ReaderState(read_only=False, document_kind=None, has_selection=False))
    assert reasons["find"] == reasons["zoom_in"] == reasons["details"] == reasons["export_pdf"] == NO_DOCUMENT
    assert reasons["highlight"] == NO_DOCUMENT and reasons["add"] is None


def test_an_html_article_disables_the_pdf_export_and_ocr_saying_what_is_open():
    reasons = disabled_reasons(ReaderState(False, DocumentKind.HTML, has_selection=False))
    assert reasons["export_pdf"] is not None and "an HTML article" in reasons["export_pdf"]
    assert reasons["ocr"] is not None and "an HTML article" in reasons["ocr"]
    assert reasons["highlight"] == NO_SELECTION and reasons["find"] is None


def test_a_pdf_with_a_selection_enables_everything():
    reasons = disabled_reasons(ReaderState(False, DocumentKind.PDF, has_selection=True, actors_selected=2,
                                           highlight_selected=True))
    assert all(reason is None for reason in reasons.values())


def test_a_selected_highlight_enables_linking_it_and_deleting_it_but_not_highlighting():
    reasons = disabled_reasons(ReaderState(False, DocumentKind.TEXT, has_selection=False, highlight_selected=True))
    assert reasons["actor"] is None and reasons["source"] is None and reasons["claim"] is None
    assert reasons["delete_highlight"] is None and reasons["highlight"] == NO_SELECTION
    neither = disabled_reasons(ReaderState(False, DocumentKind.TEXT, has_selection=False))
    assert neither["actor"] == NO_SELECTION_OR_HIGHLIGHT and neither["delete_highlight"] == NO_HIGHLIGHT
    assert disabled_reasons(ReaderState(True, DocumentKind.TEXT, False, highlight_selected=True))["delete_highlight"] == READ_ONLY


def test_mentions_need_an_actor_and_merge_two():
    one = disabled_reasons(ReaderState(False, DocumentKind.TEXT, has_selection=False, actors_selected=1))
    assert one["mentions"] is None and one["merge"] == PICK_ACTORS
    none = disabled_reasons(ReaderState(False, DocumentKind.TEXT, has_selection=False))
    assert none["mentions"] == PICK_ACTOR


def test_read_only_says_so_on_every_change():
    reasons = disabled_reasons(ReaderState(True, DocumentKind.PDF, has_selection=True))
    for name in ("add", "import", "replace", "details", "ocr", "highlight", "claim", "actor", "source", "merge_project",
                 "mentions", "merge"):
        assert reasons[name] == READ_ONLY
    assert reasons["find"] is None and reasons["export_pdf"] is None  # reading and exporting still work
