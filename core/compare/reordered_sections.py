"""Sections that changed places: an area (or a paragraph) paired with its own text elsewhere.

Areas are paired by likeness wherever they stand, so two areas that swapped places are paired
right, but their diffs show only the ordinals renumbered (``（五）`` → ``（六）``): nothing
tells a reader that one of them moved. The pairs that keep their order are the heaviest run
of pairs standing in the same order on both sides (weighed by their length, so a long area
stays and a short one moves); every other pair crosses one of them. A crossing pair whose two
sides read as one passage (``core.compare.moves.move_similarity`` reaching
``MIN_MOVE_SIMILARITY``, as for any moved passage) moved: it is shown as one move from its old
place to its new, with its edits inside. The paragraphs paired within a rewritten area are
weighed alike. Between two years' reports, areas of one theme stand in another order but are
rewritten: those stay pairs, never moves (a move shown wrongly costs trust).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from core.compare.moves import MIN_MOVE_SIMILARITY, move_similarity
from core.compare.pairing import UnitPair


def out_of_order(places: Sequence[tuple[int, int, int]]) -> set[int]:
    """The places that stand out of order: every one but the heaviest run standing in one
    order on both sides.

    Args:
        places: ``(left start, right start, weight)`` of each paired passage, in any order.

    Returns:
        The indices (into ``places``) of those outside the run; of two runs alike in weight,
        the one ending first on the left stands.
    """
    order = sorted(range(len(places)), key=lambda i: places[i][:2])
    # The heaviest increasing run of right starts, in left order (a few dozen passages: the
    # quadratic search is the plain one).
    best: list[int] = []  # the heaviest run's weight ending at each place
    before: list[int | None] = []
    for n, index in enumerate(order):
        right_start, weight = places[index][1], places[index][2]
        best.append(weight)
        before.append(None)
        for j in range(n):
            if places[order[j]][1] < right_start and best[j] + weight > best[n]:
                best[n], before[n] = best[j] + weight, j
    kept: set[int] = set()
    if order:
        k: int | None = max(range(len(order)), key=lambda i: (best[i], -i))
        while k is not None:
            kept.add(order[k])
            k = before[k]
    return set(range(len(places))) - kept


def moved_areas(
    area_pairs: Sequence[UnitPair], left_text: str, right_text: str
) -> dict[int, float]:
    """The pairs that are an area moved: each crossing pair whose two areas read as one
    passage, by index, with how alike they are.

    Args:
        area_pairs: the area pairs in reading order.
        left_text: the left report's text.
        right_text: the right report's text.
    """
    spans = {
        index: ((pair.left.start, pair.left.end), (pair.right.start, pair.right.end))
        for index, pair in enumerate(area_pairs)
        if pair.left is not None and pair.right is not None
    }
    return moved_spans(spans, left_text, right_text)


def moved_spans(
    spans: Mapping[int, tuple[tuple[int, int], tuple[int, int]]], left_text: str, right_text: str
) -> dict[int, float]:
    """The paired spans that moved: each out of order whose two sides read as one passage,
    by key, with how alike they are.

    Args:
        spans: each pair's left and right span, by a key of the caller's.
        left_text: the left report's text.
        right_text: the right report's text.
    """
    keys = list(spans)
    places = [(spans[k][0][0], spans[k][1][0], spans[k][0][1] - spans[k][0][0]) for k in keys]
    moved = {}
    for position in sorted(out_of_order(places)):
        (left_start, left_end), (right_start, right_end) = spans[keys[position]]
        similarity = move_similarity(
            left_text[left_start:left_end], right_text[right_start:right_end]
        )
        if similarity >= MIN_MOVE_SIMILARITY:
            moved[keys[position]] = similarity
    return moved
