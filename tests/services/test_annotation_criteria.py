"""The Annotations panel's filter without Qt: the matcher answers what the one-object-at-a-time rule answers."""

from dataclasses import replace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.domain.annotations import AnchorStatus, Annotation
from app.domain.claims import Claim
from app.domain.documents import Document, DocumentKind
from app.domain.links import Kind, Link, Relation
from app.domain.project import Project
from app.services.annotation_criteria import AnnotationCriteria, AnnotationMatcher

QUOTES = ["The Minister said", "Straße gesperrt", "troops in Moscow", "ΣΊΣΥΦΟΣ wrote", "ab", "Ana Kovač"]
NOTES = ["", "", "check the archive", "cd", "STRASSE?"]
CATEGORIES = ["highlight", "claim", "actor"]
STATUSES = list(AnchorStatus)


def _project(n: int = 60) -> Project:
    """`n` annotations over two documents; every 4th linked to claim c1, every 9th to c2."""
    project = Project()
    for d in ("d1", "d2"):
        project.put(Document(d, f"Doc {d}", DocumentKind.TEXT, f"{d}.txt", "0" * 64, "1" * 64))
    project.put(Claim("c1", "The bridge reopens"))
    project.put(Claim("c2", "Troops withdrew"))
    for i in range(n):
        quote = QUOTES[i % len(QUOTES)]
        status = STATUSES[i % len(STATUSES)]
        project.put(Annotation(f"a{i}", ("d1", "d2")[i % 2], i * 100, i * 100 + len(quote), quote, note=NOTES[i % len(NOTES)],
                               category=CATEGORIES[i % 3], status=status))
        for claim, every in (("c1", 4), ("c2", 9)):
            if i % every == 0:
                project.put(Link(f"l{claim}-{i}", Kind.ANNOTATION, f"a{i}", Kind.CLAIM, claim, Relation.STATES))
    return project


def _reference(project: Project, crit: AnnotationCriteria, ids: list[str]) -> list[int]:
    """The rule the panel had before the matcher: each annotation judged on its own."""
    needle = crit.text.casefold().strip()
    linked = None
    if crit.linked_to is not None:
        linked = {a.id for _, a in project.linked(crit.linked_to[1], Kind.ANNOTATION) if a is not None}
    return [
        row
        for row, oid in enumerate(ids)
        if (a := project.annotations[oid])
        and (linked is None or a.id in linked)
        and (not crit.category or a.category == crit.category)
        and (not crit.status or a.status.value == crit.status)
        and (not crit.document_id or a.document_id == crit.document_id)
        and (not needle or needle in a.exact.casefold() or needle in a.note.casefold())
    ]


PROJECT = _project()
IDS = sorted(PROJECT.annotations, key=lambda oid: (PROJECT.annotations[oid].document_id, oid))  # an order of its own
ROW_OF = {oid: row for row, oid in enumerate(IDS)}

criteria = st.builds(
    AnnotationCriteria,
    text=st.sampled_from(["", "  ", "minister", "MINISTER ", "strasse", "ß", "σίσυφος", "b\x00c", "ab", "zzz", "e", "zebra", "yak"]),
    category=st.sampled_from(["", *CATEGORIES, "question"]),
    status=st.sampled_from(["", *(s.value for s in STATUSES)]),
    document_id=st.sampled_from(["", "d1", "d2", "d9"]),
    linked_to=st.sampled_from([None, (Kind.CLAIM, "c1"), (Kind.CLAIM, "c2"), (Kind.CLAIM, "gone")]),
)


@pytest.mark.parametrize("few", [0, 10**6], ids=["columns", "object by object"])
@settings(max_examples=150, deadline=None)
@given(crits=st.lists(criteria, min_size=1, max_size=4), bounds=st.tuples(st.integers(0, 59), st.integers(0, 59)))
def test_rows_are_those_the_one_by_one_rule_accepts(few, crits, bounds) -> None:
    matcher = AnnotationMatcher(few)  # 0: every answer through the columns
    first, last = min(bounds), max(bounds)
    for crit in crits:  # one matcher for several criteria: the columns it keeps must not leak between them
        expected = _reference(PROJECT, crit, IDS)
        assert matcher.rows(PROJECT, crit, IDS, ROW_OF) == expected
        assert matcher.rows(PROJECT, crit, IDS, ROW_OF, first, last) == [r for r in expected if first <= r <= last]


def test_casefolding_finds_what_lower_case_misses() -> None:
    matcher = AnnotationMatcher()
    rows = matcher.rows(PROJECT, AnnotationCriteria(text="STRASSE"), IDS, ROW_OF)
    assert {PROJECT.annotations[IDS[r]].exact for r in rows} >= {"Straße gesperrt"}


def test_a_needle_never_matches_across_the_quote_and_the_note() -> None:
    quote_ab_note_cd = [r for r, oid in enumerate(IDS) if PROJECT.annotations[oid].exact == "ab" and PROJECT.annotations[oid].note == "cd"]
    assert quote_ab_note_cd  # the case exists in the sample
    matcher = AnnotationMatcher(few=0)
    assert matcher.rows(PROJECT, AnnotationCriteria(text="e"), IDS, ROW_OF)  # the columns are built
    assert matcher.rows(PROJECT, AnnotationCriteria(text="b\x00c"), IDS, ROW_OF) == []
    assert matcher.rows(PROJECT, AnnotationCriteria(text="bc"), IDS, ROW_OF) == []


ops = st.lists(st.tuples(st.sampled_from(["insert", "remove", "edit", "relink"]), st.integers(0, 10**6), st.booleans()),
               max_size=14)
checks = st.lists(criteria, min_size=1, max_size=3)


@settings(max_examples=300, deadline=None)
@given(ops=ops, crits=checks, few=st.sampled_from([0, 10**6]))
def test_the_columns_follow_every_reported_change_of_the_list(ops, crits, few) -> None:
    project = _project(20)
    ids = list(project.annotations)
    matcher = AnnotationMatcher(few)
    matcher.rows(project, AnnotationCriteria(text="e", category="claim", status="exact", document_id="d1"), ids, {})
    for step, (op, pick, check) in enumerate(ops):  # changes pile up between checks, as when nobody filters
        row = pick % (len(ids) + (op == "insert")) if ids or op == "insert" else None
        if row is None:
            continue
        if op == "insert":
            new = Annotation(f"n{step}", "d2", 5000 + step, 5005 + step, "A Yak", note="new", category="claim")
            project.put(new)
            ids.insert(row, new.id)
            matcher.inserted(project, ids, row, row)
        elif op == "remove":
            del ids[row]
            matcher.removed(row, row)
        elif op == "edit":
            old = project.annotations[ids[row]]
            project.put(replace(old, note=f"zebra {step}", category=CATEGORIES[pick % 3], status=STATUSES[pick % 4]))
            matcher.updated(max(0, row - pick % 3), min(len(ids) - 1, row + pick % 2))
        else:  # a link changed: the model reports every row, no object is another one
            matcher.updated(0, len(ids) - 1)
        if check or step == len(ops) - 1:
            row_of = {oid: r for r, oid in enumerate(ids)}
            for crit in [*crits, AnnotationCriteria(text="zebra"), AnnotationCriteria(category="claim")]:
                assert matcher.rows(project, crit, ids, row_of) == _reference(project, crit, ids)


@pytest.mark.parametrize("where", ["before", "first", "inside", "after"])
def test_an_edit_is_found_after_rows_inserted_and_removed_around_it(where) -> None:
    project = _project(20)
    ids = list(project.annotations)
    matcher = AnnotationMatcher(few=0)
    zebra = AnnotationCriteria(text="zebra")
    assert matcher.rows(project, zebra, ids, {}) == []
    for row in (5, 6, 7, 8):
        project.put(replace(project.annotations[ids[row]], note="zebra"))
    matcher.updated(5, 6)  # not checked until the next answer
    matcher.updated(7, 8)
    at = {"before": 2, "first": 6, "inside": 7, "after": 12}[where]
    new = Annotation("n", "d2", 5000, 5005, "A Yak", category="claim")
    project.put(new)
    ids.insert(at, new.id)
    matcher.inserted(project, ids, at, at)
    del ids[at - 1 : at + 1]  # the row before the new one, and the new one
    matcher.removed(at - 1, at)
    assert matcher.rows(project, zebra, ids, {}) == _reference(project, zebra, ids)


def test_an_unreported_change_of_length_starts_again() -> None:
    project = _project(12)
    ids = list(project.annotations)
    matcher = AnnotationMatcher(few=0)
    zebra = AnnotationCriteria(text="zebra")
    assert matcher.rows(project, zebra, ids, {}) == []
    project.put(replace(project.annotations["a5"], note="A zebra crossing"))
    del ids[0]  # and nobody tells the matcher
    assert matcher.rows(project, zebra, ids, {}) == [ids.index("a5")]


def test_no_criteria_accepts_every_row_in_range() -> None:
    assert AnnotationMatcher().rows(PROJECT, AnnotationCriteria(), IDS, ROW_OF, 5, 9) == [5, 6, 7, 8, 9]
    assert AnnotationCriteria().empty and not AnnotationCriteria(text=" ").empty
