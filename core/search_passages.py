"""Search hits shown as passages: nearby hits of one paragraph read once, every hit marked.

Each hit is shown with some of its paragraph around it; hits so near that their contexts would
overlap share one passage, so no stretch of text is listed twice (a paragraph naming 能源 three
times in a sentence is one passage with three marks, not three snippets repeating it). A
passage holds hits within ``2 × width`` characters of its first, so that it stays a few lines
long; where two passages of one paragraph would still share context, the stretch between
their hits is divided between them. Every hit is in exactly one passage, in order.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from itertools import accumulate, pairwise

from core.errors import ReportNotFoundError
from core.model import ReportId
from core.plain_passage import plain_stretches
from core.store.records import SearchHit, SearchPassage

ParagraphBounds = Mapping[tuple[int, int], tuple[int, int]]  # (report, paragraph) → its span


def nearby_hits(hits: Sequence[SearchHit], width: int) -> list[list[SearchHit]]:
    """``hits`` in runs that share one passage: consecutive hits of one paragraph whose
    contexts of ``width`` characters would overlap, within ``2 × width`` of the run's first.

    Args:
        hits: hits in the order they are listed (by report, then position).
        width: characters of context on each side of a hit.
    """
    runs: list[list[SearchHit]] = []
    for hit in hits:
        run = runs[-1] if runs else None
        if (
            run is not None
            and (hit.report_id, hit.paragraph_index) == (run[-1].report_id, run[-1].paragraph_index)
            and run[-1].end <= hit.start <= run[-1].end + 2 * width
            and hit.end - run[0].start <= 2 * width
        ):
            run.append(hit)
        else:
            runs.append([hit])
    return runs


def passage_spans(
    runs: Sequence[Sequence[SearchHit]], paragraphs: ParagraphBounds, width: int
) -> list[tuple[int, int]]:
    """Each run's stretch of text: up to ``width`` characters of its paragraph before its
    first hit and after its last, the stretch between two runs of one report divided between
    them rather than shown twice.

    Args:
        runs: the runs of ``nearby_hits``.
        paragraphs: each hit's paragraph span, by (report, paragraph index).
        width: characters of context on each side.

    Raises:
        ReportNotFoundError: a hit's paragraph is not in ``paragraphs`` (no longer in the
            library).
    """
    spans: list[tuple[int, int]] = []
    for run in runs:
        first, last = run[0], run[-1]
        paragraph = paragraphs.get((first.report_id, first.paragraph_index))
        if paragraph is None:
            raise ReportNotFoundError(f"there is no report {first.report_id} in the library")
        # A hit over a paragraph break runs past its paragraph: it is shown whole.
        start = min(first.start, max(paragraph[0], first.start - width))
        end = max(last.end, min(paragraph[1], last.end + width))
        spans.append((start, end))
    for index, (before, after) in enumerate(pairwise(runs)):
        if before[0].report_id != after[0].report_id:
            continue
        if spans[index][1] > spans[index + 1][0]:  # their contexts meet: divide the stretch
            middle = (before[-1].end + after[0].start) // 2
            spans[index] = (spans[index][0], max(before[-1].end, middle))
            spans[index + 1] = (min(after[0].start, middle), spans[index + 1][1])
    return spans


def search_passages(
    hits: Sequence[SearchHit],
    paragraphs: ParagraphBounds,
    text_of: Callable[[ReportId], str],
    width: int = 40,
) -> list[SearchPassage]:
    """``hits`` as passages to list: nearby hits of one paragraph together, each hit marked.

    The text reads as the reader shows it (``core.plain_passage``), on one line; an end that
    cuts the paragraph short is marked ``…``.

    Args:
        hits: hits of ``find_hits``, in the order to list them.
        paragraphs: each hit's paragraph span, by (report, paragraph index).
        text_of: a report's text as read.
        width: characters of context on each side of a passage.

    Raises:
        ReportNotFoundError: a hit's paragraph is not in ``paragraphs``.
    """
    runs = nearby_hits(hits, width)
    passages = []
    for run, (start, end) in zip(runs, passage_spans(runs, paragraphs, width), strict=True):
        paragraph = paragraphs[(run[0].report_id, run[0].paragraph_index)]
        before = "…" if start > paragraph[0] else ""
        after = "…" if end < paragraph[1] else ""
        cuts = [start, *(at for hit in run for at in (hit.start, hit.end)), end]
        shown, bounds = _on_one_line(plain_stretches(text_of(run[0].report_id), cuts))
        # The stretches alternate: context, hit, context, hit, …, context.
        marks = tuple(
            (len(before) + bounds[index], len(before) + bounds[index + 1])
            for index in range(1, len(bounds) - 1, 2)
        )
        passages.append(SearchPassage(tuple(run), before + shown + after, marks))
    return passages


# A line break with the blank space around it (a Markdown line's two trailing spaces, blank
# lines): one space on one line.
_BREAK_WITH_SPACE = re.compile(r"[ \t\u3000]*(?:\n[ \t\u3000]*)+")


def _on_one_line(pieces: Sequence[str]) -> tuple[str, list[int]]:
    """``pieces`` joined on one line, each run of blank space holding a line break as one
    space, and where each piece starts and ends in it (``len(pieces) + 1`` offsets); a run
    across the end of a piece is one space too, on the side of the piece it starts in."""
    joined = "".join(pieces)
    starts = list(accumulate((len(piece) for piece in pieces), initial=0))
    shown: list[str] = []
    bounds = [0] * len(starts)
    removed = 0  # characters of ``joined`` before the cursor left out of ``shown``
    cursor = 0
    next_bound = 0
    for run in _BREAK_WITH_SPACE.finditer(joined):
        while next_bound < len(starts) and starts[next_bound] <= run.start():
            bounds[next_bound] = starts[next_bound] - removed
            next_bound += 1
        shown.append(joined[cursor : run.start()])
        shown.append(" ")
        while next_bound < len(starts) and starts[next_bound] < run.end():
            bounds[next_bound] = run.start() - removed + 1  # after the space
            next_bound += 1
        removed += len(run.group()) - 1
        cursor = run.end()
    shown.append(joined[cursor:])
    for index in range(next_bound, len(starts)):
        bounds[index] = starts[index] - removed
    return "".join(shown), bounds
