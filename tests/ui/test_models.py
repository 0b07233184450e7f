"""Every item model passes pytest-qt's model tester with data, and refreshes from change sets."""

from PySide6.QtCore import Qt

from app.domain.links import Kind
from app.services import linking
from app.services.marking import LinkChoice
from app.services.project_files import open_project
from app.ui.bridge import SessionBridge
from app.ui.models.actors_model import ActorsModel
from app.ui.models.annotations_filter import AnnotationCriteria, AnnotationsFilter
from app.ui.models.annotations_model import AnnotationsModel
from app.ui.models.claims_model import ClaimsModel
from app.ui.models.documents_model import DocumentsModel
from app.ui.models.search_filter import SearchFilter
from app.ui.models.sources_model import SourcesModel
from app.ui.palette import CategoryColors

from .helpers import highlight, link_selection, span


def _populate(bridge: SessionBridge, doc_id: str) -> None:
    s = bridge.session
    actor = next(iter(s.project.actors))
    claim = next(iter(s.project.claims))
    source = next(iter(s.project.sources))
    link_selection(bridge, span(s, doc_id, "4,000 workers had built it"), LinkChoice(Kind.CLAIM, existing_id=claim))
    link_selection(bridge, span(s, doc_id, "Vjesnik Obrane"), LinkChoice(Kind.SOURCE, existing_id=source, relation="cites"))
    bridge.run(linking.find_all_mentions(s, actor, doc_id))
    highlight(bridge, span(s, doc_id, "Critics"), category="question")


def test_every_model_passes_the_model_tester(qtmodeltester, ui_bridge, doc_id):
    _populate(ui_bridge, doc_id)
    annotations = AnnotationsModel(ui_bridge, CategoryColors())
    models = [annotations, ClaimsModel(ui_bridge), ActorsModel(ui_bridge), SourcesModel(ui_bridge), DocumentsModel(ui_bridge)]
    for model in models:
        assert model.rowCount() > 0
        qtmodeltester.check(model)
        search = SearchFilter()
        search.setSourceModel(model)
        search.set_search("a")
        qtmodeltester.check(search)
    proxy = AnnotationsFilter(annotations)
    proxy.set_criteria(AnnotationCriteria(category="actor"))
    qtmodeltester.check(proxy)
    assert proxy.rowCount() == 2  # "Anna Kovac" and the alias "Ana Kovač"


def test_actors_model_shows_forms_as_written(ui_bridge, doc_id):
    _populate(ui_bridge, doc_id)
    model = ActorsModel(ui_bridge)
    row = model.row_of(next(iter(ui_bridge.session.project.actors)))
    assert model.index(row, 3).data() == 2
    assert "Ana Kovač" in model.index(row, 4).data()


def test_models_refresh_only_from_changes(qtbot, ui_bridge, doc_id):
    annotations = AnnotationsModel(ui_bridge, CategoryColors())
    claims = ClaimsModel(ui_bridge)
    with qtbot.waitSignal(annotations.rowsInserted, timeout=1000):
        aid = highlight(ui_bridge, span(ui_bridge.session, doc_id, "bridge over the Sava"))
    assert annotations.id_at(annotations.rowCount() - 1) == aid
    with qtbot.waitSignal(annotations.rowsRemoved, timeout=1000):
        ui_bridge.undo_stack.undo()
    assert annotations.row_of(aid) is None
    claim_id = next(iter(ui_bridge.session.project.claims))
    index = claims.index(claims.row_of(claim_id), 1)
    with qtbot.waitSignal(claims.dataChanged, timeout=1000):
        assert claims.setData(index, "false", Qt.ItemDataRole.EditRole)
    assert index.data() == "False"


def test_claims_count_their_spans_and_follow_link_changes(ui_bridge, doc_id):
    claims = ClaimsModel(ui_bridge)
    claim = next(iter(ui_bridge.session.project.claims))
    spans = claims.index(claims.row_of(claim), 2)
    before = spans.data()
    link_selection(ui_bridge, span(ui_bridge.session, doc_id, "4,000 workers had built it"), LinkChoice(Kind.CLAIM, existing_id=claim))
    assert spans.data() == before + 1
    ui_bridge.undo_stack.undo()
    assert spans.data() == before


def test_verdict_and_grade_edits_reach_the_disk(ui_bridge, ui_session):
    claims, sources = ClaimsModel(ui_bridge), SourcesModel(ui_bridge)
    claims.setData(claims.index(0, 1), "mostly false")
    sources.setData(sources.index(0, 2), "A")
    sources.setData(sources.index(0, 3), 1)
    with open_project(ui_session.folder, read_only=True) as again:
        assert next(iter(again.project.claims.values())).verdict.value == "mostly false"
        assert next(iter(again.project.sources.values())).grade == "A1"


def test_a_failed_edit_is_reported_not_raised(qtbot, ui_bridge):
    sources = SourcesModel(ui_bridge)
    with qtbot.waitSignal(ui_bridge.errorOccurred, timeout=1000):
        assert not sources.setData(sources.index(0, 2), "Z")
