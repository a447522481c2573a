"""Clauses that changed places inside one edit, and which of them to show moved.

When nothing between two clauses is left matched, the word diff gives one replacement of both
(``地区生产总值增长5%左右，城镇调查失业率5.5%以内`` →
``城镇调查失业率5.5%以内，地区生产总值增长5%左右``): the replacement's two sides hold the same
clauses in another order. A clause is moved when it crosses another of them (the first on one
side, the second on the other) within one sentence. Of two clauses that cross, one is moved,
the one crossing the most others first (then the shorter in characters, so word and character
mode agree, then the first), until none crosses another: the others line up again. A swap of
two is one move; a clause taken from the head of a list to its end is one move.
"""

from __future__ import annotations

from collections.abc import Sequence

from core.compare.changed_figures import TokenColumns, ends_a_sentence, keys_text


def swapped_clauses(
    pairs: Sequence[tuple[range, range]], left: TokenColumns, right: TokenColumns
) -> list[int]:
    """The indices of the ``pairs`` to show moved.

    Args:
        pairs: the clauses of one edit written alike on both sides, each as its left tokens
            and its right tokens; a clause written alike more than once on a side is left
            where it is.
        left: the left report's tokens.
        right: the right report's tokens.
    """
    olds = [old for old, _ in pairs]
    news = [new for _, new in pairs]
    single = [i for i, (old, new) in enumerate(pairs) if olds.count(old) == news.count(new) == 1]
    crossing = {
        (first, second)
        for first in single
        for second in single
        if first != second and _cross(pairs[first], pairs[second], left, right)
    }
    standing = set(single)
    moved: list[int] = []
    while True:
        counts = {i: sum((i, other) in crossing for other in standing) for i in standing}
        most = max(counts.values(), default=0)
        if not most:
            return moved
        index = min(
            (i for i, count in counts.items() if count == most),
            key=lambda i: (len(keys_text(left, pairs[i][0])), pairs[i][0].start),
        )
        standing.discard(index)
        moved.append(index)


def _cross(
    first: tuple[range, range], second: tuple[range, range], left: TokenColumns, right: TokenColumns
) -> bool:
    """Whether two clauses stand in one order on the left and in the other on the right,
    within one sentence on each side."""
    (first_old, first_new), (second_old, second_new) = first, second
    if (first_old.start < second_old.start) == (first_new.start < second_new.start):
        return False
    return not ends_a_sentence(left, _covering(first_old, second_old)) and not ends_a_sentence(
        right, _covering(first_new, second_new)
    )


def _covering(first: range, second: range) -> range:
    return range(min(first.start, second.start), max(first.stop, second.stop))
