"""WCAG 2.x contrast as a pure function: known ratios, blending, the alpha search."""

import pytest

from app.domain.contrast import AA_TEXT, contrast, legible_alpha, luminance, multiplied, over, rgb


def test_known_ratios() -> None:
    assert contrast((0, 0, 0), (255, 255, 255)) == pytest.approx(21.0)
    assert contrast((255, 255, 255), (255, 255, 255)) == pytest.approx(1.0)
    assert contrast(rgb("#767676"), rgb("#ffffff")) == pytest.approx(4.54, abs=0.01)  # the lightest AA grey on white
    assert contrast(rgb("#777777"), rgb("#ffffff")) < AA_TEXT
    assert luminance(rgb("#ff0000")) == pytest.approx(0.2126, abs=1e-4)


def test_blending_matches_source_over_and_multiply() -> None:
    assert over((255, 0, 0), 255, (0, 0, 255)) == (255, 0, 0)
    assert over((255, 255, 255), 0, (30, 31, 34)) == (30, 31, 34)
    assert over((255, 255, 255), 128, (0, 0, 0)) == (128, 128, 128)
    assert multiplied((255, 213, 79), 255, (255, 255, 255)) == (255, 213, 79)
    assert multiplied((255, 213, 79), 150, (0, 0, 0)) == (0, 0, 0)  # ink stays black under any highlight


def test_the_amber_tint_of_the_dark_scheme_is_lowered_until_the_text_passes_aa() -> None:
    amber, base, ink = rgb("#ffd54f"), rgb("#1e1f22"), rgb("#e6e6e6")
    assert contrast(ink, over(amber, 110, base)) < AA_TEXT  # the 4.04:1
    alpha = legible_alpha(amber, base, ink, start=110)
    assert 80 <= alpha < 110
    assert contrast(ink, over(amber, alpha, base)) >= AA_TEXT
    assert contrast(ink, over(amber, alpha + 1, base)) < AA_TEXT  # the strongest tint that passes, not less
    assert legible_alpha(rgb("#f0f0f0"), base, ink, start=110) < alpha  # a lighter colour: a fainter tint


def test_a_malformed_colour_is_refused() -> None:
    with pytest.raises(ValueError, match="rrggbb"):
        rgb("#fff")
