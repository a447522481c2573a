"""Where the reader paints numbers: each stretch of text once, with every number covering it.

Core gives several numbers the same span when one clause states them together: the two parts
of a joint indicator (``城乡居民人均可支配收入增速高于经济增长水平`` is a target for urban and
one for rural income), or the figures of a ``分别`` list. Two numbers may also overlap
(``帮助773家民营企业应急还贷202.8亿元``). Highlights are translucent, so painting each number
on its own would paint such text twice, in a darker colour that no longer reads as its kind,
and the card shown on hover would tell of one number only. The reader paints marks instead:
stretches that do not overlap, each carrying the numbers that cover it.
"""

from __future__ import annotations

from collections.abc import Iterable
from itertools import pairwise
from typing import Any, NamedTuple


class NumberMark(NamedTuple):
    """A half-open stretch of text (core offsets) and the numbers covering all of it."""

    start: int
    end: int
    statements: tuple[Any, ...]  # in text order (by start, then end)


def number_marks(statements: Iterable[Any]) -> list[NumberMark]:
    """The marks of ``statements`` (anything with ``start`` and ``end``), in text order.

    The text any statement covers is covered by exactly one mark; a mark ends wherever a
    statement starts or ends, so the numbers covering it are the same all along it.
    """
    ordered = sorted((s for s in statements if s.end > s.start), key=lambda s: (s.start, s.end))
    bounds = sorted({s.start for s in ordered} | {s.end for s in ordered})
    marks: list[NumberMark] = []
    active: list[Any] = []
    waiting = iter(ordered)
    following = next(waiting, None)
    for start, end in pairwise(bounds):
        active = [s for s in active if s.end > start]
        while following is not None and following.start == start:
            active.append(following)
            following = next(waiting, None)
        if active:
            marks.append(NumberMark(start, end, tuple(active)))
    return marks
