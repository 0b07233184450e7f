"""Property-based fuzzing: the importers only ever raise ImportFormatError/DomainError; anchoring never crashes,
stays in range, and exact/moved results equal the quote."""

import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.domain.anchoring import Selectors, anchor, describe
from app.domain.annotations import AnchorStatus
from app.domain.errors import DomainError, ImportFormatError
from app.exchange import json_native, w3c

FAST = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])

KEYS = st.sampled_from([
    "schema", "documents", "annotations", "claims", "actors", "sources", "links", "audit", "id", "document_id",
    "start", "end", "exact", "prefix", "suffix", "type", "@context", "target", "selector", "source", "body",
    "rows", "uri", "text", "tags", "user", "first", "items", "refinedBy", "value", "quads", "pages", "status",
    "sha256", "kind", "title", "verdict", "relation", "subject_kind", "object_kind", "subject_id", "object_id",
])
SCALARS = st.one_of(st.none(), st.booleans(), st.integers(-2**70, 2**70), st.floats(allow_nan=False, allow_infinity=False),
                    st.text(max_size=40), st.sampled_from(["sourcemark/1", "Annotation", "TextQuoteSelector",
                    "TextPositionSelector", "AnnotationCollection", "http://www.w3.org/ns/anno.jsonld", "text", "pdf"]))
JSONISH = st.recursive(SCALARS, lambda inner: st.one_of(st.lists(inner, max_size=5),
                                                        st.dictionaries(KEYS | st.text(max_size=8), inner, max_size=6)),
                       max_leaves=40)


def _parse_all(data: bytes) -> None:
    for parse in (json_native.parse_native, w3c.parse_w3c, w3c.parse_hypothesis, w3c.detect_format):
        try:
            parse(data)
        except (ImportFormatError, DomainError):
            pass


@FAST
@given(JSONISH)
def test_importers_on_arbitrary_json(value: object) -> None:
    _parse_all(json.dumps(value).encode())
    if isinstance(value, dict):  # the shapes each parser looks for, filled with anything
        _parse_all(json.dumps({**value, "schema": "sourcemark/1"}).encode())
        _parse_all(json.dumps({"rows": [value]}).encode())
        _parse_all(json.dumps({**value, "type": "Annotation", "target": value}).encode())
        _parse_all(json.dumps({"type": "AnnotationCollection", "first": {"type": "AnnotationPage", "items": [value]}}).encode())


@FAST
@given(st.binary(max_size=300))
def test_importers_on_arbitrary_bytes(data: bytes) -> None:
    _parse_all(data)


TEXT = st.text(alphabet=st.sampled_from("abcde fgh\nКиї.,"), min_size=1, max_size=400)


@st.composite
def edits(draw: st.DrawFn) -> tuple[str, str, int, int]:
    text = draw(TEXT)
    start = draw(st.integers(0, len(text) - 1))
    end = draw(st.integers(start + 1, min(len(text), start + 60)))
    new = text
    for _ in range(draw(st.integers(0, 6))):  # insertions, deletions, replacements anywhere
        at = draw(st.integers(0, len(new)))
        cut = draw(st.integers(0, min(10, len(new) - at)))
        new = new[:at] + draw(st.text(alphabet=st.sampled_from("abcxyz Кї\n"), max_size=12)) + new[at + cut:]
    return text, new, start, end


@settings(max_examples=400, deadline=None)
@given(edits())
def test_anchoring_never_crashes_and_stays_in_range(case: tuple[str, str, int, int]) -> None:
    old, new, start, end = case
    sel = describe(old, start, end)
    found = anchor(new, sel)
    if found.status is AnchorStatus.ORPHAN:
        return
    assert 0 <= found.start < found.end <= len(new)
    if found.status in (AnchorStatus.EXACT, AnchorStatus.MOVED):
        assert new[found.start:found.end] == sel.exact
    if new == old:
        assert (found.start, found.end, found.status) == (start, end, AnchorStatus.EXACT)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=200), st.text(max_size=60), st.text(max_size=40), st.text(max_size=40),
       st.integers(-50, 300), st.integers(-50, 300))
def test_anchoring_on_arbitrary_selectors(text: str, exact: str, prefix: str, suffix: str, start: int, end: int) -> None:
    found = anchor(text, Selectors(exact, prefix, suffix, start, end))
    if found.status is not AnchorStatus.ORPHAN:
        assert 0 <= found.start <= found.end <= len(text)
        if found.status in (AnchorStatus.EXACT, AnchorStatus.MOVED):
            assert text[found.start:found.end] == exact
