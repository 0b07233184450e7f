"""Re-anchoring benchmark: 1,000 annotations of a ~200 KB article after an edit spread through it.

    python tests/benchmarks/reanchor.py [RUNS]

The new version inserts sentences, deletes some, fixes typos inside quoted spans and moves a paragraph;
app.services.documents.reanchor_annotations re-anchors every annotation (the code path of
`sourcemark add --replaces`). Prints the median over RUNS, the counts per status, and the ratio to a
plain str.find of the same 1,000 quotes in the new text measured in the same run. Target: <= 1 s.
"""

import random
import statistics
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from app.domain.anchoring import describe  # noqa: E402
from app.domain.annotations import Annotation  # noqa: E402
from app.domain.geometry import DocumentText  # noqa: E402
from app.services.documents import reanchor_annotations  # noqa: E402

WORDS = ("the minister said council bridge repairs would reopen residents disputed figure letter report "
         "according officials budget million euros traffic river engineers contract inquiry police witnesses "
         "statement published evidence claimed regional investigation journalists mayor company").split()


def article(rng: random.Random, size: int = 200_000) -> str:
    paragraphs, total = [], 0
    while total < size:
        sentences = []
        for _ in range(rng.randint(3, 7)):
            words = [rng.choice(WORDS) for _ in range(rng.randint(8, 24))]
            words.append(f"{rng.randint(1, 9999)}")
            sentences.append(" ".join(words).capitalize() + ".")
        paragraphs.append(" ".join(sentences))
        total += len(paragraphs[-1]) + 2
    return "\n\n".join(paragraphs)


def annotations(text: str, rng: random.Random, count: int = 1000) -> list[Annotation]:
    out = []
    for i in range(count):
        start = rng.randrange(0, len(text) - 200)
        end = start + rng.randint(15, 160)
        sel = describe(text, start, end)
        out.append(Annotation(id=f"a{i}", document_id="d", start=start, end=end, exact=sel.exact,
                              prefix=sel.prefix, suffix=sel.suffix))
    return out


def edit(text: str, rng: random.Random) -> str:
    """~300 edits spread through the text: insertions, deletions, typo fixes, and one moved paragraph."""
    chars = list(text)
    positions = sorted(rng.sample(range(len(chars) - 100), 300), reverse=True)
    for n, pos in enumerate(positions):
        kind = n % 3
        if kind == 0:
            chars[pos:pos] = list(f" Officials added a new sentence number {n}. ")
        elif kind == 1:
            del chars[pos : pos + rng.randint(20, 80)]
        else:
            chars[pos] = "x" if chars[pos] != "x" else "y"  # a typo fix inside the text
    new = "".join(chars)
    paragraphs = new.split("\n\n")
    moved = paragraphs.pop(len(paragraphs) // 3)
    paragraphs.insert(2 * len(paragraphs) // 3, moved)
    return "\n\n".join(paragraphs)


def main() -> None:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 5
    rng = random.Random(42)
    old = article(rng)
    anns = annotations(old, rng)
    new = DocumentText(edit(old, rng))
    times, finds = [], []
    counts: Counter[str] = Counter()
    for _ in range(runs):
        t = time.perf_counter()
        moved = reanchor_annotations(new, anns)
        times.append(time.perf_counter() - t)
        t = time.perf_counter()
        for a in anns:
            new.text.find(a.exact)
        finds.append(time.perf_counter() - t)
        counts = Counter(a.status.value for a in moved)
    for a, b in zip(anns, moved):
        if b.status.value in ("exact", "moved"):
            assert new.text[b.start : b.end] == a.exact
    median, find = statistics.median(times), statistics.median(finds)
    print(f"document: {len(old):,} characters -> {len(new.text):,} after the edit; annotations: {len(anns)}")
    print(f"re-anchoring median over {runs} runs: {median * 1000:.0f} ms (target <= 1000 ms)")
    print("statuses: " + ", ".join(f"{counts.get(s, 0)} {s}" for s in ("exact", "moved", "fuzzy", "orphan")))
    print(f"plain str.find of the same quotes: {find * 1000:.1f} ms; ratio {median / find:.0f}x")
    if median > 1.0:
        sys.exit(1)


if __name__ == "__main__":
    main()
