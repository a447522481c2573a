"""Linked scrolling of two panes: a monotone chain of matching heights, mapped piecewise."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence


def monotone_chain(points: Sequence[tuple[float, float]]) -> list[tuple[float, float]]:
    """The longest chain of points rising strictly on both sides (their order kept).

    Pairs that cross (a paragraph moved up) cannot both steer the scroll; the longest
    increasing chain keeps the most of them.

    Args:
        points: (left, right) heights, in any order.
    """
    # Equal left heights sorted by falling right height: a strictly rising chain on the right
    # then takes at most one of them, so the chain rises strictly on both sides.
    ordered = sorted(set(points), key=lambda point: (point[0], -point[1]))
    tails: list[int] = []  # index in ``ordered`` of the lowest end of a chain of each length
    tail_values: list[float] = []
    previous: list[int] = [-1] * len(ordered)
    for index, (_left, right) in enumerate(ordered):
        position = bisect_left(tail_values, right)
        if position > 0:
            previous[index] = tails[position - 1]
        if position == len(tails):
            tails.append(index)
            tail_values.append(right)
        else:
            tails[position] = index
            tail_values[position] = right
    chain: list[tuple[float, float]] = []
    at = tails[-1] if tails else -1
    while at >= 0:
        chain.append(ordered[at])
        at = previous[at]
    chain.reverse()
    return chain


class ScrollMap:
    """Maps a height in one pane to the matching height in the other.

    Built once from the anchors (where paired sections and changes start in both panes);
    between two anchors the map is linear, as meld links its panes, so scrolling costs two
    bisections and no diffing.
    """

    def __init__(
        self, anchors: Sequence[tuple[float, float]], left_height: float, right_height: float
    ) -> None:
        chain = monotone_chain(anchors)
        if not chain or (chain[0][0] > 0 and chain[0][1] > 0):
            chain.insert(0, (0.0, 0.0))
        end = (max(left_height, chain[-1][0] + 1), max(right_height, chain[-1][1] + 1))
        chain.append(end)
        self.anchors = tuple(chain)
        self._left = [a[0] for a in chain]
        self._right = [a[1] for a in chain]

    def left_to_right(self, y: float) -> float:
        """The right pane's height matching the left pane's ``y``."""
        return _interpolate(self._left, self._right, y)

    def right_to_left(self, y: float) -> float:
        """The left pane's height matching the right pane's ``y``."""
        return _interpolate(self._right, self._left, y)


def _interpolate(source: list[float], target: list[float], y: float) -> float:
    index = bisect_right(source, y) - 1
    if index < 0:
        return target[0]
    if index >= len(source) - 1:
        return target[-1] + (y - source[-1])
    span = source[index + 1] - source[index]
    share = (y - source[index]) / span if span else 0.0
    return target[index] + share * (target[index + 1] - target[index])
