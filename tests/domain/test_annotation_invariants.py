"""Annotation's one-expression check (`_plainly_valid`) never accepts what the checks one by one refuse."""

import dataclasses
import math
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.domain.annotations import CONTEXT, AnchorStatus, Annotation, Quad
from app.domain.errors import DomainError

_USUAL: dict[str, Any] = {
    "id": "a1", "document_id": "d1", "start": 4, "end": 9, "exact": "quick", "prefix": "The ", "suffix": " brown",
    "pages": (0,), "quads": (Quad(0, 72.0, 100.5, 300.25, 112.0),), "category": "claim", "note": "n", "analyst": "me",
    "status": AnchorStatus.EXACT, "ocr_confidence": None,
}


def _unchecked(**fields: Any) -> Annotation:
    """An Annotation holding these values without running __post_init__ (so invalid ones can be held)."""
    ann = object.__new__(Annotation)
    defaults = {f.name: f.default for f in dataclasses.fields(Annotation) if f.default is not dataclasses.MISSING}
    for name, value in {**defaults, **_USUAL, **fields}.items():
        object.__setattr__(ann, name, value)
    return ann


def _each_passes(ann: Annotation) -> bool:
    try:
        ann._check_each()
    except (DomainError, TypeError):
        return False
    return True


def test_the_usual_annotation_takes_the_one_expression() -> None:
    ann = _unchecked()
    assert ann._plainly_valid() and _each_passes(ann)
    assert Annotation(**_USUAL) == ann


@pytest.mark.parametrize("change", [
    {"start": True}, {"start": -1, "end": 4}, {"end": 4}, {"end": 3}, {"start": 4.0}, {"exact": "quic"},
    {"exact": "     "}, {"exact": None}, {"prefix": "x" * CONTEXT}, {"prefix": "x" * (CONTEXT + 1)}, {"suffix": None},
    {"suffix": "y" * (CONTEXT + 1)}, {"category": ""}, {"category": " "}, {"category": "c" * 64},
    {"category": "c" * 65}, {"note": "n" * 100_000}, {"note": "n" * 100_001}, {"analyst": "a" * 201},
    {"ocr_confidence": 1.0}, {"ocr_confidence": 1.0000001}, {"ocr_confidence": math.nan}, {"ocr_confidence": 1},
    {"ocr_confidence": -0.0}, {"status": "exact"}, {"status": AnchorStatus.ORPHAN, "exact": "quickly"},
    {"start": 4, "end": 4, "exact": ""}, {"start": 4, "end": 4, "exact": "", "quads": ()},
])
def test_each_edge_is_judged_as_the_checks_one_by_one_judge_it(change: dict[str, Any]) -> None:
    ann = _unchecked(**change)
    if ann._plainly_valid():
        assert _each_passes(ann), change


_TEXT = st.one_of(st.none(), st.integers(), st.text(max_size=3), st.sampled_from(["", " ", "\u2003", "x" * 33, "y" * 65]))
_NUMBER = st.one_of(st.none(), st.booleans(), st.integers(-2, 12), st.floats(allow_nan=True), st.text(max_size=2))
_ODD = {"start": _NUMBER, "end": _NUMBER, "exact": _TEXT, "prefix": _TEXT, "suffix": _TEXT, "category": _TEXT,
        "note": _TEXT, "analyst": _TEXT, "ocr_confidence": _NUMBER,
        "status": st.one_of(st.sampled_from(list(AnchorStatus)), st.text(max_size=6)),
        "quads": st.sampled_from([(), (Quad(0, 1.0, 2.0, 3.0, 4.0),)])}


@settings(max_examples=500, deadline=None)
@given(st.fixed_dictionaries({name: st.one_of(st.just(_USUAL.get(name)), odd) for name, odd in _ODD.items()}))
def test_the_one_expression_never_accepts_what_the_checks_refuse(fields: dict[str, Any]) -> None:
    """Mostly usual values with a few odd ones, so both outcomes of the one expression are drawn often."""
    ann = _unchecked(**fields)
    if ann._plainly_valid():
        assert _each_passes(ann), fields
