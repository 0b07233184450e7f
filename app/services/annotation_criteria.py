"""Which annotations pass the Annotations panel's filter: the criteria and a matcher that applies them.

The matcher answers in row numbers of a list of ids the caller keeps in its own order (the panel's
model), so a view can show the passing rows without asking about every row. A keystroke in the filter
must cost a few milliseconds at 50,000 annotations, so the matcher keeps per row what the criteria
read ('columns': the casefolded quote and note, the category, ...), each built on first use, and
filters them with list comprehensions. The caller says when its list or an annotation in it changed
(`changed()`); the columns are then built again when next needed. A few rows (those linked to one
object, or a few inserted rows) are judged straight from their objects, without building columns.

Not kept across changes: the casefolded text per annotation object (valid while the project holds that
same immutable object). Checking that an entry is still valid measured as slow as folding the quote
again (a dict lookup and an identity test per row against one casefold), so a rebuild folds again.
"""

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from operator import attrgetter

from app.domain.annotations import Annotation
from app.domain.links import Kind
from app.domain.project import Project

FEW = 1_000  # up to this many candidate rows are judged from their objects when the columns are stale
_SEP = "\x00"  # between the quote and the note in a row's text
_FIELDS = (("category", attrgetter("category")), ("status", attrgetter("status")), ("document_id", attrgetter("document_id")))


@dataclass(frozen=True)
class AnnotationCriteria:
    text: str = ""  # in the quote or the note, case-insensitive
    category: str = ""
    status: str = ""  # an AnchorStatus value
    document_id: str = ""
    linked_to: tuple[Kind, str] | None = None  # a claim, actor or source

    @property
    def empty(self) -> bool:
        return self == AnnotationCriteria()

    @property
    def needle(self) -> str:
        return self.text.casefold().strip()


class AnnotationMatcher:
    def __init__(self, few: int = FEW) -> None:
        self._few = few  # tests pass 0 to send every answer through the columns
        self._objects: list[Annotation] | None = None  # per row; None: stale, rebuilt when next needed
        self._columns: dict[str, list[str]] = {}  # per row: a field, or "text", each built on first use

    def changed(self) -> None:
        """The caller's list of ids, or an annotation in it, changed: the columns are stale."""
        self._objects = None
        self._columns = {}

    def rows(
        self,
        project: Project,
        criteria: AnnotationCriteria,
        ids: Sequence[str],
        row_of: Mapping[str, int],
        first: int = 0,
        last: int | None = None,
    ) -> list[int]:
        """The rows in first..last (default: all) of `ids` whose annotation passes, ascending.

        `ids` lists annotation ids in the caller's order and `row_of` maps each id to its row there.
        """
        last = len(ids) - 1 if last is None else last
        rows: Sequence[int] = self._candidates(project, criteria, row_of, first, last)
        if criteria.empty:
            return list(rows)
        if self._objects is None and len(rows) <= self._few:  # judge a few rows without building the columns
            objects: Sequence[Annotation] = _RowObjects(ids, project.annotations)
        else:
            if self._objects is None:
                annotations = project.annotations
                self._objects = [annotations[oid] for oid in ids]
            objects = self._objects
        columns = self._columns if isinstance(objects, list) else None
        for name, field in _FIELDS:
            wanted = getattr(criteria, name)
            if wanted:
                values = _column(columns, name, objects, field, shared=True)
                rows = [row for row in rows if values[row] == wanted]
        needle = criteria.needle
        if needle and _SEP in needle:  # would match across the quote and the note: judge each
            rows = [row for row in rows if needle in objects[row].exact.casefold() or needle in objects[row].note.casefold()]
        elif needle:
            text = _column(columns, "text", objects, _folded)
            rows = [row for row in rows if needle in text[row]]
        return list(rows)

    def _candidates(
        self, project: Project, criteria: AnnotationCriteria, row_of: Mapping[str, int], first: int, last: int
    ) -> Sequence[int]:
        """The rows worth judging: those linked to the object, or of the document, or all."""
        if criteria.linked_to is not None:
            linked = project.linked(criteria.linked_to[1], Kind.ANNOTATION)
            found = {row_of.get(a.id) for _, a in linked if a is not None}
        elif criteria.document_id:
            found = {row_of.get(a.id) for a in project.annotations_of(criteria.document_id)}
        else:
            return range(first, last + 1)
        return sorted(row for row in found if row is not None and first <= row <= last)


def _folded(a: Annotation) -> str:
    """What the text criterion searches: the quote and the note, casefolded."""
    return f"{a.exact.casefold()}{_SEP}{a.note.casefold()}"


def _column(columns: dict[str, list[str]] | None, name: str, objects: Sequence[Annotation],
            value: Callable[[Annotation], str], shared: bool = False) -> Sequence[str]:
    """One value per row: built once and kept in `columns`, or read row by row when there are none.

    `shared`: equal values become one object. A category read from JSON is a string object of its own
    per annotation, and comparing 50,000 of them scattered in memory measured 5x slower (cache misses).
    """
    if columns is None:
        return _RowValues(objects, value)
    if name not in columns:
        values = list(map(value, objects))
        if shared:
            first: dict[str, str] = {}
            values = list(map(first.setdefault, values, values))
        columns[name] = values
    return columns[name]


class _RowObjects(Sequence[Annotation]):
    """The annotation of each row, looked up when asked (for a few rows)."""

    def __init__(self, ids: Sequence[str], annotations: Mapping[str, Annotation]) -> None:
        self._ids, self._annotations = ids, annotations

    def __getitem__(self, row: int) -> Annotation:  # type: ignore[override]
        return self._annotations[self._ids[row]]

    def __len__(self) -> int:
        return len(self._ids)


class _RowValues(Sequence[str]):
    """One value per row, computed when asked (for a few rows)."""

    def __init__(self, objects: Sequence[Annotation], value: Callable[[Annotation], str]) -> None:
        self._objects, self._value = objects, value

    def __getitem__(self, row: int) -> str:  # type: ignore[override]
        return self._value(self._objects[row])

    def __len__(self) -> int:
        return len(self._objects)
