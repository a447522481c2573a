"""Where a PDF's layout shows a paragraph starting: a wider gap above a line, or a line set in.

Chinese government PDFs mark paragraphs by setting their first line in by two characters,
and many PDFs leave extra space between paragraphs. Both are read against the page itself:
a gap is wider than the document's usual line spacing, an indent is measured from the left
edge that the page's other lines share. Nothing is read across a page break, and a line in
another column is measured from that column's edge, so a paragraph merely wrapping to the
next page or column is not marked. Lines that are all spaced alike, or all set in alike,
mark nothing.

These are marks, not verdicts: ``pdf_layout`` trusts each kind only when it agrees with the
lines' widths, since hanging indents or uneven spacing exist too.
"""

from __future__ import annotations

import statistics
from collections.abc import Sequence
from itertools import pairwise

from core.ingest.pdf_lines import LinePlace, PageLine

# A gap this many times the usual line spacing is space left between paragraphs.
GAP_SHARE = 1.2
# A first-line indent is about two characters: between these many.
INDENT_CHARS = (1.5, 3.5)
# Lines further left than this many characters belong to another column.
COLUMN_REACH_CHARS = 5.0
# Lines starting this close (in characters) start at the same place.
SAME_PLACE_CHARS = 0.25
# Steps between lines beyond this many characters are jumps (a figure, a table), not spacing.
STEP_REACH_CHARS = 4.0


def _steps(page: Sequence[PageLine]) -> list[float | None]:
    """How far each line stands below the one before it on the page (None when unknown)."""
    steps: list[float | None] = [None] if page else []
    for above, below in pairwise(page):
        if above.place is None or below.place is None:
            steps.append(None)
        else:
            steps.append(above.place.y - below.place.y)
    return steps


def gaps_before(pages: Sequence[Sequence[PageLine]]) -> list[bool]:
    """For each line of the pages in order: whether a clearly wider gap than usual is above it.

    The usual spacing is the median step down from one line to the next within a page; a
    step up (a new column) or across a page break is no gap.

    Args:
        pages: each page's lines in reading order.
    """
    steps = [_steps(page) for page in pages]
    usual_steps = [
        step
        for page, page_steps in zip(pages, steps, strict=True)
        for line, step in zip(page, page_steps, strict=True)
        if step is not None
        and line.place is not None
        and 0 < step <= STEP_REACH_CHARS * line.place.size
    ]
    if not usual_steps:
        return [False] * sum(len(page) for page in pages)
    usual = statistics.median(usual_steps)
    return [step is not None and step > GAP_SHARE * usual for page in steps for step in page]


def _shared_starts(places: Sequence[LinePlace]) -> list[float]:
    """The starts of lines that another line of the page starts at too."""
    return [
        place.x
        for place in places
        if sum(1 for other in places if abs(other.x - place.x) <= SAME_PLACE_CHARS * place.size)
        >= 2
    ]


def _edge(place: LinePlace, shared: Sequence[float]) -> float:
    """The left edge ``place`` is measured from: the leftmost shared start within a few
    characters to its left (its column's edge), or its own start."""
    reach = COLUMN_REACH_CHARS * place.size
    same = SAME_PLACE_CHARS * place.size
    return min((x for x in shared if place.x - reach <= x <= place.x + same), default=place.x)


def indented_lines(pages: Sequence[Sequence[PageLine]]) -> list[bool]:
    """For each line of the pages in order: whether it is set in about two characters.

    Args:
        pages: each page's lines in reading order.
    """
    marks: list[bool] = []
    for page in pages:
        shared = _shared_starts([line.place for line in page if line.place is not None])
        for line in page:
            if line.place is None:
                marks.append(False)
                continue
            chars = (line.place.x - _edge(line.place, shared)) / line.place.size
            marks.append(INDENT_CHARS[0] <= chars <= INDENT_CHARS[1])
    return marks
