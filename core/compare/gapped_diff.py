"""Diffing tokens with gaps: two stretches of the reports' tokens with some taken out.

A clause that moved (``core.compare.moved_clauses``) is taken out of the text around it on
both sides, and what is left is diffed again as if it were one text. Each edit of that diff is
given back in the reports' own token indices, and one that spans a gap, whose tokens do not
follow each other in the report, is cut there: the other side is cut where the words that
match on both sides put the gap, so each change is one span of each report's text.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher

from core.compare.changed_figures import (
    Piece,
    TokenColumns,
    cut_at_changed_figures,
    word_diff_between,
)
from core.compare.worddiff import EQUAL, DiffChunk, running_sums


def edits_of(
    chunks: Sequence[DiffChunk], left: TokenColumns, a: range, right: TokenColumns, b: range
) -> list[Piece]:
    """The edits of a diff of the left tokens ``a`` against the right tokens ``b`` (its chunks
    count from their starts), each replacement cut at its changed numbers
    (``cut_at_changed_figures``)."""
    return [
        piece
        for c in chunks
        if c.tag != EQUAL
        for piece in cut_at_changed_figures(
            left,
            range(a.start + c.a_start, a.start + c.a_end),
            right,
            range(b.start + c.b_start, b.start + c.b_end),
        )
    ]


@dataclass(frozen=True)
class _Remaining:
    """The tokens of one side left once some are taken out, as the diff and
    ``cut_at_changed_figures`` read a side; ``indices`` maps each back to the report's."""

    side: TokenColumns
    indices: Sequence[int]
    keys: Sequence[str]
    numbers: frozenset[int]
    key_sums: Sequence[int]

    @classmethod
    def of(cls, side: TokenColumns, indices: Sequence[int]) -> _Remaining:
        keys = [side.keys[k] for k in indices]
        numbers = frozenset(n for n, k in enumerate(indices) if k in side.numbers)
        return cls(side, indices, keys, numbers, running_sums(map(len, keys)))

    @property
    def show_layout(self) -> bool:
        """Whether the side's keys keep layout."""
        return self.side.show_layout

    def opens_paragraph(self, index: int) -> bool:
        """Whether a paragraph opens before the remaining token at ``index`` (at it, or
        among the tokens taken out just before it)."""
        if index == 0:
            return True
        return any(
            self.side.opens_paragraph(k)
            for k in range(self.indices[index - 1] + 1, self.indices[index] + 1)
        )

    def runs(self, found: range) -> list[range]:
        """The report's tokens at ``found`` (counted among the remaining), as consecutive
        runs; an empty ``found`` is an empty range where it stands."""
        if found:
            return _runs(self.indices[found.start : found.stop])
        at = self.indices[found.start] if found.start < len(self.indices) else self.indices[-1] + 1
        return [range(at, at)]


def diff_with_gaps(
    old: Sequence[int], new: Sequence[int], left: TokenColumns, right: TokenColumns
) -> list[Piece]:
    """The edits of a word diff of the left tokens ``old`` against the right tokens ``new``
    (each a list of indices, with gaps where tokens were taken out), cut at their changed
    numbers; an edit across a gap is cut there (``_cut_at_gaps``).

    Args:
        old: the left tokens diffed, in order.
        new: the right tokens diffed, in order.
        left: the left report's tokens.
        right: the right report's tokens.
    """
    first, second = _Remaining.of(left, old), _Remaining.of(right, new)
    result = []
    for chunk in word_diff_between(first, range(len(old)), second, range(len(new))):
        if chunk.tag == EQUAL:
            continue
        for piece in cut_at_changed_figures(
            first,
            range(chunk.a_start, chunk.a_end),
            second,
            range(chunk.b_start, chunk.b_end),
        ):
            old_runs, new_runs = first.runs(piece.old), second.runs(piece.new)
            if len(old_runs) == 1 and len(new_runs) == 1:
                result.append(Piece(old_runs[0], new_runs[0], piece.is_changed_number))
                continue
            for old_part, new_part in _cut_at_gaps(first, piece.old, second, piece.new):
                result.extend(_word_edits(left, old_part, right, new_part))
    return result


def _cut_at_gaps(
    first: _Remaining, old: range, second: _Remaining, new: range
) -> list[tuple[range, range]]:
    """An edit of the remaining tokens ``old`` → ``new`` that spans a gap, cut at each gap
    of either side into stretches that are consecutive in both reports: the other side is
    cut where the words that match on both sides put the gap."""
    matches = SequenceMatcher(
        None, first.keys[old.start : old.stop], second.keys[new.start : new.stop], autojunk=False
    ).get_matching_blocks()
    cuts = {(0, 0), (len(old), len(new))}
    for at in _gaps(first, old):
        cuts.add((at, _aligned(at, [(a, b, n) for a, b, n in matches])))
    for at in _gaps(second, new):
        cuts.add((_aligned(at, [(b, a, n) for a, b, n in matches]), at))
    ordered: list[tuple[int, int]] = []
    for a_at, b_at in sorted(cuts):
        ordered.append((a_at, max(b_at, ordered[-1][1]) if ordered else b_at))
    stretches = []
    for (a_from, b_from), (a_to, b_to) in itertools.pairwise(ordered):
        if a_to == a_from and b_to == b_from:
            continue
        old_runs = first.runs(range(old.start + a_from, old.start + a_to))
        new_runs = second.runs(range(new.start + b_from, new.start + b_to))
        # Cuts that crossed (a gap put before a cut made earlier) leave a gap inside: its
        # runs then pair in order, the side with fewer runs ending in empty ones.
        for k in range(max(len(old_runs), len(new_runs))):
            stretches.append(
                (
                    old_runs[k] if k < len(old_runs) else _end(old_runs),
                    new_runs[k] if k < len(new_runs) else _end(new_runs),
                )
            )
    return stretches


def _end(runs: Sequence[range]) -> range:
    """An empty range after the last of ``runs``."""
    return range(runs[-1].stop, runs[-1].stop)


def _gaps(side: _Remaining, found: range) -> list[int]:
    """Where, counted from ``found``'s start, consecutive tokens of ``found`` are not
    consecutive in the report."""
    return [
        k - found.start
        for k in range(found.start + 1, found.stop)
        if side.indices[k] != side.indices[k - 1] + 1
    ]


def _aligned(at: int, matches: Sequence[tuple[int, int, int]]) -> int:
    """The place in the other sequence that stands where ``at`` does in this one, by the
    matching blocks ``(this start, other start, size)``: inside a block, its counterpart;
    else just after the last block before it."""
    place = 0
    for this, other, size in matches:
        if this >= at:
            break
        place = other + min(size, at - this)
    return place


def _word_edits(left: TokenColumns, old: range, right: TokenColumns, new: range) -> list[Piece]:
    """The edits of a word diff of two consecutive stretches, cut at their changed numbers."""
    if not old or not new:
        return [Piece(old, new, False)]
    return edits_of(word_diff_between(left, old, right, new), left, old, right, new)


def _runs(indices: Sequence[int]) -> list[range]:
    """Consecutive indices as ranges."""
    runs: list[range] = []
    for k in indices:
        if runs and runs[-1].stop == k:
            runs[-1] = range(runs[-1].start, k + 1)
        else:
            runs.append(range(k, k + 1))
    return runs
