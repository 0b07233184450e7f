"""The demo typesetter's line breaking: greedy, measured per word, the same as measuring whole lines."""

import pymupdf

from app.documents.output.writer import _wrap

TEXT = ("Dostrovian military engineers completed mine-clearance training in Arvenia, Военный вестник reported; "
        "the exercise involved 14,000 troops — \"the largest since 1991\" — according to the ministry. ") * 6


def _greedy_by_whole_lines(text: str, font: pymupdf.Font, size: float, width: float) -> list[str]:
    lines, current = [], ""
    for word in text.split():
        candidate = f"{current} {word}" if current else word
        if current and font.text_length(candidate, fontsize=size) > width:
            lines.append(current)
            current = word
        else:
            current = candidate
    return lines + [current] if current else lines


def test_wrap_equals_measuring_each_whole_line() -> None:
    for fontname in ("helv", "hebo"):
        font = pymupdf.Font(fontname)
        for size, width in [(11.0, 483.0), (11.0, 145.0), (16.0, 230.0), (9.0, 60.0)]:
            lines = _wrap(TEXT, font, size, width)
            assert lines == _greedy_by_whole_lines(TEXT, font, size, width)
            assert " ".join(lines) == " ".join(TEXT.split())
            for line in lines:  # a line is over the width only when it is a single long word
                assert font.text_length(line, fontsize=size) <= width + 1e-9 or " " not in line


def test_wrap_of_nothing_is_no_line() -> None:
    assert _wrap("  \n ", pymupdf.Font("helv"), 11.0, 100.0) == []
