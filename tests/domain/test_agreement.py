import pytest

from app.domain.agreement import cohen_kappa, match_spans, span_agreement


def test_kappa_matches_a_hand_computed_example() -> None:
    # 10 claims: both say false on 4, both true on 3; A false/B true on 2; A true/B false on 1.
    # p_o = 7/10; A: false 6, true 4; B: false 5, true 5; p_e = (6*5 + 4*5)/100 = 0.5; kappa = (0.7-0.5)/0.5 = 0.4
    pairs = [("false", "false")] * 4 + [("true", "true")] * 3 + [("false", "true")] * 2 + [("true", "false")]
    assert cohen_kappa(pairs) == pytest.approx(0.4)


def test_kappa_edge_cases() -> None:
    assert cohen_kappa([]) is None
    assert cohen_kappa([("false", "false")] * 3) == 1.0
    assert cohen_kappa([("false", "true"), ("true", "false")]) == pytest.approx(-1.0)


def test_spans_match_one_to_one_by_largest_overlap() -> None:
    a = [("a1", 0, 10, "claim"), ("a2", 20, 30, "actor"), ("a3", 50, 60, "claim")]
    b = [("b1", 5, 12, "claim"), ("b2", 0, 9, "claim"), ("b3", 25, 40, "source")]
    pairs = match_spans(a, b)
    assert [(x[0], y[0]) for x, y in pairs] == [("a1", "b2"), ("a2", "b3")]
    agreement, _ = span_agreement(a, b)
    assert agreement.f1 == pytest.approx(2 * 2 / 6)
    assert agreement.category_agreement == pytest.approx(0.5)
    assert span_agreement([], [])[0].f1 is None
