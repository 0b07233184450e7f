"""WCAG 2.x contrast: relative luminance of sRGB colours, their contrast ratio, and alpha blending.

Used to keep text legible on category highlights in both colour schemes (WCAG AA asks 4.5:1 for body text).
Colours are "#rrggbb" strings; no Qt here, so the rule is tested without a display.
"""

AA_TEXT = 4.5  # WCAG 2.x success criterion 1.4.3, level AA, normal-size text

RGB = tuple[int, int, int]


def rgb(color: str) -> RGB:
    """"#rrggbb" (or "rrggbb") -> (r, g, b) in 0..255."""
    value = color.lstrip("#")
    if len(value) != 6:
        raise ValueError(f"not a #rrggbb colour: {color!r}")
    return int(value[0:2], 16), int(value[2:4], 16), int(value[4:6], 16)


def _linear(channel: int) -> float:
    c = channel / 255
    return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4  # WCAG 2.x uses 0.03928; same for 8-bit


def luminance(color: RGB) -> float:
    r, g, b = (_linear(c) for c in color)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(a: RGB, b: RGB) -> float:
    """The WCAG contrast ratio of two opaque colours, 1.0 to 21.0."""
    la, lb = luminance(a), luminance(b)
    return (max(la, lb) + 0.05) / (min(la, lb) + 0.05)


def over(top: RGB, alpha: int, under: RGB) -> RGB:
    """`top` at `alpha` (0..255) painted over the opaque `under` (source-over), as Qt composites it."""
    a = alpha / 255
    r, g, b = (round(t * a + u * (1 - a)) for t, u in zip(top, under, strict=True))
    return r, g, b


def multiplied(top: RGB, alpha: int, under: RGB) -> RGB:
    """`top` at `alpha` multiplied onto `under` (QPainter's CompositionMode_Multiply), as PDF highlights are."""
    a = alpha / 255
    r, g, b = (round(u * (1 - a) + u * t / 255 * a) for t, u in zip(top, under, strict=True))
    return r, g, b


def legible_alpha(top: RGB, under: RGB, text: RGB, *, start: int, minimum: float = AA_TEXT) -> int:
    """The highest alpha up to `start` at which `text` on `top`-over-`under` reaches `minimum` contrast
    (0 if only no tint at all would)."""
    for alpha in range(start, -1, -1):
        if contrast(text, over(top, alpha, under)) >= minimum:
            return alpha
    return 0
