"""Which annotations pass the Annotations panel's filter: the criteria and a matcher that applies them.

The matcher answers in row numbers of a list of ids the caller keeps in its own order (the panel's
model), so a view can show the passing rows without asking about every row. A keystroke in the filter
must cost a few milliseconds at 50,000 annotations, so the matcher keeps per row what the criteria
read ('columns': the casefolded quote and note, the category, ...), each built on first use, and
filters them with list comprehensions.

The caller tells the matcher how its list changed (rows inserted, removed, updated, or everything), and
the columns follow. An update only marks rows stale; the next answer re-reads those whose annotation
object is another one (objects are immutable, so the same object means the same values). That matters
because the panel's model reports every row as updated whenever a link changes: rebuilding the columns
then took three times as long as the rest of linking a highlight while filtered, and with no filter set
nothing needs them at all. A few rows (those linked to one object, or a few new rows) are judged straight
from their objects while no columns are built.
"""

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from operator import attrgetter

from app.domain.annotations import Annotation
from app.domain.links import Kind
from app.domain.project import Project

FEW = 1_000  # up to this many candidate rows are judged from their objects while no columns are built
_SEP = "\x00"  # between the quote and the note in a row's text


def _folded(a: Annotation) -> str:
    """What the text criterion searches: the quote and the note, casefolded."""
    return f"{a.exact.casefold()}{_SEP}{a.note.casefold()}"


_VALUE: dict[str, Callable[[Annotation], str]] = {
    "category": attrgetter("category"),
    "status": attrgetter("status"),
    "document_id": attrgetter("document_id"),
    "text": _folded,
}


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
        self._objects: list[Annotation] | None = None  # per row; None until the first answer that needs it
        self._columns: dict[str, list[str]] = {}  # per row: a _VALUE, each built on first use
        self._stale: tuple[int, int] | None = None  # rows that may hold other objects now, checked when next needed

    # -- the caller's list changed ---------------------------------------------------------------------------------
    def reset(self) -> None:
        """The list was rebuilt: forget every column."""
        self._objects, self._columns, self._stale = None, {}, None

    def inserted(self, project: Project, ids: Sequence[str], first: int, last: int) -> None:
        """Rows first..last of `ids` are new."""
        if self._objects is None:
            return
        new = [project.annotations[oid] for oid in ids[first : last + 1]]
        self._objects[first:first] = new
        for name, values in self._columns.items():
            values[first:first] = map(_VALUE[name], new)
        if self._stale is not None:
            count, (a, b) = last - first + 1, self._stale
            self._stale = (a + count if a >= first else a, b + count if b >= first else b)

    def removed(self, first: int, last: int) -> None:
        """Rows first..last left the list."""
        if self._objects is None:
            return
        del self._objects[first : last + 1]
        for values in self._columns.values():
            del values[first : last + 1]
        if self._stale is not None:
            count, (a, b) = last - first + 1, self._stale
            a = a if a < first else (first if a <= last else a - count)
            b = b if b < first else (first - 1 if b <= last else b - count)
            self._stale = (a, b) if a <= b else None

    def updated(self, first: int, last: int) -> None:
        """Rows first..last may show another annotation object now (or the same, if only its links changed).

        Checked when the columns are next needed, so that editing with no filter costs nothing here.
        """
        if self._objects is not None:
            a, b = self._stale or (first, last)
            self._stale = (min(a, first), max(b, last))

    def _refresh(self, project: Project, ids: Sequence[str]) -> None:
        """Re-read the stale rows whose annotation object is another one."""
        if self._objects is None or self._stale is None:
            return
        (first, last), objects = self._stale, self._objects
        self._stale = None
        fresh = list(map(project.annotations.__getitem__, ids[first : last + 1]))
        for row in [first + i for i, (old, new) in enumerate(zip(objects[first : last + 1], fresh)) if old is not new]:
            a = objects[row] = fresh[row - first]
            for name, values in self._columns.items():
                values[row] = _VALUE[name](a)

    # -- answering -------------------------------------------------------------------------------------------------
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
        if self._objects is not None and len(self._objects) != len(ids):
            self.reset()  # a change the caller did not report: start again rather than answer wrong
        self._refresh(project, ids)
        if self._objects is None and len(rows) <= self._few:  # judge a few rows without building the columns
            objects: Sequence[Annotation] = _RowObjects(ids, project.annotations)
            columns = None
        else:
            if self._objects is None:
                annotations = project.annotations
                self._objects = [annotations[oid] for oid in ids]
            objects, columns = self._objects, self._columns
        for name in ("category", "status", "document_id"):
            wanted = getattr(criteria, name)
            if wanted:
                values = _column(columns, name, objects)
                rows = [row for row in rows if values[row] == wanted]
        needle = criteria.needle
        if needle and _SEP in needle:  # would match across the quote and the note: judge each
            rows = [row for row in rows if needle in objects[row].exact.casefold() or needle in objects[row].note.casefold()]
        elif needle:
            text = _column(columns, "text", objects)
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


def _column(columns: dict[str, list[str]] | None, name: str, objects: Sequence[Annotation]) -> Sequence[str]:
    """One value per row: built once and kept in `columns`, or read row by row when there are none.

    Equal field values become one object: a category read from JSON is a string object of its own per
    annotation, and comparing 50,000 of them scattered in memory measured 5x slower (cache misses).
    """
    value = _VALUE[name]
    if columns is None:
        return _RowValues(objects, value)
    if name not in columns:
        values = list(map(value, objects))
        if name != "text":
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
