"""The Annotations panel's filter proxy follows every change of the project while it filters.

The proxy keeps its own list of accepted rows, so each test checks what a QSortFilterProxyModel gave
for free: inserted, removed and changed rows, undo and redo, the current row, and the mapping both ways.
The Python model tester stays connected through each test and checks every signal the proxy sends.
"""

import pytest
from PySide6.QtCore import QModelIndex, Qt

from app.domain.links import Kind
from app.services import annotate, entities, linking
from app.services import commands as c
from app.services.annotation_criteria import FEW, AnnotationMatcher
from app.ui.bridge import SessionBridge
from app.ui.models.annotations_filter import AnnotationCriteria, AnnotationsFilter
from app.ui.models.annotations_model import AnnotationsModel
from app.ui.models.object_table_model import ID_ROLE, RESET_THRESHOLD
from app.ui.palette import CategoryColors
from app.ui.panels.annotations_panel import AnnotationsPanel

from .helpers import highlight, span

QUOTES = ["Minister Anna Kovac", "bridge over the Sava", "4,000 workers", "Critics", "Ivo Markic", "Ana Kovač"]


def shown(proxy: AnnotationsFilter) -> list[str]:
    return [proxy.index(row, 0).data(ID_ROLE) for row in range(proxy.rowCount())]


def expected(bridge: SessionBridge, model: AnnotationsModel, crit: AnnotationCriteria) -> list[str]:
    """The ids that pass, in the model's order, judged one annotation at a time."""
    project = bridge.session.project
    linked = None if crit.linked_to is None else {a.id for _, a in project.linked(crit.linked_to[1], Kind.ANNOTATION)}
    needle = crit.text.casefold().strip()
    return [
        oid
        for oid in model.ids
        if (a := project.annotations[oid])
        and (linked is None or oid in linked)
        and (not crit.category or a.category == crit.category)
        and (not needle or needle in a.exact.casefold() or needle in a.note.casefold())
    ]


class FrontInsertingModel(AnnotationsModel):
    """New rows go first, so every insert moves the rows after it (the panel's model appends)."""

    def insert_position(self, oid: str) -> int:
        return 0


@pytest.fixture(params=[(AnnotationsModel, FEW), (FrontInsertingModel, 0)], ids=["appending, by object", "inserting first, columns"])
def filtered(request, qtmodeltester, ui_bridge, doc_id):
    """(model, proxy, ids of QUOTES) with one highlight per quote; categories alternate claim/actor.

    The second variant inserts new rows first and filters through the matcher's columns even for a few rows.
    """
    model_class, few = request.param
    ids = [highlight(ui_bridge, span(ui_bridge.session, doc_id, q), category=("claim", "actor")[i % 2]) for i, q in enumerate(QUOTES)]
    model = model_class(ui_bridge, CategoryColors())
    proxy = AnnotationsFilter(model, matcher=AnnotationMatcher(few))
    qtmodeltester.check(proxy, force_py=True)  # stays connected: every later signal is checked
    return model, proxy, ids


def test_a_filter_shows_exactly_the_passing_rows_and_maps_both_ways(ui_bridge, filtered) -> None:
    model, proxy, ids = filtered
    for crit in (AnnotationCriteria(text="KOVA"), AnnotationCriteria(category="actor"), AnnotationCriteria(text="zzz"),
                 AnnotationCriteria(text="a", category="claim"), AnnotationCriteria()):
        proxy.set_criteria(crit)
        assert shown(proxy) == expected(ui_bridge, model, crit)
        for row in range(model.rowCount()):
            source = model.index(row, 2)
            mapped = proxy.mapFromSource(source)
            assert mapped.isValid() == (model.id_at(row) in shown(proxy))
            if mapped.isValid():
                assert mapped.column() == 2 and proxy.mapToSource(mapped) == source
    proxy.set_criteria(AnnotationCriteria(text="zzz"))
    assert proxy.rowCount() == 0 and not proxy.hasChildren()
    assert proxy.headerData(0, Qt.Orientation.Horizontal) == "Quote"  # the header of an empty list still reads
    assert not proxy.mapToSource(QModelIndex()).isValid() and not proxy.mapFromSource(QModelIndex()).isValid()


def test_a_highlight_added_and_undone_while_filtered(ui_bridge, doc_id, filtered) -> None:
    model, proxy, ids = filtered
    crit = AnnotationCriteria(text="the sava")
    proxy.set_criteria(crit)
    assert shown(proxy) == [ids[1]]
    hidden = highlight(ui_bridge, span(ui_bridge.session, doc_id, "did not reply"))
    passing = highlight(ui_bridge, span(ui_bridge.session, doc_id, "new bridge over the Sava"))
    assert shown(proxy) == expected(ui_bridge, model, crit) and passing in shown(proxy) and hidden not in shown(proxy)
    ui_bridge.undo_stack.undo()  # the passing one goes
    assert shown(proxy) == [ids[1]]
    ui_bridge.undo_stack.undo()  # the hidden one goes: nothing shown changes, the mapping shifts
    assert shown(proxy) == [ids[1]] and proxy.mapToSource(proxy.index(0, 0)).data(ID_ROLE) == ids[1]
    ui_bridge.undo_stack.redo()
    ui_bridge.undo_stack.redo()
    assert shown(proxy) == expected(ui_bridge, model, crit) and passing in shown(proxy)


def test_a_link_added_elsewhere_appears_under_linked_to(ui_bridge, filtered) -> None:
    model, proxy, ids = filtered
    claim = next(iter(ui_bridge.session.project.claims))
    crit = AnnotationCriteria(linked_to=(Kind.CLAIM, claim))
    proxy.set_criteria(crit)
    assert shown(proxy) == []
    ui_bridge.run(linking.link(ui_bridge.session, (Kind.ANNOTATION, ids[2]), (Kind.CLAIM, claim)))
    assert shown(proxy) == [ids[2]]
    ui_bridge.run(linking.link(ui_bridge.session, (Kind.ANNOTATION, ids[0]), (Kind.CLAIM, claim)))
    assert shown(proxy) == expected(ui_bridge, model, crit) == [ids[0], ids[2]]
    ui_bridge.undo_stack.undo()
    ui_bridge.undo_stack.undo()
    assert shown(proxy) == []


def test_an_edited_note_or_category_refilters(ui_bridge, filtered) -> None:
    model, proxy, ids = filtered
    proxy.set_criteria(AnnotationCriteria(text="zebra"))
    ui_bridge.run(annotate.edit_annotation(ui_bridge.session, ids[3], note="A Zebra crossing"))
    assert shown(proxy) == [ids[3]]
    proxy.set_criteria(AnnotationCriteria(category="claim"))
    before = shown(proxy)
    ui_bridge.run(annotate.edit_annotation(ui_bridge.session, ids[1], category="claim"))  # was an actor
    assert shown(proxy) == expected(ui_bridge, model, AnnotationCriteria(category="claim")) == sorted(
        [*before, ids[1]], key=model.row_of)
    ui_bridge.undo_stack.undo()
    assert shown(proxy) == before


def test_deleting_shown_and_hidden_rows(ui_bridge, filtered) -> None:
    model, proxy, ids = filtered
    crit = AnnotationCriteria(category="actor")
    proxy.set_criteria(crit)
    ui_bridge.run(annotate.delete_annotation(ui_bridge.session, ids[0]))  # a claim: hidden
    ui_bridge.run(annotate.delete_annotation(ui_bridge.session, ids[3]))  # an actor: shown
    assert shown(proxy) == expected(ui_bridge, model, crit) == [ids[1], ids[5]]
    other = AnnotationCriteria(text="a")  # a new filter over what is left
    proxy.set_criteria(other)
    assert shown(proxy) == expected(ui_bridge, model, other)
    proxy.set_criteria(crit)
    ui_bridge.undo_stack.undo()  # the model puts a restored row at its end
    assert shown(proxy) == expected(ui_bridge, model, crit) and set(shown(proxy)) == {ids[1], ids[3], ids[5]}


def test_many_rows_at_once_reset_the_model_and_keep_the_filter(ui_bridge, doc_id, filtered) -> None:
    model, proxy, ids = filtered
    crit = AnnotationCriteria(text="minister")
    proxy.set_criteria(crit)
    session = ui_bridge.session
    anns = [annotate.new_annotation(session, doc_id, i, i + 8) for i in range(RESET_THRESHOLD + 2)]
    assert any("minister" in a.exact.casefold() for a in anns)
    ui_bridge.run(c.Command("many", tuple(c.insert(a) for a in anns)))
    assert shown(proxy) == expected(ui_bridge, model, crit)
    ui_bridge.undo_stack.undo()
    assert shown(proxy) == [ids[0]]


def test_the_panel_keeps_the_current_row_while_it_passes(qtbot, ui_bridge, filtered) -> None:
    model, _, ids = filtered
    panel = AnnotationsPanel(model)
    qtbot.addWidget(panel)
    panel.select(ids[3])  # "Critics", an actor
    assert panel.current_id() == ids[3] and panel.view.currentIndex().row() == 3
    panel.category.setCurrentIndex(panel.category.findData("actor"))
    assert panel.current_id() == ids[3] and panel.view.currentIndex().row() == 1  # moved up, still current
    assert panel.view.selectionModel().isRowSelected(1, QModelIndex())
    panel.text.setText("kova")  # "Critics" no longer passes: nothing is current, as with QSortFilterProxyModel
    assert panel.current_id() is None
    assert not panel.proxy.mapFromSource(model.index_of(ids[3])).isValid()
    panel.select(ids[3])  # a hidden row cannot be made current
    assert panel.current_id() is None
    panel.text.setText("")
    panel.category.setCurrentIndex(0)
    assert panel.row_count() == model.rowCount()
    panel.select(ids[3])
    assert panel.current_id() == ids[3]


def test_the_linked_to_choice_survives_new_claims_and_goes_with_its_claim(qtbot, ui_bridge, filtered) -> None:
    model, _, ids = filtered
    panel = AnnotationsPanel(model)
    qtbot.addWidget(panel)
    claim = next(iter(ui_bridge.session.project.claims))
    ui_bridge.run(linking.link(ui_bridge.session, (Kind.ANNOTATION, ids[2]), (Kind.CLAIM, claim)))
    panel.show_linked_to(Kind.CLAIM, claim)  # as activating the claim in the Claims panel does
    assert panel.row_count() == 1
    command, _ = entities.create_claim(ui_bridge.session, "Another claim")
    ui_bridge.run(command)  # the choices are listed again and the one made stays
    assert panel.criteria().linked_to == (Kind.CLAIM, claim) and panel.row_count() == 1
    ui_bridge.run(entities.delete(ui_bridge.session, Kind.CLAIM, claim))
    assert panel.linked.currentData() is None and panel.criteria().linked_to is None
    assert panel.row_count() == model.rowCount()  # the list says what the combo says: linked to anything
    ui_bridge.undo_stack.undo()
    assert panel.row_count() == model.rowCount()


def test_a_restored_or_new_highlight_takes_its_reading_place_not_the_end(ui_bridge, doc_id) -> None:
    ids = [highlight(ui_bridge, span(ui_bridge.session, doc_id, q)) for q in QUOTES[:4]]
    model = AnnotationsModel(ui_bridge, CategoryColors())
    in_order = list(model.ids)
    middle = in_order[1]
    ui_bridge.run(annotate.delete_annotation(ui_bridge.session, middle))
    assert middle not in model.ids
    ui_bridge.undo_stack.undo()  # the delete undone: back in its row, not appended
    assert list(model.ids) == in_order
    earliest = min(ui_bridge.session.project.annotations[a].start for a in ids)
    text_start = highlight(ui_bridge, (doc_id, 0, max(1, min(earliest, 5))))
    assert model.ids[0] == text_start  # a highlight before every other one in the text comes first
    assert list(model.ids) == model.ordered_ids()
