"""Settling the passages ``find_moves`` linked: which moved, and what changed inside them.

``find_moves`` links a removal and an addition by their text alone. Two things are settled
here, with both reports' sections and tokens at hand:

- **A passage at the same place on both sides did not move.** When two areas swap places, a
  paragraph that follows both of them (a part's closing ``各位代表，…``, which the outline
  leaves in the part's last area) is in one area on the left and in the other on the right:
  it reads as removed from one and added to the other, and is linked, though it stands where
  it stood. A passage moved when a section paired on both sides stands before it in one report
  and after it in the other; linked ends within one pair of areas moved inside it (its diff
  keeps the order of the rest). Any difference between the two ends of a passage that stayed
  is shown as an ordinary edit; the same text is no change at all.
- **A near move shows its edits.** The two ends of a moved passage are diffed word by word on
  the engine's own tokens (a number with its unit is one token), and each difference is a
  change of its own: listed right after its move, carrying the move's ``move_id``, counted
  (a figure changed inside a moved paragraph is a changed number) and stepped to like any.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace

from core.compare.areadiff import chunk_changes, diff_token_ranges
from core.compare.records import Change, ChangeKind, PairLevel, SectionPair
from core.compare.side_tokens import SideTokens
from core.compare.units import Unit


def settle_moves(
    changes: Sequence[Change],
    left_side: SideTokens,
    right_side: SideTokens,
    pairs: Sequence[SectionPair],
) -> list[Change]:
    """The changes with each linked passage settled: a move followed by the edits inside it,
    or, for a passage that stayed in place, only those edits.

    Args:
        changes: changes in reading order, moves linked (``find_moves``).
        left_side: the left report's tokens.
        right_side: the right report's tokens.
        pairs: the comparison's section pairs; those of parts and areas paired on both sides
            tell where a passage stands.

    Returns:
        The changes; moves are numbered again, from 0 in reading order.
    """
    paired = [
        pair
        for pair in pairs
        if pair.level in (PairLevel.PART, PairLevel.AREA)
        and pair.left is not None
        and pair.right is not None
    ]
    result: list[Change] = []
    move_id = 0
    for change in changes:
        if change.kind is not ChangeKind.MOVED:
            result.append(change)
            continue
        edits = edits_inside(change, left_side, right_side)
        if stays_in_place(change, paired):
            result.extend(edits)
            continue
        result.append(replace(change, move_id=move_id))
        result.extend(replace(edit, move_id=move_id) for edit in edits)
        move_id += 1
    return result


def edits_inside(change: Change, left_side: SideTokens, right_side: SideTokens) -> list[Change]:
    """The word-level edits between a linked passage's two ends, in its two sections.

    Args:
        change: a move (its left span the old place, its right span the new place).
        left_side: the left report's tokens.
        right_side: the right report's tokens.
    """
    a = left_side.indices(change.left_start, change.left_end)
    b = right_side.indices(change.right_start, change.right_end)
    old = Unit(change.left_path, PairLevel.PARAGRAPH, change.left_start, change.left_end, 0)
    new = Unit(change.right_path, PairLevel.PARAGRAPH, change.right_start, change.right_end, 0)
    chunks = diff_token_ranges(left_side, a, right_side, b)
    return chunk_changes(chunks, left_side, a, right_side, b, old, new, clause_moves=False)


def stays_in_place(change: Change, paired: Sequence[SectionPair]) -> bool:
    """Whether a linked passage stands at the same place in both reports: each end is in an
    area paired on both sides, not both in one pair, and every section paired on both sides
    stands before it in both reports or after it in both.

    An area on one side only is shown whole as added or removed: a passage linked from it
    stays a move.

    Args:
        change: a move.
        paired: the section pairs (parts and areas) with both sides.
    """
    in_left_area = in_right_area = within_one_pair = False
    for pair in paired:
        assert pair.left is not None and pair.right is not None
        before_left = pair.left.start <= change.left_start
        before_right = pair.right.start <= change.right_start
        if before_left != before_right:
            return False
        if pair.level is PairLevel.AREA:
            left_in = pair.left.start <= change.left_start < pair.left.end
            right_in = pair.right.start <= change.right_start < pair.right.end
            in_left_area = in_left_area or left_in
            in_right_area = in_right_area or right_in
            within_one_pair = within_one_pair or (left_in and right_in)
    return in_left_area and in_right_area and not within_one_pair


def in_reading_order(
    changes: Sequence[Change], reading_key: Callable[[Change], tuple[int, ...]]
) -> list[Change]:
    """The changes sorted by ``reading_key``, each move's edits right after it.

    An edit inside a move is read where its move is: sorted by its own place, a change of
    another passage at the same offset (an insertion on the other side, a clause's
    neighbour) could fall between a move and its edits.

    Args:
        changes: the settled changes (``settle_moves``).
        reading_key: where a change stands in reading order.
    """
    move_keys = {c.move_id: reading_key(c) for c in changes if c.kind is ChangeKind.MOVED}

    def key(change: Change) -> tuple[tuple[int, ...], int, int, int]:
        if change.kind is ChangeKind.MOVED:
            return reading_key(change), 1, 0, 0
        if change.move_id is not None:
            return move_keys[change.move_id], 2, change.left_start, change.right_start
        return reading_key(change), 0, 0, 0

    return sorted(changes, key=key)
