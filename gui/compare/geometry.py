"""Where changes and pairs stand in both panes, in document pixels, measured once per layout.

The link strip, the overview bar and linked scrolling all read these numbers; none of them
touches the text layout while painting or scrolling.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass

from PySide6.QtGui import QTextDocument

from core.compare.records import ChangeKind, Comparison, PairLevel
from gui.compare.change_styles import Look, look_of
from gui.compare.scroll_sync import ScrollMap, monotone_chain
from gui.offsets import OffsetMap
from gui.text_layout import Band, offset_band


@dataclass(frozen=True)
class ChangeBands:
    """One change as drawn: its extent on each side and its look."""

    index: int
    left: Band
    right: Band
    look: Look


def span_band(document: QTextDocument, start: int, end: int) -> Band:
    """From the top of the line at ``start`` to the bottom of the line at ``end`` (Qt positions).

    An empty span is a point at the top of its line: where something was inserted or deleted.
    """
    first = offset_band(document, start)
    if end <= start:
        return Band(first.top, first.top)
    last = offset_band(document, max(start, end - 1))
    return Band(first.top, max(first.bottom, last.bottom))


@dataclass(frozen=True)
class CompareGeometry:
    """Everything drawn beside the text, measured from both documents' layouts."""

    changes: tuple[ChangeBands, ...]
    scroll_map: ScrollMap
    left_height: float
    right_height: float


def measure(
    comparison: Comparison,
    left_document: QTextDocument,
    right_document: QTextDocument,
    left_offsets: OffsetMap,
    right_offsets: OffsetMap,
) -> CompareGeometry:
    """Measure the bands of every change and the anchors of linked scrolling.

    Args:
        comparison: the engine's result.
        left_document, right_document: the laid-out documents of both panes.
        left_offsets, right_offsets: their offset maps.
    """
    bands = []
    anchors: list[tuple[float, float]] = []
    pair_anchors: list[tuple[float, float]] = []
    for index, change in enumerate(comparison.changes):
        left = span_band(
            left_document, *left_offsets.span_to_qt(change.left_start, change.left_end)
        )
        right = span_band(
            right_document, *right_offsets.span_to_qt(change.right_start, change.right_end)
        )
        bands.append(ChangeBands(index, left, right, look_of(change)))
        if change.kind in (ChangeKind.INSERTED, ChangeKind.DELETED, ChangeKind.REPLACED):
            anchors.append((left.top, right.top))
    for pair in comparison.pairs:
        if pair.left is None or pair.right is None or pair.level is PairLevel.PART:
            continue
        left_top = offset_band(left_document, left_offsets.to_qt(pair.left.start)).top
        right_top = offset_band(right_document, right_offsets.to_qt(pair.right.start)).top
        pair_anchors.append((left_top, right_top))
    left_height = left_document.size().height()
    right_height = right_document.size().height()
    chain = pair_chain_with(pair_anchors, anchors)
    return CompareGeometry(
        tuple(bands), ScrollMap(chain, left_height, right_height), left_height, right_height
    )


def pair_chain_with(
    pair_anchors: list[tuple[float, float]], change_anchors: list[tuple[float, float]]
) -> list[tuple[float, float]]:
    """Anchors for linked scrolling: paired sections first, then changes that fit between them.

    Pair starts must line up (a reader looks for the matching section there); a change is
    kept only where it lies between the pair starts around it on both sides, so it refines the
    map without ever pulling a pair start out of line.
    """
    chain = monotone_chain(pair_anchors)
    lefts = [a[0] for a in chain]
    kept = []
    for left, right in change_anchors:
        at = bisect_right(lefts, left) - 1
        low = chain[at] if at >= 0 else (float("-inf"), float("-inf"))
        high = chain[at + 1] if at + 1 < len(chain) else (float("inf"), float("inf"))
        if low[0] < left < high[0] and low[1] < right < high[1]:
            kept.append((left, right))
    return monotone_chain([*chain, *kept])
