"""Clauses that changed places inside one diffed stretch, found by the figure they hold.

A report's list of targets keeps its indicators but not always their order. 2024's plan sets
``…水平；城镇新增就业4.3万人；居民消费价格指数控制在3%左右；…`` and 2026's
``…水平,居民消费价格涨幅控制在2%左右,新增城镇就业4.3万人以上。…``: a diff keeps order, so it
can line up the price target or the jobs target but not both, and the other reads as words
deleted in one edit and words inserted in another, its changed number lost among them.

Such a clause is a move. A figure in the left side of one edit and a figure in the right side of
another edit (the diff matched text between them, so the two stand in a different order) are
one clause moved when

1. each stands in a whole clause (from the clause mark before it to the one after it,
   ``，；。：！？``), inside its edit;
2. the two figures count the same indicator (``changed_figures.same_indicator``: the clauses'
   words share at least ``INDICATOR_LIKENESS`` of their characters), with at least
   ``MIN_CLAUSE_CHARS`` characters of words beside the figure, so a bare ``增长6%`` links
   nothing;
3. the two edits are not a removal and an insertion of one passage that ``find_moves`` links
   whole (a paragraph moved takes its clauses with it).

The moved clause (with a clause mark beside it, when the edit holds one) is taken out of
both edits, which are diffed again without it; the move itself is a change of its own, from
clause to clause (the marks carried along are not its text: ``；城镇新增就业4.3万人`` at the
start of a list may stand as ``城镇新增就业4.3万人；`` at its end), whose edits (the changed
number among them) ``moved_passages.settle_moves`` lists after it. Each
figure is one end of one move at most, the likest pairs linked first.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher
from typing import NamedTuple

from core.compare.changed_figures import (
    CLAUSE_MARKS,
    Piece,
    TokenColumns,
    clause_words,
    cut_at_changed_figures,
    same_indicator,
)
from core.compare.moves import MIN_MOVE_CHARS, MIN_MOVE_SIMILARITY, move_similarity
from core.compare.worddiff import EQUAL, DiffChunk, running_sums, word_diff

# Characters of words a figure's clause must hold, beside the figure, to be linked as moved.
MIN_CLAUSE_CHARS = 4


class Clause(NamedTuple):
    """A figure's clause: its tokens, and those taken out of the text with it (the clause
    and a clause mark beside it, when its edit holds one)."""

    words: range
    taken: range


class ClauseMove(NamedTuple):
    """A clause moved: its left and right clauses, and how alike the two read."""

    old: Clause
    new: Clause
    similarity: float


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


def find_clause_moves(
    edits: Sequence[Piece], left: TokenColumns, right: TokenColumns
) -> list[ClauseMove]:
    """The clauses moved between the edits of one diff, in the left's order.

    Args:
        edits: the diff's edits, in order (``edits_of``).
        left: the left report's tokens.
        right: the right report's tokens.
    """
    edits = [
        edit if not edit.is_changed_number else edit._replace(old=range(0), new=range(0))
        for edit in edits
    ]
    left_clauses = [
        (index, i, found)
        for index, edit in enumerate(edits)
        for i in edit.old
        if i in left.numbers and (found := _clause_within(left, i, edit.old)) is not None
    ]
    if not left_clauses:
        return []
    right_clauses = [
        (index, j, found)
        for index, edit in enumerate(edits)
        for j in edit.new
        if j in right.numbers and (found := _clause_within(right, j, edit.new)) is not None
    ]
    candidates = []
    for left_edit, i, old in left_clauses:
        for right_edit, j, new in right_clauses:
            if left_edit == right_edit or not same_indicator(left, i, right, j):
                continue
            if _passage_moved(edits[left_edit], edits[right_edit], left, right):
                continue
            similarity = SequenceMatcher(
                None, _text(left, old.words), _text(right, new.words), autojunk=False
            ).ratio()
            candidates.append((similarity, old, new))
    candidates.sort(key=lambda c: (-c[0], c[1].words.start, c[2].words.start))
    moves: list[ClauseMove] = []
    for similarity, old, new in candidates:
        if any(_overlap(old.taken, m.old.taken) or _overlap(new.taken, m.new.taken) for m in moves):
            continue
        moves.append(ClauseMove(old, new, round(similarity, 3)))
    moves.sort(key=lambda m: m.old.words.start)
    return moves


def edits_without(
    edits: Sequence[Piece], moves: Sequence[ClauseMove], left: TokenColumns, right: TokenColumns
) -> list[Piece]:
    """The edits with the moved clauses taken out: the stretch from the first edit that held
    one to the last (the text that matched between them included) is diffed again without
    them, word by word, each of its edits cut where a clause stood.

    With the crossing clause out of the way, the clauses around it line up again: in the
    example above, 2024's ``；居民消费价格指数`` meets 2026's ``,居民消费价格涨幅``.

    Args:
        edits: the diff's edits, in order.
        moves: the clauses moved between them (``find_clause_moves``).
        left: the left report's tokens.
        right: the right report's tokens.
    """
    if not moves:
        return list(edits)
    touched = [
        index
        for index, edit in enumerate(edits)
        if any(_overlap(edit.old, m.old.taken) or _overlap(edit.new, m.new.taken) for m in moves)
    ]
    first, last = edits[touched[0]], edits[touched[-1]]
    old = _without(range(first.old.start, last.old.stop), [m.old.taken for m in moves])
    new = _without(range(first.new.start, last.new.stop), [m.new.taken for m in moves])
    if not old or not new:
        again = [Piece(run, _at(new, first.new.start), False) for run in _runs(old)]
        again.extend(Piece(_at(old, first.old.start), run, False) for run in _runs(new))
    else:
        again = _diffed_again(old, new, left, right)
    return [*edits[: touched[0]], *again, *edits[touched[-1] + 1 :]]


def _at(indices: Sequence[int], fallback: int) -> range:
    """An empty range where the first of ``indices`` stands (``fallback`` if none)."""
    at = indices[0] if indices else fallback
    return range(at, at)


@dataclass(frozen=True)
class _Remaining:
    """The tokens of one side left once the moved clauses are taken out, as the diff and
    ``cut_at_changed_figures`` read a side; ``indices`` maps each back to the report's."""

    indices: Sequence[int]
    keys: Sequence[str]
    numbers: frozenset[int]
    key_sums: Sequence[int]

    @classmethod
    def of(cls, side: TokenColumns, indices: Sequence[int]) -> _Remaining:
        keys = [side.keys[k] for k in indices]
        numbers = frozenset(n for n, k in enumerate(indices) if k in side.numbers)
        return cls(indices, keys, numbers, running_sums(map(len, keys)))

    def runs(self, found: range) -> list[range]:
        """The report's tokens at ``found`` (counted among the remaining), as consecutive
        runs; an empty ``found`` is an empty range where it stands."""
        if found:
            return _runs(self.indices[found.start : found.stop])
        at = self.indices[found.start] if found.start < len(self.indices) else self.indices[-1] + 1
        return [range(at, at)]


def _diffed_again(
    old: Sequence[int], new: Sequence[int], left: TokenColumns, right: TokenColumns
) -> list[Piece]:
    """The edits of a word diff of the left tokens ``old`` against the right tokens ``new``
    (each a list of indices, with gaps where clauses were taken out), cut at their changed
    numbers; an edit across a gap is cut there, its other side left with its first piece."""
    first, second = _Remaining.of(left, old), _Remaining.of(right, new)
    result = []
    for chunk in word_diff(first.keys, second.keys, first.key_sums, second.key_sums):
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
    """An edit of the remaining tokens ``old`` → ``new`` that spans a gap left by a moved
    clause, cut at each gap of either side into stretches that are consecutive in both
    reports: the other side is cut where the words that match on both sides put the gap.
    """
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
        # runs then go with the other side's last.
        for k in range(max(len(old_runs), len(new_runs))):
            stretches.append(
                (
                    old_runs[min(k, len(old_runs) - 1)] if k < len(old_runs) else _end(old_runs),
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
    chunks = word_diff(
        left.keys[old.start : old.stop],
        right.keys[new.start : new.stop],
        left.key_sums[old.start : old.stop + 1],
        right.key_sums[new.start : new.stop + 1],
    )
    return edits_of(chunks, left, old, right, new)


def _clause_within(side: TokenColumns, index: int, edit: range) -> Clause | None:
    """The clause around the figure at ``index``, if it lies whole within ``edit`` and holds
    enough words beside the figure; else None. The clause mark before it goes with it when
    the edit holds that one, else the one after it when the edit holds that."""
    start = index
    while start > edit.start and side.keys[start - 1] not in CLAUSE_MARKS:
        start -= 1
    stop = index + 1
    while stop < edit.stop and side.keys[stop] not in CLAUSE_MARKS:
        stop += 1
    opened = start == 0 or side.keys[start - 1] in CLAUSE_MARKS
    closed = stop == len(side.keys) or side.keys[stop] in CLAUSE_MARKS
    if not opened or not closed:
        return None
    if len(clause_words(side, index)) < MIN_CLAUSE_CHARS:
        return None
    if start > edit.start:
        return Clause(range(start, stop), range(start - 1, stop))
    if stop < edit.stop:
        return Clause(range(start, stop), range(start, stop + 1))
    return Clause(range(start, stop), range(start, stop))


def _passage_moved(
    removal: Piece, addition: Piece, left: TokenColumns, right: TokenColumns
) -> bool:
    """Whether two edits are a removal and an insertion that ``find_moves`` links as one
    passage moved (a paragraph moved within its area): the clauses in it moved with it."""
    if removal.new or addition.old:
        return False
    old, new = _text(left, removal.old), _text(right, addition.new)
    return (
        min(len(old), len(new)) >= MIN_MOVE_CHARS
        and move_similarity(old, new) >= MIN_MOVE_SIMILARITY
    )


def _text(side: TokenColumns, found: range) -> str:
    return "".join(side.keys[k] for k in found)


def _overlap(first: range, second: range) -> bool:
    return first.start < second.stop and second.start < first.stop


def _without(found: range, taken: Sequence[range]) -> list[int]:
    """The indices of ``found`` outside every range ``taken``."""
    return [k for k in found if not any(k in t for t in taken)]


def _runs(indices: Sequence[int]) -> list[range]:
    """Consecutive indices as ranges."""
    runs: list[range] = []
    for k in indices:
        if runs and runs[-1].stop == k:
            runs[-1] = range(runs[-1].start, k + 1)
        else:
            runs.append(range(k, k + 1))
    return runs
