"""Agreement between two analysts: Cohen's kappa for verdicts, span overlap F1 and category agreement.

Pure functions over plain tuples, so the numbers can be checked by hand (tests/domain/test_agreement.py).
"""

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

Span = tuple[str, int, int, str]  # (annotation id, start, end, category), offsets in one document's text


def cohen_kappa(pairs: Sequence[tuple[str, str]]) -> float | None:
    """κ = (p_o − p_e) / (1 − p_e) over items both raters labelled; None when there are none.

    p_o is the share of items with the same label, p_e the agreement expected by chance from each
    rater's own label frequencies. When p_e = 1 (both used one and the same label throughout) κ is
    taken as 1.0, the usual convention for perfect agreement on a single category.
    """
    n = len(pairs)
    if n == 0:
        return None
    observed = sum(a == b for a, b in pairs) / n
    count_a = Counter(a for a, _ in pairs)
    count_b = Counter(b for _, b in pairs)
    expected = sum(count_a[k] * count_b[k] for k in count_a) / (n * n)
    if expected >= 1.0:
        return 1.0 if observed >= 1.0 else 0.0
    return (observed - expected) / (1.0 - expected)


def match_spans(a: Sequence[Span], b: Sequence[Span]) -> list[tuple[Span, Span]]:
    """One-to-one pairs of overlapping spans, the largest overlaps first (ties: earliest, then id)."""
    candidates = []
    for sa in a:
        for sb in b:
            overlap = min(sa[2], sb[2]) - max(sa[1], sb[1])
            if overlap > 0:
                candidates.append((-overlap, sa[1], sb[1], sa[0], sb[0], sa, sb))
    used_a: set[str] = set()
    used_b: set[str] = set()
    pairs = []
    for *_, sa, sb in sorted(candidates):
        if sa[0] not in used_a and sb[0] not in used_b:
            used_a.add(sa[0])
            used_b.add(sb[0])
            pairs.append((sa, sb))
    return pairs


@dataclass(frozen=True)
class SpanAgreement:
    spans_a: int
    spans_b: int
    matched: int
    same_category: int

    @property
    def f1(self) -> float | None:
        """2·matched / (|A| + |B|): precision and recall of B against A, combined (symmetric)."""
        total = self.spans_a + self.spans_b
        return None if total == 0 else 2 * self.matched / total

    @property
    def category_agreement(self) -> float | None:
        return None if self.matched == 0 else self.same_category / self.matched


def span_agreement(a: Sequence[Span], b: Sequence[Span]) -> tuple[SpanAgreement, list[tuple[Span, Span]]]:
    pairs = match_spans(a, b)
    same = sum(sa[3] == sb[3] for sa, sb in pairs)
    return SpanAgreement(len(a), len(b), len(pairs), same), pairs
