"""The entity panels open in the model's own order (no sort on open: ~9,000 data() calls at 500 documents) and
sort when the user clicks a column header."""

from PySide6.QtCore import Qt

from app.services import entities
from app.ui.models.object_table_model import ID_ROLE


def _statements(panel) -> list[str]:  # noqa: ANN001
    model = panel.view.model()
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def test_claims_keep_their_order_until_a_header_is_clicked(main_window, ui_bridge) -> None:
    for statement in ("Zagreb paid for it.", "A bridge opened in June."):
        command, _ = entities.create_claim(ui_bridge.session, statement)
        ui_bridge.run(command)
    panel = main_window.claims_panel
    in_model = [panel.model.index(row, 0).data() for row in range(panel.model.rowCount())]
    assert _statements(panel) == in_model  # creation order, not alphabetical
    assert in_model != sorted(in_model)
    assert panel.view.header().sortIndicatorSection() == -1
    panel.view.sortByColumn(0, Qt.SortOrder.AscendingOrder)  # what a click on the header does
    assert _statements(panel) == sorted(in_model, key=str.casefold)
    assert panel.view.model().index(0, 0).data(ID_ROLE)
