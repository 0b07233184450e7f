"""SearchFilter: the free-text filter proxy of the claims, actors, sources and documents panels."""

from typing import Any

from PySide6.QtCore import QSortFilterProxyModel, Qt

from app.ui.models.object_table_model import SORT_ROLE


class SearchFilter(QSortFilterProxyModel):
    """Case-insensitive match in any column; sorting on the model's SORT_ROLE so counts sort as numbers."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterKeyColumn(-1)
        self.setSortRole(SORT_ROLE)
        self.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

    def set_search(self, text: str) -> None:
        self.setFilterFixedString(text.strip())
